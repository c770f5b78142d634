// Writing XML: elements in declaration order, escaping, refusals, byte-stable round trips.
#include "types.hpp"

#include <chrono>
#include <limits>
#include <string>

using namespace xml_tests;
using awsjobs::errc;

namespace {

Record full_record() {
    using namespace std::chrono;
    Record r;
    r.Id = "id-1";
    r.Text = "a < b & c > d \"quoted\" 'single'\ttab\nline\r\nend";
    r.Flag = false;
    r.Count = -7;
    r.Ratio = 0.1;
    r.Hue = Color::DarkBlue;
    r.Shade = awsjobs::open_enum<Color>::from_wire("Teal & Co");
    r.When = awsjobs::iso8601_timestamp(sys_seconds(seconds(1576540098)), milliseconds(5));
    r.Epoch = awsjobs::epoch_timestamp(sys_seconds(seconds(1597251915)), milliseconds(243));
    r.Items = std::vector<Item>{Item{"n", std::nullopt}, Item{}, Item{std::nullopt, "https://x/?a=1&b=2"}};
    r.Tags = std::vector<std::string>{};
    r.Best = Item{"", std::nullopt};
    return r;
}

}  // namespace

TEST_CASE("xml writing: the exact bytes") {
    const std::string text = write_ok(full_record(), {"Response", "Record"});
    CHECK(text ==
          "<Response><Record><Id>id-1</Id>"
          "<Text>a &lt; b &amp; c &gt; d \"quoted\" 'single'\ttab\nline&#13;\nend</Text>"
          "<Flag>false</Flag><Count>-7</Count><Ratio>0.1</Ratio><Hue>dark blue</Hue><Shade>Teal &amp; Co</Shade>"
          "<When>2019-12-16T23:48:18.005Z</When><Epoch>1597251915.243</Epoch>"
          "<Items><member><Name>n</Name></member><member/><member><URL>https://x/?a=1&amp;b=2</URL></member></Items>"
          "<Tags/><Best><Name/></Best></Record></Response>");
    // Absent members are left out; an element with nothing in it is <Name/>.
    Record sparse;
    CHECK(write_ok(sparse, {"R"}) == "<R/>");
    sparse.Text = "";
    CHECK(write_ok(sparse, {"R"}) == "<R><Text/></R>");
}

TEST_CASE("xml writing: reads back to the same value and the same bytes") {
    const Record r = full_record();
    for (const xml::write_options& options : {xml::write_options{}, xml::write_options{.pretty = true, .indent = 2},
                                              xml::write_options{.xmlns = "urn:a\"&<b"}}) {
        const std::string first = write_ok(r, {"Response", "Record"}, options);
        const Record back = read_ok<Record>(first, {"Response", "Record"});
        CHECK(back == r);
        CHECK(write_ok(back, {"Response", "Record"}, options) == first);
    }
}

TEST_CASE("xml writing: pretty output and the namespace") {
    Record r;
    r.Id = "x";
    r.Tags = std::vector<std::string>{"a", ""};
    r.Best = Item{};
    CHECK(write_ok(r, {"Response", "Record"}, {.pretty = true, .indent = 2, .xmlns = "urn:example"}) ==
          "<Response xmlns=\"urn:example\">\n"
          "  <Record>\n"
          "    <Id>x</Id>\n"
          "    <Tags>\n"
          "      <member>a</member>\n"
          "      <member/>\n"
          "    </Tags>\n"
          "    <Best/>\n"
          "  </Record>\n"
          "</Response>");
    CHECK(write_ok(r, {"R"}, {.xmlns = "urn:example"}) == "<R xmlns=\"urn:example\"><Id>x</Id><Tags><member>a</member><member/></Tags><Best/></R>");
    CHECK(write_ok(Renamed{"m", 3}, {"Error"}) == "<Error><Message>m</Message><Code>3</Code></Error>");
}

TEST_CASE("xml writing: numbers at their limits, shortest doubles") {
    Ints i{std::numeric_limits<std::int8_t>::min(), std::int16_t(-1), 0, std::numeric_limits<std::int64_t>::min(),
           std::uint8_t(255), std::nullopt, 0u, std::numeric_limits<std::uint64_t>::max()};
    const std::string text = write_ok(i, {"I"});
    CHECK(text == "<I><i8>-128</i8><i16>-1</i16><i32>0</i32><i64>-9223372036854775808</i64><u8>255</u8><u32>0</u32>"
                  "<u64>18446744073709551615</u64></I>");
    CHECK(read_ok<Ints>(text) == i);
    Record r;
    r.Ratio = 5e-324;
    CHECK(write_ok(r, {"R"}) == "<R><Ratio>5e-324</Ratio></R>");
    CHECK(read_ok<Record>(write_ok(r, {"R"})).Ratio == 5e-324);
}

TEST_CASE("xml writing: what XML cannot carry is refused, with the path, and the output left as it was") {
    Record r;
    r.Items = std::vector<Item>{Item{}, Item{std::nullopt, std::string("bell\a")}};
    std::string out = "kept";
    const auto e = xml::write(r, out, {"Response", "Result"});
    REQUIRE_FALSE(e);
    CHECK(e.error().code == errc::invalid_encoding);
    CHECK(e.error().path == "/Response/Result/Items/member[2]/URL");
    CHECK(e.error().message == "control characters other than tab, LF and CR cannot be written in XML 1.0");
    CHECK(e.error().offset == std::string("<Response><Result><Items><member/><member><URL>bell").size());
    CHECK(out == "kept");

    Record nul;
    nul.Text = std::string("a\0b", 3);
    CHECK(xml::write(nul, {"R"}).error().code == errc::invalid_encoding);
    Record ffff;
    ffff.Text = "\xEF\xBF\xBE";
    CHECK(xml::write(ffff, {"R"}).error().message == "U+FFFE and U+FFFF cannot be written in XML 1.0");
    Record bad_utf8;
    bad_utf8.Id = "\xC3";
    CHECK(xml::write(bad_utf8, {"R"}).error().message == "string is not valid UTF-8");
    CHECK(xml::write(bad_utf8, {"R"}).error().path == "/R/Id");
    Record nan;
    nan.Ratio = std::numeric_limits<double>::quiet_NaN();
    CHECK(xml::write(nan, {"R"}).error().code == errc::not_finite);
    Record bad_enum;
    bad_enum.Hue = static_cast<Color>(42);
    CHECK(xml::write(bad_enum, {"R"}).error().code == errc::unknown_enumerator);
    Record far;
    far.When = awsjobs::iso8601_timestamp(std::chrono::sys_seconds(std::chrono::seconds(-62135596801)), {});
    CHECK(xml::write(far, {"R"}).error().code == errc::out_of_range);
    CHECK(xml::write(Record{}, {}).error().message == "writing needs the name of the element to write");
    CHECK(xml::write(Record{}, {}).error().code == errc::invalid_argument);
}
