// Writing: a described C++ value as JSON text, straight into a string or a stream.
#ifndef AWSJOBS_JSON_WRITE_HPP
#define AWSJOBS_JSON_WRITE_HPP

#include <awsjobs/core/result.hpp>
#include <awsjobs/json/detail/output.hpp>
#include <awsjobs/json/detail/writer.hpp>
#include <awsjobs/json/options.hpp>

#include <ostream>
#include <string>

namespace awsjobs::json {

/// Appends the JSON of `value` to `out`. On error, `out` keeps its original contents.
template <class T>
result<void> write(const T& value, std::string& out, const write_options& options = {}) {
    const std::size_t original_size = out.size();
    detail::output sink(out);
    detail::writer w(sink, options);
    const bool ok = w.write(value);
    sink.finish();
    if (ok) return {};
    out.resize(original_size);
    return w.take_error();
}

/// Writes the JSON of `value` to `out`. On error, part of it may have been written.
template <class T>
result<void> write(const T& value, std::ostream& out, const write_options& options = {}) {
    detail::output sink(out);
    detail::writer w(sink, options);
    const bool ok = w.write(value);
    sink.finish();
    if (ok) return {};
    return w.take_error();
}

/// The JSON of `value` as a new string.
template <class T>
result<std::string> write(const T& value, const write_options& options = {}) {
    std::string text;
    if (auto written = write(value, text, options); !written) return written.error();
    return text;
}

}  // namespace awsjobs::json

#endif
