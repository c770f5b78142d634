/// \file
/// Reading: JSON text into a described C++ value.
#ifndef AWSJOBS_JSON_READ_HPP
#define AWSJOBS_JSON_READ_HPP

#include <awsjobs/core/document.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/result.hpp>
#include <awsjobs/json/detail/codecs.hpp>
#include <awsjobs/json/detail/rapidjson.hpp>
#include <awsjobs/json/detail/reader.hpp>
#include <awsjobs/json/options.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace awsjobs::json {

namespace detail {

/// A RapidJSON error as a awsjobs::error, keeping its offset and message.
inline error syntax_error(rapidjson::ParseErrorCode code, std::size_t offset, const reader& handler) {
    const char* message = rapidjson::GetParseError_En(code);
    switch (code) {
    case rapidjson::kParseErrorNumberTooBig:
        // Valid JSON, but RapidJSON refuses numbers beyond double's range, wherever they are.
        return error{errc::out_of_range, offset, handler.pending_value_path(), message};
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
    case rapidjson::kParseErrorStringInvalidEncoding:
        return error{errc::invalid_encoding, offset, handler.pending_value_path(), message};
    default:
        return error{errc::syntax, offset, handler.container_path(), message};
    }
}

/// An input longer than read_options::max_input_size, refused at the first byte past the limit.
inline error input_too_large(std::size_t size, const read_options& options) {
    return error{errc::input_too_large, options.max_input_size, "$",
                 message("the input is ", size, " bytes, more than read_options::max_input_size (",
                         options.max_input_size, ")")};
}

/// Where RapidJSON finds `opening + rest` to end or go wrong: the error code (or
/// kParseErrorNone) and the offset within `rest` where it stopped.
struct syntax_check {
    rapidjson::ParseErrorCode code;
    std::size_t offset;
};

/// Checks `opening + rest` for syntax errors, without recursion.
inline syntax_check check_syntax(const std::string& opening, std::string_view rest) {
    std::string text;
    text.reserve(opening.size() + rest.size());
    text.append(opening).append(rest);
    rapidjson::BaseReaderHandler<> ignore;
    text_stream in(text.data(), text.size());  // in place: the text is a copy of its own
    rapidjson_reader reader;
    constexpr unsigned flags =
        rapidjson::kParseIterativeFlag | rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag;
    const rapidjson::ParseResult parsed = reader.Parse<flags>(in, ignore);
    const std::size_t stop = parsed.IsError() ? parsed.Offset() : in.Tell();
    return {parsed.Code(), stop > opening.size() ? stop - opening.size() : 0};
}

/// Parses `data[0, size)` in place into `root`, a default-constructed value:
/// strings are unescaped inside the buffer, and every std::string_view in the value
/// points into it. Returns the error, if any (the value then holds part of the input).
/// Not a template: the same code serves every type, through its table in `root`.
/// Precondition: data[size] is readable and is '\0' (as std::string guarantees).
inline std::optional<error> read_in_place(slot root, char* data, std::size_t size, const read_options& options) {
    if (size > options.max_input_size) return input_too_large(size, options);
    text_stream stream(data, size);
    const text_encoding encoding = scan_text(data, size);
    reader handler(stream, std::min(options.max_depth, read_options::max_depth_limit), options.max_elements, encoding,
                   root);
    handler.use_resource(options.resource ? options.resource : std::pmr::get_default_resource());

    // RapidJSON's own stack (for numbers and non-in-situ strings) starts in this
    // buffer, so ordinary documents cost no heap allocation for it.
    alignas(std::max_align_t) char stack_memory[1024];
    rapidjson::MemoryPoolAllocator<> stack_allocator(stack_memory, sizeof stack_memory);
    rapidjson_reader parser(&stack_allocator, 256);
    const rapidjson::ParseResult parsed = parser.Parse<read_flags>(stream, handler);

    // What the input is wins over what it means: first syntax (with NUL bytes), then
    // encoding, then nesting depth and type errors.
    std::size_t end = stream.Tell();
    if (handler.stopped_too_deep()) {
        // RapidJSON stopped where the nesting got too deep. The rest of the buffer is
        // still the original text: check it on its own, behind brackets that reopen
        // the containers open there.
        const std::size_t resume = end - 1;  // the bracket that went too deep
        const auto rest = check_syntax(handler.open_containers(), std::string_view(data + resume, size - resume));
        if (rest.code != rapidjson::kParseErrorNone) return syntax_error(rest.code, resume + rest.offset, handler);
        end = resume + rest.offset;
    } else if (parsed.IsError()) {
        return syntax_error(parsed.Code(), parsed.Offset(), handler);
    }
    // RapidJSON stops at the first NUL byte; one before the end is not JSON.
    if (end != size) return error{errc::syntax, end, "$", "unexpected NUL byte after the value"};
    if (encoding.problem != text_encoding::none && handler.get_error().code != errc::invalid_encoding)
        return error{errc::invalid_encoding, encoding.offset, "", encoding_message(encoding)};
    if (handler.failed()) return handler.get_error();
    return std::nullopt;
}

}  // namespace detail

