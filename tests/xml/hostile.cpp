// Hostile XML: entity declarations, deep nesting, huge documents. Each gets a clean
// refusal (or is read in time linear in its size), never a crash or a blow-up.
#include "types.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <ctime>
#include <string>

using namespace xml_tests;
using awsjobs::errc;

TEST_CASE("xml hostile: a DOCTYPE is refused, so no entity is ever declared or expanded") {
    const std::string laughs = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<R><Text>&lol3;</Text></R>)";
    auto e = read_error<Record>(laughs);
    CHECK(e.code == errc::syntax);
    CHECK(e.offset == laughs.find("lolz"));  // pugixml keeps the DOCTYPE's content, after the keyword
    CHECK(e.message == "DOCTYPE declarations are refused: awsjobs reads no DTD and expands no declared entity");

    const std::string external = R"(<!DOCTYPE R [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><R><Text>&xxe;</Text></R>)";
    CHECK(read_error<Record>(external).code == errc::syntax);
    CHECK(read_error<Record>("<!DOCTYPE R><R/>").code == errc::syntax);
    // Without the DOCTYPE, the reference is an unknown entity.
    CHECK(read_error<Record>("<R><Text>&lol3;</Text></R>").code == errc::syntax);
}

TEST_CASE("xml hostile: nesting deeper than max_depth is refused, without recursion") {
    const std::size_t levels = 200000;
    std::string deep;
    for (std::size_t i = 0; i != levels; ++i) deep += "<a>";
    for (std::size_t i = 0; i != levels; ++i) deep += "</a>";
    const auto e = read_error<Record>(deep);
    CHECK(e.code == errc::depth_exceeded);
    CHECK(e.offset == 3 * 128);
    CHECK(e.message == "elements nested deeper than 128 levels");

    // Exactly at the limit is fine; the option moves it.
    std::string at_limit;
    for (int i = 0; i != 4; ++i) at_limit += "<a>";
    for (int i = 0; i != 4; ++i) at_limit += "</a>";
    CHECK(read_error<Record>(at_limit, {}, {.max_depth = 3}).code == errc::depth_exceeded);
    CHECK(xml::parse<Record>(std::string_view(at_limit), {}, {.max_depth = 4}).has_value());

    // A type that nests in itself follows the document as deep as max_depth allows.
    std::string nodes;
    const int node_levels = 1000;
    for (int i = 0; i != node_levels; ++i) nodes += "<Children><member>";
    nodes += "<Label>bottom</Label>";
    for (int i = 0; i != node_levels; ++i) nodes += "</member></Children>";
    nodes = "<Node>" + nodes + "</Node>";
    const auto ok = xml::parse<Node>(std::string_view(nodes), {}, {.max_depth = 2 * node_levels + 2});
    REQUIRE(ok);
    const Node* n = &*ok;
    int depth = 0;
    while (n->Children && !n->Children->empty()) n = &n->Children->front(), ++depth;
    CHECK(depth == node_levels);
    CHECK(n->Label == "bottom");
    std::string deeper;  // 2 * 2100 + 1 levels
    for (int i = 0; i != 2100; ++i) deeper += "<Children><member>";
    deeper = "<Node>" + deeper;
    for (int i = 0; i != 2100; ++i) deeper += "</member></Children>";
    deeper += "</Node>";
    const auto refused = xml::parse<Node>(std::string_view(deeper), {}, {.max_depth = 100000});  // beyond max_depth_limit
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == errc::depth_exceeded);
    CHECK(refused.error().message == "elements nested deeper than 4096 levels");
}

TEST_CASE("xml limits: an input longer than max_input_size is refused before it is parsed or copied") {
    const std::string text = "<R><Text>twelve bytes</Text></R>";
    const auto e = read_error<Record>(text, {}, {.max_input_size = text.size() - 1});
    CHECK(e.code == errc::input_too_large);
    CHECK(e.offset == text.size() - 1);
    CHECK(e.message == "the input is " + std::to_string(text.size()) + " bytes, more than read_options::max_input_size (" +
                           std::to_string(text.size() - 1) + ")");
    const auto copied = xml::parse<Record>(std::string_view(text), {}, {.max_input_size = 8});
    REQUIRE_FALSE(copied);
    CHECK(copied.error().code == errc::input_too_large);
    // Exactly at the limit is read.
    CHECK(xml::parse<Record>(std::string_view(text), {}, {.max_input_size = text.size()}).has_value());
}

