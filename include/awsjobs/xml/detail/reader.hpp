// The reading engine: walks the checked pugixml tree and fills a described C++ value.
//
// It follows the C++ type, not the document: an element no member names is skipped
// without being looked into (document.hpp has checked all of it already), so
// reading recurses only as deep as the type nests. Strings are views of the decoded
// text in the buffer, or copies of it.
#ifndef AWSJOBS_XML_DETAIL_READER_HPP
#define AWSJOBS_XML_DETAIL_READER_HPP

#include <awsjobs/core/detail/chrono.hpp>
#include <awsjobs/core/detail/message.hpp>
#include <awsjobs/core/detail/resource.hpp>
#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/required.hpp>
#include <awsjobs/core/timestamp.hpp>
#include <awsjobs/xml/detail/describe.hpp>
#include <awsjobs/xml/detail/document.hpp>
#include <awsjobs/xml/detail/number.hpp>
#include <awsjobs/xml/detail/path.hpp>
#include <awsjobs/xml/detail/pugixml.hpp>
#include <awsjobs/xml/detail/text.hpp>
#include <awsjobs/xml/options.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory_resource>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <vector>

namespace awsjobs::xml::detail {

template <class T>
inline constexpr bool unsupported = false;

class reader {
public:
    /// `resource`: where values on a memory resource (std::pmr::string ...) allocate.
    reader(char* data, std::size_t size, std::size_t max_elements, std::pmr::memory_resource* resource) noexcept
        : data_(data), size_(size), elements_left_(max_elements), resource_(resource) {}

    /// The element at `at` below the document's root (the root itself for an empty path).
    std::optional<pugi::xml_node> locate(pugi::xml_document& doc, const element_path& at) {
        pugi::xml_node node = doc.document_element();
        if (at.empty()) return node;
        if (local_name(node.name()) != at[0]) {
            fail_at(errc::type_mismatch, node, message("expected the root element <", at[0], ">, got <", node.name(), ">"));
            return std::nullopt;
        }
        for (std::size_t i = 1; i != at.size(); ++i) {
            pugi::xml_node found;
            for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
                if (child.type() != pugi::node_element || local_name(child.name()) != at[i]) continue;
                if (found) {
                    fail_at(errc::duplicate_key, child, message("element <", at[i], "> appears twice"));
                    return std::nullopt;
                }
                found = child;
            }
            if (!found) {
                fail_at(errc::missing_required, node, message("no element <", at[i], "> in <", node.name(), ">"));
                return std::nullopt;
            }
            node = found;
        }
        return node;
    }

    /// Reads the content of `element` into `out`.
    template <class T>
    bool read(pugi::xml_node element, T& out) {
        if constexpr (is_optional_like<T>::value) {
            return read(element, out.emplace());
        } else if constexpr (is_vector<T>::value) {
            return read_list(element, out);
        } else if constexpr (awsjobs::is_map<T>::value) {
            return read_map(element, out);
        } else if constexpr (awsjobs::is_one_of<T>::value) {
            static_assert(unsupported<T>, "awsjobs::xml does not read one-of unions: the query protocol has none");
        } else if constexpr (described_struct<T>) {
            return read_struct(element, out);
        } else {
            std::string_view text;
            if (!text_of(element, text)) return false;
            return read_text(element, text, out);
        }
    }

    error take_error() { return std::move(error_); }

private:

