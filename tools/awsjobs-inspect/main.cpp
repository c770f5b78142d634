// awsjobs-inspect: validates an AWS job response (or, with --input, a request) against its model
// and prints it, readably, as the canonical JSON awsjobs writes, or as the service's own body (the
// HTTP request the client sends). Made to end a pipe:
//
//   aws dataexchange get-job --job-id ID | awsjobs-inspect dataexchange.GetJob
//   awsjobs-inspect --json sesv2.GetImportJob job.json
//   awsjobs-inspect --input --wire dataexchange.GetJob request.json
//   curl -si http://127.0.0.1:PORT/v1/jobs/ID | awsjobs-inspect --http dataexchange.GetJob
//   awsjobs-inspect --explain-signature --secret-file secret.txt request.http
//
// Exit status: 0 valid, 1 invalid (the error on stderr), 2 usage error or unreadable input,
// 3 a valid service error (--http). Nothing it prints carries a raw control character (terminal.hpp).
#include "diagnostic.hpp"
#include "http_input.hpp"
#include "outline.hpp"
#include "terminal.hpp"
#ifdef AWSJOBS_INSPECT_AUTH
#include "signature.hpp"
#endif

#include <awsjobs/dataexchange.hpp>
#include <awsjobs/importexport.hpp>
#include <awsjobs/json.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/xml.hpp>
#include <awsjobs/sesv2.hpp>
#include <awsjobs/version.hpp>
#include <awsjobs/xml.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cerrno>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <variant>
#include <vector>

