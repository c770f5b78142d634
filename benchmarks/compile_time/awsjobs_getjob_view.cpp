// Compile-time target of issue #13: everything included, but parse and write
// instantiated for one response only, Data Exchange GetJob read zero-copy. What a
// typical translation unit of a user's program costs.
#include <awsjobs/awsjobs.hpp>

#include <string>

bool parse_and_write(std::string& text, std::string& out) {
    auto parsed = awsjobs::json::parse_in_place<awsjobs::dataexchange::view::GetJobResponse>(text);
    return parsed && awsjobs::json::write(*parsed, out).has_value();
}
