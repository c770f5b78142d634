# Installs awsjobs from its source tree into a fresh prefix, the way a packager does:
#   cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DPREFIX=... -DGENERATOR=... -DCXX_COMPILER=... -P install.cmake
# then checks that every file consumers rely on is there.
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE "${BUILD_DIR}" "${PREFIX}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${BUILD_DIR}" -G "${GENERATOR}"
            "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" -DAWSJOBS_BUILD_TESTS=OFF -DAWSJOBS_BUILD_EXAMPLES=OFF
    COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" COMMAND_ERROR_IS_FATAL ANY)

foreach(file IN ITEMS
        include/awsjobs/awsjobs.hpp
        include/awsjobs/core/detail/describe.hpp
        include/awsjobs/json/detail/reader.hpp
        share/cmake/awsjobs/awsjobsConfig.cmake
        share/cmake/awsjobs/awsjobsConfigVersion.cmake
        share/cmake/awsjobs/awsjobsTargets.cmake
        share/cmake/awsjobs/awsjobsDependencies.cmake
        share/pkgconfig/awsjobs.pc)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "cmake --install did not install ${file}")
    endif()
endforeach()
# The XML codec's target and pkg-config file, where pugixml was found (EXPECT_XML).
foreach(file IN ITEMS include/awsjobs/xml.hpp share/cmake/awsjobs/awsjobsXmlTargets.cmake share/pkgconfig/awsjobs-xml.pc)
    if(EXPECT_XML AND NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "cmake --install did not install ${file}")
    endif()
endforeach()
