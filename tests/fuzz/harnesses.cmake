# The harnesses (tests/fuzz/fuzz_<name>.cpp), and what each one's seeds are,
# shared by the fuzzing build (CMakeLists.txt), the replay tests (replay.cmake) and run.sh.
set(AWSJOBS_FUZZ_HARNESSES getjob getimportjob getstatus timestamp service_error getstatus_xml authorization operations)
# Harnesses that read XML: built only where pugixml is (awsjobs::xml). operations reads JSON
# and XML (every operation of every service).
set(AWSJOBS_FUZZ_XML_HARNESSES getstatus_xml operations)
# Harnesses that verify signatures: built only where OpenSSL 3 is (awsjobs::auth).
set(AWSJOBS_FUZZ_AUTH_HARNESSES authorization)