/// Parses `data[0, size)` in place: strings are unescaped inside the buffer, and
/// every std::string_view in the result points into it, so the buffer must
/// outlive the result and is no longer the original text afterwards.
/// Precondition: data[size] is readable and is '\0' (as std::string guarantees).
template <class T>
result<T> parse_in_place(char* data, std::size_t size, const read_options& options = {}) {
    static_assert(std::is_default_constructible_v<T>, "awsjobs::json reads into default-constructible types");
    // The value is read where the result keeps it: no copy of it on the way out.
    return detail::result_access::read_into<T>(
        [&](T& value) { return detail::read_in_place({&value, &detail::ops_of<T>}, data, size, options); });
}

/// Parses a std::string in place (see above).
template <class T>
result<T> parse_in_place(std::string& buffer, const read_options& options = {}) {
    return parse_in_place<T>(buffer.data(), buffer.size(), options);
}

/// Takes ownership of `text` (no copy) and parses it in place.
/// `auto job = json::parse<T>(std::move(body)); if (!job) ...; job->Id`
template <class T, class String>
    requires std::same_as<String, std::string>
document<T> parse(String&& text, const read_options& options = {}) {
    return awsjobs::detail::read_document<T>(std::move(text),
                                             [&](std::string& buffer) { return parse_in_place<T>(buffer, options); });
}

namespace detail {

/// A text smaller than this (its NUL included) is copied onto the stack to be parsed into a type
/// that keeps nothing of it. A small response then costs no allocation of its size: with glibc's
/// malloc, that allocation and its copy took a sixth of the time of an owning parse of the
/// benchmarks' responses of a kilobyte or two (benchmarks/RESULTS.md, issue 21).
inline constexpr std::size_t stack_copy_size = 4096;

template <class T>
result<T> parse_owning_copy(std::string_view text, const read_options& options) {
    if (text.size() < stack_copy_size) {
        char copy[stack_copy_size];  // only its first text.size() + 1 bytes are written and read
        std::memcpy(copy, text.data(), text.size());
        copy[text.size()] = '\0';
        return parse_in_place<T>(copy, text.size(), options);
    }
    const auto copy = std::make_unique_for_overwrite<char[]>(text.size() + 1);
    std::memcpy(copy.get(), text.data(), text.size());
    copy[text.size()] = '\0';
    return parse_in_place<T>(copy.get(), text.size(), options);
}

}  // namespace detail

/// Copies `text` once, then parses the copy in place. When T keeps nothing of the text (its
/// strings are std::string or std::pmr::string, no std::string_view), the copy goes before this
/// returns, and is on the stack when the text is under 4 KiB; otherwise the document keeps it.
template <class T>
document<T> parse(std::string_view text, const read_options& options = {}) {
    // Refused before the copy, which would cost as much as the input.
    if (text.size() > options.max_input_size)
        return document<T>(nullptr, result<T>(detail::input_too_large(text.size(), options)));
    if constexpr (detail::owns_text_v<T>) {
        return document<T>(nullptr, [&] { return detail::parse_owning_copy<T>(text, options); });
    } else {
        return awsjobs::detail::read_document<T>(std::string(text),
                                                 [&](std::string& buffer) { return parse_in_place<T>(buffer, options); });
    }
}

}  // namespace awsjobs::json

#endif
