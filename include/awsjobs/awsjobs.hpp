// awsjobs: every shape of Import/Export GetStatus, Data Exchange GetJob and SES v2
// GetImportJob as reflected C++ structs, and the JSON codec that reads and writes them.
#ifndef AWSJOBS_AWSJOBS_HPP
#define AWSJOBS_AWSJOBS_HPP

#include <awsjobs/dataexchange.hpp>
#include <awsjobs/importexport.hpp>
#include <awsjobs/json.hpp>
#include <awsjobs/sesv2.hpp>
#include <awsjobs/version.hpp>

#endif
