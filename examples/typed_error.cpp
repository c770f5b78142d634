// Handles GetJob error responses: the HTTP status, the x-amzn-ErrorType header
// and the body become a typed error to switch on.
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/protocol/read_service_error.hpp>

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
    // Always a typed error: a body that is not JSON keeps the header's code (or the
    // status, as text, when nothing names the error), and body_error says why.
    const auto error = awsjobs::protocol::read_service_error<dx::GetJobError>(status, error_type, body);
    std::cout << status << " " << error.code.wire_name() << ": " << error.message << '\n';
    if (error.body_error) std::cout << "  (body not read: " << *error.body_error << ")\n";
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
                   [&error](const awsjobs::unknown_error& e) {
                       if (error.body_error)
                           std::cout << "  -> no details: the body (" << e.body.size() << " bytes) is kept verbatim\n";
                       else
                           std::cout << "  -> an error GetJob does not list: " << e.body << '\n';
                   },
               },
               error.details);
}

}  // namespace

int main() {
    handle(404, "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.dataexchange/",
           R"({"Message":"Job 6cEXAMPLE818f7c7a23b3d0EXAMPLE1c not found","ResourceId":"6cEXAMPLE818f7c7a23b3d0EXAMPLE1c","ResourceType":"JOB"})");
    handle(429, "", R"({"__type":"com.amazonaws.dataexchange#ThrottlingException","Message":"Rate exceeded"})");
    handle(400, "", R"({"code":"ValidationException","Message":"Bucket policy","ExceptionCause":"S3AccessDenied"})");
    handle(403, "AccessDeniedException", R"({"Message":"User is not authorized"})");
    handle(429, "ThrottlingException", "Rate exceeded");
    handle(502, "", "<html><body>Bad Gateway</body></html>");
    return 0;
}
