// Strings: escapes, zero-copy views, UTF-8 validation.
#include "helpers.hpp"
#include "types.hpp"

#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace testing_types;
using namespace testing_helpers;
namespace json = awsjobs::json;

TEST_CASE("every JSON escape is decoded, surrogate pairs included") {
    const auto o = read_ok<Owned>(R"({"A":"q\" b\\ s\/ \b\f\n\r\t \u0041\u00e9\u20ac \ud83d\udcca \u0000end"})");
    CHECK(o.A == std::string("q\" b\\ s/ \b\f\n\r\t A\xc3\xa9\xe2\x82\xac \xf0\x9f\x93\x8a ") + std::string(1, '\0') + "end");
}

TEST_CASE("raw UTF-8 passes through unchanged") {
    CHECK(read_ok<Owned>("{\"A\":\"Z\xc3\xbcrich \xf0\x9f\x98\x80\"}").A == "Z\xc3\xbcrich \xf0\x9f\x98\x80");
}

TEST_CASE("string_view members point into the buffer, unescaped in place") {
    std::string buffer = R"({"A":"plain","B":"esc\naped\u00e9","C":"c","List":["x","y\/z"]})";
    const char* const begin = buffer.data();
    const char* const end = begin + buffer.size();
    auto v = json::parse_in_place<Views>(buffer);
    REQUIRE(v);
    CHECK(v->A == "plain");
    CHECK(v->B == "esc\naped\xc3\xa9");
    CHECK(v->C == "c");
    REQUIRE(v->List);
    CHECK(*v->List == std::vector<std::string_view>{"x", "y/z"});
    for (std::string_view s : {v->A, v->B, *v->C, (*v->List)[0], (*v->List)[1]}) {
        CHECK(s.data() >= begin);
        CHECK(s.data() + s.size() <= end);
    }
}

TEST_CASE("invalid UTF-8 is rejected with the offending byte's offset and the string's path") {
    const auto e = read_error<Owned>("{\"A\":\"ok\",\"B\":\"ab\xff\"}");
    CHECK(e.code == awsjobs::errc::invalid_encoding);
    CHECK(e.offset == 17);
    CHECK(e.path == "$.B");
    CHECK(e.message == "invalid UTF-8 in string");
    CHECK(awsjobs::is_syntax_error(e.code));

    // Overlong forms, encoded surrogates and truncated sequences are invalid too.
    for (const char* bad : {"\xc0\xaf", "\xed\xa0\x80", "\xe2\x82", "\xf4\x90\x80\x80", "\x80"}) {
        const auto e2 = read_error<Owned>(std::string("{\"A\":\"") + bad + "\"}");
        CHECK(e2.code == awsjobs::errc::invalid_encoding);
        CHECK(e2.offset == 6);
    }
}

TEST_CASE("invalid UTF-8 in keys and in skipped values is rejected too") {
    const auto key = read_error<Owned>("{\"A\":\"x\",\"\xfe\":1}");
    CHECK(key.code == awsjobs::errc::invalid_encoding);
    CHECK(key.offset == 10);
    const auto skipped = read_error<Owned>("{\"Other\":[\"\xc3\"],\"A\":\"x\"}");
    CHECK(skipped.code == awsjobs::errc::invalid_encoding);
    CHECK(skipped.offset == 11);
    CHECK(skipped.path == "$.Other[0]");
}

TEST_CASE("an encoding error in an array names the element that holds it, after a type error too") {
    const auto third = read_error<std::vector<std::string>>("[\"a\",\"b\",\"\xff\"]");
    CHECK(third.code == awsjobs::errc::invalid_encoding);
    CHECK(third.offset == 10);
    CHECK(third.path == "$[2]");
    // The number is a type error first; the encoding error replaces it, and the number counts.
    const auto after = read_error<std::vector<std::string>>(R"([42,"x","y\udc00"])");
    CHECK(after.code == awsjobs::errc::invalid_encoding);
    CHECK(after.offset == 10);
    CHECK(after.path == "$[2]");
}

