// AWS Data Exchange (API 2017-07-25): the GetJob operation's shapes, registry and errors, and the JSON codec.
#ifndef AWSJOBS_DATAEXCHANGE_HPP
#define AWSJOBS_DATAEXCHANGE_HPP

#include <awsjobs/dataexchange/errors.hpp>
#include <awsjobs/dataexchange/registry.hpp>
#include <awsjobs/dataexchange/shapes.hpp>
#include <awsjobs/json.hpp>

#endif
