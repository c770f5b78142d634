# Fails when one of OBJECTS defines a function of RapidJSON taking one of RapidJSON's own
# stream types: such a function could be merged at link time with the program's own,
# compiled with other configuration macros.
foreach(object IN LISTS OBJECTS)
    execute_process(COMMAND "${NM}" --demangle --defined-only "${object}"
                    OUTPUT_VARIABLE symbols RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "${NM} failed on ${object}")
    endif()
    string(REGEX MATCHALL "[^\n]*rapidjson::[^\n]*Generic(Insitu)?StringStream[^\n]*" shared "${symbols}")
    if(shared)
        list(JOIN shared "\n" shared)
        message(FATAL_ERROR "${object} defines RapidJSON functions for RapidJSON's streams:\n${shared}")
    endif()
    string(FIND "${symbols}" "awsjobs::json::detail::text_stream" own)
    if(own EQUAL -1)
        message(FATAL_ERROR "${object}: no RapidJSON function for awsjobs' stream found; is this check still looking at the right thing?")
    endif()
endforeach()
