# Tests that run a command and check both its exit status and its output (cmake/run_test.cmake),
# and tests that a source fails to compile for the expected reason.
include_guard(GLOBAL)

# awsjobs_add_run_test(<name> COMMAND <program> <args>... OUTPUT <regex> [NOT_OUTPUT <regex>]
#                      [EXIT <status>] [WORKING_DIRECTORY <dir>] [LABELS <label>...])
# The test passes when the command exits with EXIT (default 0; or, for a signal, a regular expression
# for the text execute_process gives: "aborted" for abort()) and its stdout and stderr together
# match OUTPUT and, if given, do not match NOT_OUTPUT. COMMAND may hold generator expressions
# ($<TARGET_FILE:...>); a first word that names a target stands for its executable. The case goes to a file: regular expressions with newlines, semicolons and
# backslashes survive no command line.
function(awsjobs_add_run_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "EXIT;OUTPUT;NOT_OUTPUT;WORKING_DIRECTORY" "COMMAND;LABELS")
    if(NOT arg_COMMAND OR NOT DEFINED arg_OUTPUT)
        message(FATAL_ERROR "awsjobs_add_run_test(${name}): COMMAND and OUTPUT are required")
    endif()
    if(NOT DEFINED arg_EXIT)
        set(arg_EXIT 0)
    endif()
    # As add_test() does, a program named by its target runs from where the target is built.
    list(POP_FRONT arg_COMMAND program)
    if(TARGET ${program})
        set(program "$<TARGET_FILE:${program}>")
    endif()
    set(case "set(COMMAND")
    foreach(word IN LISTS program arg_COMMAND)
        string(APPEND case " [==[${word}]==]")
    endforeach()
    string(APPEND case ")\nset(EXIT [==[${arg_EXIT}]==])\nset(OUTPUT [==[${arg_OUTPUT}]==])\n")
    foreach(variable IN ITEMS NOT_OUTPUT WORKING_DIRECTORY)
        if(DEFINED arg_${variable})
            string(APPEND case "set(${variable} [==[${arg_${variable}}]==])\n")
        endif()
    endforeach()
    set(case_file "${CMAKE_CURRENT_BINARY_DIR}/run_test/${name}-$<CONFIG>.cmake")
    file(GENERATE OUTPUT "${case_file}" CONTENT "${case}")
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} "-DCASE=${case_file}" -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/run_test.cmake")
    if(arg_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}")
    endif()
endfunction()

# awsjobs_add_compile_fail_test(<name> TARGET <target> OUTPUT <regex> [LABELS <label>...])
# <target> (EXCLUDE_FROM_ALL, one source) must not compile: the test runs the compiler on its
# source with the target's include directories, definitions and options, with -fsyntax-only, and
# passes when the compiler exits with 1 and reports one error, which matches OUTPUT. It writes no file and
# never enters the build tree, so such tests run in parallel with each other and with a build.
# `cmake --build <dir> --target <target>` shows the same diagnostics.
function(awsjobs_add_compile_fail_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "TARGET;OUTPUT" "LABELS")
    get_target_property(sources ${arg_TARGET} SOURCES)
    list(LENGTH sources count)
    if(NOT count EQUAL 1)
        message(FATAL_ERROR "awsjobs_add_compile_fail_test(${name}): ${arg_TARGET} must have one source")
    endif()
    get_filename_component(source "${sources}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    string(TOUPPER "${CMAKE_BUILD_TYPE}" build_type)
    separate_arguments(flags UNIX_COMMAND "${CMAKE_CXX_FLAGS} ${CMAKE_CXX_FLAGS_${build_type}}")
    # The target's usage requirements, its own and those of what it links (awsjobs, Boost, ...),
    # but the compiler's own include directories: as -I they would come before the C++ library's
    # and break its #include_next (CMake leaves them out of a build for the same reason).
    set(implicit "")
    foreach(directory IN LISTS CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES)
        string(REGEX REPLACE "([][+.*?()^$|\\])" "\\\\\\1" directory "${directory}")
        list(APPEND implicit "${directory}")
    endforeach()
    list(JOIN implicit "|" implicit)
    set(includes "$<FILTER:$<TARGET_PROPERTY:${arg_TARGET},INCLUDE_DIRECTORIES>,EXCLUDE,^(${implicit})$>")
    set(definitions "$<TARGET_PROPERTY:${arg_TARGET},COMPILE_DEFINITIONS>")
    set(options "$<TARGET_PROPERTY:${arg_TARGET},COMPILE_OPTIONS>")
    awsjobs_add_run_test(${name} EXIT 1 OUTPUT "${arg_OUTPUT}" NOT_OUTPUT ": error: .*: error: " LABELS ${arg_LABELS}
        COMMAND ${CMAKE_CXX_COMPILER} ${flags} ${CMAKE_CXX20_STANDARD_COMPILE_OPTION}
                "$<$<BOOL:${includes}>:-I$<JOIN:${includes},$<SEMICOLON>-I>>"
                "$<$<BOOL:${definitions}>:-D$<JOIN:${definitions},$<SEMICOLON>-D>>"
                "${options}" -fsyntax-only "${source}")
endfunction()
