// Map shapes outside the formats: convert between views and owning values, check_required inside values.
#include <awsjobs/core/check.hpp>
#include <awsjobs/core/convert.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/required.hpp>

#include <boost/describe.hpp>
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maps_library_test {

enum class Dimension { EMAIL_IDENTITY, ISP };
BOOST_DESCRIBE_ENUM(Dimension, EMAIL_IDENTITY, ISP)

template <class String>
struct model {
    struct Pair {
        awsjobs::required<String> Name;
        friend bool operator==(const Pair&, const Pair&) = default;
        BOOST_DESCRIBE_CLASS(Pair, (), (Name), (), ())
    };
    struct Holder {
        std::optional<awsjobs::map<awsjobs::open_enum<Dimension, String>, std::vector<String>>> Dimensions;
        std::optional<awsjobs::map<String, Pair>> Pairs;
        friend bool operator==(const Holder&, const Holder&) = default;
        BOOST_DESCRIBE_CLASS(Holder, (), (Dimensions, Pairs), (), ())
    };
};

}  // namespace maps_library_test

using Owning = maps_library_test::model<std::string>::Holder;
using View = maps_library_test::model<std::string_view>::Holder;
using maps_library_test::Dimension;

TEST_CASE("convert: a map of views to an owning map and back, entries in the same order") {
    Owning owning;
    owning.Dimensions.emplace();
    owning.Dimensions->try_emplace(Dimension::ISP, std::vector<std::string>{"gmail"});
    owning.Dimensions->try_emplace(awsjobs::open_enum<Dimension>::from_wire("CONFIGURATION_SET"),
                                   std::vector<std::string>{"a", "b"});
    owning.Pairs.emplace();
    (*owning.Pairs)["z"].Name.emplace("last");
    (*owning.Pairs)["a"].Name.emplace("first");

    const View view = awsjobs::convert<View>(owning);
    REQUIRE(view.Dimensions->size() == 2);
    CHECK(view.Dimensions->begin()->first == Dimension::ISP);
    const auto& unknown = std::next(view.Dimensions->begin())->first;
    CHECK_FALSE(unknown.is_known());
    CHECK(unknown.wire_name() == "CONFIGURATION_SET");
    CHECK(view.Pairs->begin()->first == "z");
    CHECK(*view.Pairs->at("a").Name == "first");

    const Owning back = awsjobs::convert<Owning>(view);
    CHECK(back == owning);
    std::vector<std::string> order;
    for (const auto& entry : *back.Pairs) order.push_back(entry.first);
    CHECK(order == std::vector<std::string>{"z", "a"});
}

TEST_CASE("check_required walks into a map's values, the key in the path") {
    Owning holder;
    holder.Pairs.emplace();
    (*holder.Pairs)["ok"].Name.emplace("x");
    (*holder.Pairs)["not ok"];
    (*holder.Pairs)["bad"];
    const auto missing = awsjobs::check_required(holder);
    REQUIRE(missing.size() == 2);
    CHECK(missing[0].path == "$.Pairs['not ok'].Name");
    CHECK(missing[1].path == "$.Pairs.bad.Name");
    CHECK(missing[0].code == awsjobs::errc::missing_required);
}

TEST_CASE("a map compares equal whatever the order of its entries") {
    awsjobs::map<std::string, int> a{{"x", 1}, {"y", 2}};
    awsjobs::map<std::string, int> b{{"y", 2}, {"x", 1}};
    CHECK(a == b);
    b["x"] = 3;
    CHECK_FALSE(a == b);
}
