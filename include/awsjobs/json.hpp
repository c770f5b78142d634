// awsjobs::json — read and write any Boost.Describe-described C++ type as JSON.
//
//   struct Job { std::string Id; std::optional<std::int64_t> Size; };
//   BOOST_DESCRIBE_STRUCT(Job, (), (Id, Size))
//
//   auto job = awsjobs::json::parse<Job>(std::move(body));   // awsjobs::document<Job>
//   if (!job) std::cerr << job.error() << '\n';
//   std::string text = awsjobs::json::write(*job).value();
#ifndef AWSJOBS_JSON_HPP
#define AWSJOBS_JSON_HPP

#include <awsjobs/core.hpp>
#include <awsjobs/json/options.hpp>
#include <awsjobs/json/read.hpp>
#include <awsjobs/json/write.hpp>

#include <boost/describe/class.hpp>  // BOOST_DESCRIBE_STRUCT, BOOST_DESCRIBE_CLASS
#include <boost/describe/enum.hpp>   // BOOST_DESCRIBE_ENUM

#endif
