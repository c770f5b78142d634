// awsjobs-inspect: validates an AWS job-status response against its model and prints it,
// readably or as the canonical JSON awsjobs writes. Made to end a pipe:
//
//   aws dataexchange get-job --job-id ID | awsjobs-inspect dataexchange.GetJob
//   awsjobs-inspect --json sesv2.GetImportJob job.json
//
// Exit status: 0 valid, 1 invalid (the error on stderr), 2 usage error or unreadable input.
// Nothing it prints carries a raw control character (terminal.hpp).
#include "diagnostic.hpp"
#include "outline.hpp"
#include "terminal.hpp"

#include <awsjobs/dataexchange.hpp>
#include <awsjobs/importexport.hpp>
#include <awsjobs/json.hpp>
#include <awsjobs/sesv2.hpp>
#include <awsjobs/version.hpp>

#include <boost/describe/class.hpp>

#include <cerrno>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

namespace json = awsjobs::json;
using awsjobs_inspect::outline;
using awsjobs_inspect::report;

enum exit_status : int { valid = 0, invalid = 1, usage_error = 2 };

constexpr std::string_view program = "awsjobs-inspect";

struct request {
    std::string_view operation;  // e.g. "dataexchange.GetJob"
    std::string_view source;     // the file name, or "<stdin>"
    std::string_view input;      // the original text
    bool as_json = false;
    bool strict = false;
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
constexpr std::string_view awsjobs_json_key(const error_body*, std::string_view member) {
    return member == "type" ? "__type" : member;
}

/// A document that holds none of the operation's members is most likely another
/// document (an error body, another operation's output, `{}`): says so on stderr, and
/// names the error when it is an error body. Returns whether it warned.
template <class Response>
bool warn_if_foreign(const request& r, const Response& response) {
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

template <class Response>
int inspect(const request& r, std::span<const std::string_view> first_members) {
    // Parses a copy, so r.input stays the original text for error positions. The view
    // model's strings point into that copy, which the document owns.
    const auto response = json::parse<Response>(r.input);
    if (!response) {
        report(std::cerr, r.source, r.input, response.error());
        if (r.input.find_first_not_of(" \t\r\n") == std::string_view::npos)
            std::cerr << "note: the input is empty; did the command before the pipe fail?\n";
        return invalid;
    }

    if (r.as_json) {
        json::write(*response, std::cout).value();  // cannot fail: every value read is writable
        std::cout << '\n';
    } else {
        outline(std::cout, first_members).members(*response, 0);
    }

    const bool foreign = warn_if_foreign(r, *response);
    if (!r.strict) return valid;
    const std::vector<json::error> missing = json::check_required(*response);
    for (const json::error& e : missing) report(std::cerr, r.source, r.input, e);
    return missing.empty() && !foreign ? valid : invalid;
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

constexpr operation operations[] = {
    {"dataexchange.GetJob", "AWS Data Exchange job      (aws dataexchange get-job)",
     [](const request& r) { return inspect<awsjobs::dataexchange::view::GetJobResponse>(r, get_job_first); }},
    {"sesv2.GetImportJob", "Amazon SES v2 import job   (aws sesv2 get-import-job)",
     [](const request& r) { return inspect<awsjobs::sesv2::view::GetImportJobResponse>(r, get_import_job_first); }},
    {"importexport.GetStatus", "AWS Import/Export job      (aws importexport get-status)",
     [](const request& r) { return inspect<awsjobs::importexport::view::GetStatusOutput>(r, get_status_first); }},
};

const operation* find_operation(std::string_view name) {
    for (const operation& op : operations)
        if (op.name == name) return &op;
    return nullptr;
}

constexpr std::string_view usage = "usage: awsjobs-inspect [--json] [--strict] SERVICE.OPERATION [FILE]\n";

void print_help() {
    std::cout << usage << R"(
Validates an AWS job-status response, as the service sends it or as the AWS CLI prints
it (--output json), and prints a readable summary. Reads standard input when FILE is
absent or '-'. Members the model does not know are skipped.

Options:
  --json     print the canonical JSON awsjobs writes (the service's wire format) instead
  --strict   also report members the model requires but the response lacks, and fail
             if any is missing or the document holds none of the response's members
  --help     print this help
  --version  print the version of awsjobs this tool was built with

Operations:
)";
    for (const operation& op : operations)
        std::cout << "  " << op.name << std::string(24 - op.name.size(), ' ') << op.description << '\n';
    std::cout << R"(
Exit status: 0 valid, 1 invalid (the error on standard error), 2 usage error or
unreadable input.

Example:
  aws dataexchange get-job --job-id ID | awsjobs-inspect dataexchange.GetJob
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

}  // namespace

int main(int argc, char** argv) {
    const awsjobs_inspect::terminal_guard escaped_stdout(std::cout);
    const awsjobs_inspect::terminal_guard escaped_stderr(std::cerr);
    request r;
    std::vector<std::string_view> positional;
    bool options_done = false;
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
        } else if (arg == "--strict") {
            r.strict = true;
        } else {
            return usage_problem("unknown option '" + std::string(arg) + "'");
        }
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
