/// \file
/// The query protocol's XML responses (Import/Export GetStatus), both ways, on the XML codec.
/// Include it (and link awsjobs::xml, which brings pugixml) to call read_response,
/// make_response or make_error_response for a query operation; JSON-only programs never need it.
#ifndef AWSJOBS_PROTOCOL_XML_HPP
#define AWSJOBS_PROTOCOL_XML_HPP

#include <awsjobs/core/service_error.hpp>
#include <awsjobs/protocol/detail/generic_error.hpp>
#include <awsjobs/http/message.hpp>
#include <awsjobs/protocol/client.hpp>
#include <awsjobs/protocol/detail/members.hpp>
#include <awsjobs/protocol/error.hpp>
#include <awsjobs/protocol/outcome.hpp>
#include <awsjobs/xml/read.hpp>
#include <awsjobs/xml/write.hpp>

#include <boost/describe/class.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

namespace awsjobs::protocol::detail {

namespace query_xml {

// <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>
struct error_detail {
    std::optional<std::string> Type;
    std::optional<std::string> Code;
    std::optional<std::string> Message;
    BOOST_DESCRIBE_CLASS(error_detail, (), (Type, Code, Message), (), ())
};
struct error_response {
    std::optional<error_detail> Error;
    std::optional<std::string> RequestId;
    BOOST_DESCRIBE_CLASS(error_response, (), (Error, RequestId), (), ())
};
struct response_metadata {
    std::string RequestId;
    BOOST_DESCRIBE_CLASS(response_metadata, (), (RequestId), (), ())
};
// Only the metadata of an output response (the result is skipped unread).
struct output_metadata {
    std::optional<response_metadata> ResponseMetadata;
    BOOST_DESCRIBE_CLASS(output_metadata, (), (ResponseMetadata), (), ())
};

inline constexpr std::string_view content_type = "text/xml";

template <class Op>
std::string response_element() {
    return std::string(Op::binding.name) + "Response";
}

template <class Op>
http::response response_head(int status, std::string_view request_id) {
    http::response response;
    response.status = status;
    response.headers.add("Content-Type", content_type);
    response.headers.add("x-amzn-RequestId", request_id);
    return response;
}

inline protocol::error body_error(errc code, std::string message, awsjobs::error cause) {
    protocol::error e = make_error(code, std::move(message));
    e.body_error = std::move(cause);
    return e;
}

}  // namespace query_xml

template <class Op>
struct include_awsjobs_protocol_xml_hpp_for_query_responses {
    using error_type = typename Op::error;
    using code_type = typename error_type::code_type;

    /// 2xx: `<OpResponse><OpResult>` read as the output; 300-599: `<ErrorResponse>`, its Code
    /// naming the exception, whose shape is read from `<Error>` (its `message` member, which
    /// the wire calls `<Message>`, taken from there); a 5xx with a blank or HTML body is the
    /// error "<status>" with the reason phrase, as botocore reads it.
    template <class String>
    static result<outcome<Op, String>> read(std::string& body, int status, const read_options& options) {
        using Output = typename Op::template output<String>;
        using read_outcome = outcome<Op, String>;
        const std::string op(Op::binding.name);
        const std::string outer = query_xml::response_element<Op>();
        if (status >= 200 && status < 300) {
            if (is_blank(body)) return read_outcome(std::in_place_index<0>);
            auto output = xml::parse_in_place<Output>(body, {outer, Op::binding.result_wrapper}, options.xml());
            if (!output)
                return query_xml::body_error(errc::invalid_body,
                                             op + ": the body of the " + std::to_string(status) +
                                                 " response is not the operation's output",
                                             output.error());
            return read_outcome(std::in_place_index<0>, std::move(*output));
        }
        if (status < 300 || status >= 600)
            return make_error(errc::unexpected_response,
                              op + ": status " + std::to_string(status) + " is neither a result nor an error");
        error_type error;
        error.http_status = status;
        if (is_generic_server_error(status, body)) {
            error.code = awsjobs::open_enum<code_type>::from_wire(std::to_string(status));
            error.message = std::string(server_error_reason(status));
            error.details = unknown_error{body};
            return read_outcome(std::in_place_index<1>, std::move(error));
        }
        auto envelope = xml::parse<query_xml::error_response>(std::string_view(body), {"ErrorResponse"}, options.xml());
        if (!envelope)
            return query_xml::body_error(errc::unexpected_response,
                                         op + ": the body of the " + std::to_string(status) +
                                             " response is not an <ErrorResponse>",
                                         envelope.error());
        const query_xml::error_detail detail = envelope->Error.value_or(query_xml::error_detail{});
        if (detail.Code.value_or("").empty())
            return make_error(errc::unexpected_response,
                              op + ": the " + std::to_string(status) + " response names no error code");
        error.code = awsjobs::open_enum<code_type>::from_wire(*detail.Code);
        error.message = detail.Message.value_or("");
        const auto known = error.code.known();
        if (!known) {
            error.details = unknown_error{body};
            return read_outcome(std::in_place_index<1>, std::move(error));
        }
        constexpr std::size_t count = std::variant_size_v<decltype(error.details)> - 1;
        std::optional<awsjobs::error> failure;
        boost::mp11::mp_with_index<count>(awsjobs::detail::enum_info<code_type>::index_of(*known), [&](auto I) {
            using Shape = std::variant_alternative_t<I + 1, decltype(error.details)>;
            auto shape = xml::parse<Shape>(std::string_view(body), {"ErrorResponse", "Error"}, options.xml());
            if (!shape) {
                failure = shape.error();
                return;
            }
            Shape value = std::move(*shape);
            if (!error.message.empty()) fill_message_member(value, error.message);
            error.details.template emplace<I + 1>(std::move(value));
        });
        if (failure)
            return query_xml::body_error(errc::unexpected_response,
                                         op + ": the <Error> of the " + std::to_string(status) +
                                             " response is not the exception it names",
                                         *failure);
        return read_outcome(std::in_place_index<1>, std::move(error));
    }

