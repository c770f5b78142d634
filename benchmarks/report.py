#!/usr/bin/python3
"""Tables and a bar chart from the benchmark results.

Usage:
  report.py --main O3.json [--o2 O2.json] [--compile-time compile_time.json] [--chart chart.png]

Reads Google Benchmark JSON output (--benchmark_out=FILE
--benchmark_out_format=json; with repetitions, the medians are used) and
prints Markdown tables: throughput, ratios between kernels of the same run,
allocations per document, the targets of the benchmark issue, and compile
times. Times are CPU times (on a shared machine they vary much less than wall
times), MB/s the bytes per iteration over the median CPU time. --chart draws
MB/s per library and corpus; it needs Debian's python3-matplotlib (hence
/usr/bin/python3 above), the tables need nothing.
"""

import argparse
import json
import sys

CORPORA = ["small", "IMPORT_ASSETS_FROM_S3", "IMPORT_ASSET_FROM_SIGNED_URL", "EXPORT_ASSETS_TO_S3",
           "EXPORT_ASSET_TO_SIGNED_URL", "EXPORT_REVISIONS_TO_S3", "IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES",
           "IMPORT_ASSET_FROM_API_GATEWAY_API", "CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET",
           "IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY", "large", "GetImportJob", "mixed"]

ZERO_COPY = "awsjobs/zero_copy"
OWNING = "awsjobs/owning"
COPY = "baseline/copy"
SAX_NULL = "RapidJSON/sax_null_in_situ_sse42"
IN_SITU = {ZERO_COPY, "awsjobs/owning_pmr", "awsjobs/owning_pmr_monotonic", "RapidJSON/dom_in_situ", SAX_NULL, "RapidJSON/sax_null_in_situ_awsjobs_flags_sse42",
           "RapidJSON/sax_null_in_situ_sse2", "RapidJSON/sax_null_in_situ_awsjobs_flags_sse2",
           "RapidJSON/sax_null_in_situ_scalar", "RapidJSON/sax_null_in_situ_awsjobs_flags_scalar"}

ORDER = [COPY, ZERO_COPY, OWNING, "simdjson/on_demand", SAX_NULL, "RapidJSON/sax_null_in_situ_awsjobs_flags_sse42",
         "RapidJSON/sax_null_in_situ_sse2", "RapidJSON/sax_null_in_situ_awsjobs_flags_sse2",
         "RapidJSON/sax_null_in_situ_scalar", "RapidJSON/sax_null_in_situ_awsjobs_flags_scalar",
         "RapidJSON/dom", "RapidJSON/dom_in_situ", "Boost.JSON/value_to", "nlohmann/dom_mapping",
         "awsjobs/write", "awsjobs/write_new_string", "RapidJSON/writer", "Boost.JSON/value_from_serialize",
         "nlohmann/dump"]

TO_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}


class Run(object):
    """One benchmark program's results: (what, corpus, kernel) -> measurement."""

    def __init__(self, path):
        with open(path) as f:
            data = json.load(f)
        self.context = data["context"]
        self.results = {}
        aggregated = any(b.get("run_type") == "aggregate" for b in data["benchmarks"])
        for b in data["benchmarks"]:
            if aggregated and b.get("aggregate_name") != "median":
                continue
            if b.get("error_occurred"):
                raise SystemExit("%s: %s failed: %s" % (path, b["name"], b.get("error_message")))
            name = b.get("run_name", b["name"])
            what, corpus, library, variant = name.split("/")[:4]
            ms = b["cpu_time"] * TO_MS[b["time_unit"]]
            self.results[(what, corpus, library + "/" + variant)] = {
                "ms": ms,
                "mb": b["bytes"] / 1e6,
                "mbps": b["bytes"] / 1e3 / ms,
                "allocs": b.get("allocs/doc"),
                "strings": b.get("strings/doc"),
                "list_allocs": b.get("list_allocs/doc"),
            }

    def kernels(self, what):
        seen = []
        for (w, _, k) in self.results:
            if w == what and k not in seen:
                seen.append(k)
        return sorted(seen, key=lambda k: ORDER.index(k) if k in ORDER else len(ORDER))

    def get(self, what, corpus, kernel):
        return self.results.get((what, corpus, kernel))

    def net_ms(self, corpus, kernel):
        """Time without the copy an in-situ kernel makes of each document first."""
        r = self.get("parse", corpus, kernel)
        copy = self.get("parse", corpus, COPY)
        if kernel in IN_SITU and copy:
            return r["ms"] - copy["ms"]
        return r["ms"]

    def bytes(self, what, corpus, kernel):
        return self.get(what, corpus, kernel)["mb"]


def fmt(x, digits=0):
    if x is None:
        return "-"
    return ("%." + str(digits) + "f") % x


