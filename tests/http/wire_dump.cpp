// Prints, as JSON, what awsjobs' bindings put on the wire: the client's requests for a set of
// job ids, and the server's responses (outputs and every modeled error). botocore_check.py
// compares them with what botocore, the AWS CLI's own library, sends and reads.
#include <awsjobs/awsjobs.hpp>
#include <awsjobs/protocol.hpp>
#ifdef AWSJOBS_WIRE_DUMP_XML
#include <awsjobs/protocol/xml.hpp>
#endif

#include <boost/describe/class.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace iex = awsjobs::importexport;
namespace http = awsjobs::http;
namespace json = awsjobs::json;
namespace protocol = awsjobs::protocol;

namespace {

struct wire_field {
    std::string name;
    std::string value;
    BOOST_DESCRIBE_CLASS(wire_field, (), (name, value), (), ())
};

struct wire_request {
    std::string operation;
    std::string job_id;
    std::string method;
    std::string target;
    std::vector<wire_field> headers;
    std::string body;
    BOOST_DESCRIBE_CLASS(wire_request, (), (operation, job_id, method, target, headers, body), (), ())
};

struct wire_response {
    std::string operation;
    std::string code;  // empty for an output
    std::string message;
    std::string request_id;
    int status = 0;
    std::vector<wire_field> headers;
    std::string body;
    BOOST_DESCRIBE_CLASS(wire_response, (), (operation, code, message, request_id, status, headers, body), (), ())
};

struct wire_dump {
    std::vector<wire_request> requests;
    std::vector<wire_response> responses;
    BOOST_DESCRIBE_CLASS(wire_dump, (), (requests, responses), (), ())
};

std::vector<wire_field> fields_of(const http::fields& fields) {
    std::vector<wire_field> out;
    for (const auto& f : fields) out.push_back({f.name, f.value});
    return out;
}

template <class Op>
void add_request(wire_dump& dump, const std::string& id) {
    typename Op::template input<> input;
    input.JobId = id;
    const http::request request = protocol::make_request<Op>(input).value();
    dump.requests.push_back({std::string(Op::binding.name), id, request.method, request.target,
                             fields_of(request.headers), request.body});
}

void add_response(wire_dump& dump, std::string_view operation, std::string code, std::string message,
                  std::string request_id, const http::response& response) {
    dump.responses.push_back({std::string(operation), std::move(code), std::move(message), std::move(request_id),
                              response.status, fields_of(response.headers), response.body});
}

template <class Op, class Output>
void add_output(wire_dump& dump, const Output& output) {
    const std::string id = "req-" + std::to_string(dump.responses.size());
    add_response(dump, Op::binding.name, "", "", id, protocol::make_response<Op>(output, id).value());
}

/// One response for each modeled error of Op, its details a default exception shape.
template <class Op>
void add_errors(wire_dump& dump) {
    using error = typename Op::error;
    using info = awsjobs::detail::enum_info<typename error::code_type>;
    for (std::size_t i = 0; i != info::size; ++i) {
        boost::mp11::mp_with_index<info::size>(i, [&](auto I) {
            error e;
            e.code = info::values[I];
            e.message = "error " + std::to_string(I) + ": \"quoted\" \xc3\xa9";
            e.details.template emplace<I + 1>();
            const std::string id = "req-" + std::to_string(dump.responses.size());
            add_response(dump, Op::binding.name, std::string(e.code.wire_name()), e.message, id,
                         protocol::make_error_response<Op>(e, id).value());
        });
    }
}

std::string read_sample(const std::string& name) {
    std::ifstream in(std::string(AWSJOBS_TEST_DATA "/samples/") + name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

int main() {
    wire_dump dump;
    for (const std::string id : {"6cEXAMPLE818f7c7a23b3d0EXAMPLE1c", " %:/?#[]@!$&'()*+,;=\xF0\x9F\x98\xB9",
                                 "EX1 ID+&=", "~._-", "\xc3\xa9t\xc3\xa9"}) {
        add_request<dx::GetJob>(dump, id);
        add_request<ses::GetImportJob>(dump, id);
        add_request<iex::GetStatus>(dump, id);
    }
    add_output<dx::GetJob>(dump, json::parse<dx::GetJobResponse>(read_sample("dataexchange-adx-userguide-job-resource.json")).value());
    add_output<ses::GetImportJob>(dump, json::parse<ses::GetImportJobResponse>(read_sample("sesv2-ses-devguide-2020-get-import-job.json")).value());
    add_errors<dx::GetJob>(dump);
    add_errors<ses::GetImportJob>(dump);
#ifdef AWSJOBS_WIRE_DUMP_XML
    iex::GetStatusOutput status;
    status.JobId = "EX1ID";
    status.JobType = iex::JobType::Export;
    status.ProgressMessage = "<shipped> & \"logged\"";
    status.ErrorCount = 3;
    status.CreationDate = awsjobs::iso8601_timestamp(std::chrono::sys_seconds(std::chrono::seconds(1271888345)));
    status.ArtifactList = std::vector<iex::Artifact>{{"log", "https://example.com/a?b=1&c=2"}, {"manifest", std::nullopt}};
    add_output<iex::GetStatus>(dump, status);
    add_errors<iex::GetStatus>(dump);
#endif
    // A ResourceNotFoundException with its members set, to see botocore read them.
    dx::GetJobError missing;
    missing.code = dx::GetJobErrorCode::ResourceNotFoundException;
    missing.message = "Job 42 not found";
    dx::ResourceNotFoundException details;
    details.ResourceId = "42";
    details.ResourceType = dx::ResourceType::JOB;
    missing.details = details;
    add_response(dump, "GetJob", "ResourceNotFoundException", missing.message, "req-full",
                 protocol::make_error_response<dx::GetJob>(missing, "req-full").value());
    std::cout << json::write(dump, {.pretty = true}).value() << '\n';
}
