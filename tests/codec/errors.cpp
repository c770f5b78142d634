// Errors: syntax (RapidJSON's offsets), depth, trailing content, duplicates, the result API.
#include "helpers.hpp"
#include "types.hpp"

#include <sstream>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

using namespace testing_types;
using namespace testing_helpers;
namespace json = awsjobs::json;

namespace {
// What RapidJSON itself says about `text`, parsed the ordinary way (not in place).
rapidjson::ParseResult rapidjson_verdict(const std::string& text) {
    rapidjson::BaseReaderHandler<> ignore;
    rapidjson::StringStream in(text.c_str());
    rapidjson::Reader reader;
    return reader.Parse(in, ignore);
}
}  // namespace

TEST_CASE("syntax errors keep RapidJSON's offset and message") {
    struct expectation {
        const char* text;
        std::size_t offset;
        const char* message;
    };
    const expectation cases[] = {
        {"", 0, "The document is empty."},
        {"   ", 3, "The document is empty."},
        {R"({"Name": tru})", 12, "Invalid value."},
        {R"({"Name": "x",})", 13, "Missing a name for object member."},
        {R"({"Name" "x"})", 8, "Missing a colon after a name of object member."},
        {R"({"Name": "x")", 12, "Missing a comma or '}' after an object member."},
        {R"({"Name": "x\q"})", 11, "Invalid escape character in string."},
        {R"({"Name": 01})", 10, "Missing a comma or '}' after an object member."},
        {R"({"Name": "x"} {})", 14, "The document root must not be followed by other values."},
        {"{\"Name\": \"a\tb\"}", 11, "Invalid escape character in string."},
        {"[1,]", 3, "Invalid value."},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto e = read_error<Leaf>(c.text);
        CHECK(e.code == awsjobs::errc::syntax);
        CHECK(e.offset == c.offset);
        CHECK(e.message == c.message);
        CHECK(awsjobs::is_syntax_error(e.code));
        const auto verdict = rapidjson_verdict(c.text);
        CHECK(verdict.Offset() == e.offset);
        CHECK(std::string(rapidjson::GetParseError_En(verdict.Code())) == e.message);
    }
}

TEST_CASE("a number beyond double's range is refused by RapidJSON wherever it is") {
    const auto e = read_error<Doubles>(R"({"d":1e400})");
    CHECK(e.code == awsjobs::errc::out_of_range);
    CHECK(e.offset == 5);
    CHECK(e.path == "$.d");
    CHECK(e.message == "Number too big to be stored in double.");
    const auto in_list = read_error<Doubles>(R"({"many":[1,2,)" + std::string(400, '9') + "]}");
    CHECK(in_list.code == awsjobs::errc::out_of_range);
    CHECK(in_list.offset == 13);
    CHECK(in_list.path == "$.many[2]");
    CHECK(read_error<Leaf>(R"({"Name":"x","Unknown":-1e999})").code == awsjobs::errc::out_of_range);
}

TEST_CASE("a syntax error wins over a type error earlier in the document") {
    // The type error comes first, but a document that is not JSON is reported as such.
    const auto e = read_error<Leaf>(R"({"Name": 5, "Size": [})");
    CHECK(e.code == awsjobs::errc::syntax);
    CHECK(e.offset == 21);
}

TEST_CASE("syntax errors name the innermost open container") {
    CHECK(read_error<Branch>(R"({"Leaves":[{"Name":"a"},{"Name":}]})").path == "$.Leaves[1]");
}

TEST_CASE("a NUL byte ends the input: anything after it is an error") {
    std::string text = R"({"Name":"x"})";
    text += '\0';
    text += "garbage";
    const auto e = read_error<Leaf>(text);
    CHECK(e.code == awsjobs::errc::syntax);
    CHECK(e.offset == 12);
    CHECK(e.message == "unexpected NUL byte after the value");
    std::string inside = "{\"Name\":\"a";
    inside += '\0';
    inside += "\"}";
    CHECK(read_error<Leaf>(inside).code == awsjobs::errc::syntax);
}

TEST_CASE("100,000 opening brackets fail cleanly") {
    const std::string deep(100000, '[');
    const auto e = read_error<Tree>(deep);
    CHECK(e.code == awsjobs::errc::syntax);
    CHECK(e.offset == 100000);
    const auto objects = read_error<Leaf>(std::string(50000, '{'));  // not even valid keys
    CHECK(objects.code == awsjobs::errc::syntax);
}

TEST_CASE("nesting deeper than the limit is an error, not a stack overflow") {
    const std::string prefix = R"({"Name":"x","Deep":)";
    const std::string balanced = prefix + std::string(100000, '[') + std::string(100000, ']') + "}";
    const auto e = read_error<Leaf>(balanced);
    CHECK(e.code == awsjobs::errc::depth_exceeded);
    CHECK(e.offset == prefix.size() + 127);  // the root object is level 1: the 128th bracket is level 129
    CHECK(e.message == "nesting deeper than 128 levels");
    CHECK(e.path == "$.Deep" + [] {
        std::string p;
        for (int i = 0; i != 126; ++i) p += "[0]";
        return p;
    }());

    const std::string nested_in_unknown = R"({"Name":"x","Extra":)" + std::string(10, '[') + std::string(10, ']') + "}";
    CHECK(read_ok<Leaf>(nested_in_unknown).Name == "x");
    const auto limited = read_error<Leaf>(nested_in_unknown, json::read_options{.max_depth = 5});
    CHECK(limited.code == awsjobs::errc::depth_exceeded);
    CHECK(limited.offset == 24);
    CHECK(limited.path == "$.Extra[0][0][0]");
}

