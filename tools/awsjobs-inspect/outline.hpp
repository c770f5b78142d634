// A readable outline of any awsjobs model value, driven by the same Boost.Describe
// reflection as the JSON codec, so every shape of every operation prints without
// code of its own:
//
//   Id: 6cEXAMPLE818f7c7a23b3d0EXAMPLE1c
//   State: COMPLETED
//   Details: ImportAssetsFromS3
//     AssetSources:
//       - Bucket: DOC-EXAMPLE-BUCKET
//         Key: MyKey
//
// Members print under their wire names, absent ones not at all; timestamps print
// as ISO 8601 in UTC whatever their wire format; text of several lines as a block.
#ifndef AWSJOBS_INSPECT_OUTLINE_HPP
#define AWSJOBS_INSPECT_OUTLINE_HPP

#include <awsjobs/core/map.hpp>
#include <awsjobs/json.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <optional>
#include <ostream>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace awsjobs_inspect {

namespace json = awsjobs::json;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_optional<awsjobs::required<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

template <class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public>;

template <class T>
concept described_struct = boost::describe::has_describe_members<T>::value;

/// A value that fits on the line of its key.
template <class T>
concept scalar = std::is_arithmetic_v<T> || std::is_convertible_v<const T&, std::string_view> ||
                 awsjobs::is_open_enum<T>::value || awsjobs::is_timestamp<T>::value;

constexpr bool is_control(char c) noexcept { return static_cast<unsigned char>(c) < 0x20 || c == '\x7f'; }

/// Text as it is, unless control characters would garble the outline: then quoted and escaped.
inline std::string printable(std::string_view text) {
    return std::none_of(text.begin(), text.end(), is_control) ? std::string(text) : json::write(text).value();
}

/// Lines of text (a manifest, a signature file) that read best as an indented block.
inline bool is_multiline(std::string_view text) {
    return text.find('\n') != std::string_view::npos &&
           std::none_of(text.begin(), text.end(), [](char c) { return is_control(c) && c != '\n'; });
}

template <scalar T>
std::string format_scalar(const T& value) {
    if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        return printable(value);
    } else if constexpr (awsjobs::is_open_enum<T>::value) {
        return printable(value.wire_name()) + (value.is_known() ? "" : " (not in the model)");
    } else if constexpr (awsjobs::is_timestamp<T>::value) {
        const std::string quoted = json::write(awsjobs::iso8601_timestamp(value)).value();
        return quoted.substr(1, quoted.size() - 2);
    } else {
        return json::write(value).value();  // numbers and booleans as in JSON
    }
}

class outline {
public:
    /// Members named in `first` print before the others, at every level, in that order.
    outline(std::ostream& out, std::span<const std::string_view> first) : out_(out), first_(first) {}

    template <class T>
    void members(const T& value, int indent) {
        for (std::string_view name : first_) {
            boost::mp11::mp_for_each<members_of<T>>([&](auto D) {
                if (D.name == name) field(D.name, value.*D.pointer, indent);
            });
        }
        boost::mp11::mp_for_each<members_of<T>>([&](auto D) {
            if (std::find(first_.begin(), first_.end(), D.name) == first_.end())
                field(D.name, value.*D.pointer, indent);
        });
    }

    /// `name: value`, or `name:` and the value's outline below it.
    template <class T>
    void field(std::string_view name, const T& value, int indent) {
        if constexpr (is_optional<T>::value) {
            if (value) field(name, *value, indent);
        } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
            if (!is_multiline(value)) {
                line(indent) << name << ": " << printable(value) << '\n';
                return;
            }
            line(indent) << name << ": |\n";  // YAML's literal block
            std::string_view rest = value;
            for (std::size_t end; (end = rest.find('\n')) != std::string_view::npos; rest.remove_prefix(end + 1))
                line(indent + 2) << rest.substr(0, end) << '\n';
            line(indent + 2) << rest << '\n';
        } else if constexpr (scalar<T>) {
            line(indent) << name << ": " << format_scalar(value) << '\n';
        } else if constexpr (awsjobs::is_one_of<T>::value) {
            one_of(name, value, indent);
        } else if constexpr (is_vector<T>::value) {
            if (value.empty()) {
                line(indent) << name << ": (none)\n";
            } else {
                line(indent) << name << ":\n";
                body(value, indent + 2);
            }
        } else {
            line(indent) << name << ":\n";
            body(value, indent + 2);
        }
    }

private:
    // What follows a key on the lines below it.
    template <class T>
    void body(const T& value, int indent) {
        if constexpr (is_vector<T>::value) {
            for (const auto& item : value) list_item(item, indent);
        } else if constexpr (scalar<T>) {
            line(indent) << format_scalar(value) << '\n';
        } else if constexpr (awsjobs::is_map<T>::value) {
            if (value.empty()) line(indent) << "(none)\n";
            for (const auto& [key, entry] : value) field(format_scalar(key), entry, indent);  // in arrival order
        } else {
            static_assert(described_struct<T>, "outline prints scalars, lists, maps, one_of and described structs");
            members(value, indent);
        }
    }

    // YAML style: the item's first line starts with "- ", the others line up after it.
    template <class T>
    void list_item(const T& item, int indent) {
        if constexpr (scalar<T>) {
            line(indent) << "- " << format_scalar(item) << '\n';
        } else {
            std::ostringstream text;
            outline nested(text, first_);
            nested.body(item, indent + 2);
            std::string lines = std::move(text).str();
            if (lines.empty()) lines = std::string(indent + 2, ' ') + "{}\n";
            lines.replace(static_cast<std::size_t>(indent), 2, "- ");
            out_ << lines;
        }
    }

    template <class U>
    void one_of(std::string_view name, const U& value, int indent) {
        const std::size_t index = value.index();
        if (index == 0) {
            line(indent) << name << ": (no alternative)\n";
        } else if (index == U::keys.size() + 1) {
            const auto& unknown = *std::get_if<awsjobs::unknown_alternative>(&value.as_variant());
            line(indent) << name << ": " << printable(unknown.key) << " (not in the model)\n";
            line(indent + 2) << unknown.json << '\n';
        } else {
            line(indent) << name << ": " << value.key() << '\n';
            boost::mp11::mp_with_index<U::keys.size() + 1>(index, [&](auto I) {
                if constexpr (I != 0) body(*std::get_if<I>(&value.as_variant()), indent + 2);
            });
        }
    }

    std::ostream& line(int indent) { return out_ << std::string(static_cast<std::size_t>(indent), ' '); }

    std::ostream& out_;
    std::span<const std::string_view> first_;
};

}  // namespace awsjobs_inspect

#endif
