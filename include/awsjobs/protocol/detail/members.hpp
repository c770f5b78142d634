// The input members an operation's binding table lists, reached through Boost.Describe.
#ifndef AWSJOBS_PROTOCOL_DETAIL_MEMBERS_HPP
#define AWSJOBS_PROTOCOL_DETAIL_MEMBERS_HPP

#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/detail/utf8.hpp>
#include <awsjobs/protocol/binding.hpp>
#include <awsjobs/protocol/detail/generic_error.hpp>
#include <awsjobs/protocol/error.hpp>
#include <awsjobs/protocol/read_options.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace awsjobs::protocol::detail {

/// Whether a member holds text: optional<S> or required<S> with S std::string or std::string_view.
template <class M>
struct is_text_member : std::false_type {};
template <template <class> class Wrapper, class S>
    requires awsjobs::detail::is_optional_like<Wrapper<S>>::value &&
             (std::is_same_v<S, std::string> || std::is_same_v<S, std::string_view>)
struct is_text_member<Wrapper<S>> : std::true_type {};

/// Calls f(binding, member) for each member of `value` that `table` lists, in the order of
/// the struct's members.
template <class T, class F>
void for_each_bound_member(std::span<const member_binding> table, T& value, F&& f) {
    boost::mp11::mp_for_each<awsjobs::detail::members_of<std::remove_const_t<T>>>([&](auto D) {
        for (const member_binding& binding : table)
            if (binding.member == std::string_view(D.name)) f(binding, value.*D.pointer);
    });
}

/// Calls f(binding, member) for each member of `value` that Op's table lists.
template <class Op, class T, class F>
void for_each_bound_member(T& value, F&& f) {
    for_each_bound_member(std::span<const member_binding>(Op::input_members), value, std::forward<F>(f));
}

/// Whether any member Op lists travels at `where`.
template <class Op>
constexpr bool has_location(protocol::location where) {
    for (const member_binding& binding : Op::input_members)
        if (binding.location == where) return true;
    return false;
}

/// The text of a member, or nothing when it is unset or not text.
template <class M>
std::optional<std::string_view> text_of(const M& member) {
    if constexpr (is_text_member<M>::value) {
        if (member.has_value()) return std::string_view(*member);
    }
    return std::nullopt;
}

/// Whether a member is set (any type).
template <class M>
bool is_set(const M& member) {
    if constexpr (awsjobs::detail::is_optional_like<M>::value) return member.has_value();
    else return true;
}

/// Stores decoded text into a member of an owning input; false when the member is not text.
template <class M>
bool assign_text(M& member, std::string&& text) {
    if constexpr (is_text_member<M>::value && std::is_same_v<typename M::value_type, std::string>) {
        member.emplace(std::move(text));
        return true;
    } else {
        return false;
    }
}

/// Offset of the first byte that is not UTF-8 in `text`, or npos.
inline std::size_t invalid_utf8_offset(std::string_view text) noexcept {
    const std::size_t at = awsjobs::detail::find_invalid_utf8(text.data(), text.size());
    return at == text.size() ? std::string_view::npos : at;
}

/// "appears twice", "appears 3 times": a parameter given more often than its member holds.
inline std::string appears(std::size_t count) {
    return count == 2 ? "appears twice" : "appears " + std::to_string(count) + " times";
}

inline protocol::error make_error(errc code, std::string message) {
    return protocol::error{code, std::move(message), std::nullopt};
}

/// A body longer than read_options::max_body_size, refused before it is read.
inline std::optional<protocol::error> check_body_size(std::string_view op, std::size_t size, const read_options& options) {
    if (size <= options.max_body_size) return std::nullopt;
    return make_error(errc::body_too_large, std::string(op) + ": the body is " + std::to_string(size) +
                                                " bytes, more than read_options::max_body_size (" +
                                                std::to_string(options.max_body_size) + ")");
}

}  // namespace awsjobs::protocol::detail

#endif
