// --state FILE: every account's jobs, the fake clock, the count of jobs created, the outcome rules,
// the injected errors and the jobs the control API added for every account, written after
// each change before its response is sent (fake_service groups concurrent changes into one write),
// atomically (a temporary file beside FILE written, fsync'ed and renamed over it, then the
// directory fsync'ed), so that a restart, or a kill -9 at any moment, finds every acknowledged
// job. A file that does not read as a whole state is refused at start, with what is wrong and
// where; nothing of it is used.
#ifndef AWSJOBS_FAKE_PERSISTENCE_HPP
#define AWSJOBS_FAKE_PERSISTENCE_HPP

#include "clock.hpp"
#include "control.hpp"
#include "job_store.hpp"
#include "read_file.hpp"
#include "rules.hpp"

#include <awsjobs/awsjobs.hpp>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace awsjobs_fake {

/// The whole state, as the file holds it.
struct saved_state {
    std::int32_t format = 1;
    std::int64_t created = 0;          // jobs created so far: ids never repeat across restarts
    std::int64_t clock_offset_ms = 0;  // the fake clock's offset
    std::vector<saved_partition> partitions;
    // Absent in the files of versions before rules: then none, and the --rules FILE's.
    std::optional<std::vector<job_rule>> rules;
    std::optional<std::vector<injected_error>> injected;
    std::optional<jobs_table> seeded;  // what POST /_awsjobs-fake/jobs added for every account
};
BOOST_DESCRIBE_STRUCT(saved_state, (), (format, created, clock_offset_ms, partitions, rules, injected, seeded))

/// The largest state file read: a bound on the memory a corrupt or hostile file can take.
constexpr std::size_t max_state_size = std::size_t{256} << 20;

/// The state in `path`; nothing (no error) when there is no such file yet; or the reason it
/// cannot be used, naming the file and where in it.
inline std::variant<std::optional<saved_state>, std::string> read_state(const std::string& path) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) return std::optional<saved_state>{};
    const std::optional<std::string> text = read_file(path);
    if (!text) return path + ": cannot be opened";
    awsjobs::json::read_options limits;
    limits.max_input_size = max_state_size;
    auto state = awsjobs::json::parse<saved_state>(*text, limits);
    if (!state) return path + ": not a state of awsjobs-fake: " + state.error().describe();
    if (state->format != 1) return path + ": format " + std::to_string(state->format) + ", expected 1";
    if (state->created < 0) return path + ": created is negative";
    for (std::size_t p = 0; p < state->partitions.size(); ++p)
        for (std::size_t d = 0; d < state->partitions[p].due.size(); ++d) {
            const std::int32_t what = state->partitions[p].due[d].what;
            if (what < 0 || what > static_cast<std::int32_t>(due_change::kind::importexport_complete))
                return path + ": $.partitions[" + std::to_string(p) + "].due[" + std::to_string(d) + "].what: " +
                       std::to_string(what) + " is no change a job makes";
        }
    if (state->rules)
        if (auto problem = rules_problem(*state->rules)) return path + ": $.rules" + *problem;
    for (std::size_t i = 0; state->injected && i < state->injected->size(); ++i) {
        if (!(*state->injected)[i].within_bounds())
            return path + ": $.injected[" + std::to_string(i) + "]: not an error the control API injects (status 400-599, code 1-128 "
                   "characters, message up to 1024, fraction 0-1, operation up to 64)";
    }
    return std::optional<saved_state>(std::move(*state));
}

/// Writes all of `data` to the descriptor; false on an error.
inline bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t written = ::write(fd, data.data(), data.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return false;
        data.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

/// Replaces `path` with the state, atomically; the reason when it could not. `text` is where
/// the JSON is made: its capacity, kept from one write to the next, spares a state of megabytes
/// the reallocations and fresh pages of growing a new string each time.
inline std::optional<std::string> write_state(const std::string& path, const saved_state& state, std::string& text) {
    text.clear();
    if (auto written = awsjobs::json::write(state, text); !written)
        return "the state cannot be written as JSON: " + written.error().describe();
    const std::string temporary = path + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return temporary + ": " + std::strerror(errno);
    const bool written = write_all(fd, text) && ::fsync(fd) == 0;
    const int saved_errno = errno;
    ::close(fd);
    if (!written) return temporary + ": " + std::strerror(saved_errno);
    if (::rename(temporary.c_str(), path.c_str()) != 0) return path + ": " + std::strerror(errno);
    // The rename is durable once the directory is.
    const std::filesystem::path directory = std::filesystem::path(path).parent_path();
    const int dir = ::open(directory.empty() ? "." : directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return std::nullopt;
}

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_PERSISTENCE_HPP
