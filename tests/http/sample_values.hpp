// A value for every member of any model type, deterministic and different per member and seed (the
// seed also picks a one-of's alternative and an enum's value): what the botocore comparison sends
// through both libraries. Strings carry bytes that need escaping in every
// location (space, '/', '+', '&', '=', a quote, non-ASCII); timestamps are whole seconds, because
// botocore writes JSON-body timestamps as whole epoch seconds.
#ifndef AWSJOBS_TESTS_HTTP_SAMPLE_VALUES_HPP
#define AWSJOBS_TESTS_HTTP_SAMPLE_VALUES_HPP

#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/timestamp.hpp>

#include <boost/mp11/algorithm.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

namespace sample_values {

template <class T>
struct is_map : std::false_type {};
template <class K, class V>
struct is_map<awsjobs::map<K, V>> : std::true_type {};

template <class T>
struct is_open_enum : std::false_type {};
template <class E, class S>
struct is_open_enum<awsjobs::open_enum<E, S>> : std::true_type {};

template <class T>
void fill(T& value, int seed) {
    if constexpr (awsjobs::detail::is_optional_like<T>::value) {
        fill(value.emplace(), seed);
    } else if constexpr (std::is_same_v<T, std::string>) {
        value = "v" + std::to_string(seed) + " a/b+c&d=\"\xc3\xa9";
    } else if constexpr (is_open_enum<T>::value) {
        using info = awsjobs::detail::enum_info<typename T::enum_type>;
        value = T(info::values[static_cast<std::size_t>(seed) % info::size]);
    } else if constexpr (std::is_same_v<T, bool>) {
        value = seed % 2 == 0;
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
        value = 5000000000 + seed;
    } else if constexpr (std::is_integral_v<T>) {
        value = static_cast<T>(7 + seed);
    } else if constexpr (std::is_floating_point_v<T>) {
        value = 0.5 + seed;
    } else if constexpr (awsjobs::is_timestamp<T>::value) {
        value = T(std::chrono::sys_seconds(std::chrono::seconds(1577934245 + seed)));
    } else if constexpr (awsjobs::detail::is_vector<T>::value) {
        value.resize(2);
        fill(value[0], seed + 1);
        fill(value[1], seed + 2);
    } else if constexpr (is_map<T>::value) {
        for (int i = 1; i <= 2; ++i) {
            typename T::key_type key{};
            fill(key, seed + i);
            fill(value[key], seed + 10 * i);
        }
    } else if constexpr (awsjobs::is_one_of<T>::value) {
        constexpr std::size_t count = T::keys.size();
        boost::mp11::mp_with_index<count>(static_cast<std::size_t>(seed) % count, [&](auto I) {
            fill(value.as_variant().template emplace<I + 1>(), seed + 1);
        });
    } else {
        static_assert(awsjobs::detail::described_struct<T>, "a model type");
        int i = 0;
        boost::mp11::mp_for_each<awsjobs::detail::members_of<T>>([&](auto D) { fill(value.*D.pointer, seed + ++i); });
    }
}

}  // namespace sample_values

#endif
