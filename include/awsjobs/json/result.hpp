// result<T>: a value or an error, returned by every codec function.
#ifndef AWSJOBS_JSON_RESULT_HPP
#define AWSJOBS_JSON_RESULT_HPP

#include <awsjobs/assert.hpp>
#include <awsjobs/json/error.hpp>

#include <type_traits>
#include <utility>
#include <optional>

namespace awsjobs::json {

template <class T>
class result;

namespace detail {
/// For the codecs, which read a value where its result keeps it.
struct result_access {
    /// The result of `read(T&)`, given a default-constructed T to fill; `read`
    /// returns the error, if any, which then replaces the value. Returned as a
    /// prvalue and never assigned, so that T is neither moved nor assigned, and
    /// their code (costly to compile for a large model) is not instantiated.
    template <class T, class Read>
    static result<T> read_into(Read&& read) {
        auto fill = [&read](std::optional<T>& value, json::error& error) {
            if (auto failure = read(*value)) {
                value.reset();
                error = std::move(*failure);
            }
        };
        return result<T>(result_access{}, fill);
    }
};
}  // namespace detail

/// Holds either a T or an error (like C++23 std::expected<T, error>).
/// Checking is explicit (`if (r)`); value() throws parse_error when there is none.
template <class T>
class [[nodiscard]] result {
public:
    result(T value) noexcept(std::is_nothrow_move_constructible_v<T>) : value_(std::move(value)) {}
    /// A value made in place from `args`.
    template <class... Args>
    explicit result(std::in_place_t, Args&&... args) : value_(std::in_place, std::forward<Args>(args)...) {}
    result(json::error e) noexcept : error_(std::move(e)) {}

    bool has_value() const noexcept { return value_.has_value(); }
    explicit operator bool() const noexcept { return has_value(); }

    T& value() & { check(); return *value_; }
    const T& value() const& { check(); return *value_; }
    T&& value() && { check(); return std::move(*value_); }

    /// Preconditions: has_value() (checked by AWSJOBS_ASSERT).
    T& operator*() & noexcept { return checked(); }
    const T& operator*() const& noexcept { return checked(); }
    T&& operator*() && noexcept { return std::move(checked()); }
    T* operator->() noexcept { return &checked(); }
    const T* operator->() const noexcept { return &checked(); }

    /// Preconditions: !has_value() (checked by AWSJOBS_ASSERT).
    const json::error& error() const& noexcept {
        AWSJOBS_ASSERT(!has_value() && "result::error() called on a result that holds a value");
        return error_;
    }

private:
    friend struct detail::result_access;

    // A default-constructed value, then `fill(value_, error_)`: see result_access.
    template <class Fill>
    result(detail::result_access, Fill& fill) : value_(std::in_place) {
        fill(value_, error_);
    }

    void check() const {
        if (!has_value()) throw parse_error(error_);
    }
    T& checked() noexcept {
        AWSJOBS_ASSERT(has_value() && "result dereferenced, but it holds an error: test it first");
        return *value_;
    }
    const T& checked() const noexcept {
        AWSJOBS_ASSERT(has_value() && "result dereferenced, but it holds an error: test it first");
        return *value_;
    }
    // Not a std::variant<T, error>: moving one sets off GCC 12's false
    // -Wmaybe-uninitialized at -O2, which would break users' -Werror builds.
    std::optional<T> value_;
    json::error error_;
};

/// The result of an operation that produces nothing but may fail.
template <>
class [[nodiscard]] result<void> {
public:
    result() noexcept = default;
    result(json::error e) noexcept : error_(std::move(e)) {}

    bool has_value() const noexcept { return error_.code == errc::ok; }
    explicit operator bool() const noexcept { return has_value(); }
    void value() const {
        if (!has_value()) throw parse_error(error_);
    }
    /// Preconditions: !has_value() (checked by AWSJOBS_ASSERT).
    const json::error& error() const& noexcept {
        AWSJOBS_ASSERT(!has_value() && "result::error() called on a result that holds a value");
        return error_;
    }

private:
    json::error error_;
};

}  // namespace awsjobs::json

#endif
