// What the harnesses check on every input. A broken invariant prints what was
// expected and what happened, then aborts: libFuzzer saves the input as a crash,
// and the replay test (an ordinary CTest test) fails.
#ifndef AWSJOBS_TESTS_FUZZ_CHECKS_HPP
#define AWSJOBS_TESTS_FUZZ_CHECKS_HPP

#include "oracle.hpp"

#include <awsjobs/json.hpp>

#include <rapidjson/error/en.h>  // after awsjobs, which chooses RapidJSON's configuration

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

namespace awsjobs_fuzz {

namespace json = awsjobs::json;

[[noreturn]] inline void fail(std::string_view broken, std::string_view details = {}) {
    std::fprintf(stderr, "awsjobs fuzz check failed: %.*s\n%.*s\n", static_cast<int>(broken.size()), broken.data(),
                 static_cast<int>(details.size()), details.data());
    std::abort();
}

/// For details that cost nothing to pass; build costly ones only on failure, with fail().
inline void require(bool holds, std::string_view broken, std::string_view details = {}) {
    if (!holds) fail(broken, details);
}

/// Whatever was read must be writable: strings are valid UTF-8, numbers finite,
/// timestamps in range.
template <class T>
std::string write_or_fail(const T& value, const json::write_options& options = {}) {
    auto text = json::write(value, options);
    if (!text) fail("a value that was read cannot be written", text.error().describe());
    return std::move(*text);
}

/// A read error must say where, within the input.
inline void check_error(const awsjobs::error& e, std::size_t input_size) {
    require(e.code != awsjobs::errc::ok, "an error with code ok");
    if (e.offset > input_size) fail("error offset beyond the input", e.describe());
}

/// awsjobs calls text "not JSON" (is_syntax_error) exactly when it is not JSON,
/// whatever the target type and whatever else is wrong with it. One documented
/// exception: RapidJSON refuses numbers beyond double's range (out_of_range),
/// which ends reading before any later syntax error is seen.
inline void check_judged_json(std::string_view text, const awsjobs::error* e) {
    const bool not_json = e && awsjobs::is_syntax_error(e->code);
    const bool huge_number = e && e->code == awsjobs::errc::out_of_range &&
                             e->message == rapidjson::GetParseError_En(rapidjson::kParseErrorNumberTooBig);
    const auto judged = is_json(text);
    if (!judged) return;
    if (*judged) {
        if (not_json) fail("valid JSON reported as not JSON", e->describe());
    } else if (!not_json && !huge_number) {
        fail("text that is not JSON was not reported as such", e ? e->describe() : "accepted");
    }
}

/// Written, read back and written again, a value stays the same: equal as a
/// value, byte-identical as text. Pretty output reads back to the same value too.
/// T may be a view type: json::parse keeps the text its string_views point into.
template <class T>
void check_round_trip(const T& value) {
    const std::string first = write_or_fail(value);
    const auto again = json::parse<T>(std::string_view(first));
    if (!again) fail("written text does not read back", again.error().describe() + "\n" + first);
    require(*again == value, "the value read back differs from the value written", first);
    const std::string second = write_or_fail(*again);
    if (second != first) fail("the second write differs from the first", first + "\n" + second);

    const std::string pretty = write_or_fail(value, {.pretty = true, .indent = 2});
    const auto from_pretty = json::parse<T>(std::string_view(pretty));
    if (!from_pretty) fail("pretty text does not read back", from_pretty.error().describe() + "\n" + pretty);
    require(*from_pretty == value, "the value read back from pretty text differs", pretty);
}

/// A response body, read both ways: zero-copy into View and owning into Owning.
/// They see the same JSON, so they must agree on the outcome, and on the value
/// (compared through its text, as the two types differ).
template <class View, class Owning>
void check_response(std::string_view input) {
    std::string buffer(input);
    const auto view = json::parse_in_place<View>(buffer);
    const auto owning = json::parse<Owning>(std::string(input));
    if (view.has_value() != owning.has_value())
        fail("zero-copy and owning reading disagree on success", view ? owning.error().describe() : view.error().describe());
    check_judged_json(input, view ? nullptr : &view.error());
    if (!view) {
        check_error(view.error(), input.size());
        if (view.error() != owning.error())
            fail("zero-copy and owning reading report different errors",
                 view.error().describe() + "\n" + owning.error().describe());
        return;
    }
    check_round_trip(*view);
    check_round_trip(*owning);
    require(write_or_fail(*view) == write_or_fail(*owning), "zero-copy and owning reading read different values");
}

}  // namespace awsjobs_fuzz

#endif
