// awsjobs::arena: alignment, no overlap, the caller's buffer first, geometric growth from
// upstream, release() giving every chunk back and rewinding, requests too large, and a parse of
// the std::pmr flavour on it.
#include "counting_resource.hpp"
#include "samples.hpp"

#include <awsjobs/core/arena.hpp>
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/json.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <memory_resource>
#include <new>
#include <string>
#include <variant>
#include <vector>

namespace dx = awsjobs::dataexchange;
namespace json = awsjobs::json;

namespace {

using test_memory::counting_resource;
using test_memory::default_resource_scope;

/// An upstream that records every chunk it hands out, checks that each comes back once with the
/// size and alignment it was taken with, and refuses (std::bad_alloc) a request over `limit`.
class recording_resource : public std::pmr::memory_resource {
public:
    struct block {
        void* p;
        std::size_t bytes;
        std::size_t alignment;
    };
    std::vector<block> taken;           ///< Every allocation, in order.
    std::vector<block> outstanding;     ///< Those not given back yet.
    std::size_t mismatched_returns = 0;  ///< Deallocations of an unknown block or with another size or alignment.
    std::size_t limit = std::numeric_limits<std::size_t>::max();

private:
    void* do_allocate(std::size_t bytes, std::size_t alignment) override {
        if (bytes > limit) throw std::bad_alloc();
        void* const p = std::pmr::new_delete_resource()->allocate(bytes, alignment);
        taken.push_back({p, bytes, alignment});
        outstanding.push_back({p, bytes, alignment});
        return p;
    }
    void do_deallocate(void* p, std::size_t bytes, std::size_t alignment) override {
        const auto found = std::find_if(outstanding.begin(), outstanding.end(), [&](const block& b) { return b.p == p; });
        if (found == outstanding.end() || found->bytes != bytes || found->alignment != alignment) {
            ++mismatched_returns;
            return;
        }
        outstanding.erase(found);
        std::pmr::new_delete_resource()->deallocate(p, bytes, alignment);
    }
    bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }
};

bool aligned(const void* p, std::size_t alignment) { return reinterpret_cast<std::uintptr_t>(p) % alignment == 0; }

bool inside(const void* p, std::size_t bytes, const std::byte* buffer, std::size_t size) {
    const auto* b = static_cast<const std::byte*>(p);
    return b >= buffer && b + bytes <= buffer + size;
}

/// Allocates from `resource`, failing the test case if the pointer is not aligned.
void* take(std::pmr::memory_resource& resource, std::size_t bytes, std::size_t alignment) {
    void* const p = resource.allocate(bytes, alignment);
    if (!aligned(p, alignment)) FAIL_CHECK("misaligned: ", bytes, " bytes at ", alignment);
    return p;
}

const std::size_t alignments[] = {1, 2, 4, 8, 16, 32, 64, alignof(std::max_align_t)};

}  // namespace

TEST_CASE("arena: every alignment from 1 to 64, and max_align_t by default, is honoured") {
    // A buffer whose start is odd, so that each alignment needs padding from it.
    alignas(64) std::byte storage[4097];
    recording_resource upstream;
    for (std::byte* start : {storage, storage + 1}) {
        awsjobs::arena arena(start, 4096, &upstream);
        // Through the buffer and several chunks: sizes 1..7 between the aligned requests.
        for (int round = 0; round != 200; ++round) {
            for (const std::size_t alignment : alignments) {
                CHECK(arena.allocate(static_cast<std::size_t>(round % 7) + 1, 1) != nullptr);
                void* const p = arena.allocate(3, alignment);
                CHECK_MESSAGE(aligned(p, alignment), "alignment ", alignment, " round ", round);
            }
            CHECK(aligned(arena.allocate(5), alignof(std::max_align_t)));
        }
        CHECK(upstream.taken.size() >= 2);  // the chunks were tried as well as the buffer
    }
    CHECK(upstream.outstanding.empty());
}

