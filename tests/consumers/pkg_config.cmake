# Builds consumer.cpp the way a Makefile user does, with nothing but the compiler and
#   pkg-config --cflags awsjobs
#   cmake -DPREFIX=... -DBUILD_DIR=... -DSOURCE=... -DCXX_COMPILER=... -DEXPECTED_VERSION=... -P pkg_config.cmake
cmake_minimum_required(VERSION 3.25)

find_program(PKG_CONFIG NAMES pkg-config pkgconf REQUIRED)
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")

execute_process(COMMAND "${PKG_CONFIG}" --modversion awsjobs
    OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
if(NOT version STREQUAL EXPECTED_VERSION)
    message(FATAL_ERROR "pkg-config says awsjobs ${version}, expected ${EXPECTED_VERSION}")
endif()
execute_process(COMMAND "${PKG_CONFIG}" --cflags awsjobs
    OUTPUT_VARIABLE cflags OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
separate_arguments(cflags UNIX_COMMAND "${cflags}")

file(MAKE_DIRECTORY "${BUILD_DIR}")
execute_process(COMMAND "${CXX_COMPILER}" -std=c++20 ${cflags} "-DAWSJOBS_PACKAGE_VERSION=\"${version}\"" "${SOURCE}" -o "${BUILD_DIR}/consumer"
    COMMAND_ECHO STDOUT COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND "${BUILD_DIR}/consumer" COMMAND_ERROR_IS_FATAL ANY)

# The XML codec: awsjobs-xml adds pugixml's flags and library.
if(EXPECT_XML)
    execute_process(COMMAND "${PKG_CONFIG}" --cflags --libs awsjobs-xml
        OUTPUT_VARIABLE xml_flags OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    separate_arguments(xml_flags UNIX_COMMAND "${xml_flags}")
    get_filename_component(source_dir "${SOURCE}" DIRECTORY)
    execute_process(COMMAND "${CXX_COMPILER}" -std=c++20 "${source_dir}/xml_consumer.cpp" ${xml_flags} -o "${BUILD_DIR}/xml_consumer"
        COMMAND_ECHO STDOUT COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND "${BUILD_DIR}/xml_consumer" COMMAND_ERROR_IS_FATAL ANY)
endif()
# Signing: awsjobs-auth adds libcrypto's flags and library.
if(EXPECT_AUTH)
    execute_process(COMMAND "${PKG_CONFIG}" --cflags --libs awsjobs-auth
        OUTPUT_VARIABLE auth_flags OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    separate_arguments(auth_flags UNIX_COMMAND "${auth_flags}")
    get_filename_component(source_dir "${SOURCE}" DIRECTORY)
    execute_process(COMMAND "${CXX_COMPILER}" -std=c++20 "${source_dir}/auth_consumer.cpp" ${auth_flags} -o "${BUILD_DIR}/auth_consumer"
        COMMAND_ECHO STDOUT COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND "${BUILD_DIR}/auth_consumer" COMMAND_ERROR_IS_FATAL ANY)
endif()
