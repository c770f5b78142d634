// The codecs of the C++ types the JSON reader fills: for each, a function per JSON kind
// that makes sense for it (a number for an integer, an object for a struct ...) and the
// name of what it expects; the reader (json/detail/reader.hpp) refuses the other kinds.
#ifndef AWSJOBS_JSON_DETAIL_CODECS_HPP
#define AWSJOBS_JSON_DETAIL_CODECS_HPP

#include <awsjobs/core/detail/chrono.hpp>
#include <awsjobs/core/detail/floating.hpp>
#include <awsjobs/core/detail/loose_string.hpp>
#include <awsjobs/core/detail/message.hpp>
#include <awsjobs/core/detail/resource.hpp>
#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/required.hpp>
#include <awsjobs/core/timestamp.hpp>
#include <awsjobs/json/detail/describe.hpp>
#include <awsjobs/json/detail/reader.hpp>

#include <array>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <memory_resource>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace awsjobs::json::detail {

using namespace awsjobs::detail;  // the internals the formats share (core/detail)

template <>
struct codec<bool> {
    static constexpr const char* expected = "boolean";
    static bool on_bool(reader&, void* t, bool b) {
        *static_cast<bool*>(t) = b;
        return true;
    }
};

template <class T>
    requires integer_number<T>
struct codec<T> {
    static constexpr const char* expected = "integer";
    static bool on_number(reader& r, void* t, std::string_view raw) {
        T value{};
        const char* first = raw.data();
        const char* last = first + raw.size();
        if (raw.find_first_of(".eE") != std::string_view::npos)
            return r.fail(errc::type_mismatch, message("expected integer, got ", excerpt(raw)));
        if constexpr (std::is_unsigned_v<T>) {
            if (*first == '-') {
                if (raw.find_first_not_of("-0") == std::string_view::npos) {  // -0 is zero
                    *static_cast<T*>(t) = 0;
                    return true;
                }
                return out_of_range(r, raw);
            }
        }
        const auto [end, ec] = std::from_chars(first, last, value);
        if (ec == std::errc::result_out_of_range) return out_of_range(r, raw);
        if (ec != std::errc() || end != last)
            return r.fail(errc::type_mismatch, message("expected integer, got ", excerpt(raw)));
        *static_cast<T*>(t) = value;
        return true;
    }
    static bool out_of_range(reader& r, std::string_view raw) {
        return r.fail(errc::out_of_range,
                      message(excerpt(raw), raw.size() > 40 ? "..." : "", " does not fit in ", integer_name<T>()));
    }
};

template <class T>
    requires std::is_floating_point_v<T>
struct codec<T> {
    static constexpr const char* expected = "number";
    static bool on_number(reader& r, void* t, std::string_view raw) {
        // RapidJSON has checked the JSON number grammar: only the conversion is left.
        T value{};
        switch (read_floating(raw, value)) {
        case floating_status::ok:
            *static_cast<T*>(t) = value;
            return true;
        case floating_status::out_of_range:
            return r.fail(errc::out_of_range, message(excerpt(raw), raw.size() > 40 ? "..." : "", " cannot be represented as ",
                                                      sizeof(T) == sizeof(float) ? "float" : "double"));
        case floating_status::invalid:
            break;
        }
        return r.fail(errc::type_mismatch, message("expected number, got ", excerpt(raw)));
    }
};

template <>
struct codec<std::string> {
    static constexpr const char* expected = "string";
    static bool on_string(reader&, void* t, std::string_view s) {
        static_cast<std::string*>(t)->assign(s.data(), s.size());
        return true;
    }
};

/// A std::pmr::string is made on the reader's memory resource (read_options::resource).
template <>
struct codec<std::pmr::string> {
    static constexpr const char* expected = "string";
    static bool on_string(reader& r, void* t, std::string_view s) {
        on_resource(*static_cast<std::pmr::string*>(t), r.resource()).assign(s.data(), s.size());
        return true;
    }
};

template <>
struct codec<std::string_view> {
    static constexpr const char* expected = "string";
    static bool on_string(reader&, void* t, std::string_view s) {
        *static_cast<std::string_view*>(t) = s;  // into the buffer parsed in place
        return true;
    }
};

/// A plain described enum is closed: a string it does not know is an error.
template <described_enum E>
struct codec<E> {
    static constexpr const char* expected = "string";
    static bool on_string(reader& r, void* t, std::string_view s) {
        const std::size_t i = enum_info<E>::table.find(s);
        if (i == enum_info<E>::table.not_found)
            return r.fail(errc::unknown_enumerator, message("'", excerpt(s, 80), "' is not a known value"));
        *static_cast<E*>(t) = enum_info<E>::values[i];
        return true;
    }
};

