// The HTTP server: Boost.Beast connections on 127.0.0.1, plain or TLS, each request converted to
// an awsjobs::http::request and answered by the fake_service. Connections are served by a pool
// of threads. SIGINT or SIGTERM (or --max-requests) drain the server: it stops accepting, closes
// the connections waiting for a request, answers every request being read or answered (the last
// response of each with `Connection: close`), and run() returns once no connection is left.
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
#include <list>
#include <memory>
#include <mutex>
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
constexpr std::size_t first_read_size = 16 * 1024;  // the most read at once of a request's first bytes

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
/// io_context's threads. Stopping drains it (see the top of this file); io_context::run() then
/// returns, as no work is left.
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

    server(const server&) = delete;
    server& operator=(const server&) = delete;

    std::uint16_t port() const { return acceptor_.local_endpoint().port(); }
    std::uint64_t served() const { return served_; }

    /// Starts accepting and waiting for SIGINT and SIGTERM; io_context::run() then serves.
    void start() {
        signals_.async_wait([this](const beast::error_code& error, int) {
            if (!error) stop();
        });
        asio::co_spawn(acceptor_strand_, accept_loop(), asio::detached);
    }

    /// Drains: stops accepting and waiting for signals, and closes the connections waiting for
    /// their next request; the others end after their current request. Any thread.
    void stop() {
        stopping_ = true;
        asio::post(acceptor_strand_, [this] {
            beast::error_code ignored;
            acceptor_.close(ignored);
            signals_.cancel(ignored);
        });
        const std::scoped_lock lock(connections_mutex_);
        for (const auto& connection : connections_) asio::post(connection->executor, [connection] { connection->close_if_idle(); });
    }

private:
    /// What stop() knows of a connection. Its members are used on the connection's strand only.
    struct connection_state {
        explicit connection_state(asio::any_io_executor on) : executor(std::move(on)) {}

        /// Ends the wait for the next request, when the connection is in it.
        void close_if_idle() {
            if (waiting && stream != nullptr) stream->cancel();
        }

        asio::any_io_executor executor;
        beast::tcp_stream* stream = nullptr;  // null once the session has ended
        bool waiting = false;                 // for the first byte of the next request
    };

    /// Keeps a session's connection_state in connections_ for as long as the session runs.
    class registration {
    public:
        registration(server& owner, asio::any_io_executor executor, beast::tcp_stream& stream) : owner_(owner) {
            state_ = std::make_shared<connection_state>(std::move(executor));
            state_->stream = &stream;
            const std::scoped_lock lock(owner_.connections_mutex_);
            where_ = owner_.connections_.insert(owner_.connections_.end(), state_);
        }
        ~registration() {
            state_->stream = nullptr;
            const std::scoped_lock lock(owner_.connections_mutex_);
            owner_.connections_.erase(where_);
        }
        registration(const registration&) = delete;
        registration& operator=(const registration&) = delete;

        connection_state* operator->() const { return state_.get(); }

    private:
        server& owner_;
        std::shared_ptr<connection_state> state_;
        std::list<std::shared_ptr<connection_state>>::iterator where_;
    };

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
    /// read or write fails or times out, or the server stops. When it stops, a connection waiting
    /// for its next request is closed at once; one whose request has begun to arrive gets it read
    /// (within the idle timeout) and answered, with `Connection: close`.
    template <class Stream>
    asio::awaitable<void> session(Stream stream) {
        const registration connection(*this, co_await asio::this_coro::executor, lowest_layer(stream));
        beast::flat_buffer buffer;
        for (;;) {
            bhttp::request_parser<bhttp::string_body> parser;
            parser.body_limit(body_limit);
            lowest_layer(stream).expires_after(idle_timeout_);
            if (buffer.size() == 0) {
                // Waiting for the request's first bytes, which this reads raw (the parser would
                // wait for the whole header): stop() cancels this read, on this strand, so it sees
                // `waiting` and `stopping_` in order.
                connection->waiting = true;
                if (stopping_) break;
                auto [wait_error, first_bytes] =
                    co_await stream.async_read_some(buffer.prepare(first_read_size), asio::as_tuple(asio::use_awaitable));
                connection->waiting = false;
                if (wait_error) break;
                buffer.commit(first_bytes);
            }
            auto [read_error, read_bytes] =
                co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
            if (read_error) {
                if (too_large(read_error)) co_await refuse(stream, read_error);
                break;
            }
            const auto& request = parser.get();
            auto response = to_beast(service_.answer(from_beast(request)), request.version(), request.keep_alive() && !stopping_);
            lowest_layer(stream).expires_after(idle_timeout_);
            auto [write_error, written] = co_await bhttp::async_write(stream, response, asio::as_tuple(asio::use_awaitable));
            if (++served_ == max_requests_) stop();
            if (write_error || !response.keep_alive()) break;
        }
        co_await close(stream, idle_timeout_);
    }

    /// Whether a read that failed with `error` is answered before the connection closes: a body
    /// over body_limit (413) or headers over Beast's limit (431).
    static bool too_large(const beast::error_code& error) {
        return error == bhttp::error::body_limit || error == bhttp::error::header_limit;
    }

    /// The answer to a request refused for its size; the connection closes after it.
    template <class Stream>
    asio::awaitable<void> refuse(Stream& stream, const beast::error_code& error) {
        auto refusal = to_beast(error == bhttp::error::body_limit ? plain_response(413, "the body is over 64 KiB")
                                                                  : plain_response(431, "the request's headers are over 8 KiB"),
                                11, false);
        lowest_layer(stream).expires_after(idle_timeout_);
        co_await bhttp::async_write(stream, refusal, asio::as_tuple(asio::use_awaitable));
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
    std::mutex connections_mutex_;
    std::list<std::shared_ptr<connection_state>> connections_;  // the sessions running
    std::atomic<std::uint64_t> served_ = 0;
};

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_SERVER_HPP