TEST_CASE("arena: allocations do not overlap, in the buffer and across chunks") {
    alignas(std::max_align_t) std::byte buffer[512];
    recording_resource upstream;
    awsjobs::arena arena(buffer, sizeof buffer, &upstream);
    struct allocation {
        unsigned char* p;
        std::size_t bytes;
    };
    std::vector<allocation> all;
    std::size_t outside = 0;  // blocks not wholly inside the buffer or one chunk
    for (std::size_t i = 0; i != 3000; ++i) {
        const std::size_t bytes = i % 5 == 0 ? 0 : (i * 7) % 97 + 1;
        auto* const p = static_cast<unsigned char*>(arena.allocate(bytes, alignments[i % std::size(alignments)]));
        outside += !inside(p, bytes, buffer, sizeof buffer) &&
                   std::none_of(upstream.taken.begin(), upstream.taken.end(), [&](const recording_resource::block& chunk) {
                       return inside(p, bytes, static_cast<std::byte*>(chunk.p), chunk.bytes);
                   });
        std::fill(p, p + bytes, static_cast<unsigned char>(i));
        all.push_back({p, bytes});
    }
    std::size_t overwritten = 0;
    for (std::size_t i = 0; i != all.size(); ++i)
        overwritten += static_cast<std::size_t>(
            std::count_if(all[i].p, all[i].p + all[i].bytes, [&](unsigned char c) { return c != static_cast<unsigned char>(i); }));
    CHECK(overwritten == 0);
    CHECK(outside == 0);
    CHECK(upstream.taken.size() >= 2);
}

TEST_CASE("arena: the buffer is used first, and nothing comes from upstream until it is full") {
    alignas(std::max_align_t) std::byte buffer[1024];
    counting_resource upstream;
    awsjobs::arena arena(buffer, sizeof buffer, &upstream);
    CHECK(arena.allocate(1, 1) == buffer);  // the first request starts the buffer
    std::size_t used = 1;
    while (used + 16 <= sizeof buffer) {
        void* const p = arena.allocate(16, 1);
        REQUIRE(inside(p, 16, buffer, sizeof buffer));
        used += 16;
    }
    CHECK(upstream.allocations == 0);
    CHECK(arena.allocate(sizeof buffer - used, 1) == buffer + used);  // the last bytes exactly
    CHECK(upstream.allocations == 0);
    const void* const beyond = arena.allocate(1, 1);
    CHECK_FALSE(inside(beyond, 1, buffer, sizeof buffer));
    CHECK(upstream.allocations == 1);
}

TEST_CASE("arena: chunks grow geometrically, so many allocations take few of them") {
    recording_resource upstream;
    awsjobs::arena arena(&upstream);
    for (int i = 0; i != 20000; ++i) take(arena, 48, 16);  // about 1 MiB
    // From 1 KiB, doubling: 11 chunks reach 2 MiB; one chunk per request would be 20,000.
    CHECK(upstream.taken.size() <= 12);
    REQUIRE(upstream.taken.size() >= 2);
    CHECK(upstream.taken.front().bytes >= 1024);
    for (std::size_t i = 1; i != upstream.taken.size(); ++i) CHECK(upstream.taken[i].bytes >= 2 * upstream.taken[i - 1].bytes);
}

TEST_CASE("arena: a request larger than the next chunk gets a chunk of its own size") {
    recording_resource upstream;
    awsjobs::arena arena(&upstream);
    take(arena, 10, 8);
    REQUIRE(upstream.taken.size() == 1);
    const std::size_t big = 100 * 1024;
    auto* const p = static_cast<unsigned char*>(arena.allocate(big, 64));
    CHECK(aligned(p, 64));
    REQUIRE(upstream.taken.size() == 2);
    REQUIRE(upstream.taken.back().bytes >= big);
    REQUIRE(inside(p, big, static_cast<std::byte*>(upstream.taken.back().p), upstream.taken.back().bytes));
    std::fill(p, p + big, static_cast<unsigned char>(0xA5));
    auto* const after = static_cast<unsigned char*>(arena.allocate(64, 8));
    std::fill(after, after + 64, static_cast<unsigned char>(0x5A));
    CHECK(std::count(p, p + big, static_cast<unsigned char>(0xA5)) == static_cast<std::ptrdiff_t>(big));
}

