// Described enums, closed and open, and their wire names.
#include "helpers.hpp"
#include "types.hpp"

using namespace testing_types;
using namespace testing_helpers;
namespace json = awsjobs::json;

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
