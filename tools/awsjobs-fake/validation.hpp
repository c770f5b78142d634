// Requests checked as the service checks them, as far as the generated model says: required
// members present (awsjobs::check_required), the input's enum members one of their values, and the
// model's lengths, ranges and patterns (awsjobs::check_constraints; MaxResults' 1-200 among them);
// the failure is the service's own validation error (Data Exchange ValidationException, SES v2
// BadRequestException, Import/Export MissingParameterException or InvalidParameterException).
#ifndef AWSJOBS_FAKE_VALIDATION_HPP
#define AWSJOBS_FAKE_VALIDATION_HPP

#include <awsjobs/awsjobs.hpp>
#include <awsjobs/core/check_constraints.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace awsjobs_fake {

/// The code Op's service answers a request with that is not what its model says, missing or wrong.
template <class Op>
constexpr std::string_view validation_code(bool missing) {
    if (Op::signing.signing_name == "dataexchange") return "ValidationException";
    if (Op::signing.signing_name == "importexport") return missing ? "MissingParameterException" : "InvalidParameterException";
    return "BadRequestException";
}

/// Whether a member holds an enum value (optional or required).
template <class T>
struct is_enum_member : std::false_type {};
template <class E, class S>
struct is_enum_member<std::optional<awsjobs::open_enum<E, S>>> : std::true_type {};
template <class E, class S>
struct is_enum_member<awsjobs::required<awsjobs::open_enum<E, S>>> : std::true_type {};

/// What is wrong with a request.
struct request_problem {
    bool missing = false;  // a required member is absent (else a value is wrong)
    std::string what;
};

/// What is wrong with the request's members, or nothing: the first required member missing, the
/// first enum member whose value its enum lacks, or the first value outside the model's lengths,
/// ranges and patterns.
template <class Input>
std::optional<request_problem> problem_of(const Input& input) {
    const auto missing = awsjobs::check_required(input);
    if (!missing.empty()) return request_problem{true, missing.front().describe()};
    std::optional<request_problem> problem;
    boost::mp11::mp_for_each<boost::describe::describe_members<Input, boost::describe::mod_public>>([&](auto D) {
        const auto& member = input.*D.pointer;
        if constexpr (is_enum_member<std::remove_cvref_t<decltype(member)>>::value) {
            if (!problem && member && !member->is_known())
                problem = request_problem{false, "$." + std::string(D.name) + ": '" + std::string(member->wire_name()) + "' is not one of its values"};
        }
    });
    if (problem) return problem;
    const auto violations = awsjobs::check_constraints(input);
    if (!violations.empty()) return request_problem{false, violations.front().describe()};
    return std::nullopt;
}

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_VALIDATION_HPP
