// REST-JSON (Data Exchange, SES v2): one implementation for every operation, driven by its
// generated binding table. Labels in the path, a JSON body, errors named by x-amzn-ErrorType.
#ifndef AWSJOBS_PROTOCOL_DETAIL_REST_JSON_HPP
#define AWSJOBS_PROTOCOL_DETAIL_REST_JSON_HPP

#include <awsjobs/http/message.hpp>
#include <awsjobs/http/percent.hpp>
#include <awsjobs/json/read.hpp>
#include <awsjobs/json/write.hpp>
#include <awsjobs/protocol/detail/members.hpp>
#include <awsjobs/protocol/outcome.hpp>
#include <awsjobs/protocol/read_service_error.hpp>

#include <boost/describe/class.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace awsjobs::protocol::detail::rest_json {

/// Only URI labels and no JSON body in requests: all the modeled operations need. A model
/// with header, query-string or body members stops the build here rather than sending
/// something the service does not expect.
template <class Op>
constexpr bool request_supported() {
    for (const member_binding& binding : Op::input_members)
        if (binding.location != location::uri) return false;
    return true;
}

/// The path part of the request URI template, e.g. "/v1/jobs/{JobId}".
template <class Op>
constexpr std::string_view path_template() {
    const std::string_view uri = Op::binding.request_uri;
    return uri.substr(0, uri.find('?'));
}

// ---- client: request value -> HTTP request -----------------------------------------------------

template <class Op, class Input>
result<http::request> make_request(const Input& input, std::string_view host) {
    static_assert(request_supported<Op>(), "this operation has request members outside the URI: not implemented");
    constexpr std::string_view uri = Op::binding.request_uri;
    http::request request;
    request.method = std::string(Op::binding.method);
    request.target.clear();
    std::size_t i = 0;
    while (i < uri.size()) {
        const std::size_t open = uri.find('{', i);
        if (open == std::string_view::npos) {
            request.target.append(uri.substr(i));
            break;
        }
        request.target.append(uri.substr(i, open - i));
        const std::size_t close = uri.find('}', open);
        std::string_view label = uri.substr(open + 1, close - open - 1);
        const bool greedy = label.ends_with('+');
        if (greedy) label.remove_suffix(1);
        std::optional<std::string_view> value;
        std::string_view member_name;
        for_each_bound_member<Op>(input, [&](const member_binding& binding, const auto& member) {
            if (binding.location == location::uri && binding.name == label) {
                value = text_of(member);
                member_name = binding.member;
            }
        });
        if (!value || value->empty())
            return make_error(errc::invalid_label,
                              std::string(Op::binding.name) + ": " + std::string(member_name) +
                                  (value ? " is empty" : " is unset") + "; it fills the {" + std::string(label) +
                                  "} label of " + std::string(uri));
        // botocore and smithy-rs: every byte but the unreserved ones, '/' too unless the label is greedy.
        http::percent_encode(*value, request.target, greedy ? "/" : "");
        i = close + 1;
    }
    if (!host.empty()) request.headers.add("Host", host);
    return request;
}

// ---- client: HTTP response -> output value or typed error --------------------------------------

/// The service error of a response whose status is not 2xx, read as botocore reads it
/// (read_service_error): a response nothing names is the error "<status>".
template <class Op, class String>
outcome<Op, String> read_error(const http::response& response, const read_options& options) {
    return outcome<Op, String>(std::in_place_index<1>, read_service_error<typename Op::error>(
                                                           response.status, response.headers.value_or_empty("x-amzn-ErrorType"),
                                                           response.body, options.json()));
}

