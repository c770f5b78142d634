/// \file
/// awsjobs::constraint: one of the model's limits on a member's value (Smithy's length, range and
/// pattern traits), as the generated shapes list them for awsjobs::check_constraints.
#ifndef AWSJOBS_CORE_CONSTRAINT_HPP
#define AWSJOBS_CORE_CONSTRAINT_HPP

#include <cstdint>
#include <optional>
#include <string_view>

namespace awsjobs {

/// A limit the model sets on a structure member's value, or on a part of it. Each generated struct
/// whose members have any lists them, in member order, as
/// `static constexpr awsjobs::constraint awsjobs_constraints[]`; nothing reads the list unless
/// check_constraints() is called.
///
/// What `min` and `max` bound follows from the C++ type of the part: a string's length in Unicode
/// code points (as Smithy and botocore count it), a list's or a map's number of elements, a
/// number's value.
struct constraint {
    /// The member's name, as the struct declares it.
    std::string_view member;
    /// Which part of the member's value: empty for the value itself, else steps down into it:
    /// `[]` each element of a list, `{}` each value of a map, `{key}` each key of a map; e.g.
    /// `{}[]` for each element of each list a map holds.
    std::string_view part = {};
    /// The least length, size or value allowed, if any.
    std::optional<std::int64_t> min = {};
    /// The greatest length, size or value allowed, if any.
    std::optional<std::int64_t> max = {};
    /// An ECMA-262 regular expression a string must contain a match of (not implicitly anchored);
    /// empty for none.
    std::string_view pattern = {};
};

}  // namespace awsjobs

#endif
