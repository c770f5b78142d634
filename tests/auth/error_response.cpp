// protocol::make_auth_error_response: AWS's answers to each verification failure, per protocol.
#include <awsjobs/auth/error.hpp>
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/importexport.hpp>
#include <awsjobs/protocol/auth_error.hpp>
#include <awsjobs/sesv2.hpp>

#include <doctest/doctest.h>

#include <string>
#include <system_error>

namespace auth = awsjobs::auth;
namespace protocol = awsjobs::protocol;
namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace ie = awsjobs::importexport;

TEST_CASE("auth failures answered as AWS does: REST-JSON") {
    const auth::error mismatch{auth::errc::signature_does_not_match, "bad \"sig\"\n\xC3\xA9", "creq", "sts"};
    const auto response = protocol::make_auth_error_response<dx::GetJob>(mismatch, "req-1");
    CHECK(response.status == 403);
    CHECK(response.headers.value_or_empty("x-amzn-ErrorType") == "InvalidSignatureException");
    CHECK(response.headers.value_or_empty("x-amzn-RequestId") == "req-1");
    CHECK(response.headers.value_or_empty("Content-Type") == "application/json");
    CHECK(response.body == R"({"message":"bad \"sig\"\n\u00c3\u00a9"})");

    struct expected {
        auth::errc code;
        int status;
        const char* rest_json;
        const char* query;
    };
    const expected table[] = {
        {auth::errc::missing_authentication_token, 403, "MissingAuthenticationTokenException", "MissingAuthenticationToken"},
        {auth::errc::incomplete_signature, 400, "IncompleteSignatureException", "IncompleteSignature"},
        {auth::errc::invalid_client_token_id, 403, "UnrecognizedClientException", "InvalidClientTokenId"},
        {auth::errc::signature_does_not_match, 403, "InvalidSignatureException", "SignatureDoesNotMatch"},
        {auth::errc::signature_expired, 403, "InvalidSignatureException", "SignatureDoesNotMatch"},
    };
    for (const expected& e : table) {
        CAPTURE(auth::to_string(e.code));
        const auto rest = protocol::auth_error_code_for(protocol::wire_protocol::rest_json, e.code);
        const auto query = protocol::auth_error_code_for(protocol::wire_protocol::query, e.code);
        CHECK(rest.http_status == e.status);
        CHECK(query.http_status == e.status);
        CHECK(rest.code == e.rest_json);
        CHECK(query.code == e.query);
    }
    const auth::error unsigned_request{auth::errc::missing_authentication_token, "Request is missing Authentication Token", {}, {}};
    CHECK(protocol::make_auth_error_response<ses::GetImportJob>(unsigned_request, "r").body ==
          R"({"message":"Missing Authentication Token"})");
}

TEST_CASE("auth failures answered as AWS does: query XML, with the service's namespace") {
    const auth::error expired{auth::errc::signature_expired, "Signature expired: a < b & c", {}, {}};
    const auto response = protocol::make_auth_error_response<ie::GetStatus>(expired, "req-2");
    CHECK(response.status == 403);
    CHECK(response.headers.value_or_empty("Content-Type") == "text/xml");
    CHECK_FALSE(response.headers.contains("x-amzn-ErrorType"));
    CHECK(response.body ==
          "<ErrorResponse xmlns=\"http://importexport.amazonaws.com/doc/2010-06-01/\"><Error><Type>Sender</Type>"
          "<Code>SignatureDoesNotMatch</Code><Message>Signature expired: a &lt; b &amp; c</Message></Error>"
          "<RequestId>req-2</RequestId></ErrorResponse>");
    const auth::error unsigned_request{auth::errc::missing_authentication_token, "Request is missing Authentication Token", {}, {}};
    CHECK(protocol::make_auth_error_response<ie::GetStatus>(unsigned_request, "r").body.find(
              "<Message>Request is missing Authentication Token</Message>") != std::string::npos);
}

TEST_CASE("auth::errc is a std::error_code enum with its own category") {
    const std::error_code code = auth::errc::signature_expired;
    CHECK(code.category().name() == std::string("awsjobs.auth"));
    CHECK(code.message() == "signature_expired");
    CHECK(code == auth::errc::signature_expired);
    CHECK(code != auth::errc::signature_does_not_match);
}
