// Feeds files to a harness's LLVMFuzzerTestOneInput, one call per file, the way
// libFuzzer replays a corpus. Linked with each harness in the ordinary build, so
// that seeds and saved regressions run as CTest tests with any compiler.
//
//   replay_<harness> PATH...   (files, or directories read recursively; a missing
//                               directory holds nothing; at least one input must be found)
#include <algorithm>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

// The input being replayed, named on a crash (only async-signal-safe calls there).
std::string current_input;

void name_current_input(int signal) {
    constexpr char prefix[] = "\ncrashed on input: ";
    [[maybe_unused]] auto ignored = ::write(STDERR_FILENO, prefix, sizeof prefix - 1);
    ignored = ::write(STDERR_FILENO, current_input.data(), current_input.size());
    ignored = ::write(STDERR_FILENO, "\n", 1);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

std::vector<std::filesystem::path> inputs_under(const std::filesystem::path& path) {
    std::vector<std::filesystem::path> found;
    if (std::filesystem::is_regular_file(path)) {
        found.push_back(path);
    } else if (std::filesystem::is_directory(path)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
            if (entry.is_regular_file()) found.push_back(entry.path());
        std::sort(found.begin(), found.end());
    }
    return found;
}

}  // namespace

int main(int argc, char** argv) {
    std::signal(SIGABRT, name_current_input);
    std::signal(SIGSEGV, name_current_input);
    std::size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const auto& path : inputs_under(argv[i])) {
            std::ifstream in(path, std::ios::binary);
            const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            if (!in.good() && !in.eof()) {
                std::cerr << "cannot read " << path << '\n';
                return 1;
            }
            current_input = path.string();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    std::cout << "replayed " << replayed << " inputs\n";
    return replayed == 0 ? 1 : 0;
}
