// shape<"Name", T>: one entry of a service's shape registry.
#ifndef AWSJOBS_CORE_SHAPE_HPP
#define AWSJOBS_CORE_SHAPE_HPP

#include <awsjobs/core/fixed_string.hpp>

#include <string_view>

namespace awsjobs {

/// Names the C++ type that stands for the model shape `Name`. Each service lists
/// every shape of its operation's closure this way (`dataexchange::shapes`, ...),
/// so that tools and tests can go from a model name to its type.
template <awsjobs::fixed_string Name, class T>
struct shape {
    static constexpr std::string_view name = Name.view();
    using type = T;
};

}  // namespace awsjobs

#endif
