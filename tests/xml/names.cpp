// The naming hooks (core/names.hpp): a generic hook renames in every format, a format's own
// hook overrides it there only, and an empty view defers to the next rule.
#include <awsjobs/json.hpp>
#include <awsjobs/xml.hpp>
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

namespace naming_tests {

enum class Tier { Basic, Premium_plus };
BOOST_DESCRIBE_ENUM(Tier, Basic, Premium_plus)
// Every format: "premium+"; JSON alone says "PREMIUM_PLUS" (and defers to the generic one for Basic).
constexpr std::string_view awsjobs_enum_name(Tier t) { return t == Tier::Premium_plus ? "premium+" : ""; }
constexpr std::string_view awsjobs_json_enum_name(Tier t) { return t == Tier::Premium_plus ? "PREMIUM_PLUS" : ""; }

struct Account {
    std::optional<std::string> id;
    std::optional<std::string> note;
    std::optional<Tier> tier;
    std::optional<awsjobs::open_enum<Tier>> next_tier;
    friend bool operator==(const Account&, const Account&) = default;
};
BOOST_DESCRIBE_STRUCT(Account, (), (id, note, tier, next_tier))
// Every format: id is "Id", tier "Tier", next_tier "NextTier"; JSON calls note "__note", XML "Remark".
constexpr std::string_view awsjobs_member_name(const Account*, std::string_view member) {
    return member == "id" ? "Id" : member == "tier" ? "Tier" : member == "next_tier" ? "NextTier" : "";
}
constexpr std::string_view awsjobs_json_member_name(const Account*, std::string_view member) {
    return member == "note" ? "__note" : "";
}
constexpr std::string_view awsjobs_xml_member_name(const Account*, std::string_view member) {
    return member == "note" ? "Remark" : "";
}

}  // namespace naming_tests

using naming_tests::Account;
using naming_tests::Tier;

namespace {
Account sample() {
    Account a;
    a.id = "a-1";
    a.note = "n";
    a.tier = Tier::Premium_plus;
    a.next_tier = Tier::Basic;
    return a;
}
}  // namespace

TEST_CASE("JSON: the generic hooks, overridden by the JSON ones where they give a name") {
    const std::string text = awsjobs::json::write(sample()).value();
    CHECK(text == R"({"Id":"a-1","__note":"n","Tier":"PREMIUM_PLUS","NextTier":"Basic"})");
    const auto back = awsjobs::json::parse<Account>(std::string_view(text));
    REQUIRE(back);
    CHECK(*back == sample());
    // An open_enum reads the JSON name as the enumerator; the generic name is not JSON's.
    const auto open = awsjobs::json::parse<Account>(std::string_view(R"({"NextTier":"PREMIUM_PLUS"})"));
    REQUIRE(open);
    REQUIRE(open->next_tier);
    CHECK(*open->next_tier == Tier::Premium_plus);
    const auto generic = awsjobs::json::parse<Account>(std::string_view(R"({"NextTier":"premium+"})"));
    REQUIRE(generic);
    REQUIRE(generic->next_tier);
    CHECK_FALSE(generic->next_tier->is_known());
    CHECK(awsjobs::json::parse<Account>(std::string_view(R"({"Tier":"premium+"})")).error().code ==
          awsjobs::errc::unknown_enumerator);
}

TEST_CASE("XML: the generic hooks, overridden by the XML ones where they give a name") {
    const std::string text = awsjobs::xml::write(sample(), {"Account"}).value();
    CHECK(text == "<Account><Id>a-1</Id><Remark>n</Remark><Tier>premium+</Tier><NextTier>Basic</NextTier></Account>");
    const auto back = awsjobs::xml::parse<Account>(std::string_view(text), {"Account"});
    REQUIRE(back);
    CHECK(*back == sample());
}

TEST_CASE("to_string and open_enum::wire_name give the name of every format") {
    CHECK(awsjobs::to_string(Tier::Premium_plus) == "premium+");
    CHECK(awsjobs::open_enum<Tier>(Tier::Premium_plus).wire_name() == "premium+");
    CHECK(awsjobs::open_enum<Tier>::from_wire("premium+") == Tier::Premium_plus);
}
