#!/usr/bin/env bash
# Runs every test of awsjobs (about 40 minutes on 2 cores; 39 min from a clean clone, 2026-12-02):
#   1. the optimised build: codec and model unit tests, model conformance, real samples,
#      JSONTestSuite, property tests, limits, CLI interoperability, consumers, examples,
#      awsjobs-inspect, the strict-warnings header test, and the benchmark smoke run;
#   2. the other toolchains, Clang 14 with libstdc++ and Clang 16 with libc++: the codec, model,
#      property, JSONTestSuite and strict-warnings header tests;
#   3. the unit tests again under AddressSanitizer + UndefinedBehaviorSanitizer;
#   4. the concurrency test under ThreadSanitizer;
#   5. each libFuzzer harness for FUZZ_SECONDS (default 60) under ASan + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test

stage() { printf '\n=== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
stage "optimised build, all tests"
cmake --workflow --preset test
stage "Clang 14, libstdc++"
cmake --workflow --preset clang14
stage "Clang 16, libc++"
cmake --workflow --preset clang16-libcxx
stage "AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --workflow --preset asan
stage "ThreadSanitizer"
cmake --workflow --preset tsan
stage "fuzzing"
cmake --workflow --preset fuzz
tests/fuzz/run.sh build/fuzz
stage "done"
