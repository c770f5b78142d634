#!/usr/bin/env bash
# Fuzzes every awsjobs harness for a fixed time under AddressSanitizer and
# UndefinedBehaviorSanitizer, and fails if any of them finds a crash.
#
#   tests/fuzz/run.sh BUILD_DIR [WORK_DIR]
#
# BUILD_DIR  a build configured with the `fuzz` preset (clang, AWSJOBS_BUILD_FUZZERS=ON)
#            and built: this script builds nothing.
# WORK_DIR   where corpora, logs and crash inputs go (default BUILD_DIR/fuzz). Corpora
#            grow from run to run: keep the directory (e.g. a CI cache) to fuzz deeper.
#
# Environment: FUZZ_SECONDS per harness (default 60), FUZZ_JOBS harnesses at a time
# (default 2). Eight harnesses, two at a time, 60 s each: about 4 minutes in all.
#
# Seeds, gathered afresh on each run (nothing generated is committed):
#   every harness    tests/data/fuzz/seeds/<harness> and tests/data/fuzz/regressions/<harness>
#   JSON harnesses   tests/data/samples, JSONTestSuite's documents (tests/data/jsontestsuite),
#                    and the benchmark generator's (benchmarks/corpus/generate.py --mixed-mb 1,
#                    one file per document)
#   XML harnesses    tests/data/samples (its XML responses)
# and a dictionary of the model's member names and enum values (dictionary.py).
#
# A crash leaves its input in WORK_DIR/artifacts/<harness>/. Reproduce it with
#   BUILD_DIR/tests/fuzz/fuzz_<harness> WORK_DIR/artifacts/<harness>/crash-...
# then save it under tests/data/fuzz/regressions/<harness>/: every run starts by replaying
# it (a crash there fails the run), and so does the fuzz_replay_<harness> test of a build
# with the fuzz_replay suite (the default `all`; no CI preset builds it).
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 BUILD_DIR [WORK_DIR]" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
work_dir=${2:-$build_dir/fuzz}
seconds=${FUZZ_SECONDS:-60}
parallel=${FUZZ_JOBS:-2}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
data_dir=$source_dir/tests/data

# The harness list is CMake's (harnesses.cmake): read it rather than repeat it.
read -r -a harnesses <<<"$(sed -n 's/^set(AWSJOBS_FUZZ_HARNESSES \(.*\))$/\1/p' "$here/harnesses.cmake")"
for harness in "${harnesses[@]}"; do
    if [[ ! -x $build_dir/tests/fuzz/fuzz_$harness ]]; then
        echo "error: $build_dir/tests/fuzz/fuzz_$harness is missing: configure with the fuzz preset and build first" >&2
        exit 2
    fi
done

# The services each harness reads, for its dictionary; and whether it reads whole JSON documents.
services() {
    case $1 in
    getjob) echo dataexchange ;;
    getimportjob) echo sesv2 ;;
    getstatus) echo importexport ;;
    timestamp) ;;  # JSON tokens and timestamp pieces only
    service_error) echo dataexchange sesv2 ;;
    getstatus_xml) echo importexport ;;
    authorization) ;;  # its tokens are the signatures' (dictionary.py --auth)
    operations) echo dataexchange sesv2 importexport ;;
    esac
}
reads_documents() { [[ $1 == getjob || $1 == getimportjob || $1 == getstatus ]]; }
reads_xml() { [[ $1 == *_xml ]]; }
reads_signatures() { [[ $1 == authorization ]]; }
reads_http() { [[ $1 == operations ]]; }

