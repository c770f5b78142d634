// Small helpers for the codec tests.
#ifndef AWSJOBS_TESTS_CODEC_HELPERS_HPP
#define AWSJOBS_TESTS_CODEC_HELPERS_HPP

#include <awsjobs/json.hpp>
#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace testing_helpers {

/// Parses a copy of `text` into an owning T, failing the test with the error if it does not parse.
template <class T>
T read_ok(std::string_view text) {
    std::string buffer(text);
    auto parsed = awsjobs::json::parse_in_place<T>(buffer);
    INFO(text);
    REQUIRE_MESSAGE(parsed.has_value(), (parsed ? std::string() : parsed.error().describe()));
    return std::move(*parsed);
}

/// Parses `text`, expecting failure, and returns the error.
template <class T>
awsjobs::error read_error(std::string_view text, const awsjobs::json::read_options& options = {}) {
    std::string buffer(text);
    auto parsed = awsjobs::json::parse_in_place<T>(buffer, options);
    INFO(text);
    REQUIRE_FALSE(parsed.has_value());
    return parsed.error();
}

template <class T>
std::string write_ok(const T& value, const awsjobs::json::write_options& options = {}) {
    auto text = awsjobs::json::write(value, options);
    REQUIRE_MESSAGE(text.has_value(), (text ? std::string() : text.error().describe()));
    return *text;
}

}  // namespace testing_helpers

#endif
