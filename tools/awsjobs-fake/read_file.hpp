// The whole of a file the command line names (--jobs, --rules, --state), for the JSON reader; its
// callers say what a file that cannot be opened means for them.
#ifndef AWSJOBS_FAKE_READ_FILE_HPP
#define AWSJOBS_FAKE_READ_FILE_HPP

#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace awsjobs_fake {

/// The bytes of the file at `path`, or nothing when it cannot be opened.
inline std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

}  // namespace awsjobs_fake

#endif
