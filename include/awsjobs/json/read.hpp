// Reading: JSON text into a described C++ value.
#ifndef AWSJOBS_JSON_READ_HPP
#define AWSJOBS_JSON_READ_HPP

#include <awsjobs/json/detail/rapidjson.hpp>
#include <awsjobs/json/detail/reader.hpp>
#include <awsjobs/json/error.hpp>
#include <awsjobs/json/options.hpp>
#include <awsjobs/json/result.hpp>

#include <concepts>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace awsjobs::json {

/// Parses `data[0, size)` in place: strings are unescaped inside the buffer, and
/// every std::string_view in the result points into it, so the buffer must
/// outlive the result and is no longer the original text afterwards.
/// Precondition: data[size] is readable and is '\0' (as std::string guarantees).
template <class T>
result<T> parse_in_place(char* data, std::size_t size, const read_options& options = {}) {
    static_assert(std::is_default_constructible_v<T>, "awsjobs::json reads into default-constructible types");
    T value{};
    rapidjson::InsituStringStream stream(data);
    detail::reader handler(data, stream, options.max_depth, detail::slot{&value, &detail::ops_of<T>});

    // RapidJSON's own stack (for the iterative parser) starts in this buffer, so
    // ordinary documents cost no heap allocation for it.
    alignas(std::max_align_t) char stack_memory[1024];
    rapidjson::MemoryPoolAllocator<> stack_allocator(stack_memory, sizeof stack_memory);
    rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>> parser(
        &stack_allocator, 256);
    constexpr unsigned flags =
        rapidjson::kParseInsituFlag | rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
    const rapidjson::ParseResult parsed = parser.Parse<flags>(stream, handler);

    if (parsed.IsError()) {
        const char* message = rapidjson::GetParseError_En(parsed.Code());
        switch (parsed.Code()) {
        case rapidjson::kParseErrorNumberTooBig:
            // Valid JSON, but RapidJSON refuses numbers beyond double's range, wherever they are.
            return error{errc::out_of_range, parsed.Offset(), handler.pending_value_path(), message};
        case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
        case rapidjson::kParseErrorStringInvalidEncoding:
            return error{errc::invalid_encoding, parsed.Offset(), handler.pending_value_path(), message};
        default:
            return error{errc::syntax, parsed.Offset(), handler.container_path(), message};
        }
    }
    if (handler.failed()) return handler.get_error();
    // RapidJSON stops at the first NUL byte; one before the end is not JSON.
    if (stream.Tell() != size)
        return error{errc::syntax, stream.Tell(), "$", "unexpected NUL byte after the value"};
    return value;
}

/// Parses a std::string in place (see above).
template <class T>
result<T> parse_in_place(std::string& buffer, const read_options& options = {}) {
    return parse_in_place<T>(buffer.data(), buffer.size(), options);
}

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

/// Takes ownership of `text` (no copy) and parses it in place.
/// `auto job = json::parse<T>(std::move(body)); if (!job) ...; job->Id`
template <class T, class String>
    requires std::same_as<String, std::string>
document<T> parse(String&& text, const read_options& options = {}) {
    auto buffer = std::make_unique<std::string>(std::move(text));
    auto parsed = parse_in_place<T>(*buffer, options);
    return document<T>(std::move(buffer), std::move(parsed));
}

/// Copies `text` once, then parses the copy in place.
template <class T>
document<T> parse(std::string_view text, const read_options& options = {}) {
    auto buffer = std::make_unique<std::string>(text);
    auto parsed = parse_in_place<T>(*buffer, options);
    return document<T>(std::move(buffer), std::move(parsed));
}

}  // namespace awsjobs::json

#endif
