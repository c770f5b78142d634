// Structs, booleans, integers, floating point, optional, vector, unknown members.
#include "helpers.hpp"
#include "types.hpp"

#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cmath>
#include <limits>
#include <random>
#include <string>

using namespace testing_types;
using namespace testing_helpers;
namespace json = awsjobs::json;

TEST_CASE("nested structs read at any depth and write keys in declaration order") {
    const auto tree = read_ok<Tree>(
        R"({"Grid":[[1,2],[],[3]],"Trunk":{"Best":{"Size":7,"Name":"oak"},"Leaves":[{"Name":"a"},{"Name":"b","Size":-2}]},)"
        R"("Height":12.5,"Alive":true})");
    CHECK(tree.Alive);
    CHECK(tree.Height == 12.5);
    REQUIRE(tree.Trunk);
    REQUIRE(tree.Trunk->Leaves.size() == 2);
    CHECK(tree.Trunk->Leaves[1] == Leaf{"b", -2});
    CHECK(tree.Trunk->Best == Leaf{"oak", 7});
    CHECK(tree.Grid == std::vector<std::vector<std::int32_t>>{{1, 2}, {}, {3}});
    CHECK(write_ok(tree) ==
          R"({"Alive":true,"Height":12.5,"Trunk":{"Leaves":[{"Name":"a"},{"Name":"b","Size":-2}],"Best":{"Name":"oak","Size":7}},)"
          R"("Grid":[[1,2],[],[3]]})");
}

TEST_CASE("members of described base classes are read and written first") {
    const auto d = read_ok<Derived>(R"({"Extra":"x","Id":"base"})");
    CHECK(d.Id == "base");
    CHECK(d.Extra == "x");
    CHECK(write_ok(d) == R"({"Id":"base","Extra":"x"})");
}

TEST_CASE("booleans") {
    CHECK(read_ok<Tree>(R"({"Alive":false})").Alive == false);
    CHECK(read_ok<Tree>(R"({"Alive":true})").Alive == true);
    const auto e = read_error<Tree>(R"({"Alive":1})");
    CHECK(e.code == awsjobs::errc::type_mismatch);
    CHECK(e.offset == 9);
    CHECK(e.path == "$.Alive");
    CHECK(e.message == "expected boolean, got number");
}

TEST_CASE("integers of every width accept their whole range") {
    const auto lo = read_ok<Ints>(R"({"i8":-128,"i16":-32768,"i32":-2147483648,"i64":-9223372036854775808,)"
                                  R"("u8":0,"u16":0,"u32":0,"u64":0})");
    CHECK(lo == Ints{INT8_MIN, INT16_MIN, INT32_MIN, INT64_MIN, 0, 0, 0, 0});
    const auto hi = read_ok<Ints>(R"({"i8":127,"i16":32767,"i32":2147483647,"i64":9223372036854775807,)"
                                  R"("u8":255,"u16":65535,"u32":4294967295,"u64":18446744073709551615})");
    CHECK(hi == Ints{INT8_MAX, INT16_MAX, INT32_MAX, INT64_MAX, UINT8_MAX, UINT16_MAX, UINT32_MAX, UINT64_MAX});
    CHECK(read_ok<Ints>(write_ok(hi)) == hi);
    CHECK(read_ok<Ints>(write_ok(lo)) == lo);
    CHECK(read_ok<Ints>(R"({"u8":-0})").u8 == 0);
}

TEST_CASE("an integer that does not fit is an error, never wrapped") {
    struct expectation {
        const char* text;
        std::size_t offset;
        const char* path;
        const char* message;
    };
    const expectation cases[] = {
        {R"({"i8":128})", 6, "$.i8", "128 does not fit in int8"},
        {R"({"i8":-129})", 6, "$.i8", "-129 does not fit in int8"},
        {R"({"i16":32768})", 7, "$.i16", "32768 does not fit in int16"},
        {R"({"i32":2147483648})", 7, "$.i32", "2147483648 does not fit in int32"},
        {R"({"i64":9223372036854775808})", 7, "$.i64", "9223372036854775808 does not fit in int64"},
        {R"({"u8":256})", 6, "$.u8", "256 does not fit in uint8"},
        {R"({"u16":-1})", 7, "$.u16", "-1 does not fit in uint16"},
        {R"({"u32":4294967296})", 7, "$.u32", "4294967296 does not fit in uint32"},
        {R"({"u64":18446744073709551616})", 7, "$.u64", "18446744073709551616 does not fit in uint64"},
    };
    for (const auto& c : cases) {
        const auto e = read_error<Ints>(c.text);
        CHECK(e.code == awsjobs::errc::out_of_range);
        CHECK(e.offset == c.offset);
        CHECK(e.path == c.path);
        CHECK(e.message == c.message);
    }
}

