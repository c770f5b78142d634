// Described types and helpers shared by the XML tests. Nothing here is AWS-specific.
#ifndef AWSJOBS_TESTS_XML_TYPES_HPP
#define AWSJOBS_TESTS_XML_TYPES_HPP

#include <awsjobs/xml.hpp>
#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xml_tests {

namespace xml = awsjobs::xml;

enum class Color { Red, Green, DarkBlue };
BOOST_DESCRIBE_ENUM(Color, Red, Green, DarkBlue)
// A wire name that is no identifier, through the customisation every format uses.
constexpr std::string_view awsjobs_enum_name(Color c) { return c == Color::DarkBlue ? "dark blue" : ""; }

struct Ints {
    std::optional<std::int8_t> i8;
    std::optional<std::int16_t> i16;
    std::optional<std::int32_t> i32;
    std::optional<std::int64_t> i64;
    std::optional<std::uint8_t> u8;
    std::optional<std::uint16_t> u16;
    std::optional<std::uint32_t> u32;
    std::optional<std::uint64_t> u64;
    friend bool operator==(const Ints&, const Ints&) = default;
};
BOOST_DESCRIBE_STRUCT(Ints, (), (i8, i16, i32, i64, u8, u16, u32, u64))

struct Item {
    std::optional<std::string> Name;
    std::optional<std::string> URL;
    friend bool operator==(const Item&, const Item&) = default;
};
BOOST_DESCRIBE_STRUCT(Item, (), (Name, URL))

struct Record {
    std::optional<std::string> Id;
    awsjobs::required<std::string> Text;
    std::optional<bool> Flag;
    std::optional<std::int32_t> Count;
    std::optional<double> Ratio;
    std::optional<Color> Hue;
    std::optional<awsjobs::open_enum<Color>> Shade;
    std::optional<awsjobs::iso8601_timestamp> When;
    std::optional<awsjobs::epoch_timestamp> Epoch;
    std::optional<std::vector<Item>> Items;
    std::optional<std::vector<std::string>> Tags;
    std::optional<Item> Best;
    friend bool operator==(const Record&, const Record&) = default;
};
BOOST_DESCRIBE_STRUCT(Record, (), (Id, Text, Flag, Count, Ratio, Hue, Shade, When, Epoch, Items, Tags, Best))

struct RecordView {
    std::optional<std::string_view> Id;
    awsjobs::required<std::string_view> Text;
    std::optional<std::vector<std::string_view>> Tags;
    std::optional<awsjobs::open_enum<Color, std::string_view>> Shade;
};
BOOST_DESCRIBE_STRUCT(RecordView, (), (Id, Text, Tags, Shade))

/// A type whose element names differ from its member names, through the XML customisation.
struct Renamed {
    std::optional<std::string> message;
    std::optional<std::int32_t> code;
    friend bool operator==(const Renamed&, const Renamed&) = default;
};
BOOST_DESCRIBE_STRUCT(Renamed, (), (message, code))
constexpr std::string_view awsjobs_xml_member_name(const Renamed*, std::string_view member) {
    return member == "message" ? "Message" : member == "code" ? "Code" : member;
}

/// A type that nests in itself, to bound reading depth.
struct Node {
    std::optional<std::vector<Node>> Children;
    std::optional<std::string> Label;
    friend bool operator==(const Node&, const Node&) = default;
};
BOOST_DESCRIBE_STRUCT(Node, (), (Children, Label))

/// Reads a copy of `text`, failing the test with the error if it does not read.
template <class T>
T read_ok(std::string_view text, const xml::element_path& at = {}) {
    std::string buffer(text);
    auto parsed = xml::parse_in_place<T>(buffer, at);
    INFO(text);
    REQUIRE_MESSAGE(parsed.has_value(), (parsed ? std::string() : parsed.error().describe()));
    return std::move(*parsed);
}

/// Reads `text`, expecting failure, and returns the error.
template <class T>
awsjobs::error read_error(std::string_view text, const xml::element_path& at = {}, const xml::read_options& options = {}) {
    std::string buffer(text);
    auto parsed = xml::parse_in_place<T>(buffer, at, options);
    INFO(text);
    REQUIRE_FALSE(parsed.has_value());
    return parsed.error();
}

template <class T>
std::string write_ok(const T& value, const xml::element_path& at, const xml::write_options& options = {}) {
    auto text = xml::write(value, at, options);
    REQUIRE_MESSAGE(text.has_value(), (text ? std::string() : text.error().describe()));
    return *text;
}

}  // namespace xml_tests

#endif
