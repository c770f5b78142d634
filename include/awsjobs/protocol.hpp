/// \file
/// awsjobs' protocol layer: each operation's request and response as HTTP messages, both ways,
/// driven by the binding tables generated from the AWS models (`<service>/bindings.hpp`).
///
///     client: make_request<Op>(input) -> http::request;  read_response<Op>(http::response) -> output or error
///     server: read_request<Op>(http::request) -> input;  make_response<Op>(output, request_id),
///           make_error_response<Op>(error, request_id) -> http::response
///
/// Op is the operation, e.g. awsjobs::dataexchange::GetJob.

/// \namespace awsjobs::protocol
/// Each operation's requests and responses as HTTP messages, client and server side,
/// driven by the generated binding tables.
#ifndef AWSJOBS_PROTOCOL_HPP
#define AWSJOBS_PROTOCOL_HPP

#include <awsjobs/http.hpp>
#include <awsjobs/protocol/binding.hpp>
#include <awsjobs/protocol/client.hpp>
#include <awsjobs/protocol/error.hpp>
#include <awsjobs/protocol/paginate.hpp>
#include <awsjobs/protocol/poll.hpp>
#include <awsjobs/protocol/read_options.hpp>
#include <awsjobs/protocol/read_service_error.hpp>
#include <awsjobs/protocol/server.hpp>

#endif