namespace {

namespace json = awsjobs::json;
using awsjobs_inspect::format_scalar;
using awsjobs_inspect::outline;
using awsjobs_inspect::printable;
using awsjobs_inspect::report;

enum exit_status : int { valid = 0, invalid = 1, usage_error = 2, service_error = 3 };
namespace protocol = awsjobs::protocol;
namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace ie = awsjobs::importexport;

constexpr std::string_view program = "awsjobs-inspect";

struct request {
    std::string_view operation;  // e.g. "dataexchange.GetJob"
    std::string_view source;     // the file name, or "<stdin>"
    std::string_view input;      // the original text
    bool as_json = false;
    bool strict = false;
    bool http = false;  // the input is a whole HTTP response (--http)
    bool wire = false;  // print the body the service sends (--wire), or the request the client sends
    bool input_side = false;  // the document is the operation's input (--input)
};

// The members of an AWS JSON error body, to tell one when it is given as a response.
struct error_body {
    std::optional<std::string_view> type;  // "__type"
    std::optional<std::string_view> code;
    std::optional<std::string_view> Code;
    std::optional<std::string_view> message;
    std::optional<std::string_view> Message;
};
BOOST_DESCRIBE_STRUCT(error_body, (), (type, code, Code, message, Message))
constexpr std::string_view awsjobs_json_member_name(const error_body*, std::string_view member) {
    return member == "type" ? "__type" : member;
}

/// Whether T has no members at all: an output structure without members (Data Exchange
/// StartJob's) or awsjobs::no_output (an operation without an output shape).
template <class T>
constexpr bool memberless =
    boost::mp11::mp_empty<boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>>::value;

/// A document that holds none of the operation's members is most likely another
/// document (an error body, another operation's output, `{}`): says so on stderr, and
/// names the error when it is an error body. Returns whether it warned.
template <class Response>
bool warn_if_foreign(const request& r, const Response& response) {
    if constexpr (memberless<Response>) return false;  // it holds all of them
    if (json::write(response).value() != "{}") return false;  // absent and null members are not written
    std::cerr << program << ": warning: " << r.source << " holds none of the members of a " << r.operation
              << " response\n";
    const auto error = json::parse<error_body>(r.input);
    if (error && (error->type || error->code || error->Code)) {
        const std::string_view code = error->code ? *error->code : error->Code ? *error->Code : *error->type;
        const auto message = error->message ? error->message : error->Message;
        std::cerr << "note: it is a service error response: " << code << (message ? ": " : "") << message.value_or("")
                  << '\n';
    }
    return true;
}

template <class Op>
constexpr bool speaks_xml = Op::binding.protocol == protocol::wire_protocol::query;

/// Prints a valid output: readably, as canonical JSON, or as the service's body (JSON, or
/// for the query protocol the whole XML response with `request_id`).
template <class Op, class Output>
int print_output(const request& r, const Output& output, std::span<const std::string_view> first_members,
                 std::string_view request_id) {
    // None of these can fail: every value read is writable.
    if (r.wire && speaks_xml<Op>) {
        std::cout << protocol::make_response<Op>(output, request_id).value().body << '\n';
    } else if (r.as_json || r.wire) {
        json::write(output, std::cout).value();
        std::cout << '\n';
    } else if constexpr (memberless<Output>) {
        std::cout << "(no members: " << Op::binding.name << " answers nothing but its status)\n";
    } else {
        outline(std::cout, first_members).members(output, 0);
    }

    const bool foreign = warn_if_foreign(r, output);
    if (!r.strict) return valid;
    const std::vector<awsjobs::error> missing = awsjobs::check_required(output);
    for (const awsjobs::error& e : missing) report(std::cerr, r.source, r.input, e);
    return missing.empty() && !foreign ? valid : invalid;
}

/// What --json prints for a service error.
struct error_report {
    std::string Code;
    std::string Message;
    int Status = 0;
    std::string RequestId;
    BOOST_DESCRIBE_CLASS(error_report, (), (Code, Message, Status, RequestId), (), ())
};

/// The exception's members but its message, which prints as the error's own.
template <class Shape>
Shape without_message(Shape shape) {
    boost::mp11::mp_for_each<boost::describe::describe_members<Shape, boost::describe::mod_public>>([&](auto D) {
        const std::string_view name = D.name;
        if (name == "message" || name == "Message") (shape.*D.pointer).reset();
    });
    return shape;
}

/// Prints a service error: its code, message, status and request id, and the members of its
/// exception shape; with --wire, the body the service sends for it.
template <class Op>
int print_error(const request& r, const typename Op::error& error, std::string_view request_id) {
    if (r.wire) {
        std::cout << protocol::make_error_response<Op>(error, request_id).value().body << '\n';
    } else if (r.as_json) {
        json::write(error_report{std::string(error.code.wire_name()), error.message, error.http_status,
                                 std::string(request_id)},
                    std::cout)
            .value();
        std::cout << '\n';
    } else {
        std::cout << "Error: " << format_scalar(error.code) << '\n'
                  << "Message: " << printable(error.message) << '\n'
                  << "Status: " << error.http_status << '\n'
                  << "RequestId: " << printable(request_id) << '\n';
        std::visit(
            [](const auto& details) {
                using Details = std::decay_t<decltype(details)>;
                if constexpr (!std::is_same_v<Details, awsjobs::unknown_error>)
                    outline(std::cout, {}).members(without_message(details), 0);
            },
            error.details);
    }
    return service_error;
}

/// A JSON body: the service's or the AWS CLI's output (--output json).
template <class Op>
int inspect_json(const request& r, std::span<const std::string_view> first_members) {
    // An output without members may come as no body at all (a 204, or the CLI's silence).
    if constexpr (memberless<typename Op::template output<std::string_view>>)
        if (r.input.find_first_not_of(" \t\r\n") == std::string_view::npos)
            return print_output<Op>(r, typename Op::template output<std::string_view>{}, first_members, "");
    // Parses a copy, so r.input stays the original text for error positions. The view
    // model's strings point into that copy, which the document owns.
    const auto response = json::parse<typename Op::template output<std::string_view>>(r.input);
    if (!response) {
        report(std::cerr, r.source, r.input, response.error());
        if (r.input.find_first_not_of(" \t\r\n") == std::string_view::npos)
            std::cerr << "note: the input is empty; did the command before the pipe fail?\n";
        return invalid;
    }
    return print_output<Op>(r, *response, first_members, "");
}

/// A query protocol XML body: <OpResponse><OpResult>...; the errors need --http (a status).
template <class Op>
int inspect_xml(const request& r, std::span<const std::string_view> first_members) {
    const std::string root = std::string(Op::binding.name) + "Response";
    const auto response = awsjobs::xml::parse<typename Op::template output<std::string_view>>(
        r.input, {root, Op::binding.result_wrapper});
    if (!response) {
        report(std::cerr, r.source, r.input, response.error());
        if (r.input.find("<ErrorResponse") != std::string_view::npos)
            std::cerr << "note: an ErrorResponse needs its status: give the whole HTTP response with --http\n";
        return invalid;
    }
    const awsjobs::http::response just_body{200, {}, std::string(r.input)};
    return print_output<Op>(r, *response, first_members, protocol::request_id<Op>(just_body));
}

/// A whole HTTP response: the output (exit 0) or the service error (exit 3), as the
/// operation's client reads it; anything else is invalid.
template <class Op>
int inspect_http(const request& r, std::span<const std::string_view> first_members) {
    std::string why;
    auto input = awsjobs_inspect::parse_http_response(r.input, why);
    if (!input) {
        std::cerr << r.source << ": error: " << why << '\n';
        return invalid;
    }
    const std::string request_id = protocol::request_id<Op>(input->response);
    // Read in place: the output's strings point into input->response.body.
    const auto outcome = protocol::read_response_in_place<Op>(input->response);
    if (!outcome) {
        const protocol::error& e = outcome.error();
        std::cerr << r.source << ": error: " << to_string(e.code) << ": " << e.message << '\n';
        if (e.body_error) {
            awsjobs::error in_input = *e.body_error;  // its offset counts from the body
            if (in_input.offset != awsjobs::error::no_offset) in_input.offset += input->body_offset;
            report(std::cerr, r.source, r.input, in_input);
        }
        return invalid;
    }
    if (const auto* output = std::get_if<0>(&*outcome)) return print_output<Op>(r, *output, first_members, request_id);
    return print_error<Op>(r, std::get<1>(*outcome), request_id);
}

/// Writes `message` as `curl -v` shows one: request line, headers, blank line and the body as
/// it is (no line end after it), with LF line ends, so that --input --http reads it back.
void print_http_request(const awsjobs::http::request& message) {
    std::cout << message.method << ' ' << message.target << " HTTP/1.1\n";
    for (const auto& field : message.headers) std::cout << field.name << ": " << field.value << '\n';
    std::cout << '\n' << message.body;
}

/// Prints a valid input: readably, as canonical JSON, or as the HTTP request the client sends
/// (--wire; a value make_request refuses, such as an empty URI label, is invalid).
template <class Op, class Input>
int print_input(const request& r, const Input& input) {
    if (r.wire) {
        const auto message = protocol::make_request<Op>(input);
        if (!message) {
            std::cerr << r.source << ": error: " << printable(message.error().describe()) << '\n';
            return invalid;
        }
        print_http_request(*message);
    } else if (r.as_json) {
        json::write(input, std::cout).value();
        std::cout << '\n';
    } else {
        outline(std::cout, {}).members(input, 0);
    }
    if (!r.strict) return valid;
    const std::vector<awsjobs::error> missing = awsjobs::check_required(input);
    for (const awsjobs::error& e : missing) report(std::cerr, r.source, r.input, e);
    return missing.empty() ? valid : invalid;
}

/// An input (--input): its JSON (the members as the model names them, as the AWS CLI's
/// --cli-input-json takes them), or with --http a whole HTTP request read as the operation's
/// server reads it (read_request: method, path, labels, query string, body).
template <class Op>
int inspect_input(const request& r) {
    if (r.http) {
        std::string why;
        const auto message = awsjobs_inspect::parse_http_request(r.input, why);
        if (!message) {
            std::cerr << r.source << ": error: " << why << '\n';
            return invalid;
        }
        const auto input = protocol::read_request<Op>(*message);
        if (!input) {
            std::cerr << r.source << ": error: " << printable(input.error().describe()) << '\n';
            return invalid;
        }
        return print_input<Op>(r, *input);
    }
    const auto input = json::parse<typename Op::template input<std::string_view>>(r.input);
    if (!input) {
        report(std::cerr, r.source, r.input, input.error());
        return invalid;
    }
    return print_input<Op>(r, *input);
}

template <class Op>
int inspect(const request& r, std::span<const std::string_view> first_members) {
    if (r.input_side) return inspect_input<Op>(r);
    if (r.http) return inspect_http<Op>(r, first_members);
    if constexpr (speaks_xml<Op>) {
        // Import/Export: its XML body, or the AWS CLI's JSON output.
        const std::size_t first = r.input.find_first_not_of(" \t\r\n");
        if (first != std::string_view::npos && r.input[first] == '<') return inspect_xml<Op>(r, first_members);
    }
    return inspect_json<Op>(r, first_members);
}

// The members a reader looks for first; the others follow in model order.
constexpr std::string_view get_job_first[] = {"Id", "Arn", "Type", "State", "CreatedAt", "UpdatedAt",
                                              "Code", "Message"};  // and of each job error
constexpr std::string_view get_import_job_first[] = {"JobId", "JobStatus", "CreatedTimestamp", "CompletedTimestamp",
                                                     "ProcessedRecordsCount", "FailedRecordsCount"};
constexpr std::string_view get_status_first[] = {"JobId", "JobType", "CreationDate", "ProgressCode", "ProgressMessage",
                                                 "LocationCode", "LocationMessage", "ErrorCount"};

struct operation {
    std::string_view name;
    std::string_view description;
    int (*run)(const request&);
};

// Every operation, as `aws <service> <command>` names it.
constexpr operation operations[] = {
    {"dataexchange.CreateJob", "create a job          (aws dataexchange create-job)",
     [](const request& r) { return inspect<dx::CreateJob>(r, {}); }},
    {"dataexchange.StartJob", "start a job           (aws dataexchange start-job)",
     [](const request& r) { return inspect<dx::StartJob>(r, {}); }},
    {"dataexchange.GetJob", "a job                 (aws dataexchange get-job)",
     [](const request& r) { return inspect<dx::GetJob>(r, get_job_first); }},
    {"dataexchange.ListJobs", "a page of jobs        (aws dataexchange list-jobs)",
     [](const request& r) { return inspect<dx::ListJobs>(r, get_job_first); }},
    {"dataexchange.CancelJob", "cancel a job          (aws dataexchange cancel-job)",
     [](const request& r) { return inspect<dx::CancelJob>(r, {}); }},
    {"sesv2.CreateImportJob", "create an import job  (aws sesv2 create-import-job)",
     [](const request& r) { return inspect<ses::CreateImportJob>(r, {}); }},
    {"sesv2.GetImportJob", "an import job         (aws sesv2 get-import-job)",
     [](const request& r) { return inspect<ses::GetImportJob>(r, get_import_job_first); }},
    {"sesv2.ListImportJobs", "a page of import jobs (aws sesv2 list-import-jobs)",
     [](const request& r) { return inspect<ses::ListImportJobs>(r, get_import_job_first); }},
    {"sesv2.CreateExportJob", "create an export job  (aws sesv2 create-export-job)",
     [](const request& r) { return inspect<ses::CreateExportJob>(r, {}); }},
    {"sesv2.GetExportJob", "an export job         (aws sesv2 get-export-job)",
     [](const request& r) { return inspect<ses::GetExportJob>(r, get_import_job_first); }},
    {"sesv2.ListExportJobs", "a page of export jobs (aws sesv2 list-export-jobs)",
     [](const request& r) { return inspect<ses::ListExportJobs>(r, get_import_job_first); }},
    {"sesv2.CancelExportJob", "cancel an export job  (aws sesv2 cancel-export-job)",
     [](const request& r) { return inspect<ses::CancelExportJob>(r, {}); }},
    {"importexport.CreateJob", "create a job          (aws importexport create-job)",
     [](const request& r) { return inspect<ie::CreateJob>(r, {}); }},
    {"importexport.GetStatus", "a job's status        (aws importexport get-status)",
     [](const request& r) { return inspect<ie::GetStatus>(r, get_status_first); }},
    {"importexport.ListJobs", "a page of jobs        (aws importexport list-jobs)",
     [](const request& r) { return inspect<ie::ListJobs>(r, get_status_first); }},
    {"importexport.CancelJob", "cancel a job          (aws importexport cancel-job)",
     [](const request& r) { return inspect<ie::CancelJob>(r, {}); }},
    {"importexport.UpdateJob", "update a job          (aws importexport update-job)",
     [](const request& r) { return inspect<ie::UpdateJob>(r, {}); }},
    {"importexport.GetShippingLabel", "a shipping label      (aws importexport get-shipping-label)",
     [](const request& r) { return inspect<ie::GetShippingLabel>(r, {}); }},
};

// The width of the operations' column in --help.
constexpr std::size_t name_width = [] {
    std::size_t width = 0;
    for (const operation& op : operations) width = std::max(width, op.name.size());
    return width + 2;
}();

const operation* find_operation(std::string_view name) {
    for (const operation& op : operations)
        if (op.name == name) return &op;
    return nullptr;
}

constexpr std::string_view usage = "usage: awsjobs-inspect [--json|--wire] [--strict] [--http] [--input] SERVICE.OPERATION [FILE]\n"
                                   "       awsjobs-inspect --explain-signature [--secret-file SECRET] [FILE]\n";

void print_help() {
    std::cout << usage << R"(
Validates an AWS job-status response, as the service sends it or as the AWS CLI prints
it (--output json), and prints a readable summary. Reads standard input when FILE is
absent or '-'. Members the model does not know are skipped. importexport.GetStatus reads
the service's XML body as well as the CLI's JSON.

Options:
  --http     the input is a whole HTTP response (status line, headers, blank line, body:
             what `curl -i` prints); prints the output, or the service error with its
             code, message, status and request id (exit status 3)
  --json     print the canonical JSON awsjobs writes instead
  --wire     print the body the service itself sends (JSON; XML for importexport)
  --strict   also report members the model requires but the response lacks, and fail
             if any is missing or the document holds none of the response's members
  --input    the input is the operation's request, not its response: its JSON (the
             members as the model names them, as --cli-input-json takes them), or with
             --http a whole HTTP request (request line, headers, blank line, body), read as
             the service reads it; --wire prints the HTTP request the client sends for it
  --explain-signature
             the input is a whole signed HTTP request (request line, headers, blank
             line, body): prints the canonical request and string to sign AWS computes
             for it (SigV4; the string to sign for SigV2), to compare with a
             SignatureDoesNotMatch message or the client's own
  --secret-file SECRET
             with --explain-signature: the file's first line is the secret access key;
             also says whether the request's signature is the one it makes (exit 1 if not)
  --help     print this help
  --version  print the version of awsjobs this tool was built with

Operations:
)";
    for (const operation& op : operations)
        std::cout << "  " << op.name << std::string(name_width - op.name.size(), ' ') << op.description << '\n';
    std::cout << R"(
