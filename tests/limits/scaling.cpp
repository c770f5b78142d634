// A 100 MB GetJob (a huge AssetSources list) parses with work and memory that grow
// linearly: 10 MB and 100 MB are measured and compared.
//
// Memory is counted by replacing the global operator new and delete (this test has its
// own program so that nothing else is affected): the peak of bytes held through them
// while parsing, the input buffer excluded, and every byte allocated, which a step that
// copies what it has read again and again (the way a parser turns quadratic) multiplies.
// RapidJSON's own parsing stack uses malloc directly and is not counted; for this flat
// document it stays in a few hundred bytes. The time is printed, not checked: on a shared
// machine, page faults and cache misses make the 100 MB parse 4x slower per byte than the
// 10 MB one (measured 2026-12-06, for the code of 2026-12-02 too), and speed is the
// benchmarks' business (benchmarks/).
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/json.hpp>
#include <doctest/doctest.h>

#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>

namespace {

std::atomic<std::size_t> live_bytes{0};
std::atomic<std::size_t> peak_bytes{0};
std::atomic<std::size_t> allocated_bytes{0};

void* counted_new(std::size_t size) {
    void* p = std::malloc(size == 0 ? 1 : size);
    if (!p) throw std::bad_alloc();
    allocated_bytes += malloc_usable_size(p);
    const std::size_t now = live_bytes += malloc_usable_size(p);
    std::size_t peak = peak_bytes.load();
    while (now > peak && !peak_bytes.compare_exchange_weak(peak, now)) {}
    return p;
}

void counted_delete(void* p) noexcept {
    if (!p) return;
    live_bytes -= malloc_usable_size(p);
    std::free(p);
}

}  // namespace

void* operator new(std::size_t size) { return counted_new(size); }
void* operator new[](std::size_t size) { return counted_new(size); }
void operator delete(void* p) noexcept { counted_delete(p); }
void operator delete[](void* p) noexcept { counted_delete(p); }
void operator delete(void* p, std::size_t) noexcept { counted_delete(p); }
void operator delete[](void* p, std::size_t) noexcept { counted_delete(p); }

namespace {

namespace dx = awsjobs::dataexchange;
namespace json = awsjobs::json;

/// A GetJob of about `target` bytes: an IMPORT_ASSETS_FROM_S3 job whose
/// AssetSources list has one entry per ~70 bytes. Returns it and the entry count.
std::pair<std::string, std::size_t> huge_job(std::size_t target) {
    std::string doc = R"({"Arn":"arn:aws:dataexchange:us-east-1:123456789012:jobs/limits","Id":"limits",)"
                      R"("State":"COMPLETED","Type":"IMPORT_ASSETS_FROM_S3","CreatedAt":"2019-10-11T14:12:24.640Z",)"
                      R"("Details":{"ImportAssetsFromS3":{"DataSetId":"ds","RevisionId":"rev","AssetSources":[)";
    doc.reserve(target + 200);
    std::size_t entries = 0;
    char entry[96];
    while (doc.size() < target) {
        const int n = std::snprintf(entry, sizeof entry, R"(%s{"Bucket":"awsjobs-limits","Key":"data/2024/01/object-%09zu.csv"})",
                                    entries == 0 ? "" : ",", entries);
        doc.append(entry, static_cast<std::size_t>(n));
        ++entries;
    }
    doc += "]}}}";
    return {std::move(doc), entries};
}

struct measurement {
    double seconds;
    std::size_t peak_bytes;
    std::size_t allocated_bytes;
};

/// Parses a copy of `doc` (the copy made before measuring), checks the result and
/// returns the time and the peak memory the parse took.
measurement parse_measured(const std::string& doc, std::size_t entries) {
    std::string buffer = doc;
    const std::size_t baseline = live_bytes.load();
    peak_bytes = baseline;
    const std::size_t allocated_before = allocated_bytes.load();
    const auto start = std::chrono::steady_clock::now();
    auto job = json::parse_in_place<dx::GetJobResponse>(buffer);
    const auto stop = std::chrono::steady_clock::now();
    const measurement m{std::chrono::duration<double>(stop - start).count(), peak_bytes.load() - baseline,
                        allocated_bytes.load() - allocated_before};
    REQUIRE_MESSAGE(job, (job ? std::string() : job.error().describe()));
    const auto& sources = std::get<dx::ImportAssetsFromS3ResponseDetails>(*job->Details).AssetSources;
    REQUIRE(sources->size() == entries);
    CHECK(*sources->back().Key == "data/2024/01/object-" + std::string(9 - std::to_string(entries - 1).size(), '0') +
                                      std::to_string(entries - 1) + ".csv");
    return m;
}

/// The fastest of a few runs (the least disturbed by other processes), for the message.
measurement best_of(int runs, const std::string& doc, std::size_t entries) {
    measurement best = parse_measured(doc, entries);
    for (int i = 1; i < runs; ++i) {
        const measurement m = parse_measured(doc, entries);
        best.seconds = std::min(best.seconds, m.seconds);
    }
    return best;
}

}  // namespace

TEST_CASE("parsing work and memory grow linearly from 10 MB to 100 MB") {
    constexpr std::size_t mb = 1000 * 1000;
    const auto [small, small_entries] = huge_job(10 * mb);
    const auto [big, big_entries] = huge_job(100 * mb);

    const measurement s = best_of(3, small, small_entries);
    const measurement b = best_of(2, big, big_entries);
    const double time_ratio = b.seconds / s.seconds;
    const double memory_ratio = static_cast<double>(b.peak_bytes) / static_cast<double>(s.peak_bytes);
    const double allocated_ratio = static_cast<double>(b.allocated_bytes) / static_cast<double>(s.allocated_bytes);
    MESSAGE("10 MB (" << small_entries << " entries): " << s.seconds * 1000 << " ms, peak " << s.peak_bytes / mb << " MB; "
            << "100 MB (" << big_entries << " entries): " << b.seconds * 1000 << " ms, peak " << b.peak_bytes / mb << " MB; "
            << "ratios: time " << time_ratio << ", peak memory " << memory_ratio << ", bytes allocated " << allocated_ratio);

    // Ten times the input: linear growth is a ratio of about 10 (the list's doubling puts
    // it between 5 and 20), quadratic growth 100.
    CHECK(allocated_ratio < 20);
    CHECK(allocated_ratio > 5);
    // The list grows by doubling its capacity, so its peak (old and new blocks at
    // once) depends on where each size falls between two powers of two: a factor
    // of up to 2 either way around 10.
    CHECK(memory_ratio < 20);
    CHECK(memory_ratio > 5);
    // And in absolute terms: an owning model of this document takes a few times its
    // size (each entry is 80 bytes of std::optional<std::string> plus its Key).
    CHECK(b.peak_bytes < 6 * big.size());
}
