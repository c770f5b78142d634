// Generic walks over the models (Boost.Describe): copying a zero-copy view into
// the owning model, and counting what a zero-copy parse may allocate.
#ifndef AWSJOBS_BENCH_MODEL_WALK_HPP
#define AWSJOBS_BENCH_MODEL_WALK_HPP

#include "mapping/values.hpp"

#include <awsjobs/json.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace awsjobs_bench {

namespace json = awsjobs::json;

// ---- view -> owning ----

inline void to_owning(std::string_view in, std::string& out) { out.assign(in.data(), in.size()); }
template <class T>
    requires std::is_arithmetic_v<T>
void to_owning(T in, T& out) {
    out = in;
}
template <awsjobs::timestamp_format F>
void to_owning(const awsjobs::timestamp<F>& in, awsjobs::timestamp<F>& out) {
    out = in;
}
template <class E>
void to_owning(const awsjobs::open_enum<E, std::string_view>& in, awsjobs::open_enum<E, std::string>& out) {
    out = awsjobs::open_enum<E, std::string>::from_wire(in.wire_name());
}
template <class In, class Out>
void to_owning(const std::optional<In>& in, std::optional<Out>& out);
template <class In, class Out>
void to_owning(const awsjobs::required<In>& in, awsjobs::required<Out>& out);
template <class In, class Out>
void to_owning(const std::vector<In>& in, std::vector<Out>& out);
template <class In, class Out>
    requires awsjobs::is_one_of<In>::value
void to_owning(const In& in, Out& out);
template <class In, class Out>
    requires(awsjobs::detail::described_struct<In> && !awsjobs::is_one_of<In>::value)
void to_owning(const In& in, Out& out);

template <class In, class Out>
void to_owning(const std::optional<In>& in, std::optional<Out>& out) {
    out.reset();
    if (in) to_owning(*in, out.emplace());
}
template <class In, class Out>
void to_owning(const awsjobs::required<In>& in, awsjobs::required<Out>& out) {
    out.reset();
    if (in) to_owning(*in, out.emplace());
}
template <class In, class Out>
void to_owning(const std::vector<In>& in, std::vector<Out>& out) {
    out.resize(in.size());
    for (std::size_t i = 0; i != in.size(); ++i) to_owning(in[i], out[i]);
}
template <class In, class Out>
    requires awsjobs::is_one_of<In>::value
void to_owning(const In& in, Out& out) {
    boost::mp11::mp_with_index<std::variant_size_v<typename In::variant_type>>(in.index(), [&](auto I) {
        const auto& alternative = *std::get_if<I>(&in.as_variant());
        auto& target = out.template emplace<I>();
        if constexpr (I == 0 || I == In::keys.size() + 1)
            target = alternative;  // no_alternative and unknown_alternative own their data in both models
        else
            to_owning(alternative, target);
    });
}
template <class In, class Out>
    requires(awsjobs::detail::described_struct<In> && !awsjobs::is_one_of<In>::value)
void to_owning(const In& in, Out& out) {
    using in_members = awsjobs::detail::members_of<In>;
    using out_members = awsjobs::detail::members_of<Out>;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<boost::mp11::mp_size<in_members>::value>>([&](auto I) {
        to_owning(in.*boost::mp11::mp_at_c<in_members, I>::pointer, out.*boost::mp11::mp_at_c<out_members, I>::pointer);
    });
}

// ---- what a zero-copy parse may allocate ----

/// Strings in a value, and the heap blocks its lists took while growing: the
/// reader's first allocation holds `first_capacity` elements, then libstdc++
/// doubles the capacity.
struct census {
    std::size_t strings = 0;
    std::size_t list_allocations = 0;

    void count(std::string_view) { ++strings; }
    template <class T>
        requires std::is_arithmetic_v<T>
    void count(T) {}
    template <awsjobs::timestamp_format F>
    void count(const awsjobs::timestamp<F>&) {}
    template <class E, class S>
    void count(const awsjobs::open_enum<E, S>& e) {
        if (!e.is_known()) ++strings;
    }
    template <class T>
        requires mapping::is_optional_like<T>::value
    void count(const T& o) {
        if (o) count(*o);
    }
    template <class T>
    void count(const std::vector<T>& v) {
        if (!v.empty()) {
            std::size_t capacity = json::detail::codec<std::vector<T>>::first_capacity;
            for (++list_allocations; capacity < v.size(); capacity *= 2) ++list_allocations;
        }
        for (const T& item : v) count(item);
    }
    template <class U>
        requires awsjobs::is_one_of<U>::value
    void count(const U& u) {
        std::visit([&](const auto& alternative) { count_alternative(alternative); }, u.as_variant());
    }
    template <class T>
        requires(awsjobs::detail::described_struct<T> && !awsjobs::is_one_of<T>::value)
    void count(const T& value) {
        boost::mp11::mp_for_each<awsjobs::detail::members_of<T>>([&](auto D) { count(value.*D.pointer); });
    }

private:
    void count_alternative(const awsjobs::no_alternative&) {}
    // Owns its key and raw JSON by design (the buffer is rewritten in place);
    // the corpus has no unknown alternative, so the check would flag one.
    void count_alternative(const awsjobs::unknown_alternative&) {}
    template <class T>
    void count_alternative(const T& value) {
        count(value);
    }
};

}  // namespace awsjobs_bench

#endif
