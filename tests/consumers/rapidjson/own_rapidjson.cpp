// RapidJSON alone, configured as this program likes it.
#include "user_rapidjson.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

// The job's id and status through RapidJSON's DOM, parsed in place.
std::string job_id_with_rapidjson(std::string text) {
    rapidjson::Document document;
    document.ParseInsitu(text.data());
    if (document.HasParseError() || !document.IsObject()) return "RapidJSON failed";
    const std::string id = document[std::string("JobId")].GetString();
    return id + " " + document["JobStatus"].GetString();
}

// The same document written back by RapidJSON's writer, with a member added.
std::string rewritten_with_rapidjson(const std::string& text) {
    rapidjson::Document document;
    document.Parse(text);
    if (document.HasParseError()) return "RapidJSON failed";
    document.AddMember("Checked", true, document.GetAllocator());
    rapidjson::StringBuffer out;
    rapidjson::Writer<rapidjson::StringBuffer> writer(out);
    document.Accept(writer);
    return out.GetString();
}