/// Classifies a response by its status: 2xx is the output (`parse` reads the body), a status
/// from 300 to 599 a service error, anything else neither.
template <class Op, class String, class Parse>
result<outcome<Op, String>> read_response(const http::response& response, const read_options& options, Parse&& parse) {
    const std::string op(Op::binding.name);
    if (response.status >= 200 && response.status < 300) {
        if (is_blank(response.body)) return outcome<Op, String>(std::in_place_index<0>);
        auto output = parse();
        if (!output) {
            protocol::error e = make_error(errc::invalid_body, op + ": the body of the " +
                                                                   std::to_string(response.status) +
                                                                   " response is not the operation's output");
            e.body_error = output.error();
            return e;
        }
        return outcome<Op, String>(std::in_place_index<0>, std::move(*output));
    }
    if (response.status >= 300 && response.status < 600) return read_error<Op, String>(response, options);
    return make_error(errc::unexpected_response,
                      op + ": status " + std::to_string(response.status) + " is neither a result nor an error");
}

// ---- server: HTTP request -> request value -----------------------------------------------------

template <class Op>
result<typename Op::template input<std::string>> read_request(const http::request& request, const read_options& options) {
    static_assert(request_supported<Op>(), "this operation has request members outside the URI: not implemented");
    using Input = typename Op::template input<std::string>;
    const std::string op(Op::binding.name);
    // The operations read nothing from the body, but a body past the limit is refused all the
    // same: the server must not accept (and buffer) what it would refuse from a query client.
    if (auto too_large = check_body_size(op, request.body.size(), options)) return *too_large;
    constexpr std::string_view uri = path_template<Op>();
    if (request.method != Op::binding.method)
        return make_error(errc::wrong_method,
                          op + ": the method is " + request.method + ", expected " + std::string(Op::binding.method));
    const std::string_view target = request.target;
    const std::string_view path = target.substr(0, target.find('?'));
    auto mismatch = [&](std::string_view why) {
        return make_error(errc::wrong_path, op + ": the path " + std::string(path) + " is not " + std::string(uri) +
                                                " (" + std::string(why) + ")");
    };
    if (!path.starts_with('/')) return mismatch("it does not start with /");

    Input input;
    std::size_t t = 1, p = 1;  // just past a '/' in the template and in the path
    while (true) {
        const std::size_t t_end = std::min(uri.find('/', t), uri.size());
        const std::string_view segment = uri.substr(t, t_end - t);
        const bool greedy = segment.ends_with("+}");
        const std::size_t p_end = greedy ? path.size() : std::min(path.find('/', p), path.size());
        const std::string_view actual = path.substr(p, p_end - p);
        if (segment.starts_with('{') && segment.ends_with('}')) {
            const std::string_view label = segment.substr(1, segment.size() - (greedy ? 3 : 2));
            auto decoded = http::percent_decode(actual);
            if (!decoded)
                return make_error(errc::bad_escape, op + ": the {" + std::string(label) +
                                                        "} label has a % without two hex digits at offset " +
                                                        std::to_string(p + decoded.bad_escape) + " of the target");
            if (decoded.text.empty())
                return make_error(errc::invalid_label, op + ": the {" + std::string(label) + "} label is empty");
            if (const auto bad = invalid_utf8_offset(decoded.text); bad != std::string_view::npos)
                return make_error(errc::invalid_label, op + ": the {" + std::string(label) +
                                                           "} label is not UTF-8 once decoded (byte " +
                                                           std::to_string(bad) + " of its value)");
            bool stored = false;
            for_each_bound_member<Op>(input, [&](const member_binding& binding, auto& member) {
                if (binding.location == location::uri && binding.name == label)
                    stored = assign_text(member, std::move(decoded.text));
            });
            if (!stored)
                return make_error(errc::invalid_label,
                                  op + ": the {" + std::string(label) + "} label is bound to no string member");
        } else if (actual != segment) {
            return mismatch("segment " + std::string(actual) + " where " + std::string(segment) + " belongs");
        }
        t = t_end + 1;
        p = p_end + 1;
        const bool template_done = t > uri.size(), path_done = p > path.size();
        if (template_done && path_done) break;
        if (template_done) return mismatch("a segment too many");
        if (path_done) return mismatch("a segment is missing");
    }
    return input;
}

