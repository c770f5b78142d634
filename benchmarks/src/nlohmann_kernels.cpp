// nlohmann::json: parse into its DOM, then the hand-written mapping; build a
// DOM from the struct, then dump().
#include "kernels.hpp"
#include "mapping/nlohmann.hpp"

namespace awsjobs_bench {
namespace {

template <class T>
bool parse_into(const document& doc, std::string&, T& out) {
    return mapping::nlohmann_parse(doc.text, out);
}

template <class T>
std::string_view write(const T& value, std::string& out) {
    out = mapping::nlohmann_write(value);
    return out;
}

}  // namespace

std::vector<parse_kernel> nlohmann_parse_kernels() {
    return {{"nlohmann", "dom_mapping", false,
             &run_owning<&parse_into<dx::GetJobResponse>, &parse_into<ses::GetImportJobResponse>>,
             &parse_into<dx::GetJobResponse>, &parse_into<ses::GetImportJobResponse>}};
}

std::vector<write_kernel> nlohmann_write_kernels() {
    return {{"nlohmann", "dump", &write<dx::GetJobResponse>, &write<ses::GetImportJobResponse>}};
}

}  // namespace awsjobs_bench
