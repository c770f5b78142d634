# Gives awsjobs' dependencies the target names awsjobs links to, whoever provided them.
# Included after the dependencies are found, both by CMakeLists.txt and by the installed
# awsjobsConfig.cmake: install(EXPORT) writes the names below literally into the exported
# target, so a consumer must be able to resolve them the same way.
#
# What the two worlds provide:
#   Boost::headers   Debian's BoostConfig.cmake and ConanCenter's boost: both.
#   date::date       Debian's dateConfig.cmake and ConanCenter's date: both.
#   FastFloat::fast_float  Debian's FastFloatConfig.cmake and ConanCenter's fast_float: both.
#   RapidJSON        ConanCenter: target `rapidjson`. Upstream master: RapidJSON::RapidJSON.
#                    Debian (1.1.0): no target at all, only RAPIDJSON_INCLUDE_DIRS.
# So RapidJSON gets a target of our own, awsjobs::rapidjson, that forwards to whichever exists.
if(NOT TARGET awsjobs::rapidjson)
    add_library(awsjobs::rapidjson INTERFACE IMPORTED)
    if(TARGET rapidjson)
        set_target_properties(awsjobs::rapidjson PROPERTIES INTERFACE_LINK_LIBRARIES rapidjson)
    elseif(TARGET RapidJSON::RapidJSON)
        set_target_properties(awsjobs::rapidjson PROPERTIES INTERFACE_LINK_LIBRARIES RapidJSON::RapidJSON)
    elseif(RAPIDJSON_INCLUDE_DIRS)
        set_target_properties(awsjobs::rapidjson PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${RAPIDJSON_INCLUDE_DIRS}")
    endif()
endif()
