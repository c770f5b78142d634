// The packaged awsjobs::auth signs AWS's SigV4 test request "get-vanilla" as the suite says.
#include <awsjobs/auth.hpp>

#include <chrono>
#include <iostream>
#include <string_view>

int main() {
    using namespace std::chrono;
    awsjobs::http::request request;
    request.method = "GET";
    request.target = "/";
    request.headers.add("Host", "example.amazonaws.com");

    const awsjobs::auth::credentials key{.access_key_id = "AKIDEXAMPLE",
                                         .secret_access_key = awsjobs::auth::secret_string(
                                             "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")};
    const auto signed_at = sys_days{year{2015} / August / 30} + hours{12} + minutes{36};
    const auto outcome = awsjobs::auth::sign_v4(request, key,
                                                {.region = "us-east-1", .service = "service", .time = signed_at});
    if (!outcome) {
        std::cerr << "signing failed: " << outcome.error() << '\n';
        return 1;
    }
    constexpr std::string_view expected =
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
    const std::string_view authorization = request.headers.value_or_empty("Authorization");
    std::cout << "awsjobs::auth: " << authorization << '\n';
    return authorization == expected ? 0 : 1;
}