TEST_CASE("arena: release() gives every chunk back and starts again at the start of the buffer") {
    alignas(std::max_align_t) std::byte buffer[256];
    recording_resource upstream;
    {
        awsjobs::arena arena(buffer, sizeof buffer, &upstream);
        for (int round = 0; round != 3; ++round) {
            CAPTURE(round);
            CHECK(arena.allocate(8, 8) == buffer);
            for (int i = 0; i != 200; ++i) take(arena, 40, 8);  // 8 KB: past the buffer, into chunks
            CHECK(upstream.outstanding.size() >= 2);
            arena.release();
            CHECK(upstream.outstanding.empty());
            CHECK(upstream.mismatched_returns == 0);
        }
        // The chunks start again at the first one's size: the same sizes taken each round.
        CHECK(upstream.taken.size() % 3 == 0);
        CHECK(upstream.taken[0].bytes == upstream.taken[upstream.taken.size() / 3].bytes);
        // After release(), the buffer serves requests again before upstream does.
        const std::size_t taken = upstream.taken.size();
        for (int i = 0; i != 4; ++i) CHECK(inside(arena.allocate(32, 8), 32, buffer, sizeof buffer));
        CHECK(upstream.taken.size() == taken);
        take(arena, 1024, 8);  // a chunk the destructor must give back
        CHECK(upstream.outstanding.size() == 1);
    }
    CHECK(upstream.outstanding.empty());
    CHECK(upstream.mismatched_returns == 0);

    // With a counting upstream, and no buffer of its own: back to zero outstanding.
    counting_resource counting;
    awsjobs::arena arena(&counting);
    for (int i = 0; i != 1000; ++i) take(arena, 100, 8);
    CHECK(counting.allocations >= 2);
    arena.release();
    CHECK(counting.deallocations == counting.allocations);
}

TEST_CASE("arena: a request too large throws std::bad_alloc and leaves the arena usable") {
    alignas(std::max_align_t) std::byte buffer[128];
    recording_resource upstream;
    upstream.limit = 1 << 20;
    awsjobs::arena arena(buffer, sizeof buffer, &upstream);
    auto* const kept = static_cast<unsigned char*>(arena.allocate(16, 8));
    std::fill(kept, kept + 16, static_cast<unsigned char>(7));
    constexpr std::size_t max = std::numeric_limits<std::size_t>::max();
    // Sizes whose chunk (header and padding added) would wrap: refused before upstream is asked.
    for (const std::size_t bytes : {max, max - 1, max - 8, max - 40, max - 64})
        for (const std::size_t alignment : {std::size_t{1}, std::size_t{64}}) {
            CAPTURE(bytes);
            CAPTURE(alignment);
            CHECK_THROWS_AS(static_cast<void>(arena.allocate(bytes, alignment)), std::bad_alloc);
        }
    CHECK(upstream.taken.empty());
    // Half the address space: upstream's refusal comes through.
    CHECK_THROWS_AS(static_cast<void>(arena.allocate(max / 2, 8)), std::bad_alloc);
    CHECK(upstream.taken.empty());
    // Still usable: the buffer, then a chunk.
    CHECK(inside(arena.allocate(16, 8), 16, buffer, sizeof buffer));
    void* const p = arena.allocate(4096, 8);
    CHECK(p != nullptr);
    CHECK(upstream.taken.size() == 1);
    CHECK(std::count(kept, kept + 16, static_cast<unsigned char>(7)) == 16);
}

