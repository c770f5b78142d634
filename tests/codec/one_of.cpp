// One-of unions: exactly one key names the alternative.
#include "helpers.hpp"
#include "types.hpp"

#include <variant>

using namespace testing_types;
using namespace testing_helpers;
namespace json = awsjobs::json;

namespace {
template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
// C++20 deduces this from the aggregate initialisation; clang before 17 does not
// implement that (P1816), so the C++17 guide stays.
template <class... F>
overloaded(F...) -> overloaded<F...>;
}  // namespace

TEST_CASE("each alternative reads into its variant member, for std::visit") {
    const auto s3 = read_ok<Job>(R"({"Id":"j","Details":{"ImportAssetsFromS3":{"AssetSources":[{"Name":"k"}],"DataSetId":"d"}}})");
    REQUIRE(s3.Details);
    CHECK(s3.Details->key() == "ImportAssetsFromS3");
    const std::string seen = std::visit(overloaded{[](const FromS3& d) { return "s3:" + *d.DataSetId; },
                                                   [](const FromUrl& d) { return "url:" + *d.AssetName; },
                                                   [](const std::vector<std::string>& keys) { return "keys:" + keys.at(0); },
                                                   [](const awsjobs::no_alternative&) { return std::string("none"); },
                                                   [](const awsjobs::unknown_alternative& u) { return "unknown:" + u.key; }},
                                        *s3.Details);
    CHECK(seen == "s3:d");

    const auto url = read_ok<Job>(R"({"Id":"j","Details":{"ImportAssetFromSignedUrl":{"AssetName":"a.csv"}}})");
    REQUIRE(std::get_if<FromUrl>(&*url.Details));
    CHECK(std::get<FromUrl>(*url.Details).AssetName == "a.csv");

    const auto keys = read_ok<Job>(R"({"Id":"j","Details":{"Keys":["a","b"]}})");
    CHECK(std::get<std::vector<std::string>>(*keys.Details) == std::vector<std::string>{"a", "b"});

    for (const Job& j : {s3, url, keys}) CHECK(read_ok<Job>(write_ok(j)) == j);
}

TEST_CASE("an empty object is no alternative") {
    const auto j = read_ok<Job>(R"({"Id":"j","Details":{}})");
    REQUIRE(j.Details);
    CHECK(std::holds_alternative<awsjobs::no_alternative>(*j.Details));
    CHECK(j.Details->key().empty());
    CHECK(write_ok(j) == R"({"Id":"j","Details":{}})");
}

TEST_CASE("an unknown key keeps its key and raw JSON, and writes both back") {
    const std::string text =
        R"({"Id":"j","Details":{"ExportToMars":{"Rover":"P\u00e9rseverance","Legs":[6,-1.5e3,true,null],"Nested":{"a\"b":{}}}}})";
    const auto j = read_ok<Job>(text);
    REQUIRE(j.Details);
    const auto* unknown = std::get_if<awsjobs::unknown_alternative>(&*j.Details);
    REQUIRE(unknown);
    CHECK(unknown->key == "ExportToMars");
    CHECK(unknown->json == "{\"Rover\":\"P\xc3\xa9rseverance\",\"Legs\":[6,-1.5e3,true,null],\"Nested\":{\"a\\\"b\":{}}}");
    CHECK(j.Details->key() == "ExportToMars");
    const std::string written = write_ok(j);
    CHECK(written == "{\"Id\":\"j\",\"Details\":{\"ExportToMars\":" + unknown->json + "}}");
    CHECK(write_ok(read_ok<Job>(written)) == written);

    const auto scalar = read_ok<Job>(R"({"Id":"j","Details":{"Count":42}})");
    CHECK(std::get<awsjobs::unknown_alternative>(*scalar.Details).json == "42");
}

TEST_CASE("more than one key is an error naming the union's path") {
    const auto e = read_error<Job>(R"({"Id":"j","Details":{"Keys":[],"ImportAssetFromSignedUrl":{}}})");
    CHECK(e.code == awsjobs::errc::ambiguous_union);
    CHECK(e.offset == 58);  // the second alternative's value: a null there would be absent
    CHECK(e.path == "$.Details");
    CHECK(e.message == "one-of object has more than one key ('Keys' and 'ImportAssetFromSignedUrl')");
    CHECK(read_error<Job>(R"({"Details":{"X":1,"Y":2}})").code == awsjobs::errc::ambiguous_union);
}

