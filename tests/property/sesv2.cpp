// Property tests over every shape of SES v2 GetImportJob.
#include "round_trip.hpp"

#include <awsjobs/sesv2.hpp>

namespace ses = awsjobs::sesv2;

TEST_CASE("sesv2: every shape survives write, read, write") {
    const auto s = property::from_environment(property::default_iterations);
    const auto gen = property::check_registry<ses::shapes>(s);
    if (s.iterations >= property::default_iterations) {  // enough for chance to have produced them
        INFO(property::replay(s));
        CHECK(gen.unknown_enum_values > 0);
        CHECK(gen.unknown_alternatives > 0);
    }
}

TEST_CASE("sesv2: zero-copy views read what the owning models write") {
    const auto s = property::from_environment(property::default_iterations);
    property::check_view<ses::GetImportJobResponse, ses::view::GetImportJobResponse>(s, "GetImportJobResponse");
}
