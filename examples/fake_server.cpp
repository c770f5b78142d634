// A fake of three AWS services for integration tests: Data Exchange GetJob, SES v2
// GetImportJob and Import/Export GetStatus, served on 127.0.0.1 from a table of jobs. The AWS
// CLI and SDKs talk to it with `--endpoint-url http://127.0.0.1:PORT`.
//
// Boost.Beast carries the bytes; everything AWS-specific (routes, status codes, headers,
// JSON and XML bodies, error shapes, signatures) is awsjobs' protocol and auth layers: each
// request is converted to an awsjobs::http::request, answered by the library, and the
// response converted back.
//
//   fake_server --jobs FILE [--port N] [--max-requests N]
//               [--credentials FILE [--region R] [--window SECONDS] [--clock-offset SECONDS]]
//               [--tls-cert PEM --tls-key PEM]
//
// FILE is JSON, each list optional:
//   {"dataexchange": [GetJobResponse, ...], "sesv2": [GetImportJobResponse, ...],
//    "importexport": [GetStatusOutput, ...],
//    "errors": [{"operation": "GetJob", "job_id": "...", "code": "ThrottlingException", "message": "..."}, ...]}
// A job id with an entry in "errors" gets that error, with the status the model gives its
// code; an id in no list gets the operation's not-found error. Port 0 (the default) picks a
// free port; "listening on 127.0.0.1:PORT" on stdout says it is ready. Stops on SIGINT or
// SIGTERM, or after N requests.
//
// Without --credentials it checks no signature. With it (an AWS shared credentials file:
// every profile's key pair is accepted, with its session token if it has one) it refuses
// what AWS would refuse, with AWS's own error responses: unsigned requests, unknown keys,
// wrong signatures, a credential scope for another region than --region (when given) or
// another service, and times more than --window seconds (default 300) from its clock, which
// --clock-offset moves (to test a client's clock skew). SigV4, and SigV2 for Import/Export.
// --tls-cert and --tls-key (PEM files) make it serve HTTPS instead of HTTP.
#include <awsjobs/auth.hpp>
#include <awsjobs/awsjobs.hpp>
#include <awsjobs/config/files.hpp>
#include <awsjobs/config/system_host.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/auth_error.hpp>
#include <awsjobs/protocol/xml.hpp>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace iex = awsjobs::importexport;
namespace json = awsjobs::json;
namespace protocol = awsjobs::protocol;
namespace auth = awsjobs::auth;
namespace config = awsjobs::config;

