// The fake's clock: the times jobs are created and change, in milliseconds as AWS gives them.
#ifndef AWSJOBS_FAKE_CLOCK_HPP
#define AWSJOBS_FAKE_CLOCK_HPP

#include <chrono>

namespace awsjobs_fake {

/// Now, to the millisecond.
inline std::chrono::sys_time<std::chrono::milliseconds> now() {
    return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_CLOCK_HPP
