// The JSON oracle, on Boost.JSON: a compiled library, used here in its
// header-only form (src.hpp, in one file per program).
#include "oracle.hpp"

#include <boost/json/src.hpp>

namespace awsjobs_fuzz {

std::optional<bool> is_json(std::string_view text) {
    boost::json::parse_options options;
    options.max_depth = 1000;
    boost::json::monotonic_resource memory;
    boost::json::error_code ec;
    boost::json::parse(text, ec, &memory, options);
    if (ec == boost::json::error::too_deep || ec == boost::json::error::exponent_overflow) return std::nullopt;
    return !ec;
}

}  // namespace awsjobs_fuzz
