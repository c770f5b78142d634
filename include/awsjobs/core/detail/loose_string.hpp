// A string member that does not trust its input's types.
#ifndef AWSJOBS_CORE_DETAIL_LOOSE_STRING_HPP
#define AWSJOBS_CORE_DETAIL_LOOSE_STRING_HPP

#include <optional>
#include <string>

namespace awsjobs::detail {

/// A string read only when the value is one: any other value (null, a number,
/// an object ...) is skipped and leaves it empty, where a std::string member would
/// fail the whole read. For members a reader looks at whatever the document's
/// shape, such as the code and message of an error body.
struct loose_string {
    std::optional<std::string> value;
};

}  // namespace awsjobs::detail

#endif
