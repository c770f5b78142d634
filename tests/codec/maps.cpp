// Map shapes (awsjobs::map): objects whose keys are data, read and written in document order.
#include "helpers.hpp"
#include "types.hpp"

#include <awsjobs/core/map.hpp>
#include <awsjobs/core/open_enum.hpp>

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

using namespace testing_types;
using namespace testing_helpers;

namespace maps_test {

template <class String>
struct model {
    struct Entry {
        std::optional<awsjobs::map<String, std::int64_t>> Sizes;
        friend bool operator==(const Entry&, const Entry&) = default;
        BOOST_DESCRIBE_CLASS(Entry, (), (Sizes), (), ())
    };
    struct Report {
        std::optional<awsjobs::map<awsjobs::open_enum<Phase, String>, std::vector<String>>> ByPhase;
        std::optional<std::vector<Entry>> Entries;
        std::optional<awsjobs::map<String, std::optional<String>>> Notes;
        std::optional<awsjobs::map<String, Entry>> Nested;
        friend bool operator==(const Report&, const Report&) = default;
        BOOST_DESCRIBE_CLASS(Report, (), (ByPhase, Entries, Notes, Nested), (), ())
    };
};

}  // namespace maps_test

using Owning = maps_test::model<std::string>::Report;
using View = maps_test::model<std::string_view>::Report;
using ViewedEntry = maps_test::model<std::string_view>::Entry;

TEST_CASE("a map reads in document order and writes back the same text") {
    const std::string text =
        R"({"ByPhase":{"WAITING":["a","b"],"ERROR":[]},"Entries":[{"Sizes":{"z":1,"a":-2,"m":3}},{"Sizes":{}}],)"
        R"("Notes":{"k\"q":"v"}})";
    const auto report = read_ok<Owning>(text);
    REQUIRE(report.ByPhase);
    REQUIRE(report.ByPhase->size() == 2);
    CHECK(report.ByPhase->begin()->first == Phase::WAITING);
    CHECK(std::next(report.ByPhase->begin())->first == Phase::ERROR_);
    CHECK(report.ByPhase->at(Phase::WAITING) == std::vector<std::string>{"a", "b"});
    const auto& sizes = *report.Entries->at(0).Sizes;
    std::vector<std::string> order;
    for (const auto& [k, v] : sizes) order.push_back(k);
    CHECK(order == std::vector<std::string>{"z", "a", "m"});
    CHECK(sizes.at("a") == -2);
    CHECK(report.Entries->at(1).Sizes->empty());
    CHECK(report.Notes->at("k\"q") == "v");
    CHECK(write_ok(report) == text);
    CHECK(read_ok<Owning>(write_ok(report, {.pretty = true})) == report);
}

TEST_CASE("an open_enum key keeps a value its enum does not know, and writes it back") {
    const auto report = read_ok<Owning>(R"({"ByPhase":{"ON_MARS":["x"],"COMPLETED":["y"]}})");
    const auto& first = report.ByPhase->begin()->first;
    CHECK_FALSE(first.is_known());
    CHECK(first.wire_name() == "ON_MARS");
    CHECK(std::next(report.ByPhase->begin())->first == Phase::COMPLETED);
    CHECK(write_ok(report) == R"({"ByPhase":{"ON_MARS":["x"],"COMPLETED":["y"]}})");
}

TEST_CASE("a null value is an absent one, as everywhere else") {
    const auto report = read_ok<Owning>(R"({"Notes":{"a":null,"b":"x"},"ByPhase":null})");
    CHECK_FALSE(report.ByPhase);
    CHECK_FALSE(report.Notes->at("a"));
    CHECK(report.Notes->at("b") == "x");
}

TEST_CASE("parsed in place into views, keys and values point into the buffer") {
    std::string buffer = R"({"Entries":[{"Sizes":{"key\u0041":7}}],"ByPhase":{"NEW":["v"]}})";
    const auto parsed = awsjobs::json::parse_in_place<View>(buffer);
    REQUIRE(parsed);
    const auto& [k, v] = *parsed->Entries->at(0).Sizes->begin();
    CHECK(k == "keyA");
    CHECK(v == 7);
    const char* lo = buffer.data();
    const char* hi = buffer.data() + buffer.size();
    CHECK((k.data() >= lo && k.data() < hi));
    const auto& phase_key = parsed->ByPhase->begin()->first.wire_name();
    CHECK((phase_key.data() >= lo && phase_key.data() < hi));
    CHECK((parsed->ByPhase->begin()->second.at(0).data() >= lo));
}

