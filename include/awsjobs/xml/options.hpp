/// \file
/// Options for reading and writing XML, and where in a document a value is.
#ifndef AWSJOBS_XML_OPTIONS_HPP
#define AWSJOBS_XML_OPTIONS_HPP

#include <array>
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <memory_resource>
#include <span>
#include <stdexcept>
#include <string_view>

namespace awsjobs::xml {

/// Limits for reading XML: those json::read_options has, with the same meanings, defaults and error codes.
struct read_options {
    /// Elements may nest this deep (the root element is depth 1); one level deeper
    /// is errc::depth_exceeded. Values above max_depth_limit count as max_depth_limit,
    /// which bounds the stack that reading a recursive type needs.
    std::size_t max_depth = 128;

    /// The deepest max_depth can be: the stack reading it needs stays bounded.
    static constexpr std::size_t max_depth_limit = 4096;
    /// For max_input_size and max_elements: no limit.
    static constexpr std::size_t unlimited = std::numeric_limits<std::size_t>::max();

    /// A longer input is errc::input_too_large, refused before any of it is parsed
    /// (and, by parse(std::string_view), before it is copied). pugixml's tree costs a
    /// small multiple of the input, so this bounds it too.
    std::size_t max_input_size = unlimited;

    /// List items (`<member>` elements) read into the value, counted over all its lists;
    /// one more is errc::too_many_elements, at that element. This caps the memory the
    /// value can cost beyond the input's own size, as in json::read_options. Elements
    /// the value has no member for are skipped unread and not counted.
    std::size_t max_elements = unlimited;

    /// Where the strings, lists and maps of a value of the std::pmr flavour
    /// (`importexport::pmr::GetStatusOutput` ...) are allocated; nullptr is
    /// std::pmr::get_default_resource(). The other flavours ignore it. The resource must
    /// outlive the value, as json::read_options::resource says.
    std::pmr::memory_resource* resource = nullptr;
};

/// How XML is written.
struct write_options {
    /// Compact output (the wire form) unless pretty is set: then each element
    /// starts a line, indented by its depth. Text is never reindented.
    bool pretty = false;
    /// Spaces per nesting level when pretty.
    unsigned indent = 4;
    /// When not empty, the outermost element gets `xmlns="..."` (its default namespace).
    std::string_view xmlns{};
};

/// The elements, from the root down, whose last one holds a value: e.g.
/// {"GetStatusResponse", "GetStatusResult"} for the result of a query-protocol response.
/// Reading checks the root's name and finds each further element among the children
/// of the one before (wherever it is among its siblings); writing writes them around
/// the value. Names are compared without their namespace prefix.
///
/// Holds its names by value (at most max_size of them), so that a path made from a
/// braced list can be stored; the names themselves must outlive it.
class element_path {
public:
    static constexpr std::size_t max_size = 8;  ///< The most names a path holds.

    /// No names: reading takes the root element, whatever its name.
    constexpr element_path() noexcept = default;

    /// The names, from the root down; more than max_size throws std::length_error.
    ///@{
    constexpr element_path(std::initializer_list<std::string_view> names) { assign(names.begin(), names.size()); }
    constexpr element_path(std::span<const std::string_view> names) { assign(names.data(), names.size()); }
    ///@}

    /// How many names there are.
    constexpr std::size_t size() const noexcept { return size_; }
    /// Whether there are none.
    constexpr bool empty() const noexcept { return size_ == 0; }
    /// The name at depth i + 1. Precondition: i < size().
    constexpr std::string_view operator[](std::size_t i) const noexcept { return names_[i]; }
    /// The names, from the root down.
    ///@{
    constexpr const std::string_view* begin() const noexcept { return names_.data(); }
    constexpr const std::string_view* end() const noexcept { return names_.data() + size_; }
    ///@}

private:
    constexpr void assign(const std::string_view* names, std::size_t n) {
        if (n > max_size) throw std::length_error("awsjobs::xml::element_path holds at most 8 names");
        for (std::size_t i = 0; i != n; ++i) names_[i] = names[i];
        size_ = n;
    }

    std::array<std::string_view, max_size> names_{};
    std::size_t size_ = 0;
};

}  // namespace awsjobs::xml

#endif
