// glaze 6.4 reading and writing the documents of a corpus (documents.hpp), for
// `valgrind --tool=callgrind`, the counterpart of instructions.cpp. glaze
// is not part of this repository: give the include/ directory of its source tree
// (v6.4.0); it needs C++23.
//
//   g++ -std=c++2b -O3 -g -march=x86-64-v3 -DNDEBUG -Iinclude -Ibenchmarks/src -IGLAZE/include benchmarks/callgrind/glaze_instructions.cpp -o glaze_instructions
//   valgrind --tool=callgrind ./glaze_instructions CORPUS/mixed.ndjson MODE
//
// MODE: base (load the documents only), read (glz::read of each into the owning
// models, dropped at once), write_base (load, then read each into a value that
// is kept) or write (write_base, then glz::write_json of each value into one
// reused string). Reading costs read - base; writing costs write - write_base.
// The mapping is the benchmark's (src/mapping/glaze.hpp), and the documents are
// loaded and told apart by instructions.cpp's code, so that the counts compare.
#include "documents.hpp"
#include "mapping/glaze.hpp"

#include <iostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;

using value = std::variant<dx::GetJobResponse, ses::GetImportJobResponse>;

namespace {

template <class T>
bool read_and_drop(std::string_view text) {
    T parsed;
    return awsjobs_bench::glaze_mapping::read(text, parsed);
}

template <class T>
bool read_into(std::string_view text, value& out) {
    return awsjobs_bench::glaze_mapping::read(text, out.emplace<T>());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: glaze_instructions CORPUS base|read|write_base|write\n";
        return 2;
    }
    const callgrind::documents loaded = callgrind::load(argv[1]);
    const std::vector<std::string>& documents = loaded.texts;
    const std::vector<bool>& is_import_job = loaded.is_import_job;
    enum class mode { base, read, write_base, write } m;
    const std::string name = argv[2];
    if (name == "base") m = mode::base;
    else if (name == "read") m = mode::read;
    else if (name == "write_base") m = mode::write_base;
    else if (name == "write") m = mode::write;
    else return 2;

    std::size_t done = 0;
    if (m == mode::base) {
        for (const std::string& text : documents) done += !text.empty();
    } else if (m == mode::read) {
        for (std::size_t i = 0; i != documents.size(); ++i)
            done += is_import_job[i] ? read_and_drop<ses::GetImportJobResponse>(documents[i])
                                     : read_and_drop<dx::GetJobResponse>(documents[i]);
    } else {
        std::vector<value> values(documents.size());
        for (std::size_t i = 0; i != documents.size(); ++i)
            done += is_import_job[i] ? read_into<ses::GetImportJobResponse>(documents[i], values[i])
                                     : read_into<dx::GetJobResponse>(documents[i], values[i]);
        if (m == mode::write) {
            std::string out;
            std::size_t written = 0;
            for (const value& v : values) {
                const bool ok = std::visit([&](const auto& response) { return awsjobs_bench::glaze_mapping::write(response, out); }, v);
                written += ok ? out.size() : 0;
            }
            std::cout << written << " bytes written\n";
        }
    }
    std::cout << done << " of " << documents.size() << " read\n";
    return done == documents.size() ? 0 : 1;
}