TEST_CASE("deep nesting within the limit is fine") {
    std::string text = std::string(120, '[') + std::string(120, ']');
    CHECK(json::parse<std::vector<std::int32_t>>(text).error().message == "expected integer, got array");
    std::string wrapped = R"({"Name":"deep","x":)" + std::string(120, '[') + std::string(120, ']') + "}";
    CHECK(read_ok<Leaf>(wrapped).Name == "deep");
}

TEST_CASE("a duplicate key naming a member is an error; duplicate unknown keys are skipped") {
    const auto e = read_error<Leaf>(R"({"Name":"a","Size":1,"Name":"b"})");
    CHECK(e.code == awsjobs::errc::duplicate_key);
    CHECK(e.offset == 21);
    CHECK(e.path == "$.Name");
    CHECK(e.message == "duplicate key 'Name'");
    CHECK(read_ok<Leaf>(R"({"x":1,"Name":"a","x":2})").Name == "a");
}

// The reader tries the member declared after the last one it found before its perfect hash:
// whatever the order, a key only ever names the member whose key it is.
TEST_CASE("members are found in any order, and a key is never taken for the member expected next") {
    const Ints expected{-1, -2, -3, -4, 5, 6, 7, 8};
    CHECK(read_ok<Ints>(R"({"i8":-1,"i16":-2,"i32":-3,"i64":-4,"u8":5,"u16":6,"u32":7,"u64":8})") == expected);
    CHECK(read_ok<Ints>(R"({"u64":8,"u32":7,"u16":6,"u8":5,"i64":-4,"i32":-3,"i16":-2,"i8":-1})") == expected);
    // After i8 the reader expects i16: u16 and i32 have its length, i1 and i166 begin like it.
    CHECK(read_ok<Ints>(R"({"i8":-1,"u16":6,"i1":0,"i32":-3,"i166":0,"i16":-2,"u8":5,"i64":-4,"u32":7,"u64":8})") ==
          expected);
    // After u64, the last member, nothing is expected.
    CHECK(read_ok<Ints>(R"({"u64":8,"i8":-1,"i16":-2,"x":1,"i32":-3,"u8":5,"u16":6,"i64":-4,"u32":7})") == expected);
}

TEST_CASE("keys compare equal exactly when every byte is, at every length and every place of a difference") {
    // same_bytes compares in words (the first and last 8 bytes, overlapping, up to 16; a loop above),
    // so a difference in any byte must be seen whatever word holds it.
    for (std::size_t n = 0; n != 41; ++n) {
        std::string a(n, 'k');
        for (std::size_t i = 0; i != n; ++i) a[i] = static_cast<char>('a' + (i * 7) % 26);
        const std::string b = a;
        CHECK(awsjobs::detail::same_bytes(a.data(), b.data(), n));
        for (std::size_t at = 0; at != n; ++at) {
            std::string c = a;
            c[at] = static_cast<char>(c[at] ^ 0x20);
            CHECK_FALSE(awsjobs::detail::same_bytes(a.data(), c.data(), n));
        }
    }
}

TEST_CASE("a duplicate of the member expected next is still a duplicate") {
    // After i8 the reader expects i16, which came first.
    const auto e = read_error<Ints>(R"({"i16":1,"i8":2,"i16":3})");
    CHECK(e.code == awsjobs::errc::duplicate_key);
    CHECK(e.offset == 16);
    CHECK(e.path == "$.i16");
    CHECK(e.message == "duplicate key 'i16'");
}

namespace {
// Member names with bytes that JSON escapes (awsjobs_json_member_name allows any name).
struct Escaped {
    int quoted = 0;
    int backslashed = 0;
    bool operator==(const Escaped&) const = default;
};
BOOST_DESCRIBE_STRUCT(Escaped, (), (quoted, backslashed))
constexpr std::string_view awsjobs_json_member_name(const Escaped*, std::string_view member) {
    return member == "quoted" ? "say \"hi\"" : "back\\slash";
}
}  // namespace

