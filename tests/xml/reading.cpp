// Reading XML into described types: structures, lists, text, numbers, enums, timestamps.
#include "types.hpp"

#include <chrono>
#include <cstdint>
#include <limits>
#include <string>

using namespace xml_tests;

TEST_CASE("xml: a structure's members are elements named by member, in any order") {
    const auto r = read_ok<Record>(
        "<Record><Text>hello</Text><Id>7a</Id><Flag>true</Flag><Count>-42</Count><Ratio>0.25</Ratio>"
        "<Hue>Green</Hue><Shade>dark blue</Shade><When>2019-10-11T14:12:24.640Z</When><Epoch>1597251915.243</Epoch>"
        "<Best><URL>u</URL></Best></Record>");
    CHECK(r.Id == "7a");
    CHECK(r.Text == "hello");
    CHECK(r.Flag == true);
    CHECK(r.Count == -42);
    CHECK(r.Ratio == 0.25);
    CHECK(r.Hue == Color::Green);
    CHECK(r.Shade == Color::DarkBlue);
    CHECK(json::to_iso8601(*r.When) == "2019-10-11T14:12:24.640Z");
    CHECK(json::to_iso8601(*r.Epoch) == "2020-08-12T17:05:15.243Z");
    REQUIRE(r.Best);
    CHECK(!r.Best->Name);
    CHECK(r.Best->URL == "u");
    CHECK(!r.Items);
    CHECK(!r.Tags);
}
