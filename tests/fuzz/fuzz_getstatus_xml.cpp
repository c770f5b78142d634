// Import/Export GetStatus as the query protocol sends it, XML in the
// <GetStatusResponse><GetStatusResult> envelope: read zero-copy and owning, then
// round-tripped through the XML writer, and checked against the JSON codec.
#include "checks.hpp"

#include <awsjobs/importexport.hpp>
#include <awsjobs/xml.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

namespace ie = awsjobs::importexport;
namespace json = awsjobs::json;
namespace xml = awsjobs::xml;
using awsjobs_fuzz::fail;
using awsjobs_fuzz::require;

const xml::element_path result_path{"GetStatusResponse", "GetStatusResult"};

/// Whatever was read can be written: the reader keeps only characters XML can carry.
template <class T>
std::string write_or_fail(const T& value, const xml::write_options& options = {}) {
    auto text = xml::write(value, result_path, options);
    if (!text) fail("a value that was read cannot be written as XML", text.error().describe());
    return std::move(*text);
}

/// Written, read back and written again, a value stays the same, pretty or not.
template <class T>
void check_round_trip(const T& value) {
    for (const xml::write_options& options : {xml::write_options{}, xml::write_options{.pretty = true, .indent = 1}}) {
        const std::string first = write_or_fail(value, options);
        const auto again = xml::parse<T>(std::string_view(first), result_path);
        if (!again) fail("written XML does not read back", again.error().describe() + "\n" + first);
        require(*again == value, "the value read back differs from the value written", first);
        require(write_or_fail(*again, options) == first, "the second write differs from the first", first);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::string buffer(input);
    const auto view = xml::parse_in_place<ie::view::GetStatusOutput>(buffer, result_path);
    const auto owning = xml::parse<ie::GetStatusOutput>(input, result_path);
    if (view.has_value() != owning.has_value())
        fail("zero-copy and owning reading disagree on success", view ? owning.error().describe() : view.error().describe());
    if (!view) {
        const awsjobs::error& e = view.error();
        require(e.code != awsjobs::errc::ok, "an error with code ok");
        if (e.offset > size) fail("error offset beyond the input", e.describe());
        if (!e.path.empty() && e.path[0] != '/') fail("an error path that is not a path", e.describe());
        if (e != owning.error())
            fail("zero-copy and owning reading report different errors", e.describe() + "\n" + owning.error().describe());
        return 0;
    }
    check_round_trip(*view);
    check_round_trip(*owning);
    require(write_or_fail(*view) == write_or_fail(*owning), "zero-copy and owning reading read different values");
    // The JSON codec writes the same value and reads it back equal.
    const std::string as_json = awsjobs_fuzz::write_or_fail(*owning);
    const auto from_json = json::parse<ie::GetStatusOutput>(std::string_view(as_json));
    if (!from_json || !(*from_json == *owning)) fail("the value read from XML does not survive JSON", as_json);
    return 0;
}
