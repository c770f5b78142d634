// JSONTestSuite (github.com/nst/JSONTestSuite) as awsjobs sees it: the files,
// the two ways each is read, and the table of outcomes kept in RESULTS.md.
#ifndef AWSJOBS_TESTS_JSONTESTSUITE_SUITE_HPP
#define AWSJOBS_TESTS_JSONTESTSUITE_SUITE_HPP

#include <awsjobs/json.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace jsontestsuite {

namespace json = awsjobs::json;

/// The smallest described struct: any JSON object without a "known" member fits it.
struct probe {
    std::optional<std::int64_t> known;
};
BOOST_DESCRIBE_STRUCT(probe, (), (known))

struct test_file {
    std::string name;  // relative to the suite's directory, e.g. "test_parsing/y_array_empty.json"
    std::string text;  // the exact bytes, NULs included
};

inline std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The files of `suite_dir/subdir` whose names start with `prefix`, sorted by name.
inline std::vector<test_file> files(const std::filesystem::path& suite_dir, std::string_view subdir,
                                    std::string_view prefix = "") {
    std::vector<test_file> found;
    for (const auto& entry : std::filesystem::directory_iterator(suite_dir / subdir)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.starts_with(prefix) && name.ends_with(".json"))
            found.push_back({std::string(subdir) + "/" + name, read_bytes(entry.path())});
    }
    std::sort(found.begin(), found.end(), [](const test_file& a, const test_file& b) { return a.name < b.name; });
    if (found.empty()) throw std::runtime_error("no " + std::string(prefix) + "* files in " + (suite_dir / subdir).string());
    return found;
}

/// The file as the whole document, read into T.
template <class T>
awsjobs::result<T> read_whole(const std::string& text) {
    std::string buffer = text;
    auto parsed = json::parse_in_place<T>(buffer);
    if (!parsed) return parsed.error();
    return T(std::move(*parsed));  // T owns nothing in the buffer
}

/// The file as the value of a member the target does not know, followed by one it does.
inline std::string embedded(const std::string& text) { return R"({"unknown": )" + text + R"(, "known": 1})"; }

inline awsjobs::result<probe> read_embedded(const std::string& text) { return read_whole<probe>(embedded(text)); }

/// "accepted", or the error as awsjobs::error::describe() says it.
template <class T>
std::string outcome(const awsjobs::result<T>& r) {
    return r ? std::string("accepted") : r.error().describe();
}

// A table cell: the text, with the characters Markdown tables give a meaning escaped.
inline std::string cell(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        if (c == '|' || c == '\\' || c == '`') escaped += '\\';
        escaped += c;
    }
    return escaped;
}

/// One row of RESULTS.md: the file, what reading it as the whole document
/// (into `probe`) gives, and what reading it as an unknown member's value gives.
inline std::string results_row(const test_file& file) {
    return "| `" + file.name + "` | " + cell(outcome(read_whole<probe>(file.text))) + " | " +
           cell(outcome(read_embedded(file.text))) + " |";
}

/// The files RESULTS.md records: those the suite leaves to the implementation.
inline std::vector<test_file> recorded_files(const std::filesystem::path& suite_dir) {
    std::vector<test_file> recorded = files(suite_dir, "test_parsing", "i_");
    for (auto& file : files(suite_dir, "test_transform")) recorded.push_back(std::move(file));
    return recorded;
}

inline constexpr std::string_view results_heading = R"(# What awsjobs does with JSONTestSuite's implementation-defined files

The `i_` files of `test_parsing` (the suite leaves them to each parser) and the
files of `test_transform`, each read two ways: as the whole document, into a
struct with one optional integer member `known`, and as the value of a member
the struct does not know (`{"unknown": <file>, "known": 1}`). A cell holds
`accepted` or the error, as `awsjobs::error::describe()` gives it.

`test_jsontestsuite` compares every row with what the library does now, so a
change in behaviour fails it. After a deliberate change, regenerate this file
(from the repository root, with a configured build directory BUILD):

    cmake --build BUILD --target jsontestsuite_results
    BUILD/tests/jsontestsuite/jsontestsuite_results tests/data/jsontestsuite > tests/data/jsontestsuite/RESULTS.md

| file | as the whole document | as an unknown member's value |
|---|---|---|
)";

/// The whole of RESULTS.md.
inline std::string results_table(const std::filesystem::path& suite_dir) {
    std::string table(results_heading);
    for (const auto& file : recorded_files(suite_dir)) table += results_row(file) + "\n";
    return table;
}

}  // namespace jsontestsuite

#endif
