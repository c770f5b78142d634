// awsjobs-auth-sign-dump: signs the requests botocore_sign_check.py asks for, one per input
// line, and prints what awsjobs made of each, for the script to compare with botocore's.
//
// Input, tab-separated:  operation  job-id(hex)  session-token(hex)  region  host  custom-endpoint(0/1)  sigv2(0/1)  unix-time
// Output, tab-separated: Authorization  request-target  body(hex)    (or "error<TAB>message")
#include <awsjobs/auth.hpp>
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/importexport.hpp>
#include <awsjobs/protocol/signed_request.hpp>
#include <awsjobs/sesv2.hpp>

#include <chrono>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace auth = awsjobs::auth;
namespace protocol = awsjobs::protocol;

namespace {

// The secret botocore_sign_check.py gives botocore too.
constexpr const char* secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

std::optional<std::string> from_hex(const std::string& hex) {
    if (hex.size() % 2 != 0) return std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        unsigned value = 0;
        std::istringstream digits(hex.substr(i, 2));
        if (!(digits >> std::hex >> value)) return std::nullopt;
        out += static_cast<char>(value);
    }
    return out;
}

std::string to_hex(const std::string& bytes) {
    constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (const char c : bytes) {
        out += digits[static_cast<unsigned char>(c) >> 4];
        out += digits[static_cast<unsigned char>(c) & 0xF];
    }
    return out;
}

template <class Op>
awsjobs::result<awsjobs::http::request, auth::error> sign(const std::string& job_id, const auth::credentials& creds,
                                                          const protocol::signing_options& options) {
    typename Op::template input<std::string> input;
    input.JobId = job_id;
    return protocol::make_signed_request<Op>(input, creds, options);
}

}  // namespace

int main() {
    std::string line;
    int line_number = 0;
    while (std::getline(std::cin, line)) {
        ++line_number;
        std::vector<std::string> fields;
        std::istringstream split(line);
        for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
        const auto job_id = fields.size() == 8 ? from_hex(fields[1]) : std::nullopt;
        const auto token = fields.size() == 8 ? from_hex(fields[2]) : std::nullopt;
        if (!job_id || !token) {
            std::cerr << "awsjobs-auth-sign-dump: line " << line_number << " is not 8 tab-separated fields with hex job id and token\n";
            return 2;
        }
        const auth::credentials creds{"AKIDEXAMPLE", auth::secret_string{std::string(secret)},
                                      auth::secret_string{*token}, std::nullopt};
        const protocol::signing_options options{
            .region = fields[3],
            .host = fields[4],
            .custom_endpoint = fields[5] == "1",
            .sigv2 = fields[6] == "1",
            .time = std::chrono::system_clock::time_point{std::chrono::seconds{std::stoll(fields[7])}}};
        const std::string& op = fields[0];
        auto request = op == "GetJob"         ? sign<awsjobs::dataexchange::GetJob>(*job_id, creds, options)
                       : op == "GetImportJob" ? sign<awsjobs::sesv2::GetImportJob>(*job_id, creds, options)
                       : op == "GetStatus"    ? sign<awsjobs::importexport::GetStatus>(*job_id, creds, options)
                                              : auth::error{auth::errc::unsignable_request, "unknown operation " + op, {}, {}};
        if (!request)
            std::cout << "error\t" << request.error().describe() << '\n';
        else
            std::cout << request->headers.value_or_empty("Authorization") << '\t' << request->target << '\t'
                      << to_hex(request->body) << '\n';
    }
    return 0;
}
