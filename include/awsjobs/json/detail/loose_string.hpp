// A string member that does not trust its input's types.
#ifndef AWSJOBS_JSON_DETAIL_LOOSE_STRING_HPP
#define AWSJOBS_JSON_DETAIL_LOOSE_STRING_HPP

#include <awsjobs/json/detail/reader.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace awsjobs::json::detail {

/// A string read only when the JSON value is one: any other value (null, a number,
/// an object ...) is skipped and leaves it empty, where a std::string member would
/// fail the whole read. For members a reader looks at whatever the document's
/// shape, such as the code and message of an error body.
struct loose_string {
    std::optional<std::string> value;
};

template <>
struct codec<loose_string> {
    static constexpr const char* expected = "any value";
    static loose_string& target(void* t) { return *static_cast<loose_string*>(t); }
    // Anything but a string leaves no value.
    static bool forget(void* t) {
        target(t).value.reset();
        return true;
    }
    static bool on_null(reader&, void* t) { return forget(t); }
    static bool on_bool(reader&, void* t, bool) { return forget(t); }
    static bool on_number(reader&, void* t, std::string_view) { return forget(t); }
    static bool on_string(reader&, void* t, std::string_view s) {
        target(t).value.emplace(s);
        return true;
    }
    static bool on_object(reader& r, void* t) {
        forget(t);
        r.push_skip(false);
        return true;
    }
    static bool on_array(reader& r, void* t) {
        forget(t);
        r.push_skip(true);
        return true;
    }
};

}  // namespace awsjobs::json::detail

#endif
