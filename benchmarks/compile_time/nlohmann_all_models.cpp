// Compile-time comparison, nlohmann::json: every model, and parse + mapping,
// mapping + dump instantiated for the three responses (the benchmark's
// hand-written member tables).
#include "mapping/nlohmann.hpp"

#include <string>

namespace aj = awsjobs;

template <class T>
bool round_trip(std::string text, std::string& out) {
    T value;
    if (!awsjobs_bench::mapping::nlohmann_parse(text, value)) return false;
    out = awsjobs_bench::mapping::nlohmann_write(value);
    return true;
}

template bool round_trip<aj::dataexchange::GetJobResponse>(std::string, std::string&);
template bool round_trip<aj::sesv2::GetImportJobResponse>(std::string, std::string&);
template bool round_trip<aj::importexport::GetStatusOutput>(std::string, std::string&);
