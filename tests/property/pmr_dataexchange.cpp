// The std::pmr flavour of Data Exchange's models (pmr.hpp says what is checked).
#include "pmr.hpp"

#include <awsjobs/dataexchange.hpp>

namespace {

namespace dx = awsjobs::dataexchange;
using namespace pmr_check;

}  // namespace

TEST_CASE("pmr: Data Exchange, every operation's input and output and every error on an arena") {
    const auto s = pmr_settings();
    check_operation<dx::CreateJob>(s, "CreateJob");
    check_operation<dx::StartJob>(s, "StartJob");
    check_operation<dx::GetJob>(s, "GetJob");
    check_operation<dx::ListJobs>(s, "ListJobs");
    check_operation<dx::CancelJob>(s, "CancelJob");
    check_flavours<dx::ResourceNotFoundException, dx::pmr::ResourceNotFoundException, dx::view::ResourceNotFoundException>(
        s, "ResourceNotFoundException");
    check_flavours<dx::ThrottlingException, dx::pmr::ThrottlingException, dx::view::ThrottlingException>(s, "ThrottlingException");
    check_flavours<dx::AccessDeniedException, dx::pmr::AccessDeniedException, dx::view::AccessDeniedException>(
        s, "AccessDeniedException");
    check_flavours<dx::ConflictException, dx::pmr::ConflictException, dx::view::ConflictException>(s, "ConflictException");
    check_flavours<dx::ValidationException, dx::pmr::ValidationException, dx::view::ValidationException>(s, "ValidationException");
    check_flavours<dx::InternalServerException, dx::pmr::InternalServerException, dx::view::InternalServerException>(
        s, "InternalServerException");
}

TEST_CASE("pmr: a GetJob response with long strings and lists allocates from the arena alone") {
    const std::string text =
        R"({"Arn":"arn:aws:dataexchange:us-east-1:123456789012:jobs/6cEXAMPLE818f7c7a23b3d0EXAMPLE1c",)"
        R"("Id":"6cEXAMPLE818f7c7a23b3d0EXAMPLE1c","State":"A_STATE_NO_MODEL_HAS_YET_AND_LONG","Type":"IMPORT_ASSETS_FROM_S3",)"
        R"("CreatedAt":"2019-10-11T14:12:24.640Z","Details":{"ImportAssetsFromS3":{"AssetSources":[)"
        R"({"Bucket":"DOC-EXAMPLE-BUCKET-WITH-A-LONG-NAME","Key":"a/key/longer/than/the/small/string/buffer"},)"
        R"({"Bucket":"DOC-EXAMPLE-BUCKET-WITH-A-LONG-NAME","Key":"another/key/longer/than/the/small/buffer"}],)"
        R"("DataSetId":"14EXAMPLE4460dc9b005a0dEXAMPLE2f","RevisionId":"e5EXAMPLE224f879066f9999EXAMPLE42"}},)"
        R"("Errors":[{"Code":"VALIDATION_EXCEPTION","Message":"a message longer than the small string buffer",)"
        R"("LimitValue":10,"ResourceType":"ASSET"}]})";
    counting_resource default_resource;
    counting_resource upstream;
    std::pmr::monotonic_buffer_resource arena(&upstream);
    std::optional<awsjobs::document<dx::pmr::GetJobResponse>> job;
    {
        default_resource_scope scope(&default_resource);
        job.emplace(json::parse<dx::pmr::GetJobResponse>(std::string_view(text), {.resource = &arena}));
    }
    REQUIRE_MESSAGE(*job, job->error().describe());
    CHECK(default_resource.allocations == 0);
    CHECK(upstream.allocations >= 1);
    CHECK(all_on(**job, &arena));
    CHECK((*job)->State->wire_name() == "A_STATE_NO_MODEL_HAS_YET_AND_LONG");
    const auto owning = json::parse<dx::GetJobResponse>(std::string_view(text));
    REQUIRE(owning);
    CHECK(awsjobs::convert<dx::GetJobResponse>(**job) == *owning);
}
