/// \file
/// document<T>: a parsed value together with the text its string_views point into.
/// What json::parse and xml::parse return: nothing in it depends on the format.
#ifndef AWSJOBS_CORE_DOCUMENT_HPP
#define AWSJOBS_CORE_DOCUMENT_HPP

#include <awsjobs/core/detail/borrows.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/result.hpp>

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

namespace awsjobs {

/// A parsed value together with the buffer its string_views point into.
/// The buffer lives on the heap and never moves, so a document can be moved,
/// returned and stored freely (a moved short std::string would have moved its
/// characters, which is why the text is not kept in a std::string member).
/// A value that keeps nothing of its text (the std::string and std::pmr::string
/// models) needs no buffer: the parsers give such a document none.
///
/// On a temporary document (`json::parse<T>(fetch())` dereferenced at once), the accessors give the
/// value itself, moved out, when T owns its text; when T is a view type they do
/// not compile, because its string_views would point into the buffer that the
/// temporary frees at the end of the statement. Keep the document in a variable.
template <class T>
class [[nodiscard]] document {
    // Instantiated only by the accessors of a temporary, so the error names the call.
    static constexpr void refuse_if_view() noexcept {
        static_assert(!detail::borrows_v<T>,
                      "this document is a temporary and T holds string_views into its buffer, freed at the end of "
                      "the statement: keep the document in a variable (auto doc = json::parse<T>(...)), or parse "
                      "an owning type");
    }

public:
    /// Takes the buffer and what was parsed from it (whose string_views point into it).
    /// The parsers construct documents; a program rarely needs to.
    document(std::unique_ptr<std::string> buffer, result<T> parsed)
        : buffer_(std::move(buffer)), result_(std::move(parsed)) {}

    /// Takes the buffer, then reads the value where the document keeps it: `read()` returns
    /// the result<T> (a prvalue), so that the value is never moved. What the parsers use.
    template <class Read>
        requires std::is_invocable_r_v<result<T>, Read&>
    document(std::unique_ptr<std::string> buffer, Read&& read)
        : buffer_(std::move(buffer)), result_(read()) {}

    /// Whether parsing succeeded.
    ///@{
    bool has_value() const noexcept { return result_.has_value(); }
    explicit operator bool() const noexcept { return has_value(); }
    ///@}

    /// The value; throws bad_result_access<error> when parsing failed.
    ///@{
    T& value() & { return result_.value(); }
    const T& value() const& { return result_.value(); }
    T value() && {
        refuse_if_view();
        return std::move(result_).value();
    }
    ///@}

    /// The value. Preconditions: has_value() (checked by AWSJOBS_ASSERT).
    ///@{
    T& operator*() & noexcept { return *result_; }
    const T& operator*() const& noexcept { return *result_; }
    T operator*() && noexcept(std::is_nothrow_move_constructible_v<T>) {
        refuse_if_view();
        return *std::move(result_);
    }
    T* operator->() & noexcept { return result_.operator->(); }
    const T* operator->() const& noexcept { return result_.operator->(); }
    T* operator->() && noexcept {
        refuse_if_view();
        return result_.operator->();
    }
    ///@}

    // A const temporary cannot give its value away, and a reference into it would dangle.
    void value() const&& = delete;
    void operator*() const&& = delete;
    void operator->() const&& = delete;

    /// Preconditions: !has_value() (checked by AWSJOBS_ASSERT).
    const awsjobs::error& error() const noexcept { return result_.error(); }

private:
    std::unique_ptr<std::string> buffer_;
    result<T> result_;
};

namespace detail {

/// The document of `text` read in place by `read(std::string&)`, for the parsers: with the text
/// as its buffer, unless T keeps nothing of it (owns_text_v), when the text goes once the value
/// is read.
template <class T, class Read>
document<T> read_document(std::string text, Read read) {
    if constexpr (owns_text_v<T>) {
        return document<T>(nullptr, [&] { return read(text); });
    } else {
        auto buffer = std::make_unique<std::string>(std::move(text));
        std::string& kept = *buffer;  // moving the unique_ptr leaves the string where it is
        return document<T>(std::move(buffer), [&] { return read(kept); });
    }
}

}  // namespace detail

}  // namespace awsjobs

#endif
