// Timestamps: the input is one timestamp, given to an ISO 8601 member and to an
// epoch-seconds member, once as a JSON number (the input verbatim) and once as a
// JSON string (the input quoted).
#include "checks.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace {

namespace json = awsjobs::json;
using awsjobs_fuzz::require;

struct stamps {
    std::optional<awsjobs::iso8601_timestamp> iso;
    std::optional<awsjobs::epoch_timestamp> epoch;
    friend bool operator==(const stamps&, const stamps&) = default;
};
BOOST_DESCRIBE_STRUCT(stamps, (), (iso, epoch))

std::string document(std::string_view iso, std::string_view epoch) {
    return R"({"iso":)" + std::string(iso) + R"(,"epoch":)" + std::string(epoch) + "}";
}

void check(const std::string& text) {
    const auto read = json::parse<stamps>(std::string_view(text));
    awsjobs_fuzz::check_judged_json(text, read ? nullptr : &read.error());
    if (!read) {
        awsjobs_fuzz::check_error(read.error(), text.size());
        return;
    }
    // Reading accepts every form whatever the member's format: both hold the same instant.
    require(read->iso.has_value() == read->epoch.has_value(), "one member read, the other not", text);
    if (!read->iso) return;
    require(awsjobs::epoch_timestamp(*read->iso) == *read->epoch, "the two formats read different instants", text);
    awsjobs_fuzz::check_round_trip(*read);

    // Each format's text, read into the other format, is the same instant.
    const std::string as_iso = awsjobs_fuzz::write_or_fail(*read->iso);
    const std::string as_epoch = awsjobs_fuzz::write_or_fail(*read->epoch);
    const auto swapped = json::parse<stamps>(document(as_epoch, as_iso));
    if (!swapped) awsjobs_fuzz::fail("a written timestamp does not read back in the other format", swapped.error().describe());
    if (!(*swapped == *read)) awsjobs_fuzz::fail("a timestamp changed through the other format", as_iso + " " + as_epoch);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    check(document(input, input));
    if (const auto quoted = json::write(std::string(input))) check(document(*quoted, *quoted));
    return 0;
}
