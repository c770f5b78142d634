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
    CHECK(awsjobs::to_iso8601(*r.When) == "2019-10-11T14:12:24.640Z");
    CHECK(awsjobs::to_iso8601(*r.Epoch) == "2020-08-12T17:05:15.243Z");
    REQUIRE(r.Best);
    CHECK(!r.Best->Name);
    CHECK(r.Best->URL == "u");
    CHECK(!r.Items);
    CHECK(!r.Tags);
}

TEST_CASE("xml: lists are <member> elements; an empty element is an empty list, an absent one none") {
    const auto r = read_ok<Record>(
        "<Record>\n  <Items>\n    <member><Name>a</Name></member>\n    <member/>\n  </Items>\n"
        "  <Tags></Tags>\n</Record>");
    REQUIRE(r.Items);
    REQUIRE(r.Items->size() == 2);
    CHECK((*r.Items)[0].Name == "a");
    CHECK((*r.Items)[1] == Item{});
    REQUIRE(r.Tags);
    CHECK(r.Tags->empty());
    CHECK(!r.Best);
    CHECK(read_ok<Record>("<Record><Tags/></Record>").Tags == std::vector<std::string>{});
    CHECK(read_ok<Record>("<Record><Tags><member/><member>x</member></Tags></Record>").Tags ==
          std::vector<std::string>{"", "x"});
}

TEST_CASE("xml: text keeps its whitespace; an empty element is an empty string") {
    CHECK(read_ok<Record>("<Record><Text> </Text></Record>").Text == " ");
    CHECK(read_ok<Record>("<Record><Text>\n two\n lines \n</Text></Record>").Text == "\n two\n lines \n");
    CHECK(read_ok<Record>("<Record><Text></Text></Record>").Text == "");
    CHECK(read_ok<Record>("<Record><Text/></Record>").Text == "");
    // Line ends are normalised as XML requires; a CR survives only as a reference.
    CHECK(read_ok<Record>("<Record><Text>a\r\nb\rc&#13;d&#xD;&#10;</Text></Record>").Text == "a\nb\nc\rd\r\n");
}

TEST_CASE("xml: references are decoded, CDATA is taken as it is, comments split nothing") {
    CHECK(read_ok<Record>("<Record><Text>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;</Text></Record>").Text ==
          "<a> & \"b\" 'c'");
    CHECK(read_ok<Record>("<Record><Text>&#65;&#x42;&#x00063;&#233;&#x20AC;&#x1F4CA;</Text></Record>").Text ==
          "ABc\u00e9\u20ac\U0001F4CA");
    CHECK(read_ok<Record>("<Record><Text>&amp;foo;</Text></Record>").Text == "&foo;");
    CHECK(read_ok<Record>("<Record><Text><![CDATA[<b>&amp;</b>]]></Text></Record>").Text == "<b>&amp;</b>");
    CHECK(read_ok<Record>("<Record><Text>one<!-- a comment -->two<![CDATA[ & three]]>&amp;four</Text></Record>").Text ==
          "onetwo & three&four");
    CHECK(read_ok<Record>("<Record><Text>x<?pi data?>y</Text></Record>").Text == "xy");
}

TEST_CASE("xml: zero-copy views point into the decoded buffer") {
    std::string buffer = "<R><Id>plain</Id><Text>a &amp; b</Text><Tags><member>t&lt;1</member></Tags>"
                         "<Shade>Teal</Shade></R>";
    const auto parsed = xml::parse_in_place<RecordView>(buffer);
    REQUIRE(parsed);
    auto inside = [&](std::string_view s) { return s.data() >= buffer.data() && s.data() + s.size() <= buffer.data() + buffer.size(); };
    CHECK(*parsed->Id == "plain");
    CHECK(inside(*parsed->Id));
    CHECK(*parsed->Text == "a & b");
    CHECK(inside(*parsed->Text));
    CHECK((*parsed->Tags)[0] == "t<1");
    CHECK(inside((*parsed->Tags)[0]));
    CHECK(!parsed->Shade->is_known());
    CHECK(parsed->Shade->wire_name() == "Teal");
    CHECK(inside(parsed->Shade->wire_name()));

    // parse() keeps the buffer with the value.
    auto doc = xml::parse<RecordView>(std::string("<R><Text>kept</Text></R>"));
    REQUIRE(doc);
    CHECK(*doc->Text == "kept");
    auto copied = xml::parse<RecordView>(std::string_view("<R><Text>copied</Text></R>"));
    REQUIRE(copied);
    CHECK(*copied->Text == "copied");
}

TEST_CASE("xml: unknown elements are skipped at any depth, attributes and namespaces ignored") {
    const auto r = read_ok<Record>(
        R"(<a:Record xmlns="urn:x" xmlns:a="urn:a" version="2"><Unknown><Deep><Deeper>x</Deeper></Deep></Unknown>)"
        R"(<Text lang="en">t</Text><a:Id>i</a:Id><Items><member><Other><member/></Other><Name>n</Name></member></Items></a:Record>)");
    CHECK(r.Text == "t");
    CHECK(r.Id == "i");
    REQUIRE(r.Items);
    CHECK((*r.Items)[0].Name == "n");
    CHECK(read_ok<Item>("<Item><Extra><Name>not this one</Name></Extra></Item>") == Item{});
}

