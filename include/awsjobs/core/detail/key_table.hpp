// Compile-time perfect hash from a fixed set of keys to their indices.
#ifndef AWSJOBS_CORE_DETAIL_KEY_TABLE_HPP
#define AWSJOBS_CORE_DETAIL_KEY_TABLE_HPP

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace awsjobs::detail {

// Length plus three sampled bytes: a handful of instructions, and enough to tell
// apart almost every set of member names. Sets it cannot separate fall back to
// hashing every byte.
constexpr std::uint64_t sampled_signature(std::string_view s) noexcept {
    std::uint64_t sig = s.size();
    if (!s.empty()) {
        sig |= std::uint64_t(static_cast<unsigned char>(s.front())) << 16;
        sig |= std::uint64_t(static_cast<unsigned char>(s[s.size() / 2])) << 24;
        sig |= std::uint64_t(static_cast<unsigned char>(s.back())) << 32;
    }
    return sig;
}

constexpr std::uint64_t full_signature(std::string_view s) noexcept {
    std::uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return h;
}

/// Whether a[0, n) and b[0, n) hold the same bytes. Keys are short, so this
/// compares them in 8- or 4-byte words inline, where a call to memcmp would cost
/// more than the comparison; no load strays outside either range.
[[gnu::always_inline]] constexpr bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
    if (std::is_constant_evaluated()) return std::string_view(a, n) == std::string_view(b, n);
    auto word = [](const char* p, auto width) {
        decltype(width) w;
        std::memcpy(&w, p, sizeof w);
        return w;
    };
    if (n >= 8) {
        // Up to 16 bytes (most keys): the first 8 and the last 8, overlapping, with one branch.
        if (n <= 16)
            return ((word(a, std::uint64_t{}) ^ word(b, std::uint64_t{})) |
                    (word(a + n - 8, std::uint64_t{}) ^ word(b + n - 8, std::uint64_t{}))) == 0;
        for (std::size_t i = 0; i + 8 < n; i += 8)
            if (word(a + i, std::uint64_t{}) != word(b + i, std::uint64_t{})) return false;
        return word(a + n - 8, std::uint64_t{}) == word(b + n - 8, std::uint64_t{});  // the last 8, overlapping
    }
    if (n >= 4)
        return word(a, std::uint32_t{}) == word(b, std::uint32_t{}) &&
               word(a + n - 4, std::uint32_t{}) == word(b + n - 4, std::uint32_t{});
    for (std::size_t i = 0; i != n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

constexpr std::uint64_t splitmix(std::uint64_t x) noexcept {
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

class key_index;

/// Maps each of N distinct keys to its index with one multiply, one table load and
/// one comparison. The multiplier is searched for at compile time.
template <std::size_t N>
class key_table {
    friend class key_index;

public:
    static constexpr std::size_t not_found = N;

    constexpr explicit key_table(const std::array<std::string_view, N>& keys) : keys_(keys) {
        for (std::size_t i = 0; i != N; ++i)
            for (std::size_t j = i + 1; j != N; ++j)
                if (keys_[i] == keys_[j]) throw "duplicate key in a key_table";  // compile-time error
        if constexpr (N != 0) {
            for (int pass = 0; pass != 2; ++pass) {
                full_ = pass == 1;
                for (std::uint64_t attempt = 1; attempt != 4096; ++attempt) {
                    multiplier_ = splitmix(attempt) | 1;
                    if (try_build()) return;
                }
            }
            throw "no perfect hash found for a key_table";  // compile-time error
        }
    }

    /// The index of `key`, or not_found.
    [[gnu::always_inline]] constexpr std::size_t find(std::string_view key) const noexcept {
        if constexpr (N == 0) {
            return not_found;
        } else {
            const std::uint16_t entry = slots_[slot_of(key)];
            if (entry == 0) return not_found;
            const std::string_view candidate = keys_[entry - 1];
            if (candidate.size() != key.size() || !same_bytes(candidate.data(), key.data(), key.size())) return not_found;
            return entry - 1;
        }
    }

    constexpr std::string_view key(std::size_t index) const noexcept { return keys_[index]; }
    static constexpr std::size_t size() noexcept { return N; }

private:
    // A quarter full: a perfect multiplier is found within a few tries.
    static constexpr std::size_t slot_count = N == 0 ? 1 : std::bit_ceil(N) * 4;
    static constexpr int shift = 64 - std::countr_zero(slot_count);

    [[gnu::always_inline]] constexpr std::size_t slot_of(std::string_view key) const noexcept {
        const std::uint64_t sig = full_ ? full_signature(key) : sampled_signature(key);
        const std::uint64_t slot = (sig * multiplier_) >> shift;  // below slot_count
        // std::uint64_t is std::size_t on 64-bit targets, where a cast would be useless (-Wuseless-cast).
        if constexpr (std::is_same_v<std::uint64_t, std::size_t>)
            return slot;
        else
            return static_cast<std::size_t>(slot);
    }

    constexpr bool try_build() {
        for (auto& s : slots_) s = 0;
        for (std::size_t i = 0; i != N; ++i) {
            auto& s = slots_[slot_of(keys_[i])];
            if (s != 0) return false;
            s = static_cast<std::uint16_t>(i + 1);
        }
        return true;
    }

    std::array<std::string_view, N> keys_{};
    std::array<std::uint16_t, slot_count> slots_{};
    std::uint64_t multiplier_ = 1;
    bool full_ = false;
};

/// A key_table of any size, seen through pointers: one non-template function then
/// serves the tables of every type (one function to compile, and one target for the
/// indirect branch that reaches it), for the price of a few loads the template
/// would have folded into constants.
class key_index {
public:
    static constexpr std::size_t not_found = std::size_t(-1);

    template <std::size_t N>
    constexpr explicit key_index(const key_table<N>& table) noexcept
        : keys_(table.keys_.data()),
          size_(N),
          slots_(table.slots_.data()),
          // An empty table has one slot: a zero multiplier sends every key there.
          multiplier_(N == 0 ? 0 : table.multiplier_),
          shift_(N == 0 ? 63 : key_table<N>::shift),
          full_(table.full_) {}

    /// The index of `key`, or not_found.
    [[gnu::always_inline]] std::size_t find(std::string_view key) const noexcept {
        const std::uint64_t sig = full_ ? full_signature(key) : sampled_signature(key);
        const std::uint16_t entry = slots_[(sig * multiplier_) >> shift_];
        if (entry == 0) return not_found;
        const std::string_view candidate = keys_[entry - 1];
        if (candidate.size() != key.size() || !same_bytes(candidate.data(), key.data(), key.size())) return not_found;
        return entry - 1u;
    }

    std::string_view key(std::size_t index) const noexcept { return keys_[index]; }

    /// The number of keys.
    std::size_t size() const noexcept { return size_; }

    /// Whether `key` is the key at `index` (false for an index past the last).
    [[gnu::always_inline]] bool holds(std::size_t index, std::string_view key) const noexcept {
        return index < size_ && keys_[index].size() == key.size() &&
               same_bytes(keys_[index].data(), key.data(), key.size());
    }

private:
    const std::string_view* keys_;
    std::size_t size_;
    const std::uint16_t* slots_;
    std::uint64_t multiplier_;
    int shift_;
    bool full_;
};

}  // namespace awsjobs::detail

#endif
