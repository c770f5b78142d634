# Runs awsjobs-inspect once and checks what it did: cmake -DCASE=file -P run.cmake, where the
# case file (written by inspect_test() in CMakeLists.txt) sets
#   PROGRAM ARGS INPUT WORKING_DIRECTORY EXIT     how to run it and the exit status expected
#   STDOUT STDERR                                files the output must equal
#   STDOUT_HAS STDERR_HAS                        texts the output must contain
#   NO_CONTROLS                                  no control character but tab and line feed
#                                                in either output
#   ROUND_TRIP                                   a scratch file: stdout is fed back on stdin (the
#                                                FILE argument dropped) and must come out unchanged,
#                                                i.e. the canonical JSON is a fixed point
# On success it echoes what the program printed.
cmake_minimum_required(VERSION 3.25)
include("${CASE}")

function(run_program stdin)
    execute_process(COMMAND "${PROGRAM}" ${ARGN}
        INPUT_FILE "${stdin}" WORKING_DIRECTORY "${WORKING_DIRECTORY}"
        RESULT_VARIABLE exit OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
    set(exit "${exit}" PARENT_SCOPE)
    set(stdout "${stdout}" PARENT_SCOPE)
    set(stderr "${stderr}" PARENT_SCOPE)
endfunction()

run_program("${INPUT}" ${ARGS})
string(JOIN " " command "${PROGRAM}" ${ARGS})

set(problems "")
if(NOT exit STREQUAL EXIT)
    string(APPEND problems "\n  exit status ${exit}, expected ${EXIT}")
endif()
foreach(stream IN ITEMS stdout stderr)
    string(TOUPPER "${stream}" STREAM)
    if(DEFINED ${STREAM})
        file(READ "${${STREAM}}" expected)
        if(NOT ${stream} STREQUAL expected)
            string(APPEND problems "\n  ${stream} differs from ${${STREAM}}")
        endif()
    endif()
    foreach(text IN LISTS ${STREAM}_HAS)
        string(FIND "${${stream}}" "${text}" at)
        if(at EQUAL -1)
            string(APPEND problems "\n  ${stream} lacks \"${text}\"")
        endif()
    endforeach()
endforeach()

if(NO_CONTROLS)
    # Every C0 control but tab and line feed, and DEL (CMake strings hold no NUL).
    foreach(code RANGE 1 127)
        if(code EQUAL 9 OR code EQUAL 10 OR (code GREATER 31 AND code LESS 127))
            continue()
        endif()
        string(ASCII ${code} control)
        foreach(stream IN ITEMS stdout stderr)
            string(FIND "${${stream}}" "${control}" at)
            if(NOT at EQUAL -1)
                string(APPEND problems "\n  ${stream} holds the control character ${code} at ${at}")
            endif()
        endforeach()
    endforeach()
endif()

if(DEFINED ROUND_TRIP AND NOT problems)
    file(WRITE "${ROUND_TRIP}" "${stdout}")
    set(first_output "${stdout}")
    list(POP_BACK ARGS)
    run_program("${ROUND_TRIP}" ${ARGS})
    if(NOT exit EQUAL 0 OR NOT stdout STREQUAL first_output)
        string(APPEND problems "\n  reading its own output back on stdin gave exit status ${exit} and another output")
    endif()
endif()

if(problems)
    message(FATAL_ERROR "${command}:${problems}\n--- stdout ---\n${stdout}--- stderr ---\n${stderr}")
endif()
# What it printed, for `ctest -V` and the demo preset.
execute_process(COMMAND "${CMAKE_COMMAND}" -E echo "$ ${command}\n${stdout}${stderr}")
