// Query-protocol forms, both ways: a member as its form fields, as botocore's QuerySerializer
// writes them. A scalar is `Name=value`, a list `Name.member.N=...` (N from 1; an empty list
// `Name=`), a structure `Name.Member=...`, a map `Name.entry.N.key=...` and
// `Name.entry.N.value=...`, nested to any depth. Reading is strict: an index that is not a
// positive decimal, a gap, a field twice, a value not of its member's type are errors naming
// the field.
#ifndef AWSJOBS_PROTOCOL_DETAIL_FORM_HPP
#define AWSJOBS_PROTOCOL_DETAIL_FORM_HPP

#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/required.hpp>
#include <awsjobs/http/percent.hpp>
#include <awsjobs/protocol/detail/members.hpp>
#include <awsjobs/protocol/detail/text.hpp>

#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsjobs::protocol::detail::form {

template <class>
inline constexpr bool always_false = false;

/// Appends the fields of `value` under the name `prefix`; an unset optional has none.
template <class T>
void flatten(const std::string& prefix, const T& value, std::vector<http::form_field>& out) {
    if constexpr (awsjobs::detail::is_optional_like<T>::value) {
        if (value) flatten(prefix, *value, out);
    } else if constexpr (scalar<T>) {
        std::string text;
        append_text(value, text_place::query, text);
        out.emplace_back(prefix, std::move(text));
    } else if constexpr (awsjobs::detail::is_vector<T>::value) {
        if (value.empty()) out.emplace_back(prefix, std::string());
        for (std::size_t i = 0; i != value.size(); ++i)
            flatten(prefix + ".member." + std::to_string(i + 1), value[i], out);
    } else if constexpr (is_map<T>::value) {
        std::size_t i = 0;
        for (const auto& [key, entry] : value) {
            const std::string entry_prefix = prefix + ".entry." + std::to_string(++i);
            flatten(entry_prefix + ".key", key, out);
            flatten(entry_prefix + ".value", entry, out);
        }
    } else if constexpr (awsjobs::detail::described_struct<T>) {
        boost::mp11::mp_for_each<awsjobs::detail::members_of<T>>(
            [&](auto D) { flatten(prefix + "." + D.name, value.*D.pointer, out); });
    } else {
        static_assert(always_false<T>, "this type has no query-protocol form");
    }
}

/// Reads values back from a form's fields, sorted by name once, so that every lookup (a
/// field, the fields under a prefix) is a binary search: linear in the form's size overall.
class reader {
public:
    /// `fields` is sorted in place (stable: a field given twice stays twice, and is refused).
    reader(std::string_view op, std::vector<http::form_field>& fields, std::size_t max_elements)
        : op_(op), fields_(fields), elements_left_(max_elements) {
        std::stable_sort(fields.begin(), fields.end(),
                         [](const http::form_field& a, const http::form_field& b) { return a.first < b.first; });
    }

    /// Reads the fields named `prefix` into `value`; `present` says whether there were any.
    template <class T>
    std::optional<protocol::error> read(const std::string& prefix, T& value, bool& present) {
        present = false;
        if constexpr (awsjobs::detail::is_optional_like<T>::value) {
            typename T::value_type inner{};
            auto failure = read(prefix, inner, present);
            if (present && !failure) value.emplace(std::move(inner));
            return failure;
        } else if constexpr (scalar<T>) {
            const auto fields = exactly(prefix);
            if (fields.empty()) return std::nullopt;
            present = true;
            if (fields.size() > 1) return bad(prefix, appears(fields.size()));
            if (auto why = read_text(fields.front().second, text_place::query, value)) return bad(prefix, *why);
            return std::nullopt;
        } else if constexpr (awsjobs::detail::is_vector<T>::value) {
            return read_sequence(prefix, ".member.", present, [&](const std::string& element, std::size_t) {
                bool found = false;
                return read(element, value.emplace_back(), found);
            });
        } else if constexpr (is_map<T>::value) {
            return read_sequence(prefix, ".entry.", present,
                                 [&](const std::string& entry, std::size_t) -> std::optional<protocol::error> {
                typename T::key_type key{};
                typename T::mapped_type mapped{};
                bool has_key = false, has_value = false;
                if (auto failure = read(entry + ".key", key, has_key)) return failure;
                if (!has_key) return missing(entry + ".key");
                if (auto failure = read(entry + ".value", mapped, has_value)) return failure;
                if (!value.try_emplace(key, std::move(mapped)).second)
                    return bad(entry + ".key", "repeats the key of an earlier entry");
                return std::nullopt;
            });
        } else if constexpr (awsjobs::detail::described_struct<T>) {
            present = !under(prefix + ".").empty();
            if (!present) return std::nullopt;
            return read_members(prefix + ".", value);
        } else {
            static_assert(always_false<T>, "this type has no query-protocol form");
        }
    }

