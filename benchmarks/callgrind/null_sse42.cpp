// RapidJSON's SAX reader in situ with a null handler and its SSE4.2 scans: the
// reference the parse is measured against (issue #13). A translation unit of its
// own, because RAPIDJSON_SSE42 must be defined before RapidJSON is first included.
#define RAPIDJSON_SSE42
#include <rapidjson/reader.h>

#include <string>

bool parse_with_null_handler_sse42(std::string& text) {
    rapidjson::BaseReaderHandler<> ignore;
    rapidjson::InsituStringStream stream(text.data());
    rapidjson::Reader reader;
    return !reader.Parse<rapidjson::kParseInsituFlag>(stream, ignore).IsError();
}
