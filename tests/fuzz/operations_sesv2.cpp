// The operations harness's checks of every sesv2 operation (operations.hpp).
#include "operations.hpp"

#include <awsjobs/sesv2.hpp>

namespace awsjobs_fuzz::operations {

namespace ses = awsjobs::sesv2;

void check_sesv2(std::size_t index, bool response, std::string_view input) {
    using service_operations = boost::mp11::mp_list<ses::CreateImportJob, ses::GetImportJob, ses::ListImportJobs, ses::CreateExportJob,
                                 ses::GetExportJob, ses::ListExportJobs, ses::CancelExportJob>;
    static_assert(boost::mp11::mp_size<service_operations>::value == sesv2_count);
    check_operation<service_operations>(index, response, input);
}

}  // namespace awsjobs_fuzz::operations
