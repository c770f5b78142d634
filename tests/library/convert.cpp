// convert<To>: views to their owning twins and back. (tests/property checks it on
// random instances of every model type; these are the published responses.)
#include "samples.hpp"

#include <awsjobs/awsjobs.hpp>

#include <doctest/doctest.h>

#include <string>

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace json = awsjobs::json;

namespace {
template <class Owning, class View>
void check_both_ways(const char* name) {
    const std::string text = test_samples::read_sample(name);
    const auto owning = json::parse<Owning>(std::string_view(text));
    REQUIRE(owning);
    Owning kept;
    {
        const auto view = json::parse<View>(std::string_view(text));
        REQUIRE(view);
        kept = awsjobs::convert<Owning>(*view);
    }  // the view's buffer is gone: the converted value owns its text
    CHECK(kept == *owning);
    const View back = awsjobs::convert<View>(kept);
    CHECK(json::write(back).value() == json::write(*owning).value());
}
}  // namespace

TEST_CASE("a parsed view converts to the owning value parsed from the same text") {
    check_both_ways<dx::GetJobResponse, dx::view::GetJobResponse>("dataexchange-adx-userguide-job-resource.json");
    check_both_ways<ses::GetImportJobResponse, ses::view::GetImportJobResponse>("sesv2-ses-devguide-2020-get-import-job.json");
}

TEST_CASE("unknown enumerators and alternatives survive conversion") {
    const std::string text = R"({"Type":"FUTURE_TYPE","State":"COMPLETED","Details":{"ImportFromTheFuture":{"x":[1]}},)"
                             R"("Errors":[{"Code":"NEW_CODE","Message":"m","LimitName":"Future limit"}]})";
    const auto view = json::parse<dx::view::GetJobResponse>(std::string_view(text));
    REQUIRE(view);
    const auto owning = awsjobs::convert<dx::GetJobResponse>(*view);
    CHECK(json::write(owning).value() == json::write(*view).value());
    REQUIRE(owning.Details);
    CHECK(owning.Details->key() == "ImportFromTheFuture");
}
