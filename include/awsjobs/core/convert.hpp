/// \file
/// convert<To>(from): a value as another type of the same shape, typically a
/// zero-copy view as its owning twin.
#ifndef AWSJOBS_CORE_CONVERT_HPP
#define AWSJOBS_CORE_CONVERT_HPP

#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/detail/resource.hpp>
#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/required.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <memory_resource>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace awsjobs {

namespace detail {

template <class To, class From>
To convert_to(const From& from, std::pmr::memory_resource* resource);

/// A To with nothing in it, on `resource` if To is on a memory resource.
template <class To>
To empty_on(std::pmr::memory_resource* resource) {
    if constexpr (on_memory_resource<To>)
        return To(typename To::allocator_type(resource));
    else
        return To();
}

template <class To, class From, template <class...> class L, class... D, template <class...> class M, class... E>
void convert_members(To& to, const From& from, L<D...>, M<E...>, [[maybe_unused]] std::pmr::memory_resource* resource) {
    static_assert(sizeof...(D) == sizeof...(E), "convert: the two structs have different numbers of members");
    static_assert(((std::string_view(D::name) == std::string_view(E::name)) && ...),
                  "convert: the two structs' members differ in name or order");
    // Each member of `to` is still empty (optional or required), so the assignment constructs
    // it from the converted value, keeping that value's memory resource.
    ((to.*D::pointer = convert_to<std::remove_cvref_t<decltype(to.*D::pointer)>>(from.*E::pointer, resource)), ...);
}

// Containers are built element by element (push_back), never assigned a whole: a polymorphic
// allocator does not propagate on assignment, and would copy onto the default resource.
template <class To, class From>
To convert_to(const From& from, std::pmr::memory_resource* resource) {
    if constexpr (is_text<To>::value && is_text<From>::value) {
        if constexpr (on_memory_resource<To>)
            return To(std::string_view(from), typename To::allocator_type(resource));
        else
            return To(std::string_view(from));
    } else if constexpr (is_optional_like<To>::value && is_optional_like<From>::value) {
        if (!from) return To{};
        return To(convert_to<typename To::value_type>(*from, resource));
    } else if constexpr (is_vector<To>::value && is_vector<From>::value) {
        To to = empty_on<To>(resource);
        to.reserve(from.size());
        for (const auto& element : from) to.push_back(convert_to<typename To::value_type>(element, resource));
        return to;
    } else if constexpr (is_map<To>::value && is_map<From>::value) {
        To to = empty_on<To>(resource);
        auto& entries = map_access::entries(to);
        entries.reserve(from.size());
        for (const auto& [key, value] : from)  // keys unique already: no search
            entries.emplace_back(convert_to<typename To::key_type>(key, resource),
                                 convert_to<typename To::mapped_type>(value, resource));
        return to;
    } else if constexpr (is_open_enum<To>::value && is_open_enum<From>::value) {
        static_assert(std::is_same_v<typename To::enum_type, typename From::enum_type>,
                      "convert: open_enums of different enums");
        if (const auto known = from.known()) return To(*known);
        return open_enum_on<To, enum_info<typename To::enum_type>>(from.wire_name(), resource);
    } else if constexpr (is_one_of<To>::value && is_one_of<From>::value) {
        using to_variant = typename To::variant_type;
        using from_variant = typename From::variant_type;
        static_assert(std::variant_size_v<to_variant> == std::variant_size_v<from_variant>,
                      "convert: one_ofs with different numbers of alternatives");
        static_assert(To::keys == From::keys, "convert: one_ofs with different keys");
        To to;
        boost::mp11::mp_with_index<std::variant_size_v<from_variant>>(from.index(), [&](auto I) {
            using target = std::variant_alternative_t<I, to_variant>;
            to.template emplace<I>(convert_to<target>(*std::get_if<I>(&from.as_variant()), resource));
        });
        return to;
    } else if constexpr (described_struct<To> && described_struct<From>) {
        To to{};
        convert_members(to, from, members_of<To>{}, members_of<From>{}, resource);
        return to;
    } else if constexpr (std::is_same_v<To, From>) {
        return from;  // a value with nothing to convert: bool, number, enum, timestamp
    } else {
        static_assert(std::is_same_v<To, From>, "convert: no conversion between these member types");
    }
}

}  // namespace detail

/// `from` as a To of the same shape: the same members (by name, in the same order)
/// and the same union alternatives, where strings may be std::string on one side
/// and std::string_view on the other. Its main use is keeping a zero-copy value
/// beyond the life of its buffer:
///
///     auto doc = json::parse<dataexchange::view::GetJobResponse>(std::move(body));
///     dataexchange::GetJobResponse job = awsjobs::convert<dataexchange::GetJobResponse>(*doc);
///
/// The other way round (owning to view) makes views into `from`, which must then
/// outlive the result. A mismatch of shapes is a compile-time error.
///
/// The strings, lists and maps of a To of the std::pmr flavour (`dataexchange::pmr::X`) are
/// allocated from `resource` (nullptr: std::pmr::get_default_resource()), which must outlive
/// the result; the other flavours ignore it.
template <class To, class From>
To convert(const From& from, std::pmr::memory_resource* resource = nullptr) {
    return detail::convert_to<To>(from, resource ? resource : std::pmr::get_default_resource());
}

}  // namespace awsjobs

#endif
