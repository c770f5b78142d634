// Pagination (protocol/paginate.hpp) on operations of the generated form, written here by hand
// so that the generic machinery is tested apart from the models: a NextToken paginator (Data
// Exchange ListJobs) and a marker paginator (Import/Export ListJobs: Jobs[-1].JobId while
// IsTruncated); then on the generated operations themselves.
#include <awsjobs/core/required.hpp>
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/importexport.hpp>
#include <awsjobs/protocol/binding.hpp>
#include <awsjobs/protocol/paginate.hpp>
#include <awsjobs/sesv2.hpp>
#include <doctest/doctest.h>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace protocol = awsjobs::protocol;
using protocol::errc;

namespace hand {

template <class String>
struct token_model {
    struct Entry {
        awsjobs::required<String> Id;
        BOOST_DESCRIBE_CLASS(Entry, (), (Id), (), ())
    };
    struct ListRequest {
        std::optional<String> DataSetId;
        std::optional<std::int32_t> MaxResults;
        std::optional<String> NextToken;
        BOOST_DESCRIBE_CLASS(ListRequest, (), (DataSetId, MaxResults, NextToken), (), ())
    };
    struct ListResponse {
        std::optional<std::vector<Entry>> Jobs;
        std::optional<String> NextToken;
        BOOST_DESCRIBE_CLASS(ListResponse, (), (Jobs, NextToken), (), ())
    };
};

// As Data Exchange ListJobs: NextToken in, NextToken out, MaxResults, Jobs.
struct TokenList {
    template <class String = std::string>
    using input = typename token_model<String>::ListRequest;
    template <class String = std::string>
    using output = typename token_model<String>::ListResponse;
    static constexpr protocol::operation_binding binding{"ListJobs", protocol::wire_protocol::rest_json, "GET", "/v1/jobs",
                                                         200, "2017-07-25", "application/json", "", ""};
    static constexpr protocol::paginator_binding paginator{
        .input_token = "NextToken",
        .output_token = "NextToken",
        .limit_key = "MaxResults",
        .more_results = "",
        .result_key = "Jobs",
    };
};

template <class String>
struct marker_model {
    struct Job {
        std::optional<String> JobId;
        std::optional<bool> IsCanceled;
        BOOST_DESCRIBE_CLASS(Job, (), (JobId, IsCanceled), (), ())
    };
    struct ListInput {
        std::optional<std::int32_t> MaxJobs;
        std::optional<String> Marker;
        std::optional<String> APIVersion;
        BOOST_DESCRIBE_CLASS(ListInput, (), (MaxJobs, Marker, APIVersion), (), ())
    };
    struct ListOutput {
        std::optional<std::vector<Job>> Jobs;
        std::optional<bool> IsTruncated;
        BOOST_DESCRIBE_CLASS(ListOutput, (), (Jobs, IsTruncated), (), ())
    };
};

// As Import/Export ListJobs: Marker = Jobs[-1].JobId while IsTruncated, MaxJobs, Jobs.
struct MarkerList {
    template <class String = std::string>
    using input = typename marker_model<String>::ListInput;
    template <class String = std::string>
    using output = typename marker_model<String>::ListOutput;
    static constexpr protocol::operation_binding binding{"ListJobs", protocol::wire_protocol::query, "POST", "/",
                                                         200, "2010-06-01", "", "http://importexport.amazonaws.com/doc/2010-06-01/", "ListJobsResult"};
    static constexpr protocol::paginator_binding paginator{
        .input_token = "Marker",
        .output_token = "Jobs[-1].JobId",
        .limit_key = "MaxJobs",
        .more_results = "IsTruncated",
        .result_key = "Jobs",
    };
};

}  // namespace hand

namespace {

using token_input = hand::TokenList::input<>;
using token_output = hand::TokenList::output<>;
using marker_input = hand::MarkerList::input<>;
using marker_output = hand::MarkerList::output<>;

token_output token_page(std::vector<std::string> ids, std::optional<std::string> next) {
    token_output page;
    page.Jobs.emplace();
    for (auto& id : ids) page.Jobs->push_back({std::move(id)});
    page.NextToken = std::move(next);
    return page;
}

marker_output marker_page(std::vector<std::string> ids, std::optional<bool> truncated) {
    marker_output page;
    page.Jobs.emplace();
    for (auto& id : ids) page.Jobs->push_back({std::move(id), false});
    page.IsTruncated = truncated;
    return page;
}

}  // namespace

static_assert(protocol::paginated_operation<hand::TokenList>);
static_assert(protocol::paginated_operation<hand::MarkerList>);

TEST_CASE("NextToken: the next request carries the page's token and every other member, the limit key included") {
    token_input first;
    first.DataSetId = "ds-1";
    first.MaxResults = 25;
    const auto next = protocol::next_page<hand::TokenList>(first, token_page({"a", "b"}, "token-2"));
    REQUIRE(next);
    REQUIRE(next->has_value());
    CHECK((*next)->NextToken == std::optional<std::string>("token-2"));
    CHECK((*next)->MaxResults == std::optional<std::int32_t>(25));
    CHECK((*next)->DataSetId == std::optional<std::string>("ds-1"));

    const auto third = protocol::next_page<hand::TokenList>(**next, token_page({"c"}, "token-3"));
    REQUIRE(third);
    REQUIRE(third->has_value());
    CHECK((*third)->NextToken == std::optional<std::string>("token-3"));
    CHECK((*third)->MaxResults == std::optional<std::int32_t>(25));
}

