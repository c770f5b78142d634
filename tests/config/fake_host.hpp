// A made-up world for config tests: environment variables, files and a credential process
// given by the test, and a fixed clock.
#ifndef AWSJOBS_TESTS_CONFIG_FAKE_HOST_HPP
#define AWSJOBS_TESTS_CONFIG_FAKE_HOST_HPP

#include <awsjobs/config/host.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

struct fake_host final : awsjobs::config::host {
    std::map<std::string, std::string> env{{"HOME", "/home/u"}};
    std::map<std::string, std::string> files;
    /// Answers run(); records each command line in `ran`.
    std::function<awsjobs::config::process_output(const std::vector<std::string>&)> process;
    mutable std::vector<std::vector<std::string>> ran;
    std::chrono::system_clock::time_point clock = std::chrono::sys_days{std::chrono::year{2026} / 12 / 6} + std::chrono::hours{22};

    std::optional<std::string> variable(const std::string& name) const override {
        const auto found = env.find(name);
        if (found == env.end()) return std::nullopt;
        return found->second;
    }
    awsjobs::result<std::optional<std::string>, awsjobs::config::error> read_file(const std::string& path,
                                                                                std::size_t max_size) const override {
        const auto found = files.find(path);
        if (found == files.end()) return std::optional<std::string>();
        if (found->second.size() > max_size)
            return awsjobs::config::error{awsjobs::config::errc::file_too_large, "too large", path, 0, {}};
        return std::optional<std::string>(found->second);
    }
    awsjobs::result<awsjobs::config::process_output, awsjobs::config::error> run(
        const std::vector<std::string>& argv, const awsjobs::config::limits&) const override {
        ran.push_back(argv);
        if (!process) return awsjobs::config::error{awsjobs::config::errc::process_failed, "no such program", {}, 0, {}};
        return process(argv);
    }
    std::chrono::system_clock::time_point now() const override { return clock; }
};

#endif
