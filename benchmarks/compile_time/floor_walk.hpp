// The least a codec driven by Boost.Describe instantiates for a type: each described
// struct of its closure, and every member's descriptor (name and pointer). Used by the
// floor_*.cpp units, which measure what the GetJob-only TU (awsjobs_getjob_lean.cpp)
// cannot go below; see benchmarks/RESULTS.md, *the floor of a GetJob-only TU*.
#ifndef AWSJOBS_BENCH_FLOOR_WALK_HPP
#define AWSJOBS_BENCH_FLOOR_WALK_HPP

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace floor_walk {

/// walker<T>::go() visits T's closure; the sum it returns only keeps the work from
/// being optimised away. Units add specialisations for their own wrappers.
template <class T>
struct walker {
    static std::size_t go() { return sizeof(T); }
};
template <class T>
struct walker<std::optional<T>> {
    static std::size_t go() { return walker<T>::go(); }
};
template <class T, class A>
struct walker<std::vector<T, A>> {
    static std::size_t go() { return walker<T>::go(); }
};
template <class T>
    requires boost::describe::has_describe_members<T>::value
struct walker<T> {
    static std::size_t go() {
        std::size_t n = 0;
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto member) {
            using type = std::remove_cvref_t<decltype(std::declval<T&>().*member.pointer)>;
            n += std::string_view(member.name).size() + walker<type>::go();
        });
        return n;
    }
};

}  // namespace floor_walk

#endif
