// result<T, E>: a value or an error, returned by every reader, writer and protocol function.
#ifndef AWSJOBS_CORE_RESULT_HPP
#define AWSJOBS_CORE_RESULT_HPP

#include <awsjobs/assert.hpp>
#include <awsjobs/core/error.hpp>

#include <exception>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace awsjobs {

template <class E>
class bad_result_access;

/// The base of every bad_result_access<E>: catch it to catch them all. what() is the error's describe().
template <>
class bad_result_access<void> : public std::exception {
public:
    /// The error's describe().
    const char* what() const noexcept override { return what_.c_str(); }

protected:
    /// `what` is the text what() returns.
    explicit bad_result_access(std::string what) : what_(std::move(what)) {}

private:
    std::string what_;
};

/// Thrown by value() on a result (or document) that holds an error E, as std::bad_expected_access
/// is by std::expected; error() is that error.
template <class E>
class bad_result_access : public bad_result_access<void> {
public:
    /// Keeps `e`; what() is e.describe().
    explicit bad_result_access(E e) : bad_result_access<void>(e.describe()), error_(std::move(e)) {}
    /// The error the result held.
    const E& error() const noexcept { return error_; }

private:
    E error_;
};

template <class T, class E = awsjobs::error>
class result;

namespace detail {
/// For the codecs, which read a value where its result keeps it.
struct result_access {
    /// The result of `read(T&)`, given a default-constructed T to fill; `read`
    /// returns the error, if any, which then replaces the value. Returned as a
    /// prvalue and never assigned, so that T is neither moved nor assigned, and
    /// their code (costly to compile for a large model) is not instantiated.
    template <class T, class E = awsjobs::error, class Read>
    static result<T, E> read_into(Read&& read) {
        auto fill = [&read](std::optional<T>& value, E& error) {
            if (auto failure = read(*value)) {
                value.reset();
                error = std::move(*failure);
            }
        };
        return result<T, E>(result_access{}, fill);
    }
};
}  // namespace detail

/// Holds either a T or an error E (like C++23 std::expected<T, E>). Checking is explicit
/// (`if (r)`); value() throws bad_result_access<E> when there is none, and the unchecked
/// accessors (`*r`, `r->`, `r.error()`) check their precondition with AWSJOBS_ASSERT.
template <class T, class E>
class [[nodiscard]] result {
public:
    /// The value type.
    using value_type = T;
    /// The error type.
    using error_type = E;

    /// A value.
    result(T value) noexcept(std::is_nothrow_move_constructible_v<T>) : value_(std::move(value)) {}
    /// A value made in place from `args`.
    template <class... Args>
    explicit result(std::in_place_t, Args&&... args) : value_(std::in_place, std::forward<Args>(args)...) {}
    /// An error.
    result(E e) noexcept(std::is_nothrow_move_constructible_v<E>) : error_(std::move(e)) {}

    /// True when it holds a value.
    bool has_value() const noexcept { return value_.has_value(); }
    /// has_value().
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws bad_result_access<E> when there is none.
    T& value() & { check(); return *value_; }
    /// The value; throws bad_result_access<E> when there is none.
    const T& value() const& { check(); return *value_; }
    /// The value, moved out; throws bad_result_access<E> when there is none.
    T&& value() && { check(); return std::move(*value_); }

    /// The value. Precondition: has_value() (checked by AWSJOBS_ASSERT).
    T& operator*() & noexcept { return checked(); }
    /// The value. Precondition: has_value() (checked by AWSJOBS_ASSERT).
    const T& operator*() const& noexcept { return checked(); }
    /// The value, moved out. Precondition: has_value() (checked by AWSJOBS_ASSERT).
    T&& operator*() && noexcept { return std::move(checked()); }
    /// The value's members. Precondition: has_value() (checked by AWSJOBS_ASSERT).
    T* operator->() noexcept { return &checked(); }
    /// The value's members. Precondition: has_value() (checked by AWSJOBS_ASSERT).
    const T* operator->() const noexcept { return &checked(); }

    /// The error. Precondition: !has_value() (checked by AWSJOBS_ASSERT).
    const E& error() const& noexcept {
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
        if (!has_value()) throw bad_result_access<E>(error_);
    }
    T& checked() noexcept {
        AWSJOBS_ASSERT(has_value() && "result dereferenced, but it holds an error: test it first");
        return *value_;
    }
    const T& checked() const noexcept {
        AWSJOBS_ASSERT(has_value() && "result dereferenced, but it holds an error: test it first");
        return *value_;
    }
    // Not a std::variant<T, E>: moving one sets off GCC 12's false
    // -Wmaybe-uninitialized at -O2, which would break users' -Werror builds.
    std::optional<T> value_;
    E error_;
};

/// The result of an operation that produces nothing but may fail. E's `code` member is
/// its `ok` value exactly when there is no error.
template <class E>
class [[nodiscard]] result<void, E> {
public:
    /// The value type.
    using value_type = void;
    /// The error type.
    using error_type = E;

    /// Success.
    result() noexcept = default;
    /// An error.
    result(E e) noexcept(std::is_nothrow_move_constructible_v<E>) : error_(std::move(e)) {}

    /// True on success.
    bool has_value() const noexcept { return error_.code == decltype(error_.code)::ok; }
    /// has_value().
    explicit operator bool() const noexcept { return has_value(); }
    /// Throws bad_result_access<E> when there is an error.
    void value() const {
        if (!has_value()) throw bad_result_access<E>(error_);
    }
    /// The error. Precondition: !has_value() (checked by AWSJOBS_ASSERT).
    const E& error() const& noexcept {
        AWSJOBS_ASSERT(!has_value() && "result::error() called on a result that holds a value");
        return error_;
    }

private:
    E error_;
};

}  // namespace awsjobs

#endif
