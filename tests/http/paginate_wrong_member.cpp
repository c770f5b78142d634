// A paginator that names a member its operation's shapes lack does not compile: the
// http_paginate_wrong_member test builds this and expects the static_assert's message.
#include <awsjobs/protocol/paginate.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

struct Request {
    std::optional<std::string> NextToken;
    BOOST_DESCRIBE_CLASS(Request, (), (NextToken), (), ())
};
struct Response {
    std::optional<std::string> NextToken;
    BOOST_DESCRIBE_CLASS(Response, (), (NextToken), (), ())
};

struct List {
    template <class String = std::string>
    using input = Request;
    template <class String = std::string>
    using output = Response;
    static constexpr awsjobs::protocol::operation_binding binding{
        "List", awsjobs::protocol::wire_protocol::rest_json, "GET", "/", 200, "", "application/json", "", ""};
    static constexpr awsjobs::protocol::paginator_binding paginator{
        .input_token = "NextToken", .output_token = "NextPageToken", .limit_key = "", .more_results = "", .result_key = "NextToken"};
};

int main() {
    const auto next = awsjobs::protocol::next_page<List>(Request{}, Response{});
    return next ? 0 : 1;
}
