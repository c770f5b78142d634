# Finds awsjobs' header-only dependencies and lists their targets in
# AWSJOBS_DEPENDENCY_TARGETS. Used both by the build and by the installed
# awsjobsConfig.cmake, so that the two always agree.
#
# Two worlds name them differently:
#   Debian:      Boost::headers, date::date, and a RapidJSON config that sets only
#                RAPIDJSON_INCLUDE_DIRS (no target);
#   ConanCenter: Boost::headers (or Boost::boost), date::date, and target `rapidjson`.
include(CMakeFindDependencyMacro)

find_dependency(Boost 1.81 CONFIG)
find_dependency(RapidJSON CONFIG)
find_dependency(date CONFIG)

if(TARGET Boost::headers)
    set(_awsjobs_boost Boost::headers)
else()
    set(_awsjobs_boost Boost::boost)
endif()

if(NOT TARGET rapidjson AND NOT TARGET awsjobs_rapidjson)
    # Debian's RapidJSONConfig.cmake defines no target: make one from its variables.
    add_library(awsjobs_rapidjson INTERFACE IMPORTED)
    if(RAPIDJSON_INCLUDE_DIRS)
        set_target_properties(awsjobs_rapidjson PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${RAPIDJSON_INCLUDE_DIRS}")
    endif()
endif()
if(TARGET rapidjson)
    set(_awsjobs_rapidjson rapidjson)
else()
    set(_awsjobs_rapidjson awsjobs_rapidjson)
endif()

set(AWSJOBS_DEPENDENCY_TARGETS ${_awsjobs_boost} ${_awsjobs_rapidjson} date::date)
