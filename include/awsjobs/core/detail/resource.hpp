// Values on a std::pmr::memory_resource, for the readers: containers made on the resource
// the caller gave, in place.
#ifndef AWSJOBS_CORE_DETAIL_RESOURCE_HPP
#define AWSJOBS_CORE_DETAIL_RESOURCE_HPP

#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/open_enum.hpp>

#include <memory>
#include <memory_resource>
#include <string_view>
#include <type_traits>
#include <utility>

namespace awsjobs::detail {

/// `c`, a container on a memory resource, made anew (empty) on `resource` if it is on another:
/// a polymorphic allocator does not propagate on assignment, so a value made on `resource`
/// and assigned to `c` would be copied back onto c's own resource. Default-constructed
/// containers (members of a struct, a vector's new element) are on the default resource.
template <class C>
C& on_resource(C& c, std::pmr::memory_resource* resource) noexcept {
    static_assert(std::is_nothrow_constructible_v<C, typename C::allocator_type>);
    if (c.get_allocator().resource() != resource) {
        std::destroy_at(&c);
        std::construct_at(&c, typename C::allocator_type(resource));
    }
    return c;
}

/// Puts `value` in `target` by construction, not assignment, so that `value`'s allocator
/// comes along (an assignment would keep target's own).
template <class T>
void replace(T& target, T&& value) noexcept {
    static_assert(std::is_nothrow_move_constructible_v<T>);
    std::destroy_at(&target);
    std::construct_at(&target, std::move(value));
}

/// The wire text `text` as the open_enum OE, an unknown value's text on `resource` when OE's
/// string type is on a memory resource. `Info` is the format's enum_info.
template <class OE, class Info>
OE open_enum_on(std::string_view text, std::pmr::memory_resource* resource) {
    using S = typename OE::string_type;
    if constexpr (on_memory_resource<S>)
        return open_enum_access::from_wire<OE, Info>(text, typename S::allocator_type(resource));
    else
        return open_enum_access::from_wire<OE, Info>(text);
}

}  // namespace awsjobs::detail

#endif
