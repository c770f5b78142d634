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

// Into a buffer sized once, 1 MiB, far above any document of the corpus: glaze's
// write to a raw buffer checks no bounds and never resizes.
template <class T>
std::string_view write_raw(const T& value, std::string& out) {
    if (out.size() < (1u << 20)) out.resize(1u << 20);
    const auto written = glz::write_json(value, out.data());
    if (!written) return {};
    return {out.data(), *written};
}

template <class T>
std::string_view write_with_glaze_chrono(const T& value, std::string& out) {
    if (!glaze_mapping::write_with_glaze_chrono(value, out)) return {};
    return out;
}

}  // namespace

std::vector<parse_kernel> glaze_parse_kernels() {
    return {{"glaze", "read_json", false,
             &run_owning<&parse_into<dx::GetJobResponse>, &parse_into<ses::GetImportJobResponse>>,
             &parse_into<dx::GetJobResponse>, &parse_into<ses::GetImportJobResponse>}};
}

std::vector<write_kernel> glaze_write_kernels() {
    return {{"glaze", "write_json", &write<dx::GetJobResponse>, &write<ses::GetImportJobResponse>},
            {"glaze", "write_json_chrono", &write_with_glaze_chrono<dx::GetJobResponse>,
             &write_with_glaze_chrono<ses::GetImportJobResponse>},
            {"glaze", "write_json_raw_buffer", &write_raw<dx::GetJobResponse>, &write_raw<ses::GetImportJobResponse>}};
}

}  // namespace awsjobs_bench
