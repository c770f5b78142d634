// one_of: a JSON object with exactly one key naming which alternative it holds.
#ifndef AWSJOBS_CORE_ONE_OF_HPP
#define AWSJOBS_CORE_ONE_OF_HPP

#include <awsjobs/core/fixed_string.hpp>

#include <array>
#include <string>
#include <string_view>
#include <variant>

namespace awsjobs {

/// An alternative of a one_of: the JSON key that selects it, and its value type.
template <fixed_string Key, class T>
struct alternative {
    using type = T;
    static constexpr std::string_view key = Key.view();
};

/// The empty object `{}`: no alternative chosen.
struct no_alternative {
    friend bool operator==(const no_alternative&, const no_alternative&) = default;
};

/// A key the one_of does not know (a newer service), with the raw JSON of its value.
/// Both are written back unchanged. Owning even in zero-copy parsing, because
/// in-place parsing rewrites the buffer where the value was.
struct unknown_alternative {
    std::string key;
    std::string json;
    friend bool operator==(const unknown_alternative&, const unknown_alternative&) = default;
};

/// `{"ImportAssetsFromS3": {...}}` as a std::variant of no_alternative, each
/// alternative's type in order, and unknown_alternative. Use std::visit,
/// std::get_if or index() as with any variant.
template <class... Alternatives>
class one_of : public std::variant<no_alternative, typename Alternatives::type..., unknown_alternative> {
public:
    using variant_type = std::variant<no_alternative, typename Alternatives::type..., unknown_alternative>;
    using variant_type::variant_type;
    using variant_type::operator=;

    /// The JSON keys; alternative i is variant index i + 1.
    static constexpr std::array<std::string_view, sizeof...(Alternatives)> keys{Alternatives::key...};

    /// The key of the alternative held ("" for no_alternative).
    std::string_view key() const noexcept {
        const std::size_t i = this->index();
        if (i == 0) return {};
        if (i == keys.size() + 1) return std::get_if<unknown_alternative>(&as_variant())->key;
        return keys[i - 1];
    }

    const variant_type& as_variant() const noexcept { return *this; }
    variant_type& as_variant() noexcept { return *this; }

    friend bool operator==(const one_of& a, const one_of& b) { return a.as_variant() == b.as_variant(); }
};

namespace detail {
template <class... A>
std::true_type is_one_of_test(const one_of<A...>*);
std::false_type is_one_of_test(const void*);
}  // namespace detail

/// True for one_of and classes derived from it.
template <class T>
struct is_one_of : decltype(detail::is_one_of_test(static_cast<const T*>(nullptr))) {};

}  // namespace awsjobs

#endif
