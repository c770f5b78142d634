/// \file
/// config::system_host: the real environment, files, processes and clock (POSIX).
#ifndef AWSJOBS_CONFIG_SYSTEM_HOST_HPP
#define AWSJOBS_CONFIG_SYSTEM_HOST_HPP

#include <awsjobs/config/host.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

/// POSIX: the process's environment, handed to credential_process (no standard header declares it).
extern char** environ;

namespace awsjobs::config {

/// The host this program runs on.
class system_host final : public host {
public:
    [[nodiscard]] std::optional<std::string> variable(const std::string& name) const override {
        const char* value = std::getenv(name.c_str());
        if (value == nullptr) return std::nullopt;
        return std::string(value);
    }

    [[nodiscard]] awsjobs::result<std::optional<std::string>, error> read_file(const std::string& path,
                                                                            std::size_t max_size) const override {
        std::ifstream in(path, std::ios::binary);
        if (!in) return std::optional<std::string>();
        std::string text;
        char buffer[4096];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            text.append(buffer, static_cast<std::size_t>(in.gcount()));
            if (text.size() > max_size)
                return error{errc::file_too_large, "larger than " + std::to_string(max_size) + " bytes", path, 0, {}};
        }
        return std::optional<std::string>(std::move(text));
    }

    [[nodiscard]] awsjobs::result<process_output, error> run(const std::vector<std::string>& argv,
                                                           const limits& bounds) const override {
        const std::string command = argv.empty() ? std::string() : argv.front();
        auto fail = [&command](std::string why) {
            return error{errc::process_failed, "credential_process " + command + ": " + std::move(why), {}, 0, {}};
        };
        if (argv.empty()) return fail("an empty command line");
        int out_pipe[2], err_pipe[2];
        if (::pipe2(out_pipe, O_CLOEXEC) != 0) return fail(std::strerror(errno));
        if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
            close_all({out_pipe[0], out_pipe[1]});
            return fail(std::strerror(errno));
        }
        posix_spawn_file_actions_t actions;
        ::posix_spawn_file_actions_init(&actions);
        ::posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
        ::posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
        std::vector<char*> args;
        for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
        args.push_back(nullptr);
        pid_t pid = 0;
        const int spawned = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
        ::posix_spawn_file_actions_destroy(&actions);
        close_all({out_pipe[1], err_pipe[1]});
        if (spawned != 0) {
            close_all({out_pipe[0], err_pipe[0]});
            return fail(std::strerror(spawned));
        }

        process_output output;
        std::string problem;
        const auto deadline = std::chrono::steady_clock::now() + bounds.process_timeout;
        pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
        std::string* sinks[2] = {&output.out, &output.err};
        int open_count = 2;
        while (open_count > 0 && problem.empty()) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) {
                problem = "still running after " + std::to_string(bounds.process_timeout.count()) + " ms";
                break;
            }
            const int ready = ::poll(fds, 2, static_cast<int>(left.count()));
            if (ready < 0 && errno != EINTR) problem = std::strerror(errno);
            for (int i = 0; i < 2 && ready > 0; ++i) {
                if (fds[i].fd < 0 || fds[i].revents == 0) continue;
                char buffer[4096];
                const ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
                if (got <= 0) {
                    ::close(fds[i].fd);
                    fds[i].fd = -1;
                    --open_count;
                    continue;
                }
                sinks[i]->append(buffer, static_cast<std::size_t>(got));
                if (output.out.size() + output.err.size() > bounds.max_process_output)
                    problem = "printed more than " + std::to_string(bounds.max_process_output) + " bytes";
            }
        }
        for (const pollfd& fd : fds)
            if (fd.fd >= 0) ::close(fd.fd);
        if (!problem.empty()) ::kill(pid, SIGKILL);
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        if (!problem.empty()) return fail(problem);
        output.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return output;
    }

    [[nodiscard]] std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }

private:
    static void close_all(std::initializer_list<int> fds) noexcept {
        for (const int fd : fds) ::close(fd);
    }
};

}  // namespace awsjobs::config

#endif
