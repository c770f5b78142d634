// check_constraints: the models' lengths, sizes, ranges and patterns on the generated shapes, and
// the pattern matcher under it (awsjobs/core/detail/pattern.hpp).
#include <awsjobs/awsjobs.hpp>
#include <awsjobs/core/check_constraints.hpp>

#include <doctest/doctest.h>

#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
using awsjobs::detail::compile_pattern;
using awsjobs::detail::pattern_search;

namespace {

// "code path: message" of each violation, for comparing whole lists.
template <class T>
std::vector<std::string> violations(const T& value) {
    std::vector<std::string> found;
    for (const awsjobs::error& e : awsjobs::check_constraints(value)) {
        CHECK(e.code == awsjobs::errc::constraint_violation);
        CHECK(e.offset == awsjobs::error::no_offset);
        found.push_back(e.path + ": " + e.message);
    }
    return found;
}

bool search(std::string_view pattern, std::string_view text) {
    const auto compiled = compile_pattern(pattern);
    REQUIRE_MESSAGE(compiled.error.empty(), compiled.error);
    return pattern_search(compiled, text);
}

std::string refusal(std::string_view pattern) { return compile_pattern(pattern).error; }

const std::string id32(32, 'a');

ses::CreateExportJobRequest metrics_export(std::size_t metrics) {
    ses::MetricsDataSource source;
    source.Dimensions.emplace();
    (*source.Dimensions)[ses::MetricDimensionName::ISP] = {"isp"};
    source.Metrics.emplace(metrics, ses::ExportMetric{});
    ses::CreateExportJobRequest request;
    request.ExportDataSource = ses::ExportDataSource(std::move(source));
    request.ExportDestination.emplace();
    return request;
}

}  // namespace

TEST_CASE("check_constraints: a value within every limit has no violation") {
    dx::ImportAssetsFromS3RequestDetails details;
    details.DataSetId = id32;
    details.RevisionId = std::string(40, '7');
    CHECK(violations(details).empty());
    CHECK(violations(metrics_export(10)).empty());
    CHECK(violations(dx::ListJobsRequest{}).empty());  // absent members are check_required's business
}

TEST_CASE("check_constraints: a list's size, on and over each bound") {
    dx::AssetConfiguration tags;
    tags.Tags.emplace(50);
    CHECK(violations(tags).empty());
    tags.Tags->emplace_back();
    CHECK(violations(tags) == std::vector<std::string>{"$.Tags: 51 elements, more than the maximum 50"});

    CHECK(violations(metrics_export(1)).empty());
    CHECK(violations(metrics_export(0)) ==
          std::vector<std::string>{"$.ExportDataSource.MetricsDataSource.Metrics: 0 elements, fewer than the minimum 1"});
    CHECK(violations(metrics_export(11)) ==
          std::vector<std::string>{"$.ExportDataSource.MetricsDataSource.Metrics: 11 elements, more than the maximum 10"});
}

TEST_CASE("check_constraints: a map's size and each value's, through the map's keys") {
    auto request = metrics_export(1);
    auto& dimensions = *std::get_if<1>(&request.ExportDataSource->as_variant())->Dimensions;
    dimensions[ses::MetricDimensionName::EMAIL_IDENTITY] = std::vector<std::string>(10, "a@example.com");
    dimensions[ses::MetricDimensionName::CONFIGURATION_SET] = {"set"};
    CHECK(violations(request).empty());  // 3 keys, 10 values
    dimensions[ses::MetricDimensionName::EMAIL_IDENTITY].push_back("b@example.com");
    dimensions[awsjobs::open_enum<ses::MetricDimensionName>::from_wire("FOURTH")] = {"x"};
    const auto found = violations(request);
    REQUIRE(found.size() == 2);
    CHECK(found[0] == "$.ExportDataSource.MetricsDataSource.Dimensions: 4 elements, more than the maximum 3");
    CHECK(found[1] ==
          "$.ExportDataSource.MetricsDataSource.Dimensions.EMAIL_IDENTITY: 11 elements, more than the maximum 10");
    dimensions.clear();
    CHECK(violations(request) == std::vector<std::string>{
                                     "$.ExportDataSource.MetricsDataSource.Dimensions: 0 elements, fewer than the minimum 1"});
}