TEST_CASE("a fraction or exponent is not an integer") {
    for (const char* text : {R"({"i32":1.0})", R"({"i32":1e3})", R"({"i32":-2.5E-1})"}) {
        const auto e = read_error<Ints>(text);
        CHECK(e.code == awsjobs::errc::type_mismatch);
        CHECK(e.offset == 7);
        CHECK(e.path == "$.i32");
    }
    CHECK(read_error<Ints>(R"({"i32":1.5})").message == "expected integer, got 1.5");
    CHECK(read_error<Ints>(R"({"i32":"1"})").message == "expected integer, got string");
}

TEST_CASE("floating point round-trips exactly") {
    const double samples[] = {0.1,
                              -0.0,
                              1.0 / 3.0,
                              5e-324,
                              2.2250738585072014e-308,
                              1.7976931348623157e308,
                              9007199254740993.0,
                              123456789.123456789,
                              1e22,
                              -4.9406564584124654e-324};
    for (double d : samples) {
        Doubles in;
        in.d = d;
        in.f = std::abs(d) <= std::numeric_limits<float>::max() ? static_cast<float>(d) : 1.5f;
        const auto out = read_ok<Doubles>(write_ok(in));
        CHECK(std::bit_cast<std::uint64_t>(out.d) == std::bit_cast<std::uint64_t>(d));
        CHECK(std::bit_cast<std::uint32_t>(out.f) == std::bit_cast<std::uint32_t>(in.f));
    }
    CHECK(read_ok<Doubles>(R"({"d":1.659776801824E9})").d == 1659776801.824);
    CHECK(read_ok<Doubles>(R"({"d":10})").d == 10.0);
    CHECK(write_ok(read_ok<Doubles>(R"({"d":100.0})")) == R"({"d":100,"f":0})");
}

TEST_CASE("a number too small for double reads as its correctly rounded value, zero or subnormal") {
    CHECK(std::bit_cast<std::uint64_t>(read_ok<Doubles>(R"({"d":1e-400})").d) == 0);
    CHECK(std::bit_cast<std::uint64_t>(read_ok<Doubles>(R"({"d":-1e-400})").d) ==
          std::bit_cast<std::uint64_t>(-0.0));
    // Halfway between 0 and the smallest subnormal rounds to even (zero); just above it rounds up.
    CHECK(read_ok<Doubles>(R"({"d":2.4703282292062327e-324})").d == 0.0);
    CHECK(read_ok<Doubles>(R"({"d":2.4703282292062328e-324})").d == 5e-324);
    CHECK(read_ok<Doubles>(R"({"d":4.9406564584124654e-324})").d == 5e-324);
    CHECK(read_ok<Doubles>(R"({"f":1e-50})").f == 0.0f);
    CHECK(read_ok<Doubles>(R"({"f":1.401298464324817e-45})").f == std::numeric_limits<float>::denorm_min());
}

TEST_CASE("a number too large for the floating type is out_of_range, with the number in the message") {
    const auto e = read_error<Doubles>(R"({"f":3.5e38})");
    CHECK(e.code == awsjobs::errc::out_of_range);
    CHECK(e.offset == 5);
    CHECK(e.path == "$.f");
    CHECK(e.message == "3.5e38 cannot be represented as float");
    CHECK(read_ok<Doubles>(R"({"f":3.4028234e38})").f == std::numeric_limits<float>::max());
    CHECK(read_ok<Doubles>(R"({"d":1.7976931348623157e308})").d == std::numeric_limits<double>::max());
}

TEST_CASE("doubles read as strtod rounds them, on random digits and exponents") {
    std::mt19937_64 random(20261202);
    for (int i = 0; i < 20000; ++i) {
        std::string text = (random() % 2 != 0) ? "-" : "";
        const auto digits = 1 + random() % 25;
        for (std::uint64_t d = 0; d < digits; ++d) {
            text += static_cast<char>('0' + random() % 10);
            if (d == 0 && text.back() == '0') text.back() = '1';
        }
        // Appended piece by piece: `"." + std::to_string(...)` trips GCC 12's false -Wrestrict at -O3.
        if (random() % 2 != 0) (text += '.') += std::to_string(random() % 1000000);
        (text += 'e') += std::to_string(static_cast<int>(random() % 660) - 340);
        const double expected = std::strtod(text.c_str(), nullptr);
        if (std::isinf(expected)) continue;  // RapidJSON refuses those itself (tested in errors.cpp)
        INFO(text);
        CHECK(std::bit_cast<std::uint64_t>(read_ok<Doubles>(R"({"d":)" + text + "}").d) ==
              std::bit_cast<std::uint64_t>(expected));
    }
}

