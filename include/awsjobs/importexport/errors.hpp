// The errors GetStatus can return: their codes and exception shapes.
#ifndef AWSJOBS_IMPORTEXPORT_ERRORS_HPP
#define AWSJOBS_IMPORTEXPORT_ERRORS_HPP

#include <awsjobs/importexport/shapes.hpp>
#include <awsjobs/service_error.hpp>

#include <boost/describe/enum.hpp>

// The codes live in a namespace of their own: declared beside the exception
// structs of the same names, each enumerator would shadow one (-Wshadow).
namespace awsjobs::error_codes::importexport {

using json::operator<<;
using json::to_string;

/// The error codes GetStatus lists, each named after its exception shape.
enum class GetStatusErrorCode { InvalidJobIdException, ExpiredJobIdException, CanceledJobIdException, InvalidAccessKeyIdException, InvalidVersionException };
BOOST_DESCRIBE_ENUM(GetStatusErrorCode, InvalidJobIdException, ExpiredJobIdException, CanceledJobIdException, InvalidAccessKeyIdException, InvalidVersionException)

}  // namespace awsjobs::error_codes::importexport

namespace awsjobs::importexport {

using error_codes::importexport::GetStatusErrorCode;

/// A typed GetStatus error: its code, message, and body as the exception shape.
///
/// The service speaks XML (query protocol), which awsjobs does not read: fill
/// this from the parsed ErrorResponse yourself.
using GetStatusError = service_error<GetStatusErrorCode, InvalidJobIdException, ExpiredJobIdException, CanceledJobIdException, InvalidAccessKeyIdException, InvalidVersionException>;

}  // namespace awsjobs::importexport

#endif