Exit status: 0 valid, 1 invalid (the error on standard error), 2 usage error or
unreadable input, 3 a service error (--http). --explain-signature: 0 explained (and the
signature matches), 1 not signed, malformed or not matching.

Examples:
  aws dataexchange get-job --job-id ID | awsjobs-inspect dataexchange.GetJob
  curl -si http://127.0.0.1:PORT/v1/jobs/ID | awsjobs-inspect --http dataexchange.GetJob
  awsjobs-inspect --explain-signature --secret-file secret.txt request.http
)";
}

int usage_problem(std::string_view problem) {
    std::cerr << program << ": " << problem << '\n' << usage << "Try 'awsjobs-inspect --help'.\n";
    return usage_error;
}

std::string read_all(std::istream& in) { return std::string(std::istreambuf_iterator<char>(in), {}); }

/// The whole input. Throws std::system_error or std::ios_base::failure (libstdc++ throws
/// one when reading fails, e.g. from a directory) saying why it cannot be read.
std::string read_input(std::string_view path) {
    if (path == "-") return read_all(std::cin);
    std::ifstream file{std::string(path), std::ios::binary};
    if (!file) throw std::system_error(errno, std::generic_category());
    return read_all(file);
}

/// --explain-signature on the request in `path`, with the secret in `secret_path` (if any).
int explain_signature(std::string_view path, std::optional<std::string_view> secret_path) {
#ifdef AWSJOBS_INSPECT_AUTH
    std::string input;
    std::optional<awsjobs::auth::secret_string> secret;
    std::string_view reading = path;
    try {
        input = read_input(path);
        if (secret_path) {
            reading = *secret_path;
            const awsjobs::auth::secret_string text{read_input(*secret_path)};
            secret.emplace(std::string(text.reveal().substr(0, text.reveal().find_first_of("\r\n"))));
        }
    } catch (const std::exception& e) {
        std::cerr << program << ": cannot read '" << reading << "': " << e.what() << '\n';
        return usage_error;
    }
    if (secret && secret->empty()) return usage_problem("the secret file's first line is empty");
    std::string why;
    const auto request = awsjobs_inspect::parse_http_request(input, why);
    if (!request) {
        std::cerr << (path == "-" ? "<stdin>" : path) << ": error: " << why << '\n';
        return invalid;
    }
    return awsjobs_inspect::explain_signature(*request, secret, std::cout, std::cerr);
#else
    (void)path;
    (void)secret_path;
    return usage_problem("--explain-signature needs signing (awsjobs::auth): this build of awsjobs-inspect has "
                         "none, OpenSSL 3 was not found");
#endif
}

}  // namespace

