// Shared by pmr_<service>.cpp (one translation unit per service: each instantiates every codec
// three times over, and one TU for all three took 3 GB to compile under the sanitizers).
// The std::pmr flavour of the models (`dataexchange::pmr::X` ...), checked against the owning
// one on random values of every operation's input and output:
//   - converted from the owning value onto an arena, every string, list and map is on the arena,
//     and it writes the owning value's bytes;
//   - read from those bytes with read_options::resource, it equals the converted value, every
//     string, list and map is on the resource given, and nothing comes from the default
//     resource (a counting resource stands in for it while reading);
//   - it converts back to the owning value, and from and to the zero-copy view;
//   - check_required and check_constraints find the same members missing or out of bounds;
//   - damaged documents give the pmr flavour exactly the owning flavour's errors.
#ifndef AWSJOBS_TESTS_PROPERTY_PMR_HPP
#define AWSJOBS_TESTS_PROPERTY_PMR_HPP

#include "counting_resource.hpp"
#include "round_trip.hpp"

#include <awsjobs/core/check.hpp>
#include <awsjobs/core/check_constraints.hpp>

#include <cstddef>
#include <memory_resource>
#include <optional>
#include <string>
#include <type_traits>

namespace pmr_check {

namespace json = awsjobs::json;

using test_memory::counting_resource;
using test_memory::default_resource_scope;

template <class T>
concept on_a_resource = requires(const T& t) { t.get_allocator().resource(); };

/// Whether every string, list and map in `value` allocates from `resource`.
template <class T>
bool all_on(const T& value, std::pmr::memory_resource* resource) {
    if constexpr (on_a_resource<T>) {
        if (value.get_allocator().resource() != resource) return false;
    }
    if constexpr (property::is_optional<T>::value) {
        return !value || all_on(*value, resource);
    } else if constexpr (awsjobs::detail::is_vector<T>::value) {
        for (const auto& element : value)
            if (!all_on(element, resource)) return false;
        return true;
    } else if constexpr (awsjobs::is_map<T>::value) {
        for (const auto& [key, mapped] : value)
            if (!all_on(key, resource) || !all_on(mapped, resource)) return false;
        return true;
    } else if constexpr (awsjobs::is_one_of<T>::value) {
        return boost::mp11::mp_with_index<std::variant_size_v<typename T::variant_type>>(value.index(), [&](auto I) {
            return all_on(*std::get_if<I>(&value.as_variant()), resource);
        });
    } else if constexpr (property::described_struct<T>) {
        bool all = true;
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
            [&](auto member) { all = all && all_on(value.*member.pointer, resource); });
        return all;
    } else {
        return true;  // numbers, enums, timestamps; an open_enum's unknown text has no accessor
    }
}

/// Why the pmr flavour Pmr of the owning value `value` misbehaves, or "" when it does not.
template <class Owning, class Pmr, class View>
std::string pmr_problem(const Owning& value) {
    const std::string text = json::write(value).value();
    std::pmr::monotonic_buffer_resource arena;
    const Pmr converted = awsjobs::convert<Pmr>(value, &arena);
    if (!all_on(converted, &arena)) return "converted onto an arena, a part is elsewhere\nJSON: " + property::excerpt(text);
    if (json::write(converted).value() != text) return "the converted value writes other bytes\nJSON: " + property::excerpt(text);

    counting_resource default_resource;
    std::pmr::monotonic_buffer_resource read_arena;
    std::optional<awsjobs::document<Pmr>> parsed;
    {
        default_resource_scope scope(&default_resource);
        parsed.emplace(json::parse<Pmr>(std::string_view(text), {.resource = &read_arena}));
    }
    if (!*parsed) return "reading failed: " + parsed->error().describe() + "\nJSON: " + property::excerpt(text);
    if (!(**parsed == converted)) return "read a different value\nJSON: " + property::excerpt(text);
    if (!all_on(**parsed, &read_arena)) return "read, a part is not on read_options::resource\nJSON: " + property::excerpt(text);
    if (default_resource.allocations != 0)
        return "reading allocated " + std::to_string(default_resource.allocations) +
               " times from the default resource\nJSON: " + property::excerpt(text);
    if (json::write(**parsed).value() != text) return "what was read writes other bytes\nJSON: " + property::excerpt(text);
    if (!(awsjobs::convert<Owning>(**parsed) == value)) return "converted back to the owning flavour, it differs";

    std::string buffer = text;
    const auto view = json::parse_in_place<View>(buffer);
    if (!view) return "the view does not read: " + view.error().describe();
    if (!(awsjobs::convert<Pmr>(*view, &arena) == converted)) return "the view converted to the pmr flavour differs";
    if (json::write(awsjobs::convert<View>(converted)).value() != text) return "converted to a view, it writes other bytes";

    if (awsjobs::check_required(converted) != awsjobs::check_required(value))
        return "check_required differs from the owning flavour's\nJSON: " + property::excerpt(text);
    if (awsjobs::check_constraints(converted) != awsjobs::check_constraints(value))
        return "check_constraints differs from the owning flavour's\nJSON: " + property::excerpt(text);
    return {};
}

