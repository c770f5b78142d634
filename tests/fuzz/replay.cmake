# Replays every harness on its committed seeds and saved regressions (and the
# JSON harnesses on the real samples and JSONTestSuite) as ordinary unit tests,
# with whatever compiler builds the tests. Included from the tests' CMakeLists.txt.
include_guard(GLOBAL)
include(${CMAKE_CURRENT_LIST_DIR}/harnesses.cmake)

# The replaying main() and the JSON oracle, compiled once for all harnesses.
add_library(awsjobs_fuzz_replay OBJECT ${CMAKE_CURRENT_LIST_DIR}/replay.cpp ${CMAKE_CURRENT_LIST_DIR}/oracle.cpp)
target_link_libraries(awsjobs_fuzz_replay PRIVATE awsjobs::awsjobs)
target_compile_options(awsjobs_fuzz_replay PRIVATE -Wall -Wextra -Wpedantic $<$<BOOL:${AWSJOBS_WARNINGS_AS_ERRORS}>:-Werror>)

set(_fuzz_data ${AWSJOBS_TEST_DATA}/fuzz)
set(_json_inputs
    ${AWSJOBS_TEST_DATA}/samples
    ${AWSJOBS_TEST_DATA}/jsontestsuite/test_parsing
    ${AWSJOBS_TEST_DATA}/jsontestsuite/test_transform)

foreach(harness IN LISTS AWSJOBS_FUZZ_HARNESSES)
    set(xml_harness FALSE)
    if(harness IN_LIST AWSJOBS_FUZZ_XML_HARNESSES)
        if(NOT TARGET awsjobs::xml)
            continue()  # no pugixml
        endif()
        set(xml_harness TRUE)
    endif()
    set(auth_harness FALSE)
    if(harness IN_LIST AWSJOBS_FUZZ_AUTH_HARNESSES)
        if(NOT TARGET awsjobs::auth)
            continue()  # no OpenSSL
        endif()
        set(auth_harness TRUE)
    endif()
    set(sources fuzz_${harness}.cpp ${AWSJOBS_FUZZ_${harness}_SOURCES})
    list(TRANSFORM sources PREPEND ${CMAKE_CURRENT_LIST_DIR}/)
    add_executable(replay_${harness} ${sources} $<TARGET_OBJECTS:awsjobs_fuzz_replay>)
    target_link_libraries(replay_${harness} PRIVATE awsjobs::awsjobs $<$<BOOL:${xml_harness}>:awsjobs::xml>
                          $<$<BOOL:${auth_harness}>:awsjobs::auth>)
    target_compile_options(replay_${harness} PRIVATE -Wall -Wextra -Wpedantic $<$<BOOL:${AWSJOBS_WARNINGS_AS_ERRORS}>:-Werror>)
    set(inputs ${_fuzz_data}/seeds/${harness} ${_fuzz_data}/regressions/${harness})
    if(xml_harness)
        list(APPEND inputs ${AWSJOBS_TEST_DATA}/samples)  # the XML samples, and JSON that is not XML
    elseif(NOT harness MATCHES "^(timestamp|service_error|authorization)$")
        list(APPEND inputs ${_json_inputs})
    endif()
    add_test(NAME fuzz_replay_${harness} COMMAND replay_${harness} ${inputs})
    set_tests_properties(fuzz_replay_${harness} PROPERTIES LABELS unit)
endforeach()
