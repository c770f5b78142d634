// Zero-copy parsing: no allocation per string; owning documents that move safely.
#include "helpers.hpp"
#include "types.hpp"

#include <atomic>
#include <cstdlib>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

using namespace testing_types;
using namespace testing_helpers;
namespace json = awsjobs::json;

namespace {
std::atomic<std::size_t> allocations{0};
}

// Counts every heap allocation in this test program. GCC sees through the
// replacement to malloc/free and mistakes the pair for a mismatch.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(std::size_t size) {
    ++allocations;
    if (void* p = std::malloc(size ? size : 1)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
// Arrays too: libstdc++'s operator new[] calls operator new, AddressSanitizer's does not.
void* operator new[](std::size_t size) { return operator new(size); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

struct ManyViews {
    std::string_view S0, S1, S2, S3, S4, S5, S6, S7, S8, S9;
    std::optional<std::string_view> S10;
    std::optional<Views> Nested;
};
BOOST_DESCRIBE_STRUCT(ManyViews, (), (S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, Nested))

std::string many_strings_document(bool all) {
    std::string text = R"({"S0":"zero","S1":"one\n","S2":"two\u00e9")";
    if (all)
        text += R"(,"S3":"3","S4":"4","S5":"5","S6":"6","S7":"7","S8":"8","S9":"9","S10":"10 \ud83d\ude00",)"
                R"("Nested":{"A":"a","B":"b\/b","C":"c"})";
    return text + "}";
}

std::size_t allocations_while(auto&& f) {
    const std::size_t before = allocations.load();
    f();
    return allocations.load() - before;
}

}  // namespace

TEST_CASE("parsing in place allocates nothing per string") {
    std::string few = many_strings_document(false);
    std::string many = many_strings_document(true);
    std::size_t few_allocs = 0, many_allocs = 0;
    few_allocs = allocations_while([&] { REQUIRE(json::parse_in_place<ManyViews>(few)); });
    many_allocs = allocations_while([&] { REQUIRE(json::parse_in_place<ManyViews>(many)); });
    CHECK(few_allocs == 0);
    CHECK(many_allocs == 0);
}

TEST_CASE("allocations grow with lists, not with the strings in them") {
    auto list_of = [](int n) {
        std::string text = R"({"A":"a","B":"b","List":[)";
        for (int i = 0; i != n; ++i) text += (i ? ",\"" : "\"") + std::string("item\\u00e9 ") + std::to_string(i) + "\"";
        return text + "]}";
    };
    std::string small = list_of(4), large = list_of(4096);
    const std::size_t small_allocs = allocations_while([&] { REQUIRE(json::parse_in_place<Views>(small)); });
    const std::size_t large_allocs = allocations_while([&] { REQUIRE(json::parse_in_place<Views>(large)); });
    // Only the vector grows (geometrically): about log2(4096) + 1 allocations for 4096 strings.
    CHECK(small_allocs <= 4);
    CHECK(large_allocs <= 14);
}

namespace {
awsjobs::document<Views> load() {
    std::string body = R"({"A":"short","B":"b"})";  // short: kept inside std::string (SSO)
    return json::parse<Views>(std::move(body));
}
}  // namespace

TEST_CASE("an owning document can be moved and returned without dangling") {
    auto doc = load();
    REQUIRE(doc);
    auto moved = std::move(doc);
    std::vector<awsjobs::document<Views>> stored;
    stored.push_back(std::move(moved));
    for (int i = 0; i != 20; ++i) stored.push_back(load());  // reallocations move the documents
    CHECK(stored.front()->A == "short");
    CHECK(stored.front()->B == "b");
    CHECK(stored.back()->A == "short");
}

TEST_CASE("reading from const input copies it once and leaves it intact") {
    // Longer than any std::string keeps inline (15 bytes in libstdc++, 22 in libc++).
    const std::string original = R"({"A":"x\ny","B":"longer than a short string's inline buffer"})";
    const std::string copy = original;
    const std::size_t allocs = allocations_while([&] {
        auto doc = json::parse<Views>(std::string_view(original));
        REQUIRE(doc);
        CHECK(doc->A == "x\ny");
    });
    CHECK(original == copy);
    CHECK(allocs == 2);  // the heap-stable buffer: the string object and its characters
}

namespace {
// Structs that contain themselves: whether they keep their text is decided by their other members.
struct OwningNode {
    std::string Name;
    std::optional<std::vector<OwningNode>> Children;
};
BOOST_DESCRIBE_STRUCT(OwningNode, (), (Name, Children))
struct ViewNode {
    std::optional<std::vector<ViewNode>> Children;
    std::string_view Name;
};
BOOST_DESCRIBE_STRUCT(ViewNode, (), (Children, Name))
}  // namespace

static_assert(awsjobs::detail::owns_text_v<OwningNode> && !awsjobs::detail::borrows_v<OwningNode>);
static_assert(!awsjobs::detail::owns_text_v<ViewNode> && awsjobs::detail::borrows_v<ViewNode>);
// A type the traits do not know counts as borrowing for one and as owning nothing for the other.
static_assert(!awsjobs::detail::owns_text_v<const char*> && !awsjobs::detail::borrows_v<const char*>);

TEST_CASE("an owning parse of const input allocates only the value's strings: the copy of a small text is on the stack") {
    // Owned keeps nothing of the text (std::string members): the copy goes before parse returns.
    static_assert(awsjobs::detail::owns_text_v<Owned> && !awsjobs::detail::owns_text_v<Views>);
    const std::string short_strings = R"({"A":"x\ny","B":"b"})";
    const std::size_t none = allocations_while([&] {
        const auto doc = json::parse<Owned>(std::string_view(short_strings));
        REQUIRE(doc);
        CHECK(doc->A == "x\ny");
    });
    CHECK(none == 0);
    const std::string long_string = R"({"A":"longer than a short string's inline buffer"})";
    const std::size_t one = allocations_while([&] { REQUIRE(json::parse<Owned>(std::string_view(long_string))); });
    CHECK(one == 1);  // the member's characters
    // A text of 4 KiB or more is copied to the heap, once, and freed before parse returns.
    const std::string large = R"({"A":")" + std::string(5000, 'z') + R"("})";
    std::size_t large_allocs = 0;
    {
        std::optional<awsjobs::document<Owned>> doc;
        large_allocs = allocations_while([&] { doc.emplace(json::parse<Owned>(std::string_view(large))); });
        REQUIRE(*doc);
        CHECK((*doc)->A == std::string(5000, 'z'));
    }
    CHECK(large_allocs == 2);  // the copy and the member's characters
    // Taken by value, the text is parsed where it is and dropped: nothing more is allocated.
    std::string body = long_string;
    const std::size_t moved = allocations_while([&] {
        const auto doc = json::parse<Owned>(std::move(body));
        REQUIRE(doc);
        CHECK(doc->A == "longer than a short string's inline buffer");
    });
    CHECK(moved == 1);  // the member's characters
}

TEST_CASE("an owning parse of a text at the stack copy's size, either side, reads all of it") {
    // The stack copy holds texts of up to stack_copy_size - 1 bytes and their NUL.
    constexpr std::size_t limit = json::detail::stack_copy_size;
    for (std::size_t size : {limit - 2, limit - 1, limit, limit + 1}) {
        const std::size_t padding = size - std::string_view(R"({"A":""})").size();
        const std::string text = R"({"A":")" + std::string(padding, 'q') + R"("})";
        REQUIRE(text.size() == size);
        const auto doc = json::parse<Owned>(std::string_view(text));
        REQUIRE(doc);
        CHECK(doc->A.size() == padding);
        // Cut short by one byte, the text is no JSON: the parse never reads past the copy's end.
        const auto cut = json::parse<Owned>(std::string_view(text).substr(0, size - 1));
        REQUIRE_FALSE(cut);
        CHECK(cut.error().offset == size - 1);
    }
}

TEST_CASE("parsing is reentrant: threads parse concurrently without interference") {
    std::vector<std::thread> threads;
    std::atomic<int> good{0};
    for (int t = 0; t != 4; ++t) {
        threads.emplace_back([t, &good] {
            for (int i = 0; i != 200; ++i) {
                const std::string name = "leaf-" + std::to_string(t) + "-" + std::to_string(i);
                auto doc = json::parse<Leaf>(std::string(R"({"Name":")") + name + R"(","Size":)" + std::to_string(i) + "}");
                if (doc && doc->Name == name && doc->Size == i) ++good;
            }
        });
    }
    for (auto& th : threads) th.join();
    CHECK(good == 800);
}
