/// \file
/// awsjobs::no_output: the output of an operation whose model names no output shape.
#ifndef AWSJOBS_CORE_NO_OUTPUT_HPP
#define AWSJOBS_CORE_NO_OUTPUT_HPP

#include <boost/describe/class.hpp>

namespace awsjobs {

/// What an operation without an output shape answers (Data Exchange `CancelJob`: 204 and no
/// body): nothing. A struct with no members rather than void, so that the protocol layer's
/// outcome<Op> and the codecs treat every operation alike; an operation whose output shape has
/// no members (Data Exchange `StartJobResponse`) keeps that shape instead.
struct no_output {
    /// Every no_output is the same.
    friend constexpr bool operator==(no_output, no_output) noexcept { return true; }
    BOOST_DESCRIBE_CLASS(no_output, (), (), (), ())
};

}  // namespace awsjobs

#endif
