// REST-JSON (Data Exchange, SES v2): one implementation for every operation, driven by its
// generated binding table. Requests in rest_request.hpp; here the responses: a JSON body (none
// for an operation without an output shape), errors named by x-amzn-ErrorType.
#ifndef AWSJOBS_PROTOCOL_DETAIL_REST_JSON_HPP
#define AWSJOBS_PROTOCOL_DETAIL_REST_JSON_HPP

#include <awsjobs/core/no_output.hpp>
#include <awsjobs/http/message.hpp>
#include <awsjobs/json/read.hpp>
#include <awsjobs/json/write.hpp>
#include <awsjobs/protocol/detail/members.hpp>
#include <awsjobs/protocol/detail/rest_request.hpp>
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
/// from 300 to 599 a service error, anything else neither. An operation without an output
/// shape reads no body, as botocore (its model gives the body nothing to be).
template <class Op, class String, class Parse>
result<outcome<Op, String>> read_response(const http::response& response, const read_options& options, Parse&& parse) {
    const std::string op(Op::binding.name);
    if (response.status >= 200 && response.status < 300) {
        if (std::is_same_v<typename Op::template output<String>, awsjobs::no_output> || is_blank(response.body))
            return outcome<Op, String>(std::in_place_index<0>);
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

// ---- server: output or error value -> HTTP response --------------------------------------------

template <class Op>
http::response response_head(int status, std::string_view request_id) {
    http::response response;
    response.status = status;
    response.headers.add("Content-Type", Op::binding.json_content_type);
    response.headers.add("x-amzn-RequestId", request_id);
    return response;
}

/// The model's status; no body and no Content-Type for an operation without an output shape
/// (Data Exchange CancelJob's 204), `{}` for an output shape without members set (StartJob's 202).
template <class Op, class Output>
result<http::response> make_response(const Output& output, std::string_view request_id) {
    if constexpr (std::is_same_v<Output, awsjobs::no_output>) {
        http::response response;
        response.status = Op::binding.response_code;
        response.headers.add("x-amzn-RequestId", request_id);
        return response;
    }
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
