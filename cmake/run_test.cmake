# Runs one command and checks its exit status and its output; CTest's PASS_REGULAR_EXPRESSION
# alone ignores the exit status, so a program that prints the expected line and then fails (an
# assertion, LeakSanitizer's exit 23) would pass. awsjobs_add_run_test() (awsjobsRunTest.cmake)
# writes the case file this reads:
#   cmake -DCASE=<file> -P run_test.cmake
# where the case file sets
#   COMMAND            the program and its arguments
#   EXIT               the exit status expected: a number, or a regular expression for the text
#                      execute_process gives for a signal ("aborted": "Subprocess aborted")
#   OUTPUT             a regular expression that stdout and stderr together must match
#   NOT_OUTPUT         (optional) one they must not match
#   WORKING_DIRECTORY  (optional) where to run it
# On success it echoes what the command printed, for `ctest -V` and the demo preset.
cmake_minimum_required(VERSION 3.25)
include("${CASE}")

if(NOT WORKING_DIRECTORY)
    set(WORKING_DIRECTORY ".")
endif()
execute_process(COMMAND ${COMMAND} WORKING_DIRECTORY "${WORKING_DIRECTORY}"
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
string(JOIN " " command_line ${COMMAND})

set(problems "")
if(EXIT MATCHES "^[0-9]+$")
    string(COMPARE EQUAL "${status}" "${EXIT}" exit_as_expected)
elseif(status MATCHES "^[0-9]+$")  # a signal was expected
    set(exit_as_expected FALSE)
else()
    string(REGEX MATCH "${EXIT}" exit_as_expected "${status}")
endif()
if(NOT exit_as_expected)
    string(APPEND problems "\n  exit status '${status}', expected ${EXIT}")
endif()
if(NOT output MATCHES "${OUTPUT}")
    string(APPEND problems "\n  the output does not match: ${OUTPUT}")
endif()
if(DEFINED NOT_OUTPUT AND output MATCHES "${NOT_OUTPUT}")
    string(APPEND problems "\n  the output matches what it must not: ${NOT_OUTPUT}")
endif()

if(problems)
    message(FATAL_ERROR "${command_line}:${problems}\n--- output ---\n${output}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E echo "$ ${command_line}\n${output}")
