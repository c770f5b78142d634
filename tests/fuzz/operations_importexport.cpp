// The operations harness's checks of every importexport operation (operations.hpp).
#include "operations.hpp"

#include <awsjobs/importexport.hpp>
#include <awsjobs/protocol/xml.hpp>

namespace awsjobs_fuzz::operations {

namespace iex = awsjobs::importexport;

void check_importexport(std::size_t index, bool response, std::string_view input) {
    using service_operations = boost::mp11::mp_list<iex::CreateJob, iex::GetStatus, iex::ListJobs, iex::CancelJob, iex::UpdateJob,
                                 iex::GetShippingLabel>;
    static_assert(boost::mp11::mp_size<service_operations>::value == importexport_count);
    check_operation<service_operations>(index, response, input);
}

}  // namespace awsjobs_fuzz::operations
