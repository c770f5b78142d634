# The harnesses (tests/fuzz/fuzz_<name>.cpp), and what each one's seeds are,
# shared by the fuzzing build (CMakeLists.txt), the replay tests (replay.cmake) and run.sh.
# operations first: the costliest to compile, its translation units start first.
set(AWSJOBS_FUZZ_HARNESSES operations getjob getimportjob getstatus timestamp service_error getstatus_xml authorization)
# Harnesses that read XML: built only where pugixml is (awsjobs::xml). operations reads JSON
# and XML (every operation of every service).
set(AWSJOBS_FUZZ_XML_HARNESSES getstatus_xml operations)
# A harness's sources besides fuzz_<name>.cpp: operations checks each service in its own
# translation unit, so that they compile in parallel.
set(AWSJOBS_FUZZ_operations_SOURCES operations_dataexchange.cpp operations_sesv2.cpp operations_importexport.cpp)
# Harnesses that verify signatures: built only where OpenSSL 3 is (awsjobs::auth).
set(AWSJOBS_FUZZ_AUTH_HARNESSES authorization)
