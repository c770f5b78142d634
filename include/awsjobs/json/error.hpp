// Errors reported by the JSON codec: a code, where it happened and why.
#ifndef AWSJOBS_JSON_ERROR_HPP
#define AWSJOBS_JSON_ERROR_HPP

#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <system_error>
#include <utility>

namespace awsjobs::json {

/// What went wrong. The first group means the input is not JSON at all;
/// the others mean it is JSON but does not fit the C++ type it was read into.
enum class errc {
    ok = 0,
    // --- the text is not valid JSON (is_syntax_error() is true) ---
    syntax,            ///< malformed JSON, as RapidJSON reports it (message names the rule)
    invalid_encoding,  ///< invalid UTF-8, or a lone UTF-16 surrogate in a \u escape
    // --- valid JSON that does not fit the target type ---
    depth_exceeded,    ///< more nested arrays/objects than read_options::max_depth
    type_mismatch,     ///< e.g. a number where a string was expected
    out_of_range,      ///< a number that does not fit the target integer or floating type
    invalid_timestamp, ///< not a date-time, or an impossible one (month 13, 30 February, 25:00)
    unknown_enumerator,///< a string a closed (plain) enum does not know
    duplicate_key,     ///< a key that names a member twice in one object
    ambiguous_union,   ///< a one-of object with more than one key
    // --- writing ---
    not_finite,        ///< NaN or infinity cannot be written as JSON
    missing_required,  ///< reported by check_required()
    // --- limits a reader sets in read_options (valid JSON, refused for its size) ---
    input_too_large,   ///< more bytes than read_options::max_input_size
    too_many_elements, ///< more array elements in all than read_options::max_elements
};

/// True when the input is not well-formed JSON (as opposed to JSON of the wrong shape).
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
    case errc::input_too_large: return "input_too_large";
    case errc::too_many_elements: return "too_many_elements";
    }
    return "unknown";
}

/// Integration with <system_error>, so a code can travel as a std::error_code.
class error_category final : public std::error_category {
public:
    const char* name() const noexcept override { return "awsjobs.json"; }
    std::string message(int value) const override { return to_string(static_cast<errc>(value)); }
};

inline const std::error_category& json_category() noexcept {
    static const error_category category;  // stateless: safe to share between threads
    return category;
}

inline std::error_code make_error_code(errc code) noexcept {
    return {static_cast<int>(code), json_category()};
}

/// A failure: what (code and message), where (byte offset and JSON path).
struct error {
    static constexpr std::size_t no_offset = static_cast<std::size_t>(-1);

    errc code = errc::ok;
    /// Byte offset of the offending value in the input (reading) or of the
    /// output written so far (writing); no_offset when it does not apply.
    std::size_t offset = no_offset;
    /// JSONPath of the offending value, e.g. `$.Details.ImportAssetsFromS3.AssetSources[3].Key`.
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

    friend bool operator==(const error&, const error&) = default;
    friend std::ostream& operator<<(std::ostream& os, const error& e) { return os << e.describe(); }
};

/// Thrown by the throwing accessors (result::value(), document::value()).
class parse_error : public std::runtime_error {
public:
    explicit parse_error(json::error e) : std::runtime_error(e.describe()), error_(std::move(e)) {}
    const json::error& error() const noexcept { return error_; }

private:
    json::error error_;
};

}  // namespace awsjobs::json

template <>
struct std::is_error_code_enum<awsjobs::json::errc> : std::true_type {};

#endif
