// Handles GetJob error responses: the HTTP status, the x-amzn-ErrorType header
// and the body become a typed error to switch on.
#include <awsjobs/dataexchange.hpp>

#include <iostream>
#include <string_view>

namespace dx = awsjobs::dataexchange;

namespace {

template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
// C++20 deduces this from the aggregate initialisation; clang before 17 does not
// implement that (P1816), so the C++17 guide stays.
template <class... F>
overloaded(F...) -> overloaded<F...>;

void handle(int status, std::string_view error_type, std::string_view body) {
    const auto error = awsjobs::read_service_error<dx::GetJobError>(status, error_type, body);
    if (!error) {
        std::cout << status << ": unreadable error body (" << error.error() << ")\n";
        return;
    }
    std::cout << status << " " << error->code.wire_name() << ": " << error->message << '\n';
    std::visit(overloaded{
                   [](const dx::ResourceNotFoundException& e) {
                       std::cout << "  -> no such " << (e.ResourceType ? e.ResourceType->wire_name() : "resource") << ' '
                                 << e.ResourceId.value_or("?") << '\n';
                   },
                   [](const dx::ThrottlingException&) { std::cout << "  -> slow down and retry\n"; },
                   [](const dx::ValidationException& e) {
                       std::cout << "  -> fix the request"
                                 << (e.ExceptionCause == dx::ExceptionCause::S3AccessDenied ? " (S3 access denied)" : "")
                                 << '\n';
                   },
                   [](const dx::InternalServerException&) { std::cout << "  -> the service failed; retry later\n"; },
                   [](const awsjobs::unknown_error& e) { std::cout << "  -> an error GetJob does not list: " << e.body << '\n'; },
               },
               error->details);
}

}  // namespace

int main() {
    handle(404, "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.dataexchange/",
           R"({"Message":"Job 6cEXAMPLE818f7c7a23b3d0EXAMPLE1c not found","ResourceId":"6cEXAMPLE818f7c7a23b3d0EXAMPLE1c","ResourceType":"JOB"})");
    handle(429, "", R"({"__type":"com.amazonaws.dataexchange#ThrottlingException","Message":"Rate exceeded"})");
    handle(400, "", R"({"code":"ValidationException","Message":"Bucket policy","ExceptionCause":"S3AccessDenied"})");
    handle(403, "AccessDeniedException", R"({"Message":"User is not authorized"})");
    handle(502, "", "<html>Bad Gateway</html>");
    return 0;
}
