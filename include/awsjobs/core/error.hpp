/// \file
/// awsjobs::error: what every reader and writer of awsjobs reports — a code, where it
/// happened (byte offset and path) and why.
#ifndef AWSJOBS_CORE_ERROR_HPP
#define AWSJOBS_CORE_ERROR_HPP

#include <awsjobs/core/detail/errc_category.hpp>

#include <cstddef>
#include <ostream>
#include <string>
#include <system_error>
#include <type_traits>

namespace awsjobs {

/// What went wrong. The first group means the input is not well-formed text of its
/// format at all; the others mean it is, but does not fit the C++ type it was read into.
enum class errc {
    ok = 0,
    // --- the text is not valid JSON or XML (is_syntax_error() is true) ---
    syntax,            ///< malformed text, as the parser reports it (message names the rule)
    invalid_encoding,  ///< invalid UTF-8, or a lone UTF-16 surrogate in a `\u` escape
    // --- valid text that does not fit the target type ---
    depth_exceeded,    ///< more nested levels than read_options::max_depth
    type_mismatch,     ///< e.g. a number where a string was expected
    out_of_range,      ///< a number that does not fit the target integer or floating type
    invalid_timestamp, ///< not a date-time, or an impossible one (month 13, 30 February, 25:00)
    unknown_enumerator,///< a string a closed (plain) enum does not know
    duplicate_key,     ///< a key (or element) that names a member twice in one object
    ambiguous_union,   ///< a one-of object with more than one key
    // --- writing ---
    not_finite,        ///< NaN or infinity cannot be written
    missing_required,  ///< reported by check_required()
    constraint_violation, ///< reported by check_constraints(): a length, size, range or pattern the model sets
    // --- limits a reader sets in its read_options (valid text, refused for its size) ---
    input_too_large,   ///< more bytes than read_options::max_input_size
    too_many_elements, ///< more array elements in all than read_options::max_elements
    // --- the caller's mistake, whatever the input ---
    invalid_argument,  ///< an argument no call can succeed with, e.g. xml::write given an empty element path
};

/// True when the input is not well-formed text (as opposed to text of the wrong shape).
constexpr bool is_syntax_error(errc code) noexcept {
    return code == errc::syntax || code == errc::invalid_encoding;
}

/// A short stable name for each code, e.g. "type_mismatch".
constexpr const char* to_string(errc code) noexcept {
    switch (code) {
    case errc::ok: return "ok";
    case errc::syntax: return "syntax";
    case errc::invalid_encoding: return "invalid_encoding";
    case errc::depth_exceeded: return "depth_exceeded";
    case errc::type_mismatch: return "type_mismatch";
    case errc::out_of_range: return "out_of_range";
    case errc::invalid_timestamp: return "invalid_timestamp";
    case errc::unknown_enumerator: return "unknown_enumerator";
    case errc::duplicate_key: return "duplicate_key";
    case errc::ambiguous_union: return "ambiguous_union";
    case errc::not_finite: return "not_finite";
    case errc::missing_required: return "missing_required";
    case errc::constraint_violation: return "constraint_violation";
    case errc::input_too_large: return "input_too_large";
    case errc::too_many_elements: return "too_many_elements";
    case errc::invalid_argument: return "invalid_argument";
    }
    return "unknown";
}

/// The category of awsjobs::errc, named "awsjobs", so that a code can travel as a std::error_code.
inline const std::error_category& category() noexcept {
    static const detail::errc_category<errc> instance("awsjobs");  // immutable: safe to share between threads
    return instance;
}

/// `code` as a std::error_code of category(); found by ADL, so `std::error_code ec = errc::syntax;` works.
inline std::error_code make_error_code(errc code) noexcept {
    return {static_cast<int>(code), category()};
}

/// A failure: what (code and message), where (byte offset and path).
struct error {
    /// The offset of an error that has none (such as a missing required member).
    static constexpr std::size_t no_offset = static_cast<std::size_t>(-1);

    /// What kind of failure.
    errc code = errc::ok;
    /// Byte offset of the offending value in the input (reading) or of the
    /// output written so far (writing); no_offset when it does not apply.
    std::size_t offset = no_offset;
    /// Where in the document: a JSONPath such as `$.Details.ImportAssetsFromS3.AssetSources[3].Key`,
    /// or an element path such as `/GetStatusResponse/GetStatusResult/JobId`.
    std::string path;
    /// What a person needs to know, e.g. "expected string, got number".
    std::string message;

    /// "type_mismatch at offset 42, $.Id: expected string, got number"
    std::string describe() const {
        std::string text = to_string(code);
        if (offset != no_offset) (text += " at offset ") += std::to_string(offset);
        if (!path.empty()) (text += offset != no_offset ? ", " : " at ") += path;
        if (!message.empty()) (text += ": ") += message;
        return text;
    }

    /// Equal when every field is.
    friend bool operator==(const error&, const error&) = default;
    /// Writes describe().
    friend std::ostream& operator<<(std::ostream& os, const error& e) { return os << e.describe(); }
};

}  // namespace awsjobs

/// awsjobs::errc converts to std::error_code.
template <>
struct std::is_error_code_enum<awsjobs::errc> : std::true_type {};

#endif
