// The errors GetJob can return: their codes and exception shapes.
#ifndef AWSJOBS_DATAEXCHANGE_ERRORS_HPP
#define AWSJOBS_DATAEXCHANGE_ERRORS_HPP

#include <awsjobs/dataexchange/shapes.hpp>
#include <awsjobs/service_error.hpp>

#include <boost/describe/enum.hpp>

// The codes live in a namespace of their own: declared beside the exception
// structs of the same names, each enumerator would shadow one (-Wshadow).
namespace awsjobs::error_codes::dataexchange {

using json::operator<<;
using json::to_string;

/// The error codes GetJob lists, each named after its exception shape.
enum class GetJobErrorCode { ResourceNotFoundException, ThrottlingException, ValidationException, InternalServerException };
BOOST_DESCRIBE_ENUM(GetJobErrorCode, ResourceNotFoundException, ThrottlingException, ValidationException, InternalServerException)

}  // namespace awsjobs::error_codes::dataexchange

namespace awsjobs::dataexchange {

using error_codes::dataexchange::GetJobErrorCode;

/// A typed GetJob error: its code, message, and body as the exception shape.
///
/// Read one from an HTTP error response with
///     awsjobs::read_service_error<dataexchange::GetJobError>(status, x_amzn_error_type, body)
using GetJobError = service_error<GetJobErrorCode, ResourceNotFoundException, ThrottlingException, ValidationException, InternalServerException>;

}  // namespace awsjobs::dataexchange

#endif
