// The protocol layer on operations written by hand (hand_operations.hpp): members of every type
// in every location, both ways; the model's status, no output, an empty output; an older
// request form; query-protocol forms of every type, nested. The expected bytes are botocore's
// (1.43) for the same values.
#include "hand_operations.hpp"

#include <awsjobs/protocol.hpp>
#include <doctest/doctest.h>

#include <chrono>
#include <string>

namespace http = awsjobs::http;
namespace protocol = awsjobs::protocol;
using protocol::errc;

namespace {

const awsjobs::iso8601_timestamp jan2(std::chrono::sys_seconds(std::chrono::seconds(1577934245)));

hand::Every::input<> every() {
    hand::Every::input<> in;
    in.JobId = "job 1/2";
    in.Revision.emplace(7);
    in.MaxResults = 50;
    in.Verbose = true;
    in.Since = jan2;
    in.States = std::vector<std::string>{"A", "B c"};
    in.Kind = awsjobs::importexport::JobType::Import;
    in.Tags.emplace();
    in.Tags->insert_or_assign("team", "x y");
    in.Tags->insert_or_assign("b", "2");
    in.Token = "tok,en";
    in.Size = 5000000000;
    in.DryRun = false;
    in.ModifiedSince = jan2;
    in.Name = "n";
    in.Filters = std::vector<hand::model<>::Filter>{{"f", std::vector<std::string>{"1", "2"}}};
    in.Priority = -3;
    in.Due = jan2;
    return in;
}

const char* const every_target =
    "/v1/jobs/job%201%2F2/revisions/7?maxResults=50&verbose=true&since=2020-01-02T03%3A04%3A05Z&state=A&state=B%20c"
    "&kind=Import&team=x%20y&b=2";

template <class Op>
protocol::error refusal(const http::request& request, const protocol::read_options& options = {}) {
    auto read = protocol::read_request<Op>(request, options);
    REQUIRE_FALSE(read);
    return read.error();
}

http::request every_request(std::string target, http::fields headers = {}, std::string body = {}) {
    return http::request{"POST", std::move(target), std::move(headers), std::move(body)};
}

http::request form_request(std::string body) {
    return http::request{"POST", "/", {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}}, std::move(body)};
}

}  // namespace

TEST_CASE("REST-JSON request: labels, query string, headers and a JSON body of the body members alone") {
    const auto request = protocol::make_request<hand::Every>(every());
    REQUIRE(request);
    CHECK(request->method == "POST");
    CHECK(request->target == every_target);
    CHECK(request->headers == http::fields{{"x-amz-token", "tok,en"},
                                           {"x-amz-size", "5000000000"},
                                           {"x-amz-dry-run", "false"},
                                           {"If-Modified-Since", "Thu, 02 Jan 2020 03:04:05 GMT"},
                                           {"Content-Type", "application/json"}});
    CHECK(request->body == R"({"Name":"n","Filters":[{"Name":"f","Values":["1","2"]}],"Priority":-3,"Due":1577934245})");

    // Only the labels set: no query string, no headers but Content-Type, and `{}`, as botocore
    // sends whenever the input has body members.
    hand::Every::input<> labels;
    labels.JobId = "j";
    labels.Revision.emplace(1);
    const auto minimal = protocol::make_request<hand::Every>(labels);
    REQUIRE(minimal);
    CHECK(minimal->target == "/v1/jobs/j/revisions/1");
    CHECK(minimal->headers == http::fields{{"Content-Type", "application/json"}});
    CHECK(minimal->body == "{}");

    // No body members at all: no body, no Content-Type.
    hand::Cancel::input<> cancel;
    cancel.JobId = "j";
    const auto no_body = protocol::make_request<hand::Cancel>(cancel);
    REQUIRE(no_body);
    CHECK(no_body->method == "DELETE");
    CHECK(no_body->headers.empty());
    CHECK(no_body->body.empty());
}

