// glaze 6.4 (optional, see README.md): glz::read into the owning models, and
// glz::write_json into a reused string. Built with -std=c++2b: glaze 6.4 needs C++23.
#include "kernels.hpp"
#include "mapping/glaze.hpp"

namespace awsjobs_bench {
namespace {

template <class T>
bool parse_into(const document& doc, std::string&, T& out) {
    return glaze_mapping::read(doc.text, out);
}

template <class T>
std::string_view write(const T& value, std::string& out) {
    if (!glaze_mapping::write(value, out)) return {};
    return out;
}

}  // namespace

std::vector<parse_kernel> glaze_parse_kernels() {
    return {{"glaze", "read_json", false,
             &run_owning<&parse_into<dx::GetJobResponse>, &parse_into<ses::GetImportJobResponse>>,
             &parse_into<dx::GetJobResponse>, &parse_into<ses::GetImportJobResponse>}};
}

std::vector<write_kernel> glaze_write_kernels() {
    return {{"glaze", "write_json", &write<dx::GetJobResponse>, &write<ses::GetImportJobResponse>}};
}

}  // namespace awsjobs_bench
