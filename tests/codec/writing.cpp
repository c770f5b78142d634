// Writing: compact and pretty, to strings and streams, and round trips.
#include "helpers.hpp"
#include "types.hpp"

#include <sstream>

using namespace testing_types;
using namespace testing_helpers;
namespace json = awsjobs::json;

namespace {
Tree sample_tree() {
    Tree t;
    t.Alive = true;
    t.Height = 3.25;
    t.Trunk = Branch{{Leaf{"a", 1}, Leaf{"b", std::nullopt}}, std::nullopt};
    t.Grid = std::vector<std::vector<std::int32_t>>{{}, {1}};
    return t;
}
}  // namespace

TEST_CASE("compact output is the wire form") {
    CHECK(write_ok(sample_tree()) ==
          R"({"Alive":true,"Height":3.25,"Trunk":{"Leaves":[{"Name":"a","Size":1},{"Name":"b"}]},"Grid":[[],[1]]})");
}

TEST_CASE("pretty output indents, and reads back equal") {
    const std::string pretty = write_ok(sample_tree(), {.pretty = true, .indent = 2});
    CHECK(pretty == R"({
  "Alive": true,
  "Height": 3.25,
  "Trunk": {
    "Leaves": [
      {
        "Name": "a",
        "Size": 1
      },
      {
        "Name": "b"
      }
    ]
  },
  "Grid": [
    [],
    [
      1
    ]
  ]
})");
    CHECK(read_ok<Tree>(pretty) == sample_tree());
    CHECK(write_ok(Job{"j", Details{}, std::nullopt, std::nullopt}, {.pretty = true}) ==
          "{\n    \"Id\": \"j\",\n    \"Details\": {}\n}");
}

TEST_CASE("writing to a stream gives the same bytes") {
    Tree big = sample_tree();
    for (int i = 0; i != 3000; ++i) big.Trunk->Leaves.push_back(Leaf{std::string(i % 50, 'x'), i});
    std::ostringstream os;
    REQUIRE(json::write(big, os));
    CHECK(os.str() == write_ok(big));
    std::ostringstream pretty;
    REQUIRE(json::write(big, pretty, {.pretty = true}));
    CHECK(pretty.str() == write_ok(big, {.pretty = true}));
}

TEST_CASE("writing appends to a string, and leaves it unchanged on error") {
    std::string out = "prefix:";
    REQUIRE(json::write(Leaf{"x", 2}, out));
    CHECK(out == R"(prefix:{"Name":"x","Size":2})");
    Doubles bad;
    bad.d = std::numeric_limits<double>::infinity();
    CHECK_FALSE(json::write(bad, out));
    CHECK(out == R"(prefix:{"Name":"x","Size":2})");
}

TEST_CASE("what was read is written back: unknown enum values and union members included") {
    const std::string text =
        R"({"Id":"j\u00e9\"","Details":{"FutureJob":{"A":[1,2.50,"\u00e9"]}},"CreatedAt":"2019-10-11T14:12:24.640Z","CompletedAt":1597251915.243})";
    const auto job = read_ok<Job>(text);
    const std::string once = write_ok(job);
    CHECK(once == "{\"Id\":\"j\xc3\xa9\\\"\",\"Details\":{\"FutureJob\":{\"A\":[1,2.50,\"\xc3\xa9\"]}},"
                  "\"CreatedAt\":\"2019-10-11T14:12:24.640Z\",\"CompletedAt\":1597251915.243}");
    CHECK(read_ok<Job>(once) == job);
    CHECK(write_ok(read_ok<Job>(once)) == once);
}

TEST_CASE("check_required reports every missing required member with its path") {
    const auto job = read_ok<Job>(
        R"({"Details":{"ImportAssetsFromS3":{"AssetSources":[{"Name":"k"}]}}})");
    const auto missing = awsjobs::check_required(job);
    REQUIRE(missing.size() == 2);
    CHECK(missing[0].code == awsjobs::errc::missing_required);
    CHECK(missing[0].path == "$.Id");
    CHECK(missing[0].message == "missing required member 'Id'");
    CHECK(missing[1].path == "$.Details.ImportAssetsFromS3.DataSetId");
    CHECK(awsjobs::check_required(read_ok<Job>(R"({"Id":"x","Details":{"ImportAssetFromSignedUrl":{"AssetName":"a"}}})")).empty());
    const auto nested = read_ok<Job>(R"({"Id":"x","Details":{"ImportAssetFromSignedUrl":{}}})");
    REQUIRE(awsjobs::check_required(nested).size() == 1);
    CHECK(awsjobs::check_required(nested)[0].path == "$.Details.ImportAssetFromSignedUrl.AssetName");
}
