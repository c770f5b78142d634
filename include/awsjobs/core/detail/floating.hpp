// Text to floating point, correctly rounded, on every standard library.
#ifndef AWSJOBS_CORE_DETAIL_FLOATING_HPP
#define AWSJOBS_CORE_DETAIL_FLOATING_HPP

#include <fast_float/fast_float.h>

#include <cmath>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace awsjobs::detail {

enum class floating_status { ok, out_of_range, invalid };

/// Reads the whole of `text`, a number whose grammar the caller has checked
/// (fast_float also takes `nan`, `inf` and `infinity`, which JSON does not), into
/// `value`, rounded to nearest-even as IEEE 754 requires.
///
/// fast_float rather than std::from_chars: libc++ (up to 16 at least) has no
/// floating-point from_chars, and fast_float is what libstdc++'s own is built on,
/// so the results are the same bits everywhere. A magnitude too large for T is
/// out_of_range; one too small is not an error: it reads as the nearest subnormal
/// or zero, which is the correctly rounded value (`1e-400` is 0.0).
template <class T>
    requires std::is_floating_point_v<T>
floating_status read_floating(std::string_view text, T& value) noexcept {
    const char* const last = text.data() + text.size();
    const auto [end, ec] = fast_float::from_chars(text.data(), last, value);
    if (ec != std::errc() || end != last) return floating_status::invalid;
    if (std::isinf(value)) return floating_status::out_of_range;
    return floating_status::ok;
}

}  // namespace awsjobs::detail

#endif
