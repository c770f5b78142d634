/// \file
/// check_constraints: which values break the model's lengths, ranges and patterns.
#ifndef AWSJOBS_CORE_CHECK_CONSTRAINTS_HPP
#define AWSJOBS_CORE_CHECK_CONSTRAINTS_HPP

#include <awsjobs/core/constraint.hpp>
#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/detail/message.hpp>
#include <awsjobs/core/detail/path.hpp>
#include <awsjobs/core/detail/pattern.hpp>
#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/required.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace awsjobs {

namespace detail {

template <class T>
concept has_constraints = requires { std::span<const constraint>(T::awsjobs_constraints); };

/// The patterns of T's constraints, compiled at first use (once, thread-safe), in the order of
/// T::awsjobs_constraints; an empty program where a constraint has none.
template <class T>
const std::vector<compiled_pattern>& compiled_patterns_of() {
    static const std::vector<compiled_pattern> compiled = [] {
        std::vector<compiled_pattern> patterns;
        for (const constraint& c : T::awsjobs_constraints)
            patterns.push_back(c.pattern.empty() ? compiled_pattern{} : compile_pattern(c.pattern));
        return patterns;
    }();
    return compiled;
}

/// The constraints that apply under one member of a struct: the struct's whole list, its
/// compiled patterns, and which member.
struct member_scope {
    std::span<const constraint> constraints;
    const compiled_pattern* patterns = nullptr;
    std::string_view member;
};

class constraint_checker {
public:
    std::vector<error> violations;

    template <class T>
    void walk(const T& value, const member_scope& scope) {
        if constexpr (is_optional_like<T>::value) {
            if (value) walk(*value, scope);
        } else if constexpr (is_vector<T>::value) {
            apply(value, scope);
            for (std::size_t i = 0; i != value.size(); ++i) {
                const std::size_t path_mark = path_.size(), part_mark = part_.size();
                append_path_index(path_, i);
                part_ += "[]";
                walk(value[i], scope);
                path_.resize(path_mark);
                part_.resize(part_mark);
            }
        } else if constexpr (is_map<T>::value) {
            apply(value, scope);
            for (const auto& [key, mapped] : value) {
                const std::size_t path_mark = path_.size(), part_mark = part_.size();
                if constexpr (is_open_enum<typename T::key_type>::value)
                    append_path_key(path_, key.wire_name());
                else
                    append_path_key(path_, key);
                part_ += "{key}";
                apply(key, scope);
                part_.resize(part_mark);
                part_ += "{}";
                walk(mapped, scope);
                path_.resize(path_mark);
                part_.resize(part_mark);
            }
        } else if constexpr (is_one_of<T>::value) {
            // The generator refuses constraints on a union's members: only its structures have any.
            boost::mp11::mp_with_index<T::keys.size() + 2>(value.index(), [&](auto I) {
                if constexpr (I != 0 && I != T::keys.size() + 1) {
                    const std::size_t path_mark = path_.size();
                    append_path_key(path_, T::keys[I - 1]);
                    walk(*std::get_if<I>(&value.as_variant()), member_scope{});
                    path_.resize(path_mark);
                }
            });
        } else if constexpr (described_struct<T>) {
            walk_members(value);
        } else {
            apply(value, scope);
        }
    }

private:
    std::string path_ = "$";
    std::string part_;  // the steps from the member's value down to here, as constraint::part spells them

    template <class T>
    void walk_members(const T& value) {
        member_scope scope;
        if constexpr (has_constraints<T>) {
            scope.constraints = T::awsjobs_constraints;
            scope.patterns = compiled_patterns_of<T>().data();
        }
        std::string outer_part;
        outer_part.swap(part_);
        using info = struct_info<T>;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<info::size>>([&](auto I) {
            using D = boost::mp11::mp_at_c<typename info::members, I>;
            const std::size_t path_mark = path_.size();
            append_path_key(path_, info::keys[I]);
            scope.member = D::name;
            walk(value.*D::pointer, scope);
            path_.resize(path_mark);
        });
        part_.swap(outer_part);
    }

    // Checks `value` against every constraint of the scope's member on this part.
    template <class T>
    void apply(const T& value, const member_scope& scope) {
        for (std::size_t k = 0; k != scope.constraints.size(); ++k) {
            const constraint& c = scope.constraints[k];
            if (c.member == scope.member && c.part == part_) check(value, c, scope.patterns[k]);
        }
    }

    template <class T>
    void check(const T& value, const constraint& c, const compiled_pattern& pattern) {
        if constexpr (is_open_enum<T>::value) {
            check_string(value.wire_name(), c, pattern);
        } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
            check_string(std::string_view(value), c, pattern);
        } else if constexpr (is_vector<T>::value || is_map<T>::value) {
            const auto size = static_cast<std::int64_t>(value.size());
            if (c.min && size < *c.min) report(message(size, " elements, fewer than the minimum ", *c.min));
            if (c.max && size > *c.max) report(message(size, " elements, more than the maximum ", *c.max));
        } else if constexpr (integer_number<T>) {
            if (c.min && std::cmp_less(value, *c.min)) report(message(value, " is less than the minimum ", *c.min));
            if (c.max && std::cmp_greater(value, *c.max)) report(message(value, " is more than the maximum ", *c.max));
        } else if constexpr (std::is_floating_point_v<T>) {
            if (c.min && value < static_cast<T>(*c.min)) report(message(value, " is less than the minimum ", *c.min));
            if (c.max && value > static_cast<T>(*c.max)) report(message(value, " is more than the maximum ", *c.max));
        } else {
            report("the model sets a limit on a value that has no length, size or numeric value");
        }
    }

    void check_string(std::string_view text, const constraint& c, const compiled_pattern& pattern) {
        const auto length = static_cast<std::int64_t>(code_point_count(text));
        if (c.min && length < *c.min)
            report(message("length ", length, " is less than the minimum ", *c.min, " (Unicode code points)"));
        if (c.max && length > *c.max)
            report(message("length ", length, " is more than the maximum ", *c.max, " (Unicode code points)"));
        if (c.pattern.empty()) return;
        if (!pattern.error.empty())
            report(message("the model's pattern `", c.pattern, "` cannot be checked: ", pattern.error));
        else if (!pattern_search(pattern, text))
            report(message("does not match the pattern `", c.pattern, "` (length ", length, ")"));
    }

    void report(std::string what) {
        violations.push_back(error{errc::constraint_violation, error::no_offset, path_, std::move(what)});
    }
};

}  // namespace detail

/// Every value in `value` that breaks a length, size, range or pattern the model sets (the
/// generated `awsjobs_constraints` of each struct), in document order, each with its JSON path,
/// e.g. `$.Details.ExportDataSource.MetricsDataSource.Metrics`, the limit and the value's size.
/// Lengths count Unicode code points; a pattern is searched for anywhere in the string, as
/// ECMA-262 and Smithy do (not implicitly anchored). Like check_required, this is the strict
/// check: reading does not apply it.
template <class T>
std::vector<error> check_constraints(const T& value) {
    detail::constraint_checker checker;
    checker.walk(value, detail::member_scope{});
    return std::move(checker.violations);
}

}  // namespace awsjobs

#endif