namespace {

// ---- the table of jobs -------------------------------------------------------------------------

struct error_entry {
    std::string operation;  // GetJob, GetImportJob or GetStatus
    std::string job_id;
    std::string code;       // e.g. ThrottlingException; a code the model lacks is sent with status 400
    std::string message;
};
BOOST_DESCRIBE_STRUCT(error_entry, (), (operation, job_id, code, message))

struct jobs_table {
    std::optional<std::vector<dx::GetJobResponse>> dataexchange;
    std::optional<std::vector<ses::GetImportJobResponse>> sesv2;
    std::optional<std::vector<iex::GetStatusOutput>> importexport;
    std::optional<std::vector<error_entry>> errors;
};
BOOST_DESCRIBE_STRUCT(jobs_table, (), (dataexchange, sesv2, importexport, errors))

// What differs between the operations, for a fake: where its jobs are, which member is the
// job's id, and the error for an id it does not know.
template <class Op>
struct table_of;
template <>
struct table_of<dx::GetJob> {
    static const auto& jobs(const jobs_table& t) { return t.dataexchange; }
    static const auto& id(const dx::GetJobResponse& job) { return job.Id; }
    static constexpr std::string_view not_found = "ResourceNotFoundException";
};
template <>
struct table_of<ses::GetImportJob> {
    static const auto& jobs(const jobs_table& t) { return t.sesv2; }
    static const auto& id(const ses::GetImportJobResponse& job) { return job.JobId; }
    static constexpr std::string_view not_found = "NotFoundException";
};
template <>
struct table_of<iex::GetStatus> {
    static const auto& jobs(const jobs_table& t) { return t.importexport; }
    static const auto& id(const iex::GetStatusOutput& job) { return job.JobId; }
    static constexpr std::string_view not_found = "InvalidJobIdException";
};

/// The typed error for a code: its exception shape when the operation models the code.
template <class Op>
typename Op::error service_error(std::string_view code, std::string message) {
    using Error = typename Op::error;
    Error error;
    error.code = awsjobs::open_enum<typename Error::code_type>::from_wire(code);
    error.message = std::move(message);
    if (const auto known = error.code.known()) {
        using codes = boost::describe::describe_enumerators<typename Error::code_type>;
        boost::mp11::mp_for_each<boost::mp11::mp_iota<boost::mp11::mp_size<codes>>>([&](auto I) {
            if (boost::mp11::mp_at<codes, decltype(I)>::value == *known) error.details.template emplace<I + 1>();
        });
    }
    return error;
}

awsjobs::http::response plain_response(int status, std::string text) {
    return {status, {{"Content-Type", "text/plain; charset=utf-8"}}, std::move(text) + '\n'};
}

// ---- signature verification ------------------------------------------------------------------

/// What the fake checks signatures against, when it checks them.
struct verification {
    std::map<std::string, auth::credentials, std::less<>> keys;  // by access key id
    std::string region;                                           // required in the scope, or empty
    std::chrono::seconds window{300};
    std::chrono::seconds clock_offset{0};                         // added to the system clock
};

/// Every profile's key pair in a shared credentials file, or the error naming the file,
/// line and profile that cannot be used.
std::optional<verification> load_keys(const std::string& path) {
    const config::system_host world;
    auto text = world.read_file(path, config::limits{}.max_file_size);
    if (text && !*text) {
        std::cerr << "fake_server: cannot open " << path << '\n';
        return std::nullopt;
    }
    auto profiles = text ? config::parse_credentials_file(**text, path) : awsjobs::result<config::profile_map, config::error>(text.error());
    if (!profiles) {
        std::cerr << "fake_server: " << profiles.error() << '\n';
        return std::nullopt;
    }
    verification checked;
    for (const auto& [name, profile] : *profiles) {
        const config::setting* id = profile.find("aws_access_key_id");
        const config::setting* secret = profile.find("aws_secret_access_key");
        if (id == nullptr) continue;
        if (secret == nullptr) {
            std::cerr << "fake_server: " << path << ':' << id->line << ": profile " << name
                      << ": aws_access_key_id without aws_secret_access_key\n";
            return std::nullopt;
        }
        auth::credentials creds;
        creds.access_key_id = id->value;
        creds.secret_access_key = auth::secret_string(secret->value);
        if (const config::setting* token = profile.find("aws_security_token")) creds.session_token = auth::secret_string(token->value);
        else if (const config::setting* session = profile.find("aws_session_token")) creds.session_token = auth::secret_string(session->value);
        if (!checked.keys.emplace(id->value, std::move(creds)).second) {
            std::cerr << "fake_server: " << path << ':' << id->line << ": profile " << name << ": access key id "
                      << id->value << " is already another profile's\n";
            return std::nullopt;
        }
    }
    if (checked.keys.empty()) {
        std::cerr << "fake_server: " << path << " has no profile with aws_access_key_id\n";
        return std::nullopt;
    }
    return checked;
}

/// Answers a request from the table, through awsjobs alone.
class fake_service {
public:
    fake_service(jobs_table table, std::optional<verification> checks)
        : table_(std::move(table)), checks_(std::move(checks)) {}

    awsjobs::http::response answer(const awsjobs::http::request& request) {
        const std::string request_id = next_request_id();
        if (auto response = try_operation<dx::GetJob>(request, request_id)) return *response;
        if (auto response = try_operation<ses::GetImportJob>(request, request_id)) return *response;
        if (auto response = try_operation<iex::GetStatus>(request, request_id)) return *response;
        return plain_response(404, "no operation at " + request.method + ' ' + request.target);
    }

private:
    /// The response when the request is Op's; nothing when it belongs to another operation.
    template <class Op>
    std::optional<awsjobs::http::response> try_operation(const awsjobs::http::request& request,
                                                         const std::string& request_id) {
        auto input = protocol::read_request<Op>(request);
        if (!input) {
            const protocol::errc code = input.error().code;
            if (code == protocol::errc::wrong_method || code == protocol::errc::wrong_path ||
                code == protocol::errc::wrong_action)
                return std::nullopt;
        }
        // AWS authenticates a request before it reads its parameters.
        if (checks_) {
            auto signer = auth::verify(request, lookup(), options<Op>());
            if (!signer) return protocol::make_auth_error_response<Op>(signer.error(), request_id);
        }
        if (!input) return plain_response(protocol::http_status_for(input.error().code), input.error().describe());
        const std::string& id = *input->JobId;
        protocol::result<awsjobs::http::response> response = reply<Op>(id, request_id);
        if (!response) return plain_response(500, response.error().describe());  // a table the model cannot carry
        return std::move(*response);
    }

