// Described enums, closed and open, and their wire names.
#include "helpers.hpp"
#include "types.hpp"

#include <utility>

using namespace testing_types;
using namespace testing_helpers;
namespace json = awsjobs::json;

namespace sparse_enum {
// Enumerators that are not 0, 1, 2, ... in order: looked up by search, not by value.
enum class Level : int { low = -3, mid = 10, high = 2 };
BOOST_DESCRIBE_ENUM(Level, low, mid, high)
struct Levels {
    std::optional<Level> Closed;
    std::optional<awsjobs::open_enum<Level>> Open;
    friend bool operator==(const Levels&, const Levels&) = default;
};
BOOST_DESCRIBE_STRUCT(Levels, (), (Closed, Open))
}  // namespace sparse_enum

TEST_CASE("wire names may differ from enumerator names") {
    const auto e = read_ok<Enums>(R"({"Closed":"aws:kms","Open":"ERROR","OpenView":"Assets per revision"})");
    CHECK(e.Closed == Encryption::aws_kms);
    CHECK(e.Open == Phase::ERROR_);
    CHECK(e.OpenView == Limit::Assets_per_revision);
    CHECK(write_ok(e) == R"({"Closed":"aws:kms","Open":"ERROR","OpenView":"Assets per revision"})");
    // The enumerator's C++ name is not a wire name when a custom one is given.
    CHECK_FALSE(read_ok<Enums>(R"({"Open":"ERROR_"})").Open->is_known());
}

TEST_CASE("a closed enum rejects a value it does not know") {
    const auto e = read_error<Enums>(R"({"Closed":"aws:kms:dsse"})");
    CHECK(e.code == awsjobs::errc::unknown_enumerator);
    CHECK(e.offset == 10);
    CHECK(e.path == "$.Closed");
    CHECK(e.message == "'aws:kms:dsse' is not a known value");
    CHECK(read_error<Enums>(R"({"Closed":1})").code == awsjobs::errc::type_mismatch);
}

TEST_CASE("an open enum keeps an unknown value and writes it back exactly") {
    const auto e = read_ok<Enums>(R"({"Open":"PAUSED\u00e9","Many":["WAITING","FUTURE","COMPLETED"]})");
    REQUIRE(e.Open);
    CHECK_FALSE(e.Open->is_known());
    CHECK(e.Open->known() == std::nullopt);
    CHECK(e.Open->wire_name() == "PAUSED\xc3\xa9");
    CHECK(e.Open != Phase::WAITING);
    REQUIRE(e.Many);
    CHECK((*e.Many)[0] == Phase::WAITING);
    CHECK((*e.Many)[1].wire_name() == "FUTURE");
    CHECK((*e.Many)[2].known() == Phase::COMPLETED);
    CHECK(write_ok(e) == "{\"Open\":\"PAUSED\xc3\xa9\",\"Many\":[\"WAITING\",\"FUTURE\",\"COMPLETED\"]}");
}

TEST_CASE("open enums compare by value") {
    using open = awsjobs::open_enum<Phase>;
    CHECK(open(Phase::COMPLETED) == open::from_wire("COMPLETED"));
    CHECK(open::from_wire("X") == open::from_wire("X"));
    CHECK(open::from_wire("X") != open::from_wire("Y"));
    CHECK(open::from_wire("X") != open(Phase::WAITING));
    CHECK(open(Phase::IN_PROGRESS).wire_name() == "IN_PROGRESS");
}

TEST_CASE("writing an enum value that is no enumerator is an error") {
    Enums e;
    e.Closed = static_cast<Encryption>(7);
    auto written = json::write(e);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == awsjobs::errc::unknown_enumerator);
    CHECK(written.error().path == "$.Closed");
}

TEST_CASE("an enum's position is its value when the enumerators are 0, 1, 2, ..., else it is searched for") {
    using awsjobs::detail::enum_info;
    static_assert(enum_info<Phase>::dense && enum_info<Encryption>::dense);
    static_assert(!enum_info<sparse_enum::Level>::dense);
    CHECK(enum_info<Phase>::index_of(Phase::COMPLETED) == 3);
    CHECK(enum_info<Phase>::index_of(static_cast<Phase>(4)) == enum_info<Phase>::size);
    CHECK(enum_info<Encryption>::index_of(static_cast<Encryption>(-1)) == enum_info<Encryption>::size);

    using sparse_enum::Level;
    CHECK(enum_info<Level>::index_of(Level::high) == 2);
    CHECK(enum_info<Level>::index_of(static_cast<Level>(1)) == enum_info<Level>::size);
    for (const auto& [level, name] : {std::pair{Level::low, "low"}, std::pair{Level::mid, "mid"}, std::pair{Level::high, "high"}}) {
        sparse_enum::Levels v;
        v.Closed = level;
        v.Open = level;
        const std::string text = write_ok(v);
        CHECK(text == std::string(R"({"Closed":")") + name + R"(","Open":")" + name + R"("})");
        CHECK(read_ok<sparse_enum::Levels>(text) == v);
    }
    for (const int value : {0, 1, 3, -2}) {
        sparse_enum::Levels v;
        v.Closed = static_cast<Level>(value);
        auto written = json::write(v);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == awsjobs::errc::unknown_enumerator);
    }
    Enums e;
    e.Closed = static_cast<Encryption>(2);  // one past the last enumerator
    CHECK(json::write(e).error().code == awsjobs::errc::unknown_enumerator);
}
