/// \file
/// open_enum<E>: a described enum that also keeps values it does not know.
#ifndef AWSJOBS_CORE_OPEN_ENUM_HPP
#define AWSJOBS_CORE_OPEN_ENUM_HPP

#include <awsjobs/core/detail/describe.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace awsjobs {

namespace detail {
/// For a format whose enumerator names differ from the generic ones (its own hook).
struct open_enum_access {
    /// `text` read as an OpenEnum, with the enumerator names of `Info` (that format's enum_info).
    /// `allocator`, if given, makes the text of an unknown value (String is then allocator-aware).
    template <class OpenEnum, class Info, class... Allocator>
    static OpenEnum from_wire(std::string_view text, const Allocator&... allocator) {
        return OpenEnum::template from_wire_in<Info>(text, allocator...);
    }
    /// Makes `target` the enumerator `value`. An owning string is cleared, not replaced: its
    /// allocator stays, and no string is made per value read.
    template <class OpenEnum>
    static void set_known(OpenEnum& target, typename OpenEnum::enum_type value) noexcept {
        target.value_ = value;
        target.known_ = true;
        target.unknown_.clear();
    }
    /// Makes `target` the value E does not know, `text`, copied into its own string (whose
    /// allocator stays: unknown_text() lets a reader put that string on a memory resource first).
    template <class OpenEnum>
    static void set_unknown(OpenEnum& target, std::string_view text) {
        target.unknown_.assign(text.data(), text.size());
        target.value_ = {};
        target.known_ = false;
    }
    /// The string that holds `target`'s unknown text.
    template <class OpenEnum>
    static typename OpenEnum::string_type& unknown_text(OpenEnum& target) noexcept {
        return target.unknown_;
    }
};
}  // namespace detail

/// Services add enum values all the time. An open_enum holds either one of E's
/// enumerators or, verbatim, a wire string E does not know, so a newer service
/// parses without error and is written back exactly as received.
///
/// String is std::string (owning), std::pmr::string (owning, on a memory resource) or
/// std::string_view (pointing into the parsed buffer); it only stores unknown values.
template <class E, class String = std::string>
class open_enum {
    static_assert(detail::described_enum<E>, "open_enum needs an enum described with BOOST_DESCRIBE_ENUM");
    using info = detail::enum_info<E>;

public:
    /// The described enum.
    using enum_type = E;
    /// The type that holds an unknown value's text.
    using string_type = String;

    /// E's zero value, known.
    constexpr open_enum() noexcept = default;
    /// An enumerator.
    constexpr open_enum(E value) noexcept : value_(value) {}

    /// The value a wire string stands for: an enumerator if E knows the string, else the string itself.
    static open_enum from_wire(std::string_view text) { return from_wire_in<info>(text); }

    /// Whether it holds one of E's enumerators.
    constexpr bool is_known() const noexcept { return known_; }
    /// The enumerator, or nothing for a value E does not know.
    constexpr std::optional<E> known() const noexcept { return known_ ? std::optional<E>(value_) : std::nullopt; }

    /// The string as it appears on the wire, known or not.
    constexpr std::string_view wire_name() const noexcept {
        if (!known_) return unknown_;
        const std::size_t i = info::index_of(value_);
        return i == info::size ? std::string_view{} : info::names[i];
    }

    /// Whether it holds the enumerator `b`.
    friend constexpr bool operator==(const open_enum& a, E b) noexcept { return a.known_ && a.value_ == b; }
    /// The same enumerator, or the same unknown text.
    friend constexpr bool operator==(const open_enum& a, const open_enum& b) noexcept {
        return a.known_ == b.known_ && (a.known_ ? a.value_ == b.value_ : a.wire_name() == b.wire_name());
    }

private:
    friend struct detail::open_enum_access;

    // `text` looked up among the names of `Info` (an enum_info: those of one format); an
    // unknown one is kept in a String made of `text` and `allocator`.
    template <class Info, class... Allocator>
    static open_enum from_wire_in(std::string_view text, const Allocator&... allocator) {
        const std::size_t i = Info::table.find(text);
        if (i != Info::table.not_found) return open_enum(Info::values[i]);
        return open_enum(std::in_place, text, allocator...);
    }

    // An unknown value. The string is constructed, not assigned: an allocator that does not
    // propagate on assignment (std::pmr's) would be lost.
    template <class... Allocator>
    open_enum(std::in_place_t, std::string_view unknown, const Allocator&... allocator)
        : known_(false), unknown_(unknown, allocator...) {}

    E value_{};
    bool known_ = true;
    String unknown_{};
};

/// True for every open_enum.
template <class T>
struct is_open_enum : std::false_type {};
/// True for every open_enum.
template <class E, class S>
struct is_open_enum<open_enum<E, S>> : std::true_type {};

}  // namespace awsjobs

#endif
