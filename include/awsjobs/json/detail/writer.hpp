// The writing engine: walks a described C++ value and emits JSON, with no DOM.
#ifndef AWSJOBS_JSON_DETAIL_WRITER_HPP
#define AWSJOBS_JSON_DETAIL_WRITER_HPP

#include <awsjobs/core/detail/chrono.hpp>
#include <awsjobs/core/detail/message.hpp>
#include <awsjobs/core/detail/path.hpp>
#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/timestamp.hpp>
#include <awsjobs/json/detail/describe.hpp>
#include <awsjobs/json/detail/output.hpp>
#include <awsjobs/json/detail/rapidjson.hpp>
#include <awsjobs/json/options.hpp>

#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace awsjobs::json::detail {

using namespace awsjobs::detail;  // the internals the formats share (core/detail)

template <class T>
struct struct_keys {
    static constexpr const auto& keys = struct_info<T>::keys;
    using quoted = quoted_list<keys, ':'>;  // `"Name":`
};

template <class E>
struct enum_names {
    static constexpr const auto& names = enum_info<E>::names;
    using quoted = quoted_list<names>;  // `"COMPLETED"`
};

template <class U>
struct one_of_keys {
    static constexpr const auto& keys = U::keys;
    using quoted = quoted_list<keys, ':'>;
};

class writer {
public:
    writer(output& out, const write_options& options) : out_(out), pretty_(options.pretty), indent_(options.indent) {}

    template <class T>
    bool write(const T& value) {
        if constexpr (std::is_same_v<T, bool>) {
            out_.append(value ? std::string_view("true") : std::string_view("false"));
            return true;
        } else if constexpr (integer_number<T>) {
            write_integer(out_, value);
            return true;
        } else if constexpr (std::is_floating_point_v<T>) {
            if (write_floating(out_, value)) return true;
            return fail(errc::not_finite, "NaN and infinity have no JSON representation");
        } else if constexpr (is_text<T>::value) {
            return write_text(value);
        } else if constexpr (described_enum<T>) {
            const std::size_t i = enum_info<T>::index_of(value);
            if (i == enum_info<T>::size)
                return fail(errc::unknown_enumerator,
                            message(static_cast<long long>(value), " is not an enumerator of the enum"));
            out_.append_constant(enum_names<T>::quoted::get(i));
            return true;
        } else if constexpr (is_open_enum<T>::value) {
            if (const auto known = value.known()) return write(*known);
            return write_text(value.wire_name());
        } else if constexpr (is_timestamp<T>::value) {
            return write_timestamp(value);
        } else if constexpr (is_optional_like<T>::value) {
            if (!value) {
                out_.append("null", 4);
                return true;
            }
            return write(*value);
        } else if constexpr (is_vector<T>::value) {
            return write_array(value);
        } else if constexpr (is_map<T>::value) {
            return write_map(value);
        } else if constexpr (is_one_of<T>::value) {
            return write_one_of(value);
        } else if constexpr (described_struct<T>) {
            return write_struct(value);
        } else {
            static_assert(sizeof(T) == 0, "awsjobs::json cannot write this type: describe it with BOOST_DESCRIBE_STRUCT");
        }
    }

    /// The error, with its path assembled from the segments collected on the way out.
    error take_error() {
        std::string path = "$";
        for (auto it = segments_.rbegin(); it != segments_.rend(); ++it) path += *it;
        error_.path = std::move(path);
        return std::move(error_);
    }

private:
    bool fail(errc code, std::string message) {
        error_.code = code;
        error_.offset = out_.written();
        error_.message = std::move(message);
        return false;
    }
    // The way out of a failed member, element or entry: out of line and cold, so that each
    // struct, array and map type the writer is instantiated for carries a call here rather
    // than its own copy of building a path segment (compile time; no cost when writing).
    [[gnu::noinline, gnu::cold]] bool failed_at_key(std::string_view key) {
        std::string segment;
        append_path_key(segment, key);
        segments_.push_back(std::move(segment));
        return false;
    }
    [[gnu::noinline, gnu::cold]] bool failed_at_index(std::size_t index) {
        std::string segment;
        append_path_index(segment, index);
        segments_.push_back(std::move(segment));
        return false;
    }

    bool write_text(std::string_view text) {
        const std::size_t bad = write_string(out_, text);
        if (bad == text.size()) [[likely]]
            return true;
        return fail_encoding(bad);
    }
    // Out of line, so that building the message costs the path of valid text nothing.
    [[gnu::noinline, gnu::cold]] bool fail_encoding(std::size_t bad) {
        return fail(errc::invalid_encoding, message("string is not valid UTF-8 at byte ", bad));
    }

    template <timestamp_format F>
    bool write_timestamp(const timestamp<F>& t) {
        const auto when = checked_instant(t);
        if (!when) return fail(errc::out_of_range, "timestamp outside the years 0001-9999");
        if constexpr (F == timestamp_format::iso8601) {
            char* p = out_.reserve(iso8601_max_size + 2);
            *p++ = '"';
            p = format_iso8601(p, *when);
            *p++ = '"';
            out_.commit(p);
        } else {
            out_.commit(format_epoch_seconds(out_.reserve(epoch_max_size), *when));
        }
        return true;
    }

    void newline() {
        char* p = out_.reserve(1 + depth_ * indent_);
        *p++ = '\n';
        for (unsigned i = 0; i != depth_ * indent_; ++i) *p++ = ' ';
        out_.commit(p);
    }

