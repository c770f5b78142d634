// Loading a document: pugixml parses in place, then awsjobs checks what pugixml does
// not (characters, references, DOCTYPE, one root, depth) and decodes the text in place.
#ifndef AWSJOBS_XML_DETAIL_DOCUMENT_HPP
#define AWSJOBS_XML_DETAIL_DOCUMENT_HPP

#include <awsjobs/core/detail/message.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/xml/detail/path.hpp>
#include <awsjobs/xml/detail/pugixml.hpp>
#include <awsjobs/xml/detail/text.hpp>
#include <awsjobs/xml/options.hpp>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs::xml::detail {

using awsjobs::errc;
using awsjobs::error;
using awsjobs::detail::excerpt;
using awsjobs::detail::message;

/// pugixml's parse options for awsjobs: CDATA kept; DOCTYPE and the XML declaration
/// kept so that they can be checked; whitespace-only text kept (`<Message> </Message>`
/// is " ", as botocore reads it); text outside the root kept (parse_fragment) so that it
/// can be refused. No parse_escapes, parse_eol or attribute normalisation: awsjobs
/// decodes text itself (decode_in_place), refusing what pugixml would let through,
/// with offsets into the original input.
inline constexpr unsigned parse_flags =
    pugi::parse_cdata | pugi::parse_ws_pcdata | pugi::parse_declaration | pugi::parse_doctype | pugi::parse_fragment;

/// Why pugixml stopped, in awsjobs' words (its own texts may change between versions).
inline const char* describe_status(pugi::xml_parse_status status) noexcept {
    switch (status) {
    case pugi::status_unrecognized_tag: return "malformed markup after '<'";
    case pugi::status_bad_pi: return "malformed XML declaration or processing instruction";
    case pugi::status_bad_comment: return "malformed comment";
    case pugi::status_bad_cdata: return "malformed CDATA section";
    case pugi::status_bad_doctype: return "malformed document type declaration";
    case pugi::status_bad_pcdata: return "malformed text";
    case pugi::status_bad_start_element: return "malformed start tag";
    case pugi::status_bad_attribute: return "malformed attribute";
    case pugi::status_bad_end_element: return "malformed end tag";
    case pugi::status_end_element_mismatch: return "end tag that does not match the open element, or an element left open";
    case pugi::status_no_document_element: return "no root element";
    default: return "not well-formed XML";
    }
}

/// The offset of a string pugixml keeps in the buffer, or no_offset.
inline std::size_t offset_in(const char* data, std::size_t size, const char* p) noexcept {
    return p >= data && p <= data + size ? static_cast<std::size_t>(p - data) : error::no_offset;
}

/// Where a node starts in the input: an element's '<', a text's first character.
inline std::size_t node_offset(const char* data, std::size_t size, pugi::xml_node node) {
    if (node.type() == pugi::node_element || node.type() == pugi::node_declaration) {
        const std::size_t name = offset_in(data, size, node.name());
        if (name == error::no_offset || name == 0) return name;
        return node.type() == pugi::node_declaration ? name - 2 : name - 1;  // "<?xml", "<Name"
    }
    return offset_in(data, size, node.value());
}

/// The checks pugixml leaves to its user, in one walk over the whole tree in document
/// order (without recursion, so any depth is safe): the first problem wins.
class document_check {
public:
    document_check(char* data, std::size_t size, std::size_t max_depth) : data_(data), size_(size), max_depth_(max_depth) {}

    std::optional<error> run(pugi::xml_document& doc) {
        std::size_t roots = 0;
        bool first = true;
        for (pugi::xml_node top = doc.first_child(); top; top = top.next_sibling()) {
            switch (top.type()) {
            case pugi::node_declaration:
                // Nothing may come before it but a byte order mark (comments leave no node: look at the offset).
                if (const std::size_t at = node_offset(data_, size_, top);
                    !first || !(at == 0 || (at == 3 && std::memcmp(data_, "\xEF\xBB\xBF", 3) == 0)))
                    return fail(errc::syntax, top, "the XML declaration must come first");
                if (auto problem = check_declaration(top)) return problem;
                break;
            case pugi::node_doctype:
                return fail(errc::syntax, top,
                            "DOCTYPE declarations are refused: awsjobs reads no DTD and expands no declared entity");
            case pugi::node_pcdata:
            case pugi::node_cdata:
                if (top.type() == pugi::node_cdata || !is_whitespace(top.value()))
                    return fail(errc::syntax, top, "text outside the root element");
                break;
            case pugi::node_element:
                if (++roots > 1) return fail(errc::syntax, top, "more than one root element");
                if (auto problem = check_tree(top)) return problem;
                break;
            default: break;
            }
            first = false;
        }
        if (roots == 0) return error{errc::syntax, size_, "", "no root element"};
        return std::nullopt;
    }

private:
    error fail(errc code, pugi::xml_node node, std::string why, std::size_t offset = error::no_offset) const {
        if (offset == error::no_offset) offset = node_offset(data_, size_, node);
        return error{code, offset, path_of(node), std::move(why)};
    }

