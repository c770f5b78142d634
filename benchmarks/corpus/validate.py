#!/usr/bin/env python3
"""Check a generated corpus against the botocore model closure.

Usage: python3 validate.py CORPUS_DIR [--model /work/shared/models/closure.json]

For every document (each *.json file, each line of *.ndjson) it checks:
  * valid UTF-8 and valid JSON
  * member names, required members, enum values, types, list min/max,
    string min/max/patterns of the GetJob / GetImportJob output shapes
  * iso8601 timestamps look like 2019-10-11T14:12:24.640Z; SES unix
    timestamps are JSON numbers with at most 3 fraction digits
  * GetJob: Details holds exactly the member matching Type
and prints coverage: enum values never seen, members never seen, and how
many documents use each escape form. Exits 1 on any violation.
"""

import argparse
import json
import os
import re
import sys
from decimal import Decimal

ISO_MS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\Z")
# The model's AwsAccountId pattern is ".*/^[\d]{12}$/.*" (a JavaScript regex
# literal pasted into a string); it can never match, so check the intent.
ACCOUNT = re.compile(r"\d{12}\Z")

TYPE_TO_DETAIL = {
    "IMPORT_ASSETS_FROM_S3": "ImportAssetsFromS3",
    "IMPORT_ASSET_FROM_SIGNED_URL": "ImportAssetFromSignedUrl",
    "EXPORT_ASSETS_TO_S3": "ExportAssetsToS3",
    "EXPORT_ASSET_TO_SIGNED_URL": "ExportAssetToSignedUrl",
    "EXPORT_REVISIONS_TO_S3": "ExportRevisionsToS3",
    "IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES":
        "ImportAssetsFromRedshiftDataShares",
    "IMPORT_ASSET_FROM_API_GATEWAY_API": "ImportAssetFromApiGatewayApi",
    "CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET": "CreateS3DataAccessFromS3Bucket",
    "IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY":
        "ImportAssetsFromLakeFormationTagPolicy",
}


class Checker(object):
    def __init__(self, model):
        self.model = model
        self.errors = []
        self.enum_seen = {}     # (op, shape) -> set
        self.member_seen = set()  # (op, shape, member)

    def fail(self, where, msg):
        if len(self.errors) < 50:
            self.errors.append("%s: %s" % (where, msg))
        else:
            self.errors.append(None)

    def check(self, op, doc, where):
        shapes = self.model[op]["shapes"]
        self.value(op, shapes, self.model[op]["output"], None, doc, where,
                   "$")

    def value(self, op, shapes, shape_name, member_info, v, where, path):
        shape = shapes[shape_name]
        t = shape["type"]
        if t == "structure":
            if not isinstance(v, dict):
                return self.fail(where, "%s: expected object" % path)
            members = shape["members"]
            for k in v:
                if k not in members:
                    self.fail(where, "%s: unknown member %r" % (path, k))
            for k in shape.get("required", []):
                if k not in v:
                    self.fail(where, "%s: missing required %r" % (path, k))
            for k, mi in members.items():
                if k in v:
                    self.member_seen.add((op, shape_name, k))
                    self.value(op, shapes, mi["shape"], mi, v[k], where,
                               path + "." + k)
        elif t == "list":
            if not isinstance(v, list):
                return self.fail(where, "%s: expected array" % path)
            if "min" in shape and len(v) < shape["min"]:
                self.fail(where, "%s: fewer than %d items" % (path,
                                                              shape["min"]))
            if "max" in shape and len(v) > shape["max"]:
                self.fail(where, "%s: more than %d items" % (path,
                                                             shape["max"]))
            for i, x in enumerate(v):
                self.value(op, shapes, shape["member"]["shape"], None, x,
                           where, "%s[%d]" % (path, i))
        elif t == "string":
            if not isinstance(v, str):
                return self.fail(where, "%s: expected string" % path)
            if "enum" in shape:
                self.enum_seen.setdefault((op, shape_name), set()).add(v)
                if v not in shape["enum"]:
                    self.fail(where, "%s: %r not in enum %s" % (path, v,
                                                                shape_name))
            if "min" in shape and len(v) < shape["min"]:
                self.fail(where, "%s: shorter than %d" % (path, shape["min"]))
            if "max" in shape and len(v) > shape["max"]:
                self.fail(where, "%s: longer than %d" % (path, shape["max"]))
            if shape_name == "AwsAccountId":
                if not ACCOUNT.match(v):
                    self.fail(where, "%s: bad account id %r" % (path, v))
            elif "pattern" in shape:
                if not re.fullmatch(shape["pattern"], v):
                    self.fail(where, "%s: %r does not match %s" % (
                        path, v, shape["pattern"]))
        elif t == "timestamp":
            fmt = (member_info or {}).get("wireTimestampFormat", "")
            if fmt.startswith("iso8601"):
                if not (isinstance(v, str) and ISO_MS.match(v)):
                    self.fail(where, "%s: bad iso8601 %r" % (path, v))
            else:
                ok = isinstance(v, int) and not isinstance(v, bool)
                if isinstance(v, Decimal):
                    ok = v.as_tuple().exponent >= -3
                if not ok:
                    self.fail(where, "%s: bad unix timestamp %r" % (path, v))
        elif t == "integer":
            if not isinstance(v, int) or isinstance(v, bool):
                self.fail(where, "%s: expected integer" % path)
        elif t == "double":
            if not isinstance(v, (int, Decimal)) or isinstance(v, bool):
                self.fail(where, "%s: expected number" % path)
        else:
            self.fail(where, "%s: unhandled shape type %s" % (path, t))