TEST_CASE("an encoding error names the string that holds it, wherever it is among type errors and nesting") {
    // Arrays of strings of clean fragments, mostly, and now and then one that makes the text
    // invalid (invalid UTF-8, or an escape of a low surrogate alone). One element may be a number
    // (a type error before the problem, which the encoding error replaces), one may open arrays
    // nested deeper than max_depth allows (reading stops there: a problem after it is in no string
    // the reader has seen, and has no path).
    const std::string_view clean[] = {"plain text ", "0123456789abcdefghijklmnopqrstuvwxyz-", "\\n", "\\\\", "\\/",
                                      "\\u00e9", "\\ud83d\\ude00", "\\\\udc00", "\xc3\xa9", "\xe2\x82\xac",
                                      "\xf0\x9f\x98\x80", "\\uD83D\\uDE00"};
    const std::string_view invalid[] = {"\xff", "\xc3", "\xed\xa0\x80", "\xc0\xaf", "\\udc00", "\\uDFFF"};
    std::mt19937 random(20261207);
    std::uniform_int_distribution<std::size_t> strings(1, 12), fragments(0, 5), pick_clean(0, std::size(clean) - 1),
        pick_invalid(0, std::size(invalid) - 1), one_in(0, 40), place(0, 14);
    std::size_t problems = 0, after_stop = 0, after_type_error = 0;
    for (int round = 0; round != 20000; ++round) {
        const std::size_t count = strings(random), number_at = place(random), nested_at = place(random);
        std::string text = "[";
        std::vector<std::size_t> string_ends;  // one past each string's closing quote
        std::size_t nested_offset = std::string::npos;
        for (std::size_t i = 0; i != count; ++i) {
            if (i != 0) text += ',';
            if (i == number_at) text += "42,";
            if (i == nested_at) {
                nested_offset = text.size();
                text += "[[[[1]]]],";
            }
            text += '"';
            for (std::size_t k = fragments(random); k != 0; --k)
                text += one_in(random) == 0 ? invalid[pick_invalid(random)] : clean[pick_clean(random)];
            text += '"';
            string_ends.push_back(text.size());
        }
        text += ']';

        // Where the problem is: the definition the reader is held to is a scan of the whole text.
        const awsjobs::detail::text_encoding whole = awsjobs::detail::scan_text(text.data(), text.size());
        std::string buffer = text;
        json::read_options options;
        options.max_depth = 3;
        const auto parsed = json::parse_in_place<std::vector<std::string_view>>(buffer, options);
        INFO("text: ", text);
        if (whole.problem == awsjobs::detail::text_encoding::none) {
            CHECK(parsed.has_value() == (number_at >= count && nested_at >= count));
            if (!parsed) CHECK(parsed.error().code != awsjobs::errc::invalid_encoding);
            continue;
        }
        ++problems;
        REQUIRE_FALSE(parsed.has_value());
        const awsjobs::error& e = parsed.error();
        CHECK(e.code == awsjobs::errc::invalid_encoding);
        CHECK(e.offset == whole.offset);
        CHECK(e.message == awsjobs::detail::encoding_message(whole));
        std::size_t index = 0;
        while (string_ends[index] <= whole.offset) ++index;
        const bool stopped_before = nested_offset < whole.offset;
        const std::size_t element = index + (number_at <= index) + (nested_at <= index);
        CHECK(e.path == (stopped_before ? std::string() : "$[" + std::to_string(element) + "]"));
        after_stop += stopped_before;
        after_type_error += number_at <= index && !stopped_before;
    }
    // Every way was taken many times.
    CHECK(problems > 3000);
    CHECK(after_stop > 300);
    CHECK(after_type_error > 300);
}

TEST_CASE("lone surrogates are rejected") {
    const auto high = read_error<Owned>(R"({"A":"x\ud800y"})");
    CHECK(high.code == awsjobs::errc::invalid_encoding);
    CHECK(high.offset == 7);  // RapidJSON's offset: the escape
    CHECK(high.message == "The surrogate pair in string is invalid.");

    const auto low = read_error<Owned>(R"({"A":"x\udc00y"})");
    CHECK(low.code == awsjobs::errc::invalid_encoding);
    CHECK(low.path == "$.A");
    CHECK(low.offset == 7);  // the escape
    CHECK(low.message == "string contains an unpaired UTF-16 surrogate escape (\\uDC00-\\uDFFF)");
    // A pair is fine; an escaped backslash before "udc00" is no escape at all.
    CHECK(read_ok<Owned>(R"({"A":"\ud83d\ude00 \\udc00"})").A == "\xf0\x9f\x98\x80 \\udc00");

    CHECK(read_error<Owned>(R"({"A":"\udc00\ud800"})").code == awsjobs::errc::invalid_encoding);
}

TEST_CASE("writing escapes what JSON requires and nothing else") {
    Owned o;
    o.A = std::string("q\" b\\ s/ \b\f\n\r\t \x01\x1f\x7f \xc3\xa9 ") + std::string(1, '\0');
    const std::string text = write_ok(o);
    CHECK(text == "{\"A\":\"q\\\" b\\\\ s/ \\b\\f\\n\\r\\t \\u0001\\u001f\x7f \xc3\xa9 \\u0000\"}");
    CHECK(read_ok<Owned>(text) == o);
}

TEST_CASE("long strings with escapes spread over the writer's chunks round-trip") {
    Owned o;
    for (int i = 0; i != 5000; ++i) o.A += (i % 97 == 0) ? std::string("\"\n\xe2\x82\xac") : std::string("abcdefgh");
    CHECK(read_ok<Owned>(write_ok(o)) == o);
}

TEST_CASE("writing a string that is not UTF-8 is an error, with the path") {
    Owned o;
    o.A = "fine";
    o.B = "bad \xc3";
    auto written = json::write(o);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == awsjobs::errc::invalid_encoding);
    CHECK(written.error().path == "$.B");
    CHECK(written.error().message == "string is not valid UTF-8 at byte 4");
}