TEST_CASE("null as an alternative's value is absent: no alternative") {
    for (const char* text : {R"({"Id":"j","Details":{"ImportAssetsFromS3":null}})", R"({"Id":"j","Details":{"Keys":null}})"}) {
        const auto j = read_ok<Job>(text);
        REQUIRE(j.Details);
        CHECK(std::holds_alternative<awsjobs::no_alternative>(*j.Details));
        CHECK(write_ok(j) == R"({"Id":"j","Details":{}})");
    }
    // The other kinds are still checked against the alternative's type.
    const auto e = read_error<Job>(R"({"Details":{"ImportAssetsFromS3":"s3"}})");
    CHECK(e.code == awsjobs::errc::type_mismatch);
    CHECK(e.path == "$.Details.ImportAssetsFromS3");
    CHECK(e.message == "expected object, got string");
}

TEST_CASE("a one-of must be an object") {
    const auto e = read_error<Job>(R"({"Details":["ImportAssetsFromS3"]})");
    CHECK(e.code == awsjobs::errc::type_mismatch);
    CHECK(e.path == "$.Details");
    CHECK(e.message == "expected object, got array");
}

TEST_CASE("writing refuses an unknown alternative whose JSON is not valid") {
    Job j;
    j.Id = "j";
    j.Details = awsjobs::unknown_alternative{"Broken", "{\"a\":"};
    auto written = json::write(j);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == awsjobs::errc::syntax);
    CHECK(written.error().path == "$.Details.Broken");
    // Not UTF-8, in a string and outside one; then the same text in UTF-8 is written.
    for (const char* bad : {"\"caf\xE9\"", "[1,\xC3]", "\"\xED\xA0\x80\""}) {
        CAPTURE(bad);
        j.Details = awsjobs::unknown_alternative{"Broken", bad};
        written = json::write(j);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == awsjobs::errc::syntax);
        CHECK(written.error().path == "$.Details.Broken");
    }
    j.Details = awsjobs::unknown_alternative{"Good", "\"caf\xC3\xA9\""};
    CHECK(json::write(j).value() == "{\"Id\":\"j\",\"Details\":{\"Good\":\"caf\xC3\xA9\"}}");
}

TEST_CASE("null alternatives beside the real one are absent, as botocore reads them") {
    // Null then real, real then null, the real one between two nulls, an unknown key's null.
    for (const char* text : {R"({"Id":"j","Details":{"Keys":null,"ImportAssetsFromS3":{"DataSetId":"d"}}})",
                             R"({"Id":"j","Details":{"ImportAssetsFromS3":{"DataSetId":"d"},"Keys":null}})",
                             R"({"Id":"j","Details":{"Keys":null,"ImportAssetsFromS3":{"DataSetId":"d"},"ImportAssetFromSignedUrl":null}})",
                             R"({"Id":"j","Details":{"ExportToMars":null,"ImportAssetsFromS3":{"DataSetId":"d"},"ExportToVenus":null}})"}) {
        CAPTURE(text);
        const auto j = read_ok<Job>(text);
        REQUIRE(j.Details);
        const auto* s3 = std::get_if<FromS3>(&*j.Details);
        REQUIRE(s3);
        CHECK(s3->DataSetId == "d");
        CHECK(j == read_ok<Job>(R"({"Id":"j","Details":{"ImportAssetsFromS3":{"DataSetId":"d"}}})"));
    }
    // Only nulls: no alternative.
    const auto none = read_ok<Job>(R"({"Id":"j","Details":{"Keys":null,"ImportAssetsFromS3":null}})");
    REQUIRE(none.Details);
    CHECK(std::holds_alternative<awsjobs::no_alternative>(*none.Details));
}

TEST_CASE("two alternatives that are not null are still ambiguous_union, whatever their kind or order") {
    for (const char* text : {R"({"Details":{"Keys":null,"ImportAssetsFromS3":{},"Keys":[]}})",
                             R"({"Details":{"ImportAssetsFromS3":{},"Keys":null,"Keys":["k"]}})",
                             R"({"Details":{"ImportAssetsFromS3":{},"ExportToMars":0}})",
                             R"({"Details":{"ExportToMars":{},"ImportAssetsFromS3":{}}})",
                             R"({"Details":{"Keys":[],"X":true}})", R"({"Details":{"Keys":[],"X":"s"}})"}) {
        CAPTURE(text);
        const auto e = read_error<Job>(text);
        CHECK(e.code == awsjobs::errc::ambiguous_union);
        CHECK(e.path == "$.Details");
    }
    const auto e = read_error<Job>(R"({"Details":{"ImportAssetsFromS3":{},"Keys":null,"Keys":["k"]}})");
    CHECK(e.message == "one-of object has more than one key ('ImportAssetsFromS3' and 'Keys')");
}