    template <class Op>
    protocol::result<awsjobs::http::response> reply(const std::string& id, const std::string& request_id) {
        for (const error_entry& entry : table_.errors.value_or(std::vector<error_entry>{}))
            if (entry.operation == Op::binding.name && entry.job_id == id)
                return protocol::make_error_response<Op>(service_error<Op>(entry.code, entry.message), request_id);
        if (const auto& jobs = table_of<Op>::jobs(table_))
            for (const auto& job : *jobs)
                if (table_of<Op>::id(job) == id) return protocol::make_response<Op>(job, request_id);
        return protocol::make_error_response<Op>(service_error<Op>(table_of<Op>::not_found, "No job " + id), request_id);
    }

    std::string next_request_id() {
        char text[40];
        std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012llu", static_cast<unsigned long long>(++count_));
        return text;
    }

    auth::key_lookup lookup() const {
        return [this](std::string_view id) -> std::optional<auth::credentials> {
            const auto found = checks_->keys.find(id);
            if (found == checks_->keys.end()) return std::nullopt;
            return found->second;
        };
    }

    /// What AWS would check for Op: the credential scope's service is the operation's (its
    /// global endpoint's, e.g. Import/Export's IngestionService), the region --region's.
    template <class Op>
    auth::verify_options options() const {
        auth::verify_options options;
        options.window = checks_->window;
        options.required_region = checks_->region;
        options.required_service = Op::signing.scope_service.empty() ? Op::signing.signing_name : Op::signing.scope_service;
        options.now = std::chrono::system_clock::now() + checks_->clock_offset;
        options.accept_sigv2 = Op::signing.sigv2;
        return options;
    }

    jobs_table table_;
    std::optional<verification> checks_;
    std::uint64_t count_ = 0;
};

// ---- Beast <-> awsjobs::http -------------------------------------------------------------------

awsjobs::http::request from_beast(const bhttp::request<bhttp::string_body>& in) {
    awsjobs::http::request out;
    out.method = std::string(in.method_string());
    out.target = std::string(in.target());
    for (const auto& field : in) out.headers.add(field.name_string(), field.value());
    out.body = in.body();
    return out;
}

bhttp::response<bhttp::string_body> to_beast(awsjobs::http::response in, unsigned version, bool keep_alive) {
    bhttp::response<bhttp::string_body> out;
    out.version(version);
    out.result(static_cast<unsigned>(in.status));
    for (const auto& field : in.headers) out.insert(field.name, field.value);
    out.set(bhttp::field::server, "awsjobs-fake-server");
    out.body() = std::move(in.body);
    out.keep_alive(keep_alive);
    out.prepare_payload();
    return out;
}

// ---- the server --------------------------------------------------------------------------------

struct server_state {
    fake_service service;
    std::uint64_t max_requests = 0;  // 0: no limit
    std::uint64_t served = 0;
    asio::io_context& io;
};

constexpr std::uint64_t body_limit = 64 * 1024;       // GetStatus's form is a few hundred bytes
constexpr auto idle_timeout = std::chrono::seconds(30);  // per read or write

using tls_stream = beast::ssl_stream<beast::tcp_stream>;

beast::tcp_stream& lowest_layer(beast::tcp_stream& stream) { return stream; }
beast::tcp_stream& lowest_layer(tls_stream& stream) { return stream.next_layer(); }

/// Ends the connection: a TLS close_notify first, then the TCP half-close.
asio::awaitable<void> close(beast::tcp_stream& stream) {
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    co_return;
}
asio::awaitable<void> close(tls_stream& stream) {
    stream.next_layer().expires_after(idle_timeout);
    co_await stream.async_shutdown(asio::as_tuple(asio::use_awaitable));
    co_await close(stream.next_layer());
}

/// One connection: requests answered in order until the client closes, keep-alive ends,
/// a read or write fails or times out.
template <class Stream>
asio::awaitable<void> session(Stream stream, server_state& state) {
    beast::flat_buffer buffer;
    for (;;) {
        bhttp::request_parser<bhttp::string_body> parser;
        parser.body_limit(body_limit);
        lowest_layer(stream).expires_after(idle_timeout);
        auto [read_error, read_bytes] =
            co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
        if (read_error == bhttp::error::body_limit) {
            auto refusal = to_beast(plain_response(413, "the body is over 64 KiB"), 11, false);
            lowest_layer(stream).expires_after(idle_timeout);
            co_await bhttp::async_write(stream, refusal, asio::as_tuple(asio::use_awaitable));
        }
        if (read_error) break;
        const auto& request = parser.get();
        auto response = to_beast(state.service.answer(from_beast(request)), request.version(), request.keep_alive());
        lowest_layer(stream).expires_after(idle_timeout);
        auto [write_error, written] = co_await bhttp::async_write(stream, response, asio::as_tuple(asio::use_awaitable));
        if (++state.served == state.max_requests) state.io.stop();
        if (write_error || !response.keep_alive()) break;
    }
    co_await close(stream);
}

/// The TLS handshake, then the session; a client that fails the handshake is dropped.
asio::awaitable<void> tls_session(tls_stream stream, server_state& state) {
    stream.next_layer().expires_after(idle_timeout);
    auto [error] = co_await stream.async_handshake(asio::ssl::stream_base::server, asio::as_tuple(asio::use_awaitable));
    if (error) co_return;
    co_await session(std::move(stream), state);
}

asio::awaitable<void> accept_loop(tcp::acceptor& acceptor, server_state& state, asio::ssl::context* tls) {
    for (;;) {
        auto [error, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
        if (error) co_return;
        if (tls != nullptr)
            asio::co_spawn(acceptor.get_executor(), tls_session(tls_stream(std::move(socket), *tls), state), asio::detached);
        else
            asio::co_spawn(acceptor.get_executor(), session(beast::tcp_stream(std::move(socket)), state), asio::detached);
    }
}

/// A TLS server context from PEM files, or nothing (with the reason on stderr).
std::optional<asio::ssl::context> load_tls(const std::string& cert, const std::string& key) {
    asio::ssl::context context(asio::ssl::context::tls_server);
    context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                        asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1);
    beast::error_code error;
    context.use_certificate_chain_file(cert, error);
    if (!error) context.use_private_key_file(key, asio::ssl::context::pem, error);
    if (error) {
        std::cerr << "fake_server: TLS certificate " << cert << " or key " << key << ": " << error.message() << '\n';
        return std::nullopt;
    }
    return context;
}

std::optional<jobs_table> load_table(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "fake_server: cannot open " << path << '\n';
        return std::nullopt;
    }
    std::stringstream text;
    text << in.rdbuf();
    auto table = json::parse<jobs_table>(text.str());
    if (!table) {
        std::cerr << "fake_server: " << path << ": " << table.error() << '\n';
        return std::nullopt;
    }
    return std::move(table).value();
}

