/// \file
/// http::fields: the header fields of an HTTP message, in order, with case-insensitive lookup.
#ifndef AWSJOBS_HTTP_FIELDS_HPP
#define AWSJOBS_HTTP_FIELDS_HPP

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs::http {

/// ASCII case-insensitive equality, as HTTP compares field names.
constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i != a.size(); ++i) {
        auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

/// One header field, its name as written (the wire keeps its case).
struct field {
    std::string name;   ///< As written (compare names with iequals).
    std::string value;  ///< As written.
    /// Equal when name (as written) and value are.
    friend bool operator==(const field&, const field&) = default;
};

/// The header fields of a message: a list of name/value pairs in the order they were
/// added, duplicates kept, names compared without regard to case. This is what HTTP
/// says a header section is (RFC 9110 5.3: order matters, names are case-insensitive),
/// and how h11 and Boost.Beast hold it, so copying to and from them is a plain loop.
class fields {
public:
    using value_type = field;                                   ///< What iterating gives.
    using const_iterator = std::vector<field>::const_iterator;  ///< Iterates in order.

    /// No fields.
    fields() = default;
    /// The fields of the list, in its order.
    fields(std::initializer_list<field> list) : list_(list) {}

    /// Appends a field, even if one of that name exists.
    void add(std::string_view name, std::string_view value) { list_.push_back({std::string(name), std::string(value)}); }

    /// Replaces every field of that name by one, where the first of them was (or at the end).
    void set(std::string_view name, std::string_view value) {
        auto first = std::find_if(list_.begin(), list_.end(), named{name});
        if (first == list_.end()) return add(name, value);
        first->value = std::string(value);
        list_.erase(std::remove_if(first + 1, list_.end(), named{name}), list_.end());
    }

    /// Removes every field of that name; returns how many there were.
    std::size_t erase(std::string_view name) {
        const auto before = list_.size();
        list_.erase(std::remove_if(list_.begin(), list_.end(), named{name}), list_.end());
        return before - list_.size();
    }

    /// The value of the first field of that name, if any.
    std::optional<std::string_view> find(std::string_view name) const noexcept {
        const auto it = std::find_if(list_.begin(), list_.end(), named{name});
        if (it == list_.end()) return std::nullopt;
        return std::string_view(it->value);
    }

    /// The value of the first field of that name, or an empty string.
    std::string_view value_or_empty(std::string_view name) const noexcept { return find(name).value_or(""); }

    /// How many fields have that name.
    std::size_t count(std::string_view name) const noexcept {
        return static_cast<std::size_t>(std::count_if(list_.begin(), list_.end(), named{name}));
    }
    /// Whether a field has that name.
    bool contains(std::string_view name) const noexcept { return find(name).has_value(); }

    /// The fields in order, duplicates included.
    ///@{
    const_iterator begin() const noexcept { return list_.begin(); }
    const_iterator end() const noexcept { return list_.end(); }
    ///@}
    /// How many fields there are, duplicates included.
    std::size_t size() const noexcept { return list_.size(); }
    /// Whether there are none.
    bool empty() const noexcept { return list_.empty(); }

    /// Equal when the same fields come in the same order (names compared as written).
    friend bool operator==(const fields&, const fields&) = default;

private:
    struct named {
        std::string_view name;
        bool operator()(const field& f) const noexcept { return iequals(f.name, name); }
    };
    std::vector<field> list_;
};

}  // namespace awsjobs::http

#endif
