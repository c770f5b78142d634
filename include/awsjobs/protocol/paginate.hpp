/// \file
/// Pagination, sans-I/O: from a paginated operation's `Op::paginator` (the model's
/// paginators-1.json), the request for the page after the one a response holds, or none when
/// it was the last. Both of AWS's token styles: a token member echoed back (`NextToken` →
/// `NextToken`), and a marker taken from the page's last item while a flag says there is more
/// (Import/Export: `Marker` = `Jobs[-1].JobId` while `IsTruncated`). The members are found at
/// compile time through Boost.Describe: a paginator that names a member the shapes lack does
/// not compile.
#ifndef AWSJOBS_PROTOCOL_PAGINATE_HPP
#define AWSJOBS_PROTOCOL_PAGINATE_HPP

#include <awsjobs/assert.hpp>
#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/required.hpp>
#include <awsjobs/protocol/binding.hpp>
#include <awsjobs/protocol/error.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace awsjobs::protocol {

namespace detail::paging {

inline constexpr std::size_t no_member = static_cast<std::size_t>(-1);

/// The position of T's member `name` among its described members, or no_member.
template <class T>
constexpr std::size_t member_index(std::string_view name) {
    std::size_t found = no_member;
    std::size_t i = 0;
    boost::mp11::mp_for_each<awsjobs::detail::members_of<T>>([&](auto member) {
        if (std::string_view(member.name) == name) found = i;
        ++i;
    });
    return found;
}

/// T's member at position I (a pointer to member).
template <class T, std::size_t I>
inline constexpr auto member_pointer = boost::mp11::mp_at_c<awsjobs::detail::members_of<T>, I>::pointer;

/// Whether `text` is a plain member name, the only form the paths below take.
constexpr bool is_identifier(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

/// An output_token split: `list` empty for a member of the output itself ("NextToken"), else
/// the list member whose last element holds `member` ("Jobs[-1].JobId").
struct token_path {
    std::string_view list;
    std::string_view member;
    bool valid;
};

constexpr token_path parse_token_path(std::string_view text) {
    constexpr std::string_view last_element = "[-1].";
    const std::size_t at = text.find(last_element);
    if (at == std::string_view::npos) return {{}, text, is_identifier(text)};
    const std::string_view list = text.substr(0, at);
    const std::string_view member = text.substr(at + last_element.size());
    return {list, member, is_identifier(list) && is_identifier(member)};
}

/// The value a member holds: a pointer to it, or null when the optional (or required) is empty.
template <class M>
constexpr const auto* value_of(const M& member) noexcept {
    if constexpr (awsjobs::detail::is_optional_or_required<M>)
        return member ? &*member : nullptr;
    else
        return &member;
}

/// The type a member holds, through optional<T> or required<T>.
template <class M>
struct held {
    using type = M;
};
template <class T>
struct held<std::optional<T>> {
    using type = T;
};
template <class T>
struct held<required<T>> {
    using type = T;
};

template <class T, std::size_t I>
using member_type = std::remove_cvref_t<decltype(std::declval<const T&>().*member_pointer<T, I>)>;

/// Op's paginator resolved against the input type In and the output type Out.
template <class Op, class In, class Out>
struct resolved {
    static constexpr paginator_binding binding = Op::paginator;
    static constexpr token_path output_path = parse_token_path(binding.output_token);
    static_assert(output_path.valid,
                  "the paginator's output_token is neither a member name nor List[-1].Member");

    static constexpr std::size_t input_token = member_index<In>(binding.input_token);
    static_assert(input_token != no_member, "the paginator's input_token names no member of the operation's input");

    static constexpr bool has_limit = !binding.limit_key.empty();
    static_assert(!has_limit || member_index<In>(binding.limit_key) != no_member,
                  "the paginator's limit_key names no member of the operation's input");

    static constexpr bool has_more_results = !binding.more_results.empty();
    static constexpr std::size_t more_results = has_more_results ? member_index<Out>(binding.more_results) : 0;
    static_assert(more_results != no_member, "the paginator's more_results names no member of the operation's output");

    static constexpr std::size_t result_key = member_index<Out>(binding.result_key);
    static_assert(result_key != no_member, "the paginator's result_key names no member of the operation's output");

    static constexpr bool token_in_list = !output_path.list.empty();
    // For "List[-1].Member", the list member of the output; else the token member itself.
    static constexpr std::size_t token_holder = member_index<Out>(token_in_list ? output_path.list : output_path.member);
    static_assert(token_holder != no_member, "the paginator's output_token names no member of the operation's output");

    /// Every name found: false only in a build the static_asserts above have already stopped,
    /// where it keeps the compiler from piling further errors on theirs.
    static constexpr bool valid = output_path.valid && input_token != no_member &&
                                  (!has_limit || member_index<In>(binding.limit_key) != no_member) &&
                                  more_results != no_member && result_key != no_member && token_holder != no_member;
};

/// The output's next token, or an empty view when it has none. Points into `page`.
template <class Op, class In, class Out>
std::string_view output_token(const Out& page) {
    using r = resolved<Op, In, Out>;
    const auto* holder = value_of(page.*member_pointer<Out, r::token_holder>);
    if (!holder) return {};
    if constexpr (r::token_in_list) {
        using element = typename std::remove_cvref_t<decltype(*holder)>::value_type;
        constexpr std::size_t member = member_index<element>(r::output_path.member);
        static_assert(member != no_member,
                      "the paginator's output_token names no member of the output list's elements");
        if constexpr (member == no_member) {
            return std::string_view{};  // never runs: the static_assert above stopped the build
        } else {
            if (holder->empty()) return std::string_view{};
            const auto* token = value_of(holder->back().*member_pointer<element, member>);
            return token ? std::string_view(*token) : std::string_view{};
        }
    } else {
        return std::string_view(*holder);
    }
}

/// next_page() once the paginator's names are known to resolve.
template <class Op, class Input, class Output>
result<std::optional<Input>> next_page(const Input& request, const Output& page) {
    using r = resolved<Op, Input, Output>;
    const std::string_view name = Op::binding.name;
    if constexpr (r::has_more_results) {
        const auto* more = value_of(page.*member_pointer<Output, r::more_results>);
        if (!more || !*more) return std::optional<Input>();
    }
    const std::string_view token = output_token<Op, Input>(page);
    if (token.empty()) {
        if constexpr (r::has_more_results)
            return error{errc::unexpected_response,
                         std::string(name) + ": the page's " + std::string(Op::paginator.more_results) +
                             " is true but it has no " + std::string(Op::paginator.output_token) +
                             " to ask for the next page with",
                         std::nullopt};
        else
            return std::optional<Input>();
    }
    const auto& asked = request.*member_pointer<Input, r::input_token>;
    if (const auto* previous = value_of(asked); previous && std::string_view(*previous) == token)
        return error{errc::unexpected_response,
                     std::string(name) + ": the page's " + std::string(Op::paginator.output_token) + " is the " +
                         std::string(Op::paginator.input_token) + " it was asked with (\"" + std::string(token) +
                         "\"): the next page would be the same page",
                     std::nullopt};

    std::optional<Input> next(request);
    using token_type = typename held<member_type<Input, r::input_token>>::type;
    (*next).*member_pointer<Input, r::input_token> = token_type(token);
    return next;
}

}  // namespace detail::paging

/// Whether Op is paginated: it has an `Op::paginator` (generated from paginators-1.json).
template <class Op>
concept paginated_operation = requires {
    { Op::paginator } -> std::convertible_to<paginator_binding>;
};

/// The items a page contributes to the whole result: its `result_key` list (e.g. `Jobs`), empty
/// when the page has none. Points into `page`.
template <class Op, class Output>
    requires paginated_operation<Op>
auto page_items(const Output& page) {
    constexpr std::size_t index = detail::paging::member_index<Output>(Op::paginator.result_key);
    static_assert(index != detail::paging::no_member,
                  "the paginator's result_key names no member of the operation's output");
    using list = typename detail::paging::held<detail::paging::member_type<Output, index>>::type;
    const auto* items = detail::paging::value_of(page.*detail::paging::member_pointer<Output, index>);
    return items ? std::span<const typename list::value_type>(*items) : std::span<const typename list::value_type>{};
}

/// The request for the page after `page`, the response to `request`: `request` with its
/// `input_token` member set to the page's token (every other member, the limit key included,
/// as it was), or nullopt when `page` was the last.
///
/// A page is the last when its `more_results` member (if the paginator has one) is false or
/// absent, or else when its output token is absent or empty (as botocore reads it). Errors,
/// `unexpected_response`: a token equal to the one `request` asked with (the service would
/// answer the same page forever; botocore raises for it too), and a page whose `more_results`
/// is true without a token (Import/Export's `IsTruncated` with no job to take the marker from).
///
/// `request` and `page` may be owning or zero-copy types; with a zero-copy input the next
/// request's token points into `page`, which must then outlive it.
template <class Op, class Input, class Output>
    requires paginated_operation<Op>
result<std::optional<Input>> next_page(const Input& request, const Output& page) {
    static_assert(std::is_same_v<Input, typename Op::template input<std::string>> ||
                      std::is_same_v<Input, typename Op::template input<std::string_view>>,
                  "next_page<Op>(request, page): request must be the operation's input type");
    static_assert(std::is_same_v<Output, typename Op::template output<std::string>> ||
                      std::is_same_v<Output, typename Op::template output<std::string_view>>,
                  "next_page<Op>(request, page): page must be the operation's output type");
    using resolved = detail::paging::resolved<Op, Input, Output>;
    if constexpr (resolved::valid)
        return detail::paging::next_page<Op>(request, page);
    else
        return std::optional<Input>();  // never runs: resolved's static_asserts stopped the build
}

/// Drives a paginated operation page by page, with any transport:
///
///     protocol::pager<dx::ListJobs> pages(first_request);
///     while (const auto* request = pages.next_request()) {
///         ... send make_request<dx::ListJobs>(*request), read the output `page` ...
///         if (auto advanced = pages.advance(page); !advanced) return advanced.error();
///     }
///
/// String is std::string (owning requests) or std::string_view (zero-copy: each request's
/// token then points into the page given to advance(), which must outlive it).
template <class Op, class String = std::string>
    requires paginated_operation<Op>
class pager {
public:
    /// The operation's input type.
    using input_type = typename Op::template input<String>;

    /// Starts with `first`, the request for the first page (its token member usually empty: a
    /// set token resumes where an earlier run stopped, as the CLI's `--starting-token`).
    explicit pager(input_type first) : next_(std::move(first)) {}

    /// The request for the next page, or null once the last page has been read (or advance()
    /// failed).
    const input_type* next_request() const noexcept { return next_ ? &*next_ : nullptr; }

    /// Takes `page`, the output next_request() was answered with, and moves on to the page
    /// after it, or to the end. An error is next_page()'s; the pager is then at its end.
    /// Precondition: next_request() is not null.
    template <class Output>
    result<void> advance(const Output& page) {
        AWSJOBS_ASSERT(next_ && "pager::advance() called after the last page");
        ++pages_;
        auto following = next_page<Op>(*next_, page);
        if (!following) {
            next_.reset();
            return following.error();
        }
        next_ = std::move(*following);
        return {};
    }

    /// How many pages advance() has taken.
    std::size_t pages_read() const noexcept { return pages_; }

private:
    std::optional<input_type> next_;
    std::size_t pages_ = 0;
};

}  // namespace awsjobs::protocol

#endif
