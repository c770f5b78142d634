#!/usr/bin/env bash
# Runs every test of awsjobs, in stages (CONTRIBUTING.md, "CI", says what each proves and why), and
# prints each stage's duration at the end:
#   0. the API reference (Doxygen, warnings as errors): nothing is compiled, so it fails fast;
#   1. g++, optimised: the strict-warnings header test, the codec and limits tests, and what only
#      this stage runs: the Python-only suite (generator), the AWS CLI against the examples and
#      against awsjobs' own responses, the consumers, awsjobs-fake under load and the benchmark
#      smoke run;
#   2. Clang 16 with libc++: the codec, model, property, JSONTestSuite and strict-warnings header tests;
#   3. Clang 14 with libstdc++ under AddressSanitizer + UndefinedBehaviorSanitizer: every C++ unit
#      test, the botocore comparisons, the strict-warnings header test, and the examples,
#      awsjobs-inspect and awsjobs-fake with their tests;
#   4. the concurrency test under ThreadSanitizer;
#   5. each libFuzzer harness for FUZZ_SECONDS (default 40 here, 60 in tests/fuzz/run.sh alone: the
#      CI's time budget) under ASan + UBSan, starting from the
#      committed seeds and regressions.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage's duration, printed as a table at the end, also when a stage fails.
stages=()
durations=()
report() {
    local status=$? total=0 i
    printf '\n%-46s %8s\n' "stage" "m:ss"
    for i in "${!stages[@]}"; do
        printf '%-46s %5d:%02d\n' "${stages[$i]}" $((durations[i] / 60)) $((durations[i] % 60))
        total=$((total + durations[i]))
    done
    printf '%-46s %5d:%02d\n' "total" $((total / 60)) $((total % 60))
    [ "$status" -eq 0 ] || printf '%s failed (exit status %d)\n' "${current:-a stage}" "$status"
}
trap report EXIT
stage() {
    current=$1
    shift
    printf '\n=== %s (%s)\n' "$current" "$(date -u +%H:%M:%S)"
    local start=$SECONDS
    "$@"
    stages+=("$current")
    durations+=($((SECONDS - start)))
}
fuzz() {
    cmake --workflow --preset fuzz
    FUZZ_SECONDS=${FUZZ_SECONDS:-40} tests/fuzz/run.sh build/fuzz
}

stage "dependencies" scripts/install-deps.sh test
stage "API reference (Doxygen)" cmake --workflow --preset docs
stage "g++, optimised" cmake --workflow --preset test
stage "Clang 16, libc++" cmake --workflow --preset clang16-libcxx
stage "Clang 14, AddressSanitizer + UBSan" cmake --workflow --preset asan
stage "ThreadSanitizer" cmake --workflow --preset tsan
stage "fuzzing" fuzz
current=
