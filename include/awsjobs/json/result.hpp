// result<T>: a value or an error, returned by every codec function.
#ifndef AWSJOBS_JSON_RESULT_HPP
#define AWSJOBS_JSON_RESULT_HPP

#include <awsjobs/json/error.hpp>

#include <type_traits>
#include <utility>
#include <variant>

namespace awsjobs::json {

/// Holds either a T or an error (like C++23 std::expected<T, error>).
/// Checking is explicit (`if (r)`); value() throws parse_error when there is none.
template <class T>
class [[nodiscard]] result {
public:
    result(T value) noexcept(std::is_nothrow_move_constructible_v<T>) : state_(std::in_place_index<0>, std::move(value)) {}
    result(json::error e) noexcept : state_(std::in_place_index<1>, std::move(e)) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    T& value() & { check(); return *std::get_if<0>(&state_); }
    const T& value() const& { check(); return *std::get_if<0>(&state_); }
    T&& value() && { check(); return std::move(*std::get_if<0>(&state_)); }

    /// Preconditions: has_value().
    T& operator*() & noexcept { return *std::get_if<0>(&state_); }
    const T& operator*() const& noexcept { return *std::get_if<0>(&state_); }
    T&& operator*() && noexcept { return std::move(*std::get_if<0>(&state_)); }
    T* operator->() noexcept { return std::get_if<0>(&state_); }
    const T* operator->() const noexcept { return std::get_if<0>(&state_); }

    /// Preconditions: !has_value().
    const json::error& error() const& noexcept { return *std::get_if<1>(&state_); }

private:
    void check() const {
        if (!has_value()) throw parse_error(*std::get_if<1>(&state_));
    }
    std::variant<T, json::error> state_;
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
    const json::error& error() const& noexcept { return error_; }

private:
    json::error error_;
};

}  // namespace awsjobs::json

#endif
