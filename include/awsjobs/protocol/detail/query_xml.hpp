// The query protocol's responses (Import/Export), both sides, on the XML codec:
//   <GetStatusResponse xmlns="..."><GetStatusResult>...</GetStatusResult>
//     <ResponseMetadata><RequestId>...</RequestId></ResponseMetadata></GetStatusResponse>
//   <ErrorResponse xmlns="..."><Error><Type>Sender</Type><Code>...</Code><Message>...</Message></Error>
//     <RequestId>...</RequestId></ErrorResponse>
// as botocore's QueryParser reads them and LocalStack's query serializer writes them.
#ifndef AWSJOBS_PROTOCOL_DETAIL_QUERY_XML_HPP
#define AWSJOBS_PROTOCOL_DETAIL_QUERY_XML_HPP

#include <awsjobs/http/message.hpp>
#include <awsjobs/json/detail/describe.hpp>
#include <awsjobs/protocol/binding.hpp>
#include <awsjobs/protocol/detail/members.hpp>
#include <awsjobs/protocol/detail/query.hpp>
#include <awsjobs/protocol/error.hpp>
#include <awsjobs/service_error.hpp>
#include <awsjobs/xml.hpp>

#include <boost/describe/class.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace awsjobs::protocol::detail::query {

inline constexpr std::string_view xml_content_type = "text/xml";

/// <Error> of an <ErrorResponse>: the protocol's members (the exception's own come after them).
struct error_element {
    std::optional<std::string> Type;
    std::optional<std::string> Code;
    std::optional<std::string> Message;
    BOOST_DESCRIBE_CLASS(error_element, (), (Type, Code, Message), (), ())
};

/// <ErrorResponse>, as Import/Export and the other query services send it (EC2's
/// <Response><Errors><Error> is another protocol, ec2, which no awsjobs operation uses).
struct error_response {
    std::optional<error_element> Error;
    std::optional<std::string> RequestId;
    BOOST_DESCRIBE_CLASS(error_response, (), (Error, RequestId), (), ())
};

struct response_metadata {
    std::optional<std::string> RequestId;
    BOOST_DESCRIBE_CLASS(response_metadata, (), (RequestId), (), ())
};

/// Just the metadata of an output response (the result is skipped unread).
struct output_envelope {
    std::optional<response_metadata> ResponseMetadata;
    BOOST_DESCRIBE_CLASS(output_envelope, (), (ResponseMetadata), (), ())
};

/// A member that is the exception's message: written as <Message>, so not among its own members.
constexpr bool is_message_name(std::string_view name) noexcept { return name == "message" || name == "Message"; }

/// The shape's message member, if it has one that is set.
template <class Shape>
std::optional<std::string> shape_message(const Shape& shape) {
    std::optional<std::string> text;
    boost::mp11::mp_for_each<json::detail::members_of<Shape>>([&](auto D) {
        if (text || !is_message_name(D.name)) return;
        if (const auto value = text_of(shape.*D.pointer)) text = std::string(*value);
    });
    return text;
}

/// The shape with its message members unset: what goes into <Error> after <Message>.
template <class Shape>
Shape without_message(Shape shape) {
    boost::mp11::mp_for_each<json::detail::members_of<Shape>>([&](auto D) {
        auto& member = shape.*D.pointer;
        if constexpr (json::detail::is_optional_like<std::decay_t<decltype(member)>>::value) {
            if (is_message_name(D.name)) member.reset();
        }
    });
    return shape;
}

template <class Op>
    requires(Op::binding.protocol == wire_protocol::query)
struct xml_responses<Op> {
    static constexpr bool available = true;

    /// The root element of an output response, e.g. GetStatusResponse.
    static std::string root() { return std::string(Op::binding.name) + "Response"; }

    static protocol::error body_error(errc code, std::string message, json::error cause) {
        protocol::error e = make_error(code, std::move(message));
        e.json_error = std::move(cause);
        return e;
    }

    // ---- client: HTTP response -> output value or typed error ----------------------------------

