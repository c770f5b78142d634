// The floor of awsjobs' own fixed part for a GetJob-only TU: the lean TU's three headers,
// and awsjobs' reader and writer instantiated for a struct of one member, so that nothing
// of GetJob's shapes is instantiated.
#include <awsjobs/dataexchange/shapes.hpp>
#include <awsjobs/json/read.hpp>
#include <awsjobs/json/write.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace floor_unit {
struct One {
    std::optional<std::string_view> A;
};
BOOST_DESCRIBE_STRUCT(One, (), (A))
}  // namespace floor_unit

bool parse_and_write(std::string& text, std::string& out) {
    auto parsed = awsjobs::json::parse_in_place<floor_unit::One>(text);
    return parsed && awsjobs::json::write(*parsed, out).has_value();
}