// The member expected next is compared with the text itself, before RapidJSON reads the
// string (reader::take_expected_key): only a string that is exactly its key, closing quote
// included, may be taken that way; anything else is read as RapidJSON reads it.
TEST_CASE("the member expected next is taken from the text only when the whole string is its key") {
    // Cut at, inside or just after the expected key: RapidJSON's own syntax errors.
    for (const std::string text : {R"({"i8":-1,"i16)", R"({"i8":-1,"i1)", R"({"i8":-1,"i16")", R"({"i8":-1,"i16":)"}) {
        CAPTURE(text);
        const auto e = read_error<Ints>(text);
        CHECK(e.code == awsjobs::errc::syntax);
        CHECK(e.offset == rapidjson_verdict(text).Offset());
    }
    // A key that begins with the expected one is another key.
    CHECK(read_ok<Ints>(R"({"i8":-1,"i166":0,"i16":-2})").i16 == -2);
    // The expected key spelt with escapes is the same key.
    CHECK(read_ok<Ints>(R"({"i8":-1,"\u0069\u0031\u0036":-2})").i16 == -2);
    // Keys with bytes JSON escapes are never compared with the raw text: `"say "hi""` is not
    // the string `say "hi"`, nor `"back\slash"` (an invalid escape) the string `back\slash`.
    CHECK(read_ok<Escaped>(R"({"say \"hi\"":1,"back\\slash":2})") == Escaped{1, 2});
    CHECK(read_error<Escaped>(R"({"say "hi"":1})").code == awsjobs::errc::syntax);
    CHECK(read_error<Escaped>(R"({"say \"hi\"":1,"back\slash":2})").code == awsjobs::errc::syntax);
}

TEST_CASE("an error after null, true or false is reported at its own value") {
    // Those three are reported when RapidJSON has read past them: the offset they need must
    // not stay for the values after them.
    const auto e = read_error<Leaf>(R"({"Size":null,"Name":5})");
    CHECK(e.code == awsjobs::errc::type_mismatch);
    CHECK(e.offset == 20);
    CHECK(e.path == "$.Name");
    const auto after_true = read_error<Branch>(R"({"x":true,"Best":{"Name":"a","Size":"b"}})");
    CHECK(after_true.offset == 36);
    CHECK(after_true.path == "$.Best.Size");
}

TEST_CASE("keys that are not identifiers appear in bracket notation in paths") {
    const auto e = read_error<Leaf>(R"({"odd key's":{"Size":[1,"x"]}, "Name": 1})");
    CHECK(e.code == awsjobs::errc::type_mismatch);
    CHECK(e.path == "$.Name");
    const auto skipped = read_error<Leaf>("{\"odd key's\":[\"\xff\"]}");
    CHECK(skipped.path == "$['odd key\\'s'][0]");
}

TEST_CASE("the member-key customisation point renames keys") {
    const auto env = read_ok<Envelope>(R"({"__type":"com.amazon#Thing","message":"m","type":"ignored"})");
    CHECK(env.type == "com.amazon#Thing");
    CHECK(write_ok(env) == R"({"__type":"com.amazon#Thing","message":"m"})");
}

TEST_CASE("errors describe themselves, convert to std::error_code and throw from value()") {
    const auto e = read_error<Leaf>(R"({"Name":5})");
    CHECK(e.describe() == "type_mismatch at offset 8, $.Name: expected string, got number");
    std::ostringstream os;
    os << e;
    CHECK(os.str() == e.describe());
    const std::error_code code = e.code;
    CHECK(code == awsjobs::errc::type_mismatch);
    CHECK(code.message() == "type_mismatch");
    CHECK(std::string(code.category().name()) == "awsjobs");
    CHECK(&code.category() == &awsjobs::category());

    auto doc = json::parse<Leaf>(std::string_view(R"({"Name":5})"));
    CHECK_FALSE(doc);
    CHECK_THROWS_WITH_AS(doc.value(), "type_mismatch at offset 8, $.Name: expected string, got number", awsjobs::bad_result_access<awsjobs::error>);
    try {
        (void)doc.value();
    } catch (const awsjobs::bad_result_access<awsjobs::error>& thrown) {
        CHECK(thrown.error() == e);
    }
    // Every kind of bad_result_access is a bad_result_access<void>, a std::exception.
    CHECK_THROWS_WITH_AS(doc.value(), "type_mismatch at offset 8, $.Name: expected string, got number",
                         awsjobs::bad_result_access<void>);
}

TEST_CASE("paths show keys that are not printable UTF-8 as \\x escapes") {
    const auto e = read_error<Leaf>("{\"a\\nb\\u0001\xff\":1}");
    CHECK(e.code == awsjobs::errc::invalid_encoding);
    CHECK(e.path == "$['a\\x0ab\\x01\\xff']");
}

TEST_CASE("messages quote at most a few dozen bytes of the input, never half a character") {
    // 58 bytes, then euro signs (3 bytes each): the 60-byte cut of the quote moves back before the first.
    const std::string digits(58, '2');
    const auto e = read_error<Job>(R"({"CreatedAt":")" + digits + "\u20ac\u20ac" + R"("})");
    CHECK(e.code == awsjobs::errc::invalid_timestamp);
    CHECK(e.message.starts_with("'" + digits + "':"));
    CHECK(awsjobs::detail::find_invalid_utf8(e.message.data(), e.message.size()) == e.message.size());

    CHECK(awsjobs::detail::excerpt("ab\xc3\xa9", 3) == "ab");
    CHECK(awsjobs::detail::excerpt("ab\xc3\xa9", 4) == "ab\xc3\xa9");
    CHECK(awsjobs::detail::excerpt("\xf0\x9f\x98\x80z", 3).empty());
}
