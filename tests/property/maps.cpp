// Property tests of map shapes on a hand-written model (no service has one in its Get operation's closure).
#include "round_trip.hpp"

#include <awsjobs/core/map.hpp>

namespace maps_property {

enum class Dimension { EMAIL_IDENTITY, CONFIGURATION_SET, ISP };
BOOST_DESCRIBE_ENUM(Dimension, EMAIL_IDENTITY, CONFIGURATION_SET, ISP)

template <class String>
struct model {
    struct Filter {
        std::optional<awsjobs::map<awsjobs::open_enum<Dimension, String>, std::vector<String>>> Dimensions;
        awsjobs::required<awsjobs::map<String, std::int64_t>> Counts;
        friend bool operator==(const Filter&, const Filter&) = default;
        BOOST_DESCRIBE_CLASS(Filter, (), (Dimensions, Counts), (), ())
    };
    struct Query {
        std::optional<std::vector<Filter>> Filters;
        std::optional<awsjobs::map<String, Filter>> Named;
        friend bool operator==(const Query&, const Query&) = default;
        BOOST_DESCRIBE_CLASS(Query, (), (Filters, Named), (), ())
    };
};

}  // namespace maps_property

using Owning = maps_property::model<std::string>::Query;
using View = maps_property::model<std::string_view>::Query;

TEST_CASE("maps: random values survive write, read, write, entries in order") {
    const auto s = property::from_environment(property::default_iterations);
    property::generator gen(s.seed);
    for (std::size_t i = 0; i != s.iterations; ++i) {
        const std::string problem = property::round_trip_problem(gen.make<Owning>());
        if (!problem.empty()) FAIL("value " << i << ", " << property::replay(s) << ": " << problem);
    }
    if (s.iterations >= property::default_iterations) {  // enough for chance to have produced them
        INFO(property::replay(s));
        CHECK(gen.maps_with_entries > 0);
        CHECK(gen.unknown_enum_values > 0);
    }
}

TEST_CASE("maps: zero-copy views read what the owning model writes") {
    const auto s = property::from_environment(property::default_iterations);
    property::check_view<Owning, View>(s, "Query");
}
