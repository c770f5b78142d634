/// \file
/// The vocabulary of the generated binding tables (`<service>/bindings.hpp`): how an operation
/// travels over HTTP, as its AWS model describes it. Plain constexpr data, no HTTP types.
#ifndef AWSJOBS_PROTOCOL_BINDING_HPP
#define AWSJOBS_PROTOCOL_BINDING_HPP

#include <span>
#include <string_view>

namespace awsjobs::protocol {

/// The model's `metadata.protocol`.
enum class wire_protocol {
    rest_json,  ///< method and URI from the `http` trait, members in the path, a JSON body
    query,      ///< POST `/` with a form body (`Action`, `Version`, members), an XML response
};

/// Where an input member travels (the member's `location`; none means the body).
enum class location { body, uri, header, querystring };

/// One member of an operation's input.
struct member_binding {
    std::string_view member;      ///< the C++ (and model) member name
    protocol::location location;  ///< where it travels
    std::string_view name;        ///< `locationName`: the URI label, header or query key; else the member name
};

/// Whose fault an error is: `senderFault` in REST-JSON models, `<Type>` in query error responses.
enum class fault { sender, receiver };

/// One modeled error of an operation.
struct error_binding {
    std::string_view code;  ///< the code on the wire (the `error.code` trait, else the shape name)
    /// `error.httpStatusCode`; models without one (Import/Export) get 400, as botocore and
    /// LocalStack assume for a modeled error.
    int http_status;
    protocol::fault fault;  ///< sender unless the model says `fault` or `senderFault: false`
};

/// The operation itself.
struct operation_binding {
    std::string_view name;             ///< e.g. "GetJob": the query protocol's `Action`
    wire_protocol protocol;            ///< how requests and responses are encoded
    std::string_view method;           ///< `http.method`
    std::string_view request_uri;      ///< `http.requestUri`, labels as `{Name}` (`{Name+}` greedy)
    int response_code;                 ///< `http.responseCode`, 200 when the model has none
    std::string_view api_version;      ///< the query protocol's `Version`
    std::string_view json_content_type;  ///< the Content-Type of JSON bodies (REST-JSON)
    std::string_view xml_namespace;    ///< the namespace of query responses
    std::string_view result_wrapper;   ///< the element around a query result, e.g. GetStatusResult
};

/// How a paginated operation (the model's paginators-1.json) goes from one page to the next.
/// Generated as `Op::paginator` for the operations that have one; absent for the others.
struct paginator_binding {
    /// The input member that carries the token of the page to fetch, e.g. "NextToken", "Marker".
    std::string_view input_token;
    /// Where the next token is in the output: a member ("NextToken"), or the last element of a
    /// list member and a member of it ("Jobs[-1].JobId", Import/Export's marker).
    std::string_view output_token;
    /// The input member that caps a page's size ("MaxResults", "MaxJobs"); empty: none.
    std::string_view limit_key;
    /// A boolean output member that says whether there is a next page ("IsTruncated"); empty:
    /// there is one exactly when the output token is set and not empty.
    std::string_view more_results;
    /// The output's list member that a page contributes to the whole result ("Jobs").
    std::string_view result_key;
};

/// Another form of an operation's request that servers must also read: the HTTP binding of an
/// older model that clients built on it still send. SES v2 `ListImportJobs` is
/// `POST /v2/email/import-jobs/list` with a JSON body in today's model, and was
/// `GET /v2/email/import-jobs` with `NextToken` and `PageSize` in the query string (and
/// `ImportDestinationType` in a body) in the model of the AWS CLI 2.9. Generated as
/// `Op::legacy_request` for the operations that have one.
struct legacy_request_binding {
    std::string_view method;                        ///< the older `http.method`
    std::string_view request_uri;                   ///< the older `http.requestUri`
    std::span<const member_binding> input_members;  ///< where each input member travels in that form
    std::string_view source;                        ///< the model this form comes from, for messages and docs
};

/// How an operation's requests are signed, from the model's metadata and botocore's
/// endpoints.json (partition aws), as the AWS CLI resolves them.
struct signing_binding {
    /// The SigV4 credential scope's service: `signingName`, else the endpoint prefix
    /// (SES v2: "ses"; Data Exchange: "dataexchange").
    std::string_view signing_name;
    /// `endpointPrefix`, the first label of the service's host (SES v2: "email").
    std::string_view endpoint_prefix;
    /// The one host of a service that is not regionalized (endpoints.json's partitionEndpoint,
    /// e.g. "importexport.amazonaws.com"); empty for a service with a host per region.
    std::string_view global_hostname;
    /// The region the global endpoint's credential scope imposes whatever the client's
    /// (Import/Export: "us-east-1"); empty: the client's region.
    std::string_view scope_region;
    /// The service the global endpoint's credential scope imposes instead of signing_name
    /// (Import/Export: "IngestionService"); empty: signing_name.
    std::string_view scope_service;
    /// Whether endpoints.json lists SigV2 for the service: then it may be used, on request.
    bool sigv2;
};

}  // namespace awsjobs::protocol

#endif
