// document<T>: a parsed value together with the text its string_views point into.
// Shared by the JSON and XML codecs: nothing in it depends on the format.
#ifndef AWSJOBS_JSON_DOCUMENT_HPP
#define AWSJOBS_JSON_DOCUMENT_HPP

#include <awsjobs/json/error.hpp>
#include <awsjobs/json/result.hpp>

#include <memory>
#include <string>
#include <utility>

namespace awsjobs::json {

/// A parsed value together with the buffer its string_views point into.
/// The buffer lives on the heap and never moves, so a document can be moved,
/// returned and stored freely (a moved short std::string would have moved its
/// characters, which is why the text is not kept in a std::string member).
template <class T>
class [[nodiscard]] document {
public:
    document(std::unique_ptr<std::string> buffer, result<T> parsed)
        : buffer_(std::move(buffer)), result_(std::move(parsed)) {}

    bool has_value() const noexcept { return result_.has_value(); }
    explicit operator bool() const noexcept { return has_value(); }

    /// Throws parse_error when parsing failed.
    T& value() & { return result_.value(); }
    const T& value() const& { return result_.value(); }

    /// Preconditions: has_value().
    T& operator*() noexcept { return *result_; }
    const T& operator*() const noexcept { return *result_; }
    T* operator->() noexcept { return result_.operator->(); }
    const T* operator->() const noexcept { return result_.operator->(); }

    /// Preconditions: !has_value().
    const json::error& error() const noexcept { return result_.error(); }

private:
    std::unique_ptr<std::string> buffer_;
    result<T> result_;
};

}  // namespace awsjobs::json

#endif
