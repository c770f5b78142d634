/// \file
/// The client side of an operation's HTTP binding: its request value to an HTTP request, and
/// an HTTP response to its output value or typed service error. No I/O: send the request with
/// any HTTP library (signing it first, for AWS), and hand the response back.
#ifndef AWSJOBS_PROTOCOL_CLIENT_HPP
#define AWSJOBS_PROTOCOL_CLIENT_HPP

#include <awsjobs/http/message.hpp>
#include <awsjobs/json/read.hpp>
#include <awsjobs/protocol/binding.hpp>
#include <awsjobs/protocol/detail/query.hpp>
#include <awsjobs/protocol/detail/rest_json.hpp>
#include <awsjobs/protocol/error.hpp>
#include <awsjobs/protocol/outcome.hpp>
#include <awsjobs/protocol/read_options.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

namespace awsjobs::protocol {

namespace detail {
/// The query protocol's XML side, defined by <awsjobs/protocol/xml.hpp>: a query operation's
/// responses need it (and awsjobs::xml, which brings pugixml); this name is what the compiler
/// reports when it is missing.
template <class Op>
struct include_awsjobs_protocol_xml_hpp_for_query_responses;
}  // namespace detail

/// What make_request cannot learn from the operation or its input.
struct request_options {
    /// The Host header's value, e.g. "dataexchange.us-east-1.amazonaws.com"; empty leaves
    /// it to the HTTP library (which knows the URL it connects to).
    std::string_view host;
};

/// The HTTP request for `input` (Op::input<std::string> or Op::input<std::string_view>), as
/// botocore writes it.
///
/// REST-JSON: the model's method; the URI template with each label percent-encoded (all but
/// `A-Za-z0-9-._~`, as the SDKs do); query-string members after `?` (a list repeats its name, a
/// map gives one parameter per entry); header members (timestamps as HTTP dates); the other
/// members as a JSON object body with Content-Type (`{}` when none is set), no body when the
/// input has no body members. A label that is unset or empty is an `invalid_label` error, never
/// a request for the wrong path.
/// Query: POST `/`, form body `Action=...&Version=...&` then the members (`Name.member.N`,
/// `Name.Member`, `Name.entry.N.key`), Content-Type `application/x-www-form-urlencoded; charset=utf-8`.
template <class Op, class Input>
result<http::request> make_request(const Input& input, const request_options& options = {}) {
    static_assert(std::is_same_v<Input, typename Op::template input<std::string>> ||
                      std::is_same_v<Input, typename Op::template input<std::string_view>>,
                  "make_request<Op>(input): input must be the operation's input type");
    if constexpr (Op::binding.protocol == wire_protocol::rest_json)
        return detail::rest_json::make_request<Op>(input, options.host);
    else
        return detail::query::make_request<Op>(input, options.host);
}

/// Reads a response: 2xx is the output (an empty body is an empty output; for an operation
/// without an output shape, awsjobs::no_output, the body is not read), 300-599 the
/// service error, as botocore reads it; another status, or a 2xx body that is not the output,
/// is an error here. REST-JSON: read_service_error (the code from x-amzn-ErrorType, the body,
/// else the status as text, e.g. "502" for a proxy's HTML page).
/// Query: XML, `<OpResponse><OpResult>` or `<ErrorResponse><Error><Code>`; include
/// <awsjobs/protocol/xml.hpp> (and link awsjobs::xml) for it.
/// A body longer than `options.max_body_size` is body_too_large, whatever the status, before
/// it is read or copied; a body past the other limits is invalid_body (or, in an error
/// response, an unknown_error whose body_error says which limit).
template <class Op>
result<outcome<Op>> read_response(const http::response& response, const read_options& options = {}) {
    if (auto too_large = detail::check_body_size(Op::binding.name, response.body.size(), options)) return *too_large;
    if constexpr (Op::binding.protocol == wire_protocol::rest_json) {
        return detail::rest_json::read_response<Op, std::string>(response, options, [&] {
            std::string buffer = response.body;
            return json::parse_in_place<typename Op::template output<std::string>>(buffer, options.json());
        });
    } else {
        std::string buffer = response.body;
        return detail::include_awsjobs_protocol_xml_hpp_for_query_responses<Op>::template read<std::string>(
            buffer, response.status, options);
    }
}

/// Same, zero-copy: the output's strings point into response.body, which is parsed in place
/// (and so changed); keep the response alive and unchanged while you use them.
template <class Op>
result<outcome<Op, std::string_view>> read_response_in_place(http::response& response, const read_options& options = {}) {
    if (auto too_large = detail::check_body_size(Op::binding.name, response.body.size(), options)) return *too_large;
    if constexpr (Op::binding.protocol == wire_protocol::rest_json) {
        return detail::rest_json::read_response<Op, std::string_view>(response, options, [&] {
            return json::parse_in_place<typename Op::template output<std::string_view>>(response.body, options.json());
        });
    } else {
        return detail::include_awsjobs_protocol_xml_hpp_for_query_responses<Op>::template read<std::string_view>(
            response.body, response.status, options);
    }
}

/// The request id of a response, for logs and support cases: REST-JSON's x-amzn-RequestId
/// header; for a query operation (include <awsjobs/protocol/xml.hpp>) the XML body's
/// (ResponseMetadata/RequestId of an output, RequestId of an ErrorResponse), else that
/// header. Empty when there is none. A body past `options`' limits is not read: the header's id.
template <class Op>
std::string request_id(const http::response& response, const read_options& options = {}) {
    if constexpr (Op::binding.protocol == wire_protocol::rest_json)
        return std::string(response.headers.value_or_empty("x-amzn-RequestId"));
    else
        return detail::include_awsjobs_protocol_xml_hpp_for_query_responses<Op>::request_id(response, options);
}

}  // namespace awsjobs::protocol

#endif
