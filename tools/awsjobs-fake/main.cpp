// awsjobs-fake: a fake of the AWS job services for integration tests (--help says what it does).
// One translation unit: each header below is one concept of it, included here only.
//
//   command_line.hpp  the options and --help
//   clock.hpp         the fake clock, how long jobs run, the changes they are due to make
//   read_file.hpp     a file the command line names, whole
//   rules.hpp         --rules: which jobs end how, and when they move on
//   job_store.hpp     one account's jobs, what each operation does to them, the --jobs table
//   accounts.hpp      the account and region a request's jobs are in
//   signatures.hpp    --credentials: the key pairs and what AWS would refuse
//   persistence.hpp   --state FILE: the state written atomically, read back at start
//   control.hpp       the control API's commands and answers
//   service.hpp       one request answered: routing, signature, injected errors, error table,
//                     the caller's jobs; or the control API
//   server.hpp        Boost.Beast connections, the thread pool, stopping with a drain
#include "command_line.hpp"
#include "server.hpp"
#include "service.hpp"
#include "signatures.hpp"

#include <iostream>
#include <optional>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
    namespace fake = awsjobs_fake;
    const auto options = fake::parse_command_line(argc, argv, std::cerr);
    if (!options) return 2;
    if (options->help) {
        std::cout << fake::help_text;
        return 0;
    }
    fake::jobs_table table;
    if (!options->jobs_path.empty()) {
        auto loaded = fake::load_table(options->jobs_path);
        if (!loaded) return 1;
        table = std::move(*loaded);
    }
    std::optional<fake::verification> checks;
    if (!options->credentials_path.empty()) {
        checks = fake::load_keys(options->credentials_path);
        if (!checks) return 1;
        checks->region = options->region;
        checks->window = std::chrono::seconds(options->window);
        checks->clock_offset = std::chrono::seconds(options->clock_offset);
    }
    std::optional<fake::asio::ssl::context> tls;
    if (!options->tls_cert.empty()) {
        tls = fake::load_tls(options->tls_cert, options->tls_key);
        if (!tls) return 1;
    }

    fake::fake_service service(std::move(table), std::move(checks), options->timing, options->max_jobs, options->max_total_jobs);
    if (!options->rules_path.empty()) {
        auto rules = fake::load_rules(options->rules_path);
        if (!rules) return 1;
        service.use_rules(std::move(*rules));
    }
    if (!options->state_path.empty()) {
        auto saved = fake::read_state(options->state_path);
        if (auto* problem = std::get_if<std::string>(&saved)) {
            std::cerr << "awsjobs-fake: " << *problem << '\n';
            return 1;
        }
        service.persist_to(options->state_path, std::move(std::get<0>(saved)));
    }
    fake::asio::io_context io(static_cast<int>(options->threads));
    fake::server server(io, service, options->port, options->max_requests, tls ? &*tls : nullptr, options->idle_timeout);
    server.start();
    std::cout << "listening on 127.0.0.1:" << server.port() << std::endl;
    {
        std::vector<std::jthread> pool;
        for (unsigned i = 1; i < options->threads; ++i) pool.emplace_back([&io] { io.run(); });
        io.run();
    }
    std::cerr << "awsjobs-fake: stopped after " << server.served() << " requests\n";
    return 0;
}
