// Random texts for the tests of the SIMD paths: runs of plain characters of random
// length around a random sequence of fragments (escapes, multi-byte characters,
// invalid bytes), so that every fragment lands at every place of a block.
#ifndef AWSJOBS_TESTS_CODEC_RANDOM_TEXT_HPP
#define AWSJOBS_TESTS_CODEC_RANDOM_TEXT_HPP

#include <cstddef>
#include <random>
#include <span>
#include <string>
#include <string_view>

namespace testing_helpers {

class random_text {
public:
    random_text(std::span<const std::string_view> fragments, std::size_t max_fragments, unsigned seed)
        : fragments_(fragments), random_(seed), pick_(0, fragments.size() - 1), count_(0, max_fragments) {}

    std::string next() {
        std::string text(pad_(random_), 'x');
        for (std::size_t k = count_(random_); k != 0; --k) text += fragments_[pick_(random_)];
        text.append(pad_(random_), 'y');
        return text;
    }

private:
    std::span<const std::string_view> fragments_;
    std::mt19937 random_;
    std::uniform_int_distribution<std::size_t> pick_, count_, pad_{0, 80};
};

}  // namespace testing_helpers

#endif