def parse_table(run, corpus):
    out = ["| kernel | CPU ms | MB/s | MB/s without the copy | time ÷ zero-copy's | time ÷ owning's | allocations/doc |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    zc = run.net_ms(corpus, ZERO_COPY)
    ow = run.net_ms(corpus, OWNING)
    mb = run.bytes("parse", corpus, COPY)
    for k in run.kernels("parse"):
        r = run.get("parse", corpus, k)
        if not r:
            continue
        net = run.net_ms(corpus, k)
        net_mbps = mb / net * 1e3 if k in IN_SITU else None
        out.append("| %s | %.3f | %s | %s | %s | %s | %s |" % (
            k, r["ms"], fmt(r["mbps"]), fmt(net_mbps),
            "" if k in (COPY, ZERO_COPY) else "%.2f×" % (net / zc),
            "" if k in (COPY, OWNING) else "%.2f×" % (net / ow),
            fmt(r["allocs"], 1)))
    return "\n".join(out)


def write_table(run, corpus):
    out = ["| kernel | CPU ms | MB/s | time ÷ awsjobs write's | allocations/doc |", "|---|---:|---:|---:|---:|"]
    base = run.get("write", corpus, "awsjobs/write")
    for k in run.kernels("write"):
        r = run.get("write", corpus, k)
        if r:
            out.append("| %s | %.3f | %s | %s | %s |" % (k, r["ms"], fmt(r["mbps"]),
                                                        "" if k == "awsjobs/write" else "%.2f×" % (r["ms"] / base["ms"]),
                                                        fmt(r["allocs"], 1)))
    return "\n".join(out)


def matrix(run, what, reference, net):
    """Rows: corpora; columns: kernels; cells: MB/s and the reference's speed ratio."""
    kernels = [k for k in run.kernels(what) if k != COPY]
    out = ["| corpus | " + " | ".join(kernels) + " |", "|---|" + "---:|" * len(kernels)]
    for c in CORPORA:
        if not run.get(what, c, reference):
            continue
        ref = run.net_ms(c, reference) if net else run.get(what, c, reference)["ms"]
        cells = []
        for k in kernels:
            r = run.get(what, c, k)
            if not r:
                cells.append("-")
                continue
            ms = run.net_ms(c, k) if net else r["ms"]
            mbps = run.bytes(what, c, COPY if what == "parse" else reference) / ms * 1e3
            cells.append("%s" % fmt(mbps) if k == reference else "%s (%.2f×)" % (fmt(mbps), ms / ref))
        out.append("| %s | %s |" % (c, " | ".join(cells)))
    return "\n".join(out)


def targets(run, compile_time=None):
    """(label, measured, target, holds) for each target of the issue, on the mixed corpus."""
    rows = []

    def ratio(reference, peer, what="parse", net=True):
        if what == "parse":
            a = run.net_ms("mixed", reference) if net else run.get("parse", "mixed", reference)["ms"]
            b = run.net_ms("mixed", peer) if net else run.get("parse", "mixed", peer)["ms"]
        else:
            a = run.get(what, "mixed", reference)["ms"]
            b = run.get(what, "mixed", peer)["ms"]
        return b / a

    def add(label, value, goal, shown=None):
        rows.append((label, shown or "%.2f×" % value, "≥ %.1f×" % goal, value >= goal))

    zc_simd = ratio(ZERO_COPY, "simdjson/on_demand")
    add("zero-copy parse vs simdjson On-Demand (copy subtracted; with it: %.2f×)" %
        ratio(ZERO_COPY, "simdjson/on_demand", net=False), zc_simd, 1.0)
    add("zero-copy parse vs RapidJSON SAX null handler in situ SSE4.2 (both without the copy; with it: %.2f×)" %
        ratio(ZERO_COPY, SAX_NULL, net=False), ratio(ZERO_COPY, SAX_NULL), 0.9)
    add("owning parse vs Boost.JSON parse + value_to", ratio(OWNING, "Boost.JSON/value_to"), 2.5)
    add("owning parse vs nlohmann::json + mapping", ratio(OWNING, "nlohmann/dom_mapping"), 8.0)
    add("write (reused string) vs RapidJSON Writer (reused buffer)", ratio("awsjobs/write", "RapidJSON/writer", "write"), 2.3)
    zc = run.get("parse", "mixed", ZERO_COPY)
    if zc and zc["list_allocs"] is not None:
        extra = zc["allocs"] - zc["list_allocs"]
        rows.append(("zero-copy allocations per string (%.1f allocations/doc, all list growth; %.1f strings/doc)" %
                     (zc["allocs"], zc["strings"]), "%.2f" % (extra / zc["strings"]), "0", extra == 0))
    if compile_time:
        units = compile_time["units"]
        a = units["awsjobs_all_models.cpp"]["cpu_s"]
        b = units["boostjson_all_models.cpp"]["cpu_s"]
        rows.append(("compile time of the all-models TU vs the Boost.JSON one (%.1f s vs %.1f s)" % (a, b),
                     "%.2f×" % (a / b), "≤ 1.0×", a <= b))
    return rows


def targets_table(run, compile_time=None, o2=None):
    head = "| target | measured (-O3) |" + (" measured (-O2) |" if o2 else "") + " goal | holds |"
    out = [head, "|---|---:|" + ("---:|" if o2 else "") + "---:|:---:|"]
    o2_rows = targets(o2) if o2 else []
    for i, (label, measured, goal, holds) in enumerate(targets(run, compile_time)):
        cells = [label, measured]
        if o2:
            cells.append(o2_rows[i][1] if i < len(o2_rows) else "-")
        cells += [goal, "yes" if holds else "**no**"]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def tokenizer_table(run):
    """RapidJSON's tokenizer alone, every SIMD choice and both flag sets, from the same run."""
    out = ["| kernel | CPU ms | MB/s | MB/s without the copy | time ÷ zero-copy's (copy subtracted) |",
           "|---|---:|---:|---:|---:|"]
    mb = run.bytes("parse", "mixed", COPY)
    zc = run.net_ms("mixed", ZERO_COPY)
    for k in run.kernels("parse"):
        if not k.startswith("RapidJSON/sax_null"):
            continue
        r = run.get("parse", "mixed", k)
        net = run.net_ms("mixed", k)
        out.append("| %s | %.2f | %s | %s | %.2f× |" % (k, r["ms"], fmt(r["mbps"]), fmt(mb / net * 1e3), net / zc))
    return "\n".join(out)


def compile_table(report):
    out = ["| translation unit | CPU s | wall s | peak RSS MB |", "|---|---:|---:|---:|"]
    for unit, r in report["units"].items():
        out.append("| %s | %.2f | %.2f | %.0f |" % (unit, r["cpu_s"], r["wall_s"], r["peak_rss_mb"]))
    return "\n".join(out)


def chart(run, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 1, figsize=(20, 11))
    palette = plt.get_cmap("tab20").colors  # 20 colours: no two kernels share one
    for ax, what, title in ((axes[0], "parse", "Parsing into the model structs"),
                            (axes[1], "write", "Writing the model structs")):
        kernels = [k for k in run.kernels(what) if k != COPY]
        corpora = [c for c in CORPORA if run.get(what, c, kernels[0])]
        width = 0.8 / len(kernels)
        for i, k in enumerate(kernels):
            values = [run.get(what, c, k)["mbps"] if run.get(what, c, k) else 0 for c in corpora]
            ax.bar([x + i * width for x in range(len(corpora))], values, width, label=k, color=palette[i % len(palette)])
        ax.set_xticks([x + 0.4 - width / 2 for x in range(len(corpora))])
        ax.set_xticklabels([c.replace("_", "_\u200b") for c in corpora], rotation=30, ha="right", fontsize=8)
        ax.set_ylabel("MB/s (higher is better)")
        ax.set_title(title + (" (in-situ kernels include the copy of each document)" if what == "parse" else ""))
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=80)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--main", required=True)
    ap.add_argument("--o2")
    ap.add_argument("--compile-time")
    ap.add_argument("--chart")
    args = ap.parse_args()

    run = Run(args.main)
    o2 = Run(args.o2) if args.o2 else None
    compile_time = None
    if args.compile_time:
        with open(args.compile_time) as f:
            compile_time = json.load(f)

    ctx = run.context
    print("Machine: %d CPUs at %s MHz, load average %s; %s build of Google Benchmark %s\n" % (
        ctx["num_cpus"], ctx["mhz_per_cpu"], ", ".join("%.2f" % x for x in ctx.get("load_avg", [])),
        ctx.get("library_build_type", "?"), ctx.get("library_version", "?")))
    print("## Targets (mixed corpus)\n")
    print(targets_table(run, compile_time, o2))
    print("\n## Parsing the mixed corpus\n")
    print(parse_table(run, "mixed"))
    print("\n## Writing the mixed corpus\n")
    print(write_table(run, "mixed"))
    print("\n## Parsing, every corpus: MB/s (copy subtracted for in-situ kernels) and time relative to awsjobs zero-copy\n")
    print(matrix(run, "parse", ZERO_COPY, net=True))
    print("\n## Writing, every corpus: MB/s and time relative to awsjobs write\n")
    print(matrix(run, "write", "awsjobs/write", net=False))
    print("\n## RapidJSON's tokenizer alone, by SIMD choice (mixed corpus)\n")
    print(tokenizer_table(run))
    if compile_time:
        print("\n## Compile time (%s %s)\n" % (compile_time["compiler"], " ".join(
            f for f in compile_time["flags"] if not f.startswith("-I"))))
        print(compile_table(compile_time))
    if args.chart:
        chart(run, args.chart)
    return 0


if __name__ == "__main__":
    sys.exit(main())
