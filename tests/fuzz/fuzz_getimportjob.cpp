// SES v2 GetImportJob responses, read zero-copy and owning, then round-tripped.
#include "checks.hpp"

#include <awsjobs/sesv2.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace sesv2 = awsjobs::sesv2;
    awsjobs_fuzz::check_response<sesv2::view::GetImportJobResponse, sesv2::GetImportJobResponse>(
        {reinterpret_cast<const char*>(data), size});
    return 0;
}
