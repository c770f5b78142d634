/// \file
/// awsjobs::config — credentials, region and endpoints resolved the way the AWS CLI resolves
/// them, from the sources that need no network: the environment, the shared config and
/// credentials files, credential_process.
///
///   awsjobs::config::system_host world;
///   auto shared = awsjobs::config::load_shared_config(world);
///   if (!shared) { std::cerr << shared.error() << '\n'; return 1; }   // file:line: profile x: why
///   auto creds = awsjobs::config::resolve_credentials(*shared, world);
///   auto region = awsjobs::config::resolve_region(*shared, world);

/// \namespace awsjobs::config
/// Credentials, region and endpoint resolution as the AWS CLI does it, from the sources that need no network.

#ifndef AWSJOBS_CONFIG_HPP
#define AWSJOBS_CONFIG_HPP

#include <awsjobs/config/credentials.hpp>
#include <awsjobs/config/endpoint.hpp>
#include <awsjobs/config/error.hpp>
#include <awsjobs/config/files.hpp>
#include <awsjobs/config/host.hpp>
#include <awsjobs/config/region.hpp>
#include <awsjobs/config/shared_config.hpp>
#include <awsjobs/config/system_host.hpp>

#endif
