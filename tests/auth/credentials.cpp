// auth::credentials and auth::secret_string: the secrets never print and never convert silently.
#include <awsjobs/auth/credentials.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <type_traits>

using awsjobs::auth::credentials;
using awsjobs::auth::secret_string;

namespace {
template <class T>
std::string printed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}
}  // namespace

// A secret must be revealed on purpose: no implicit path to its characters.
static_assert(!std::is_convertible_v<secret_string, std::string_view>);
static_assert(!std::is_convertible_v<secret_string, std::string>);
static_assert(!std::is_convertible_v<std::string, secret_string>);
static_assert(std::is_nothrow_move_constructible_v<secret_string>);

TEST_CASE("secret_string prints <redacted>, never its characters") {
    secret_string secret{std::string("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")};
    CHECK(printed(secret) == "<redacted>");
    CHECK(printed(secret_string{}) == "<empty>");
    CHECK(secret.reveal() == "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    CHECK_FALSE(secret.empty());
    CHECK(secret_string{}.empty());
}

TEST_CASE("secret_string copies and moves keep the value; the moved-from one is empty") {
    secret_string short_secret{std::string("tiny")};  // in the inline buffer of most strings
    secret_string long_secret{std::string(100, 'k')};
    secret_string copy = short_secret;
    CHECK(copy.reveal() == "tiny");
    secret_string moved = std::move(short_secret);
    CHECK(moved.reveal() == "tiny");
    CHECK(short_secret.empty());  // NOLINT(bugprone-use-after-move): wiped on purpose
    copy = long_secret;
    CHECK(copy.reveal() == std::string(100, 'k'));
    moved = std::move(long_secret);
    CHECK(moved.reveal() == std::string(100, 'k'));
    CHECK(long_secret.empty());  // NOLINT(bugprone-use-after-move)
    const secret_string& same = copy;
    copy = same;  // self-assignment keeps the secret
    CHECK(copy.reveal() == std::string(100, 'k'));
}

TEST_CASE("credentials print the access key id only") {
    credentials creds{"AKIDEXAMPLE", secret_string{std::string("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")},
                      secret_string{std::string("session-token-value")}, std::nullopt};
    const std::string text = printed(creds);
    CHECK(text == "AKIDEXAMPLE");
    CHECK(text.find("wJalr") == std::string::npos);
    CHECK(text.find("session-token") == std::string::npos);
}
