#!/usr/bin/env python3
"""Compile time and peak compiler memory of the translation units next to this script.

Usage: measure.py --compiler CXX [--runs 3] [--units A.cpp,B.cpp] [--output FILE.json] -- FLAGS...

Compiles each translation unit (the all-models ones of awsjobs and its peers, and
awsjobs_getjob_view.cpp and awsjobs_getjob_lean.cpp; or those --units names, such as the
floor_*.cpp units of a GetJob-only TU's floor) under /usr/bin/time -v, --runs
times (one at a time), and reports the fastest run's CPU time (user + system: less
sensitive than wall time to other work on the machine), its wall time, and the
largest peak resident set size. Standard library only.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

UNITS = ["awsjobs_all_models.cpp", "boostjson_all_models.cpp", "nlohmann_all_models.cpp", "awsjobs_getjob_view.cpp",
         "awsjobs_getjob_lean.cpp"]


def parse_time_report(text):
    def field(name):
        m = re.search(r"^\s*" + re.escape(name) + r": (.+)$", text, re.M)
        if not m:
            raise RuntimeError("no '%s' in /usr/bin/time output:\n%s" % (name, text))
        return m.group(1).strip()

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    return {
        "cpu_s": float(field("User time (seconds)")) + float(field("System time (seconds)")),
        "wall_s": seconds,
        "peak_rss_mb": int(field("Maximum resident set size (kbytes)")) / 1024.0,
    }


def measure(compiler, flags, source, runs):
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        obj = os.path.join(tmp, "unit.o")
        for _ in range(runs):
            cmd = ["/usr/bin/time", "-v", compiler] + flags + ["-c", source, "-o", obj]
            done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                raise RuntimeError("compilation failed: %s\n%s" % (" ".join(cmd), done.stderr))
            results.append(parse_time_report(done.stderr))
    best = min(results, key=lambda r: r["cpu_s"])
    return {
        "cpu_s": best["cpu_s"],
        "wall_s": best["wall_s"],
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
        "runs": results,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--compiler", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--units", default=",".join(UNITS), help="comma-separated, of: " + ", ".join(UNITS))
    ap.add_argument("--output")
    ap.add_argument("flags", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    flags = args.flags[1:] if args.flags[:1] == ["--"] else args.flags
    here = os.path.dirname(os.path.abspath(__file__))

    report = {"compiler": args.compiler, "flags": flags, "units": {}}
    print("%-28s %10s %10s %14s" % ("translation unit", "CPU s", "wall s", "peak RSS MB"))
    for unit in args.units.split(","):
        r = measure(args.compiler, flags, os.path.join(here, unit), args.runs)
        report["units"][unit] = r
        print("%-28s %10.2f %10.2f %14.0f" % (unit, r["cpu_s"], r["wall_s"], r["peak_rss_mb"]))
        sys.stdout.flush()
    if args.output:
        with open(args.output, "w") as f:
            json.dump(report, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