TEST_CASE("arena: requests of 0 bytes return aligned pointers distinct from every other") {
    alignas(std::max_align_t) std::byte buffer[64];
    recording_resource upstream;
    awsjobs::arena arena(buffer, sizeof buffer, &upstream);
    std::vector<void*> pointers;
    for (int i = 0; i != 200; ++i) {  // through the buffer and into a chunk; a 1-byte request after every two
        void* const p = arena.allocate(i % 3 == 2 ? 1 : 0, 4);
        CHECK(p != nullptr);
        CHECK(aligned(p, 4));
        pointers.push_back(p);
    }
    CHECK(inside(pointers.front(), 1, buffer, sizeof buffer));
    CHECK(upstream.taken.size() == 1);
    std::sort(pointers.begin(), pointers.end());
    CHECK(std::adjacent_find(pointers.begin(), pointers.end()) == pointers.end());
}

TEST_CASE("arena: equal to itself only; its upstream as given") {
    counting_resource upstream;
    counting_resource other_default;
    default_resource_scope scope(&other_default);
    awsjobs::arena a(&upstream);
    awsjobs::arena b(&upstream);
    const awsjobs::arena c;
    CHECK(a.is_equal(a));
    CHECK_FALSE(a.is_equal(b));
    CHECK_FALSE(a.is_equal(upstream));
    CHECK(a == a);
    CHECK(a != b);
    CHECK(a.upstream_resource() == &upstream);
    CHECK(c.upstream_resource() == &other_default);
    std::byte buffer[16];
    const awsjobs::arena d(buffer, sizeof buffer);
    CHECK(d.upstream_resource() == &other_default);
    // Deallocation is a no-op: what was given out is not given out again.
    void* const p = a.allocate(32, 8);
    a.deallocate(p, 32, 8);
    CHECK(a.allocate(32, 8) != p);
}

TEST_CASE("arena: a std::pmr model parsed onto it, from its buffer alone once the buffer is large enough") {
    const std::string sample = test_samples::read_sample("dataexchange-adx-userguide-job-resource.json");
    const auto owning = json::parse<dx::GetJobResponse>(std::string_view(sample));
    REQUIRE(owning);

    alignas(std::max_align_t) static std::byte buffer[64 * 1024];
    counting_resource upstream;
    counting_resource default_resource;
    default_resource_scope scope(&default_resource);
    awsjobs::arena arena(buffer, sizeof buffer, &upstream);
    for (int document = 0; document != 3; ++document) {  // one arena reused per document, as the benchmark does
        CAPTURE(document);
        {
            std::string text = sample;
            const auto job = json::parse_in_place<dx::pmr::GetJobResponse>(text, {.resource = &arena});
            REQUIRE(job);
            REQUIRE(job->Arn);
            CHECK(job->Arn->get_allocator().resource() == &arena);
            CHECK(job->Arn->size() > 15);  // longer than the small-string buffer: allocated
            CHECK(inside(job->Arn->data(), job->Arn->size(), buffer, sizeof buffer));
            REQUIRE(job->Details);
            const auto* const details = std::get_if<dx::pmr::ImportAssetsFromS3ResponseDetails>(&job->Details->as_variant());
            REQUIRE(details);
            REQUIRE(details->AssetSources);
            const auto& sources = *details->AssetSources;
            CHECK(sources.get_allocator().resource() == &arena);
            CHECK(inside(sources.data(), sources.size() * sizeof(sources.front()), buffer, sizeof buffer));
            REQUIRE(details->DataSetId);
            CHECK(details->DataSetId->get_allocator().resource() == &arena);
            CHECK(awsjobs::convert<dx::GetJobResponse>(*job) == *owning);
        }
        arena.release();
    }
    CHECK(upstream.allocations == 0);
    CHECK(default_resource.allocations == 0);

    // Over a buffer too small for it: the rest from upstream, and the same value.
    std::byte small[32];
    awsjobs::arena tight(small, sizeof small, &upstream);
    std::string text = sample;
    const auto job = json::parse_in_place<dx::pmr::GetJobResponse>(text, {.resource = &tight});
    REQUIRE(job);
    CHECK(upstream.allocations >= 1);
    CHECK(default_resource.allocations == 0);
    CHECK(awsjobs::convert<dx::GetJobResponse>(*job) == *owning);
}