TEST_CASE("NaN and infinity are refused on writing, with the path") {
    Doubles d;
    d.many = std::vector<double>{1.0, std::numeric_limits<double>::quiet_NaN()};
    auto written = json::write(d);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == awsjobs::errc::not_finite);
    CHECK(written.error().path == "$.many[1]");
    d.many.reset();
    d.f = std::numeric_limits<float>::infinity();
    CHECK(json::write(d).error().path == "$.f");
}

TEST_CASE("optional: absent or null reads as empty, empty is omitted on writing") {
    CHECK_FALSE(read_ok<Leaf>(R"({"Name":"x"})").Size);
    CHECK_FALSE(read_ok<Leaf>(R"({"Name":"x","Size":null})").Size);
    CHECK(read_ok<Leaf>(R"({"Name":"x","Size":0})").Size == 0);
    CHECK(write_ok(Leaf{"x", std::nullopt}) == R"({"Name":"x"})");
    const auto e = read_error<Leaf>(R"({"Name":null})");
    CHECK(e.code == awsjobs::errc::type_mismatch);
    CHECK(e.message == "expected string, got null");
}

TEST_CASE("vectors") {
    const auto b = read_ok<Branch>(R"({"Leaves":[]})");
    CHECK(b.Leaves.empty());
    CHECK(write_ok(b) == R"({"Leaves":[]})");
    const auto e = read_error<Branch>(R"({"Leaves":{}})");
    CHECK(e.code == awsjobs::errc::type_mismatch);
    CHECK(e.offset == 10);
    CHECK(e.message == "expected array, got object");
    const auto e2 = read_error<Branch>(R"({"Leaves":[{"Name":"a"},7]})");
    CHECK(e2.path == "$.Leaves[1]");
    CHECK(e2.offset == 24);
    CHECK(e2.message == "expected object, got number");
}

TEST_CASE("unknown members are skipped at any depth, whatever their value") {
    const auto leaf = read_ok<Leaf>(
        R"({"a":null,"b":true,"c":-1.5e7,"d":"s\"\u00e9","e":[],"f":{},"Name":"kept",)"
        R"("g":[1,[2,[3,{"h":{"i":[{"j":null}]}}]]],"k":{"Name":"not this one"},"Size":3})");
    CHECK(leaf == Leaf{"kept", 3});
}

TEST_CASE("the root may be any type") {
    CHECK(read_ok<std::vector<std::int32_t>>("[1, 2, 3]") == std::vector<std::int32_t>{1, 2, 3});
    CHECK(read_ok<std::string>(R"("plain")") == "plain");
    CHECK(read_ok<std::optional<Leaf>>("null") == std::nullopt);
    CHECK(write_ok(std::vector<std::optional<std::int32_t>>{1, std::nullopt}) == "[1,null]");
    const auto e = read_error<Leaf>("[]");
    CHECK(e.code == awsjobs::errc::type_mismatch);
    CHECK(e.offset == 0);
    CHECK(e.path == "$");
    CHECK(e.message == "expected object, got array");
}

namespace {
struct Empty {
    friend bool operator==(const Empty&, const Empty&) = default;
};
BOOST_DESCRIBE_STRUCT(Empty, (), ())
}  // namespace

TEST_CASE("a struct without members skips every key") {
    CHECK(read_ok<Empty>(R"({"message":"x","n":[1]})") == Empty{});
    CHECK(write_ok(Empty{}) == "{}");
    CHECK(read_error<Empty>("[]").message == "expected object, got array");
}

TEST_CASE("required<T> compares with values, optionals and itself") {
    awsjobs::required<std::string> key = std::string("MyKey");
    CHECK(key == "MyKey");
    CHECK(key != "Other");
    CHECK("MyKey" == key);
    CHECK(key == awsjobs::required<std::string>("MyKey"));
    CHECK(awsjobs::required<std::string>() != key);
    CHECK_FALSE(awsjobs::required<std::string>() == "MyKey");
    CHECK(awsjobs::required<int>(3) == 3);
}
