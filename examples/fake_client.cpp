// The client side with Boost.Beast: one GetJob, GetImportJob or GetStatus call to an endpoint
// such as tools/awsjobs-fake. awsjobs makes the request and reads the response; Beast
// sends and receives the bytes.
//
//   fake_client HOST PORT dataexchange|sesv2|importexport JOB_ID
//
// Prints the output as JSON (exit 0), or the service error with its code, status, request id
// and message (exit 3); 1 for anything else.
//
// It does NOT sign its requests: real AWS endpoints refuse them. Against AWS, sign the
// awsjobs::http::request (SigV4; SigV2 for Import/Export) before sending it, and use TLS.
#include <awsjobs/awsjobs.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/xml.hpp>

#include <boost/asio.hpp>
#include <boost/beast.hpp>

#include <iostream>
#include <string>
#include <string_view>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace json = awsjobs::json;
namespace protocol = awsjobs::protocol;

namespace {

/// Sends an awsjobs request with Beast and returns the response as an awsjobs value.
awsjobs::http::response exchange(beast::tcp_stream& stream, const awsjobs::http::request& request) {
    bhttp::request<bhttp::string_body> out;
    out.version(11);
    out.method_string(request.method);
    out.target(request.target);
    for (const auto& field : request.headers) out.insert(field.name, field.value);
    out.body() = request.body;
    out.prepare_payload();  // Content-Length, which awsjobs leaves to the HTTP library
    bhttp::write(stream, out);

    beast::flat_buffer buffer;
    bhttp::response<bhttp::string_body> in;
    bhttp::read(stream, buffer, in);
    awsjobs::http::response response;
    response.status = static_cast<int>(in.result_int());
    for (const auto& field : in) response.headers.add(field.name_string(), field.value());
    response.body = std::move(in.body());
    return response;
}

template <class Op>
int call(beast::tcp_stream& stream, const std::string& host, const std::string& job_id) {
    typename Op::template input<> input;
    input.JobId = job_id;
    auto request = protocol::make_request<Op>(input, {.host = host});
    if (!request) return std::cerr << request.error() << '\n', 1;  // e.g. an empty job id

    const awsjobs::http::response response = exchange(stream, *request);
    const auto outcome = protocol::read_response<Op>(response);
    if (!outcome) return std::cerr << outcome.error() << '\n', 1;  // neither the output nor an error of Op
    if (const auto* output = std::get_if<0>(&*outcome)) {
        std::cout << json::write(*output, {.pretty = true}).value() << '\n';
        return 0;
    }
    const auto& error = std::get<1>(*outcome);
    std::cout << error.code.wire_name() << " (HTTP " << error.http_status << ", request id "
              << protocol::request_id<Op>(response) << "): " << error.message << '\n';
    return 3;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: fake_client HOST PORT dataexchange|sesv2|importexport JOB_ID\n";
        return 2;
    }
    const std::string host = argv[1], port = argv[2], service = argv[3], job_id = argv[4];
    try {
        asio::io_context io;
        beast::tcp_stream stream(io);
        stream.connect(tcp::resolver(io).resolve(host, port));
        const std::string authority = host + ':' + port;
        int status = 2;
        if (service == "dataexchange") status = call<awsjobs::dataexchange::GetJob>(stream, authority, job_id);
        else if (service == "sesv2") status = call<awsjobs::sesv2::GetImportJob>(stream, authority, job_id);
        else if (service == "importexport") status = call<awsjobs::importexport::GetStatus>(stream, authority, job_id);
        else std::cerr << "unknown service " << service << '\n';
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        return status;
    } catch (const std::exception& e) {  // connection refused, reset, ...
        std::cerr << "fake_client: " << e.what() << '\n';
        return 1;
    }
}
