// Import/Export GetStatus output as JSON, read zero-copy and owning, then round-tripped.
#include "checks.hpp"

#include <awsjobs/importexport.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace importexport = awsjobs::importexport;
    awsjobs_fuzz::check_response<importexport::view::GetStatusOutput, importexport::GetStatusOutput>(
        {reinterpret_cast<const char*>(data), size});
    return 0;
}
