// The std::pmr flavour read from XML: every string and list on xml::read_options::resource,
// nothing from the default resource, the same value as the owning flavour's, written back as
// the owning flavour is.
#include "counting_resource.hpp"
#include "samples.hpp"

#include <awsjobs/importexport.hpp>
#include <awsjobs/xml.hpp>

#include <cstddef>
#include <memory_resource>
#include <optional>
#include <string>

namespace ie = awsjobs::importexport;
namespace xml = awsjobs::xml;

using test_memory::counting_resource;

TEST_CASE("xml pmr: botocore's ListJobs response, an unknown job type added, reads onto the arena alone") {
    std::string body = test_samples::read_sample("importexport-botocore-listjobs.xml");
    const std::string known = "<JobType>Import</JobType>";
    const std::size_t at = body.find(known);
    REQUIRE(at != std::string::npos);
    body.replace(at, known.size(), "<JobType>AJobTypeNoModelKnowsAndLongerThanSSO</JobType>");
    const xml::element_path at_result{"ListJobsResponse", "ListJobsResult"};

    counting_resource default_resource;
    counting_resource upstream;
    std::pmr::monotonic_buffer_resource arena(&upstream);
    std::optional<awsjobs::document<ie::pmr::ListJobsOutput>> jobs;
    {
        test_memory::default_resource_scope scope(&default_resource);
        jobs.emplace(xml::parse<ie::pmr::ListJobsOutput>(std::string_view(body), at_result, {.resource = &arena}));
    }

    REQUIRE_MESSAGE(*jobs, jobs->error().describe());
    CHECK(default_resource.allocations == 0);
    CHECK(upstream.allocations >= 1);
    REQUIRE((*jobs)->Jobs->size() == 2);
    CHECK((*jobs)->Jobs->get_allocator().resource() == &arena);
    const auto& first = (*jobs)->Jobs->front();
    CHECK(first.JobType->wire_name() == "AJobTypeNoModelKnowsAndLongerThanSSO");
    CHECK(first.JobId->get_allocator().resource() == &arena);

    const auto owning = xml::parse<ie::ListJobsOutput>(std::string_view(body), at_result);
    REQUIRE(owning);
    CHECK(awsjobs::convert<ie::ListJobsOutput>(**jobs) == *owning);

    // Written, the pmr flavour gives the owning flavour's bytes.
    const auto written = xml::write(**jobs, at_result);
    REQUIRE(written);
    CHECK(*written == xml::write(*owning, at_result).value());
}