/// Why damaging `text` gives the pmr flavour another outcome than the owning one, or "".
template <class Owning, class Pmr>
std::string error_problem(std::string text, std::mt19937_64& rng) {
    static constexpr std::string_view damage = "{}[],:\"\\0-eA x\x01\xff";
    const std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(rng);
    if (rng() % 4 == 0)
        text.erase(at, 1);
    else
        text[at] = damage[std::uniform_int_distribution<std::size_t>(0, damage.size() - 1)(rng)];
    std::pmr::monotonic_buffer_resource arena;
    const auto owning = json::parse<Owning>(std::string_view(text), {.max_elements = 50});
    const auto pmr = json::parse<Pmr>(std::string_view(text), {.max_elements = 50, .resource = &arena});
    if (owning.has_value() != pmr.has_value())
        return "one flavour reads, the other does not\nJSON: " + property::excerpt(text);
    if (!owning.has_value() && !(owning.error() == pmr.error()))
        return "different errors: " + owning.error().describe() + " / " + pmr.error().describe() +
               "\nJSON: " + property::excerpt(text);
    if (owning.has_value() && !(awsjobs::convert<Pmr>(*owning) == *pmr)) return "different values\nJSON: " + property::excerpt(text);
    return {};
}

template <class Owning, class Pmr, class View>
void check_flavours(const property::settings& s, std::string_view name) {
    property::generator gen(s.seed);
    std::mt19937_64 rng(s.seed);
    for (std::size_t i = 0; i != s.iterations; ++i) {
        const Owning value = gen.make<Owning>();
        if (const std::string problem = pmr_problem<Owning, Pmr, View>(value); !problem.empty())
            FAIL(name << ", value " << i << ", " << property::replay(s) << ": " << problem);
        const std::string text = json::write(value).value();
        for (int damaged = 0; damaged != 4; ++damaged)
            if (const std::string problem = error_problem<Owning, Pmr>(text, rng); !problem.empty())
                FAIL(name << ", value " << i << ", " << property::replay(s) << ": " << problem);
    }
}

/// The input and output of operation Op in all three flavours.
template <class Op>
void check_operation(const property::settings& s, std::string_view name) {
    using owning_in = typename Op::template input<std::string>;
    check_flavours<owning_in, typename Op::template input<std::pmr::string>, typename Op::template input<std::string_view>>(
        s, std::string(name) + " input");
    using owning_out = typename Op::template output<std::string>;
    if constexpr (!std::is_same_v<owning_out, awsjobs::no_output>)
        check_flavours<owning_out, typename Op::template output<std::pmr::string>,
                       typename Op::template output<std::string_view>>(s, std::string(name) + " output");
}

inline property::settings pmr_settings() { return property::from_environment(property::default_iterations / 5); }

}  // namespace pmr_check

#endif
