/// \file
/// HTTP messages as plain values (request, response, fields) and percent-encoding: the generic
/// part of awsjobs' protocol layer. Nothing here knows of AWS.

/// \namespace awsjobs::http
/// HTTP messages as plain values and percent-encoding; nothing in it knows of AWS.
#ifndef AWSJOBS_HTTP_HPP
#define AWSJOBS_HTTP_HPP

#include <awsjobs/http/fields.hpp>
#include <awsjobs/http/message.hpp>
#include <awsjobs/http/percent.hpp>

#endif
