/// \file
/// Reading: XML text into a described C++ value.
#ifndef AWSJOBS_XML_READ_HPP
#define AWSJOBS_XML_READ_HPP

#include <awsjobs/core/document.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/result.hpp>
#include <awsjobs/xml/detail/document.hpp>
#include <awsjobs/xml/detail/pugixml.hpp>
#include <awsjobs/xml/detail/reader.hpp>
#include <awsjobs/xml/options.hpp>

#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace awsjobs::xml {

/// Parses `data[0, size)` in place and reads the content of the element at `at`
/// (the root element when `at` is empty) into a T. Text is decoded inside the buffer
/// and every std::string_view in the result points into it, so the buffer must
/// outlive the result and no longer holds the original text afterwards.
template <class T>
result<T> parse_in_place(char* data, std::size_t size, const element_path& at = {}, const read_options& options = {}) {
    static_assert(std::is_default_constructible_v<T>, "awsjobs::xml reads into default-constructible types");
    result<T> parsed(std::in_place);
    pugi::xml_document doc;
    if (auto failure = detail::load(doc, data, size, options)) return std::move(*failure);
    detail::reader r(data, size, options.max_elements,
                     options.resource ? options.resource : std::pmr::get_default_resource());
    const auto element = r.locate(doc, at);
    if (!element || !r.read(*element, *parsed)) return r.take_error();
    return parsed;
}

/// Parses a std::string in place (see above).
template <class T>
result<T> parse_in_place(std::string& buffer, const element_path& at = {}, const read_options& options = {}) {
    return parse_in_place<T>(buffer.data(), buffer.size(), at, options);
}

/// Takes ownership of `text` (no copy) and parses it in place.
/// `auto status = xml::parse<T>(std::move(body), {"GetStatusResponse", "GetStatusResult"});`
template <class T, class String>
    requires std::same_as<String, std::string>
document<T> parse(String&& text, const element_path& at = {}, const read_options& options = {}) {
    return awsjobs::detail::read_document<T>(std::move(text),
                                             [&](std::string& buffer) { return parse_in_place<T>(buffer, at, options); });
}

/// Copies `text` once, then parses the copy in place. When T keeps nothing of the text (its
/// strings are std::string or std::pmr::string, no std::string_view), the copy goes before this
/// returns; otherwise the document keeps it.
template <class T>
document<T> parse(std::string_view text, const element_path& at = {}, const read_options& options = {}) {
    // Refused before the copy, which would cost as much as the input.
    if (text.size() > options.max_input_size)
        return document<T>(nullptr, result<T>(detail::input_too_large(text.size(), options)));
    return awsjobs::detail::read_document<T>(std::string(text),
                                             [&](std::string& buffer) { return parse_in_place<T>(buffer, at, options); });
}

}  // namespace awsjobs::xml

#endif
