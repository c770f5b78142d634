/// \file
/// AWSJOBS_ASSERT: how awsjobs checks its callers' preconditions.
///
/// Using a value that is not there (`*r` on a failed result, `r.error()` on a
/// successful one) is a bug in the calling program. awsjobs checks it with
/// AWSJOBS_ASSERT, which is the standard assert() unless the program defines its
/// own before including any awsjobs header, e.g. to throw, to log, or to check in
/// release builds too:
///
///     #define AWSJOBS_ASSERT(condition) ((condition) ? void(0) : my_handler(#condition, __FILE__, __LINE__))
///
/// Like assert(), the default does nothing when NDEBUG is defined.
#ifndef AWSJOBS_ASSERT_HPP
#define AWSJOBS_ASSERT_HPP

#ifndef AWSJOBS_ASSERT
#include <cassert>
/// Checks a precondition of an awsjobs call: assert(condition), unless defined before.
#define AWSJOBS_ASSERT(condition) assert(condition)
#endif

#endif
