// Writing the model structs with a RapidJSON Writer, driven by the hand-written
// member tables: absent optional members are left out, as awsjobs does.
#ifndef AWSJOBS_BENCH_MAPPING_WRITE_RAPIDJSON_HPP
#define AWSJOBS_BENCH_MAPPING_WRITE_RAPIDJSON_HPP

#include "fields.hpp"
#include "values.hpp"

#include <awsjobs/json/detail/rapidjson.hpp>  // first: the same SIMD choice as awsjobs in this program

#include <rapidjson/writer.h>

#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs_bench::mapping {

template <class Writer>
struct rapidjson_writer {
    static void text(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

    static void write(Writer& w, const std::string& s) { text(w, s); }
    static void write(Writer& w, double d) { w.Double(d); }
    static void write(Writer& w, std::int32_t i) { w.Int(i); }

    template <class E>
    static void write(Writer& w, const awsjobs::open_enum<E, std::string>& e) {
        text(w, e.wire_name());
    }

    static void write(Writer& w, const awsjobs::iso8601_timestamp& t) {
        char buffer[awsjobs::detail::iso8601_max_size];
        const char* end = awsjobs::detail::format_iso8601(buffer, instant_of(t));
        text(w, {buffer, static_cast<std::size_t>(end - buffer)});
    }

    static void write(Writer& w, const awsjobs::epoch_timestamp& t) {
        char buffer[awsjobs::detail::epoch_max_size];
        const char* end = awsjobs::detail::format_epoch_seconds(buffer, instant_of(t));
        w.RawValue(buffer, static_cast<std::size_t>(end - buffer), rapidjson::kNumberType);
    }

    template <class T>
    static void write(Writer& w, const std::vector<T>& items) {
        w.StartArray();
        for (const T& item : items) write(w, item);
        w.EndArray();
    }

    template <class T>
        requires has_fields<T>
    static void write(Writer& w, const T& value) {
        w.StartObject();
        for_each_field<T>([&](const auto& f) {
            const auto& member = value.*f.member;
            if constexpr (is_optional_like<std::remove_cvref_t<decltype(member)>>::value) {
                if (!member) return;
                text_key(w, f.key);
                write(w, *member);
            } else {
                text_key(w, f.key);
                write(w, member);
            }
        });
        w.EndObject();
    }

    template <class U>
        requires awsjobs::is_one_of<U>::value
    static void write(Writer& w, const U& value) {
        w.StartObject();
        const std::size_t index = value.index();
        if (index == U::keys.size() + 1) {  // a key the model does not know, kept as raw JSON
            const auto& unknown = *std::get_if<awsjobs::unknown_alternative>(&value.as_variant());
            text_key(w, unknown.key);
            w.RawValue(unknown.json.data(), unknown.json.size(), rapidjson::kObjectType);
        } else if (index != 0) {
            boost::mp11::mp_with_index<U::keys.size() + 1>(index, [&](auto I) {
                if constexpr (I != 0) {
                    text_key(w, U::keys[I - 1]);
                    write(w, *std::get_if<I>(&value.as_variant()));
                }
            });
        }
        w.EndObject();
    }

    static void text_key(Writer& w, std::string_view key) { w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size())); }
};

}  // namespace awsjobs_bench::mapping

#endif
