#include "corpus.hpp"

#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string_view>

namespace awsjobs_bench {
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path + " (generate the corpus first, see benchmarks/README.md)");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A GetImportJob line has members that no GetJob has. The generator never
// escapes key characters, so the quoted key appears verbatim.
operation classify(std::string_view line) {
    for (std::string_view key : {"\"JobStatus\"", "\"ImportDataSource\"", "\"CreatedTimestamp\"", "\"ImportDestination\""})
        if (line.find(key) != std::string_view::npos) return operation::get_import_job;
    return operation::get_job;
}

/// Copies the texts into one buffer, each followed by `padding` NUL bytes.
corpus make_corpus(std::string name, const std::vector<std::pair<std::string_view, operation>>& texts) {
    corpus c;
    c.name = std::move(name);
    std::size_t total = 0;
    for (const auto& t : texts) total += t.first.size() + padding;
    c.storage = std::make_unique<char[]>(total);  // value-initialised: the padding is zero
    char* p = c.storage.get();
    for (const auto& [text, op] : texts) {
        std::memcpy(p, text.data(), text.size());
        c.documents.push_back({{p, text.size()}, op});
        c.bytes += text.size();
        c.largest = std::max(c.largest, text.size());
        p += text.size() + padding;
    }
    return c;
}

}  // namespace

std::vector<corpus> load_corpora(const std::string& directory) {
    static constexpr const char* job_types[] = {
        "IMPORT_ASSETS_FROM_S3",
        "IMPORT_ASSET_FROM_SIGNED_URL",
        "EXPORT_ASSETS_TO_S3",
        "EXPORT_ASSET_TO_SIGNED_URL",
        "EXPORT_REVISIONS_TO_S3",
        "IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES",
        "IMPORT_ASSET_FROM_API_GATEWAY_API",
        "CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET",
        "IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY",
    };
    std::vector<std::pair<std::string, std::string>> singles{{"small", "getjob_small.json"}};
    for (const char* type : job_types) singles.emplace_back(type, std::string("getjob_") + type + ".json");
    singles.emplace_back("large", "getjob_large.json");
    singles.emplace_back("GetImportJob", "getimportjob.json");

    std::vector<corpus> all;
    for (const auto& [name, file] : singles) {
        const std::string text = read_file(directory + "/" + file);
        const operation op = name == "GetImportJob" ? operation::get_import_job : operation::get_job;
        all.push_back(make_corpus(name, {{text, op}}));
    }

    const std::string lines = read_file(directory + "/mixed.ndjson");
    std::vector<std::pair<std::string_view, operation>> documents;
    std::string_view rest = lines;
    while (!rest.empty()) {
        const std::size_t end = rest.find('\n');
        const std::string_view line = rest.substr(0, end);
        if (!line.empty()) documents.emplace_back(line, classify(line));
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    all.push_back(make_corpus("mixed", documents));
    return all;
}

padded_text::padded_text(std::string_view text) : buffer(text), size(text.size()) {
    buffer.append(padding, '\0');
}

}  // namespace awsjobs_bench
