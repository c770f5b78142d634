// Compile-time comparison, Boost.JSON: every model, and parse + value_to,
// value_from + serialize instantiated for the three responses (with the
// benchmark's conversions for awsjobs' member types).
#include "mapping/boostjson.hpp"

#include <string>

namespace aj = awsjobs;

template <class T>
bool round_trip(std::string text, std::string& out) {
    T value;
    if (!awsjobs_bench::boostjson::parse(text, value)) return false;
    out = awsjobs_bench::boostjson::write(value);
    return true;
}

template bool round_trip<aj::dataexchange::GetJobResponse>(std::string, std::string&);
template bool round_trip<aj::sesv2::GetImportJobResponse>(std::string, std::string&);
template bool round_trip<aj::importexport::GetStatusOutput>(std::string, std::string&);
