// Property tests: random values of every Import/Export shape survive XML write -> read
// -> write, equal as values and identical as bytes; zero-copy views read what the owning
// models write. The values come from the property tests' generator, with strings limited
// to what XML 1.0 can carry (xml::write refuses the rest: writing.cpp).
#include "../property/round_trip.hpp"
#include "types.hpp"

#include <awsjobs/importexport.hpp>

namespace ie = awsjobs::importexport;
namespace xml = awsjobs::xml;

namespace {

/// Why `value` does not survive the XML round trip as element `name`, or "" when it does.
template <class T>
std::string xml_round_trip_problem(const T& value, std::string_view name) {
    const xml::element_path at{"Response", name};
    const auto first = xml::write(value, at);
    if (!first) return "write failed: " + first.error().describe();
    const auto read = xml::parse<T>(std::string_view(*first), at);
    if (!read) return "reading back failed: " + read.error().describe() + "\nXML: " + property::excerpt(*first);
    if (!(*read == value)) return "read back a different value\nXML: " + property::excerpt(*first);
    const auto second = xml::write(*read, at);
    if (!second || *second != *first) return "the second write differs\nfirst:  " + property::excerpt(*first);
    const auto pretty = xml::write(value, at, {.pretty = true, .indent = 2});
    if (!pretty) return "pretty write failed: " + pretty.error().describe();
    const auto pretty_read = xml::parse<T>(std::string_view(*pretty), at);
    if (!pretty_read || !(*pretty_read == value)) return "the pretty form does not read back\nXML: " + property::excerpt(*pretty);
    return {};
}

}  // namespace

TEST_CASE("xml property: every Import/Export shape survives write, read, write") {
    const auto s = property::from_environment(property::default_iterations);
    property::generator gen(s.seed, property::generator::characters::xml);
    for (std::size_t i = 0; i != s.iterations; ++i) {
        boost::mp11::mp_for_each<ie::shapes>([&](auto shape) {
            using T = typename decltype(shape)::type;
            const std::string problem = xml_round_trip_problem(gen.make<T>(), decltype(shape)::name);
            if (!problem.empty())
                FAIL("shape " << decltype(shape)::name << ", value " << i << ", " << property::replay(s) << ": " << problem);
        });
    }
    if (s.iterations >= property::default_iterations) {
        INFO(property::replay(s));
        CHECK(gen.unknown_enum_values > 0);
    }
}

TEST_CASE("xml property: zero-copy views read what the owning models write") {
    const auto s = property::from_environment(property::default_iterations);
    property::generator gen(s.seed, property::generator::characters::xml);
    const xml::element_path at{"GetStatusResponse", "GetStatusResult"};
    for (std::size_t i = 0; i != s.iterations; ++i) {
        const auto value = gen.make<ie::GetStatusOutput>();
        const std::string first = xml::write(value, at).value();
        std::string buffer = first;
        const auto view = xml::parse_in_place<ie::view::GetStatusOutput>(buffer, at);
        if (!view) FAIL("value " << i << ", " << property::replay(s) << ": " << view.error().describe() << "\nXML: " << property::excerpt(first));
        if (!property::same_value(value, *view))
            FAIL("value " << i << ", " << property::replay(s) << ": the view differs\nXML: " << property::excerpt(first));
        const auto again = xml::write(*view, at);
        if (!again || *again != first)
            FAIL("value " << i << ", " << property::replay(s) << ": the view writes different bytes\nXML: " << property::excerpt(first));
    }
}
