// A fixed amount of parsing for `valgrind --tool=callgrind`, whose instruction
// counts do not depend on the load of the machine. Run once per MODE and subtract
// `base` (loading the documents only).
//
//   g++ -std=c++20 -O2 -g -march=native -DNDEBUG -Iinclude benchmarks/callgrind/instructions.cpp \
//       benchmarks/callgrind/null_sse42.cpp -o instructions
//   valgrind --tool=callgrind ./instructions CORPUS/mixed.ndjson MODE
//
// MODE: base, null (RapidJSON's SAX reader in situ with a null handler),
// null_sse42 (the same with RapidJSON's SSE4.2 scans, the reference of issue #13),
// null_text_stream (RapidJSON as awsjobs runs it: its flags and awsjobs' text_stream, whose
// scans replace RapidJSON's SIMD code, but a null handler and no encoding scan),
// null_awsjobs_flags (the same with numbers as text, as awsjobs reads), view
// (awsjobs zero-copy) or own (awsjobs owning). On a CPU with AVX-512, use
// -march=x86-64-v3 rather than -march=native: valgrind 3.19 cannot run AVX-512.
#include <awsjobs/awsjobs.hpp>

#include <rapidjson/reader.h>

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

bool parse_with_null_handler_sse42(std::string& text);  // null_sse42.cpp

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: instructions MIXED.ndjson base|null|null_sse42|null_text_stream|null_awsjobs_flags|view|own\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    std::vector<std::string> documents;
    std::vector<bool> is_import_job;
    for (std::string line; documents.size() < 4000 && std::getline(in, line);) {
        is_import_job.push_back(line.find("\"JobStatus\"") != std::string::npos);
        documents.push_back(std::move(line));
    }
    // Chosen once, so that comparing mode names costs nothing per document.
    enum class mode { base, null, null_sse42, null_text_stream, null_awsjobs_flags, view, own } m;
    const std::string name = argv[2];
    if (name == "base") m = mode::base;
    else if (name == "null") m = mode::null;
    else if (name == "null_sse42") m = mode::null_sse42;
    else if (name == "null_text_stream") m = mode::null_text_stream;
    else if (name == "null_awsjobs_flags") m = mode::null_awsjobs_flags;
    else if (name == "view") m = mode::view;
    else if (name == "own") m = mode::own;
    else return 2;
    std::size_t parsed = 0;
    for (std::size_t i = 0; i != documents.size(); ++i) {
        std::string& text = documents[i];
        if (m == mode::base) {
            parsed += !text.empty();
        } else if (m == mode::null) {
            rapidjson::BaseReaderHandler<> ignore;
            rapidjson::InsituStringStream stream(text.data());
            rapidjson::Reader reader;
            parsed += !reader.Parse<rapidjson::kParseInsituFlag>(stream, ignore).IsError();
        } else if (m == mode::null_sse42) {
            parsed += parse_with_null_handler_sse42(text);
        } else if (m == mode::null_text_stream) {
            rapidjson::BaseReaderHandler<> ignore;
            awsjobs::json::detail::text_stream stream(text.data(), text.size());
            awsjobs::json::detail::rapidjson_reader reader;
            constexpr unsigned flags = rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag;
            parsed += !reader.Parse<flags>(stream, ignore).IsError();
        } else if (m == mode::null_awsjobs_flags) {  // the tokenizer as awsjobs drives it
            rapidjson::BaseReaderHandler<> ignore;
            rapidjson::InsituStringStream stream(text.data());
            rapidjson::Reader reader;
            constexpr unsigned flags = rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag;
            parsed += !reader.Parse<flags>(stream, ignore).IsError();
        } else if (m == mode::view) {
            parsed += is_import_job[i] ? bool(awsjobs::json::parse_in_place<ses::view::GetImportJobResponse>(text))
                                       : bool(awsjobs::json::parse_in_place<dx::view::GetJobResponse>(text));
        } else if (m == mode::own) {
            parsed += is_import_job[i] ? bool(awsjobs::json::parse_in_place<ses::GetImportJobResponse>(text))
                                       : bool(awsjobs::json::parse_in_place<dx::GetJobResponse>(text));
        }
    }
    std::cout << parsed << " of " << documents.size() << " parsed\n";
    return parsed == documents.size() ? 0 : 1;
}
