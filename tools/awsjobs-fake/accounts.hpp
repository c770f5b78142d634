// Who calls: the account and region whose jobs a request sees. AWS keeps jobs per account and
// region; the fake takes the account from the access key id that signed the request (SigV4's
// Authorization header, SigV2's AWSAccessKeyId parameter), whether or not it checks signatures,
// and the region from SigV4's credential scope.
#ifndef AWSJOBS_FAKE_ACCOUNTS_HPP
#define AWSJOBS_FAKE_ACCOUNTS_HPP

#include <awsjobs/auth/detail/authorization.hpp>
#include <awsjobs/http.hpp>

#include <algorithm>
#include <compare>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace awsjobs_fake {

/// The account of a request that names no access key id, and the region of one without a
/// credential scope (SigV2, unsigned): Import/Export's only region.
inline constexpr std::string_view default_account = "123456789012";
inline constexpr std::string_view default_region = "us-east-1";

/// An account in a region: where a job lives.
struct partition {
    std::string account;
    std::string region;
    friend auto operator<=>(const partition&, const partition&) = default;
};

/// The 12-digit account id of an access key id: the same key is always the same account, and
/// different keys are different accounts (FNV-1a; a collision of two test keys is 1 in 10^12).
inline std::string account_of(std::string_view access_key_id) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : access_key_id) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    char digits[13];
    std::snprintf(digits, sizeof digits, "%012llu", static_cast<unsigned long long>(hash % 1000000000000ULL));
    return digits;
}

/// The value of a form or query parameter in `text` (`a=1&b=2`), unescaped only as far as an
/// access key id needs (none of its characters is escaped); empty when absent.
inline std::string_view parameter(std::string_view text, std::string_view name) {
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('&', start), text.size());
        const std::string_view pair = text.substr(start, end - start);
        if (pair.size() > name.size() && pair.starts_with(name) && pair[name.size()] == '=') return pair.substr(name.size() + 1);
        start = end + 1;
    }
    return {};
}

/// The account and region whose jobs the request sees.
inline partition partition_of(const awsjobs::http::request& request) {
    const auto parsed = awsjobs::auth::detail::parse_authorization(request.headers.value_or_empty("Authorization"));
    if (parsed && !parsed.parts.access_key_id.empty())
        return {account_of(parsed.parts.access_key_id),
                std::string(parsed.parts.region.empty() ? default_region : parsed.parts.region)};
    const std::size_t query = request.target.find('?');
    std::string_view key = parameter(request.body, "AWSAccessKeyId");
    if (key.empty() && query != std::string::npos) key = parameter(std::string_view(request.target).substr(query + 1), "AWSAccessKeyId");
    return {key.empty() ? std::string(default_account) : account_of(key), std::string(default_region)};
}

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_ACCOUNTS_HPP
