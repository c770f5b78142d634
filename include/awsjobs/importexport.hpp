// AWS Import/Export (API 2010-06-01): the GetStatus operation's shapes, registry and errors, and the JSON codec.
#ifndef AWSJOBS_IMPORTEXPORT_HPP
#define AWSJOBS_IMPORTEXPORT_HPP

#include <awsjobs/importexport/errors.hpp>
#include <awsjobs/importexport/registry.hpp>
#include <awsjobs/importexport/shapes.hpp>
#include <awsjobs/json.hpp>

#endif