template <class E, class S>
struct codec<open_enum<E, S>> {
    static constexpr const char* expected = "string";
    static bool on_string(reader& r, void* t, std::string_view s) {
        read_open_enum<open_enum<E, S>, enum_info<E>>(*static_cast<open_enum<E, S>*>(t), s, r.resource());
        return true;
    }
};

template <timestamp_format F>
struct codec<timestamp<F>> {
    static constexpr const char* expected = "timestamp (ISO 8601 string or epoch seconds)";
    static bool on_string(reader& r, void* t, std::string_view s) {
        instant when;
        return store(r, t, s, parse_iso8601(s, when), when);
    }
    static bool on_number(reader& r, void* t, std::string_view raw) {
        instant when;
        return store(r, t, raw, parse_epoch_seconds(raw, when), when);
    }

private:
    static bool store(reader& r, void* t, std::string_view text, const char* why, instant when) {
        if (why) return r.fail(errc::invalid_timestamp, message("'", excerpt(text, 60), "': ", why));
        *static_cast<timestamp<F>*>(t) = timestamp<F>(std::chrono::sys_seconds(std::chrono::seconds(when.seconds)),
                                                      std::chrono::nanoseconds(when.nanoseconds));
        return true;
    }
};

/// optional<T> and required<T>: null or absence leave it empty; the other kinds
/// are T's, and T's refusals stay refusals (without making a T first).
template <class O>
    requires is_optional_like<O>::value
struct codec<O> {
    using T = typename O::value_type;
    using inner = codec<T>;
    static constexpr const char* expected = inner::expected;
    static T* fill(void* t) { return &static_cast<O*>(t)->emplace(); }

    static bool on_null(reader&, void* t) {
        static_cast<O*>(t)->reset();
        return true;
    }
    // Instantiated only for the kinds T takes (see `kinds` and make_ops).
    static bool on_bool(reader& r, void* t, bool b) { return inner::on_bool(r, fill(t), b); }
    static bool on_number(reader& r, void* t, std::string_view raw) { return inner::on_number(r, fill(t), raw); }
    static bool on_string(reader& r, void* t, std::string_view s) {
        if constexpr (std::is_same_v<T, std::string>) {
            static_cast<O*>(t)->emplace(s.data(), s.size());  // one allocation and copy, no assignment
            return true;
        } else if constexpr (std::is_same_v<T, std::pmr::string>) {
            static_cast<O*>(t)->emplace(s.data(), s.size(), r.resource());
            return true;
        } else {
            return inner::on_string(r, fill(t), s);
        }
    }
    static bool on_object(reader& r, void* t) { return inner::on_object(r, fill(t)); }
    static bool on_array(reader& r, void* t) { return inner::on_array(r, fill(t)); }

    static constexpr unsigned kinds = takes_null | kinds_taken<inner>();
};

template <class T, class A>
struct codec<std::vector<T, A>> {
    static constexpr const char* expected = "array";
    static bool on_array(reader& r, void* t) {
        auto& items = *static_cast<std::vector<T, A>*>(t);
        if constexpr (on_memory_resource<std::vector<T, A>>) on_resource(items, r.resource());
        items.clear();
        r.push(&container, t, true);
        return true;
    }
    static slot element(reader& r, frame& f) {
        auto& items = *static_cast<std::vector<T, A>*>(f.target);
        // The first allocation makes room for about 256 bytes of elements, not one:
        // most lists hold several, and growing 1, 2, 4 ... costs an allocation each.
        if (!r.take_element()) return reader::skip_slot();
        if (items.capacity() == 0) items.reserve(first_capacity);
        return {&items.emplace_back(), &ops_of<T>};  // a polymorphic allocator makes it on its resource
    }
    static constexpr std::size_t first_capacity = sizeof(T) >= 128 ? 2 : 256 / sizeof(T);
    static constexpr container_ops container{nullptr, &element, nullptr};
};

/// A map's key from the object's key: a string as it is (a view into the buffer parsed in
/// place, for std::string_view), an open_enum from its JSON name; on `resource` if the key's
/// text is on one.
template <class K>
K map_key_from(std::string_view text, std::pmr::memory_resource* resource) {
    if constexpr (is_open_enum<K>::value) {
        return open_enum_on<K, enum_info<typename K::enum_type>>(text, resource);
    } else {
        static_assert(is_text<K>::value,
                      "awsjobs::json reads map keys as std::string, std::string_view or awsjobs::open_enum");
        if constexpr (on_memory_resource<K>)
            return K(text, typename K::allocator_type(resource));
        else
            return K(text);
    }
}

