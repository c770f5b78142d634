// Property tests over every shape of the SES v2 job operations.
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
        CHECK(gen.maps_with_entries > 0);  // ExportDimensions
    }
}

TEST_CASE("sesv2: zero-copy views read what the owning models write") {
    const auto s = property::from_environment(property::default_iterations);
    property::check_view<ses::GetImportJobResponse, ses::view::GetImportJobResponse>(s, "GetImportJobResponse");
    property::check_view<ses::CreateImportJobResponse, ses::view::CreateImportJobResponse>(s, "CreateImportJobResponse");
    property::check_view<ses::ListImportJobsResponse, ses::view::ListImportJobsResponse>(s, "ListImportJobsResponse");
    property::check_view<ses::CreateExportJobResponse, ses::view::CreateExportJobResponse>(s, "CreateExportJobResponse");
    property::check_view<ses::ListExportJobsResponse, ses::view::ListExportJobsResponse>(s, "ListExportJobsResponse");
    property::check_view<ses::CancelExportJobResponse, ses::view::CancelExportJobResponse>(s, "CancelExportJobResponse");
    property::check_view<ses::GetExportJobResponse, ses::view::GetExportJobResponse>(s, "GetExportJobResponse");
}