    // `"Name":` compact, `"Name": ` pretty; from a quoted_list. Compact is the
    // case to be fast: inline, with pretty printing out of the way.
    [[gnu::always_inline]] void key(std::string_view quoted_with_colon) {
        if (pretty_) return pretty_key(quoted_with_colon);
        out_.append_constant(quoted_with_colon);
    }
    [[gnu::noinline]] void pretty_key(std::string_view quoted_with_colon) {
        newline();
        out_.append_constant(quoted_with_colon);
        out_.put(' ');
    }
    // A struct member's key after its separator: `{` before the first, `,` before the others.
    [[gnu::always_inline]] void separated_key(char separator, std::string_view quoted_with_colon) {
        if (pretty_) {
            out_.put(separator);
            return pretty_key(quoted_with_colon);
        }
        out_.append_separated_constant(separator, quoted_with_colon);
    }

    template <class V>
    bool write_array(const V& items) {
        out_.put('[');
        ++depth_;
        for (std::size_t i = 0; i != items.size(); ++i) {
            if (i != 0) out_.put(',');
            if (pretty_) newline();
            if (!write(items[i])) return failed_at_index(i);
        }
        --depth_;
        if (pretty_ && !items.empty()) newline();
        out_.put(']');
        return true;
    }

    // An object, its entries in the map's order; a key writes as a string would (an
    // open_enum key as its JSON name).
    template <class M>
    bool write_map(const M& entries) {
        out_.put('{');
        ++depth_;
        bool first = true;
        for (const auto& [k, v] : entries) {
            if (!first) out_.put(',');
            first = false;
            if (pretty_) newline();
            if (!write(k)) return failed_at_key(key_text(k));
            out_.append(pretty_ ? std::string_view(": ") : std::string_view(":"));
            if (!write(v)) return failed_at_key(key_text(k));
        }
        --depth_;
        if (pretty_ && !first) newline();
        out_.put('}');
        return true;
    }

    template <class K>
    static std::string_view key_text(const K& k) {
        if constexpr (is_open_enum<K>::value) {
            if (const auto known = k.known()) {
                const std::size_t i = enum_info<typename K::enum_type>::index_of(*known);
                if (i != enum_info<typename K::enum_type>::size) return enum_info<typename K::enum_type>::names[i];
            }
            return k.wire_name();
        } else {
            static_assert(is_text<K>::value,
                          "awsjobs::json writes map keys from std::string, std::string_view or awsjobs::open_enum");
            return k;
        }
    }

    template <class T>
    bool write_struct(const T& value) {
        using info = struct_info<T>;
        using quoted = typename struct_keys<T>::quoted;
        ++depth_;
        // The opening brace goes out with the first member's key, each comma with the
        // next member's: one reservation per member. Known at compile time after a
        // member that is always present.
        char separator = '{';
        bool ok = true;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<info::size>>([&](auto I) {
            if (!ok) return;
            using D = boost::mp11::mp_at_c<typename info::members, I>;
            const auto& member = value.*D::pointer;
            using M = std::remove_cvref_t<decltype(member)>;
            if constexpr (is_optional_like<M>::value) {
                if (!member) return;  // absent stays absent
            }
            separated_key(separator, quoted::get(I));
            if constexpr (is_optional_like<M>::value)
                ok = write(*member);
            else
                ok = write(member);
            separator = ',';
            if (!ok) failed_at_key(info::keys[I]);
        });
        if (!ok) return false;
        --depth_;
        if (separator == '{') {  // no member present
            out_.append("{}", 2);
            return true;
        }
        if (pretty_) newline();
        out_.put('}');
        return true;
    }

    template <class U>
    bool write_one_of(const U& value) {
        const std::size_t index = value.index();
        out_.put('{');
        ++depth_;
        bool ok = true;
        if (index == U::keys.size() + 1) {
            const auto& unknown = *std::get_if<unknown_alternative>(&value.as_variant());
            if (pretty_) newline();
            if (!write_text(unknown.key)) return failed_at_key(unknown.key);
            out_.append(pretty_ ? std::string_view(": ") : std::string_view(":"));
            if (!is_json(unknown.json)) {
                fail(errc::syntax, "unknown_alternative::json is not one valid JSON value");
                return failed_at_key(unknown.key);
            }
            out_.append(unknown.json);
        } else if (index != 0) {
            boost::mp11::mp_with_index<U::keys.size() + 1>(index, [&](auto I) {
                if constexpr (I != 0) {
                    key(one_of_keys<U>::quoted::get(I - 1));
                    ok = write(*std::get_if<I>(&value.as_variant()));
                    if (!ok) failed_at_key(U::keys[I - 1]);
                }
            });
        }
        if (!ok) return false;
        --depth_;
        if (pretty_ && index != 0) newline();
        out_.put('}');
        return true;
    }

    // Raw JSON from an unknown alternative must not break the output: it has to
    // be exactly one well-formed UTF-8 JSON value.
    // Read from a copy, in place, through awsjobs' own stream (see detail/rapidjson.hpp),
    // with the flags of the reader's syntax check (json/read.hpp): one instantiation of
    // RapidJSON's iterative parser serves both where a TU reads and writes. So the
    // encoding is checked here, not by RapidJSON (outside strings, any byte above 0x7F
    // is a syntax error anyway).
    static bool is_json(const std::string& text) {
        if (find_invalid_utf8(text.data(), text.size()) != text.size()) return false;
        rapidjson::BaseReaderHandler<> ignore;
        std::string copy = text;
        text_stream in(copy.data(), copy.size());
        rapidjson_reader reader;
        constexpr unsigned flags =
            rapidjson::kParseIterativeFlag | rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag;
        return !reader.Parse<flags>(in, ignore).IsError() && in.Tell() == text.size();
    }

    output& out_;
    bool pretty_;
    unsigned indent_;
    unsigned depth_ = 0;
    error error_;
    std::vector<std::string> segments_;  // innermost first
};

}  // namespace awsjobs::json::detail

#endif
