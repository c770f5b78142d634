/// \file
/// protocol::outcome<Op>: what a response to an operation holds when it is one.
#ifndef AWSJOBS_PROTOCOL_OUTCOME_HPP
#define AWSJOBS_PROTOCOL_OUTCOME_HPP

#include <string>
#include <variant>

namespace awsjobs::protocol {

/// What a response is: the operation's output (index 0) or its typed service error (index 1).
/// Output is Op::output<std::string>, or Op::output<std::string_view> for read_response_in_place.
template <class Op, class String = std::string>
using outcome = std::variant<typename Op::template output<String>, typename Op::error>;

}  // namespace awsjobs::protocol

#endif
