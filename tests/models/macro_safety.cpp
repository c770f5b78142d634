// Platform headers define ERROR, DELETE and IN as macros (wingdi.h, winnt.h,
// minwindef.h). awsjobs must compile and work after them.
#define ERROR 0
#define DELETE (0x00010000L)
#define IN

#include <awsjobs/awsjobs.hpp>
#include <doctest/doctest.h>

#include <string_view>

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;

TEST_CASE("macros named ERROR, DELETE and IN do not break the models") {
    auto job = awsjobs::json::parse<dx::GetJobResponse>(std::string_view(R"({"State":"ERROR"})"));
    REQUIRE(job);
    CHECK(job->State == dx::State::ERROR_);
    auto dest = awsjobs::json::parse<ses::SuppressionListDestination>(
        std::string_view(R"({"SuppressionListImportAction":"DELETE"})"));
    REQUIRE(dest);
    CHECK(dest->SuppressionListImportAction == ses::SuppressionListImportAction::DELETE_);
    CHECK(awsjobs::json::write(*dest).value() == R"({"SuppressionListImportAction":"DELETE"})");
}

// What a macro expands to, as text: a header that undefined or redefined one would change it.
#define MACRO_TEXT(...) #__VA_ARGS__
#define EXPANSION_OF(macro) MACRO_TEXT(macro)

TEST_CASE("awsjobs leaves the macros named ERROR, DELETE and IN as the platform defined them") {
    CHECK(std::string_view(EXPANSION_OF(ERROR)) == "0");
    CHECK(std::string_view(EXPANSION_OF(DELETE)) == "(0x00010000L)");
    CHECK(std::string_view(EXPANSION_OF(IN)) == "");
}