TEST_CASE("check_constraints: a number's range, on and over each bound") {
    dx::ListJobsRequest list;
    for (int ok : {1, 200}) {
        list.MaxResults = ok;
        CHECK(violations(list).empty());
    }
    list.MaxResults = 0;
    CHECK(violations(list) == std::vector<std::string>{"$.MaxResults: 0 is less than the minimum 1"});
    list.MaxResults = 201;
    CHECK(violations(list) == std::vector<std::string>{"$.MaxResults: 201 is more than the maximum 200"});

    ses::MessageInsightsDataSource insights;
    insights.MaxResults = 10000;
    CHECK(violations(insights).empty());
    insights.MaxResults = 10001;
    CHECK(violations(insights) == std::vector<std::string>{"$.MaxResults: 10001 is more than the maximum 10000"});
}

TEST_CASE("check_constraints: a string's length counts code points, not bytes") {
    dx::KmsKeyToGrant key;
    key.KmsKeyArn = std::string(2048, 'k');
    CHECK(violations(key).empty());
    key.KmsKeyArn = std::string(2049, 'k');
    CHECK(violations(key) ==
          std::vector<std::string>{"$.KmsKeyArn: length 2049 is more than the maximum 2048 (Unicode code points)"});
    // 2047 ASCII and one 2-byte character: 2049 bytes, 2048 code points.
    key.KmsKeyArn = std::string(2047, 'k') + "\xC3\xA9";
    CHECK(key.KmsKeyArn->size() == 2049);
    CHECK(violations(key).empty());
    key.KmsKeyArn = "";
    CHECK(violations(key) ==
          std::vector<std::string>{"$.KmsKeyArn: length 0 is less than the minimum 1 (Unicode code points)"});

    // Views count the same.
    dx::view::KmsKeyToGrant view;
    view.KmsKeyArn = std::string_view("\xE2\x82\xAC");  // one code point, three bytes
    CHECK(violations(view).empty());
}

TEST_CASE("check_constraints: lengths and patterns deep in lists, with the path to each") {
    dx::CreateJobRequest create;
    dx::ImportAssetsFromLakeFormationTagPolicyRequestDetails lake;
    lake.CatalogId = "12345678901";  // 11 digits
    lake.RoleArn = "arn:aws:iam::123456789012:role/Importer";
    lake.DataSetId = id32;
    lake.RevisionId = "short";
    create.Details = dx::RequestDetails(std::move(lake));
    const auto found = violations(create);
    REQUIRE(found.size() == 2);
    CHECK(found[0] == "$.Details.ImportAssetsFromLakeFormationTagPolicy.CatalogId: length 11 is less than the minimum "
                      "12 (Unicode code points)");
    CHECK(found[1] == "$.Details.ImportAssetsFromLakeFormationTagPolicy.RevisionId: does not match the pattern "
                      "`[a-zA-Z0-9]{30,40}` (length 5)");

    dx::S3DataAccessAssetSourceEntry entry;
    entry.KmsKeysToGrant.emplace(2);
    (*entry.KmsKeysToGrant)[0].KmsKeyArn = "arn:aws:kms:us-east-1:123456789012:key/k";
    (*entry.KmsKeysToGrant)[1].KmsKeyArn = std::string(3000, 'x');
    CHECK(violations(entry) == std::vector<std::string>{
                                   "$.KmsKeysToGrant[1].KmsKeyArn: length 3000 is more than the maximum 2048 (Unicode "
                                   "code points)"});
    entry.KmsKeysToGrant->clear();
    CHECK(violations(entry) == std::vector<std::string>{"$.KmsKeysToGrant: 0 elements, fewer than the minimum 1"});
}

