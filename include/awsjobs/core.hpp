/// \file
/// awsjobs' core: the vocabulary every format, the protocol layer and the service models
/// share — result and error, document, required, open_enum, one_of, map, timestamps, convert,
/// check_required, to_string, the arena for the std::pmr models — and nothing that reads or writes a format. check_constraints()
/// is not included: its pattern matcher costs every translation unit including this (and
/// json.hpp) compile time, so include <awsjobs/core/check_constraints.hpp> where you validate.
#ifndef AWSJOBS_CORE_HPP
#define AWSJOBS_CORE_HPP

#include <awsjobs/core/arena.hpp>
#include <awsjobs/core/check.hpp>
#include <awsjobs/core/constraint.hpp>
#include <awsjobs/core/convert.hpp>
#include <awsjobs/core/document.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/fixed_string.hpp>
#include <awsjobs/core/job_progress.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/names.hpp>
#include <awsjobs/core/no_output.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/required.hpp>
#include <awsjobs/core/result.hpp>
#include <awsjobs/core/service_error.hpp>
#include <awsjobs/core/shape.hpp>
#include <awsjobs/core/timestamp.hpp>
#include <awsjobs/core/to_string.hpp>

#include <boost/describe/class.hpp>  // BOOST_DESCRIBE_STRUCT, BOOST_DESCRIBE_CLASS
#include <boost/describe/enum.hpp>   // BOOST_DESCRIBE_ENUM

#endif
