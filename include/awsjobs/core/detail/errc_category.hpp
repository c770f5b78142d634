// The <system_error> category of an error-code enum of awsjobs.
#ifndef AWSJOBS_CORE_DETAIL_ERRC_CATEGORY_HPP
#define AWSJOBS_CORE_DETAIL_ERRC_CATEGORY_HPP

#include <string>
#include <system_error>

namespace awsjobs::detail {

/// The category of the enum Errc, whose `to_string(Errc)` (found by argument-dependent
/// lookup) names each code: that name is a code's message().
template <class Errc>
class errc_category final : public std::error_category {
public:
    explicit constexpr errc_category(const char* name) noexcept : name_(name) {}
    const char* name() const noexcept override { return name_; }
    std::string message(int value) const override { return to_string(static_cast<Errc>(value)); }

private:
    const char* name_;
};

}  // namespace awsjobs::detail

#endif