int main(int argc, char** argv) {
    const awsjobs_inspect::terminal_guard escaped_stdout(std::cout);
    const awsjobs_inspect::terminal_guard escaped_stderr(std::cerr);
    request r;
    std::vector<std::string_view> positional;
    bool options_done = false;
    bool explain = false;
    std::optional<std::string_view> secret_file;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (options_done || arg == "-" || !arg.starts_with('-')) {
            positional.push_back(arg);
        } else if (arg == "--") {
            options_done = true;
        } else if (arg == "--help" || arg == "-h") {
            print_help();
            return valid;
        } else if (arg == "--version") {
            std::cout << "awsjobs-inspect (awsjobs) " << AWSJOBS_VERSION_STRING << '\n';
            return valid;
        } else if (arg == "--json") {
            r.as_json = true;
        } else if (arg == "--wire") {
            r.wire = true;
        } else if (arg == "--http") {
            r.http = true;
        } else if (arg == "--input") {
            r.input_side = true;
        } else if (arg == "--strict") {
            r.strict = true;
        } else if (arg == "--explain-signature") {
            explain = true;
        } else if (arg == "--secret-file") {
            if (++i == argc) return usage_problem("--secret-file needs a file name");
            secret_file = argv[i];
        } else {
            return usage_problem("unknown option '" + std::string(arg) + "'");
        }
    }
    if (r.as_json && r.wire) return usage_problem("--json and --wire print the value in two ways: choose one");
    if (secret_file && !explain) return usage_problem("--secret-file goes with --explain-signature");
    if (explain) {
        if (r.as_json || r.wire || r.http || r.strict || r.input_side)
            return usage_problem("--explain-signature reads a signed request: --json, --wire, --http, --strict and --input "
                                 "are for an operation's messages");
        if (positional.size() > 1) return usage_problem("too many arguments: --explain-signature reads one request");
        return explain_signature(positional.empty() ? "-" : positional[0], secret_file);
    }
    if (positional.empty()) return usage_problem("which operation? e.g. dataexchange.GetJob");
    if (positional.size() > 2) return usage_problem("too many arguments");

    const operation* op = find_operation(positional[0]);
    if (!op) {
        std::string known;
        for (const operation& o : operations) known += std::string(known.empty() ? "" : ", ") + std::string(o.name);
        return usage_problem("unknown operation '" + std::string(positional[0]) + "' (supported: " + known + ")");
    }

    const std::string_view path = positional.size() == 2 ? positional[1] : "-";
    std::string input;
    try {
        input = read_input(path);
    } catch (const std::exception& e) {
        std::cerr << program << ": cannot read '" << path << "': " << e.what() << '\n';
        return usage_error;
    }
    r.operation = op->name;
    r.source = path == "-" ? "<stdin>" : path;
    r.input = input;
    return op->run(r);
}
