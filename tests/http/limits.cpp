// protocol::read_options: every entry point that reads a message bounds its body, its depth and
// its list elements, on the client and the server side.
#include <awsjobs/awsjobs.hpp>
#include <awsjobs/protocol.hpp>
#include <doctest/doctest.h>

#include <string>

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace http = awsjobs::http;
namespace protocol = awsjobs::protocol;
using protocol::errc;

namespace {

http::response json_response(int status, std::string body) {
    return {status, {{"Content-Type", "application/json"}}, std::move(body)};
}

/// `{"Errors":[{},{},…]}` with `count` elements: the most memory per byte a GetJob body can cost.
std::string errors(std::size_t count) {
    std::string body = R"({"Errors":[)";
    for (std::size_t i = 0; i != count; ++i) body += i == 0 ? "{}" : ",{}";
    return body + "]}";
}

}  // namespace

TEST_CASE("protocol limits: the defaults are finite, and a server answers body_too_large with 413") {
    const protocol::read_options defaults;
    CHECK(defaults.max_body_size == 4 * 1024 * 1024);
    CHECK(defaults.max_depth == 128);
    CHECK(defaults.max_elements == 10000);
    CHECK(defaults.json().max_input_size == defaults.max_body_size);
    CHECK(defaults.json().max_elements == defaults.max_elements);
    CHECK(defaults.xml().max_input_size == defaults.max_body_size);
    CHECK(defaults.xml().max_depth == defaults.max_depth);
    CHECK(protocol::http_status_for(errc::body_too_large) == 413);
    CHECK(std::string(protocol::to_string(errc::body_too_large)) == "body_too_large");
}

TEST_CASE("protocol limits: a response body longer than max_body_size, whatever its status, both readers") {
    const protocol::read_options options{.max_body_size = 64};
    for (int status : {200, 404, 500}) {
        CAPTURE(status);
        http::response response = json_response(status, errors(40));  // 132 bytes
        const auto read = protocol::read_response<dx::GetJob>(response, options);
        REQUIRE_FALSE(read);
        CHECK(read.error().code == errc::body_too_large);
        CHECK(read.error().message == "GetJob: the body is 132 bytes, more than read_options::max_body_size (64)");
        const auto in_place = protocol::read_response_in_place<dx::GetJob>(response, options);
        REQUIRE_FALSE(in_place);
        CHECK(in_place.error().code == errc::body_too_large);
        CHECK(response.body == errors(40));  // refused before it was parsed in place
    }
    // At the limit: read.
    http::response at_limit = json_response(200, errors(17));
    REQUIRE(at_limit.body.size() == 63);
    CHECK(protocol::read_response<dx::GetJob>(at_limit, options).has_value());
    // The default limit holds too: one byte past it.
    const auto huge = protocol::read_response<ses::GetImportJob>(
        json_response(200, R"({"JobId":")" + std::string(4 * 1024 * 1024, 'x') + R"("})"));
    REQUIRE_FALSE(huge);
    CHECK(huge.error().code == errc::body_too_large);
}

TEST_CASE("protocol limits: the codec's limits in a response are invalid_body with the codec's error") {
    const protocol::read_options options{.max_depth = 4, .max_elements = 10};
    const auto many = protocol::read_response<dx::GetJob>(json_response(200, errors(11)), options);
    REQUIRE_FALSE(many);
    CHECK(many.error().code == errc::invalid_body);
    REQUIRE(many.error().body_error);
    CHECK(many.error().body_error->code == awsjobs::errc::too_many_elements);
    CHECK(many.error().body_error->path == "$.Errors[10]");
    CHECK(protocol::read_response<dx::GetJob>(json_response(200, errors(10)), options).has_value());
    // The default element limit: 10,001 elements are refused.
    const auto defaults = protocol::read_response<dx::GetJob>(json_response(200, errors(10001)));
    REQUIRE_FALSE(defaults);
    REQUIRE(defaults.error().body_error);
    CHECK(defaults.error().body_error->code == awsjobs::errc::too_many_elements);

    http::response deep = json_response(200, R"({"Details":{"ImportAssetsFromS3":{"AssetSources":[{"Bucket":"b"}]}}})");
    const auto too_deep = protocol::read_response_in_place<dx::GetJob>(deep, options);
    REQUIRE_FALSE(too_deep);
    REQUIRE(too_deep.error().body_error);
    CHECK(too_deep.error().body_error->code == awsjobs::errc::depth_exceeded);

    // An error response's body past a limit leaves its details unknown, body_error saying why.
    const auto error = protocol::read_response<dx::GetJob>(
        http::response{404, {{"x-amzn-ErrorType", "ResourceNotFoundException"}}, R"({"Message":[[[[["deep"]]]]]})"}, options);
    REQUIRE(error);
    const auto& typed = std::get<1>(*error);
    CHECK(typed.code == dx::GetJobErrorCode::ResourceNotFoundException);
    REQUIRE(typed.body_error);
    CHECK(typed.body_error->code == awsjobs::errc::depth_exceeded);
}

TEST_CASE("protocol limits: a server refuses a request body longer than max_body_size with body_too_large") {
    http::request request{"GET", "/v1/jobs/j", {}, std::string(65, ' ')};
    const auto read = protocol::read_request<dx::GetJob>(request, {.max_body_size = 64});
    REQUIRE_FALSE(read);
    CHECK(read.error().code == errc::body_too_large);
    CHECK(protocol::http_status_for(read.error().code) == 413);
    request.body.pop_back();
    CHECK(protocol::read_request<dx::GetJob>(request, {.max_body_size = 64}).has_value());
}
