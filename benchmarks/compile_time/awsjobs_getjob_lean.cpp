// Compile-time target of issue #21: a user's TU that parses and writes only Data
// Exchange GetJob and includes only what that needs (the service's shapes and the
// JSON reader and writer), not awsjobs.hpp. See awsjobs_getjob_view.cpp for the
// same work with everything included.
#include <awsjobs/dataexchange/shapes.hpp>
#include <awsjobs/json/read.hpp>
#include <awsjobs/json/write.hpp>

#include <string>

bool parse_and_write(std::string& text, std::string& out) {
    auto parsed = awsjobs::json::parse_in_place<awsjobs::dataexchange::view::GetJobResponse>(text);
    return parsed && awsjobs::json::write(*parsed, out).has_value();
}