TEST_CASE("xml limits: more list elements than max_elements is too_many_elements, at the first one too many") {
    const std::string text = "<R><Text>t</Text><Tags><member>a</member><member>b</member></Tags>"
                             "<Items><member><Name>n</Name></member></Items></R>";
    // Counted over all lists: two tags and one item.
    CHECK(xml::parse<Record>(std::string_view(text), {}, {.max_elements = 3}).has_value());
    const auto e = read_error<Record>(text, {}, {.max_elements = 2});
    CHECK(e.code == errc::too_many_elements);
    CHECK(e.offset == text.find("<member><Name>"));
    CHECK(e.path == "/R/Items/member[1]");
    CHECK(e.message == "more list elements than read_options::max_elements allows");
    // Elements the value has no member for are skipped, not counted.
    const std::string unknown = "<R><Text>t</Text><Other><member/><member/><member/></Other></R>";
    CHECK(xml::parse<Record>(std::string_view(unknown), {}, {.max_elements = 0}).has_value());
}

namespace {

/// A document of about `bytes` bytes: a list of `count` items.
std::string big_list(std::size_t count) {
    std::string text = "<R><Items>";
    for (std::size_t i = 0; i != count; ++i) text += "<member><Name>item &amp; " + std::to_string(i) + "</Name><URL>u</URL></member>";
    return text + "</Items></R>";
}

/// The processor time `work` takes, the best of three (the least disturbed by other jobs).
template <class Work>
double best_processor_time(Work&& work) {
    double best = 1e9;
    for (int i = 0; i != 3; ++i) {
        const std::clock_t start = std::clock();
        work();
        best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
    }
    return best;
}

/// How much longer reading `text` into a value takes than pugixml's parse of it alone: the
/// peer in the same process meets the same caches and page faults, which grow with the
/// document and make time per byte alone grow too (8x the input took 52x the time here,
/// for the code of 2026-12-02 as well).
double read_over_parse(const std::string& text, std::size_t expected) {
    const double read = best_processor_time([&] {
        std::string buffer = text;
        const auto parsed = xml::parse_in_place<Record>(buffer);
        REQUIRE(parsed);
        CHECK(parsed->Items->size() == expected);
    });
    const double parse = best_processor_time([&] {
        std::string buffer = text;
        pugi::xml_document document;
        REQUIRE(document.load_buffer_inplace(buffer.data(), buffer.size()));
    });
    return read / parse;
}

}  // namespace

// AddressSanitizer instruments this reader but not the pugixml library it is compared with,
// so there the ratio measures the instrumentation (1.99 at 1x, 5.85 at 40x in the asan
// stage): the test is skipped under it, and the optimised stage checks it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool reader_is_instrumented = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool reader_is_instrumented = true;
#else
constexpr bool reader_is_instrumented = false;
#endif
#else
constexpr bool reader_is_instrumented = false;
#endif

TEST_CASE("xml hostile: a huge document reads in time linear in its size" * doctest::skip(reader_is_instrumented)) {
    const std::size_t small = 4000, large = 40 * small;
    const double ratio_small = read_over_parse(big_list(small), small);
    const double ratio_large = read_over_parse(big_list(large), large);
    INFO("read / pugixml parse: " << ratio_small << " at 1x, " << ratio_large << " at 40x");
    // Linear reading keeps the ratio (here it fell from about 11 to 2: pugixml's own parse
    // slows more per byte); a reader that rescans what it read (quadratic) would multiply
    // its part by about 40.
    CHECK(ratio_large < 2 * ratio_small);
}

TEST_CASE("xml hostile: many attributes, many unknown siblings, long references") {
    std::string attributes = "<R";
    for (int i = 0; i != 20000; ++i) attributes += " a" + std::to_string(i) + "=\"&amp;\"";
    attributes += " a77=\"again\"/>";
    const auto e = read_error<Record>(attributes);
    CHECK(e.code == errc::syntax);
    CHECK(e.message == "attribute 'a77' appears twice");

    std::string siblings = "<R>";
    for (int i = 0; i != 100000; ++i) siblings += "<x/>";
    siblings += "<Id>last</Id></R>";
    CHECK(read_ok<Record>(siblings).Id == "last");

    const std::string long_reference = "<R><Text>&#" + std::string(100000, '0') + "65;</Text></R>";
    CHECK(read_ok<Record>(long_reference).Text == "A");
}