TEST_CASE("xml: the value's element is found by path; the root's name is checked") {
    const std::string text = "<Response><Metadata><Id>m</Id></Metadata><Result><Id>r</Id></Result></Response>";
    CHECK(read_ok<Item>("<Item><Name>x</Name></Item>", {}).Name == "x");          // any root
    CHECK(read_ok<Record>(text, {"Response", "Result"}).Id == "r");
    CHECK(read_ok<Record>(text, {"Response", "Metadata"}).Id == "m");
    CHECK(read_ok<Record>("<p:Response xmlns:p=\"urn:p\"><p:Result><Id>r</Id></p:Result></p:Response>",
                          {"Response", "Result"}).Id == "r");
    const xml::element_path stored{"Response", "Result"};  // a path keeps its names
    CHECK(stored.size() == 2);
    CHECK(stored[1] == "Result");
}

TEST_CASE("xml: integers of every width, range-checked") {
    const auto low = read_ok<Ints>("<I><i8>-128</i8><i16>-32768</i16><i32>-2147483648</i32><i64>-9223372036854775808</i64>"
                                   "<u8>0</u8><u16>0</u16><u32>0</u32><u64>-0</u64></I>");
    CHECK(low.i8 == std::numeric_limits<std::int8_t>::min());
    CHECK(low.i64 == std::numeric_limits<std::int64_t>::min());
    CHECK(low.u64 == 0u);
    const auto high = read_ok<Ints>("<I><i8>+127</i8><i16>32767</i16><i32>2147483647</i32><i64>9223372036854775807</i64>"
                                    "<u8>255</u8><u16>65535</u16><u32>4294967295</u32><u64>18446744073709551615</u64></I>");
    CHECK(high.i8 == 127);
    CHECK(high.u64 == std::numeric_limits<std::uint64_t>::max());
    CHECK(read_ok<Ints>("<I><i32>007</i32></I>").i32 == 7);
}

TEST_CASE("xml: doubles in XML Schema's lexical forms, booleans as true or false") {
    CHECK(read_ok<Record>("<R><Ratio>-1.5E3</Ratio></R>").Ratio == -1500.0);
    CHECK(read_ok<Record>("<R><Ratio>+.5</Ratio></R>").Ratio == 0.5);
    CHECK(read_ok<Record>("<R><Ratio>5.</Ratio></R>").Ratio == 5.0);
    CHECK(read_ok<Record>("<R><Ratio>0.1</Ratio></R>").Ratio == 0.1);
    CHECK(read_ok<Record>("<R><Ratio>1.7976931348623157e308</Ratio></R>").Ratio == std::numeric_limits<double>::max());
    CHECK(read_ok<Record>("<R><Ratio>1e-400</Ratio></R>").Ratio == 0.0);  // the nearest double, as in JSON
    CHECK(read_ok<Record>("<R><Flag>false</Flag></R>").Flag == false);
}

TEST_CASE("xml: timestamps in the form the member declares (botocore's query protocol vectors)") {
    using namespace std::chrono;
    // tests/unit/protocols/output/query.json: AwsQueryDateTimeWithNegativeOffset and ...WithFractionalSeconds
    const auto negative = read_ok<Record>("<R><When>2019-12-16T22:48:18-01:00</When></R>");
    CHECK(negative.When->seconds() == sys_seconds(seconds(1576540098)));
    const auto fractional = read_ok<Record>("<R><When>2000-01-02T20:34:56.123Z</When></R>");
    CHECK(fractional.When->seconds() == sys_seconds(seconds(946845296)));
    CHECK(fractional.When->subseconds() == milliseconds(123));
    CHECK(read_ok<Record>("<R><When>2010-04-21T22:21:51Z</When></R>").When->seconds() ==
          sys_days(year(2010) / April / 21) + hours(22) + minutes(21) + seconds(51));
    CHECK(read_ok<Record>("<R><Epoch>1576540098</Epoch></R>").Epoch->seconds() == sys_seconds(seconds(1576540098)));
    CHECK(read_ok<Record>("<R><Epoch>-0.5</Epoch></R>").Epoch->subseconds() == milliseconds(500));
}

TEST_CASE("xml: open enums keep unknown values; element names customised") {
    CHECK(read_ok<Record>("<R><Shade>Red</Shade></R>").Shade == Color::Red);
    const auto unknown = read_ok<Record>("<R><Shade>Ultra &amp; Violet</Shade></R>");
    CHECK(unknown.Shade->wire_name() == "Ultra & Violet");
    const auto renamed = read_ok<Renamed>("<E><Message>m</Message><Code>3</Code><message>ignored</message></E>");
    CHECK(renamed.message == "m");
    CHECK(renamed.code == 3);
}