int usage() {
    std::cerr << "usage: fake_server --jobs FILE [--port N] [--max-requests N]\n"
                 "                   [--credentials FILE [--region R] [--window SECONDS] [--clock-offset SECONDS]]\n"
                 "                   [--tls-cert PEM --tls-key PEM]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string jobs_path, credentials_path, region, tls_cert, tls_key;
    unsigned long port = 0;
    std::uint64_t max_requests = 0;
    long long window = 300, clock_offset = 0;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string_view arg = argv[i];
            if (i + 1 == argc) return usage();
            if (arg == "--jobs") jobs_path = argv[++i];
            else if (arg == "--port") port = std::stoul(argv[++i]);
            else if (arg == "--max-requests") max_requests = std::stoull(argv[++i]);
            else if (arg == "--credentials") credentials_path = argv[++i];
            else if (arg == "--region") region = argv[++i];
            else if (arg == "--window") window = std::stoll(argv[++i]);
            else if (arg == "--clock-offset") clock_offset = std::stoll(argv[++i]);
            else if (arg == "--tls-cert") tls_cert = argv[++i];
            else if (arg == "--tls-key") tls_key = argv[++i];
            else return usage();
        }
    } catch (const std::exception&) {
        return usage();
    }
    const bool verifying = !credentials_path.empty();
    if (jobs_path.empty() || port > 65535 || window <= 0 || tls_cert.empty() != tls_key.empty()) return usage();
    if (!verifying && (!region.empty() || window != 300 || clock_offset != 0)) return usage();
    auto table = load_table(jobs_path);
    if (!table) return 1;
    std::optional<verification> checks;
    if (verifying) {
        checks = load_keys(credentials_path);
        if (!checks) return 1;
        checks->region = region;
        checks->window = std::chrono::seconds(window);
        checks->clock_offset = std::chrono::seconds(clock_offset);
    }
    std::optional<asio::ssl::context> tls;
    if (!tls_cert.empty()) {
        tls = load_tls(tls_cert, tls_key);
        if (!tls) return 1;
    }

    asio::io_context io(1);
    server_state state{fake_service(std::move(*table), std::move(checks)), max_requests, 0, io};
    tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address_v4("127.0.0.1"), static_cast<std::uint16_t>(port)));
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const beast::error_code&, int) { io.stop(); });
    asio::co_spawn(io, accept_loop(acceptor, state, tls ? &*tls : nullptr), asio::detached);

    std::cout << "listening on 127.0.0.1:" << acceptor.local_endpoint().port() << std::endl;
    io.run();
    std::cerr << "fake_server: stopped after " << state.served << " requests\n";
    return 0;
}
