// awsjobs::xml — read and write any Boost.Describe-described C++ type as XML, the way
// the AWS query protocol does: members as elements, lists of <member> elements.
// Needs pugixml (link awsjobs::xml); the JSON codec does not.
//
//   auto status = awsjobs::xml::parse<importexport::view::GetStatusOutput>(
//       std::move(body), {"GetStatusResponse", "GetStatusResult"});
//   if (!status) std::cerr << status.error() << '\n';   // code, offset, /GetStatusResponse/..., message
//   std::string text = awsjobs::xml::write(*status, {"GetStatusResult"}).value();
#ifndef AWSJOBS_XML_HPP
#define AWSJOBS_XML_HPP

#include <awsjobs/core.hpp>
#include <awsjobs/xml/options.hpp>
#include <awsjobs/xml/read.hpp>
#include <awsjobs/xml/write.hpp>

#include <boost/describe/class.hpp>  // BOOST_DESCRIBE_STRUCT, BOOST_DESCRIBE_CLASS
#include <boost/describe/enum.hpp>   // BOOST_DESCRIBE_ENUM

#endif
