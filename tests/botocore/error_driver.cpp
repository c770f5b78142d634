// awsjobs' side of the botocore comparison (compare.py): reads error responses, one
// JSON object a line on standard input,
//   {"service":"dataexchange"|"sesv2","status":404,"header":"..."(absent: none),"body_hex":"7b7d"}
// and prints for each, one JSON object a line, what read_service_error made of it:
//   {"code":"...","message":"...","details":"unknown_error"|"<exception shape>",
//    "fields":"<the shape written as JSON>"(only with a shape),"body_error":"..."(when set),"status":404}
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/json.hpp>
#include <awsjobs/protocol/read_service_error.hpp>
#include <awsjobs/sesv2.hpp>

#include <boost/describe/class.hpp>

#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

namespace {

namespace json = awsjobs::json;

struct error_case {
    std::string service;
    int status = 0;
    std::optional<std::string> header;
    std::string body_hex;
};
BOOST_DESCRIBE_STRUCT(error_case, (), (service, status, header, body_hex))

struct outcome {
    int status = 0;
    std::string code;
    std::string message;
    std::string details;
    std::optional<std::string> fields;
    std::optional<std::string> body_error;
};
BOOST_DESCRIBE_STRUCT(outcome, (), (status, code, message, details, fields, body_error))

std::optional<std::string> from_hex(std::string_view hex) {
    if (hex.size() % 2 != 0) return std::nullopt;
    std::string bytes;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = awsjobs::detail::hex_value(static_cast<unsigned char>(hex[i]));
        const int low = awsjobs::detail::hex_value(static_cast<unsigned char>(hex[i + 1]));
        if (high < 0 || low < 0) return std::nullopt;
        bytes += static_cast<char>(high * 16 + low);
    }
    return bytes;
}

template <class ServiceError>
outcome read(const error_case& c, std::string_view body) {
    const ServiceError e = awsjobs::protocol::read_service_error<ServiceError>(c.status, c.header.value_or(""), body);
    outcome o;
    o.status = e.http_status;
    o.code = std::string(e.code.wire_name());
    o.message = e.message;
    std::visit(
        [&](const auto& details) {
            using Shape = std::remove_cvref_t<decltype(details)>;
            if constexpr (std::is_same_v<Shape, awsjobs::unknown_error>) {
                o.details = "unknown_error";
            } else {
                o.details = std::string(e.code.wire_name());  // the code names its shape
                o.fields = json::write(details).value();
            }
        },
        e.details);
    if (e.body_error) o.body_error = e.body_error->describe();
    return o;
}

}  // namespace

int main() {
    std::string line;
    std::size_t number = 0;
    while (std::getline(std::cin, line)) {
        ++number;
        const auto c = json::parse<error_case>(std::move(line));
        const auto body = c ? from_hex(c->body_hex) : std::nullopt;
        if (!c || !body || (c->service != "dataexchange" && c->service != "sesv2")) {
            std::cerr << "error_driver: line " << number << " is not a case"
                      << (c ? std::string() : ": " + c.error().describe()) << '\n';
            return 2;
        }
        const outcome o = c->service == "dataexchange" ? read<awsjobs::dataexchange::GetJobError>(*c, *body)
                                                       : read<awsjobs::sesv2::GetImportJobError>(*c, *body);
        std::cout << json::write(o).value() << '\n';
    }
    return std::cout.flush() ? 0 : 2;
}