TEST_CASE("check_constraints: AwsAccountId's unsatisfiable pattern is not enforced, its length is") {
    dx::ImportAssetsFromLakeFormationTagPolicyRequestDetails lake;
    lake.CatalogId = "123456789012";
    CHECK(violations(lake).empty());
    // As ECMA-262 reads the model's pattern, nothing matches it: enforcing it would refuse every request.
    CHECK_FALSE(search(R"(.*/^[\d]{12}$/.*)", "123456789012"));
    CHECK_FALSE(search(R"(.*/^[\d]{12}$/.*)", "x/123456789012/y"));
}

TEST_CASE("pattern: the models' patterns, matching and not") {
    const char* role = R"(arn:aws:iam::(\d{12}):role\/.+)";
    CHECK(search(role, "arn:aws:iam::123456789012:role/Importer"));
    CHECK_FALSE(search(role, "arn:aws:iam::12345678901:role/Importer"));
    CHECK_FALSE(search(role, "arn:aws:iam::123456789012:role/"));
    CHECK(search(role, "prefix arn:aws:iam::123456789012:role/x"));  // search: not anchored

    const char* id = "[a-zA-Z0-9]{30,40}";
    CHECK(search(id, std::string(30, 'a')));
    CHECK(search(id, std::string(41, 'a')));  // 40 of them are a match: not anchored
    CHECK_FALSE(search(id, std::string(29, 'a')));
    CHECK_FALSE(search(id, std::string(15, 'a') + "-" + std::string(15, 'b')));

    const char* base64 = "(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?";
    CHECK(search(base64, "1B2M2Y8AsgTpgAmY7PhCfg=="));
    CHECK(search(base64, "!!!"));  // matches the empty string anywhere: the model's pattern constrains nothing alone

    const char* s3 = R"(^s3:\/\/([^\/]+)\/(.*?([^\/]+)\/?)$)";
    CHECK(search(s3, "s3://amzn-s3-demo-bucket/contacts.csv"));
    CHECK(search(s3, "s3://bucket/dir/sub/"));
    CHECK_FALSE(search(s3, "s3://bucket"));
    CHECK_FALSE(search(s3, "s3://bucket/"));
    CHECK_FALSE(search(s3, "https://bucket/key"));
    CHECK_FALSE(search(s3, "xs3://bucket/key"));  // ^ anchors at the start only

    const char* header = "^[!-9;-@A-~]+$";
    CHECK(search(header, "X-Header"));
    CHECK_FALSE(search(header, "X:Header"));
    CHECK_FALSE(search(header, ""));

    CHECK(search(R"(^[\w\-_]+$)", "end-point_1"));
    CHECK_FALSE(search(R"(^[\w\-_]+$)", "end point"));
    CHECK(search(R"([\x21-\x7E]{1,64})", "token"));
    CHECK_FALSE(search(R"([\x21-\x7E]{1,64})", " \t"));
    CHECK(search("^^([A-Za-z0-9+/]{4})*$", "abcd"));
    CHECK(search(R"(^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\-]*[a-zA-Z0-9]))$)", "a-b"));
    CHECK_FALSE(search(R"(^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\-]*[a-zA-Z0-9]))$)", "a-"));
}