TEST_CASE("NextToken: a page without a token, or with an empty one, is the last") {
    token_input request;
    request.NextToken = "token-2";
    const auto absent = protocol::next_page<hand::TokenList>(request, token_page({"a"}, std::nullopt));
    REQUIRE(absent);
    CHECK_FALSE(absent->has_value());
    const auto empty = protocol::next_page<hand::TokenList>(request, token_page({"a"}, ""));
    REQUIRE(empty);
    CHECK_FALSE(empty->has_value());
    const auto no_jobs = protocol::next_page<hand::TokenList>(request, token_output{});
    REQUIRE(no_jobs);
    CHECK_FALSE(no_jobs->has_value());
}

TEST_CASE("NextToken: a page that returns the token it was asked with is an error, not an endless loop") {
    token_input request;
    request.NextToken = "token-2";
    const auto repeated = protocol::next_page<hand::TokenList>(request, token_page({"a"}, "token-2"));
    REQUIRE_FALSE(repeated);
    CHECK(repeated.error().code == errc::unexpected_response);
    CHECK(repeated.error().message ==
          "ListJobs: the page's NextToken is the NextToken it was asked with (\"token-2\"): the next page would be the same page");
}

TEST_CASE("Marker: the next request's Marker is the last job's JobId while IsTruncated; MaxJobs carried") {
    marker_input first;
    first.MaxJobs = 2;
    const auto next = protocol::next_page<hand::MarkerList>(first, marker_page({"JOB1", "JOB2"}, true));
    REQUIRE(next);
    REQUIRE(next->has_value());
    CHECK((*next)->Marker == std::optional<std::string>("JOB2"));
    CHECK((*next)->MaxJobs == std::optional<std::int32_t>(2));
    CHECK_FALSE((*next)->APIVersion.has_value());
}

TEST_CASE("Marker: IsTruncated false or absent is the last page, whatever the jobs") {
    marker_input request;
    request.Marker = "JOB2";
    for (const std::optional<bool> truncated : {std::optional<bool>(false), std::optional<bool>()}) {
        const auto last = protocol::next_page<hand::MarkerList>(request, marker_page({"JOB3"}, truncated));
        REQUIRE(last);
        CHECK_FALSE(last->has_value());
    }
}

TEST_CASE("Marker: IsTruncated without a job to take the marker from is an error") {
    marker_input request;
    const auto no_jobs = protocol::next_page<hand::MarkerList>(request, marker_page({}, true));
    REQUIRE_FALSE(no_jobs);
    CHECK(no_jobs.error().code == errc::unexpected_response);
    CHECK(no_jobs.error().message ==
          "ListJobs: the page's IsTruncated is true but it has no Jobs[-1].JobId to ask for the next page with");

    marker_output without_id = marker_page({"JOB1"}, true);
    without_id.Jobs->back().JobId.reset();
    const auto no_id = protocol::next_page<hand::MarkerList>(request, without_id);
    REQUIRE_FALSE(no_id);
    CHECK(no_id.error().code == errc::unexpected_response);

    marker_output absent_list;
    absent_list.IsTruncated = true;
    CHECK_FALSE(protocol::next_page<hand::MarkerList>(request, absent_list));
}

TEST_CASE("Marker: a last job whose JobId is the marker asked with is an error") {
    marker_input request;
    request.Marker = "JOB2";
    const auto repeated = protocol::next_page<hand::MarkerList>(request, marker_page({"JOB1", "JOB2"}, true));
    REQUIRE_FALSE(repeated);
    CHECK(repeated.error().code == errc::unexpected_response);
    CHECK(repeated.error().message ==
          "ListJobs: the page's Jobs[-1].JobId is the Marker it was asked with (\"JOB2\"): the next page would be the same page");
}

TEST_CASE("zero-copy types: the next request's token points into the page") {
    hand::MarkerList::input<std::string_view> request;
    request.MaxJobs = 1;
    hand::MarkerList::output<std::string_view> page;
    const std::string id = "JOB9";
    page.Jobs.emplace();
    page.Jobs->push_back({std::string_view(id), false});
    page.IsTruncated = true;
    const auto next = protocol::next_page<hand::MarkerList>(request, page);
    REQUIRE(next);
    REQUIRE(next->has_value());
    REQUIRE((*next)->Marker.has_value());
    CHECK(*(*next)->Marker == "JOB9");
    CHECK((*next)->Marker->data() == id.data());

    // An owning request from a zero-copy page copies the token.
    const auto owning = protocol::next_page<hand::MarkerList>(marker_input{}, page);
    REQUIRE(owning);
    CHECK((*owning)->Marker == std::optional<std::string>("JOB9"));
}

