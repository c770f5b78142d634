// Helpers for the model tests.
#ifndef AWSJOBS_TESTS_MODELS_SUPPORT_HPP
#define AWSJOBS_TESTS_MODELS_SUPPORT_HPP

#include "samples.hpp"

#include <awsjobs/awsjobs.hpp>
#include <doctest/doctest.h>

#include <date/date.h>

#include <chrono>
#include <string>

namespace model_tests {

using test_samples::read_sample;

/// A UTC instant from its calendar fields.
inline std::chrono::sys_time<std::chrono::nanoseconds> utc(int y, unsigned mo, unsigned d, int h, int mi, int s,
                                                           long long ms = 0) {
    using namespace std::chrono;
    return date::sys_days{date::year{y} / date::month{mo} / date::day{d}} + hours{h} + minutes{mi} + seconds{s} +
           milliseconds{ms};
}

template <class T>
std::string write_ok(const T& value) {
    auto text = awsjobs::json::write(value);
    REQUIRE_MESSAGE(text.has_value(), (text ? std::string() : text.error().describe()));
    return *text;
}

template <class T>
T read_ok(std::string_view text) {
    auto doc = awsjobs::json::parse<T>(text);
    REQUIRE_MESSAGE(doc.has_value(), (doc ? std::string() : doc.error().describe()));
    return std::move(*doc);
}

}  // namespace model_tests

#endif