TEST_CASE("a repeated key is an error with its path and offset") {
    const std::string text = R"({"Entries":[{"Sizes":{"a":1,"b":2,"a":3}}]})";
    const auto e = read_error<Owning>(text);
    CHECK(e.code == awsjobs::errc::duplicate_key);
    CHECK(e.path == "$.Entries[0].Sizes.a");
    CHECK(e.offset == text.rfind("\"a\""));
    CHECK(e.message.find("'a'") != std::string::npos);

    const std::string by_enum = R"({"ByPhase":{"ERROR":[],"WAITING":[],"ERROR":[]}})";
    const auto enum_error = read_error<Owning>(by_enum);
    CHECK(enum_error.code == awsjobs::errc::duplicate_key);
    CHECK(enum_error.path == "$.ByPhase.ERROR");
    CHECK(enum_error.offset == by_enum.rfind("\"ERROR\""));

    const std::string unknown = R"({"ByPhase":{"x y":[],"x y":[]}})";
    CHECK(read_error<Owning>(unknown).path == "$.ByPhase['x y']");
}

TEST_CASE("maps in maps: each map's keys are its own, before and after an inner map") {
    const std::string text = R"({"Nested":{"a":{"Sizes":{"a":1,"b":2}},"b":{"Sizes":{"a":3}},"c":{}}})";
    const auto report = read_ok<Owning>(text);
    REQUIRE(report.Nested->size() == 3);
    CHECK(report.Nested->at("a").Sizes->at("b") == 2);
    CHECK(report.Nested->at("b").Sizes->at("a") == 3);
    CHECK(write_ok(report) == text);

    const std::string again = R"({"Nested":{"a":{"Sizes":{"x":1,"y":2}},"b":{"Sizes":{"x":3}},"a":{}}})";
    const auto e = read_error<Owning>(again);
    CHECK(e.code == awsjobs::errc::duplicate_key);
    CHECK(e.path == "$.Nested.a");
    CHECK(e.offset == again.rfind("\"a\""));

    const std::string inner = R"({"Nested":{"a":{"Sizes":{"x":1}},"b":{"Sizes":{"x":3,"x":4}}}})";
    const auto inner_error = read_error<Owning>(inner);
    CHECK(inner_error.code == awsjobs::errc::duplicate_key);
    CHECK(inner_error.path == "$.Nested.b.Sizes.x");
}

TEST_CASE("a map's value of the wrong kind, and a map that is not an object, name the entry") {
    const auto e = read_error<Owning>(R"({"Entries":[{"Sizes":{"a":1,"b":"2"}}]})");
    CHECK(e.code == awsjobs::errc::type_mismatch);
    CHECK(e.path == "$.Entries[0].Sizes.b");
    const auto not_object = read_error<Owning>(R"({"Notes":["a"]})");
    CHECK(not_object.code == awsjobs::errc::type_mismatch);
    CHECK(not_object.path == "$.Notes");
}

TEST_CASE("map entries count against max_elements, and maps against max_depth") {
    awsjobs::json::read_options options;
    options.max_elements = 3;
    CHECK(read_error<Owning>(R"({"Notes":{"a":"","b":"","c":"","d":""}})", options).code ==
          awsjobs::errc::too_many_elements);
    std::string buffer = R"({"Notes":{"a":"","b":"","c":""}})";
    CHECK(awsjobs::json::parse_in_place<Owning>(buffer, options).has_value());
    options.max_elements = 1000;
    options.max_depth = 3;
    const auto deep = read_error<Owning>(R"({"Entries":[{"Sizes":{"a":1}}]})", options);
    CHECK(deep.code == awsjobs::errc::depth_exceeded);
}

TEST_CASE("10,000 distinct keys read, in order (the time is printed, not asserted)") {
    std::string text = R"({"Sizes":{)";
    for (int i = 0; i != 10000; ++i) text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":" + std::to_string(i);
    text += "}}";
    std::string buffer = text;  // the views point into it: it outlives them
    const auto start = std::chrono::steady_clock::now();
    const auto parsed = awsjobs::json::parse_in_place<ViewedEntry>(buffer);
    const auto took = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("10,000 map keys read in %.1f ms\n", took);
    REQUIRE(parsed.has_value());
    const ViewedEntry& entry = *parsed;
    REQUIRE(entry.Sizes->size() == 10000);
    CHECK((std::next(entry.Sizes->begin(), 9999)->first == "k9999"));
    text.insert(text.size() - 2, ",\"k5000\":1");
    CHECK(read_error<ViewedEntry>(text).code == awsjobs::errc::duplicate_key);
}