TEST_CASE("pattern: ECMA-262's semantics over code points") {
    CHECK(search("^.$", "\xC3\xA9"));        // one code point, two bytes
    CHECK_FALSE(search("^..$", "\xC3\xA9"));
    CHECK(search("^[^a]$", "\xE2\x82\xAC"));
    CHECK(search("^\\u20AC$", "\xE2\x82\xAC"));
    CHECK_FALSE(search("^.$", "\n"));  // . is not a line terminator
    CHECK(search("^\\s$", "\xE2\x80\xA8"));  // U+2028 is white space for \s
    CHECK(search("^a{2,3}?$", "aaa"));  // lazy forms accept the same strings
    CHECK(search("^(?:ab|cd)+?$", "abcdab"));
    CHECK_FALSE(search("^(?:ab|cd)+$", "abc"));
    CHECK(search("a{0}b", "b"));
    CHECK(search("^(a|)$", ""));
    CHECK(search("^\\D\\W\\S$", "a!x"));
    CHECK_FALSE(search("^\\D$", "5"));
    CHECK(search("[^\\d]", "5a"));
    // ^ and $ hold only at the ends of the input, wherever they are in the pattern.
    CHECK_FALSE(search("a^b", "ab"));
    CHECK_FALSE(search("c|^b", "ab"));
    CHECK(search("c|^b", "ba"));
    CHECK_FALSE(search("a$b", "ab"));
}

TEST_CASE("pattern: outside the subset is refused with where and why, never taken for a match") {
    CHECK(refusal("(?=a)b").find("offset 1: only (?: ...) groups") != std::string::npos);
    CHECK(refusal("(a)\\1").find("offset 4: this escape") != std::string::npos);
    CHECK(refusal("\\bword").find("offset 1") != std::string::npos);
    CHECK_FALSE(refusal("a**").empty());
    CHECK_FALSE(refusal("a{2").empty());
    CHECK_FALSE(refusal("a{3,2}").empty());
    CHECK_FALSE(refusal("(ab").empty());
    CHECK_FALSE(refusal("ab)").empty());
    CHECK_FALSE(refusal("[ab").empty());
    CHECK_FALSE(refusal("[z-a]").empty());
    CHECK_FALSE(refusal("*a").empty());
    CHECK_FALSE(refusal("^*").empty());
    CHECK_FALSE(refusal("a{1001}").empty());
    CHECK_FALSE(refusal("(?:a{1000}){1000}").empty());  // a program too large: bounded memory
    CHECK_FALSE(refusal(std::string(100, '(') + std::string(100, ')')).empty());
    const auto refused = compile_pattern("(?<name>a)");
    CHECK_FALSE(refused.error.empty());
    CHECK_FALSE(pattern_search(refused, "a"));
}

TEST_CASE("pattern: linear in the input, without recursion: 1 MiB against the models' patterns") {
    const std::string mib(1 << 20, 'a');
    CHECK(search(R"(^s3:\/\/([^\/]+)\/(.*?([^\/]+)\/?)$)", "s3://b/" + mib));
    CHECK_FALSE(search(R"(^s3:\/\/([^\/]+)\/(.*?([^\/]+)\/?)$)", "s3://b/" + mib + "//"));  // no name before the last /
    CHECK_FALSE(search(R"(arn:aws:iam::(\d{12}):role\/.+)", mib));
    // The classic exponential case for backtracking matchers.
    CHECK_FALSE(search("^(a+)+$", mib + "!"));
    CHECK_FALSE(search("^(?:a|a)*b$", mib));
    // Counted repetition is a longer program, still one pass.
    CHECK_FALSE(search("[a-zA-Z0-9]{30,40}", std::string(1 << 16, '-')));
}

TEST_CASE("pattern: every pattern the generated shapes carry compiles") {
    std::size_t patterns = 0;
    auto each_struct = [&](auto shape) {
        using T = typename decltype(shape)::type;
        if constexpr (awsjobs::detail::has_constraints<T>) {
            for (const awsjobs::constraint& c : T::awsjobs_constraints) {
                if (c.pattern.empty()) continue;
                ++patterns;
                CHECK_MESSAGE(compile_pattern(c.pattern).error.empty(), c.pattern);
            }
        }
    };
    boost::mp11::mp_for_each<dx::shapes>(each_struct);
    boost::mp11::mp_for_each<ses::shapes>(each_struct);
    boost::mp11::mp_for_each<awsjobs::importexport::shapes>(each_struct);
    CHECK(patterns >= 10);
}
