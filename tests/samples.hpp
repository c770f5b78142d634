// The published responses of tests/data/samples, for the doctest programs.
#ifndef AWSJOBS_TESTS_SAMPLES_HPP
#define AWSJOBS_TESTS_SAMPLES_HPP

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace test_samples {

/// The bytes of tests/data/samples/`name`; the test case stops when the file cannot be read.
inline std::string read_sample(const std::string& name) {
    std::ifstream in(std::string(AWSJOBS_TEST_DATA "/samples/") + name, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot open sample ", name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace test_samples

#endif
