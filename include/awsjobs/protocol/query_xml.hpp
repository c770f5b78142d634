// The query protocol's responses (Import/Export GetStatus), on the XML codec: include this
// header and link awsjobs::xml (it needs pugixml) to read and write them with
// awsjobs/protocol.hpp's read_response, read_response_in_place, request_id, make_response
// and make_error_response. Without it those stop the build for a query operation, with a
// message naming this header; everything else (REST-JSON, query requests) works without pugixml.
//
//   #include <awsjobs/protocol.hpp>
//   #include <awsjobs/protocol/query_xml.hpp>
//   auto outcome = protocol::read_response<importexport::GetStatus>(response);
#ifndef AWSJOBS_PROTOCOL_QUERY_XML_HPP
#define AWSJOBS_PROTOCOL_QUERY_XML_HPP

#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/detail/query_xml.hpp>

#endif