TEST_CASE("REST-JSON request: the server reads every member back from where it travels") {
    const auto request = protocol::make_request<hand::Every>(every());
    REQUIRE(request);
    const auto read = protocol::read_request<hand::Every>(*request);
    REQUIRE(read);
    CHECK(*read == every());

    // Header names in any case, query parameters in any order, '+' as a space.
    const auto shuffled = protocol::read_request<hand::Every>(every_request(
        "/v1/jobs/j/revisions/0?b=2&state=x&verbose=false&state=y+z&maxResults=-1",
        {{"X-AMZ-SIZE", "-9223372036854775808"}, {"if-modified-since", "Thu, 02 Jan 2020 03:04:05 GMT"}}));
    REQUIRE(shuffled);
    CHECK(shuffled->Revision == 0);
    CHECK(shuffled->Verbose == false);
    CHECK(shuffled->MaxResults == -1);
    CHECK(shuffled->States == std::vector<std::string>{"x", "y z"});
    CHECK(shuffled->Size == INT64_MIN);
    CHECK(shuffled->ModifiedSince == awsjobs::epoch_timestamp(jan2));
    REQUIRE(shuffled->Tags);  // the parameters no other member names
    CHECK(shuffled->Tags->size() == 1);
    CHECK(shuffled->Tags->at("b") == "2");
    CHECK_FALSE(shuffled->Name);

    const auto twice = protocol::read_request<hand::Every>(every_request("/v1/jobs/j/revisions/0?b=2&b=3"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == errc::invalid_parameter);
    CHECK(twice.error().message == "Every: the query parameter b appears twice");
}

TEST_CASE("REST-JSON request: a value that is not its member's type is refused, naming where it is") {
    auto e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/seven"));
    CHECK(e.code == errc::invalid_label);
    CHECK(e.message == "Every: the {Revision} label is not a decimal integer");
    CHECK(protocol::http_status_for(e.code) == 400);

    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/2147483648"));
    CHECK(e.message == "Every: the {Revision} label is out of the range of an int32");

    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1?verbose=yes"));
    CHECK(e.code == errc::invalid_parameter);
    CHECK(e.message == "Every: the query parameter verbose is not a boolean (true or false)");

    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1?maxResults=10&maxResults=20"));
    CHECK(e.code == errc::invalid_parameter);
    CHECK(e.message == "Every: the query parameter maxResults appears twice");

    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1?maxResults=+5"));
    CHECK(e.message == "Every: the query parameter maxResults is not a decimal integer");
    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1?maxResults="));
    CHECK(e.message == "Every: the query parameter maxResults is not a decimal integer");

    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1?since=yesterday"));
    CHECK(e.message.starts_with("Every: the query parameter since is not a timestamp: "));

    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1?state=%FF"));
    CHECK(e.message == "Every: the query parameter state is not UTF-8 once decoded (byte 0 of its value)");

    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1?b=%2"));
    CHECK(e.code == errc::bad_escape);
    CHECK(e.message == "Every: the query string has a % without two hex digits at offset 25 of the target");

    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1", {{"x-amz-dry-run", "1"}}));
    CHECK(e.message == "Every: the header x-amz-dry-run is not a boolean (true or false)");
    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1", {{"x-amz-token", "a"}, {"X-Amz-Token", "b"}}));
    CHECK(e.message == "Every: the header x-amz-token appears twice");
    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1", {{"If-Modified-Since", "2020-01-02T03:04:05Z"}}));
    CHECK(e.message == "Every: the header If-Modified-Since is not a timestamp: expected an HTTP date such as Thu, 02 "
                       "Jan 2020 03:04:05 GMT");
    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1", {{"If-Modified-Since", "Fri, 02 Jan 2020 03:04:05 GMT"}}));
    CHECK(e.message == "Every: the header If-Modified-Since is not a timestamp: the weekday is not the date's");

    e = refusal<hand::Every>(every_request("/v1/jobs/j/revisions/1", {}, R"({"Priority":"high"})"));
    CHECK(e.code == errc::invalid_body);
    REQUIRE(e.body_error);
}

TEST_CASE("REST-JSON request: a body key naming a located member does not set it; the location does") {
    const auto read = protocol::read_request<hand::Every>(
        every_request("/v1/jobs/j/revisions/1?maxResults=5", {}, R"({"JobId":"other","MaxResults":9,"Token":"t","Name":"n"})"));
    REQUIRE(read);
    CHECK(read->JobId == "j");
    CHECK(read->MaxResults == 5);
    CHECK_FALSE(read->Token);
    CHECK(read->Name == "n");
}

TEST_CASE("REST-JSON request: the target and its parameters are bounded by read_options") {
    const std::string long_target = "/v1/jobs/j/revisions/1?state=" + std::string(16 * 1024, 'x');
    auto e = refusal<hand::Every>(every_request(long_target));
    CHECK(e.code == errc::target_too_large);
    CHECK(e.message == "Every: the target is " + std::to_string(long_target.size()) +
                           " bytes, more than read_options::max_target_size (16384)");
    CHECK(protocol::http_status_for(e.code) == 414);

    std::string many = "/v1/jobs/j/revisions/1?state=a";
    for (int i = 0; i != 10; ++i) many += "&state=a";
    e = refusal<hand::Every>(every_request(many), {.max_parameters = 10});
    CHECK(e.code == errc::target_too_large);
    CHECK(e.message == "Every: the query string has 11 parameters, more than read_options::max_parameters (10)");
    const auto read = protocol::read_request<hand::Every>(every_request(many), {.max_parameters = 11});
    REQUIRE(read);
    CHECK(read->States->size() == 11);
}

TEST_CASE("REST-JSON request: a required query-string member that is absent is refused") {
    // Revision is a label: a path without it is another path.
    CHECK(refusal<hand::Every>(every_request("/v1/jobs/j/revisions/")).code == errc::invalid_label);
    CHECK(refusal<hand::Every>(every_request("/v1/jobs/j")).code == errc::wrong_path);
}

TEST_CASE("responses: the model's status; no output has no body; an empty output is {}") {
    const auto created = protocol::make_response<hand::Every>(hand::Every::output<>{"id", 2}, "req-1");
    REQUIRE(created);
    CHECK(created->status == 201);
    CHECK(created->body == R"({"Id":"id","Count":2})");

    const auto started = protocol::make_response<hand::Start>(hand::Start::output<>{}, "req-2");
    REQUIRE(started);
    CHECK(started->status == 202);
    CHECK(started->body == "{}");
    CHECK(started->headers == http::fields{{"Content-Type", "application/json"}, {"x-amzn-RequestId", "req-2"}});

    const auto cancelled = protocol::make_response<hand::Cancel>(awsjobs::no_output{}, "req-3");
    REQUIRE(cancelled);
    CHECK(cancelled->status == 204);
    CHECK(cancelled->body.empty());
    CHECK(cancelled->headers == http::fields{{"x-amzn-RequestId", "req-3"}});

    // The client: any 2xx is no_output; a body there is not read (botocore reads none either).
    for (const char* body : {"", " \r\n", "{}", "not json"}) {
        const auto read = protocol::read_response<hand::Cancel>(http::response{204, {}, body});
        REQUIRE(read);
        CHECK(read->index() == 0);
    }
    const auto read_started = protocol::read_response<hand::Start>(*started);
    REQUIRE(read_started);
    CHECK(read_started->index() == 0);
    const auto read_created = protocol::read_response<hand::Every>(*created);
    REQUIRE(read_created);
    CHECK(std::get<0>(*read_created).Count == 2);
    // A no_output operation's errors are read as any other's.
    const auto failed = protocol::read_response<hand::Cancel>(
        http::response{404, {{"x-amzn-ErrorType", "ResourceNotFoundException"}}, R"({"Message":"gone"})"});
    REQUIRE(failed);
    REQUIRE(failed->index() == 1);
    CHECK(std::get<1>(*failed).message == "gone");
}

TEST_CASE("an operation with an older request form: the server reads both, the client sends today's") {
    hand::List::input<> in;
    in.Type = awsjobs::importexport::JobType::Export;
    in.NextToken = "t 1";
    in.PageSize = 20;
    const auto request = protocol::make_request<hand::List>(in);
    REQUIRE(request);
    CHECK(request->method == "POST");
    CHECK(request->target == "/v2/email/import-jobs/list");
    CHECK(request->body == R"({"Type":"Export","NextToken":"t 1","PageSize":20})");
    const auto current = protocol::read_request<hand::List>(*request);
    REQUIRE(current);
    CHECK(*current == in);

    const auto legacy = protocol::read_request<hand::List>(
        http::request{"GET", "/v2/email/import-jobs?NextToken=t%201&PageSize=20", {}, R"({"Type":"Export","PageSize":99})"});
    REQUIRE(legacy);
    CHECK(*legacy == in);

    // Neither form: the current form's error.
    auto e = refusal<hand::List>(http::request{"GET", "/v2/email/import-jobs/list", {}, {}});
    CHECK(e.code == errc::wrong_method);
    CHECK(e.message == "List: the method is GET, expected POST");
    e = refusal<hand::List>(http::request{"POST", "/v2/email/import-jobs", {}, {}});
    CHECK(e.code == errc::wrong_path);
    // The older form's own errors are its.
    e = refusal<hand::List>(http::request{"GET", "/v2/email/import-jobs?PageSize=x", {}, {}});
    CHECK(e.message == "List: the query parameter PageSize is not a decimal integer");
}

TEST_CASE("query protocol: form members of every type, nested, as botocore writes them") {
    hand::Form::input<> in;
    in.ValidateOnly.emplace(false);
    in.MaxJobs = 10;
    in.Bytes = -5;
    in.Since = jan2;
    in.JobType = awsjobs::importexport::JobType::Import;
    in.jobIds = std::vector<std::string>{"A", "B c"};
    in.Home = hand::model<>::Address{"1 Main St", std::vector<std::string>{}};
    in.Addresses = std::vector<hand::model<>::Address>{{"x", std::nullopt}, {"y", std::vector<std::string>{"l1"}}};
    in.Tags.emplace();
    in.Tags->insert_or_assign("k", "v");
    const auto request = protocol::make_request<hand::Form>(in);
    REQUIRE(request);
    CHECK(request->body ==
          "Action=Form&Version=2010-06-01&ValidateOnly=false&MaxJobs=10&Bytes=-5&Since=2020-01-02T03%3A04%3A05Z"
          "&JobType=Import&jobIds.member.1=A&jobIds.member.2=B+c&Home.Street=1+Main+St&Home.Lines="
          "&Addresses.member.1.Street=x&Addresses.member.2.Street=y&Addresses.member.2.Lines.member.1=l1"
          "&Tags.entry.1.key=k&Tags.entry.1.value=v");
    const auto read = protocol::read_request<hand::Form>(*request);
    REQUIRE(read);
    CHECK(*read == in);

    // Any order, and the empty list stays empty rather than unset.
    const auto shuffled = protocol::read_request<hand::Form>(
        form_request("jobIds.member.2=b&Version=2010-06-01&jobIds.member.1=a&Action=Form&ValidateOnly=true&Home.Lines=&Home.Street=s"));
    REQUIRE(shuffled);
    CHECK(shuffled->ValidateOnly == true);
    CHECK(shuffled->jobIds == std::vector<std::string>{"a", "b"});
    CHECK(shuffled->Home->Lines == std::vector<std::string>{});
}

TEST_CASE("query protocol: a bad index, a gap, a field twice, a bad boolean are refused, naming the field") {
    const std::string head = "Action=Form&Version=2010-06-01&ValidateOnly=true";
    auto e = refusal<hand::Form>(form_request(head + "&jobIds.member.0=a"));
    CHECK(e.code == errc::invalid_parameter);
    CHECK(e.message == "Form: the parameter jobIds.member.0 has an index that is not a positive decimal integer without leading zeros");
    CHECK(refusal<hand::Form>(form_request(head + "&jobIds.member.01=a")).code == errc::invalid_parameter);
    CHECK(refusal<hand::Form>(form_request(head + "&jobIds.member.x=a")).code == errc::invalid_parameter);
    CHECK(refusal<hand::Form>(form_request(head + "&jobIds.member.=a")).code == errc::invalid_parameter);
    CHECK(refusal<hand::Form>(form_request(head + "&jobIds.member.99999999999999999999999=a")).code ==
          errc::invalid_parameter);

    e = refusal<hand::Form>(form_request(head + "&jobIds.member.1=a&jobIds.member.3=c"));
    CHECK(e.message == "Form: the parameter jobIds.member.2 is missing: the indexes have a gap");

    e = refusal<hand::Form>(form_request(head + "&jobIds.member.1=a&jobIds.member.1=b"));
    CHECK(e.message == "Form: the parameter jobIds.member.1 appears twice");

    e = refusal<hand::Form>(form_request("Action=Form&Version=2010-06-01&ValidateOnly=True"));
    CHECK(e.message == "Form: the parameter ValidateOnly is not a boolean (true or false)");

    e = refusal<hand::Form>(form_request("Action=Form&Version=2010-06-01"));
    CHECK(e.code == errc::missing_parameter);
    CHECK(e.message == "Form: the required parameter ValidateOnly is absent");

    e = refusal<hand::Form>(form_request(head + "&Addresses.member.1.Lines.member.1=l"));
    CHECK(e.code == errc::missing_parameter);
    CHECK(e.message == "Form: the required parameter Addresses.member.1.Street is absent");

    e = refusal<hand::Form>(form_request(head + "&jobIds=a"));
    CHECK(e.message == "Form: the parameter jobIds is a list: an empty one is jobIds= alone, elements are jobIds.member.N");

    e = refusal<hand::Form>(form_request(head + "&Tags.entry.1.key=k&Tags.entry.2.key=k"));
    CHECK(e.message == "Form: the parameter Tags.entry.2.key repeats the key of an earlier entry");

    e = refusal<hand::Form>(form_request(head + "&MaxJobs=9999999999"));
    CHECK(e.message == "Form: the parameter MaxJobs is out of the range of an int32");

    // Elements count against read_options::max_elements, over the whole form.
    e = refusal<hand::Form>(form_request(head + "&jobIds.member.1=a&jobIds.member.2=b&jobIds.member.3=c"), {.max_elements = 2});
    CHECK(e.message == "Form: the parameter jobIds has more elements than read_options::max_elements allows");

    std::string many = head;
    for (int i = 1; i <= 20; ++i) many += "&jobIds.member." + std::to_string(i) + "=x";
    e = refusal<hand::Form>(form_request(many), {.max_parameters = 20});
    CHECK(e.code == errc::target_too_large);
    CHECK(protocol::read_request<hand::Form>(form_request(many), {.max_parameters = 23}));
}

TEST_CASE("a view input makes the same request as the owning one") {
    const hand::Every::input<> owning = every();
    hand::Every::input<std::string_view> view;
    view.JobId = std::string_view(*owning.JobId);
    view.Revision.emplace(*owning.Revision);
    view.MaxResults = owning.MaxResults;
    view.Verbose = owning.Verbose;
    view.Since = owning.Since;
    view.States = std::vector<std::string_view>(owning.States->begin(), owning.States->end());
    view.Kind = awsjobs::importexport::JobType::Import;
    view.Tags.emplace();
    view.Tags->insert_or_assign("team", "x y");
    view.Tags->insert_or_assign("b", "2");
    view.Token = std::string_view(*owning.Token);
    view.Size = owning.Size;
    view.DryRun = owning.DryRun;
    view.ModifiedSince = owning.ModifiedSince;
    view.Name = std::string_view(*owning.Name);
    view.Filters = std::vector<hand::model<std::string_view>::Filter>{
        {std::string_view("f"), std::vector<std::string_view>{"1", "2"}}};
    view.Priority = owning.Priority;
    view.Due = owning.Due;
    const auto from_view = protocol::make_request<hand::Every>(view);
    const auto from_owning = protocol::make_request<hand::Every>(owning);
    REQUIRE(from_view);
    REQUIRE(from_owning);
    CHECK(from_view->target == from_owning->target);
    CHECK(from_view->headers == from_owning->headers);
    CHECK(from_view->body == from_owning->body);
}