    // ---- errors: the path is made from the tree, only when there is an error ----
    [[gnu::cold, gnu::noinline]] bool fail(errc code, pugi::xml_node where, std::size_t offset, std::string why) {
        error_ = error{code, offset, path_of(where), std::move(why)};
        return false;
    }
    /// An error about an element, at its '<'.
    bool fail_at(errc code, pugi::xml_node element, std::string why) {
        return fail(code, element, node_offset(data_, size_, element), std::move(why));
    }
    /// An error about the text of `element`, at its first character.
    bool fail_text(errc code, pugi::xml_node element, std::string why) {
        for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling())
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
                return fail(code, element, node_offset(data_, size_, child), std::move(why));
        return fail_at(code, element, std::move(why));
    }

    // ---- text ----

    /// The text of a leaf element: its text and CDATA pieces, joined in place when
    /// there are several (comments split text into pieces). An element inside is an error.
    bool text_of(pugi::xml_node element, std::string_view& text) {
        pugi::xml_node first_piece;
        std::size_t pieces = 0;
        for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
            if (child.type() == pugi::node_element)
                return fail_at(errc::type_mismatch, child, message("expected text, got element <", child.name(), ">"));
            if (child.type() != pugi::node_pcdata && child.type() != pugi::node_cdata) continue;
            if (pieces++ == 0) first_piece = child;
        }
        if (pieces == 0) {
            text = {};
            return true;
        }
        char* const start = const_cast<char*>(first_piece.value());
        std::size_t size = std::strlen(start);
        if (pieces > 1) {
            // The pieces lie in order in the buffer, with markup between them that
            // nothing refers to any more: each moves down to follow the one before.
            for (pugi::xml_node child = first_piece.next_sibling(); child; child = child.next_sibling()) {
                if (child.type() != pugi::node_pcdata && child.type() != pugi::node_cdata) continue;
                const char* piece = child.value();
                const std::size_t n = std::strlen(piece);
                std::memmove(start + size, piece, n);
                size += n;
            }
            start[size] = '\0';
        }
        text = {start, size};
        return true;
    }

    template <class T>
    bool read_text(pugi::xml_node element, std::string_view text, T& out) {
        if constexpr (std::is_same_v<T, std::string>) {
            out.assign(text.data(), text.size());
            return true;
        } else if constexpr (std::is_same_v<T, std::pmr::string>) {
            awsjobs::detail::on_resource(out, resource_).assign(text.data(), text.size());
            return true;
        } else if constexpr (std::is_same_v<T, std::string_view>) {
            out = text;  // into the buffer parsed in place
            return true;
        } else if constexpr (std::is_same_v<T, bool>) {
            if (text == "true") out = true;
            else if (text == "false") out = false;
            else return fail_text(errc::type_mismatch, element, message("expected true or false, got '", excerpt(text), "'"));
            return true;
        } else if constexpr (awsjobs::detail::integer_number<T>) {
            switch (parse_integer(text, out)) {
            case number_status::ok: return true;
            case number_status::out_of_range:
                return fail_text(errc::out_of_range, element,
                                 message("'", excerpt(text), "' does not fit in ", awsjobs::detail::integer_name<T>()));
            default:
                return fail_text(errc::type_mismatch, element, message("expected an integer, got '", excerpt(text), "'"));
            }
        } else if constexpr (std::is_floating_point_v<T>) {
            switch (parse_floating(text, out)) {
            case number_status::ok: return true;
            case number_status::out_of_range:
                return fail_text(errc::out_of_range, element,
                                 message("'", excerpt(text), "' cannot be represented as ", sizeof(T) == sizeof(float) ? "float" : "double"));
            default:
                return fail_text(errc::type_mismatch, element, message("expected a finite number, got '", excerpt(text), "'"));
            }
        } else if constexpr (described_enum<T>) {
            using info = enum_info<T>;
            const std::size_t i = info::table.find(text);
            if (i == info::table.not_found)
                return fail_text(errc::unknown_enumerator, element, message("'", excerpt(text, 80), "' is not a known value"));
            out = info::values[i];
            return true;
        } else if constexpr (awsjobs::is_open_enum<T>::value) {
            awsjobs::detail::read_open_enum<T, enum_info<typename T::enum_type>>(out, text, resource_);
            return true;
        } else if constexpr (awsjobs::is_timestamp<T>::value) {
            // The form the member is declared with: XML text does not say which it is.
            awsjobs::detail::instant when;
            const char* why = T::format == awsjobs::timestamp_format::iso8601 ? awsjobs::detail::parse_iso8601(text, when)
                                                                           : awsjobs::detail::parse_epoch_seconds(text, when);
            if (why) return fail_text(errc::invalid_timestamp, element, message("'", excerpt(text, 60), "': ", why));
            out = T(std::chrono::sys_seconds(std::chrono::seconds(when.seconds)), std::chrono::nanoseconds(when.nanoseconds));
            return true;
        } else {
            static_assert(unsupported<T>,
                          "awsjobs::xml cannot read this type: describe it with BOOST_DESCRIBE_STRUCT (in the type's "
                          "namespace) or BOOST_DESCRIBE_ENUM, or use a supported standard type");
        }
    }

    /// Text between child elements may only be whitespace (indentation).
    bool only_whitespace(pugi::xml_node element, pugi::xml_node child, const char* expected) {
        if (child.type() == pugi::node_pcdata && is_whitespace(child.value())) return true;
        return fail(errc::type_mismatch, element, node_offset(data_, size_, child),
                    message("expected ", expected, ", got text '", excerpt(child.value()), "'"));
    }

    // ---- containers ----

    template <class T>
    bool read_struct(pugi::xml_node element, T& out) {
        using info = struct_info<T>;
        static_assert(info::size <= 64, "awsjobs::xml reads structs of at most 64 members");
        std::uint64_t seen = 0;
        for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element) {
                if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
                    if (!only_whitespace(element, child, "elements")) return false;
                continue;
            }
            const std::size_t i = info::table.find(local_name(child.name()));
            if (i == info::table.not_found) continue;  // unknown: skipped, whatever it holds
            const std::uint64_t bit = std::uint64_t(1) << i;
            if (seen & bit) return fail_at(errc::duplicate_key, child, message("element <", child.name(), "> appears twice"));
            seen |= bit;
            const bool ok = boost::mp11::mp_with_index<info::size>(i, [&](auto I) {
                using D = boost::mp11::mp_at_c<typename info::members, I>;
                return read(child, out.*D::pointer);
            });
            if (!ok) return false;
        }
        return true;
    }

    template <class V>
    bool read_list(pugi::xml_node element, V& out) {
        if constexpr (awsjobs::detail::on_memory_resource<V>) awsjobs::detail::on_resource(out, resource_);
        out.clear();
        for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element) {
                if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
                    if (!only_whitespace(element, child, "<member> elements")) return false;
                continue;
            }
            if (local_name(child.name()) != list_item_name)
                return fail_at(errc::type_mismatch, child, message("expected <member>, got <", child.name(), ">"));
            if (elements_left_ == 0)
                return fail_at(errc::too_many_elements, child, "more list elements than read_options::max_elements allows");
            --elements_left_;
            if (!read(child, out.emplace_back())) return false;
        }
        return true;
    }

    // The query protocol's map form: <entry><key>k</key><value>v</value></entry> for each
    // entry, in document order (botocore's _handle_map). Each entry counts as a list element
    // does; a repeated key, an entry without a key, and a repeated <key> or <value> are
    // errors. An entry without <value> leaves the value as its type starts (absent, for an
    // optional one); elements of other names in an entry are skipped, as in a struct.
    template <class M>
    bool read_map(pugi::xml_node element, M& out) {
        using key_type = typename M::key_type;
        static_assert(awsjobs::detail::is_text<key_type>::value || awsjobs::is_open_enum<key_type>::value,
                      "awsjobs::xml reads map keys as std::string, std::string_view or awsjobs::open_enum");
        out.clear();
        auto& entries = awsjobs::detail::map_access::entries(out);
        if constexpr (awsjobs::detail::on_memory_resource<std::remove_reference_t<decltype(entries)>>)
            awsjobs::detail::on_resource(entries, resource_);
        // The key texts so far (views of the buffer parsed in place): equal texts are equal
        // keys, and a set finds a repeated one in O(1), where a search of the entries would
        // make a map of many keys quadratic.
        std::unordered_set<std::string_view> key_texts;
        for (pugi::xml_node entry = element.first_child(); entry; entry = entry.next_sibling()) {
            if (entry.type() != pugi::node_element) {
                if (entry.type() == pugi::node_pcdata || entry.type() == pugi::node_cdata)
                    if (!only_whitespace(element, entry, "<entry> elements")) return false;
                continue;
            }
            if (local_name(entry.name()) != map_entry_name)
                return fail_at(errc::type_mismatch, entry, message("expected <entry>, got <", entry.name(), ">"));
            if (elements_left_ == 0)
                return fail_at(errc::too_many_elements, entry, "more list elements than read_options::max_elements allows");
            --elements_left_;
            pugi::xml_node key_element, value_element;
            for (pugi::xml_node child = entry.first_child(); child; child = child.next_sibling()) {
                if (child.type() != pugi::node_element) {
                    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
                        if (!only_whitespace(entry, child, "<key> and <value>")) return false;
                    continue;
                }
                const std::string_view name = local_name(child.name());
                pugi::xml_node* slot = name == map_key_name ? &key_element : name == map_value_name ? &value_element : nullptr;
                if (!slot) continue;
                if (*slot) return fail_at(errc::duplicate_key, child, message("element <", child.name(), "> appears twice"));
                *slot = child;
            }
            if (!key_element) return fail_at(errc::missing_required, entry, "map entry without <key>");
            std::string_view key_text;
            key_type key{};
            if (!text_of(key_element, key_text) || !read_text(key_element, key_text, key)) return false;
            if (!key_texts.insert(key_text).second)
                return fail_text(errc::duplicate_key, key_element, message("duplicate key '", excerpt(key_text, 80), "' in a map"));
            auto& value = entries.emplace_back(std::move(key), typename M::mapped_type{}).second;
            if (value_element && !read(value_element, value)) return false;
        }
        return true;
    }

    template <class T>
    using is_optional_like = awsjobs::detail::is_optional_like<T>;
    template <class T>
    using is_vector = awsjobs::detail::is_vector<T>;

    char* data_;
    std::size_t size_;
    std::size_t elements_left_;  // list elements read_options::max_elements still allows
    std::pmr::memory_resource* resource_;
    error error_;
};

}  // namespace awsjobs::xml::detail

#endif
