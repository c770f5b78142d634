// open_enum<E>: a described enum that also keeps values it does not know.
#ifndef AWSJOBS_JSON_OPEN_ENUM_HPP
#define AWSJOBS_JSON_OPEN_ENUM_HPP

#include <awsjobs/json/detail/describe.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace awsjobs::json {

/// Services add enum values all the time. An open_enum holds either one of E's
/// enumerators or, verbatim, a wire string E does not know, so a newer service
/// parses without error and is written back exactly as received.
///
/// String is std::string (owning) or std::string_view (pointing into the parsed
/// buffer); it only stores unknown values.
template <class E, class String = std::string>
class open_enum {
    static_assert(detail::described_enum<E>, "open_enum needs an enum described with BOOST_DESCRIBE_ENUM");
    using info = detail::enum_info<E>;

public:
    using enum_type = E;
    using string_type = String;

    constexpr open_enum() noexcept = default;
    constexpr open_enum(E value) noexcept : value_(value) {}

    /// The value a wire string stands for: an enumerator if E knows the string, else the string itself.
    static open_enum from_wire(std::string_view text) {
        open_enum result;
        const std::size_t i = info::table.find(text);
        if (i != info::table.not_found) {
            result.value_ = info::values[i];
        } else {
            result.known_ = false;
            result.unknown_ = String(text);
        }
        return result;
    }

    constexpr bool is_known() const noexcept { return known_; }
    /// The enumerator, or nothing for a value E does not know.
    constexpr std::optional<E> known() const noexcept { return known_ ? std::optional<E>(value_) : std::nullopt; }

    /// The string as it appears on the wire, known or not.
    constexpr std::string_view wire_name() const noexcept {
        if (!known_) return unknown_;
        const std::size_t i = info::index_of(value_);
        return i == info::size ? std::string_view{} : info::names[i];
    }

    friend constexpr bool operator==(const open_enum& a, E b) noexcept { return a.known_ && a.value_ == b; }
    friend constexpr bool operator==(const open_enum& a, const open_enum& b) noexcept {
        return a.known_ == b.known_ && (a.known_ ? a.value_ == b.value_ : a.wire_name() == b.wire_name());
    }

private:
    E value_{};
    bool known_ = true;
    String unknown_{};
};

template <class T>
struct is_open_enum : std::false_type {};
template <class E, class S>
struct is_open_enum<open_enum<E, S>> : std::true_type {};

}  // namespace awsjobs::json

#endif
