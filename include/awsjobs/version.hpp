/// \file
/// The version of awsjobs: the one place it is written. CMakeLists.txt and
/// conanfile.py read it from here.
#ifndef AWSJOBS_VERSION_HPP
#define AWSJOBS_VERSION_HPP

#define AWSJOBS_VERSION_MAJOR 0  ///< The major version number.
#define AWSJOBS_VERSION_MINOR 2  ///< The minor version number.
#define AWSJOBS_VERSION_PATCH 0  ///< The patch version number.

/// major * 10000 + minor * 100 + patch, for comparisons in `#if`.
#define AWSJOBS_VERSION (AWSJOBS_VERSION_MAJOR * 10000 + AWSJOBS_VERSION_MINOR * 100 + AWSJOBS_VERSION_PATCH)
/// The version as "major.minor.patch".
#define AWSJOBS_VERSION_STRING "0.2.0"

#endif