# ---- seeds ----
rm -rf "$work_dir/seeds" "$work_dir/generated" "$work_dir/logs"
mkdir -p "$work_dir/seeds/documents" "$work_dir/generated" "$work_dir/logs"
python3 "$source_dir/benchmarks/corpus/generate.py" "$work_dir/generated" --mixed-mb 1 >/dev/null 2>&1
cp "$work_dir"/generated/*.json "$work_dir/seeds/documents/"
split --lines=1 --numeric-suffixes --suffix-length=5 --additional-suffix=.json \
    "$work_dir/generated/mixed.ndjson" "$work_dir/seeds/documents/mixed-"
rm -rf "$work_dir/generated"
cp "$data_dir"/samples/*.json "$work_dir/seeds/documents/"

for harness in "${harnesses[@]}"; do
    mkdir -p "$work_dir/corpus/$harness" "$work_dir/artifacts/$harness"
    python3 "$here/dictionary.py" $(reads_xml "$harness" && echo --xml) $(reads_signatures "$harness" && echo --auth) \
        $(reads_http "$harness" && echo --http) \
        "$data_dir/models/closure.json" \
        $(services "$harness") >"$work_dir/seeds/$harness.dict"
done

seed_dirs() {
    local dir
    for dir in "$data_dir/fuzz/seeds/$1" "$data_dir/fuzz/regressions/$1"; do
        [[ -d $dir ]] && echo "$dir"
    done
    if reads_documents "$1"; then
        echo "$work_dir/seeds/documents"
        echo "$data_dir/jsontestsuite/test_parsing"
        echo "$data_dir/jsontestsuite/test_transform"
    fi
    if reads_xml "$1"; then echo "$data_dir/samples"; fi
}

# ---- fuzzing ----
fuzz() {
    local harness=$1
    local max_len=4096
    if reads_documents "$harness"; then max_len=65536; fi  # room for the largest generated document
    if reads_xml "$harness" || reads_http "$harness"; then max_len=16384; fi
    # New inputs go to the first directory (the corpus); the others are read-only seeds.
    "$build_dir/tests/fuzz/fuzz_$harness" \
        "$work_dir/corpus/$harness" $(seed_dirs "$harness") \
        -dict="$work_dir/seeds/$harness.dict" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -artifact_prefix="$work_dir/artifacts/$harness/" -print_final_stats=1 \
        >"$work_dir/logs/$harness.log" 2>&1
}

echo "fuzzing ${#harnesses[@]} harnesses for ${seconds}s each, $parallel at a time (logs in $work_dir/logs)"
for harness in "${harnesses[@]}"; do
    while (($(jobs -rp | wc -l) >= parallel)); do wait -n || true; done
    { if fuzz "$harness"; then echo 0; else echo $?; fi >"$work_dir/logs/$harness.status"; } &
done
wait
declare -A status
for harness in "${harnesses[@]}"; do status[$harness]=$(<"$work_dir/logs/$harness.status"); done

# ---- summary ----
final_stat() { sed -n "s/^stat::$1: *//p" "$work_dir/logs/$2.log" | tail -1; }
failed=0
printf '\n%-14s %10s %8s %6s %7s %7s %8s  %s\n' harness execs exec/s cov features corpus rss_mb result
for harness in "${harnesses[@]}"; do
    log=$work_dir/logs/$harness.log
    # The last status line, e.g. "#123456 DONE cov: 1234 ft: 5678 corp: 900/1200Kb ...".
    progress=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$progress")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$progress")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$progress")
    result=ok
    if ((status[$harness] != 0)); then
        result="FAILED (exit ${status[$harness]}): $(ls "$work_dir/artifacts/$harness" | head -1)"
        failed=1
    fi
    printf '%-14s %10s %8s %6s %7s %7s %8s  %s\n' "$harness" "$(final_stat number_of_executed_units "$harness")" \
        "$(final_stat average_exec_per_sec "$harness")" "${cov:--}" "${ft:--}" "${corp:--}" "$(final_stat peak_rss_mb "$harness")" "$result"
done
if ((failed)); then
    echo
    for harness in "${harnesses[@]}"; do
        if ((status[$harness] != 0)); then
            echo "---- $harness: end of $work_dir/logs/$harness.log"
            grep -v -E '^#[0-9]+ ' "$work_dir/logs/$harness.log" | tail -40
        fi
    done
fi
exit "$failed"
