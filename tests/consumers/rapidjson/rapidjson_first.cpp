// A translation unit that includes RapidJSON, configured as this program likes it, before
// awsjobs, and uses both.
#include "user_rapidjson.hpp"

#include <awsjobs/json.hpp>
#include <awsjobs/sesv2.hpp>

#include <string>

std::string both_in_one_unit(const std::string& text) {
    rapidjson::Document document;
    document.Parse(text);
    const auto job = awsjobs::json::parse<awsjobs::sesv2::GetImportJobResponse>(std::string_view(text));
    if (document.HasParseError() || !job) return "failed";
    const std::string from_rapidjson = document[std::string("JobId")].GetString();
    return from_rapidjson == *job->JobId ? from_rapidjson + " " + std::to_string(*job->ProcessedRecordsCount)
                                         : "different ids";
}
