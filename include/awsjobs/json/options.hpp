/// \file
/// Options for reading and writing.
#ifndef AWSJOBS_JSON_OPTIONS_HPP
#define AWSJOBS_JSON_OPTIONS_HPP

#include <cstddef>
#include <limits>
#include <memory_resource>

namespace awsjobs::json {

/// Limits for reading JSON. The defaults bound the nesting depth; the input size and the
/// element count are unlimited unless set (set them when the input is untrusted).
struct read_options {
    /// Arrays and objects may nest this deep; one level deeper is errc::depth_exceeded.
    /// RapidJSON recurses once per level (on the order of a hundred bytes of stack
    /// each), so the limit also bounds the stack a parse needs; values above
    /// max_depth_limit count as max_depth_limit.
    std::size_t max_depth = 128;

    /// The deepest max_depth can be: the stack reading it needs stays bounded.
    static constexpr std::size_t max_depth_limit = 4096;
    /// For max_input_size and max_elements: no limit.
    static constexpr std::size_t unlimited = std::numeric_limits<std::size_t>::max();

    /// A longer input is errc::input_too_large, refused before any of it is read
    /// (and, by parse(std::string_view), before it is copied).
    std::size_t max_input_size = unlimited;

    /// Array elements read into the value, counted over all its arrays; one more is
    /// errc::too_many_elements, at that element. This caps the memory a document
    /// can cost beyond its own size: each element of a std::vector is a whole C++
    /// value, up to hundreds of bytes for an element of three bytes (`{},`);
    /// README.md gives the worst case of each response type. Elements of members
    /// that are skipped (unknown keys) cost nothing and are not counted.
    std::size_t max_elements = unlimited;

    /// Where the strings, lists and maps of a value of the std::pmr flavour
    /// (`dataexchange::pmr::GetJobResponse` ...) are allocated; nullptr is
    /// std::pmr::get_default_resource(). The other flavours ignore it. The resource must
    /// outlive the value (and every copy of it that shares the resource): typically an
    /// awsjobs::arena (awsjobs/core/arena.hpp) over a buffer, released after each document's
    /// value is gone and reused for the next; any std::pmr::memory_resource works.
    std::pmr::memory_resource* resource = nullptr;
};

/// How JSON is written.
struct write_options {
    /// Compact output (the wire form) unless pretty is set.
    bool pretty = false;
    /// Spaces per nesting level when pretty.
    unsigned indent = 4;
};

}  // namespace awsjobs::json

#endif
