// Options for reading and writing.
#ifndef AWSJOBS_JSON_OPTIONS_HPP
#define AWSJOBS_JSON_OPTIONS_HPP

#include <cstddef>

namespace awsjobs::json {

struct read_options {
    /// Arrays and objects may nest this deep; one level deeper is errc::depth_exceeded.
    /// RapidJSON recurses once per level (on the order of a hundred bytes of stack
    /// each), so the limit also bounds the stack a parse needs; values above
    /// max_depth_limit count as max_depth_limit.
    std::size_t max_depth = 128;

    static constexpr std::size_t max_depth_limit = 4096;
};

struct write_options {
    /// Compact output (the wire form) unless pretty is set.
    bool pretty = false;
    /// Spaces per nesting level when pretty.
    unsigned indent = 4;
};

}  // namespace awsjobs::json

#endif
