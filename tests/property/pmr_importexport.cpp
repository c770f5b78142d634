// The std::pmr flavour of Import/Export's models (pmr.hpp says what is checked).
#include "pmr.hpp"

#include <awsjobs/importexport.hpp>

namespace {

namespace ie = awsjobs::importexport;
using namespace pmr_check;

}  // namespace

TEST_CASE("pmr: Import/Export, every operation's input and output on an arena") {
    const auto s = pmr_settings();
    check_operation<ie::CreateJob>(s, "CreateJob");
    check_operation<ie::GetStatus>(s, "GetStatus");
    check_operation<ie::ListJobs>(s, "ListJobs");
    check_operation<ie::CancelJob>(s, "CancelJob");
    check_operation<ie::UpdateJob>(s, "UpdateJob");
    check_operation<ie::GetShippingLabel>(s, "GetShippingLabel");
}
