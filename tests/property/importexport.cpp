// Property tests over every shape of the Import/Export job operations (XML on the wire, but
// its models are described like the others and must round-trip through JSON too).
#include "round_trip.hpp"

#include <awsjobs/importexport.hpp>

namespace ie = awsjobs::importexport;

TEST_CASE("importexport: every shape survives write, read, write") {
    const auto s = property::from_environment(property::default_iterations);
    const auto gen = property::check_registry<ie::shapes>(s);
    if (s.iterations >= property::default_iterations) {  // enough for chance to have produced them
        INFO(property::replay(s));
        CHECK(gen.unknown_enum_values > 0);
    }
}

TEST_CASE("importexport: zero-copy views read what the owning models write") {
    const auto s = property::from_environment(property::default_iterations);
    property::check_view<ie::GetStatusOutput, ie::view::GetStatusOutput>(s, "GetStatusOutput");
    property::check_view<ie::CreateJobOutput, ie::view::CreateJobOutput>(s, "CreateJobOutput");
    property::check_view<ie::ListJobsOutput, ie::view::ListJobsOutput>(s, "ListJobsOutput");
    property::check_view<ie::CancelJobOutput, ie::view::CancelJobOutput>(s, "CancelJobOutput");
    property::check_view<ie::UpdateJobOutput, ie::view::UpdateJobOutput>(s, "UpdateJobOutput");
    property::check_view<ie::GetShippingLabelOutput, ie::view::GetShippingLabelOutput>(s, "GetShippingLabelOutput");
}
