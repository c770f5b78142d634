#!/usr/bin/env python3
"""Compare awsjobs' read_service_error with botocore's REST-JSON error parsing.

Usage: compare.py --driver PATH [--models DIR] [--differences FILE] [--botocore awscli|botocore] [-v]

Generates error responses of Data Exchange GetJob and SES v2 GetImportJob (statuses,
x-amzn-ErrorType headers, bodies of every kind), and runs each

  * through botocore, as its endpoint does for an error: RestJSONParser().parse() with
    the operation's output shape gives Error.Code and Error.Message; then, like
    Endpoint._add_modeled_error_fields, the shape the code names is parsed from the
    same response and gives the exception's modeled members;
  * through awsjobs: the error_driver program (error_driver.cpp).

What awsjobs must give is botocore's result changed only by the deliberate
differences that DIFFERENCES.md lists (each `### id` there is a rule below, with its
reason); a rule missing from that file is not applied. The test fails on any other
difference, and on a listed difference that no case shows (the list must stay true).

--botocore awscli (the default) is the copy Debian's awscli 2.9.19 ships
(awscli.botocore, what `aws` runs); --botocore botocore is an upstream botocore
installed with pip, for comparison by hand. No network: the models come from
tests/data/models. Exit status: 0 no unexplained difference, 1 some, 2 a setup problem.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent / "data" / "models"

SERVICES = {
    # service: (model directory, operation, codes it lists, an error of the service it does not list)
    "dataexchange": ("dataexchange/2017-07-25", "GetJob",
                     ["ResourceNotFoundException", "ThrottlingException", "ValidationException",
                      "InternalServerException"], "AccessDeniedException"),
    "sesv2": ("sesv2/2019-09-27", "GetImportJob",
              ["BadRequestException", "NotFoundException", "TooManyRequestsException"], "LimitExceededException"),
}
STATUSES = [400, 403, 404, 429, 500, 502, 503]


class SetupError(Exception):
    pass


# ---------------------------------------------------------------------------
# The cases

def header_forms(code: str, namespace: str) -> list[str | None]:
    return [None, "", " ", code, code + ":http://internal.amazon.com/coral/" + namespace + "/",
            namespace + "#" + code, "aws.protocols#" + code + ":extra", ":" + code, namespace + "#"]


def simple_bodies() -> list[bytes]:
    return [b"", b" \n", b"<html><body><h1>502 Bad Gateway</h1></body></html>",
            b"\r\n <html>\n<head><title>503 Service Temporarily Unavailable</title></head></html>",
            b"<!DOCTYPE html><html><body>Forbidden</body></html>", b"Rate exceeded", b"Rate exceeded\n",
            b"[]", b'"Rate exceeded"', b"1", b"null", b"true", b'[{"code":"ValidationException"}]',
            b"{", b'{"message":"cut', b'{"message":"caf\xc3\xa9 \xe2\x82\xac"}', b"slow \xff down",
            b'{"message":"a"} trailing', b"{}", b'{"message":NaN}']


def member_bodies(codes: list[str], namespace: str) -> list[bytes]:
    """Objects with every combination of the members botocore looks at."""
    absent = object()
    type_values = [absent, codes[0], namespace + "#" + codes[1], codes[1] + ":http://x/", 5]
    code_values = [absent, codes[-1], "", 7, None]
    capital_code_values = [absent, codes[0]]
    message_values = [absent, "lower", 5, None, ""]
    capital_message_values = [absent, "Upper"]
    bodies = []
    for t, c, cc, m, mm in itertools.product(type_values, code_values, capital_code_values, message_values,
                                             capital_message_values):
        members = {}
        for key, value in (("__type", t), ("code", c), ("Code", cc), ("message", m), ("Message", mm)):
            if value is not absent:
                members[key] = value
        bodies.append(json.dumps(members).encode())
    return bodies


def modeled_bodies(service: str) -> list[bytes]:
    """Bodies with the exception shapes' own members, of the right type and of a wrong one."""
    if service == "dataexchange":
        objects = [{"Message": "Job 42 not found", "ResourceId": "42", "ResourceType": "JOB"},
                   {"Message": "bad", "ExceptionCause": "S3AccessDenied"},
                   {"Message": "newer", "ExceptionCause": "SomethingNew", "ResourceType": "FUTURE_TYPE"},
                   {"Message": "Rate exceeded", "Unknown": {"deep": [1, 2, {"x": None}]}},
                   {"Message": None, "ResourceId": None},
                   {"Message": "m", "ResourceId": 5},
                   {"Message": ["m"]},
                   {"Message": "m", "ExceptionCause": 3},
                   {"message": "lower only", "ResourceId": "7"}]
    else:
        objects = [{"message": "Rate exceeded"}, {"message": "Job not found", "Unknown": [1, 2, 3]},
                   {"Message": 5}, {"message": {"nested": True}}]
    return [json.dumps(o).encode() for o in objects]