    /// Reads a response: 2xx is the output, read in place from `buffer` (the response body or
    /// a copy of it) into Output, 300-599 an <ErrorResponse>. Unlike REST-JSON, an empty 2xx body
    /// is not an output: the query services always send the envelope.
    template <class Output>
    static result<std::variant<Output, typename Op::error>> read_response(const http::response& response,
                                                                         std::string& buffer) {
        using outcome = std::variant<Output, typename Op::error>;
        const std::string op(Op::binding.name);
        const std::string status = std::to_string(response.status);
        if (response.status >= 200 && response.status < 300) {
            const std::string root_name = root();
            auto output = xml::parse_in_place<Output>(buffer, {root_name, Op::binding.result_wrapper});
            if (!output)
                return body_error(errc::invalid_body,
                                  op + ": the body of the " + status + " response is not the operation's " + root_name,
                                  output.error());
            return outcome(std::in_place_index<0>, std::move(*output));
        }
        if (response.status < 300 || response.status >= 600)
            return make_error(errc::unexpected_response, op + ": status " + status + " is neither a result nor an error");
        auto error = read_error(response);
        if (!error) return error.error();
        return outcome(std::in_place_index<1>, std::move(*error));
    }

    /// The typed error of an <ErrorResponse>: the code and message from <Error>, the exception
    /// shape read from <Error> too (where the SDKs find modeled members; Import/Export's
    /// exceptions have only `message`, which <Message> does not fill, as in botocore).
    static result<typename Op::error> read_error(const http::response& response) {
        using Error = typename Op::error;
        using Code = typename Error::code_type;
        const std::string op(Op::binding.name);
        const std::string status = std::to_string(response.status);
        if (is_blank(response.body))
            return make_error(errc::unexpected_response,
                              op + ": the " + status + " response has an empty body, which names no error code");
        const std::string_view body = response.body;
        auto envelope = xml::parse<error_response>(body, {"ErrorResponse"});
        if (!envelope)
            return body_error(errc::unexpected_response,
                              op + ": the body of the " + status + " response is not an <ErrorResponse>",
                              envelope.error());
        if (!envelope->Error || !envelope->Error->Code || is_blank(*envelope->Error->Code))
            return make_error(errc::unexpected_response,
                              op + ": the " + status + " response's <ErrorResponse> has no <Error><Code>");
        Error error;
        error.http_status = response.status;
        error.code = json::open_enum<Code>::from_wire(*envelope->Error->Code);
        error.message = envelope->Error->Message.value_or("");
        const auto known = error.code.known();
        if (!known) {
            error.details = unknown_error{response.body};
            return error;
        }
        constexpr std::size_t count = std::variant_size_v<decltype(error.details)> - 1;
        std::optional<protocol::error> failure;
        boost::mp11::mp_with_index<count>(json::detail::enum_info<Code>::index_of(*known), [&](auto I) {
            using Shape = std::variant_alternative_t<I + 1, decltype(error.details)>;
            auto shape = xml::parse<Shape>(body, {"ErrorResponse", "Error"});
            if (!shape) {
                failure = body_error(errc::unexpected_response,
                                     op + ": the <Error> of the " + status + " response does not read as " +
                                         std::string(error.code.wire_name()),
                                     shape.error());
                return;
            }
            error.details.template emplace<I + 1>(std::move(*shape));
        });
        if (failure) return *failure;
        return error;
    }

    /// The request id of a response: the body's (ResponseMetadata/RequestId of an output,
    /// RequestId of an ErrorResponse), else the x-amzn-RequestId header, else empty.
    static std::string request_id(const http::response& response) {
        const std::string_view body = response.body;
        if (response.status >= 200 && response.status < 300) {
            const std::string root_name = root();
            if (auto envelope = xml::parse<output_envelope>(body, {root_name});
                envelope && envelope->ResponseMetadata && envelope->ResponseMetadata->RequestId)
                return *envelope->ResponseMetadata->RequestId;
        } else if (auto envelope = xml::parse<error_response>(body, {"ErrorResponse"}); envelope && envelope->RequestId) {
            return *envelope->RequestId;
        }
        return std::string(response.headers.value_or_empty("x-amzn-RequestId"));
    }

    // ---- server: output or error value -> HTTP response ----------------------------------------

