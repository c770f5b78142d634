// Answers one HTTP request as the service would: finds the operation it is for, checks its
// signature (with --credentials), applies the table's error entries, then the job store's
// handle(), all through awsjobs' protocol layer (routes, status codes, headers, JSON and XML
// bodies, error shapes). Knows nothing of sockets.
#ifndef AWSJOBS_FAKE_SERVICE_HPP
#define AWSJOBS_FAKE_SERVICE_HPP

#include "job_store.hpp"
#include "signatures.hpp"

#include <awsjobs/protocol/auth_error.hpp>
#include <awsjobs/protocol/xml.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <cstdio>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace awsjobs_fake {

/// Every operation the fake serves, in the order requests are matched against them.
using operations = boost::mp11::mp_list<
    dx::CreateJob, dx::StartJob, dx::GetJob, dx::ListJobs, dx::CancelJob,
    ses::CreateImportJob, ses::GetImportJob, ses::ListImportJobs,
    ses::CreateExportJob, ses::GetExportJob, ses::ListExportJobs, ses::CancelExportJob,
    iex::CreateJob, iex::GetStatus, iex::ListJobs, iex::CancelJob, iex::UpdateJob, iex::GetShippingLabel>;

/// A response that is no service's: a plain text body.
inline awsjobs::http::response plain_response(int status, std::string text) {
    return {status, {{"Content-Type", "text/plain; charset=utf-8"}}, std::move(text) + '\n'};
}

/// Answers a request from the table, through awsjobs alone.
class fake_service {
public:
    fake_service(jobs_table table, std::optional<verification> checks)
        : errors_(std::move(table.errors).value_or(std::vector<error_entry>{})), jobs_(std::move(table)), checks_(std::move(checks)) {}

    awsjobs::http::response answer(const awsjobs::http::request& request) {
        const std::scoped_lock lock(mutex_);
        const std::string request_id = next_request_id();
        std::optional<awsjobs::http::response> response;
        boost::mp11::mp_for_each<operations>([&](auto op) {
            if (!response) response = try_operation<decltype(op)>(request, request_id);
        });
        if (response) return std::move(*response);
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
            auto signer = auth::verify(request, key_lookup_of(*checks_), verify_options_for<Op>(*checks_));
            if (!signer) return protocol::make_auth_error_response<Op>(signer.error(), request_id);
        }
        if (!input) return plain_response(protocol::http_status_for(input.error().code), input.error().describe());
        protocol::result<awsjobs::http::response> response = reply<Op>(*input, request_id);
        if (!response) return plain_response(500, response.error().describe());  // a table the model cannot carry
        return std::move(*response);
    }

    template <class Op>
    protocol::result<awsjobs::http::response> reply(const input_of<Op>& input, const std::string& request_id) {
        if constexpr (requires { *input.JobId; }) {
            for (const error_entry& entry : errors_)
                if (entry.operation == Op::binding.name && entry.job_id == *input.JobId)
                    return protocol::make_error_response<Op>(service_error<Op>(entry.code, entry.message), request_id);
        }
        protocol::outcome<Op> outcome = jobs_.handle(Op{}, input);
        if (const auto* error = std::get_if<typename Op::error>(&outcome)) return protocol::make_error_response<Op>(*error, request_id);
        return protocol::make_response<Op>(std::get<output_of<Op>>(outcome), request_id);
    }

    std::string next_request_id() {
        char text[40];
        std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012llu", static_cast<unsigned long long>(++count_));
        return text;
    }

    std::mutex mutex_;  // the job store is shared by the thread pool's connections
    std::vector<error_entry> errors_;
    job_table jobs_;
    std::optional<verification> checks_;
    std::uint64_t count_ = 0;
};

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_SERVICE_HPP