def classify(doc):
    if any(k in doc for k in ("JobStatus", "ImportDestination",
                              "ImportDataSource", "CreatedTimestamp")):
        return "GetImportJob"
    return "GetJob"


ESCAPES = [
    ("\\/", re.compile(rb"\\/")),
    ("\\uXXXX non-ASCII", re.compile(rb"\\u(?:00[8-9a-fA-F][0-9a-fA-F]|"
                                     rb"0[1-9a-fA-F][0-9a-fA-F]{2}|"
                                     rb"[1-9a-fA-F][0-9a-fA-F]{3})")),
    ("\\uD83D-style surrogate pair", re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]"
                                                rb"{2}\\u[dD][c-fC-F]")),
    ("\\u00XX ASCII (html-safe/control)", re.compile(rb"\\u00[0-7][0-9a-fA-F]")),
    ("\\\" in string", re.compile(rb'\\"')),
    ("\\n", re.compile(rb"\\n")),
    ("\\t", re.compile(rb"\\t")),
    ("raw UTF-8 2-byte", re.compile(rb"[\xc2-\xdf][\x80-\xbf]")),
    ("raw UTF-8 3-byte", re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}")),
    ("raw UTF-8 4-byte", re.compile(rb"[\xf0-\xf4][\x80-\xbf]{3}")),
    ("number with exponent", re.compile(rb"[:,\[]\s*-?[0-9]+(?:\.[0-9]+)?"
                                        rb"[eE][+-]?[0-9]")),
]


def operations_of(closure):
    """closure.json is per service; this script reads GetJob and GetImportJob, each with the shapes
    its own input, output and errors reach: {op: {"shapes", "output"}} (an operation name two
    services share keeps the last service's)."""
    def reached(shapes, tops):
        order = [t for t in tops if t]
        for name in order:
            shape = shapes[name]
            kids = [m["shape"] for m in shape.get("members", {}).values()]
            kids += [shape[part]["shape"] for part in ("member", "key", "value") if part in shape]
            order += [k for k in kids if k not in order]
        return {name: shapes[name] for name in order}

    return {op: {"shapes": reached(service["shapes"], [facts["input"], facts["output"]] + facts["errors"]),
                 "output": facts["output"]}
            for name, service in closure.items() if not name.startswith("_")
            for op, facts in service["operations"].items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus_dir")
    ap.add_argument("--model", default="/work/shared/models/closure.json")
    args = ap.parse_args()
    with open(args.model, "rb") as f:
        model = operations_of(json.load(f))
    ck = Checker(model)
    esc_count = {name: 0 for name, _ in ESCAPES}
    docs = 0
    details_seen = {}
    for name in sorted(os.listdir(args.corpus_dir)):
        path = os.path.join(args.corpus_dir, name)
        if name.endswith(".json"):
            with open(path, "rb") as f:
                chunks = [f.read()]
        elif name.endswith(".ndjson"):
            with open(path, "rb") as f:
                data = f.read()
            if not data.endswith(b"\n"):
                ck.fail(name, "no final newline")
            chunks = data.split(b"\n")[:-1]
        else:
            continue
        for i, raw in enumerate(chunks):
            where = "%s:%d" % (name, i + 1)
            docs += 1
            try:
                text = raw.decode("utf-8")
                doc = json.loads(text, parse_float=Decimal)
            except ValueError as e:
                ck.fail(where, "invalid: %s" % e)
                continue
            for ename, rx in ESCAPES:
                if rx.search(raw):
                    esc_count[ename] += 1
            op = classify(doc)
            ck.check(op, doc, where)
            if op == "GetJob" and "Details" in doc:
                keys = list(doc["Details"])
                if len(keys) != 1:
                    ck.fail(where, "Details has %d members" % len(keys))
                elif "Type" in doc and TYPE_TO_DETAIL[doc["Type"]] != keys[0]:
                    ck.fail(where, "Details.%s for Type %s" % (keys[0],
                                                              doc["Type"]))
                for k in keys:
                    details_seen[k] = details_seen.get(k, 0) + 1

    print("documents checked: %d" % docs)
    print("escape / encoding coverage (documents containing):")
    for name, _ in ESCAPES:
        print("  %-40s %6d" % (name, esc_count[name]))
    print("Details members:")
    for k in sorted(details_seen):
        print("  %-40s %6d" % (k, details_seen[k]))
    missing = []
    for op in ("GetJob", "GetImportJob"):
        shapes = model[op]["shapes"]
        for sname, shape in sorted(shapes.items()):
            if "enum" in shape:
                seen = ck.enum_seen.get((op, sname), set())
                for v in shape["enum"]:
                    if v not in seen and sname not in ("ResourceType",
                                                       "ExceptionCause"):
                        missing.append("%s enum %s=%r" % (op, sname, v))
        reachable = set()
        stack = [model[op]["output"]]
        while stack:
            s = stack.pop()
            if s in reachable:
                continue
            reachable.add(s)
            sh = shapes[s]
            for mi in sh.get("members", {}).values():
                stack.append(mi["shape"])
            if "member" in sh:
                stack.append(sh["member"]["shape"])
        for sname in sorted(reachable):
            for m in shapes[sname].get("members", {}):
                if (op, sname, m) not in ck.member_seen:
                    missing.append("%s member %s.%s" % (op, sname, m))
    print("never seen: %s" % (", ".join(missing) if missing else "nothing"))
    errs = [e for e in ck.errors if e]
    if errs:
        print("VIOLATIONS (%d):" % len(ck.errors))
        for e in errs:
            print("  " + e)
        return 1
    print("OK: all documents conform")
    return 0


if __name__ == "__main__":
    sys.exit(main())
