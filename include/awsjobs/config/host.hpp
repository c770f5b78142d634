/// \file
/// config::host: what resolution reads from the outside world (environment variables, files,
/// a credential process, the clock), behind one small interface so that tests can give it a
/// made-up world. system_host is the real one.
#ifndef AWSJOBS_CONFIG_HOST_HPP
#define AWSJOBS_CONFIG_HOST_HPP

#include <awsjobs/config/error.hpp>
#include <awsjobs/core/result.hpp>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs::config {

/// Limits on what resolution reads, so that a wrong path or a runaway process cannot make
/// it read without end.
struct limits {
    std::size_t max_file_size = 1024 * 1024;          ///< a config or credentials file
    std::size_t max_process_output = 1024 * 1024;     ///< credential_process's stdout and stderr together
    std::chrono::milliseconds process_timeout{60000}; ///< credential_process's run time
};

/// What a finished process left.
struct process_output {
    int exit_status = 0;  ///< its exit code; 128 + N when killed by signal N
    std::string out;      ///< its standard output
    std::string err;      ///< its standard error
};

/// The outside world, as resolution sees it.
class host {
public:
    virtual ~host() = default;

    /// The environment variable `name`, or nothing when it is unset.
    [[nodiscard]] virtual std::optional<std::string> variable(const std::string& name) const = 0;

    /// The contents of the file at `path`; nothing when it is missing or cannot be opened
    /// (botocore then skips it); an error when it is larger than `max_size`.
    [[nodiscard]] virtual awsjobs::result<std::optional<std::string>, error> read_file(const std::string& path,
                                                                                    std::size_t max_size) const = 0;

    /// Runs `argv` (argv[0] searched in PATH, no shell) to its end and returns what it printed;
    /// an error when it cannot start, prints more than `bounds.max_process_output` or runs
    /// longer than `bounds.process_timeout` (it is then killed).
    [[nodiscard]] virtual awsjobs::result<process_output, error> run(const std::vector<std::string>& argv,
                                                                   const limits& bounds) const = 0;

    /// The current time, for expiration checks.
    [[nodiscard]] virtual std::chrono::system_clock::time_point now() const = 0;
};

}  // namespace awsjobs::config

#endif
