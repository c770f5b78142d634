// Each way of using a value that is not there, chosen by argv[1]: built with
// assertions on, every one must stop at AWSJOBS_ASSERT (CTest checks the message).
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
    const json::result<int> failed_result = json::error{json::errc::syntax, 0, "$", "x"};
    const json::result<void> success;
    if (misuse == "deref-failed-document") {
        std::printf("%zu\n", failed->JobId->size());
    } else if (misuse == "deref-failed-result") {
        std::printf("%d\n", *failed_result);
    } else if (misuse == "error-of-success") {
        std::printf("%s\n", parsed.error().message.c_str());
    } else if (misuse == "error-of-void-success") {
        std::printf("%s\n", success.error().message.c_str());
    } else {
        return 2;
    }
    std::puts("not caught");
    return 0;
}
