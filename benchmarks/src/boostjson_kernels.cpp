// Boost.JSON: parse into a DOM (in a monotonic resource), then value_to with the
// described structs; value_from, then serialize.
#include "kernels.hpp"
#include "mapping/boostjson.hpp"

namespace awsjobs_bench {
namespace {

template <class T>
bool parse_into(const document& doc, std::string&, T& out) {
    return boostjson::parse(doc.text, out);
}

template <class T>
std::string_view write(const T& value, std::string& out) {
    out = boostjson::write(value);
    return out;
}

}  // namespace

std::vector<parse_kernel> boostjson_parse_kernels() {
    return {{"Boost.JSON", "value_to", false,
             &run_owning<&parse_into<dx::GetJobResponse>, &parse_into<ses::GetImportJobResponse>>,
             &parse_into<dx::GetJobResponse>, &parse_into<ses::GetImportJobResponse>}};
}

std::vector<write_kernel> boostjson_write_kernels() {
    return {{"Boost.JSON", "value_from_serialize", &write<dx::GetJobResponse>, &write<ses::GetImportJobResponse>}};
}

}  // namespace awsjobs_bench