    static http::response response_head(int status, std::string_view request_id) {
        http::response response;
        response.status = status;
        response.headers.add("Content-Type", xml_content_type);
        response.headers.add("x-amzn-RequestId", request_id);
        return response;
    }

    /// <OpResponse xmlns=...><OpResult>output</OpResult><ResponseMetadata><RequestId>...
    template <class Output>
    static result<http::response> make_response(const Output& output, std::string_view request_id) {
        const std::string op(Op::binding.name);
        const std::string root_name = root();
        http::response response = response_head(Op::binding.response_code, request_id);
        auto written = xml::write(output, response.body, {root_name, Op::binding.result_wrapper},
                                  {.xmlns = Op::binding.xml_namespace});
        if (!written) return body_error(errc::invalid_body, op + ": the output cannot be written", written.error());
        // The writer closed the root after the result; ResponseMetadata goes inside it.
        response.body.resize(response.body.size() - root_name.size() - 3);
        written = xml::write(response_metadata{std::string(request_id)}, response.body, {"ResponseMetadata"});
        if (!written) return body_error(errc::invalid_body, op + ": the request id cannot be written", written.error());
        ((response.body += "</") += root_name) += '>';
        return response;
    }

    /// <ErrorResponse xmlns=...><Error><Type>Sender|Receiver</Type><Code>...</Code><Message>...</Message>
    /// then the exception's other members</Error><RequestId>...</RequestId></ErrorResponse>.
    /// The status is the model's for a modeled code (400 for Import/Export, whose model gives
    /// none), else error.http_status when it is an error status, else 400. The message is
    /// error.message, else the exception's own `message`. A code the operation does not model
    /// with a body (unknown_error) sends that body verbatim.
    static result<http::response> make_error_response(const typename Op::error& error, std::string_view request_id) {
        using Code = typename Op::error::code_type;
        const std::string op(Op::binding.name);
        const std::string_view code = error.code.wire_name();
        if (code.empty()) return make_error(errc::invalid_body, op + ": the error has no code to send");
        const auto known = error.code.known();
        int status = error.http_status >= 300 && error.http_status < 600 ? error.http_status : 400;
        protocol::fault fault = status >= 500 ? protocol::fault::receiver : protocol::fault::sender;
        if (known) {
            const error_binding& binding = Op::errors[json::detail::enum_info<Code>::index_of(*known)];
            status = binding.http_status;
            fault = binding.fault;
        }
        http::response response = response_head(status, request_id);

        error_element head{fault == protocol::fault::sender ? "Sender" : "Receiver", std::string(code), std::nullopt};
        if (!error.message.empty()) head.Message = error.message;
        std::string members;  // the exception's own members, as children of <Error>
        std::optional<json::error> failure;
        std::visit(
            [&](const auto& details) {
                using Details = std::decay_t<decltype(details)>;
                if constexpr (std::is_same_v<Details, unknown_error>) {
                    if (!is_blank(details.body)) response.body = details.body;
                } else {
                    if (!head.Message) head.Message = shape_message(details);
                    if (auto written = xml::write(without_message(details), members, {"Error"}); !written)
                        failure = written.error();
                    else if (members.starts_with("<Error>"))
                        members = members.substr(7, members.size() - 7 - 8);  // between <Error> and </Error>
                    else
                        members.clear();  // <Error/>: no members
                }
            },
            error.details);
        if (failure) return body_error(errc::invalid_body, op + ": the error's details cannot be written", *failure);
        if (!response.body.empty()) return response;

        std::string& body = response.body;
        auto written = xml::write(head, body, {"ErrorResponse", "Error"}, {.xmlns = Op::binding.xml_namespace});
        if (!written) return body_error(errc::invalid_body, op + ": the error cannot be written", written.error());
        // Reopen <Error> for the exception's members, then close it and add the request id.
        constexpr std::string_view tail = "</Error></ErrorResponse>";
        body.resize(body.size() - tail.size());
        (body += members) += "</Error>";
        written = xml::write(std::string(request_id), body, {"RequestId"});
        if (!written) return body_error(errc::invalid_body, op + ": the request id cannot be written", written.error());
        body += "</ErrorResponse>";
        return response;
    }
};

}  // namespace awsjobs::protocol::detail::query

#endif
