// Writing strings against byte-by-byte escaping.
//
// write_string first tries to copy the whole text in blocks of 32 (AVX2), 16, 8
// or 4 bytes, the last overlapping the one before, and takes its general path
// (blocks of 32, 16 or 8 bytes stored whole, the output advanced to the first
// byte that needs care) when a block holds a byte to escape;
// random texts of every length, with the bytes that need care at every place, and
// texts of every short length with one such byte at each place, must come out
// exactly as escaping them one byte at a time does. Compiled three times: with
// the default flags, with -mavx2 and with AWSJOBS_NO_SIMD.
#include "helpers.hpp"
#include "random_text.hpp"
#include "types.hpp"

#include <awsjobs/core/detail/utf8.hpp>

#include <string>
#include <string_view>

using namespace testing_types;
namespace json = awsjobs::json;

#if defined(AWSJOBS_DETAIL_AVX2)
#define WRITE_PATH " (AVX2)"
#elif defined(AWSJOBS_DETAIL_SSE2)
#define WRITE_PATH ""
#else
#define WRITE_PATH " (scalar)"
#endif

namespace {
// What write must produce, one byte at a time; empty for text that is not UTF-8.
std::string escaped_by_hand(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t len = awsjobs::detail::utf8_sequence_length(
                reinterpret_cast<const unsigned char*>(text.data()) + i, text.size() - i);
            if (len == 0) return {};
            out.append(text.substr(i, len));
            i += len;
            continue;
        }
        static constexpr const char* named[] = {"\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005",
                                                "\\u0006", "\\u0007", "\\b", "\\t", "\\n", "\\u000b", "\\f", "\\r"};
        if (c == '"') out += "\\\"";
        else if (c == '\\') out += "\\\\";
        else if (c < 0x0e) out += named[c];
        else if (c < 0x20) out += "\\u00" + std::string(1, "0123456789abcdef"[c >> 4]) + "0123456789abcdef"[c & 0xF];
        else out += static_cast<char>(c);
        ++i;
    }
    return out + "\"";
}
}  // namespace

TEST_CASE("writing escapes exactly as byte-by-byte escaping does, whatever the length and alignment" WRITE_PATH) {
    const std::string_view fragments[] = {"a", "bcdefgh", "ijklmnopqrstuvwxyz0123", "\"", "\\", "/", "\n", "\x01", "\x1f",
                                          "\x7f", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xc3", "\xff"};
    testing_helpers::random_text texts(fragments, 12, 1201);
    std::size_t invalid = 0;
    for (int round = 0; round != 20000; ++round) {
        const std::string text = texts.next();
        const std::string expected = escaped_by_hand(text);
        Owned o;
        o.A = text;
        auto written = json::write(o);
        INFO("text: ", text);
        if (expected.empty()) {
            ++invalid;
            REQUIRE_FALSE(written);
            CHECK(written.error().code == awsjobs::errc::invalid_encoding);
        } else {
            REQUIRE(written);
            REQUIRE(*written == "{\"A\":" + expected + "}");
        }
    }
    CHECK(invalid > 1000);
    CHECK(invalid < 19000);
}


TEST_CASE("writing a text of any length up to 100 with one byte that needs care at any place" WRITE_PATH) {
    const std::string_view cares[] = {"\"", "\\", "\x01", "\x1f", "\x7f", "\xc3\xa9", "\xe2\x82\xac", "\xff", "\xc3"};
    for (std::size_t length = 0; length <= 100; ++length) {
        constexpr std::string_view letters = "abcdefghijklmnopqrstuvwxyz0123456789 -_./:ABCDEFGHIJ";
        std::string plain;
        for (std::size_t i = 0; i != length; ++i) plain += letters[i % letters.size()];
        Owned o;
        o.A = plain;
        REQUIRE(json::write(o));
        CHECK(*json::write(o) == "{\"A\":" + escaped_by_hand(plain) + "}");
        for (std::size_t at = 0; at != length; ++at) {
            for (std::string_view care : cares) {
                const std::string text = plain.substr(0, at) + std::string(care) + plain.substr(at + 1);
                const std::string expected = escaped_by_hand(text);
                o.A = text;
                auto written = json::write(o);
                INFO("length ", length, ", at ", at, ": ", text);
                if (expected.empty()) {
                    REQUIRE_FALSE(written);
                    CHECK(written.error().code == awsjobs::errc::invalid_encoding);
                } else {
                    REQUIRE(written);
                    CHECK(*written == "{\"A\":" + expected + "}");
                }
            }
        }
    }
}