/// A map shape: an object, its entries in document order. Each entry counts against
/// read_options::max_elements, as an array element does; a key that comes twice is an error
/// (an object's keys are unique, and which of two values is meant cannot be known).
template <class K, class V, class A>
struct codec<map<K, V, A>> {
    using entries_type = std::vector<std::pair<K, V>, A>;
    static constexpr const char* expected = "object";
    static bool on_object(reader& r, void* t) {
        if constexpr (on_memory_resource<entries_type>)
            on_resource(map_access::entries(*static_cast<map<K, V, A>*>(t)), r.resource());
        static_cast<map<K, V, A>*>(t)->clear();
        r.push(&container, t, false);
        return true;
    }
    static void key(reader& r, frame& f, std::string_view text) {
        f.key = text;
        f.pending = reader::skip_slot();
        entries_type& entries = map_access::entries(*static_cast<map<K, V, A>*>(f.target));
        if (!r.take_element()) return;
        if (entries.size() >= 0xfffffffe) {  // the key table's indexes are 32-bit
            r.too_many_elements();
            return;
        }
        K k = map_key_from<K>(text, r.resource());
        const std::size_t count = entries.size();
        if (r.find_or_add_key(f, text, count, [&](std::size_t i) { return entries[i].first == k; }) != count) {
            r.fail(errc::duplicate_key, message("duplicate key '", excerpt(text, 80), "' in a map"));
            return;
        }
        f.pending = {&entries.emplace_back(std::move(k), V{}).second, &ops_of<V>};
    }
    static void end(reader& r, frame& f) {
        if (!map_access::entries(*static_cast<map<K, V, A>*>(f.target)).empty()) r.drop_key_table(f);
    }
    static constexpr container_ops container{&key, nullptr, &end};
};

/// The type a member is read as: required<T> is read by std::optional<T>'s code,
/// through its base, so that both share one set of functions.
template <class M>
struct member_read_as {
    using type = M;
};
template <class T>
struct member_read_as<required<T>> {
    using type = std::optional<T>;
};

/// The type member D of T is read as.
template <class T, class D>
using member_read_type = typename member_read_as<std::remove_cvref_t<decltype(std::declval<const T&>().*D::pointer)>>::type;

/// Where each member of T lives and how to read it, measured on a real T, since
/// member pointers give no offsets at compile time. One pack expansion rather than
/// a function per member.
template <class T, template <class...> class L, class... D>
std::array<member_place, sizeof...(D)> measure_members(L<D...>) {
    const T probe{};
    const auto* base = reinterpret_cast<const char*>(&probe);
    return {member_place{
        reinterpret_cast<const char*>(&static_cast<const member_read_type<T, D>&>(probe.*D::pointer)) - base,
        &ops_of<member_read_type<T, D>>}...};
}

/// A described struct: the reader finds its members from its struct_layout.
template <described_struct T>
    requires(!is_one_of<T>::value)
struct codec<T> {
    using info = struct_info<T>;
    static_assert(info::size <= 64, "awsjobs::json reads structs of at most 64 members");
    static constexpr const char* expected = "object";

    static bool on_object(reader& r, void* t) {
        r.push_struct(layout(), t);
        return true;
    }

    static const struct_layout& layout() {
        static const std::array<member_place, info::size> places = measure_members<T>(typename info::members{});
        static constexpr struct_layout table{key_index(info::table), places.data(), all_written_as_is(info::keys)};
        return table;
    }
};

/// `null` as the value of any alternative of U: no alternative (null means
/// absent, as everywhere else). One function for all of them.
template <class U>
struct one_of_null {
    static bool on_null(reader&, void* t) {
        *static_cast<U*>(t) = no_alternative{};
        return true;
    }
};

/// The value of a one_of's alternative I, read into the one_of: `null` leaves no
/// alternative; any other kind makes alternative I and is read as its type reads it.
template <class U, std::size_t I>
struct one_of_alternative : one_of_null<U> {
    using T = std::variant_alternative_t<I + 1, typename U::variant_type>;
    using inner = codec<T>;
    static constexpr const char* expected = inner::expected;
    static T* fill(void* t) { return &static_cast<U*>(t)->template emplace<I + 1>(); }

    // Instantiated only for the kinds T takes (see `kinds` and make_ops).
    static bool on_bool(reader& r, void* t, bool b) { return inner::on_bool(r, fill(t), b); }
    static bool on_number(reader& r, void* t, std::string_view raw) { return inner::on_number(r, fill(t), raw); }
    static bool on_string(reader& r, void* t, std::string_view s) { return inner::on_string(r, fill(t), s); }
    static bool on_object(reader& r, void* t) { return inner::on_object(r, fill(t)); }
    static bool on_array(reader& r, void* t) { return inner::on_array(r, fill(t)); }

