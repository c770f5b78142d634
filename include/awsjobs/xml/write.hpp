// Writing: a described C++ value as XML text, appended to a string.
#ifndef AWSJOBS_XML_WRITE_HPP
#define AWSJOBS_XML_WRITE_HPP

#include <awsjobs/core/error.hpp>
#include <awsjobs/core/result.hpp>
#include <awsjobs/xml/detail/writer.hpp>
#include <awsjobs/xml/options.hpp>

#include <string>

namespace awsjobs::xml {

/// Appends `value` as the element `at.back()`, inside the elements named before it:
/// write(status, s, {"GetStatusResponse", "GetStatusResult"}) appends
/// `<GetStatusResponse><GetStatusResult>...</GetStatusResult></GetStatusResponse>`.
/// Members are elements in declaration order, list items <member> elements; absent
/// optionals are left out. On error, `out` keeps its original contents.
template <class T>
result<void> write(const T& value, std::string& out, const element_path& at, const write_options& options = {}) {
    if (at.empty()) return error{errc::invalid_argument, 0, "", "writing needs the name of the element to write"};
    const std::size_t original_size = out.size();
    detail::writer w(out, options);
    const std::size_t last = at.size() - 1;
    for (std::size_t i = 0; i != last; ++i) w.open_wrapper(at[i], i);
    if (w.element(at[last], value, last)) {
        for (std::size_t i = last; i-- != 0;) w.close_wrapper(at[i], i);
        return {};
    }
    out.resize(original_size);
    return w.take_error(at);
}

/// The XML of `value` as a new string (see above).
template <class T>
result<std::string> write(const T& value, const element_path& at, const write_options& options = {}) {
    std::string text;
    if (auto written = write(value, text, at, options); !written) return written.error();
    return text;
}

}  // namespace awsjobs::xml

#endif
