// The std::pmr flavour of SES v2's models (pmr.hpp says what is checked).
#include "pmr.hpp"

#include <awsjobs/sesv2.hpp>

namespace {

namespace ses = awsjobs::sesv2;
using namespace pmr_check;

}  // namespace

TEST_CASE("pmr: SES v2 (a map shape), every operation's input and output on an arena") {
    const auto s = pmr_settings();
    check_operation<ses::CreateImportJob>(s, "CreateImportJob");
    check_operation<ses::GetImportJob>(s, "GetImportJob");
    check_operation<ses::ListImportJobs>(s, "ListImportJobs");
    check_operation<ses::CreateExportJob>(s, "CreateExportJob");
    check_operation<ses::GetExportJob>(s, "GetExportJob");
    check_operation<ses::ListExportJobs>(s, "ListExportJobs");
    check_operation<ses::CancelExportJob>(s, "CancelExportJob");
}