    static constexpr unsigned kinds = takes_null | kinds_taken<inner>();
};
template <class U, std::size_t I>
inline constexpr value_ops one_of_alternative_ops = make_ops<one_of_alternative<U, I>>();

/// The value of a one_of's second key when the first made an alternative: `null` is
/// absent and leaves that alternative (as botocore and the SDKs read it); any other
/// value makes two alternatives. Its target is the one_of's frame, whose key is the second.
template <class U>
struct one_of_second_key {
    static constexpr const char* expected = "null";
    [[gnu::cold]] static bool ambiguous(reader& r, void* f) {
        const frame& object = *static_cast<const frame*>(f);
        const U& u = *static_cast<const U*>(object.target);
        return r.fail(errc::ambiguous_union,
                      message("one-of object has more than one key ('", excerpt(u.key(), 80), "' and '",
                              excerpt(object.key, 80), "')"),
                      true);
    }
    static bool on_null(reader&, void*) { return true; }
    static bool on_bool(reader& r, void* f, bool) { return ambiguous(r, f); }
    static bool on_number(reader& r, void* f, std::string_view) { return ambiguous(r, f); }
    static bool on_string(reader& r, void* f, std::string_view) { return ambiguous(r, f); }
    static bool on_object(reader& r, void* f) { return ambiguous(r, f); }
    static bool on_array(reader& r, void* f) { return ambiguous(r, f); }
};
template <class U>
inline constexpr value_ops one_of_second_key_ops = make_ops<one_of_second_key<U>>();

template <class U>
    requires is_one_of<U>::value
struct codec<U> {
    static constexpr const char* expected = "object";
    static constexpr std::size_t count = U::keys.size();
    static constexpr key_table<count> table{U::keys};
    // The table of each alternative, by index: a load, where a switch over the
    // alternatives would be code of its own per one_of.
    static constexpr std::array<const value_ops*, count> alternative_ops =
        []<std::size_t... I>(std::index_sequence<I...>) {
            return std::array<const value_ops*, count>{&one_of_alternative_ops<U, I>...};
        }(std::make_index_sequence<count>{});

    static bool on_object(reader& r, void* t) {
        *static_cast<U*>(t) = no_alternative{};
        r.push(&container, t, false);
        return true;
    }

    static void key(reader&, frame& f, std::string_view k) {
        U& u = *static_cast<U*>(f.target);
        if (f.seen && has_alternative(u)) {
            // Only a value that is not null makes this a second alternative.
            f.key = k;
            f.pending = {&f, &one_of_second_key_ops<U>};
            return;
        }
        f.seen = 1;
        f.key = k;
        const std::size_t i = table.find(k);
        if (i == table.not_found) {
            auto& unknown = u.template emplace<unknown_alternative>(unknown_alternative{std::string(k), {}});
            f.pending = {&unknown.json, &capture_codec::ops};
            return;
        }
        f.key = U::keys[i];
        f.pending = {&u, alternative_ops[i]};
    }

    /// Whether an earlier key made an alternative: a null value made none (not even an
    /// unknown one).
    static bool has_alternative(const U& u) {
        if (std::holds_alternative<no_alternative>(u.as_variant())) return false;
        const auto* unknown = std::get_if<unknown_alternative>(&u.as_variant());
        return !unknown || unknown->json != "null";
    }

    static constexpr container_ops container{&key, nullptr, nullptr};
};

/// A loose_string takes a string and ignores any other value.
template <>
struct codec<loose_string> {
    static constexpr const char* expected = "any value";
    static loose_string& target(void* t) { return *static_cast<loose_string*>(t); }
    // Anything but a string leaves no value.
    static bool forget(void* t) {
        target(t).value.reset();
        return true;
    }
    static bool on_null(reader&, void* t) { return forget(t); }
    static bool on_bool(reader&, void* t, bool) { return forget(t); }
    static bool on_number(reader&, void* t, std::string_view) { return forget(t); }
    static bool on_string(reader&, void* t, std::string_view s) {
        target(t).value.emplace(s);
        return true;
    }
    static bool on_object(reader& r, void* t) {
        forget(t);
        r.push_skip(false);
        return true;
    }
    static bool on_array(reader& r, void* t) {
        forget(t);
        r.push_skip(true);
        return true;
    }
};

}  // namespace awsjobs::json::detail

#endif
