/// \file
/// awsjobs::map<K, V>: a model's map shape, its entries in the order they arrived.
#ifndef AWSJOBS_CORE_MAP_HPP
#define AWSJOBS_CORE_MAP_HPP

#include <awsjobs/core/list.hpp>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace awsjobs {

namespace detail {
struct map_access;
}  // namespace detail

/// A map shape (SES v2 `ExportDimensions`): unique keys, each with its value, kept in the
/// order they were inserted or read, so that a document is written back as it came. The keys
/// are the model's key shape (often an enum: then awsjobs::open_enum), the values its value
/// shape.
///
/// Model maps are small (a handful of dimensions), so the entries live in one vector and a key
/// is found by a linear search: no hashing or ordering is required of the key type, only ==.
/// Readers refuse a document that repeats a key; equality ignores the order. The entries are
/// allocated by `Allocator` (std::pmr::polymorphic_allocator in a model over std::pmr::string).
template <class Key, class Value, class Allocator = std::allocator<std::pair<Key, Value>>>
class map {
public:
    using key_type = Key;                       ///< The model's key shape.
    using mapped_type = Value;                  ///< The model's value shape.
    using value_type = std::pair<Key, Value>;   ///< One entry.
    using size_type = std::size_t;              ///< A count of entries.
    using allocator_type = Allocator;           ///< Allocates the entries.
    using iterator = typename std::vector<value_type, Allocator>::iterator;              ///< Over the entries, in order.
    using const_iterator = typename std::vector<value_type, Allocator>::const_iterator;  ///< Over the entries, in order.

    /// No entries.
    map() = default;
    /// No entries; they will be allocated by `allocator`.
    explicit map(const Allocator& allocator) noexcept : entries_(allocator) {}
    /// The allocator of the entries.
    allocator_type get_allocator() const noexcept { return entries_.get_allocator(); }
    /// The entries of `entries`, in order; a repeated key keeps its first value, as std::map does.
    map(std::initializer_list<value_type> entries) {
        for (const value_type& entry : entries) try_emplace(entry.first, entry.second);
    }

    /// The first entry.
    iterator begin() noexcept { return entries_.begin(); }
    /// Past the last entry.
    iterator end() noexcept { return entries_.end(); }
    /// The first entry.
    const_iterator begin() const noexcept { return entries_.begin(); }
    /// Past the last entry.
    const_iterator end() const noexcept { return entries_.end(); }
    /// The number of entries.
    size_type size() const noexcept { return entries_.size(); }
    /// Whether there are none.
    bool empty() const noexcept { return entries_.empty(); }
    /// Removes every entry.
    void clear() noexcept { entries_.clear(); }
    /// Reserves room for `n` entries.
    void reserve(size_type n) { entries_.reserve(n); }

    /// The entry of `key`, or end().
    template <class K>
    iterator find(const K& key) {
        return std::find_if(entries_.begin(), entries_.end(), [&](const value_type& e) { return e.first == key; });
    }
    /// The entry of `key`, or end().
    template <class K>
    const_iterator find(const K& key) const {
        return std::find_if(entries_.begin(), entries_.end(), [&](const value_type& e) { return e.first == key; });
    }
    /// Whether `key` has an entry.
    template <class K>
    bool contains(const K& key) const {
        return find(key) != end();
    }
    /// The value of `key`; std::out_of_range when it has none.
    template <class K>
    Value& at(const K& key) {
        const auto found = find(key);
        if (found == end()) throw std::out_of_range("awsjobs::map::at: no entry for the key");
        return found->second;
    }
    /// The value of `key`; std::out_of_range when it has none.
    template <class K>
    const Value& at(const K& key) const {
        const auto found = find(key);
        if (found == end()) throw std::out_of_range("awsjobs::map::at: no entry for the key");
        return found->second;
    }
    /// The value of `key`, appended default-constructed when it has none.
    Value& operator[](const Key& key) { return try_emplace(key).first->second; }

    /// Appends `key` with a value made of `args`, unless `key` has an entry already: the entry
    /// of `key`, and whether it was appended.
    template <class... Args>
    std::pair<iterator, bool> try_emplace(const Key& key, Args&&... args) {
        if (const auto found = find(key); found != end()) return {found, false};
        entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key),
                              std::forward_as_tuple(std::forward<Args>(args)...));
        return {std::prev(entries_.end()), true};
    }
    /// Sets the value of `key`, appending the entry when it has none.
    template <class V>
    std::pair<iterator, bool> insert_or_assign(const Key& key, V&& value) {
        auto [entry, appended] = try_emplace(key, std::forward<V>(value));
        if (!appended) entry->second = std::forward<V>(value);
        return {entry, appended};
    }
    /// Removes the entry of `key`, keeping the others' order; the number removed (0 or 1).
    template <class K>
    size_type erase(const K& key) {
        const auto found = find(key);
        if (found == end()) return 0;
        entries_.erase(found);
        return 1;
    }

    /// The same keys with equal values, in any order.
    friend bool operator==(const map& a, const map& b) {
        if (a.size() != b.size()) return false;
        return std::all_of(a.begin(), a.end(), [&](const value_type& e) {
            const auto other = b.find(e.first);
            return other != b.end() && other->second == e.second;
        });
    }

private:
    friend struct detail::map_access;

    std::vector<value_type, Allocator> entries_;
};

/// True for every awsjobs::map.
template <class T>
struct is_map : std::false_type {};
/// True for every awsjobs::map.
template <class K, class V, class A>
struct is_map<map<K, V, A>> : std::true_type {};

/// The map shapes of `model<String>`: awsjobs::map<K, V>, its entries on String's allocator
/// (as list_of<String, T> for lists).
template <class String, class K, class V>
using map_of = map<K, V, typename list_of<String, std::pair<K, V>>::allocator_type>;

namespace detail {
/// For the readers, which check a key against the others in their own way (a document may hold
/// thousands of keys): the entries themselves, to append without a second search.
struct map_access {
    template <class K, class V, class A>
    static std::vector<std::pair<K, V>, A>& entries(map<K, V, A>& m) noexcept {
        return m.entries_;
    }
};
}  // namespace detail

}  // namespace awsjobs

#endif
