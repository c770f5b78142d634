// XPath-like paths of elements for error messages: /GetStatusResponse/ArtifactList/member[2]/URL.
#ifndef AWSJOBS_XML_DETAIL_PATH_HPP
#define AWSJOBS_XML_DETAIL_PATH_HPP

#include <awsjobs/xml/detail/pugixml.hpp>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs::xml::detail {

/// The name of list items, as the query protocol writes them.
inline constexpr std::string_view list_item_name = "member";

/// The names of a map's entries and of their key and value, as the query protocol writes
/// them when the model gives a map no names of its own (and does not flatten it).
inline constexpr std::string_view map_entry_name = "entry";
inline constexpr std::string_view map_key_name = "key";      ///< See map_entry_name.
inline constexpr std::string_view map_value_name = "value";  ///< See map_entry_name.

/// The name without its namespace prefix: `a:Foo` is `Foo`. (pugixml does no
/// namespace processing, and the AWS protocols ignore prefixes.)
inline std::string_view local_name(const char* name) noexcept {
    const std::string_view full(name);
    const std::size_t colon = full.rfind(':');
    return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

/// `/Root/Child/member[2]/Leaf` for an element (or for the element that holds text
/// or an attribute); empty outside the root element. An element gets its 1-based position among the siblings of its
/// name when it is a list item or has such siblings.
inline std::string path_of(pugi::xml_node node) {
    while (node && node.type() != pugi::node_element && node.type() != pugi::node_document) node = node.parent();
    std::vector<std::string> segments;
    for (; node && node.type() == pugi::node_element; node = node.parent()) {
        std::string segment = "/";
        segment += node.name();
        std::size_t position = 1, same = 0;
        for (pugi::xml_node s = node.parent().first_child(); s; s = s.next_sibling()) {
            if (s.type() != pugi::node_element || std::strcmp(s.name(), node.name()) != 0) continue;
            ++same;
            if (s == node) position = same;
        }
        if (same > 1 || local_name(node.name()) == list_item_name || local_name(node.name()) == map_entry_name) {
            segment += '[';
            segment += std::to_string(position);
            segment += ']';
        }
        segments.push_back(std::move(segment));
    }
    std::string path;
    for (auto it = segments.rbegin(); it != segments.rend(); ++it) path += *it;
    return path;
}

}  // namespace awsjobs::xml::detail

#endif
