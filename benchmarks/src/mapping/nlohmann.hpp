// nlohmann::json: a DOM parse followed by the hand-written mapping, and the
// mapping back into a DOM that dump() serialises.
#ifndef AWSJOBS_BENCH_MAPPING_NLOHMANN_HPP
#define AWSJOBS_BENCH_MAPPING_NLOHMANN_HPP

#include "fields.hpp"
#include "read.hpp"
#include "values.hpp"

#include <nlohmann/json.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs_bench::mapping {

struct nlohmann_dom {
    using value = const nlohmann::json&;

    static bool string(value v, std::string_view& out) {
        if (!v.is_string()) return false;
        out = v.get_ref<const std::string&>();
        return true;
    }
    static bool number(value v, double& out) {
        if (!v.is_number()) return false;
        out = v.get<double>();
        return true;
    }
    static bool integer(value v, std::int64_t& out) {
        if (!v.is_number_integer()) return false;
        out = v.get<std::int64_t>();
        return true;
    }
    static bool is_null(value v) { return v.is_null(); }
    static std::size_t array_size(value v) { return v.is_array() ? v.size() : 0; }

    template <class F>
    static bool elements(value v, F&& each) {
        if (!v.is_array()) return false;
        for (const auto& element : v)
            if (!each(element)) return false;
        return true;
    }
    template <class F>
    static bool members(value v, F&& each) {
        if (!v.is_object()) return false;
        for (auto it = v.begin(); it != v.end(); ++it)
            if (!each(std::string_view(it.key()), it.value())) return false;
        return true;
    }
};

/// Parses `text` into `out`; false if it is not JSON or does not fit the model.
template <class T>
bool nlohmann_parse(std::string_view text, T& out) {
    const nlohmann::json dom = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    return !dom.is_discarded() && reader<nlohmann_dom>::read(dom, out);
}

struct nlohmann_builder {
    static nlohmann::json build(const std::string& s) { return s; }
    static nlohmann::json build(double d) { return d; }
    static nlohmann::json build(std::int32_t i) { return i; }

    template <class E>
    static nlohmann::json build(const awsjobs::open_enum<E, std::string>& e) {
        return std::string(e.wire_name());
    }

    static nlohmann::json build(const awsjobs::iso8601_timestamp& t) {
        char buffer[awsjobs::detail::iso8601_max_size];
        const char* end = awsjobs::detail::format_iso8601(buffer, instant_of(t));
        return std::string(buffer, static_cast<std::size_t>(end - buffer));
    }

    static nlohmann::json build(const awsjobs::epoch_timestamp& t) { return timestamp_to_seconds(t); }

    template <class T>
    static nlohmann::json build(const std::vector<T>& items) {
        nlohmann::json array = nlohmann::json::array();
        array.get_ref<nlohmann::json::array_t&>().reserve(items.size());
        for (const T& item : items) array.push_back(build(item));
        return array;
    }

    template <class T>
        requires has_fields<T>
    static nlohmann::json build(const T& value) {
        nlohmann::json object = nlohmann::json::object();
        for_each_field<T>([&](const auto& f) {
            const auto& member = value.*f.member;
            if constexpr (is_optional_like<std::remove_cvref_t<decltype(member)>>::value) {
                if (member) object.emplace(f.key, build(*member));
            } else {
                object.emplace(f.key, build(member));
            }
        });
        return object;
    }

    template <class U>
        requires awsjobs::is_one_of<U>::value
    static nlohmann::json build(const U& value) {
        nlohmann::json object = nlohmann::json::object();
        const std::size_t index = value.index();
        if (index == U::keys.size() + 1) {  // a key the model does not know, kept as raw JSON
            const auto& unknown = *std::get_if<awsjobs::unknown_alternative>(&value.as_variant());
            object.emplace(unknown.key, nlohmann::json::parse(unknown.json));
        } else if (index != 0) {
            boost::mp11::mp_with_index<U::keys.size() + 1>(index, [&](auto I) {
                if constexpr (I != 0) object.emplace(U::keys[I - 1], build(*std::get_if<I>(&value.as_variant())));
            });
        }
        return object;
    }
};

/// The JSON text of `value`, as dump() writes it (keys in alphabetical order).
template <class T>
std::string nlohmann_write(const T& value) {
    return nlohmann_builder::build(value).dump();
}

}  // namespace awsjobs_bench::mapping

#endif
