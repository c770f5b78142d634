// Every operation's HTTP binding, both sides: arbitrary requests to read_request, arbitrary
// responses to read_response (owning and in place).
//
// Input format (so that seeds are readable and mutations stay meaningful):
//   byte 0: the operation (byte % the number of operations) and the side (byte & 0x80: a
//           response, else a request);
//   a request:  METHOD SP TARGET \n then header lines `Name: value` \n, a blank line, the body;
//   a response: STATUS \n then header lines, a blank line, the body.
// Oracles: a request read is written back by make_request and reads back to the same value; a
// response read as the output is written back by make_response and reads back to the same
// value; an error read is written back by make_error_response with the same code; a refusal
// names a protocol::errc and, for a body, where in it.
#include "operations.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace ops = awsjobs_fuzz::operations;
    if (size == 0) return 0;
    constexpr std::size_t count = ops::dataexchange_count + ops::sesv2_count + ops::importexport_count;
    const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
    const bool response = (data[0] & 0x80) != 0;
    const std::size_t index = data[0] % 0x80 % count;
    constexpr std::size_t sesv2_first = ops::dataexchange_count;
    constexpr std::size_t importexport_first = sesv2_first + ops::sesv2_count;
    if (index < sesv2_first) ops::check_dataexchange(index, response, input);
    else if (index < importexport_first) ops::check_sesv2(index - sesv2_first, response, input);
    else ops::check_importexport(index - importexport_first, response, input);
    return 0;
}
