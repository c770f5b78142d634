// The errors GetImportJob can return: their codes and exception shapes.
#ifndef AWSJOBS_SESV2_ERRORS_HPP
#define AWSJOBS_SESV2_ERRORS_HPP

#include <awsjobs/sesv2/shapes.hpp>
#include <awsjobs/service_error.hpp>

#include <boost/describe/enum.hpp>

// The codes live in a namespace of their own: declared beside the exception
// structs of the same names, each enumerator would shadow one (-Wshadow).
namespace awsjobs::error_codes::sesv2 {

using json::operator<<;
using json::to_string;

/// The error codes GetImportJob lists, each named after its exception shape.
enum class GetImportJobErrorCode { BadRequestException, NotFoundException, TooManyRequestsException };
BOOST_DESCRIBE_ENUM(GetImportJobErrorCode, BadRequestException, NotFoundException, TooManyRequestsException)

}  // namespace awsjobs::error_codes::sesv2

namespace awsjobs::sesv2 {

using error_codes::sesv2::GetImportJobErrorCode;

/// A typed GetImportJob error: its code, message, and body as the exception shape.
///
/// Read one from an HTTP error response with
///     awsjobs::read_service_error<sesv2::GetImportJobError>(status, x_amzn_error_type, body)
using GetImportJobError = service_error<GetImportJobErrorCode, BadRequestException, NotFoundException, TooManyRequestsException>;

}  // namespace awsjobs::sesv2

#endif