    /// The body's request id (ResponseMetadata/RequestId of an output, RequestId of an
    /// ErrorResponse), else the x-amzn-RequestId header, else empty.
    static std::string request_id(const http::response& response, const read_options& options) {
        const std::string_view body = response.body;
        if (response.status >= 200 && response.status < 300) {
            const std::string outer = query_xml::response_element<Op>();
            if (auto metadata = xml::parse<query_xml::output_metadata>(body, {outer}, options.xml());
                metadata && metadata->ResponseMetadata)
                return metadata->ResponseMetadata->RequestId;
        } else if (auto envelope = xml::parse<query_xml::error_response>(body, {"ErrorResponse"}, options.xml());
                   envelope && envelope->RequestId) {
            return *envelope->RequestId;
        }
        return std::string(response.headers.value_or_empty("x-amzn-RequestId"));
    }

    /// `<OpResponse xmlns="..."><OpResult>`output`</OpResult><ResponseMetadata><RequestId>`.
    template <class Output>
    static result<http::response> write(const Output& output, std::string_view request_id) {
        const std::string outer = query_xml::response_element<Op>();
        http::response response = query_xml::response_head<Op>(Op::binding.response_code, request_id);
        if (auto written = xml::write(output, response.body, {outer, Op::binding.result_wrapper},
                                      {.xmlns = Op::binding.xml_namespace});
            !written)
            return query_xml::body_error(errc::invalid_body, std::string(Op::binding.name) + ": the output cannot be written",
                                         written.error());
        // Before the closing tag of the outer element: the metadata beside the result.
        response.body.resize(response.body.size() - outer.size() - 3);
        if (auto written = xml::write(query_xml::response_metadata{std::string(request_id)}, response.body,
                                      {"ResponseMetadata"});
            !written)
            return query_xml::body_error(errc::invalid_body, "the request id cannot be written", written.error());
        response.body += "</" + outer + ">";
        return response;
    }

    /// `<ErrorResponse xmlns="..."><Error><Type>Sender</Type><Code>…</Code><Message>…</Message></Error>
    /// <RequestId>…</RequestId></ErrorResponse>` with the status the model gives the code (400).
    static result<http::response> write_error(const error_type& error, std::string_view request_id) {
        const std::string op(Op::binding.name);
        const std::string_view code = error.code.wire_name();
        if (code.empty()) return make_error(errc::invalid_body, op + ": the error has no code to send");
        int status = error.http_status >= 300 && error.http_status < 600 ? error.http_status : 400;
        bool sender = status < 500;
        if (const auto known = error.code.known()) {
            const error_binding& binding = Op::errors[awsjobs::detail::enum_info<code_type>::index_of(*known)];
            status = binding.http_status;
            sender = binding.fault == fault::sender;
        }
        http::response response = query_xml::response_head<Op>(status, request_id);
        const query_xml::error_response envelope{
            query_xml::error_detail{std::string(sender ? "Sender" : "Receiver"), std::string(code), error.message},
            std::string(request_id)};
        if (auto written = xml::write(envelope, response.body, {"ErrorResponse"}, {.xmlns = Op::binding.xml_namespace});
            !written)
            return query_xml::body_error(errc::invalid_body, op + ": the error cannot be written", written.error());
        return response;
    }

private:
    /// The shape's message member, which <Error> calls <Message>, from the envelope.
    template <class Shape>
    static void fill_message_member(Shape& shape, const std::string& message) {
        boost::mp11::mp_for_each<awsjobs::detail::members_of<Shape>>([&](auto D) {
            const std::string_view name = D.name;
            auto& member = shape.*D.pointer;
            if constexpr (is_text_member<std::decay_t<decltype(member)>>::value) {
                if ((name == "message" || name == "Message") && !member.has_value()) member.emplace(message);
            }
        });
    }
};

}  // namespace awsjobs::protocol::detail

#endif
