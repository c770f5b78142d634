// The query protocol (Import/Export), request side: POST / with a form body of Action,
// Version and the input's members (detail/form.hpp: every type, nested). Its responses are XML (see awsjobs/protocol/client.hpp).
#ifndef AWSJOBS_PROTOCOL_DETAIL_QUERY_HPP
#define AWSJOBS_PROTOCOL_DETAIL_QUERY_HPP

#include <awsjobs/core/required.hpp>
#include <awsjobs/http/message.hpp>
#include <awsjobs/http/percent.hpp>
#include <awsjobs/protocol/detail/form.hpp>
#include <awsjobs/protocol/detail/members.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsjobs::protocol::detail::query {

inline constexpr std::string_view form_content_type = "application/x-www-form-urlencoded; charset=utf-8";

/// Every member in the form body, none in the URI or headers: what query models have.
template <class Op>
constexpr bool request_supported() {
    for (const member_binding& binding : Op::input_members)
        if (binding.location != location::body) return false;
    return true;
}

// ---- client: request value -> HTTP request -----------------------------------------------------

/// POST / (the model's requestUri `/?Operation=...` is not sent: botocore and smithy-rs post
/// to `/`), Action and Version first, then each set member in declaration order, so the
/// bytes are the same every time.
template <class Op, class Input>
result<http::request> make_request(const Input& input, std::string_view host) {
    static_assert(request_supported<Op>(), "a query operation's members are all in the form body");
    std::vector<http::form_field> fields;
    for_each_bound_member<Op>(input, [&](const member_binding& binding, const auto& member) {
        form::flatten(std::string(binding.name), member, fields);
    });
    std::vector<std::pair<std::string_view, std::string_view>> pairs{{"Action", Op::binding.name},
                                                                     {"Version", Op::binding.api_version}};
    for (const auto& [name, value] : fields) pairs.emplace_back(name, value);
    http::request request;
    request.method = "POST";
    request.target = "/";
    if (!host.empty()) request.headers.add("Host", host);
    request.headers.add("Content-Type", form_content_type);
    http::form_encode(pairs, request.body);
    return request;
}

// ---- server: HTTP request -> request value -----------------------------------------------------

/// Reads the parameters from the query string and the form body alike (as LocalStack does),
/// in any order; routes on Action; ignores keys the operation does not model, such as
/// SigV2's AWSAccessKeyId, SignatureVersion, SignatureMethod, Timestamp and Signature.
template <class Op>
result<typename Op::template input<std::string>> read_request(const http::request& request, const read_options& options) {
    static_assert(request_supported<Op>(), "this query operation has members outside the body: not implemented");
    using Input = typename Op::template input<std::string>;
    const std::string op(Op::binding.name);
    if (auto too_large = check_body_size(op, request.body.size(), options)) return *too_large;
    if (request.method != "POST")
        return make_error(errc::wrong_method, op + ": the method is " + request.method + ", expected POST");
    const std::string_view target = request.target;
    const std::size_t question = target.find('?');
    const std::string_view path = target.substr(0, question);
    if (path != "/")
        return make_error(errc::wrong_path, op + ": the path " + std::string(path) + " is not /");

    if (request.target.size() > options.max_target_size)
        return make_error(errc::target_too_large, op + ": the target is " + std::to_string(request.target.size()) +
                                                      " bytes, more than read_options::max_target_size (" +
                                                      std::to_string(options.max_target_size) + ")");

    std::vector<http::form_field> parameters;
    std::size_t count = 0;
    auto decode = [&](std::string_view text, std::string_view where) -> std::optional<protocol::error> {
        count += static_cast<std::size_t>(std::count(text.begin(), text.end(), '&')) + 1;
        if (count > options.max_parameters)
            return make_error(errc::target_too_large, op + ": the query string and body have more than " +
                                                          std::to_string(options.max_parameters) +
                                                          " parameters (read_options::max_parameters)");
        auto form = http::form_decode(text);
        if (!form)
            return make_error(errc::bad_escape, op + ": the " + std::string(where) +
                                                    " has a % without two hex digits at offset " +
                                                    std::to_string(form.bad_escape));
        for (auto& field : form.fields) parameters.push_back(std::move(field));
        return std::nullopt;
    };
    if (question != std::string_view::npos)
        if (auto e = decode(target.substr(question + 1), "query string")) return *e;
    if (auto e = decode(request.body, "body")) return *e;

    form::reader fields(op, parameters, options.max_elements);
    // Action and Version once each, and the operation's.
    std::optional<std::string> action, version;
    for (auto [name, value] : {std::pair{"Action", &action}, std::pair{"Version", &version}}) {
        bool present = false;
        if (auto failure = fields.read(name, *value, present)) return *failure;
        if (!present) return make_error(errc::missing_parameter, op + ": the request has no " + name);
    }
    if (*action != Op::binding.name)
        return make_error(errc::wrong_action, op + ": Action is " + *action + ", expected " + op);
    if (*version != Op::binding.api_version)
        return make_error(errc::wrong_action, op + ": Version is " + *version + ", expected " +
                                                  std::string(Op::binding.api_version));

    Input input;
    std::optional<protocol::error> failure;
    for_each_bound_member<Op>(input, [&](const member_binding& binding, auto& member) {
        if (failure) return;
        bool present = false;
        failure = fields.read(std::string(binding.name), member, present);
        if (!failure && !present && awsjobs::is_required<std::decay_t<decltype(member)>>::value)
            failure = fields.missing(std::string(binding.name));
    });
    if (failure) return *failure;
    return input;
}

}  // namespace awsjobs::protocol::detail::query

#endif