    /// Reads each member of a structure from the fields named `prefix` + its name; a required
    /// member without fields is an error.
    template <class T>
    std::optional<protocol::error> read_members(const std::string& prefix, T& value) {
        std::optional<protocol::error> failure;
        boost::mp11::mp_for_each<awsjobs::detail::members_of<T>>([&](auto D) {
            if (failure) return;
            auto& member = value.*D.pointer;
            bool present = false;
            failure = read(prefix + D.name, member, present);
            if (!failure && !present && awsjobs::is_required<std::decay_t<decltype(member)>>::value)
                failure = missing(prefix + D.name);
        });
        return failure;
    }

    protocol::error missing(const std::string& name) const {
        return make_error(errc::missing_parameter,
                          std::string(op_) + ": the required parameter " + name + " is absent");
    }

private:
    protocol::error bad(const std::string& name, const std::string& why) const {
        return make_error(errc::invalid_parameter, std::string(op_) + ": the parameter " + name + " " + why);
    }

    /// The fields named exactly `name`.
    std::span<const http::form_field> exactly(std::string_view name) const {
        const auto range = std::equal_range(fields_.begin(), fields_.end(), http::form_field(name, std::string()),
                                            [](const http::form_field& a, const http::form_field& b) { return a.first < b.first; });
        return {range.first, range.second};
    }

    /// The fields whose names start with `prefix`.
    std::span<const http::form_field> under(std::string_view prefix) const {
        const auto first = std::lower_bound(fields_.begin(), fields_.end(), prefix,
                                            [](const http::form_field& f, std::string_view p) { return f.first < p; });
        auto last = first;
        while (last != fields_.end() && std::string_view(last->first).starts_with(prefix)) ++last;
        return {first, last};
    }

    /// A list or map: `prefix=` alone is empty; else the elements `prefix` + `infix` + N for N
    /// from 1 without a gap, each read by `read_element(name, N)`.
    template <class ReadElement>
    std::optional<protocol::error> read_sequence(const std::string& prefix, std::string_view infix, bool& present,
                                                 ReadElement&& read_element) {
        const std::string elements = prefix + std::string(infix);
        const auto empty = exactly(prefix);
        const auto children = under(elements);
        present = !empty.empty() || !children.empty();
        if (!empty.empty()) {
            if (!children.empty() || empty.size() > 1 || !empty.front().second.empty())
                return bad(prefix, "is a list: an empty one is " + prefix + "= alone, elements are " + elements + "N");
            return std::nullopt;
        }
        std::vector<std::size_t> indexes;
        for (const auto& [name, value] : children) {
            const std::string_view rest = std::string_view(name).substr(elements.size());
            const std::string_view digits = rest.substr(0, rest.find('.'));
            std::size_t index = 0;
            const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
            if (digits.empty() || ec != std::errc{} || end != digits.data() + digits.size() || digits.front() == '0')
                return bad(name, "has an index that is not a positive decimal integer without leading zeros");
            if (indexes.empty() || indexes.back() != index) indexes.push_back(index);
        }
        std::sort(indexes.begin(), indexes.end());
        indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
        if (indexes.size() > elements_left_)
            return bad(prefix, "has more elements than read_options::max_elements allows");
        elements_left_ -= indexes.size();
        for (std::size_t i = 0; i != indexes.size(); ++i)
            if (indexes[i] != i + 1) return bad(elements + std::to_string(i + 1), "is missing: the indexes have a gap");
        for (std::size_t i = 1; i <= indexes.size(); ++i)
            if (auto failure = read_element(elements + std::to_string(i), i)) return failure;
        return std::nullopt;
    }

    std::string_view op_;
    std::span<const http::form_field> fields_;
    std::size_t elements_left_;
};

}  // namespace awsjobs::protocol::detail::form

#endif
