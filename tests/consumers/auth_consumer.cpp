// A program that signs and verifies as an awsjobs user does: a Data Exchange GetJob request
// signed with SigV4, then checked by the verifier. The consumer projects build it where the
// package offers awsjobs::auth (find_package) or awsjobs-auth (pkg-config).
#include <awsjobs/auth.hpp>
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/protocol/signed_request.hpp>

#include <chrono>
#include <iostream>
#include <optional>
#include <string>

int main() {
    namespace auth = awsjobs::auth;
    const auth::credentials creds{"AKIDEXAMPLE", auth::secret_string{std::string("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")},
                                  {}, std::nullopt};
    awsjobs::dataexchange::GetJobRequest input;
    input.JobId = "6cEXAMPLE818f7c7a23b3d0EXAMPLE1c";
    const auto request =
        awsjobs::protocol::make_signed_request<awsjobs::dataexchange::GetJob>(input, creds, {.region = "us-east-1"});
    if (!request) {
        std::cerr << "signing failed: " << request.error() << '\n';
        return 1;
    }
    const auto checked = auth::verify(*request, [&](std::string_view id) -> std::optional<auth::credentials> {
        if (id != creds.access_key_id) return std::nullopt;
        return creds;
    });
    if (!checked) {
        std::cerr << "verification failed: " << checked.error() << '\n';
        return 1;
    }
    std::cout << "signed and verified: " << request->headers.value_or_empty("Authorization").substr(0, 60) << "...\n";
    return 0;
}
