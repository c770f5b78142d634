#!/usr/bin/env python3
"""Instruction counts of parsing and writing, per corpus, under callgrind.

Usage:
  run.py --corpus DIR [--flags "-O3 -march=x86-64-v3"] [--glaze GLAZE_SOURCE_TREE]
         [--corpora mixed,large,...] [--jobs 2] [--build-dir build/callgrind-counts]

Builds instructions.cpp (and, given a glaze source tree, glaze_instructions.cpp)
with g++ and the flags, runs every mode under `valgrind --tool=callgrind` on each
corpus, and prints a Markdown table: instructions per byte of JSON, net of loading
(mode `base`; for writing, of parsing the values: `write_base`), and the ratios the
benchmark issues set targets for. Counts do not depend on the load of the machine,
so the table is the same on a busy one. Standard library only.

valgrind 3.19 cannot run AVX-512: keep -march at x86-64-v3 (or below) on such CPUs.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

CORPORA = {
    "mixed": "mixed.ndjson",
    "small": "getjob_small.json",
    "large": "getjob_large.json",
    "GetImportJob": "getimportjob.json",
}
for job_type in ["IMPORT_ASSETS_FROM_S3", "IMPORT_ASSET_FROM_SIGNED_URL", "EXPORT_ASSETS_TO_S3",
                 "EXPORT_ASSET_TO_SIGNED_URL", "EXPORT_REVISIONS_TO_S3", "IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES",
                 "IMPORT_ASSET_FROM_API_GATEWAY_API", "CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET",
                 "IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY"]:
    CORPORA[job_type] = "getjob_%s.json" % job_type

AWSJOBS_MODES = ["base", "null_sse42", "null_text_stream", "view", "own", "own_text", "own_pmr", "own_pmr_monotonic", "write_base", "write"]
GLAZE_MODES = ["base", "read", "write_base", "write"]


def input_bytes(path):
    """The bytes of JSON the programs read from `path`: the rule of documents.hpp."""
    if path.endswith(".ndjson"):
        total = 0
        with open(path, "rb") as f:
            for count, line in enumerate(f):
                if count == 4000:
                    break
                total += len(line.rstrip(b"\n"))
        return total
    size = os.path.getsize(path)
    repeats = -(-4000000 // size)
    return size * repeats


def build(compiler, flags, sources, output, std):
    command = [compiler, std, "-g"] + flags.split() + ["-DNDEBUG", "-I" + os.path.join(ROOT, "include")]
    command += sources + ["-o", output]
    print("+ " + " ".join(command), file=sys.stderr)
    subprocess.run(command, check=True)


def count(program, corpus_path, mode, out_dir):
    """Instructions callgrind counts for one run, and what the program printed."""
    out_file = os.path.join(out_dir, "callgrind.%s.%s.%s" % (os.path.basename(program), os.path.basename(corpus_path), mode))
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out_file, program, corpus_path, mode],
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit("%s %s %s failed:\n%s%s" % (program, corpus_path, mode, run.stdout, run.stderr))
    collected = re.search(r"Collected : ([0-9]+)", run.stderr)
    return int(collected.group(1)), run.stdout


def written_bytes(stdout):
    found = re.search(r"\(([0-9]+) bytes\)", stdout)
    return int(found.group(1)) if found else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True, help="the directory benchmarks/corpus/generate.py wrote")
    parser.add_argument("--flags", default="-O3 -march=x86-64-v3")
    parser.add_argument("--compiler", default="g++")
    parser.add_argument("--glaze", help="a glaze source tree (v6.4.0), to count glaze too")
    parser.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated names: " + ", ".join(CORPORA))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--build-dir", default="build/callgrind-counts")
    args = parser.parse_args()

    os.makedirs(args.build_dir, exist_ok=True)
    awsjobs = os.path.join(args.build_dir, "instructions")
    build(args.compiler, args.flags, [os.path.join(HERE, "instructions.cpp"), os.path.join(HERE, "null_sse42.cpp")],
          awsjobs, "-std=c++20")
    programs = [(awsjobs, AWSJOBS_MODES)]
    if args.glaze:
        glaze = os.path.join(args.build_dir, "glaze_instructions")
        build(args.compiler,
              args.flags + " -I" + os.path.join(ROOT, "benchmarks", "src") + " -I" + os.path.join(args.glaze, "include"),
              [os.path.join(HERE, "glaze_instructions.cpp")], glaze, "-std=c++2b")
        programs.append((glaze, GLAZE_MODES))

    names = args.corpora.split(",")
    runs = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for name in names:
            path = os.path.join(args.corpus, CORPORA[name])
            for program, modes in programs:
                for mode in modes:
                    runs[(name, program, mode)] = pool.submit(count, program, path, mode, args.build_dir)
    results = {key: future.result() for key, future in runs.items()}

    print("Instructions per byte, callgrind, g++ %s (parsing: per byte read; writing: per byte written)\n" % args.flags)
    header = ["corpus", "null handler SSE4.2", "RapidJSON in awsjobs (null handler)", "awsjobs zero-copy", "awsjobs owning",
              "awsjobs owning from a string_view", "awsjobs owning, arena (pmr)",
              "awsjobs owning, pmr monotonic_buffer_resource", "awsjobs write"]
    if args.glaze:
        header += ["glaze read", "glaze write"]
    header += ["zero-copy / null", "owning / null", "owning pmr / null", "RapidJSON in awsjobs / null"]
    if args.glaze:
        header += ["write: awsjobs / glaze"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" + "---:|" * (len(header) - 1))
    for name in names:
        read = input_bytes(os.path.join(args.corpus, CORPORA[name]))

        def net(program, mode, base="base"):
            return results[(name, program, mode)][0] - results[(name, program, base)][0]

        written = written_bytes(results[(name, awsjobs, "write")][1])
        null = net(awsjobs, "null_sse42") / read
        in_awsjobs = net(awsjobs, "null_text_stream") / read
        view = net(awsjobs, "view") / read
        own = net(awsjobs, "own") / read
        own_text = net(awsjobs, "own_text") / read
        own_pmr = net(awsjobs, "own_pmr") / read
        own_pmr_monotonic = net(awsjobs, "own_pmr_monotonic") / read
        write = net(awsjobs, "write", "write_base") / written
        row = [name] + ["%.2f" % x for x in (null, in_awsjobs, view, own, own_text, own_pmr, own_pmr_monotonic, write)]
        if args.glaze:
            glaze_read = net(glaze, "read") / read
            glaze_write = net(glaze, "write", "write_base") / written
            row += ["%.2f" % glaze_read, "%.2f" % glaze_write]
        row += ["%.2f×" % (view / null), "%.2f×" % (own / null), "%.2f×" % (own_pmr / null), "%.2f×" % (in_awsjobs / null)]
        if args.glaze:
            row += ["%.2f×" % (write / glaze_write)]
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
