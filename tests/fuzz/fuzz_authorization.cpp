// The verifier's reading of what a client sends: the input is an Authorization header, then
// also a SigV2 form body, each given to auth::verify and auth::explain_v4 in a request with a
// valid X-Amz-Date and Host. Checks: the parser's parts are pieces of the input; every answer is
// a failure code the verifier documents, with a message, and never the key's secret (unless the
// input itself holds it).
#include "checks.hpp"

#include <awsjobs/auth.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace {

namespace auth = awsjobs::auth;
using awsjobs_fuzz::require;

constexpr std::string_view secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const auto now = std::chrono::sys_days{std::chrono::year{2015} / 8 / 30} + std::chrono::hours{12} + std::chrono::minutes{36};

bool within(std::string_view part, std::string_view whole) {
    return part.empty() || (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

void check_parts(std::string_view header) {
    const auto parsed = auth::detail::parse_authorization(header);
    if (!parsed) {
        require(!parsed.problem.empty(), "a refused header without a reason", header);
        return;
    }
    const auto& p = parsed.parts;
    for (const std::string_view part : {p.access_key_id, p.date, p.region, p.service, p.credential_scope,
                                        p.signed_headers_text, p.signature})
        require(within(part, header), "a part of the header that is not in the header", header);
    require(p.signature.size() == 64, "a signature that is not 64 digits", header);
    require(!p.signed_headers.empty(), "no signed headers", header);
}

void check_failure(const auth::error& e, std::string_view input) {
    using auth::errc;
    require(e.code == errc::missing_authentication_token || e.code == errc::incomplete_signature ||
                e.code == errc::invalid_client_token_id || e.code == errc::signature_does_not_match ||
                e.code == errc::signature_expired,
            "a failure code verify does not document", input);
    require(!e.message.empty(), "a failure without a message", input);
    // A failure may quote what the client sent (AWS's canonical request does): the secret may be
    // there only when the client sent it.
    if (input.find(secret) != std::string_view::npos) return;
    for (const std::string_view text : {std::string_view(e.message), std::string_view(e.canonical_request),
                                        std::string_view(e.string_to_sign)})
        require(text.find(secret) == std::string_view::npos, "the secret in a failure", input);
}

void check_request(const awsjobs::http::request& request, std::string_view input) {
    const auth::key_lookup lookup = [](std::string_view id) -> std::optional<auth::credentials> {
        if (id != "AKIDEXAMPLE") return std::nullopt;
        return auth::credentials{"AKIDEXAMPLE", auth::secret_string{std::string(secret)}, {}, std::nullopt};
    };
    const auto checked = auth::verify(request, lookup, {.now = now});
    if (!checked) check_failure(checked.error(), input);
    if (const auto explained = auth::explain_v4(request))
        require(explained->string_to_sign.starts_with("AWS4-HMAC-SHA256\n"), "a string to sign of another algorithm", input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    check_parts(input);

    awsjobs::http::request request;
    request.method = "GET";
    request.target = "/v1/jobs/a%2Fb";
    request.headers.add("Host", "dataexchange.us-east-1.amazonaws.com");
    request.headers.add("X-Amz-Date", "20150830T123600Z");
    request.headers.add("Authorization", input);
    check_request(request, input);

    awsjobs::http::request form;
    form.method = "POST";
    form.target = "/";
    form.headers.add("Host", "importexport.amazonaws.com");
    form.body = input;
    check_request(form, input);
    return 0;
}
