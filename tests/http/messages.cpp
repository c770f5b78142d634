// The generic HTTP pieces: header fields, percent-encoding, form bodies.
#include <awsjobs/http.hpp>
#include <doctest/doctest.h>

#include <string>

namespace http = awsjobs::http;

TEST_CASE("fields keep order and duplicates, and find names without regard to case") {
    http::fields f{{"Content-Type", "application/json"}, {"X-Amz-Date", "1"}};
    f.add("x-amz-date", "2");
    CHECK(f.size() == 3);
    CHECK(f.find("content-type") == "application/json");
    CHECK(f.find("X-AMZ-DATE") == "1");  // the first of two
    CHECK(f.count("X-Amz-Date") == 2);
    CHECK_FALSE(f.find("Host").has_value());
    CHECK(f.value_or_empty("Host").empty());

    f.set("X-AMZ-DATE", "3");  // one field, where the first was, its name as first written
    CHECK(f.count("x-amz-date") == 1);
    CHECK(f == http::fields{{"Content-Type", "application/json"}, {"X-Amz-Date", "3"}});
    f.set("Host", "example.com");
    CHECK(f.begin()[2] == http::field{"Host", "example.com"});
    CHECK(f.erase("CONTENT-TYPE") == 1);
    CHECK(f.erase("content-type") == 0);
    CHECK(f.size() == 2);
    CHECK(http::iequals("x-amzn-ErrorType", "X-Amzn-Errortype"));
    CHECK_FALSE(http::iequals("x-amzn-ErrorType", "x-amzn-ErrorTyp"));
    CHECK_FALSE(http::iequals("a", "\xc1"));  // only ASCII letters fold
}

TEST_CASE("a URI label is encoded as the SDKs encode it") {
    // botocore tests/unit/protocols/input/rest-json.json, RestJsonHttpRequestLabelEscaping
    CHECK(http::percent_encode(" %:/?#[]@!$&'()*+,;=\xF0\x9F\x98\xB9") ==
          "%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9");
    CHECK(http::percent_encode("AZaz09-._~") == "AZaz09-._~");
    CHECK(http::percent_encode("a/b c", "/") == "a/b%20c");  // a greedy label keeps '/'
    std::string all;
    for (int c = 0; c != 256; ++c) all += static_cast<char>(c);
    const std::string encoded = http::percent_encode(all);
    CHECK(encoded.size() == 66 + 190 * 3);  // 66 unreserved bytes stay, the others take three
    const auto decoded = http::percent_decode(encoded);
    REQUIRE(decoded);
    CHECK(decoded.text == all);
}

TEST_CASE("percent_decode: either case of hex digit; a bad escape is reported where it is") {
    CHECK(http::percent_decode("%e2%9C%93").text == "\xe2\x9c\x93");
    CHECK(http::percent_decode("a+b").text == "a+b");
    CHECK(http::percent_decode("a+b", true).text == "a b");
    CHECK(http::percent_decode("%2B", true).text == "+");
    struct bad_case {
        const char* text;
        std::size_t offset;
    };
    // Not a structured binding: CAPTURE's lambda cannot name one under Clang 14 (the asan preset).
    for (const auto& bad : {bad_case{"%", 0}, bad_case{"ab%4", 2}, bad_case{"%G0", 0},
                            bad_case{"ok%20%zz", 5}, bad_case{"%%41", 0}}) {
        CAPTURE(bad.text);
        const auto d = http::percent_decode(bad.text);
        CHECK_FALSE(d);
        CHECK(d.bad_escape == bad.offset);
    }
}

TEST_CASE("form bodies: space as +, everything else reserved as %XX, and back") {
    std::string body;
    http::form_encode({{"Action", "GetStatus"}, {"JobId", "EX1 ID+&=%/\xc3\xa9"}, {"a b", ""}}, body);
    CHECK(body == "Action=GetStatus&JobId=EX1+ID%2B%26%3D%25%2F%C3%A9&a+b=");
    const auto form = http::form_decode(body);
    REQUIRE(form);
    REQUIRE(form.fields.size() == 3);
    CHECK(form.fields[1] == http::form_field{"JobId", "EX1 ID+&=%/\xc3\xa9"});
    CHECK(form.fields[2] == http::form_field{"a b", ""});

    const auto loose = http::form_decode("&a=1&&b&c=x=y&");
    REQUIRE(loose);
    REQUIRE(loose.fields.size() == 3);
    CHECK(loose.fields[1] == http::form_field{"b", ""});
    CHECK(loose.fields[2] == http::form_field{"c", "x=y"});
    CHECK(http::form_decode("").fields.empty());

    const auto bad = http::form_decode("Action=GetStatus&JobId=%2");
    CHECK_FALSE(bad);
    CHECK(bad.bad_escape == 23);
    CHECK(http::form_decode("Action=GetStatus&Job%zzId=1").bad_escape == 20);
}
