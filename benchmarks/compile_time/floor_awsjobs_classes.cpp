// floor_awsjobs_fixed.cpp and GetJob's model classes: GetJobResponse constructed, moved
// and destroyed, and its closure (24 structs, 87 members) walked as floor_walk.hpp does.
// What any codec of awsjobs' models must compile at least, before code of its own per shape.
#include "floor_awsjobs_fixed.cpp"
#include "floor_walk.hpp"

#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/required.hpp>

#include <cstddef>
#include <utility>

template <class T>
struct floor_walk::walker<awsjobs::required<T>> {
    static std::size_t go() { return walker<T>::go(); }
};
template <class... Alternatives>
struct floor_walk::walker<awsjobs::one_of<Alternatives...>> {
    static std::size_t go() { return (walker<typename Alternatives::type>::go() + ...); }
};

std::size_t make_and_walk() {
    using response = awsjobs::dataexchange::view::GetJobResponse;
    response made;
    const response moved = std::move(made);
    return floor_walk::walker<response>::go() + (moved.Id ? 1 : 0);
}
