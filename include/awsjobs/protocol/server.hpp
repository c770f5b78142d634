/// \file
/// The server side of an operation's HTTP binding, for fakes, proxies and tests: an HTTP
/// request to the operation's request value, and its output or error value to the exact
/// response the service sends. No I/O: plug it into any HTTP server.
#ifndef AWSJOBS_PROTOCOL_SERVER_HPP
#define AWSJOBS_PROTOCOL_SERVER_HPP

#include <awsjobs/http/message.hpp>
#include <awsjobs/protocol/binding.hpp>
#include <awsjobs/protocol/client.hpp>
#include <awsjobs/protocol/detail/query.hpp>
#include <awsjobs/protocol/detail/rest_json.hpp>
#include <awsjobs/protocol/error.hpp>
#include <awsjobs/protocol/read_options.hpp>

#include <string>
#include <string_view>

namespace awsjobs::protocol {

/// The request value of an HTTP request, or why it is not one of this operation's (answer
/// those with protocol::http_status_for(error.code): 405, 404, 413, 414 or 400). A body longer
/// than `options.max_body_size` is body_too_large, a target longer than `max_target_size` or
/// with more than `max_parameters` parameters target_too_large, before anything else is read.
///
/// REST-JSON: the method and every literal segment of the URI template must match, each
/// label is one non-empty segment, percent-decoded, valid UTF-8 and of its member's type; the
/// query-string and header members are read from there (a value not of the member's type, or
/// given twice where the member is not a list, is invalid_parameter; a required one absent is
/// missing_parameter), the body members from the JSON body. A body key naming a member that
/// travels elsewhere does not set it. An operation with `Op::legacy_request` is also read in
/// that older form when the method or path is not today's.
/// Query: POST `/`, parameters from the query string and the form body, Action
/// and Version must be the operation's, unknown parameters (SigV2's, for one) are ignored;
/// lists, structures and maps are read strictly (indexes from 1 without gap or leading zero).
template <class Op>
result<typename Op::template input<std::string>> read_request(const http::request& request,
                                                               const read_options& options = {}) {
    if constexpr (Op::binding.protocol == wire_protocol::rest_json)
        return detail::rest_json::read_request<Op>(request, options);
    else
        return detail::query::read_request<Op>(request, options);
}

/// The response that carries `output`: the model's status (200, 201, 202, 204), `Content-Type` and
/// `x-amzn-RequestId` headers, and the output as the service writes it (JSON; for query
/// operations XML, with <awsjobs/protocol/xml.hpp>); for awsjobs::no_output, no body and no
/// Content-Type. Content-Length is the HTTP library's to add.
template <class Op, class Output>
result<http::response> make_response(const Output& output, std::string_view request_id) {
    static_assert(std::is_same_v<Output, typename Op::template output<std::string>> ||
                      std::is_same_v<Output, typename Op::template output<std::string_view>>,
                  "make_response<Op>(output): output must be the operation's output type");
    if constexpr (Op::binding.protocol == wire_protocol::rest_json) {
        return detail::rest_json::make_response<Op>(output, request_id);
    } else {
        return detail::include_awsjobs_protocol_xml_hpp_for_query_responses<Op>::write(output, request_id);
    }
}

/// The response that carries a service error: the status the model gives its code
/// (`error.http_status`, else 400, for a code it does not list), `x-amzn-ErrorType` with the code,
/// `x-amzn-RequestId`, and the body as the services write it: the exception shape's members,
/// with `message` first when the shape has no message member of its own.
template <class Op>
result<http::response> make_error_response(const typename Op::error& error, std::string_view request_id) {
    if constexpr (Op::binding.protocol == wire_protocol::rest_json) {
        return detail::rest_json::make_error_response<Op>(error, request_id);
    } else {
        return detail::include_awsjobs_protocol_xml_hpp_for_query_responses<Op>::write_error(error, request_id);
    }
}

}  // namespace awsjobs::protocol

#endif
