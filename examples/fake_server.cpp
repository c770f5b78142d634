// A fake of three AWS services for integration tests: Data Exchange GetJob, SES v2
// GetImportJob and Import/Export GetStatus, served on 127.0.0.1 from a table of jobs. The AWS
// CLI and SDKs talk to it with `--endpoint-url http://127.0.0.1:PORT` (it checks no signature).
//
// Boost.Beast carries the bytes; everything AWS-specific (routes, status codes, headers,
// JSON and XML bodies, error shapes) is awsjobs' protocol layer: each request is converted
// to an awsjobs::http::request, answered by the library, and the response converted back.
//
//   fake_server --jobs FILE [--port N] [--max-requests N]
//
// FILE is JSON, each list optional:
//   {"dataexchange": [GetJobResponse, ...], "sesv2": [GetImportJobResponse, ...],
//    "importexport": [GetStatusOutput, ...],
//    "errors": [{"operation": "GetJob", "job_id": "...", "code": "ThrottlingException", "message": "..."}, ...]}
// A job id with an entry in "errors" gets that error, with the status the model gives its
// code; an id in no list gets the operation's not-found error. Port 0 (the default) picks a
// free port; "listening on 127.0.0.1:PORT" on stdout says it is ready. Stops on SIGINT or
// SIGTERM, or after N requests.
#include <awsjobs/awsjobs.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/xml.hpp>

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdint>
#include <fstream>
#include <iostream>
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

/// Answers a request from the table, through awsjobs alone.
class fake_service {
public:
    explicit fake_service(jobs_table table) : table_(std::move(table)) {}

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
            return plain_response(protocol::http_status_for(code), input.error().describe());
        }
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

    jobs_table table_;
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

/// One connection: requests answered in order until the client closes, keep-alive ends,
/// a read or write fails or times out.
asio::awaitable<void> session(beast::tcp_stream stream, server_state& state) {
    beast::flat_buffer buffer;
    for (;;) {
        bhttp::request_parser<bhttp::string_body> parser;
        parser.body_limit(body_limit);
        stream.expires_after(idle_timeout);
        auto [read_error, read_bytes] =
            co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
        if (read_error == bhttp::error::body_limit) {
            auto refusal = to_beast(plain_response(413, "the body is over 64 KiB"), 11, false);
            stream.expires_after(idle_timeout);
            co_await bhttp::async_write(stream, refusal, asio::as_tuple(asio::use_awaitable));
        }
        if (read_error) break;
        const auto& request = parser.get();
        auto response = to_beast(state.service.answer(from_beast(request)), request.version(), request.keep_alive());
        stream.expires_after(idle_timeout);
        auto [write_error, written] = co_await bhttp::async_write(stream, response, asio::as_tuple(asio::use_awaitable));
        if (++state.served == state.max_requests) state.io.stop();
        if (write_error || !response.keep_alive()) break;
    }
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

asio::awaitable<void> accept_loop(tcp::acceptor& acceptor, server_state& state) {
    for (;;) {
        auto [error, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
        if (error) co_return;
        asio::co_spawn(acceptor.get_executor(), session(beast::tcp_stream(std::move(socket)), state), asio::detached);
    }
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
    std::cerr << "usage: fake_server --jobs FILE [--port N] [--max-requests N]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string jobs_path;
    unsigned long port = 0;
    std::uint64_t max_requests = 0;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string_view arg = argv[i];
            if (i + 1 == argc) return usage();
            if (arg == "--jobs") jobs_path = argv[++i];
            else if (arg == "--port") port = std::stoul(argv[++i]);
            else if (arg == "--max-requests") max_requests = std::stoull(argv[++i]);
            else return usage();
        }
    } catch (const std::exception&) {
        return usage();
    }
    if (jobs_path.empty() || port > 65535) return usage();
    auto table = load_table(jobs_path);
    if (!table) return 1;

    asio::io_context io(1);
    server_state state{fake_service(std::move(*table)), max_requests, 0, io};
    tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address_v4("127.0.0.1"), static_cast<std::uint16_t>(port)));
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const beast::error_code&, int) { io.stop(); });
    asio::co_spawn(io, accept_loop(acceptor, state), asio::detached);

    std::cout << "listening on 127.0.0.1:" << acceptor.local_endpoint().port() << std::endl;
    io.run();
    std::cerr << "fake_server: stopped after " << state.served << " requests\n";
    return 0;
}
