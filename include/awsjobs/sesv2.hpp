// Amazon SES v2 (API 2019-09-27): the GetImportJob operation's shapes, registry and errors, and the JSON codec.
#ifndef AWSJOBS_SESV2_HPP
#define AWSJOBS_SESV2_HPP

#include <awsjobs/sesv2/errors.hpp>
#include <awsjobs/sesv2/registry.hpp>
#include <awsjobs/sesv2/shapes.hpp>
#include <awsjobs/json.hpp>

#endif