TEST_CASE("page_items: the result_key list of a page, empty when absent") {
    const token_output page = token_page({"a", "b", "c"}, std::nullopt);
    const auto items = protocol::page_items<hand::TokenList>(page);
    REQUIRE(items.size() == 3);
    CHECK(items[2].Id == std::string("c"));
    CHECK(protocol::page_items<hand::MarkerList>(marker_output{}).empty());
}

TEST_CASE("pager: every page once, then the end; the pages' items in order") {
    const std::vector<token_output> pages{token_page({"a", "b"}, "t2"), token_page({"c"}, "t3"), token_page({"d"}, "")};
    token_input first;
    first.MaxResults = 2;
    protocol::pager<hand::TokenList> pager(first);
    std::vector<std::string> asked;
    std::vector<std::string> ids;
    std::size_t served = 0;
    while (const auto* request = pager.next_request()) {
        REQUIRE(served < pages.size());
        CHECK(request->MaxResults == std::optional<std::int32_t>(2));
        asked.push_back(request->NextToken.value_or("(none)"));
        const token_output& page = pages[served++];
        for (const auto& job : protocol::page_items<hand::TokenList>(page)) ids.push_back(*job.Id);
        REQUIRE(pager.advance(page));
    }
    CHECK(served == 3);
    CHECK(pager.pages_read() == 3);
    CHECK(asked == std::vector<std::string>{"(none)", "t2", "t3"});
    CHECK(ids == std::vector<std::string>{"a", "b", "c", "d"});
}

TEST_CASE("pager: an error ends it, and says why") {
    protocol::pager<hand::MarkerList> pager(marker_input{});
    REQUIRE(pager.advance(marker_page({"JOB1"}, true)));
    REQUIRE(pager.next_request() != nullptr);
    CHECK(pager.next_request()->Marker == std::optional<std::string>("JOB1"));
    const auto stuck = pager.advance(marker_page({"JOB1"}, true));
    REQUIRE_FALSE(stuck);
    CHECK(stuck.error().code == errc::unexpected_response);
    CHECK(pager.next_request() == nullptr);
    CHECK(pager.pages_read() == 2);
}

// --- the generated operations: the paginators of the models ---

namespace dx = awsjobs::dataexchange;
namespace ie = awsjobs::importexport;

static_assert(protocol::paginated_operation<dx::ListJobs>);
static_assert(protocol::paginated_operation<ie::ListJobs>);
static_assert(!protocol::paginated_operation<dx::GetJob>);
static_assert(!protocol::paginated_operation<awsjobs::sesv2::ListImportJobs>);  // paginators-1.json has none

TEST_CASE("Data Exchange ListJobs (generated): NextToken to NextToken, MaxResults and the filters carried") {
    dx::ListJobsRequest first;
    first.DataSetId = "ds-1";
    first.MaxResults = 50;
    dx::ListJobsResponse page;
    page.Jobs.emplace(2);
    (*page.Jobs)[0].Id = "job-1";
    (*page.Jobs)[1].Id = "job-2";
    page.NextToken = "page-2";
    const auto next = protocol::next_page<dx::ListJobs>(first, page);
    REQUIRE(next);
    REQUIRE(next->has_value());
    CHECK((*next)->NextToken == std::optional<std::string>("page-2"));
    CHECK((*next)->MaxResults == std::optional<std::int32_t>(50));
    CHECK((*next)->DataSetId == std::optional<std::string>("ds-1"));
    CHECK(protocol::page_items<dx::ListJobs>(page).size() == 2);

    page.NextToken = "page-2";
    const auto repeated = protocol::next_page<dx::ListJobs>(**next, page);
    REQUIRE_FALSE(repeated);
    CHECK(repeated.error().code == errc::unexpected_response);
    page.NextToken.reset();
    const auto last = protocol::next_page<dx::ListJobs>(**next, page);
    REQUIRE(last);
    CHECK_FALSE(last->has_value());
}

TEST_CASE("Import/Export ListJobs (generated): Marker is the last JobId while IsTruncated, MaxJobs carried") {
    ie::ListJobsInput first;
    first.MaxJobs = 2;
    ie::ListJobsOutput page;
    page.Jobs.emplace(2);
    (*page.Jobs)[0].JobId = "ABCDE";
    (*page.Jobs)[1].JobId = "FGHIJ";
    page.IsTruncated = true;
    const auto next = protocol::next_page<ie::ListJobs>(first, page);
    REQUIRE(next);
    REQUIRE(next->has_value());
    CHECK((*next)->Marker == std::optional<std::string>("FGHIJ"));
    CHECK((*next)->MaxJobs == std::optional<std::int32_t>(2));

    page.IsTruncated = false;
    const auto last = protocol::next_page<ie::ListJobs>(**next, page);
    REQUIRE(last);
    CHECK_FALSE(last->has_value());
    page.IsTruncated = true;
    page.Jobs->clear();
    CHECK_FALSE(protocol::next_page<ie::ListJobs>(**next, page));
}
