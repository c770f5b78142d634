// The HTTP server: Boost.Beast connections on 127.0.0.1, plain or TLS, each request converted to
// an awsjobs::http::request and answered by the fake_service. Connections are served by a pool
// of threads; SIGINT or SIGTERM (or --max-requests) stop accepting, the requests in flight are
// answered, then the pool stops.
#ifndef AWSJOBS_FAKE_SERVER_HPP
#define AWSJOBS_FAKE_SERVER_HPP

#include "service.hpp"

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast.hpp>
#include <boost/beast/ssl.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>

namespace awsjobs_fake {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

inline awsjobs::http::request from_beast(const bhttp::request<bhttp::string_body>& in) {
    awsjobs::http::request out;
    out.method = std::string(in.method_string());
    out.target = std::string(in.target());
    for (const auto& field : in) out.headers.add(field.name_string(), field.value());
    out.body = in.body();
    return out;
}

inline bhttp::response<bhttp::string_body> to_beast(awsjobs::http::response in, unsigned version, bool keep_alive) {
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

constexpr std::uint64_t body_limit = 64 * 1024;  // a CreateJob's manifest is a few KiB

using tls_stream = beast::ssl_stream<beast::tcp_stream>;

inline beast::tcp_stream& lowest_layer(beast::tcp_stream& stream) { return stream; }
inline beast::tcp_stream& lowest_layer(tls_stream& stream) { return stream.next_layer(); }

/// Ends the connection: a TLS close_notify first, then the TCP half-close.
inline asio::awaitable<void> close(beast::tcp_stream& stream, std::chrono::seconds) {
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    co_return;
}
inline asio::awaitable<void> close(tls_stream& stream, std::chrono::seconds timeout) {
    stream.next_layer().expires_after(timeout);
    co_await stream.async_shutdown(asio::as_tuple(asio::use_awaitable));
    co_await close(stream.next_layer(), timeout);
}

/// A TLS server context from PEM files, or nothing (with the reason on stderr).
inline std::optional<asio::ssl::context> load_tls(const std::string& cert, const std::string& key) {
    asio::ssl::context context(asio::ssl::context::tls_server);
    context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                        asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1);
    beast::error_code error;
    context.use_certificate_chain_file(cert, error);
    if (!error) context.use_private_key_file(key, asio::ssl::context::pem, error);
    if (error) {
        std::cerr << "awsjobs-fake: TLS certificate " << cert << " or key " << key << ": " << error.message() << '\n';
        return std::nullopt;
    }
    return context;
}

/// Accepts connections on 127.0.0.1 and answers their requests with the service, on the
/// io_context's threads. Stopping closes the listening socket, lets the requests being answered
/// finish, then stops the io_context (idle connections are dropped with it).
class server {
public:
    /// Listens on 127.0.0.1:port (0: a free port); max_requests 0 is no limit; tls null is plain
    /// HTTP; a request (its headers and body) not read whole, or a response not written whole,
    /// within idle_timeout ends its connection.
    server(asio::io_context& io, fake_service& service, std::uint16_t port, std::uint64_t max_requests, asio::ssl::context* tls,
           std::chrono::seconds idle_timeout)
        : io_(io), service_(service), tls_(tls), max_requests_(max_requests), idle_timeout_(idle_timeout), acceptor_strand_(asio::make_strand(io)),
          acceptor_(acceptor_strand_, tcp::endpoint(asio::ip::make_address_v4("127.0.0.1"), port)),
          signals_(acceptor_strand_, SIGINT, SIGTERM) {}

    std::uint16_t port() const { return acceptor_.local_endpoint().port(); }
    std::uint64_t served() const { return served_; }

    /// Starts accepting and waiting for SIGINT and SIGTERM; io_context::run() then serves.
    void start() {
        signals_.async_wait([this](const beast::error_code& error, int) {
            if (!error) stop();
        });
        asio::co_spawn(acceptor_strand_, accept_loop(), asio::detached);
    }

    /// Stops accepting; the io_context stops once no request is being answered. Any thread.
    void stop() {
        stopping_ = true;
        asio::post(acceptor_strand_, [this] {
            beast::error_code ignored;
            acceptor_.close(ignored);
        });
        if (in_flight_ == 0) io_.stop();
    }

private:
    asio::awaitable<void> accept_loop() {
        for (;;) {
            auto [error, socket] = co_await acceptor_.async_accept(asio::make_strand(io_), asio::as_tuple(asio::use_awaitable));
            if (error) co_return;
            const auto executor = socket.get_executor();
            if (tls_ != nullptr)
                asio::co_spawn(executor, tls_session(tls_stream(std::move(socket), *tls_)), asio::detached);
            else
                asio::co_spawn(executor, session(beast::tcp_stream(std::move(socket))), asio::detached);
        }
    }

    /// The TLS handshake, then the session; a client that fails the handshake is dropped.
    asio::awaitable<void> tls_session(tls_stream stream) {
        stream.next_layer().expires_after(idle_timeout_);
        auto [error] = co_await stream.async_handshake(asio::ssl::stream_base::server, asio::as_tuple(asio::use_awaitable));
        if (error) co_return;
        co_await session(std::move(stream));
    }

    /// One connection: requests answered in order until the client closes, keep-alive ends, a
    /// read or write fails or times out, or the server stops.
    template <class Stream>
    asio::awaitable<void> session(Stream stream) {
        beast::flat_buffer buffer;
        while (!stopping_) {
            bhttp::request_parser<bhttp::string_body> parser;
            parser.body_limit(body_limit);
            lowest_layer(stream).expires_after(idle_timeout_);
            auto [read_error, read_bytes] =
                co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
            if (read_error == bhttp::error::body_limit) {
                auto refusal = to_beast(plain_response(413, "the body is over 64 KiB"), 11, false);
                lowest_layer(stream).expires_after(idle_timeout_);
                co_await bhttp::async_write(stream, refusal, asio::as_tuple(asio::use_awaitable));
            }
            if (read_error) break;
            ++in_flight_;
            const auto& request = parser.get();
            auto response = to_beast(service_.answer(from_beast(request)), request.version(), request.keep_alive() && !stopping_);
            lowest_layer(stream).expires_after(idle_timeout_);
            auto [write_error, written] = co_await bhttp::async_write(stream, response, asio::as_tuple(asio::use_awaitable));
            if (++served_ == max_requests_) stop();
            if (--in_flight_ == 0 && stopping_) io_.stop();
            if (write_error || !response.keep_alive()) break;
        }
        co_await close(stream, idle_timeout_);
    }

    asio::io_context& io_;
    fake_service& service_;
    asio::ssl::context* tls_;
    const std::uint64_t max_requests_;
    const std::chrono::seconds idle_timeout_;
    asio::strand<asio::io_context::executor_type> acceptor_strand_;
    tcp::acceptor acceptor_;
    asio::signal_set signals_;
    std::atomic<bool> stopping_ = false;
    std::atomic<std::uint64_t> in_flight_ = 0;  // requests read and not yet answered
    std::atomic<std::uint64_t> served_ = 0;
};

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_SERVER_HPP
