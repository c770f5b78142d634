// Compile-time comparison, awsjobs: every model, and parse + write instantiated
// for the three responses.
#include <awsjobs/awsjobs.hpp>

#include <string>

namespace aj = awsjobs;

template <class T>
bool round_trip(std::string text, std::string& out) {
    auto parsed = aj::json::parse<T>(std::move(text));
    return parsed && aj::json::write(*parsed, out).has_value();
}

template bool round_trip<aj::dataexchange::GetJobResponse>(std::string, std::string&);
template bool round_trip<aj::sesv2::GetImportJobResponse>(std::string, std::string&);
template bool round_trip<aj::importexport::GetStatusOutput>(std::string, std::string&);