def generate_cases() -> list[dict]:
    cases = []
    for service, (_, _, codes, unlisted) in SERVICES.items():
        namespace = "com.amazonaws." + service
        header_codes = [codes[0], codes[-1], unlisted, "NoSuchThingException"]
        headers = [None, ""] + [h for code in header_codes for h in header_forms(code, namespace)[3:]] + [" ", ":x"]
        for status, header, body in itertools.product(STATUSES, headers, simple_bodies()):
            cases.append({"service": service, "status": status, "header": header, "body": body})
        for status, header, body in itertools.product([400, 503], [None, codes[1]], member_bodies(codes, namespace)):
            cases.append({"service": service, "status": status, "header": header, "body": body})
        for status, header, body in itertools.product([400, 404, 500], [None] + header_forms(codes[0], namespace)[3:] +
                                                      [codes[1], codes[-1], unlisted], modeled_bodies(service)):
            cases.append({"service": service, "status": status, "header": header, "body": body})
    return cases


# ---------------------------------------------------------------------------
# botocore's side

class Botocore:
    def __init__(self, flavour: str, models: Path):
        package = "awscli.botocore" if flavour == "awscli" else "botocore"
        try:
            self.parsers = importlib.import_module(package + ".parsers")
            self.model = importlib.import_module(package + ".model")
            self.awsrequest = importlib.import_module(package + ".awsrequest")
            self.version = importlib.import_module(package).__version__
        except ImportError as e:
            raise SetupError(f"cannot import {package} ({e}): the test needs Debian's awscli "
                             "(apt-get install awscli) and its python3 (/usr/bin/python3)") from e
        self.flavour = flavour
        self.services = {}
        for service, (directory, operation, _, _) in SERVICES.items():
            path = models / directory / "service-2.json"
            try:
                service_model = self.model.ServiceModel(json.loads(path.read_text()), service_name=service)
            except OSError as e:
                raise SetupError(f"cannot read the model {path}: {e}") from e
            self.services[service] = (service_model, service_model.operation_model(operation))

    def read(self, case: dict) -> dict:
        """What botocore's endpoint makes of the response: code, message, modeled members."""
        service_model, operation = self.services[case["service"]]
        try:
            parsed = self.parse(case, operation.output_shape)
            code = parsed["Error"]["Code"]
            message = parsed["Error"]["Message"]
        except Exception as e:  # botocore fails on some bodies: part of what is compared
            return {"crash": f"{type(e).__name__}: {e}"}
        return {"code": code, "message": message}

    def parse(self, case: dict, shape) -> dict:
        headers = self.awsrequest.HeadersDict()
        if case["header"] is not None:
            headers["x-amzn-ErrorType"] = case["header"]
        response = {"status_code": case["status"], "headers": headers, "body": case["body"],
                    "context": {"operation_name": self.services[case["service"]][1].name}}
        return self.parsers.RestJSONParser().parse(response, shape)

    def modeled(self, case: dict, code) -> tuple[str | None, dict | None]:
        """The exception shape `code` names among the service's errors, and its members as
        Endpoint._add_modeled_error_fields reads them (None when botocore fails)."""
        service_model, _ = self.services[case["service"]]
        try:
            shape = service_model.shape_for_error_code(code)
        except TypeError:  # an unhashable code, e.g. a list from the body
            return None, None
        if shape is None:
            return None, None
        try:
            members = self.parse(case, shape)
        except Exception:
            return shape.name, None
        return shape.name, {k: v for k, v in members.items() if k not in ("Error", "ResponseMetadata")}


# ---------------------------------------------------------------------------
# The deliberate differences. Each rule is (phase, id, applies, change): applied in
# this order to botocore's result when DIFFERENCES.md lists its id. Rules of phase
# "error" change the code and message; then botocore reads the details under the
# resulting code; then rules of phase "details" change those.

WHITESPACE = b" \t\r\n\x0b\x0c"


def bare(code: str) -> str:
    """awsjobs' cut of a code: before the first ':', after the last '#', without spaces or tabs."""
    return code.split(":", 1)[0].rsplit("#", 1)[-1].strip(" \t")


