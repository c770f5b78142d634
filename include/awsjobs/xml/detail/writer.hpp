// The writing engine: walks a described C++ value and appends XML to a std::string.
#ifndef AWSJOBS_XML_DETAIL_WRITER_HPP
#define AWSJOBS_XML_DETAIL_WRITER_HPP

#include <awsjobs/core/detail/chrono.hpp>
#include <awsjobs/core/detail/message.hpp>
#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/timestamp.hpp>
#include <awsjobs/xml/detail/describe.hpp>
#include <awsjobs/xml/detail/path.hpp>
#include <awsjobs/xml/detail/text.hpp>
#include <awsjobs/xml/options.hpp>

#include <boost/mp11/algorithm.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace awsjobs::xml::detail {

using awsjobs::errc;
using awsjobs::error;
using awsjobs::detail::message;

template <class T>
inline constexpr bool unwritable_type = false;

class writer {
public:
    writer(std::string& out, const write_options& options) : out_(out), start_(out.size()), options_(options) {}

    /// Writes `value` as the element `name` (nothing for an empty optional).
    template <class T>
    bool element(std::string_view name, const T& value, std::size_t depth) {
        if constexpr (is_optional_like<T>::value) {
            return !value || element(name, *value, depth);
        } else if constexpr (is_vector<T>::value) {
            open(name, depth);
            const std::size_t content = out_.size();
            for (std::size_t i = 0; i != value.size(); ++i)
                if (!element(list_item_name, value[i], depth + 1))
                    return failed_at(message("/", list_item_name, "[", i + 1, "]"));
            return close(name, depth, content);
        } else if constexpr (awsjobs::is_map<T>::value) {
            open(name, depth);  // the query protocol's form: see reader::read_map
            const std::size_t content = out_.size();
            std::size_t i = 0;
            for (const auto& [key, mapped] : value) {
                ++i;
                open(map_entry_name, depth + 1);
                if (!element(map_key_name, key, depth + 2))
                    return failed_at(message("/", map_entry_name, "[", i, "]/", map_key_name));
                if (!element(map_value_name, mapped, depth + 2))
                    return failed_at(message("/", map_entry_name, "[", i, "]/", map_value_name));
                close(map_entry_name, depth + 1, std::string::npos);
            }
            return close(name, depth, content);
        } else if constexpr (awsjobs::is_one_of<T>::value) {
            static_assert(unwritable_type<T>, "awsjobs::xml does not write one-of unions: the query protocol has none");
        } else if constexpr (described_struct<T>) {
            open(name, depth);
            const std::size_t content = out_.size();
            using info = struct_info<T>;
            bool ok = true;
            boost::mp11::mp_for_each<boost::mp11::mp_iota_c<info::size>>([&](auto I) {
                using D = boost::mp11::mp_at_c<typename info::members, I>;
                if (ok && !element(info::names[I], value.*D::pointer, depth + 1)) ok = failed_at(message("/", info::names[I]));
            });
            return ok && close(name, depth, content);
        } else {
            open(name, depth);
            const std::size_t content = out_.size();
            return text(value) && close(name, depth, content, false);
        }
    }

    /// Opens the elements around the value (the first one with the namespace).
    void open_wrapper(std::string_view name, std::size_t depth) { open(name, depth); }
    void close_wrapper(std::string_view name, std::size_t depth) { close(name, depth, std::string::npos); }

    /// The error, with its path assembled from the segments collected on the way out.
    error take_error(const element_path& at) {
        std::string path;
        for (std::string_view name : at) (path += '/') += name;
        for (auto it = segments_.rbegin(); it != segments_.rend(); ++it) path += *it;
        error_.path = std::move(path);
        return std::move(error_);
    }

private:
    template <class T>
    using is_optional_like = awsjobs::detail::is_optional_like<T>;
    template <class T>
    using is_vector = awsjobs::detail::is_vector<T>;

    bool fail(errc code, std::string why, std::size_t where = 0) {
        error_ = error{code, out_.size() - start_ + where, {}, std::move(why)};
        return false;
    }
    bool failed_at(std::string segment) {
        segments_.push_back(std::move(segment));
        return false;
    }

    void newline(std::size_t depth) {
        if (!options_.pretty || out_.size() == start_) return;
        out_ += '\n';
        out_.append(depth * options_.indent, ' ');
    }

    void open(std::string_view name, std::size_t depth) {
        newline(depth);
        (out_ += '<') += name;
        if (depth == 0 && !options_.xmlns.empty()) {
            out_ += " xmlns=\"";
            for (char c : options_.xmlns) {  // an attribute value: quotes escaped too
                if (c == '"') out_ += "&quot;";
                else if (c == '&') out_ += "&amp;";
                else if (c == '<') out_ += "&lt;";
                else out_ += c;
            }
            out_ += '"';
        }
        out_ += '>';
    }

    /// Closes the element opened before `content`; an element with no content is
    /// written as <Name/>. Elements with child elements put their end tag on a line of
    /// its own when pretty.
    bool close(std::string_view name, std::size_t depth, std::size_t content, bool has_elements = true) {
        if (out_.size() == content) {
            out_.back() = '/';
            out_ += '>';
            return true;
        }
        if (has_elements) newline(depth);
        ((out_ += "</") += name) += '>';
        return true;
    }

    bool escaped(std::string_view s) {
        const std::size_t before = out_.size();
        const unwritable problem = append_escaped(out_, s);
        if (!problem.why) return true;
        out_.resize(before);
        return fail(errc::invalid_encoding, problem.why, problem.where);
    }

    template <class T>
    bool text(const T& value) {
        if constexpr (std::is_same_v<T, bool>) {
            out_ += value ? "true" : "false";
            return true;
        } else if constexpr (awsjobs::detail::integer_number<T> || std::is_floating_point_v<T>) {
            if constexpr (std::is_floating_point_v<T>) {
                if (!std::isfinite(value)) return fail(errc::not_finite, "NaN and infinity are not written");
            }
            char digits[32];
            out_.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
            return true;
        } else if constexpr (awsjobs::detail::is_text<T>::value) {
            return escaped(value);
        } else if constexpr (described_enum<T>) {
            using info = enum_info<T>;
            const std::size_t i = info::index_of(value);
            if (i == info::size)
                return fail(errc::unknown_enumerator, message(static_cast<long long>(value), " is not an enumerator of the enum"));
            return escaped(info::names[i]);
        } else if constexpr (awsjobs::is_open_enum<T>::value) {
            if (const auto known = value.known()) return text(*known);
            return escaped(value.wire_name());
        } else if constexpr (awsjobs::is_timestamp<T>::value) {
            const auto when = awsjobs::detail::checked_instant(value);
            if (!when) return fail(errc::out_of_range, "timestamp outside the years 0001-9999");
            char chars[awsjobs::detail::iso8601_max_size > awsjobs::detail::epoch_max_size ? awsjobs::detail::iso8601_max_size
                                                                                      : awsjobs::detail::epoch_max_size];
            char* end = T::format == awsjobs::timestamp_format::iso8601 ? awsjobs::detail::format_iso8601(chars, *when)
                                                                    : awsjobs::detail::format_epoch_seconds(chars, *when);
            out_.append(chars, static_cast<std::size_t>(end - chars));
            return true;
        } else {
            static_assert(unwritable_type<T>, "awsjobs::xml cannot write this type: describe it with BOOST_DESCRIBE_STRUCT");
        }
    }

    std::string& out_;
    std::size_t start_;
    const write_options& options_;
    error error_;
    std::vector<std::string> segments_;
};

}  // namespace awsjobs::xml::detail

#endif
