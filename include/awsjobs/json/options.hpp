// Options for reading and writing.
#ifndef AWSJOBS_JSON_OPTIONS_HPP
#define AWSJOBS_JSON_OPTIONS_HPP

#include <cstddef>

namespace awsjobs::json {

struct read_options {
    /// Arrays and objects may nest this deep; one level deeper is errc::depth_exceeded.
    /// The parser does not recurse, so any limit is safe for the stack; the limit
    /// bounds the memory spent on bookkeeping for hostile input.
    std::size_t max_depth = 128;
};

struct write_options {
    /// Compact output (the wire form) unless pretty is set.
    bool pretty = false;
    /// Spaces per nesting level when pretty.
    unsigned indent = 4;
};

}  // namespace awsjobs::json

#endif
