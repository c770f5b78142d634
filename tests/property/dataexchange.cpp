// Property tests over every shape of the Data Exchange job operations.
#include "round_trip.hpp"

#include <awsjobs/dataexchange.hpp>

namespace dx = awsjobs::dataexchange;

TEST_CASE("dataexchange: every shape survives write, read, write") {
    const auto s = property::from_environment(property::default_iterations);
    const auto gen = property::check_registry<dx::shapes>(s);
    if (s.iterations >= property::default_iterations) {  // enough for chance to have produced them
        INFO(property::replay(s));
        CHECK(gen.unknown_enum_values > 0);
        CHECK(gen.unknown_alternatives > 0);
    }
}

TEST_CASE("dataexchange: zero-copy views read what the owning models write") {
    const auto s = property::from_environment(property::default_iterations);
    property::check_view<dx::GetJobResponse, dx::view::GetJobResponse>(s, "GetJobResponse");
    property::check_view<dx::CreateJobResponse, dx::view::CreateJobResponse>(s, "CreateJobResponse");
    property::check_view<dx::ListJobsResponse, dx::view::ListJobsResponse>(s, "ListJobsResponse");
    property::check_view<dx::StartJobResponse, dx::view::StartJobResponse>(s, "StartJobResponse");
    property::check_view<dx::AccessDeniedException, dx::view::AccessDeniedException>(s, "AccessDeniedException");
    property::check_view<dx::ConflictException, dx::view::ConflictException>(s, "ConflictException");
    property::check_view<dx::ResourceNotFoundException, dx::view::ResourceNotFoundException>(s, "ResourceNotFoundException");
    property::check_view<dx::ValidationException, dx::view::ValidationException>(s, "ValidationException");
}
