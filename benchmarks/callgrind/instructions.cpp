// A fixed amount of parsing or writing for `valgrind --tool=callgrind`, whose
// instruction counts do not depend on the load of the machine. Run once per MODE
// and subtract `base` (loading the documents only), or, for writing, `write_base`.
// benchmarks/callgrind/run.py builds this, runs every mode and prints the tables.
//
//   g++ -std=c++20 -O2 -g -march=native -DNDEBUG -Iinclude benchmarks/callgrind/instructions.cpp \
//       benchmarks/callgrind/null_sse42.cpp -o instructions
//   valgrind --tool=callgrind ./instructions CORPUS MODE
//
// CORPUS: an .ndjson file, of which the first 4,000 documents are read, or one JSON
// document (any other file), read as many times as make about 4 MB (documents.hpp).
//
// MODE: base, null (RapidJSON's SAX reader in situ with a null handler),
// null_sse42 (the same with RapidJSON's SSE4.2 scans, the reference of issue #13),
// null_text_stream (RapidJSON as awsjobs runs it: its flags and awsjobs' text_stream, whose
// scans replace RapidJSON's SIMD code, but a null handler and no encoding scan),
// null_awsjobs_flags (RapidJSON's own stream with numbers as text, as awsjobs reads), view
// (awsjobs zero-copy), own (awsjobs owning, in place), own_text (awsjobs owning from the text, as
// json::parse<T>(std::string_view) reads it: its copy included), own_pmr (awsjobs owning on an arena: the std::pmr
// models, one awsjobs::arena per document over one reused 64 KiB buffer, released after each
// document), own_pmr_monotonic (the same on std::pmr::monotonic_buffer_resource, whose allocation
// is out of line in libstdc++), write_base (every document parsed
// into the owning values, all kept) or write (the same, then json::write of each
// value into one reused string, cleared each time: write - write_base is what the
// writer costs). On a CPU with AVX-512, use
// -march=x86-64-v3 rather than -march=native: valgrind 3.19 cannot run AVX-512.
#include "documents.hpp"

#include <awsjobs/awsjobs.hpp>

#include <rapidjson/reader.h>

#include <cstddef>
#include <iostream>
#include <memory_resource>
#include <string>
#include <vector>

bool parse_with_null_handler_sse42(std::string& text);  // null_sse42.cpp

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;

namespace {

// Parses every document into its owning value, then, if `write`, writes each one.
int write_documents(callgrind::documents& c, bool write) {
    std::vector<dx::GetJobResponse> jobs;
    std::vector<ses::GetImportJobResponse> import_jobs;
    for (std::size_t i = 0; i != c.texts.size(); ++i) {
        if (c.is_import_job[i]) {
            auto parsed = awsjobs::json::parse_in_place<ses::GetImportJobResponse>(c.texts[i]);
            if (!parsed) return 1;
            import_jobs.push_back(std::move(*parsed));
        } else {
            auto parsed = awsjobs::json::parse_in_place<dx::GetJobResponse>(c.texts[i]);
            if (!parsed) return 1;
            jobs.push_back(std::move(*parsed));
        }
    }
    std::size_t written = 0, bytes = 0;
    if (write) {
        std::string out;
        for (const auto& job : jobs) {
            out.clear();
            written += bool(awsjobs::json::write(job, out));
            bytes += out.size();
        }
        for (const auto& job : import_jobs) {
            out.clear();
            written += bool(awsjobs::json::write(job, out));
            bytes += out.size();
        }
    }
    std::cout << c.texts.size() << " parsed, " << written << " written (" << bytes << " bytes)\n";
    return !write || written == c.texts.size() ? 0 : 1;
}

// One document into the std::pmr model on `arena` (own_pmr, own_pmr_monotonic).
bool parse_pmr(std::string& text, bool is_import_job, std::pmr::memory_resource& arena) {
    const awsjobs::json::read_options options{.resource = &arena};
    return is_import_job ? bool(awsjobs::json::parse_in_place<ses::pmr::GetImportJobResponse>(text, options))
                         : bool(awsjobs::json::parse_in_place<dx::pmr::GetJobResponse>(text, options));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: instructions CORPUS base|null|null_sse42|null_text_stream|null_awsjobs_flags|view|own|"
                     "own_text|own_pmr|own_pmr_monotonic|write_base|write\n";
        return 2;
    }
    callgrind::documents c = callgrind::load(argv[1]);
    // Chosen once, so that comparing mode names costs nothing per document.
    enum class mode { base, null, null_sse42, null_text_stream, null_awsjobs_flags, view, own, own_text, own_pmr, own_pmr_monotonic, write_base, write } m;
    const std::string name = argv[2];
    if (name == "base") m = mode::base;
    else if (name == "null") m = mode::null;
    else if (name == "null_sse42") m = mode::null_sse42;
    else if (name == "null_text_stream") m = mode::null_text_stream;
    else if (name == "null_awsjobs_flags") m = mode::null_awsjobs_flags;
    else if (name == "view") m = mode::view;
    else if (name == "own") m = mode::own;
    else if (name == "own_text") m = mode::own_text;
    else if (name == "own_pmr") m = mode::own_pmr;
    else if (name == "own_pmr_monotonic") m = mode::own_pmr_monotonic;
    else if (name == "write_base") m = mode::write_base;
    else if (name == "write") m = mode::write;
    else return 2;
    if (m == mode::write_base || m == mode::write) return write_documents(c, m == mode::write);
    std::size_t parsed = 0;
    alignas(std::max_align_t) static std::byte arena_buffer[64 * 1024];
    for (std::size_t i = 0; i != c.texts.size(); ++i) {
        std::string& text = c.texts[i];
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
        } else if (m == mode::null_awsjobs_flags) {
            rapidjson::BaseReaderHandler<> ignore;
            rapidjson::InsituStringStream stream(text.data());
            rapidjson::Reader reader;
            constexpr unsigned flags = rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag;
            parsed += !reader.Parse<flags>(stream, ignore).IsError();
        } else if (m == mode::view) {
            parsed += c.is_import_job[i] ? bool(awsjobs::json::parse_in_place<ses::view::GetImportJobResponse>(text))
                                         : bool(awsjobs::json::parse_in_place<dx::view::GetJobResponse>(text));
        } else if (m == mode::own) {
            parsed += c.is_import_job[i] ? bool(awsjobs::json::parse_in_place<ses::GetImportJobResponse>(text))
                                         : bool(awsjobs::json::parse_in_place<dx::GetJobResponse>(text));
        } else if (m == mode::own_text) {
            const std::string_view whole = text;
            parsed += c.is_import_job[i] ? bool(awsjobs::json::parse<ses::GetImportJobResponse>(whole))
                                         : bool(awsjobs::json::parse<dx::GetJobResponse>(whole));
        } else if (m == mode::own_pmr) {
            awsjobs::arena arena(arena_buffer, sizeof arena_buffer);
            parsed += parse_pmr(text, c.is_import_job[i], arena);
        } else if (m == mode::own_pmr_monotonic) {
            std::pmr::monotonic_buffer_resource arena(arena_buffer, sizeof arena_buffer);
            parsed += parse_pmr(text, c.is_import_job[i], arena);
        }
    }
    std::cout << parsed << " of " << c.texts.size() << " parsed\n";
    return parsed == c.texts.size() ? 0 : 1;
}
