# Runs the CLI interop test (cmake -P): awsjobs writes the cases, cli_interop.py
# serves them to the AWS CLI, awsjobs checks what the CLI printed.
#   -D PROGRAM=awsjobs-cli-interop -D PYTHON=python3 -D DRIVER=cli_interop.py -D WORK_DIR=dir
foreach(var IN ITEMS PROGRAM DRIVER WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "cli_interop.cmake: -D ${var}=... is required")
    endif()
endforeach()
if(NOT PYTHON OR NOT EXISTS "${PYTHON}")
    message(FATAL_ERROR "cli_interop: python3 not found; the interop test needs python3 and the AWS CLI "
                        "(apt-get install python3 awscli)")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")

execute_process(COMMAND "${PROGRAM}" write "${WORK_DIR}/cases" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cli_interop: writing the cases failed (${status})")
endif()

execute_process(COMMAND "${PYTHON}" "${DRIVER}" -j 4 "${WORK_DIR}/cases" "${WORK_DIR}/out" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cli_interop: cli_interop.py failed (${status}), see its message above. "
                        "The interop test needs the AWS CLI v2: apt-get install awscli (or set AWS_CLI)")
endif()

execute_process(COMMAND "${PROGRAM}" check "${WORK_DIR}/out" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cli_interop: what the AWS CLI printed does not match what awsjobs wrote (${status})")
endif()
