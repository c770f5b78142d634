/// \file
/// protocol::read_options: what reading one HTTP message may cost, on either side.
#ifndef AWSJOBS_PROTOCOL_READ_OPTIONS_HPP
#define AWSJOBS_PROTOCOL_READ_OPTIONS_HPP

#include <awsjobs/json/options.hpp>
#include <awsjobs/xml/options.hpp>

#include <cstddef>

namespace awsjobs::protocol {

/// Limits for read_response, read_response_in_place, request_id and read_request. The
/// defaults are finite, safe for a server or proxy reading untrusted messages: every real
/// request and response of the modeled operations is a few kilobytes at most.
struct read_options {
    /// A longer body is errc::body_too_large (a server answers it with 413), refused before
    /// any of it is read or copied.
    std::size_t max_body_size = 4 * 1024 * 1024;
    /// A longer request-target (path and query string) is errc::target_too_large (a server
    /// answers it with 414), refused before it is decoded. 16 KiB: more than any
    /// operation's labels and query members, less than common servers' own limits.
    std::size_t max_target_size = 16 * 1024;
    /// A query string or query-protocol form with more `&`-separated parameters is
    /// errc::target_too_large, refused before it is decoded: the largest form of the modeled
    /// operations (Import/Export GetShippingLabel's job ids) has a few dozen.
    std::size_t max_parameters = 1000;
    /// JSON arrays and objects, or XML elements, may nest this deep; deeper is
    /// errc::invalid_body with the codec's depth_exceeded as its body_error.
    std::size_t max_depth = 128;
    /// List elements read into the value, over all its lists; one more is errc::invalid_body
    /// with the codec's too_many_elements as its body_error. Bounds the value's memory to
    /// a few megabytes (a Data Exchange JobError, the largest element, is 320 bytes).
    std::size_t max_elements = 10000;

    /// The same limits as the JSON codec's options (the body size as max_input_size).
    constexpr json::read_options json() const noexcept {
        json::read_options options;
        options.max_depth = max_depth;
        options.max_input_size = max_body_size;
        options.max_elements = max_elements;
        return options;
    }
    /// The same limits as the XML codec's options.
    constexpr xml::read_options xml() const noexcept {
        xml::read_options options;
        options.max_depth = max_depth;
        options.max_input_size = max_body_size;
        options.max_elements = max_elements;
        return options;
    }
};

}  // namespace awsjobs::protocol

#endif
