// Each way of using a value that is not there, chosen by argv[1]: built with
// assertions on, every one must stop at AWSJOBS_ASSERT (CTest checks the message).
#include <awsjobs/json.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/sesv2.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace json = awsjobs::json;
namespace ses = awsjobs::sesv2;

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    const std::string_view misuse = argv[1];
    auto failed = json::parse<ses::GetImportJobResponse>(std::string_view("[]"));
    auto parsed = json::parse<ses::GetImportJobResponse>(std::string_view(R"({"JobId":"j"})"));
    const awsjobs::result<int> failed_result = awsjobs::error{awsjobs::errc::syntax, 0, "$", "x"};
    const awsjobs::result<void> success;
    const awsjobs::protocol::result<int> failed_protocol =
        awsjobs::protocol::error{awsjobs::protocol::errc::wrong_method, "GetJob: the method is POST, expected GET", {}};
    if (misuse == "deref-failed-document") {
        std::printf("%zu\n", failed->JobId->size());
    } else if (misuse == "deref-failed-result") {
        std::printf("%d\n", *failed_result);
    } else if (misuse == "error-of-success") {
        std::printf("%s\n", parsed.error().message.c_str());
    } else if (misuse == "error-of-void-success") {
        std::printf("%s\n", success.error().message.c_str());
    } else if (misuse == "deref-failed-protocol-result") {
        std::printf("%d\n", *failed_protocol);
    } else {
        return 2;
    }
    std::puts("not caught");
    return 0;
}
