// The documents the callgrind programs read: the first 4,000 of an .ndjson corpus,
// or one JSON document read as many times as make about 4 MB (benchmarks/callgrind/run.py
// counts the bytes by the same rule).
#ifndef AWSJOBS_BENCHMARKS_CALLGRIND_DOCUMENTS_HPP
#define AWSJOBS_BENCHMARKS_CALLGRIND_DOCUMENTS_HPP

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace callgrind {

struct documents {
    std::vector<std::string> texts;
    std::vector<bool> is_import_job;  // SES GetImportJob, else Data Exchange GetJob
};

// A GetImportJob has members no GetJob has (the rule of benchmarks/src/corpus.cpp).
inline bool is_import_job(std::string_view text) {
    for (std::string_view key : {"\"JobStatus\"", "\"ImportDataSource\"", "\"CreatedTimestamp\"", "\"ImportDestination\""})
        if (text.find(key) != std::string_view::npos) return true;
    return false;
}

inline documents load(const std::string& path) {
    documents d;
    std::ifstream in(path);
    auto add = [&d](std::string text) {
        d.is_import_job.push_back(is_import_job(text));
        d.texts.push_back(std::move(text));
    };
    if (path.ends_with(".ndjson")) {
        for (std::string line; d.texts.size() < 4000 && std::getline(in, line);) add(std::move(line));
    } else {
        const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        for (std::size_t total = 0; !text.empty() && total < 4'000'000; total += text.size()) add(text);
    }
    return d;
}

}  // namespace callgrind

#endif
