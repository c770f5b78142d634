// JSONTestSuite: y_ files must be accepted, n_ files rejected as not JSON, and
// i_ files (and test_transform) must keep doing what RESULTS.md records.
#include "suite.hpp"

#include <awsjobs/dataexchange.hpp>
#include <awsjobs/json.hpp>

#include <doctest/doctest.h>

#include <map>
#include <sstream>

namespace {

namespace json = awsjobs::json;
using jsontestsuite::probe;

const std::filesystem::path suite_dir = AWSJOBS_TEST_DATA "/jsontestsuite";

template <class T>
void check_rejected_as_not_json(const jsontestsuite::test_file& file) {
    const auto parsed = jsontestsuite::read_whole<T>(file.text);
    REQUIRE_FALSE(parsed.has_value());
    INFO(parsed.error().describe());
    CHECK(awsjobs::is_syntax_error(parsed.error().code));
    CHECK(parsed.error().offset <= file.text.size());
}

// A syntax error must win over anything the target type objects to, whatever the type.
TEST_CASE("every n_ file is rejected as not JSON, at an offset inside the file") {
    for (const auto& file : jsontestsuite::files(suite_dir, "test_parsing", "n_")) {
        INFO(file.name);
        check_rejected_as_not_json<probe>(file);
        check_rejected_as_not_json<awsjobs::dataexchange::GetJobResponse>(file);
    }
}

TEST_CASE("every y_ file is skipped cleanly as the value of an unknown member") {
    for (const auto& file : jsontestsuite::files(suite_dir, "test_parsing", "y_")) {
        INFO(file.name);
        const auto parsed = jsontestsuite::read_embedded(file.text);
        REQUIRE_MESSAGE(parsed.has_value(), parsed.error().describe());
        CHECK(parsed->known == 1);
    }
}

// Valid JSON may not fit the struct (a bare number, an array), but it is never "not JSON".
TEST_CASE("every y_ file read as the whole document is accepted or a type mismatch") {
    for (const auto& file : jsontestsuite::files(suite_dir, "test_parsing", "y_")) {
        INFO(file.name);
        const auto parsed = jsontestsuite::read_whole<probe>(file.text);
        if (!parsed) {
            INFO(parsed.error().describe());
            CHECK(parsed.error().code == awsjobs::errc::type_mismatch);
        }
    }
}

// Behaviours the library documents, checked here on the suite's own files so
// that RESULTS.md is not the only thing standing for them.
TEST_CASE("documented behaviours on suite files") {
    const auto outcome_of = [](std::string_view name) {
        return jsontestsuite::read_embedded(jsontestsuite::read_bytes(suite_dir / "test_parsing" / name));
    };
    SUBCASE("100000 unclosed arrays: deeper than max_depth, but unclosed, so a syntax error") {
        const auto parsed = outcome_of("n_structure_100000_opening_arrays.json");
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().code == awsjobs::errc::syntax);
    }
    SUBCASE("500 nested arrays, well formed: deeper than max_depth") {
        const auto parsed = outcome_of("i_structure_500_nested_arrays.json");
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().code == awsjobs::errc::depth_exceeded);
    }
    SUBCASE("a number beyond double's range is refused, even in a skipped member") {
        const auto parsed = outcome_of("i_number_huge_exp.json");
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().code == awsjobs::errc::out_of_range);
    }
    SUBCASE("a byte order mark is not accepted") {
        const auto parsed = outcome_of("i_structure_UTF-8_BOM_empty_object.json");
        REQUIRE_FALSE(parsed.has_value());
        CHECK(awsjobs::is_syntax_error(parsed.error().code));
    }
}

// Where the suite lets a parser choose, awsjobs must at least choose the same way
// whatever it reads into: text it calls "not JSON" as a skipped value (invalid
// UTF-8, lone surrogates) is not JSON as a whole document either.
TEST_CASE("implementation-defined files are judged JSON or not independently of the target") {
    for (const auto& file : jsontestsuite::recorded_files(suite_dir)) {
        INFO(file.name);
        const auto whole = jsontestsuite::read_whole<probe>(file.text);
        const auto value = jsontestsuite::read_embedded(file.text);
        INFO("whole document: " << jsontestsuite::outcome(whole));
        INFO("unknown member's value: " << jsontestsuite::outcome(value));
        CHECK((!whole && awsjobs::is_syntax_error(whole.error().code)) ==
              (!value && awsjobs::is_syntax_error(value.error().code)));
    }
}

TEST_CASE("implementation-defined files behave as RESULTS.md records") {
    std::map<std::string, std::string, std::less<>> recorded;  // file name -> its row
    std::istringstream table(jsontestsuite::read_bytes(suite_dir / "RESULTS.md"));
    for (std::string line; std::getline(table, line);) {
        if (!line.starts_with("| `")) continue;
        const auto name_end = line.find('`', 3);
        REQUIRE(name_end != std::string::npos);
        recorded.emplace(line.substr(3, name_end - 3), line);
    }
    const auto files = jsontestsuite::recorded_files(suite_dir);
    CHECK(recorded.size() == files.size());  // no stale rows
    for (const auto& file : files) {
        INFO(file.name);
        const auto row = recorded.find(file.name);
        REQUIRE_MESSAGE(row != recorded.end(), "no row in RESULTS.md");
        CHECK(jsontestsuite::results_row(file) == row->second);
    }
}

}  // namespace
