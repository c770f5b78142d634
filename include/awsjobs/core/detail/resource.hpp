// Values on a std::pmr::memory_resource, for the readers: containers made on the resource
// the caller gave, in place.
#ifndef AWSJOBS_CORE_DETAIL_RESOURCE_HPP
#define AWSJOBS_CORE_DETAIL_RESOURCE_HPP

#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/open_enum.hpp>

#include <cstddef>
#include <memory>
#include <memory_resource>
#include <string_view>
#include <type_traits>

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

/// Reads the wire text `text` into `target`, an open_enum (`Info`: the format's enum_info): an
/// enumerator if Info knows the text, else the text itself, on `resource` when the open_enum's
/// string is on a memory resource. An owning open_enum is changed in place rather than
/// replaced by a new one: a known value (nearly every one) then makes and moves no string.
template <class OE, class Info>
void read_open_enum(OE& target, std::string_view text, std::pmr::memory_resource* resource) {
    using S = typename OE::string_type;
    if constexpr (std::is_same_v<S, std::string_view>) {
        target = open_enum_access::from_wire<OE, Info>(text);  // three words, nothing to keep
    } else if (const std::size_t i = Info::table.find(text); i != Info::table.not_found) {
        open_enum_access::set_known(target, Info::values[i]);
    } else {
        if constexpr (on_memory_resource<S>) on_resource(open_enum_access::unknown_text(target), resource);
        open_enum_access::set_unknown(target, text);
    }
}

}  // namespace awsjobs::detail

#endif