    std::optional<error> check_declaration(pugi::xml_node declaration) {
        if (auto problem = check_attributes(declaration)) return problem;
        const std::string_view version = declaration.attribute("version").value();
        if (version != "1.0") return fail(errc::syntax, declaration, message("XML version '", excerpt(version), "': only 1.0 is read"));
        const pugi::xml_attribute encoding = declaration.attribute("encoding");
        if (encoding) {
            std::string name = encoding.value();
            std::transform(name.begin(), name.end(), name.begin(), [](char c) { return c >= 'a' && c <= 'z' ? char(c - 32) : c; });
            if (name != "UTF-8")
                return fail(errc::invalid_encoding, declaration,
                            message("the document declares the encoding '", excerpt(name), "': only UTF-8 is read"));
        }
        return std::nullopt;
    }

    std::optional<error> decode(pugi::xml_node owner, char* text, text_kind kind) {
        const std::size_t n = std::strlen(text);
        const decoded d = decode_in_place(text, n, kind);
        if (!d.why) return std::nullopt;
        const std::size_t start = offset_in(data_, size_, text);
        return fail(errc::syntax, owner, d.why, start == error::no_offset ? start : start + d.where);
    }

    std::optional<error> check_attributes(pugi::xml_node element) {
        std::size_t count = 0;
        for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
            ++count;
            if (auto problem = decode(element, const_cast<char*>(a.value()), text_kind::attribute)) return problem;
        }
        if (count < 2) return std::nullopt;
        // pugixml accepts an attribute twice; XML does not.
        names_.clear();
        for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) names_.emplace_back(a.name());
        std::sort(names_.begin(), names_.end());
        const auto twice = std::adjacent_find(names_.begin(), names_.end());
        if (twice != names_.end()) return fail(errc::syntax, element, message("attribute '", excerpt(*twice), "' appears twice"));
        return std::nullopt;
    }

    // Every node below `root`, depth first, in document order.
    std::optional<error> check_tree(pugi::xml_node root) {
        std::size_t depth = 1;
        pugi::xml_node node = root;
        while (true) {
            switch (node.type()) {
            case pugi::node_element:
                if (depth > max_depth_)
                    return fail(errc::depth_exceeded, node, message("elements nested deeper than ", max_depth_, " levels"));
                if (auto problem = check_attributes(node)) return problem;
                break;
            case pugi::node_pcdata:
            case pugi::node_cdata:
                if (auto problem = decode(node, const_cast<char*>(node.value()),
                                          node.type() == pugi::node_cdata ? text_kind::cdata : text_kind::pcdata))
                    return problem;
                break;
            default: break;
            }
            if (pugi::xml_node child = node.first_child()) {
                node = child;
                ++depth;
                continue;
            }
            while (!node.next_sibling()) {
                if (node == root) return std::nullopt;
                node = node.parent();
                --depth;
            }
            if (node == root) return std::nullopt;
            node = node.next_sibling();
        }
    }

    char* data_;
    std::size_t size_;
    std::size_t max_depth_;
    std::vector<std::string_view> names_;
};

/// An input longer than read_options::max_input_size, refused at the first byte past the limit.
inline error input_too_large(std::size_t size, const read_options& options) {
    return error{errc::input_too_large, options.max_input_size, "",
                 message("the input is ", size, " bytes, more than read_options::max_input_size (",
                         options.max_input_size, ")")};
}

/// Parses data[0, size) in place into `doc` and checks it: afterwards every text and
/// attribute value in it is decoded, within the buffer.
inline std::optional<error> load(pugi::xml_document& doc, char* data, std::size_t size, const read_options& options) {
    if (size > options.max_input_size) return input_too_large(size, options);
    // The characters first, on the original bytes: pugixml checks none of them.
    const character_problem chars = scan_characters(data, size);
    const pugi::xml_parse_result parsed = doc.load_buffer_inplace(data, size, parse_flags, pugi::encoding_utf8);
    if (parsed.status == pugi::status_out_of_memory) throw std::bad_alloc();
    const auto parse_offset = static_cast<std::size_t>(parsed.offset);
    // Whichever comes first in the input: a byte that is not XML, or malformed markup.
    if (chars.kind != character_problem::none && (parsed || chars.offset <= parse_offset)) {
        if (chars.kind == character_problem::invalid_utf8) return error{errc::invalid_encoding, chars.offset, "", "invalid UTF-8"};
        return error{errc::syntax, chars.offset, "", message("character ", code_point_name(chars.code_point), " is not allowed in XML 1.0")};
    }
    if (!parsed) return error{errc::syntax, parse_offset, "", describe_status(parsed.status)};
    return document_check(data, size, std::min(options.max_depth, read_options::max_depth_limit)).run(doc);
}

}  // namespace awsjobs::xml::detail

#endif
