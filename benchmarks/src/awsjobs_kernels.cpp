// awsjobs itself: zero-copy (parse_in_place into the view models), owning
// (parse<T> from a string_view: one copy of the text, then owning strings), owning on an
// arena (the std::pmr models, on awsjobs::arena and on std::pmr::monotonic_buffer_resource), and
// writing.
#include "awsjobs_kernels.hpp"
#include "model_walk.hpp"

#include <awsjobs/core/arena.hpp>
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/json.hpp>
#include <awsjobs/sesv2.hpp>

#include <cstddef>
#include <memory_resource>

namespace awsjobs_bench {
namespace {

// ---- zero-copy: the input is rewritten, so each document is copied first ----

template <class View>
awsjobs::result<View> parse_view(const document& doc, std::string& scratch) {
    scratch.assign(doc.text);
    return json::parse_in_place<View>(scratch);
}

bool zero_copy_run(const document& doc, std::string& scratch) {
    if (doc.op == operation::get_job) {
        auto parsed = parse_view<dx::view::GetJobResponse>(doc, scratch);
        benchmark::DoNotOptimize(parsed);
        return parsed.has_value();
    }
    auto parsed = parse_view<ses::view::GetImportJobResponse>(doc, scratch);
    benchmark::DoNotOptimize(parsed);
    return parsed.has_value();
}

template <class View, class Owning>
bool zero_copy_into(const document& doc, std::string& scratch, Owning& out) {
    auto parsed = parse_view<View>(doc, scratch);
    if (!parsed) return false;
    to_owning(*parsed, out);
    return true;
}

// ---- owning ----

template <class T>
bool owning_into(const document& doc, std::string&, T& out) {
    auto parsed = json::parse<T>(doc.text);
    if (!parsed) return false;
    out = std::move(*parsed);
    return true;
}

bool owning_run(const document& doc, std::string&) {
    if (doc.op == operation::get_job) {
        auto parsed = json::parse<dx::GetJobResponse>(doc.text);
        benchmark::DoNotOptimize(parsed);
        return parsed.has_value();
    }
    auto parsed = json::parse<ses::GetImportJobResponse>(doc.text);
    benchmark::DoNotOptimize(parsed);
    return parsed.has_value();
}

// ---- owning, on an arena ----
//
// Each document is copied into `scratch` (reused: no allocation once it is large enough) and
// parsed in place into the std::pmr model, whose strings and lists are copied out of it onto
// an arena made for that document over one 64 KiB buffer that every document reuses
// (upstream: new/delete, for a document that needs more). The arena is released when the
// document is done with; the value is destroyed before it (its destructor frees nothing: a
// monotonic resource's deallocate is a no-op). `owning_pmr` runs on awsjobs::arena, whose
// allocation is a pointer bump in its header; `owning_pmr_monotonic` on
// std::pmr::monotonic_buffer_resource, whose allocation is out of line in libstdc++: the same
// parse, so that the two resources stay comparable.

alignas(std::max_align_t) std::byte arena_buffer[64 * 1024];

template <class Pmr, class Resource>
bool pmr_parse_and_drop(const document& doc, std::string& scratch) {
    Resource arena(arena_buffer, sizeof arena_buffer);
    scratch.assign(doc.text);
    auto parsed = json::parse_in_place<Pmr>(scratch, {.resource = &arena});
    benchmark::DoNotOptimize(parsed);
    return parsed.has_value();
}

template <class Resource>
bool owning_pmr_run(const document& doc, std::string& scratch) {
    return doc.op == operation::get_job ? pmr_parse_and_drop<dx::pmr::GetJobResponse, Resource>(doc, scratch)
                                        : pmr_parse_and_drop<ses::pmr::GetImportJobResponse, Resource>(doc, scratch);
}

template <class Pmr, class Owning, class Resource>
bool owning_pmr_into(const document& doc, std::string& scratch, Owning& out) {
    Resource arena(arena_buffer, sizeof arena_buffer);
    scratch.assign(doc.text);
    auto parsed = json::parse_in_place<Pmr>(scratch, {.resource = &arena});
    if (!parsed) return false;
    out = awsjobs::convert<Owning>(*parsed);
    return true;
}

// ---- writing ----

template <class T>
std::string_view write_reusing(const T& value, std::string& out) {
    out.clear();  // keeps the capacity, as RapidJSON's StringBuffer::Clear does
    if (!json::write(value, out)) return {};
    return out;
}

template <class T>
std::string_view write_fresh(const T& value, std::string& out) {
    auto text = json::write(value);
    if (!text) return {};
    out = std::move(*text);
    return out;
}

template <class View>
zero_copy_counts census_of(const document& doc) {
    std::string scratch;
    auto parsed = parse_view<View>(doc, scratch);
    census c;
    if (parsed) c.count(*parsed);
    return {c.strings, c.list_allocations};
}

}  // namespace

zero_copy_counts zero_copy_census(const document& doc) {
    return doc.op == operation::get_job ? census_of<dx::view::GetJobResponse>(doc)
                                        : census_of<ses::view::GetImportJobResponse>(doc);
}

const parse_kernel awsjobs_zero_copy{"awsjobs", "zero_copy", true, &zero_copy_run,
                                     &zero_copy_into<dx::view::GetJobResponse, dx::GetJobResponse>,
                                     &zero_copy_into<ses::view::GetImportJobResponse, ses::GetImportJobResponse>};

const parse_kernel awsjobs_owning{"awsjobs", "owning", false, &owning_run, &owning_into<dx::GetJobResponse>,
                                  &owning_into<ses::GetImportJobResponse>};

const parse_kernel awsjobs_owning_pmr{
    "awsjobs", "owning_pmr", true, &owning_pmr_run<awsjobs::arena>,
    &owning_pmr_into<dx::pmr::GetJobResponse, dx::GetJobResponse, awsjobs::arena>,
    &owning_pmr_into<ses::pmr::GetImportJobResponse, ses::GetImportJobResponse, awsjobs::arena>};

const parse_kernel awsjobs_owning_pmr_monotonic{
    "awsjobs", "owning_pmr_monotonic", true, &owning_pmr_run<std::pmr::monotonic_buffer_resource>,
    &owning_pmr_into<dx::pmr::GetJobResponse, dx::GetJobResponse, std::pmr::monotonic_buffer_resource>,
    &owning_pmr_into<ses::pmr::GetImportJobResponse, ses::GetImportJobResponse, std::pmr::monotonic_buffer_resource>};

std::vector<parse_kernel> awsjobs_parse_kernels() {
    return {awsjobs_zero_copy, awsjobs_owning, awsjobs_owning_pmr, awsjobs_owning_pmr_monotonic};
}

std::vector<write_kernel> awsjobs_write_kernels() {
    return {{"awsjobs", "write", &write_reusing<dx::GetJobResponse>, &write_reusing<ses::GetImportJobResponse>},
            {"awsjobs", "write_new_string", &write_fresh<dx::GetJobResponse>, &write_fresh<ses::GetImportJobResponse>}};
}

}  // namespace awsjobs_bench
