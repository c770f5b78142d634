// Data Exchange GetJob responses, read zero-copy and owning, then round-tripped.
#include "checks.hpp"

#include <awsjobs/dataexchange.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace dataexchange = awsjobs::dataexchange;
    awsjobs_fuzz::check_response<dataexchange::view::GetJobResponse, dataexchange::GetJobResponse>(
        {reinterpret_cast<const char*>(data), size});
    return 0;
}
