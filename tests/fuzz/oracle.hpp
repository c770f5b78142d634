// A second JSON parser, to judge what is JSON and what is not.
#ifndef AWSJOBS_TESTS_FUZZ_ORACLE_HPP
#define AWSJOBS_TESTS_FUZZ_ORACLE_HPP

#include <optional>
#include <string_view>

namespace awsjobs_fuzz {

/// Whether `text` is one JSON value (RFC 8259, UTF-8, no lone surrogates), as
/// Boost.JSON judges it: an oracle that shares no code with RapidJSON. Nothing when
/// Boost.JSON cannot judge: nesting too deep for it (its parser recurses), or an
/// exponent too long for it (valid JSON, which it refuses).
std::optional<bool> is_json(std::string_view text);

}  // namespace awsjobs_fuzz

#endif