// ---- server: output or error value -> HTTP response --------------------------------------------

template <class Op>
http::response response_head(int status, std::string_view request_id) {
    http::response response;
    response.status = status;
    response.headers.add("Content-Type", Op::binding.json_content_type);
    response.headers.add("x-amzn-RequestId", request_id);
    return response;
}

template <class Op, class Output>
result<http::response> make_response(const Output& output, std::string_view request_id) {
    http::response response = response_head<Op>(Op::binding.response_code, request_id);
    if (auto written = json::write(output, response.body); !written) {
        protocol::error e = make_error(errc::invalid_body, std::string(Op::binding.name) + ": the output cannot be written");
        e.body_error = written.error();
        return e;
    }
    return response;
}

/// Whether an exception shape has a message member of its own (Data Exchange's `Message`);
/// otherwise the body gets a `message`, as the services and LocalStack write it.
template <class Shape>
constexpr bool has_message_member() {
    bool found = false;
    boost::mp11::mp_for_each<awsjobs::detail::members_of<Shape>>([&](auto D) {
        const std::string_view name = D.name;
        found = found || name == "message" || name == "Message";
    });
    return found;
}

/// Sets the shape's message member from the error's message when it is unset.
template <class Shape>
void fill_message(Shape& shape, const std::string& message) {
    boost::mp11::mp_for_each<awsjobs::detail::members_of<Shape>>([&](auto D) {
        const std::string_view name = D.name;
        auto& member = shape.*D.pointer;
        if constexpr (is_text_member<std::decay_t<decltype(member)>>::value) {
            if ((name == "message" || name == "Message") && !member.has_value()) member.emplace(message);
        }
    });
}

struct message_body {
    std::string message;
    BOOST_DESCRIBE_CLASS(message_body, (), (message), (), ())
};

template <class Op>
result<http::response> make_error_response(const typename Op::error& error, std::string_view request_id) {
    const std::string op(Op::binding.name);
    const auto known = error.code.known();
    const std::string_view code = error.code.wire_name();
    if (code.empty()) return make_error(errc::invalid_body, op + ": the error has no code to send");
    int status = error.http_status >= 300 && error.http_status < 600 ? error.http_status : 400;
    if (known) status = Op::errors[awsjobs::detail::enum_info<typename Op::error::code_type>::index_of(*known)].http_status;

    http::response response = response_head<Op>(status, request_id);
    response.headers.add("x-amzn-ErrorType", code);
    std::optional<awsjobs::error> failure;
    std::visit(
        [&](const auto& details) {
            using Details = std::decay_t<decltype(details)>;
            if constexpr (std::is_same_v<Details, unknown_error>) {
                // A code the operation does not model: its body verbatim, or just the message.
                if (!is_blank(details.body)) {
                    response.body = details.body;
                    return;
                }
                if (auto written = json::write(message_body{error.message}, response.body); !written)
                    failure = written.error();
            } else if constexpr (has_message_member<Details>()) {
                Details copy = details;
                if (!error.message.empty()) fill_message(copy, error.message);
                if (auto written = json::write(copy, response.body); !written) failure = written.error();
            } else {
                // {"message":"...", then the shape's own members}
                std::string members;
                if (auto written = json::write(details, members); !written) {
                    failure = written.error();
                    return;
                }
                if (auto written = json::write(message_body{error.message}, response.body); !written) {
                    failure = written.error();
                    return;
                }
                if (members.size() > 2) {
                    response.body.pop_back();
                    response.body += ',';
                    response.body.append(members, 1);
                }
            }
        },
        error.details);
    if (failure) {
        protocol::error e = make_error(errc::invalid_body, op + ": the error's details cannot be written");
        e.body_error = *failure;
        return e;
    }
    return response;
}

}  // namespace awsjobs::protocol::detail::rest_json

#endif
