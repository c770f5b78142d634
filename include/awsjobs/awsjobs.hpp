// awsjobs: every shape of Import/Export GetStatus, Data Exchange GetJob and SES v2
// GetImportJob as reflected C++ structs, the JSON codec that reads and writes them, and the
// protocol layer. Not the XML codec, which needs pugixml: include <awsjobs/xml.hpp> for it.
#ifndef AWSJOBS_AWSJOBS_HPP
#define AWSJOBS_AWSJOBS_HPP

#include <awsjobs/core.hpp>
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/importexport.hpp>
#include <awsjobs/json.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/sesv2.hpp>
#include <awsjobs/version.hpp>

#endif
