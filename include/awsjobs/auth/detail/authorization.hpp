// Parses a SigV4 Authorization header:
//   AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=<hex>
// Every part is a view into the header; a malformed header gets the IncompleteSignature text AWS
// gives for it. The header's own text is never echoed: its Signature could be replayed.
#ifndef AWSJOBS_AUTH_DETAIL_AUTHORIZATION_HPP
#define AWSJOBS_AUTH_DETAIL_AUTHORIZATION_HPP

#include <awsjobs/auth/detail/canonical.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs::auth::detail {

/// Longer headers are refused before any work: a real one is a few hundred bytes.
inline constexpr std::size_t max_authorization_size = 16 * 1024;

/// The parts of a SigV4 Authorization header.
struct authorization {
    std::string_view access_key_id;
    std::string_view date;     ///< the credential scope's YYYYMMDD
    std::string_view region;
    std::string_view service;
    std::string_view credential_scope;  ///< date/region/service/aws4_request
    std::vector<std::string_view> signed_headers;  ///< as listed (lower-case and sorted when well-formed)
    std::string_view signed_headers_text;          ///< the list as written, `a;b;c`
    std::string_view signature;
};

/// What parse_authorization made of a header: the parts, or AWS's complaint.
struct parsed_authorization {
    authorization parts;
    std::string problem;  ///< empty when the header is well-formed
    explicit operator bool() const noexcept { return problem.empty(); }
};

constexpr std::string_view trim_spaces(std::string_view text) noexcept {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

/// Splits `text` at each `separator`, keeping empty pieces.
inline std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> pieces;
    for (std::size_t start = 0;;) {
        const std::size_t end = text.find(separator, start);
        pieces.push_back(text.substr(start, end == text.npos ? text.npos : end - start));
        if (end == text.npos) return pieces;
        start = end + 1;
    }
}

constexpr bool is_lower_hex(std::string_view text) noexcept {
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

inline parsed_authorization parse_authorization(std::string_view header) {
    parsed_authorization out;
    if (header.size() > max_authorization_size) {
        out.problem = "The Authorization header is " + std::to_string(header.size()) + " bytes long; at most " +
                      std::to_string(max_authorization_size) + " are accepted.";
        return out;
    }
    header = trim_spaces(header);
    const std::size_t space = header.find(' ');
    const std::string_view algorithm = header.substr(0, space);
    if (algorithm != sigv4_algorithm) {
        out.problem = "Unsupported AWS 'algorithm': '" + std::string(algorithm.substr(0, 64)) +
                      "'. The only supported algorithm is " + std::string(sigv4_algorithm) + ".";
        return out;
    }
    std::string_view credential, signed_headers, signature;
    bool duplicate = false;
    for (const std::string_view piece : split(space == header.npos ? std::string_view{} : header.substr(space + 1), ',')) {
        const std::string_view item = trim_spaces(piece);
        const std::size_t equals = item.find('=');
        if (equals == item.npos) continue;  // AWS ignores what is not name=value
        const std::string_view name = item.substr(0, equals);
        const std::string_view value = item.substr(equals + 1);
        std::string_view* slot = name == "Credential"      ? &credential
                                 : name == "SignedHeaders" ? &signed_headers
                                 : name == "Signature"     ? &signature
                                                           : nullptr;
        if (slot == nullptr) continue;
        duplicate = duplicate || !slot->empty();
        *slot = value;
    }
    if (credential.empty()) out.problem += "Authorization header requires 'Credential' parameter. ";
    if (signature.empty()) out.problem += "Authorization header requires 'Signature' parameter. ";
    if (signed_headers.empty()) out.problem += "Authorization header requires 'SignedHeaders' parameter. ";
    if (duplicate) out.problem += "Authorization header has a parameter more than once. ";
    if (!out.problem.empty()) {
        out.problem.pop_back();
        return out;
    }
    const std::vector<std::string_view> scope = split(credential, '/');
    if (scope.size() != 5) {
        out.problem = "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '" +
                      std::string(credential.substr(0, 256)) + "'";
        return out;
    }
    if (scope[4] != scope_terminator) {
        out.problem = "Credential should be scoped with a valid terminator: 'aws4_request', not '" +
                      std::string(scope[4].substr(0, 64)) + "'.";
        return out;
    }
    if (signature.size() != 64 || !is_lower_hex(signature)) {
        out.problem = "The Signature is not 64 lower-case hexadecimal digits.";
        return out;
    }
    authorization& parts = out.parts;
    parts.access_key_id = scope[0];
    parts.date = scope[1];
    parts.region = scope[2];
    parts.service = scope[3];
    parts.credential_scope = credential.substr(scope[0].size() + 1);
    parts.signed_headers_text = signed_headers;
    parts.signed_headers = split(signed_headers, ';');
    parts.signature = signature;
    return out;
}

}  // namespace awsjobs::auth::detail

#endif
