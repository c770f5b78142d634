// A real AWS client: one GetJob (Data Exchange), GetImportJob (SES v2) or GetStatus
// (Import/Export) call over HTTPS, with credentials, region and endpoint resolved like the AWS
// CLI (environment, ~/.aws/credentials, ~/.aws/config, credential_process) and the request
// signed as the CLI signs it. awsjobs builds, signs and reads the messages; Boost.Beast on
// OpenSSL carries them.
//
//   aws_client [--profile NAME] [--region R] [--endpoint-url URL] [--ca-file PEM]
//              dataexchange|sesv2|importexport JOB_ID
//
// Prints the output as JSON (exit 0); the service's error with its code, status, request id
// and message (exit 3); a configuration or signing error (exit 1). Import/Export is signed
// with SigV2 when the profile says so, as for the CLI:
//   [default]
//   importexport =
//       signature_version = v2
#include <awsjobs/auth.hpp>
#include <awsjobs/awsjobs.hpp>
#include <awsjobs/config.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/signed_request.hpp>
#include <awsjobs/protocol/xml.hpp>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast.hpp>
#include <boost/beast/ssl.hpp>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <iostream>
#include <optional>
#include <string>
#include <string_view>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
namespace config = awsjobs::config;
namespace json = awsjobs::json;
namespace protocol = awsjobs::protocol;

namespace {

struct arguments {
    config::options chosen;
    std::optional<std::string> endpoint_url;
    std::string ca_file;
    std::string service;
    std::string job_id;
};

/// Sends an awsjobs request with Beast over `stream` and returns the response as an awsjobs value.
template <class Stream>
awsjobs::http::response exchange(Stream& stream, const awsjobs::http::request& request) {
    bhttp::request<bhttp::string_body> out;
    out.version(11);
    out.method_string(request.method);
    out.target(request.target);
    for (const auto& field : request.headers) out.insert(field.name, field.value);
    out.body() = request.body;
    out.prepare_payload();  // Content-Length: not signed, so Beast may add it after signing
    bhttp::write(stream, out);
    beast::flat_buffer buffer;
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(8 * 1024 * 1024);  // a job's status is a few kilobytes
    bhttp::read(stream, buffer, parser);
    auto in = parser.release();
    awsjobs::http::response response;
    response.status = static_cast<int>(in.result_int());
    for (const auto& field : in) response.headers.add(field.name_string(), field.value());
    response.body = std::move(in.body());
    return response;
}

/// Sends over HTTPS (verifying the server's certificate and name) or plain HTTP.
awsjobs::http::response send(const config::endpoint& where, const std::string& ca_file,
                             const awsjobs::http::request& request) {
    asio::io_context io;
    // Brackets off an IPv6 host for the resolver; the Host header keeps them.
    std::string host = where.host;
    if (host.starts_with('[')) host = host.substr(1, host.size() - 2);
    const auto addresses = tcp::resolver(io).resolve(host, std::to_string(where.port));
    if (where.scheme == "http") {
        beast::tcp_stream stream(io);
        stream.connect(addresses);
        auto response = exchange(stream, request);
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        return response;
    }
    asio::ssl::context tls(asio::ssl::context::tls_client);
    tls.set_options(asio::ssl::context::no_sslv2 | asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                    asio::ssl::context::no_tlsv1_1);
    if (ca_file.empty()) tls.set_default_verify_paths();
    else tls.load_verify_file(ca_file);
    tls.set_verify_mode(asio::ssl::verify_peer);
    beast::ssl_stream<beast::tcp_stream> stream(io, tls);
    // SNI, and the name the certificate must carry.
    if (!SSL_set_tlsext_host_name(stream.native_handle(), host.c_str()))
        throw beast::system_error(beast::error_code(static_cast<int>(::ERR_get_error()), asio::error::get_ssl_category()));
    stream.set_verify_callback(asio::ssl::host_name_verification(host));
    beast::get_lowest_layer(stream).connect(addresses);
    stream.handshake(asio::ssl::stream_base::client);
    auto response = exchange(stream, request);
    beast::error_code ignored;
    stream.shutdown(ignored);  // a server that closes without close_notify is not an error here
    return response;
}

/// What the CLI calls each service: its endpoint rules (service id for AWS_ENDPOINT_URL_<ID>).
template <class Op>
config::service_endpoint_rules endpoint_rules(std::string_view service_id) {
    return {Op::signing.endpoint_prefix, service_id, Op::signing.global_hostname};
}

template <class Op>
int call(const arguments& args) {
    const config::system_host world;
    auto shared = config::load_shared_config(world, args.chosen);
    if (!shared) return std::cerr << "aws_client: " << shared.error() << '\n', 1;
    auto creds = config::resolve_credentials(*shared, world);
    if (!creds) return std::cerr << "aws_client: " << creds.error() << '\n', 1;
    auto region = config::resolve_region(*shared, world);
    if (!region) return std::cerr << "aws_client: " << region.error() << '\n', 1;
    auto where = config::resolve_endpoint(*shared, world, endpoint_rules<Op>(args.service), *region, args.endpoint_url);
    if (!where) return std::cerr << "aws_client: " << where.error() << '\n', 1;

    typename Op::template input<> input;
    input.JobId = args.job_id;
    const std::string host = where->host_header();
    protocol::signing_options signing;
    signing.region = *region;
    signing.host = host;
    signing.custom_endpoint = where->from_url;
    signing.sigv2 = shared->service_setting(args.service, "signature_version") == "v2";
    auto request = protocol::make_signed_request<Op>(input, *creds, signing);
    if (!request) return std::cerr << "aws_client: " << request.error() << '\n', 1;
    request->target = where->path + request->target;  // an endpoint URL's base path, if any

    const awsjobs::http::response response = send(*where, args.ca_file, *request);
    const auto outcome = protocol::read_response<Op>(response);
    if (!outcome) return std::cerr << "aws_client: " << outcome.error() << '\n', 1;
    if (const auto* output = std::get_if<0>(&*outcome)) {
        std::cout << json::write(*output, {.pretty = true}).value() << '\n';
        return 0;
    }
    const auto& error = std::get<1>(*outcome);
    std::cout << error.code.wire_name() << " (HTTP " << error.http_status << ", request id "
              << protocol::request_id<Op>(response) << "): " << error.message << '\n';
    return 3;
}

int usage() {
    std::cerr << "usage: aws_client [--profile NAME] [--region R] [--endpoint-url URL] [--ca-file PEM]\n"
                 "                  dataexchange|sesv2|importexport JOB_ID\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    arguments args;
    int i = 1;
    for (; i + 1 < argc && std::string_view(argv[i]).starts_with("--"); i += 2) {
        const std::string_view option = argv[i];
        if (option == "--profile") args.chosen.profile = argv[i + 1];
        else if (option == "--region") args.chosen.region = argv[i + 1];
        else if (option == "--endpoint-url") args.endpoint_url = argv[i + 1];
        else if (option == "--ca-file") args.ca_file = argv[i + 1];
        else return usage();
    }
    if (argc - i != 2) return usage();
    args.service = argv[i];
    args.job_id = argv[i + 1];
    try {
        if (args.service == "dataexchange") return call<awsjobs::dataexchange::GetJob>(args);
        if (args.service == "sesv2") return call<awsjobs::sesv2::GetImportJob>(args);
        if (args.service == "importexport") return call<awsjobs::importexport::GetStatus>(args);
        return usage();
    } catch (const std::exception& e) {  // DNS, connection, TLS handshake or certificate failures
        std::cerr << "aws_client: " << e.what() << '\n';
        return 1;
    }
}