def body_json(case: dict):
    """The body as Python's json reads it, or a reason it cannot."""
    try:
        return json.loads(case["body"].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        return e


def awsjobs_code(case: dict) -> str:
    """The first source that names a code, as README.md's table orders them."""
    sources = [case["header"]]
    body = body_json(case)
    if isinstance(body, dict):
        sources += [body.get("code"), body.get("Code"), body.get("__type")]
    for source in sources:
        if isinstance(source, str) and bare(source):
            return bare(source)
    return str(case["status"])


def is_generic(case: dict) -> bool:
    body = case["body"].strip(WHITESPACE)
    return case["status"] >= 500 and (not body or body.startswith(b"<html>"))


def botocore_code_source(case: dict):
    """The raw code botocore takes (header, code/Code, __type, status), as its rules order them."""
    if is_generic(case):
        return str(case["status"])
    if case["header"] is not None:
        return case["header"]
    body = body_json(case)
    if isinstance(body, dict):
        if "code" in body or "Code" in body:
            return body.get("code", body.get("Code", ""))
        return body.get("__type", str(case["status"]))
    return str(case["status"])


def not_an_object(case: dict) -> bool:
    """The body is not blank and is not a JSON object awsjobs reads: not JSON to awsjobs
    (Python's json also takes NaN), not UTF-8, or JSON of another kind."""
    if not case["body"].strip(WHITESPACE):
        return False
    text = case["body"]
    if b"NaN" in text or b"Infinity" in text:
        return True
    return not isinstance(body_json(case), dict)


def unreadable_message(case: dict) -> str:
    if is_generic(case):
        return HTTP_REASONS.get(case["status"], "")
    return case["body"].decode("utf-8", errors="replace")


HTTP_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def mistyped(case: dict, fields: dict | None) -> bool:
    """botocore passed a member of the wrong type through: the shapes' members are all strings."""
    return fields is not None and any(not isinstance(v, str) for v in fields.values())


RULES = [
    # --- the code ---
    ("error", "botocore-fails-on-the-body",
     lambda case, r: "crash" in r,
     lambda case, r: {"code": awsjobs_code(case), "message": unreadable_message(case) if not_an_object(case) else
                      awsjobs_message(case)}),
    ("error", "header-kept-on-generic-5xx",
     lambda case, r: is_generic(case) and case["header"] is not None and bare(case["header"]) != "",
     lambda case, r: {"code": bare(case["header"])}),
    ("error", "blank-or-non-string-code-skipped",
     lambda case, r: not isinstance(botocore_code_source(case), str) or bare(botocore_code_source(case)) == "",
     lambda case, r: {"code": awsjobs_code(case)}),
    ("error", "code-cut-everywhere",
     lambda case, r: isinstance(r["code"], str) and bare(r["code"]) != r["code"],
     lambda case, r: {"code": bare(r["code"])}),
    # --- the message ---
    ("error", "non-string-message-skipped",
     lambda case, r: not isinstance(r["message"], str),
     lambda case, r: {"message": awsjobs_message(case)}),
    ("error", "blank-body-is-no-message",
     lambda case, r: not is_generic(case) and case["body"] and not case["body"].strip(WHITESPACE),
     lambda case, r: {"message": ""}),
    ("error", "not-json-to-awsjobs",
     lambda case, r: (b"NaN" in case["body"] or b"Infinity" in case["body"]) and not is_generic(case),
     lambda case, r: {"message": unreadable_message(case)}),
    # --- the details ---
    ("details", "listed-errors-only",
     lambda case, r: r["shape"] is not None and r["shape"] not in listed_codes(case),
     lambda case, r: {"shape": None, "fields": None}),
    ("details", "unreadable-body-keeps-details-raw",
     lambda case, r: r["shape"] is not None and (not_an_object(case) or mistyped(case, r["fields"])),
     lambda case, r: {"shape": None, "fields": None}),
]


def awsjobs_message(case: dict) -> str:
    if is_generic(case):
        return HTTP_REASONS.get(case["status"], "")
    body = body_json(case)
    if not isinstance(body, dict):
        return unreadable_message(case) if case["body"].strip(WHITESPACE) else ""
    for key in ("message", "Message"):
        if isinstance(body.get(key), str):
            return body[key]
    return ""


def listed_codes(case: dict) -> list[str]:
    return SERVICES[case["service"]][2]


def expected(case: dict, boto: Botocore, listed: set, used: dict) -> dict:
    """botocore's result, changed by the listed rules that apply; the details are read
    by botocore under the code that results, as its endpoint reads them."""
    result = dict(boto.read(case))

    def apply(phase: str) -> None:
        for rule_phase, rule_id, applies, change in RULES:
            if rule_phase == phase and rule_id in listed and applies(case, result):
                used[rule_id] = used.get(rule_id, 0) + 1
                result.pop("crash", None)
                result.update(change(case, result))

    apply("error")
    if "crash" not in result:
        result["shape"], result["fields"] = boto.modeled(case, result["code"])
        apply("details")
    return result


def documented_rules(path: Path) -> set:
    """The ids DIFFERENCES.md lists (as `### \`id\`` headings)."""
    try:
        listed = set(re.findall(r"^### `([a-z0-9-]+)`", path.read_text(), flags=re.M))
    except OSError as e:
        raise SetupError(f"cannot read {path}: {e}") from e
    unknown = listed - {rule[1] for rule in RULES}
    if unknown:
        raise SetupError(f"{path} lists differences this script has no rule for: {', '.join(sorted(unknown))}")
    return listed


# ---------------------------------------------------------------------------

def run_driver(driver: str, cases: list[dict]) -> list[dict]:
    lines = []
    for case in cases:
        spec = {"service": case["service"], "status": case["status"], "body_hex": case["body"].hex()}
        if case["header"] is not None:
            spec["header"] = case["header"]
        lines.append(json.dumps(spec))
    try:
        done = subprocess.run([driver], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=300)
    except OSError as e:
        raise SetupError(f"cannot run {driver}: {e}") from e
    if done.returncode != 0:
        raise SetupError(f"{driver} failed ({done.returncode}): {done.stderr}")
    outcomes = [json.loads(line) for line in done.stdout.splitlines()]
    if len(outcomes) != len(cases):
        raise SetupError(f"{driver} answered {len(outcomes)} cases of {len(cases)}")
    return outcomes


def compare(case: dict, want: dict, got: dict) -> list[str]:
    if "crash" in want:
        return [f"botocore fails ({want['crash']}) and no listed difference says what awsjobs does"]
    problems = []
    if got["status"] != case["status"]:
        problems.append(f"status {got['status']}, sent {case['status']}")
    if got["code"] != want["code"]:
        problems.append(f"code: awsjobs {got['code']!r}, expected {want['code']!r}")
    if got["message"] != want["message"]:
        problems.append(f"message: awsjobs {got['message']!r}, expected {want['message']!r}")
    got_shape = None if got["details"] == "unknown_error" else got["details"]
    if got_shape != want["shape"]:
        problems.append(f"details: awsjobs {got['details']}, expected {want['shape'] or 'unknown_error'}")
    elif got_shape is not None and json.loads(got["fields"]) != want["fields"]:
        problems.append(f"fields: awsjobs {got['fields']}, expected {json.dumps(want['fields'])}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--driver", required=True, help="the error_driver program")
    parser.add_argument("--models", type=Path, default=MODELS)
    parser.add_argument("--differences", type=Path, default=HERE / "DIFFERENCES.md")
    parser.add_argument("--botocore", choices=["awscli", "botocore"], default="awscli")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every case")
    args = parser.parse_args()
    try:
        boto = Botocore(args.botocore, args.models)
        rules = documented_rules(args.differences)
        cases = generate_cases()
        outcomes = run_driver(args.driver, cases)
    except SetupError as e:
        print(f"compare.py: {e}", file=sys.stderr)
        return 2

    used: dict[str, int] = {}
    failures = 0
    unchanged = 0
    for case, got in zip(cases, outcomes):
        applied = sum(used.values())
        want = expected(case, boto, rules, used)
        unchanged += sum(used.values()) == applied
        problems = compare(case, want, got)
        if problems and failures < 40 or args.verbose:
            print(f"{case['service']} {case['status']} x-amzn-ErrorType={case['header']!r} body={case['body']!r}")
            for problem in problems:
                print(f"    {problem}")
        failures += bool(problems)

    print(f"\n{args.botocore} botocore {boto.version}: {len(cases)} error responses, "
          f"{unchanged} read exactly as botocore reads them; cases each listed difference explains:")
    for _, rule_id, _, _ in RULES:
        print(f"  {used.get(rule_id, 0):6d}  {rule_id}" + ("" if rule_id in rules else "  (not listed)"))
    # Upstream botocore has fixed some of what Debian's copy does: only the copy the CLI
    # runs must show every listed difference.
    unused = sorted(rule_id for rule_id in rules if rule_id not in used) if args.botocore == "awscli" else []
    for rule_id in unused:
        print(f"DIFFERENCES.md lists `{rule_id}`, but no case shows it: remove it or add a case")
    print(f"{len(cases) - failures} passed, {failures} failed")
    return 1 if failures or unused else 0


if __name__ == "__main__":
    sys.exit(main())
