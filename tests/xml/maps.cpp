// Map shapes (awsjobs::map) in the query protocol's form: <entry><key/><value/></entry>.
#include "types.hpp"

#include <awsjobs/core/map.hpp>

#include <iterator>
#include <string>
#include <vector>

using namespace xml_tests;
using awsjobs::errc;

namespace {

struct Counted {
    std::optional<awsjobs::map<std::string, std::int32_t>> Counts;
    friend bool operator==(const Counted&, const Counted&) = default;
};
BOOST_DESCRIBE_STRUCT(Counted, (), (Counts))

struct Catalog {
    std::optional<awsjobs::map<awsjobs::open_enum<Color>, std::vector<std::string>>> ByColor;
    std::optional<std::vector<Counted>> Shelves;
    std::optional<awsjobs::map<std::string, std::optional<std::string>>> Notes;
    friend bool operator==(const Catalog&, const Catalog&) = default;
};
BOOST_DESCRIBE_STRUCT(Catalog, (), (ByColor, Shelves, Notes))

struct CatalogView {
    std::optional<awsjobs::map<std::string_view, std::string_view>> Notes;
    std::optional<awsjobs::map<awsjobs::open_enum<Color, std::string_view>, std::string_view>> Names;
};
BOOST_DESCRIBE_STRUCT(CatalogView, (), (Notes, Names))

}  // namespace

TEST_CASE("xml map: entries in document order, nested in a list in a struct, written back the same") {
    const std::string text =
        "<C><ByColor><entry><key>dark blue</key><value><member>a</member></value></entry>"
        "<entry><key>Red</key><value/></entry></ByColor>"
        "<Shelves><member><Counts><entry><key>z</key><value>1</value></entry><entry><key>a</key><value>-2</value></entry>"
        "</Counts></member><member><Counts/></member></Shelves>"
        "<Notes><entry><key>&lt;k&gt;</key><value>v</value></entry><entry><key>none</key></entry></Notes></C>";
    const auto catalog = read_ok<Catalog>(text);
    REQUIRE(catalog.ByColor->size() == 2);
    CHECK(catalog.ByColor->begin()->first == Color::DarkBlue);
    CHECK(catalog.ByColor->at(Color::DarkBlue) == std::vector<std::string>{"a"});
    CHECK(catalog.ByColor->at(Color::Red).empty());
    const auto& counts = *catalog.Shelves->at(0).Counts;
    REQUIRE(counts.size() == 2);
    CHECK(counts.begin()->first == "z");
    CHECK(counts.at("a") == -2);
    CHECK(catalog.Shelves->at(1).Counts->empty());
    CHECK(catalog.Notes->at("<k>") == "v");
    CHECK_FALSE(catalog.Notes->at("none"));
    CHECK(write_ok(catalog, {"C"}) == text);
    CHECK(read_ok<Catalog>(write_ok(catalog, {"C"}, {.pretty = true})) == catalog);
}

TEST_CASE("xml map: an open_enum key keeps a value its enum does not know; views point into the buffer") {
    std::string buffer = "<C><Names><entry><key>Mauve</key><value>m</value></entry></Names>"
                         "<Notes><entry><key>k</key><value>v</value></entry></Notes></C>";
    const auto parsed = awsjobs::xml::parse_in_place<CatalogView>(buffer);
    REQUIRE(parsed);
    const auto& [color, name] = *parsed->Names->begin();
    CHECK_FALSE(color.is_known());
    CHECK(color.wire_name() == "Mauve");
    CHECK(name == "m");
    const auto& [k, v] = *parsed->Notes->begin();
    CHECK((k.data() >= buffer.data() && k.data() < buffer.data() + buffer.size()));
    CHECK((v.data() >= buffer.data() && v.data() < buffer.data() + buffer.size()));
}

TEST_CASE("xml map errors: a repeated key, a missing key, another element than <entry>, too many entries") {
    const std::string twice = "<C><Shelves><member><Counts><entry><key>a</key><value>1</value></entry>"
                              "<entry><key>a</key><value>2</value></entry></Counts></member></Shelves></C>";
    const auto e = read_error<Catalog>(twice);
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.offset == twice.rfind(">a<") + 1);
    CHECK(e.path == "/C/Shelves/member[1]/Counts/entry[2]/key");
    CHECK(e.message == "duplicate key 'a' in a map");

    const std::string by_enum = "<C><ByColor><entry><key>Red</key></entry><entry><key>Red</key></entry></ByColor></C>";
    CHECK(read_error<Catalog>(by_enum).code == errc::duplicate_key);

    const std::string no_key = "<C><Notes><entry><value>v</value></entry></Notes></C>";
    const auto missing = read_error<Catalog>(no_key);
    CHECK(missing.code == errc::missing_required);
    CHECK(missing.offset == no_key.find("<entry>"));
    CHECK(missing.path == "/C/Notes/entry[1]");

    const auto two_keys = read_error<Catalog>("<C><Notes><entry><key>a</key><key>b</key></entry></Notes></C>");
    CHECK(two_keys.code == errc::duplicate_key);
    CHECK(two_keys.path == "/C/Notes/entry[1]/key[2]");

    const auto member = read_error<Catalog>("<C><Notes><member>a</member></Notes></C>");
    CHECK(member.code == errc::type_mismatch);
    CHECK(member.message == "expected <entry>, got <member>");

    const auto bad_value = read_error<Catalog>("<C><Shelves><member><Counts><entry><key>a</key><value>x</value></entry>"
                                               "</Counts></member></Shelves></C>");
    CHECK(bad_value.code == errc::type_mismatch);
    CHECK(bad_value.path == "/C/Shelves/member[1]/Counts/entry[1]/value");

    awsjobs::xml::read_options options;
    options.max_elements = 1;
    const auto many = read_error<Catalog>("<C><Notes><entry><key>a</key></entry><entry><key>b</key></entry></Notes></C>", {}, options);
    CHECK(many.code == errc::too_many_elements);
    CHECK(many.path == "/C/Notes/entry[2]");
}

TEST_CASE("xml map: 10,000 distinct keys read, in order, and a repeated one among them is found") {
    std::string text = "<C><Notes>";
    for (int i = 0; i != 10000; ++i) text += "<entry><key>k" + std::to_string(i) + "</key></entry>";
    text += "</Notes></C>";
    const auto catalog = read_ok<Catalog>(text);
    REQUIRE(catalog.Notes->size() == 10000);
    CHECK(std::next(catalog.Notes->begin(), 9999)->first == "k9999");
    text.insert(text.size() - std::string("</Notes></C>").size(), "<entry><key>k5000</key></entry>");
    const auto e = read_error<Catalog>(text);
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.path == "/C/Notes/entry[10001]/key");
}
