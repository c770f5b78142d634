// The C++ side of operations_check.py, which holds every operation's wire against botocore.
//
//   operations_wire dump   prints, as JSON, for every operation: inputs of sample values (every
//                          member set) and the requests make_request writes for them; outputs of
//                          sample values and the responses make_response writes; and for each of
//                          its modeled errors the response make_error_response writes.
//   operations_wire read   reads a JSON list of {operation, method, target, headers, body} (botocore's
//                          requests) from stdin and prints what read_request makes of each: the input
//                          as JSON, or the error.
// Operations are named "<endpoint prefix>.<Name>", e.g. "dataexchange.GetJob", "email.GetImportJob".
#include "sample_values.hpp"

#include <awsjobs/awsjobs.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/xml.hpp>

#include <boost/describe/class.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace iex = awsjobs::importexport;
namespace http = awsjobs::http;
namespace json = awsjobs::json;
namespace protocol = awsjobs::protocol;

namespace {

using operations = boost::mp11::mp_list<
    dx::CreateJob, dx::StartJob, dx::GetJob, dx::ListJobs, dx::CancelJob, ses::CreateImportJob, ses::GetImportJob,
    ses::ListImportJobs, ses::CreateExportJob, ses::GetExportJob, ses::ListExportJobs, ses::CancelExportJob,
    iex::CreateJob, iex::GetStatus, iex::ListJobs, iex::CancelJob, iex::UpdateJob, iex::GetShippingLabel>;

struct wire_field {
    std::string name;
    std::string value;
    BOOST_DESCRIBE_CLASS(wire_field, (), (name, value), (), ())
};

struct wire_request {
    std::string operation;
    std::string input;  // the input as JSON (member names as botocore's parameter names)
    std::string method;
    std::string target;
    std::vector<wire_field> headers;
    std::string body;
    std::string error;  // read: why read_request refused it
    BOOST_DESCRIBE_CLASS(wire_request, (), (operation, input, method, target, headers, body, error), (), ())
};

struct wire_response {
    std::string operation;
    std::string output;  // the output as JSON, or the error's details
    std::string code;    // empty for an output
    std::string message;
    int status = 0;
    std::vector<wire_field> headers;
    std::string body;
    BOOST_DESCRIBE_CLASS(wire_response, (), (operation, output, code, message, status, headers, body), (), ())
};

struct wire_dump {
    std::vector<wire_request> requests;
    std::vector<wire_response> responses;
    BOOST_DESCRIBE_CLASS(wire_dump, (), (requests, responses), (), ())
};

template <class Op>
std::string name_of() {
    return std::string(Op::signing.endpoint_prefix) + "." + std::string(Op::binding.name);
}

std::vector<wire_field> fields_of(const http::fields& fields) {
    std::vector<wire_field> out;
    for (const auto& f : fields) out.push_back({f.name, f.value});
    return out;
}

/// Inputs and outputs with seeds 0 to 8 (enough to pick each of a one-of's alternatives: Data
/// Exchange's RequestDetails and ResponseDetails have 9), then each modeled error.
template <class Op>
void dump_operation(wire_dump& dump) {
    for (int seed = 0; seed != 9; ++seed) {
        typename Op::template input<> input;
        sample_values::fill(input, seed);
        const http::request request = protocol::make_request<Op>(input).value();
        dump.requests.push_back({name_of<Op>(), json::write(input).value(), request.method, request.target,
                                 fields_of(request.headers), request.body, ""});

        typename Op::template output<> output;
        sample_values::fill(output, 100 + seed);
        const http::response response = protocol::make_response<Op>(output, "req-output").value();
        dump.responses.push_back({name_of<Op>(), json::write(output).value(), "", "", response.status,
                                  fields_of(response.headers), response.body});
    }

    using error = typename Op::error;
    using info = awsjobs::detail::enum_info<typename error::code_type>;
    for (std::size_t i = 0; i != info::size; ++i) {
        boost::mp11::mp_with_index<info::size>(i, [&](auto I) {
            error e;
            e.code = info::values[I];
            e.message = "error " + std::to_string(I) + ": \"quoted\" \xc3\xa9";
            auto& details = e.details.template emplace<I + 1>();
            sample_values::fill(details, 200);
            const http::response r = protocol::make_error_response<Op>(e, "req-error").value();
            dump.responses.push_back({name_of<Op>(), json::write(details).value(), std::string(e.code.wire_name()),
                                      e.message, r.status, fields_of(r.headers), r.body});
        });
    }
}

template <class Op>
void read_operation(wire_request& request) {
    http::request message{request.method, request.target, {}, request.body};
    for (const auto& [name, value] : request.headers) message.headers.add(name, value);
    const auto read = protocol::read_request<Op>(message);
    if (read) request.input = json::write(*read).value();
    else request.error = read.error().describe();
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc == 2 ? argv[1] : "";
    if (mode == "dump") {
        wire_dump dump;
        boost::mp11::mp_for_each<operations>([&](auto op) { dump_operation<decltype(op)>(dump); });
        std::cout << json::write(dump, {.pretty = true}).value() << '\n';
        return 0;
    }
    if (mode == "read") {
        const std::string text(std::istreambuf_iterator<char>(std::cin), {});
        auto requests = json::parse<std::vector<wire_request>>(std::string_view(text)).value();
        for (auto& request : requests) {
            bool known = false;
            boost::mp11::mp_for_each<operations>([&](auto op) {
                if (request.operation != name_of<decltype(op)>()) return;
                known = true;
                read_operation<decltype(op)>(request);
            });
            if (!known) request.error = "no operation " + request.operation;
        }
        std::cout << json::write(requests, {.pretty = true}).value() << '\n';
        return 0;
    }
    std::cerr << "usage: " << argv[0] << " dump|read\n";
    return 2;
}
