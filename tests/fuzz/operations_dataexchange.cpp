// The operations harness's checks of every dataexchange operation (operations.hpp).
#include "operations.hpp"

#include <awsjobs/dataexchange.hpp>

namespace awsjobs_fuzz::operations {

namespace dx = awsjobs::dataexchange;

void check_dataexchange(std::size_t index, bool response, std::string_view input) {
    using service_operations = boost::mp11::mp_list<dx::CreateJob, dx::StartJob, dx::GetJob, dx::ListJobs, dx::CancelJob>;
    static_assert(boost::mp11::mp_size<service_operations>::value == dataexchange_count);
    check_operation<service_operations>(index, response, input);
}

}  // namespace awsjobs_fuzz::operations
