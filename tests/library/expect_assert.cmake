# Runs PROGRAM with ARGUMENT and passes only if it stopped at a failed assertion
# whose message matches EXPECTED. (CTest on its own counts an aborted process as a
# failure whatever it printed.)
#   cmake -DPROGRAM=... -DARGUMENT=... -DEXPECTED=... -P expect_assert.cmake
execute_process(COMMAND "${PROGRAM}" "${ARGUMENT}" RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(result EQUAL 0 OR NOT err MATCHES "${EXPECTED}")
    message(FATAL_ERROR "expected an assertion matching '${EXPECTED}', got exit '${result}'\nstdout: ${out}\nstderr: ${err}")
endif()
message(STATUS "stopped as expected: ${err}")
