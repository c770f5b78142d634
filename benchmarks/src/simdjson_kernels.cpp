// simdjson On-Demand with hand-written extraction: each object is iterated once
// and its keys dispatched through the member tables (the way simdjson's
// documentation recommends when most fields are wanted; find_field_unordered
// per member would rescan objects for every absent optional member).
//
// simdjson needs SIMDJSON_PADDING readable bytes after the text: the corpus
// keeps its documents padded, so no copy is made. On-Demand validates what it
// visits; values the mapping skips are only checked structurally.
#include "kernels.hpp"
#include "mapping/read.hpp"

#include <simdjson.h>

static_assert(simdjson::SIMDJSON_PADDING <= awsjobs_bench::padding);

namespace awsjobs_bench {
namespace {

namespace od = simdjson::ondemand;

struct simdjson_dom {
    using value = od::value;

    static bool string(value v, std::string_view& out) { return v.get_string().get(out) == simdjson::SUCCESS; }
    static bool number(value v, double& out) { return v.get_double().get(out) == simdjson::SUCCESS; }
    static bool integer(value v, std::int64_t& out) { return v.get_int64().get(out) == simdjson::SUCCESS; }
    static bool is_null(value v) {
        bool null = false;
        return v.is_null().get(null) == simdjson::SUCCESS && null;
    }

    template <class F>
    static bool elements(value v, F&& each) {
        od::array array;
        if (v.get_array().get(array) != simdjson::SUCCESS) return false;
        for (auto element : array) {
            od::value item;
            if (std::move(element).get(item) != simdjson::SUCCESS || !each(item)) return false;
        }
        return true;
    }
    template <class F>
    static bool members(value v, F&& each) {
        od::object object;
        if (v.get_object().get(object) != simdjson::SUCCESS) return false;
        for (auto member : object) {
            od::field field;
            std::string_view key;
            if (std::move(member).get(field) != simdjson::SUCCESS || field.unescaped_key().get(key) != simdjson::SUCCESS ||
                !each(key, field.value()))
                return false;
        }
        return true;
    }
};

od::parser& parser() {
    static od::parser instance;  // reused: its buffers are allocated once
    return instance;
}

template <class T>
bool parse_into(const document& doc, std::string&, T& out) {
    od::document root;
    if (parser().iterate(doc.text.data(), doc.text.size(), doc.text.size() + padding).get(root) != simdjson::SUCCESS)
        return false;
    od::value value;
    return root.get_value().get(value) == simdjson::SUCCESS && mapping::reader<simdjson_dom>::read(value, out);
}

}  // namespace

std::vector<parse_kernel> simdjson_parse_kernels() {
    return {{"simdjson", "on_demand", false,
             &run_owning<&parse_into<dx::GetJobResponse>, &parse_into<ses::GetImportJobResponse>>,
             &parse_into<dx::GetJobResponse>, &parse_into<ses::GetImportJobResponse>}};
}

}  // namespace awsjobs_bench
