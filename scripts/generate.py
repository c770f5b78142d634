#!/usr/bin/env python3
"""Generates awsjobs' model headers and HTTP binding tables from the AWS models.

Inputs (all under tests/data/models/):
  <service>/<version>/service-2.json   botocore's model of each service
  unions.json                          which structure shapes are one-of unions (the project's decision)
  operations.json                      which operations awsjobs models (name, service, API version) and the
                                       botocore commit the models come from (edited by hand, and by
                                       --models-from)
  endpoints.json                       botocore's endpoints.json, partition aws, the modeled services only:
                                       global endpoints, credential scopes and signature versions

Outputs:
  tests/data/models/closure.json       each operation's closure as facts from the model, as this generator
                                       reads it (the fuzz dictionary, tests/fuzz/dictionary.py, takes its
                                       names from it; tests/models/conformance.cpp reads the models itself)

and, for each operation's service, under include/awsjobs/:
  <service>/shapes.hpp     every shape of the operation's closure, owning and view
  <service>/errors.hpp     the operation's error codes and typed error
  <service>/registry.hpp   shape name -> C++ type
  <service>/bindings.hpp   how the operation travels over HTTP (read by awsjobs/protocol)
  <service>.hpp            the service's umbrella header

Usage:
  scripts/generate.py            write the headers (only the files whose bytes change)
  scripts/generate.py --check    compare the committed files with what would be generated; exit 1 on any difference
  scripts/generate.py --models-from BOTOCORE/botocore/data [--botocore-commit SHA]
                                 take each modeled service's service-2.json (and its endpoints.json entry)
                                 from a botocore checkout, then generate

Python 3 standard library only; the output depends on nothing but the inputs' bytes.
"""

import argparse
import difflib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS = "tests/data/models"
GENERATOR = "scripts/generate.py"
REGENERATE = "python3 scripts/generate.py"


class ModelError(Exception):
    """The models ask for something this generator cannot express."""


# ---- names --------------------------------------------------------------------------------------

# Words an enumerator may not be called: C++ keywords and alternative tokens, and macros that
# platform or compiler headers define (windows.h: ERROR, DELETE, IN, OUT, OPTIONAL, DOMAIN, ...;
# math.h: DOMAIN, OVERFLOW, UNDERFLOW; GCC in GNU mode: linux, unix). Add to it when a model
# brings a new one: the enumerator gets a trailing underscore, its wire value stays.
DENY = frozenset("""
    alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t
    char32_t class compl concept const consteval constexpr constinit const_cast continue co_await
    co_return co_yield decltype default delete do double dynamic_cast else enum explicit export
    extern false float for friend goto if inline int long mutable namespace new noexcept not not_eq
    nullptr operator or or_eq private protected public register reinterpret_cast requires return
    short signed sizeof static static_assert static_cast struct switch template this thread_local
    throw true try typedef typeid typename union unsigned using virtual void volatile wchar_t while
    xor xor_eq
    ABSOLUTE BOOL BOOLEAN CALLBACK CONST DEBUG DELETE DIFFERENCE DOMAIN EOF ERROR FALSE FAR IN
    INTERFACE NEAR NO_DATA NO_ERROR NULL OPTIONAL OUT OVERFLOW PASSTHROUGH RELATIVE SEVERITY_ERROR
    TRUE UNDERFLOW VOID assert errno interface linux max min stderr stdin stdout unix
""".split())

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def enumerator_name(wire):
    """The C++ name of an enum value, as aws-sdk-cpp sanitises it."""
    name = re.sub(r"[-:.*/() ]", "_", wire)
    name = re.sub(r"_+", "_", name)
    if name[:1].isdigit():
        name = "_" + name
    if name in DENY:
        name += "_"
    if not IDENTIFIER.match(name):
        raise ModelError(f"enum value {wire!r} has no C++ name (sanitised: {name!r}): extend enumerator_name()")
    return name


def check_identifier(name, what):
    if not IDENTIFIER.match(name) or name in DENY or name.startswith("__") or re.match(r"^_[A-Z]", name):
        raise ModelError(f"{what} {name!r} is not usable as a C++ name: the generator would need a rename for it")


# ---- constraints --------------------------------------------------------------------------------

# Traits of the models that awsjobs does not enforce, each with the reason: (service, shape, trait).
# The generated list of constraints leaves them out and says so next to the member.
UNENFORCED = {
    ("dataexchange", "AwsAccountId", "pattern"):
        "the model's `.*/^[\\d]{12}$/.*` can match nothing in ECMA-262 (`^` after a `/`); AWS plainly does "
        "not apply it (an account id is 12 digits, which its min and max length 12 do enforce)",
}

# The escapes awsjobs/core/detail/pattern.hpp knows: classes, controls, \xHH, \uHHHH.
PATTERN_ESCAPES = set("dDwWsSnrtfv0xu")


class PatternSubset:
    """Whether a pattern is in the subset of ECMA-262 that awsjobs/core/detail/pattern.hpp runs (the same
    grammar): a pattern outside it fails the generator, so that the C++ never meets one it cannot run."""

    def __init__(self, pattern):
        self.p, self.i = pattern, 0

    def fail(self, why):
        raise ModelError(f"pattern {self.p!r} is outside the ECMA-262 subset awsjobs implements, at offset "
                         f"{self.i}: {why} (extend include/awsjobs/core/detail/pattern.hpp and PatternSubset)")

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ""

    def check(self):
        self.alternation(0)
        if self.i < len(self.p):
            self.fail("unbalanced ')'")

    def alternation(self, depth):
        if depth > 64:
            self.fail("groups nested too deeply")
        self.sequence(depth)
        while self.peek() == "|":
            self.i += 1
            self.sequence(depth)

    def sequence(self, depth):
        while self.peek() not in ("", "|", ")"):
            anchor = self.atom(depth)
            self.quantifier(anchor)

    def atom(self, depth):
        c = self.peek()
        self.i += 1
        if c in "^$":
            return True
        if c == "[":
            self.character_class()
        elif c == "(":
            if self.peek() == "?":
                if self.p[self.i:self.i + 2] != "?:":
                    self.fail("only (?: ...) groups: no lookaround, no named groups")
                self.i += 2
            self.alternation(depth + 1)
            if self.peek() != ")":
                self.fail("missing ')'")
            self.i += 1
        elif c in "*+?{":
            self.fail("a quantifier with nothing to repeat (or a literal '{')")
        elif c in "]}":
            self.fail("a lone ']' or '}' (escape it)")
        elif c == "\\":
            self.escape()
        return False

    def escape(self):
        """Reads an escape after its backslash; True when it stands for a set (\\d and the like)."""
        c = self.peek()
        if not c:
            self.fail("a pattern ending in '\\'")
        self.i += 1
        if c in "xu":
            digits = self.p[self.i:self.i + (2 if c == "x" else 4)]
            if len(digits) != (2 if c == "x" else 4) or not re.fullmatch(r"[0-9A-Fa-f]+", digits):
                self.fail("a \\x or \\u escape needs hex digits")
            self.i += len(digits)
            return False
        if c == "0" and self.peek().isdigit():
            self.fail("octal escapes are not supported")
        if c in PATTERN_ESCAPES:
            return c in "dDwWsS"
        if not (c.isascii() and 0x20 < ord(c) < 0x7F and not c.isalnum() and c != "_"):
            self.i -= 1
            self.fail("this escape (no \\b, \\B, back-references, \\p, \\c)")
        return False

    def class_atom(self):
        """True when the atom is a set (\\d and the like), which cannot end a range."""
        if self.peek() == "\\":
            self.i += 1
            return self.escape()
        self.i += 1
        return False

    def character_class(self):
        if self.peek() == "^":
            self.i += 1
        while True:
            if not self.peek():
                self.fail("missing ']'")
            if self.peek() == "]":
                break
            start = self.i
            is_set = self.class_atom()
            if self.peek() == "-" and self.p[self.i + 1:self.i + 2] not in ("]", ""):
                if is_set:
                    self.fail("a range from a class escape")
                self.i += 1
                end = self.i
                if self.class_atom():
                    self.fail("a range to a class escape")
                if self.p[end] != "\\" and self.p[start] != "\\" and self.p[end] < self.p[start]:
                    self.fail("a range out of order")
        self.i += 1

    def quantifier(self, anchor):
        c = self.peek()
        if c not in ("*", "+", "?", "{"):
            return
        self.i += 1
        if c == "{":
            m = re.match(r"(\d+)(,(\d*))?\}", self.p[self.i:])
            if not m:
                self.fail("a {n,m} quantifier needs numbers and its '}'")
            low, high = int(m.group(1)), m.group(3)
            if low > 1000 or (high and int(high) > 1000):
                self.fail("a {n,m} count above 1000")
            if high and int(high) < low:
                self.fail("a {n,m} quantifier with m < n")
            self.i += m.end()
        if self.peek() == "?":
            self.i += 1
        if self.peek() in ("*", "+", "?", "{"):
            self.fail("a quantifier after a quantifier")
        if anchor:
            self.fail("a quantified anchor")


# ---- the model ----------------------------------------------------------------------------------

def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def load(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=OrderedDict)


class Operation:
    """One operation of a service: its name, HTTP trait, input, output, errors and paginator."""

    def __init__(self, service, name, paginator, legacy):
        if name not in service.model["operations"]:
            raise ModelError(f"{service.model_path} has no operation {name}")
        self.service = service
        self.name = name
        self.op = service.model["operations"][name]
        self.http = self.op.get("http", {})
        self.input = self.op["input"]["shape"]
        # None: the model names no output shape (awsjobs::no_output).
        self.output = self.op.get("output", {}).get("shape")
        self.result_wrapper = self.op.get("output", {}).get("resultWrapper", "")
        self.errors = [e["shape"] for e in self.op.get("errors", [])]
        self.paginator = paginator
        self.legacy = legacy

    def tops(self):
        return [s for s in [self.input, self.output] + self.errors if s]


class Service:
    """One service: its model, the operations awsjobs models of it, and the union of their closures."""

    def __init__(self, service, entry, unions, botocore, endpoints):
        self.service = service
        self.version = entry["apiVersion"]
        self.model_path = f"{MODELS}/{service}/{self.version}/service-2.json"
        self.paginators_path = f"{MODELS}/{service}/{self.version}/paginators-1.json"
        self.model_sha256 = sha256(os.path.join(ROOT, self.model_path))
        self.botocore = botocore
        self.model = load(self.model_path)
        self.metadata = self.model["metadata"]
        self.shapes = self.model["shapes"]
        self.protocol = self.metadata["protocol"]
        self.endpoints = endpoints["partitions"][0]["services"].get(self.metadata["endpointPrefix"], {})
        if self.protocol not in ("rest-json", "query"):
            raise ModelError(f"{service}: protocol {self.protocol} is not supported")
        names = entry.get("operations", [])
        if not names or len(set(names)) != len(names):
            raise ModelError(f"operations.json: {service} needs a list of distinct operations")
        pagination = load(self.paginators_path)["pagination"] if os.path.isfile(
            os.path.join(ROOT, self.paginators_path)) else {}
        legacy = entry.get("legacy_requests", {})
        for name in legacy:
            if name not in names:
                raise ModelError(f"operations.json: {service} has a legacy request for {name}, not one of its operations")
        self.operations = [Operation(self, n, pagination.get(n), legacy.get(n)) for n in names]
        self.unions = set(unions)
        self.closure = self.compute_closure()
        for u in self.unions:
            if u not in self.closure or self.shapes[u]["type"] != "structure":
                raise ModelError(f"{service}: unions.json names {u}, not a structure of the closure")
        for s in self.closure:
            if self.shapes[s].get("union") and s not in self.unions:
                raise ModelError(f"{service}: the model marks {s} as a union: add it to unions.json")
        self.check_names()
        for op in self.operations:
            self.check_paginator(op)
            self.check_legacy(op)

    # -- closure and order --

    def children(self, name):
        shape = self.shapes[name]
        kids = [m["shape"] for m in shape.get("members", {}).values()]
        for part in ("member", "key", "value"):
            if part in shape:
                kids.append(shape[part]["shape"])
        return kids

    def op_closure(self, op):
        """Breadth-first from input, output and errors, members in model order: closure.json's order."""
        order = list(OrderedDict.fromkeys(op.tops()))
        i = 0
        while i < len(order):
            for kid in self.children(order[i]):
                if kid not in order:
                    order.append(kid)
            i += 1
        return order

    def compute_closure(self):
        """The operations' closures one after the other, each shape where it first appears."""
        return list(OrderedDict.fromkeys(s for op in self.operations for s in self.op_closure(op)))

    def is_enum(self, name):
        return self.shapes[name]["type"] == "string" and "enum" in self.shapes[name]

    def has_map(self):
        return any(self.shapes[s]["type"] == "map" for s in self.closure)

    def definition_order(self):
        """Structures and unions, each after everything it names: depth first from each operation's
        input, output and errors, in operations.json's order."""
        done, order = set(), []

        def visit(name):
            if name in done:
                return
            done.add(name)
            for kid in self.children(name):
                visit(kid)
            if self.shapes[name]["type"] == "structure":
                order.append(name)

        for op in self.operations:
            for top in op.tops():
                visit(top)
        return order

    def enums(self):
        return [s for s in self.closure if self.is_enum(s)]

    # Names the generated headers declare in namespace awsjobs::<service> besides the shapes.
    RESERVED = ("model", "view", "pmr", "shapes")

    def check_names(self):
        svc = self.service
        for s in self.closure:
            shape = self.shapes[s]
            if shape["type"] == "structure" or self.is_enum(s):
                check_identifier(s, f"{svc}: shape")
                if s in self.RESERVED:
                    raise ModelError(f"{svc}: shape {s} has the name of the generated {s}")
            for member in shape.get("members", {}):
                check_identifier(member, f"{svc}: member {s}.")
        for e in self.enums():
            names = {}
            for wire in self.shapes[e]["enum"]:
                cpp = enumerator_name(wire)
                if cpp in names:
                    raise ModelError(f"{svc}: enum {e}: {names[cpp]!r} and {wire!r} both become {cpp}")
                names[cpp] = wire
        declared = {}
        for op in self.operations:
            check_identifier(op.name, f"{svc}: operation")
            for name, what in ((op.name, "the operation"), (f"{op.name}Error", "its error type"),
                               (f"{op.name}ErrorCode", "its error code enum")):
                if name in self.shapes:
                    raise ModelError(f"{svc}: a shape is named {name}, as {op.name}'s {what} in bindings.hpp")
                if name in declared:
                    raise ModelError(f"{svc}: {name} names both {declared[name]} and {op.name}'s {what}")
                declared[name] = f"{op.name}'s {what}"

    # -- paginators and legacy requests --

    def member_shape(self, structure, member, what):
        members = self.shapes[structure].get("members", {}) if structure else {}
        if member not in members:
            raise ModelError(f"{self.service}: {what} names {member!r}, which {structure or 'the missing output'} "
                             f"does not have")
        return self.shapes[members[member]["shape"]]

    def check_paginator(self, op):
        """paginators-1.json's entry must name members the input and output have, with the right types."""
        p = op.paginator
        if p is None:
            return
        where = f"paginators-1.json {op.name}"
        for key in ("input_token", "output_token", "result_key"):
            if not isinstance(p.get(key), str):
                raise ModelError(f"{self.service}: {where}: {key} must be one string (got {p.get(key)!r})")
        self.member_shape(op.input, p["input_token"], f"{where} input_token")
        if "limit_key" in p:
            if self.member_shape(op.input, p["limit_key"], f"{where} limit_key")["type"] != "integer":
                raise ModelError(f"{self.service}: {where}: limit_key {p['limit_key']} is not an integer")
        token = re.fullmatch(r"(\w+)\[-1\]\.(\w+)|(\w+)", p["output_token"])
        if not token:
            raise ModelError(f"{self.service}: {where}: output_token {p['output_token']!r} is neither a member "
                             "nor List[-1].Member")
        if token.group(3):
            self.member_shape(op.output, token.group(3), f"{where} output_token")
        else:
            listed = self.member_shape(op.output, token.group(1), f"{where} output_token")
            if listed["type"] != "list":
                raise ModelError(f"{self.service}: {where}: output_token's {token.group(1)} is not a list")
            self.member_shape(listed["member"]["shape"], token.group(2), f"{where} output_token")
        if "more_results" in p:
            if self.member_shape(op.output, p["more_results"], f"{where} more_results")["type"] != "boolean":
                raise ModelError(f"{self.service}: {where}: more_results {p['more_results']} is not a boolean")
        if self.member_shape(op.output, p["result_key"], f"{where} result_key")["type"] != "list":
            raise ModelError(f"{self.service}: {where}: result_key {p['result_key']} is not a list")

    def check_legacy(self, op):
        """The older request form must place exactly the input's members."""
        legacy = op.legacy
        if legacy is None:
            return
        for key in ("source", "method", "requestUri", "members"):
            if key not in legacy:
                raise ModelError(f"{self.service}: operations.json: the legacy request of {op.name} has no {key}")
        have = list(self.shapes[op.input].get("members", {}))
        if sorted(legacy["members"]) != sorted(have):
            raise ModelError(f"{self.service}: operations.json: the legacy request of {op.name} places "
                             f"{sorted(legacy['members'])}, the input {op.input} has {sorted(have)}")

    # -- timestamps --

    def protocol_timestamp_format(self):
        return "unixTimestamp" if self.protocol in ("rest-json", "json") else "iso8601"

    def timestamp_format(self, shape_name, member=None):
        fmt = (member or {}).get("timestampFormat") or self.shapes[shape_name].get("timestampFormat")
        fmt = fmt or self.protocol_timestamp_format()
        if fmt not in ("iso8601", "unixTimestamp"):
            raise ModelError(f"{self.service}: timestamp format {fmt} of {shape_name} is not supported")
        return "awsjobs::iso8601_timestamp" if fmt == "iso8601" else "awsjobs::epoch_timestamp"

    def timestamp_note(self):
        stamps = [s for s in self.closure if self.shapes[s]["type"] == "timestamp"]
        explicit = [(s, self.shapes[s]["timestampFormat"]) for s in stamps if "timestampFormat" in self.shapes[s]]
        default = self.protocol_timestamp_format()
        describe = {"iso8601": "ISO 8601 strings", "unixTimestamp": "epoch seconds as JSON numbers"}
        if explicit and len(explicit) == len(stamps) and len({f for _, f in explicit}) == 1:
            fmt = explicit[0][1]
            where = " and ".join(s for s, _ in explicit)
            noun = "shape" if len(explicit) == 1 else "shapes"
            return f"{describe[fmt]} (the model sets timestampFormat {fmt} on its {where} {noun})"
        if not explicit:
            if self.protocol == "query":
                return f"{describe[default]} (the query protocol default)"
            return f"{describe[default]} (the REST-JSON default: the model sets no timestampFormat)"
        parts = ", ".join(f"{s}: {describe.get(f, f)}" for s, f in explicit)
        return f"{parts}; the others {describe[default]} (the protocol default)"

    def structure_role(self, name):
        """One line for a structure shape's doc comment: what the operations use it for."""
        roles = []
        for op in self.operations:
            if name == op.input:
                roles.append(f"the request of {op.name}")
            if name == op.output:
                roles.append(f"the response of {op.name}")
        erring = [op.name for op in self.operations if name in op.errors]
        if erring:
            roles.append(f"the body of the {name} error of {', '.join(erring)}")
        return f"The structure shape {name}" + (f": {'; '.join(roles)}." if roles else ".")

    # -- C++ types --

    def member_type(self, name, member=None):
        """The type of a value of shape `name` inside model<String>."""
        shape = self.shapes[name]
        t = shape["type"]
        if t == "structure":
            return f"typename model::{name}"
        if t == "list":
            return f"list<{self.member_type(shape['member']['shape'], shape['member'])}>"
        if t == "map":
            return (f"map<{self.member_type(shape['key']['shape'], shape['key'])}, "
                    f"{self.member_type(shape['value']['shape'], shape['value'])}>")
        if t == "string":
            return f"awsjobs::open_enum<{self.service}::{name}, String>" if "enum" in shape else "String"
        if t == "timestamp":
            return self.timestamp_format(name, member)
        return self.scalar(name)

    def registry_type(self, name, element=False):
        """The owning type the registry names for shape `name`."""
        shape = self.shapes[name]
        t = shape["type"]
        if t == "structure":
            return name
        if t == "list":
            return f"std::vector<{self.registry_type(shape['member']['shape'], element=True)}>"
        if t == "map":
            return (f"awsjobs::map<{self.registry_type(shape['key']['shape'], element=True)}, "
                    f"{self.registry_type(shape['value']['shape'], element=True)}>")
        if t == "string":
            if "enum" in shape:
                return f"awsjobs::open_enum<{name}>" if element else name
            return "std::string"
        if t == "timestamp":
            return self.timestamp_format(name)
        return self.scalar(name)

    def scalar(self, name):
        types = {"integer": "std::int32_t", "long": "std::int64_t", "double": "double", "float": "float",
                 "boolean": "bool"}
        t = self.shapes[name]["type"]
        if t not in types:
            raise ModelError(f"{self.service}: shape {name} of type {t} is not supported by the codec")
        return types[t]

    def check_types(self):
        """Every shape of the closure has a C++ type (a map's key is a string)."""
        for s in self.closure:
            shape = self.shapes[s]
            if shape["type"] == "map" and self.shapes[shape["key"]["shape"]]["type"] != "string":
                raise ModelError(f"{self.service}: map {s} has a key of type "
                                 f"{self.shapes[shape['key']['shape']]['type']}; only string keys are supported")
            self.registry_type(s)

    # -- errors and bindings --

    def service_name(self):
        return self.metadata.get("serviceAbbreviation") or self.metadata["serviceFullName"]

    def error_binding(self, name):
        """Code, HTTP status and fault of an exception shape. Without an `error` trait (Import/Export),
        the exception is the client's fault with status 400, as botocore's query parser and LocalStack
        assume for a modeled error."""
        shape = self.shapes[name]
        trait = shape.get("error", {})
        code = trait.get("code", name)
        status = trait.get("httpStatusCode", 400)
        sender = trait.get("senderFault", not shape.get("fault", False))
        return code, status, "sender" if sender else "receiver"

    # -- signing --

    def signing_binding(self):
        """What SigV4 and SigV2 need: the model's signing name and endpoint prefix, and from endpoints.json
        a service with one global endpoint (its hostname, the credential scope it imposes, whether it
        lists SigV2), as botocore's endpoint resolver reads them."""
        prefix = self.metadata["endpointPrefix"]
        signing_name = self.metadata.get("signingName", prefix)
        versions = self.endpoints.get("defaults", {}).get("signatureVersions", ["v4"])
        hostname, scope = "", {}
        if self.endpoints.get("isRegionalized", True) is False:
            endpoint = self.endpoints["endpoints"][self.endpoints["partitionEndpoint"]]
            hostname = endpoint.get("hostname", "")
            scope = endpoint.get("credentialScope", {})
            versions = endpoint.get("signatureVersions", versions)
        if "v4" not in versions:
            raise ModelError(f"{self.service}: endpoints.json does not list SigV4 for {prefix}")
        return OrderedDict([("signing_name", signing_name), ("endpoint_prefix", prefix),
                            ("global_hostname", hostname), ("scope_region", scope.get("region", "")),
                            ("scope_service", scope.get("service", "")),
                            ("sigv2", "true" if "v2" in versions else "false")])

    # -- closure.json --

    # Key order of closure.json's entries: the service's, then each shape's.
    SERVICE_KEYS = ("protocol", "protocols", "jsonVersion", "xmlNamespace", "signatureVersion", "endpointPrefix",
                    "signingName")
    SHAPE_KEYS = ("type", "exception", "fault", "error", "min", "max", "pattern", "enum", "timestampFormat")

    def closure_entry(self):
        """The facts of the model as this generator reads them: closure.json's entry for the service."""
        entry = OrderedDict([("apiVersion", self.version)])
        entry.update((k, self.metadata[k]) for k in self.SERVICE_KEYS if k in self.metadata)
        operations = OrderedDict()
        for op in self.operations:
            facts = OrderedDict([("http", op.http), ("input", op.input), ("output", op.output)])
            if op.result_wrapper:
                facts["resultWrapper"] = op.result_wrapper
            facts["errors"] = op.errors
            if op.paginator:
                facts["paginator"] = op.paginator
            facts["closure_size"] = len(self.op_closure(op))
            operations[op.name] = facts
        entry["operations"] = operations
        entry["closure_size"] = len(self.closure)
        shapes = OrderedDict()
        for name in self.closure:
            shape = self.shapes[name]
            facts = OrderedDict((k, shape[k]) for k in self.SHAPE_KEYS if k in shape)
            if shape["type"] == "structure":
                facts["required"] = shape.get("required", [])
                facts["members"] = OrderedDict(
                    (m, self.member_facts(v, m in facts["required"])) for m, v in shape["members"].items())
            for part in ("member", "key", "value"):
                if part in shape:
                    target = shape[part]["shape"]
                    facts[part] = OrderedDict([("shape", target), ("type", self.shapes[target]["type"])])
            shapes[name] = facts
        entry["shapes"] = shapes
        return entry

    def member_facts(self, member, required):
        target = self.shapes[member["shape"]]
        facts = OrderedDict([("shape", member["shape"]), ("type", target["type"])])
        if target["type"] == "timestamp":
            explicit = member.get("timestampFormat") or target.get("timestampFormat")
            facts["timestampFormat"] = explicit
            facts["wireTimestampFormat"] = explicit or f"{self.protocol_timestamp_format()} (protocol default)"
        for k in ("location", "locationName"):
            if k in member:
                facts[k] = member[k]
        facts["required"] = required
        return facts

    # -- constraints --

    def constraint_of(self, name):
        """The length, range and pattern traits of shape `name` that awsjobs enforces, as (min, max, pattern),
        or None; the others are in UNENFORCED."""
        shape = self.shapes[name]
        traits = {k: shape[k] for k in ("min", "max", "pattern")
                  if k in shape and (self.service, name, k) not in UNENFORCED}
        if not traits:
            return None
        if shape["type"] not in ("string", "list", "map", "integer", "long"):
            raise ModelError(f"{self.service}: shape {name} of type {shape['type']} has {sorted(traits)}, "
                             "which check_constraints cannot apply to its C++ type")
        for k in ("min", "max"):
            if k in traits and (not isinstance(traits[k], int) or isinstance(traits[k], bool)):
                raise ModelError(f"{self.service}: shape {name} has a {k} of {traits[k]!r}, not an integer")
        if "pattern" in traits:
            if shape["type"] != "string":
                raise ModelError(f"{self.service}: shape {name} of type {shape['type']} has a pattern")
            PatternSubset(traits["pattern"]).check()
        return traits.get("min"), traits.get("max"), traits.get("pattern")

    def constraints(self, name, part=""):
        """The constraints on a value of shape `name` and on its parts, as (part, (min, max, pattern), shape),
        down to the next structure (whose own members carry theirs)."""
        shape = self.shapes[name]
        found = []
        traits = self.constraint_of(name)
        if traits:
            found.append((part, traits, name))
        if shape["type"] == "list":
            found += self.constraints(shape["member"]["shape"], part + "[]")
        elif shape["type"] == "map":
            found += self.constraints(shape["key"]["shape"], part + "{key}")
            found += self.constraints(shape["value"]["shape"], part + "{}")
        return found

    def unenforced(self, name):
        """Why a shape's traits, or its parts', are not enforced: the reasons of UNENFORCED."""
        shape = self.shapes[name]
        reasons = [f"its {k} is not enforced: {why}" for (svc, s, k), why in UNENFORCED.items()
                   if svc == self.service and s == name and k in shape]
        for part in ("member", "key", "value"):
            if part in shape:
                reasons += self.unenforced(shape[part]["shape"])
        return reasons

    def check_union_constraints(self):
        """check_constraints walks into a union's structures only: a union member may not have constraints."""
        for u in sorted(self.unions):
            for m, v in self.shapes[u]["members"].items():
                if self.constraints(v["shape"]):
                    raise ModelError(f"{self.service}: union {u} member {m} has constraints (shape {v['shape']}), "
                                     "which check_constraints does not look for in a union")

    def has_constraints(self):
        return any(self.constraints(m["shape"]) for s in self.closure if self.shapes[s]["type"] == "structure"
                   and s not in self.unions for m in self.shapes[s].get("members", {}).values())

    def json_content_type(self):
        if self.protocol == "rest-json":
            return "application/json"
        return ""


# ---- output -------------------------------------------------------------------------------------

def banner(svc):
    return (f"// Code generated by {GENERATOR} from {svc.model_path} DO NOT EDIT.\n"
            f"// Input: botocore {svc.botocore}, sha256 {svc.model_sha256}; {MODELS}/operations.json, unions.json and\n"
            f"// paginators-1.json.\n"
            f"// To change it, change the generator or the model and run `{REGENERATE}`.\n")


def cxx_doc(text):
    """A wire value for a /// comment: a Markdown code span, which Doxygen prints as it is."""
    if "`" in text or "\n" in text:
        raise ModelError(f"the wire value {text!r} cannot be quoted in a doc comment")
    return f"`{text}` on the wire"


def member_doc(name, member, required):
    """What the generator knows of a member: requiredness, shape and wire name."""
    wire = member.get("locationName")
    where = f", {cxx_doc(wire)}" if wire and wire != name else ""
    return f"{'Required' if required else 'Optional'}; shape {member['shape']}{where}."


def guard(*parts):
    return "AWSJOBS_" + "_".join(p.upper() for p in parts) + "_HPP"


def shapes_hpp(svc):
    ns = svc.service
    out = [banner(svc)]
    out.append(f"/// \\file\n/// {svc.service_name()} (API {svc.version}): every shape its job operations reach, once.\n"
               f"/// Operations: {operation_list(svc)}.\n")
    out.append("""///
/// Names are the model's: each structure shape is a struct of the same name whose
/// members are named as on the wire; each enum shape is an enum class. Members the
/// model requires are awsjobs::required<T>, the others std::optional<T>: both may be
/// absent after reading, because services do omit required members
/// (awsjobs::check_required lists them).
///
""")
    protocol = {"rest-json": "REST-JSON",
                "query": "query (XML on the wire; the SDKs and the CLI present it as JSON)"}[svc.protocol]
    out.append(f"/// Protocol: {protocol}. Timestamps: {svc.timestamp_note()}.\n")
    map_include = "#include <awsjobs/core/map.hpp>\n" if svc.has_map() else ""
    map_note = " (maps, model<String>::map<K, V>, likewise)" if svc.has_map() else ""
    svc.check_union_constraints()
    constraint_include = "#include <awsjobs/core/constraint.hpp>\n" if svc.has_constraints() else ""
    out.append(f"""///
/// Every structure exists for three string types, chosen by model<String>:
///
///     {ns}::X            = model<std::string>::X       owns its strings
///     {ns}::view::X      = model<std::string_view>::X  points into the buffer parsed in place
///     {ns}::pmr::X       = model<std::pmr::string>::X  owns its strings and lists on a std::pmr::memory_resource
///
/// Lists are model<String>::list<T>: std::vector<T> on String's allocator, so std::pmr::vector<T>
/// in the third flavour{map_note}; a parse into an arena (json::read_options::resource)
/// then allocates from the arena alone.
///
/// tests/models/conformance.cpp checks the C++ types, through reflection, against the model (service-2.json).
#ifndef {guard(ns, "shapes")}
#define {guard(ns, "shapes")}

{constraint_include}#include <awsjobs/core/list.hpp>
{map_include}#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/required.hpp>
#include <awsjobs/core/timestamp.hpp>
#include <awsjobs/core/to_string.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// {svc.service_name()} (API {svc.version}): the shapes, errors and HTTP bindings of its job operations.
namespace awsjobs::{ns} {{

// `std::cout << State::COMPLETED` and `to_string(State::COMPLETED)` print the wire name:
// argument-dependent lookup looks for them in this namespace.
using awsjobs::operator<<;
using awsjobs::to_string;

""")
    enums = svc.enums()
    if enums:
        out.append("// Enumerators whose wire value is not an identifier, or is a macro on some platform\n"
                   "// (ERROR, DELETE), carry a different C++ name and their wire value through awsjobs_enum_name.\n")
    for i, e in enumerate(enums):
        values = svc.shapes[e]["enum"]
        names = [enumerator_name(v) for v in values]
        if i:
            out.append("\n")
        out.append(f"/// The enum shape {e}: one enumerator per value the model lists.\n")
        out.append(f"enum class {e} {{\n")
        width = max(len(n) for n in names) + 1
        out.append("".join(f"    {n + ',':<{width}}  ///< {cxx_doc(v)}\n" for n, v in zip(names, values)))
        out.append("};\n")
        out.append(f"BOOST_DESCRIBE_ENUM({e}, {', '.join(names)})\n")
        renamed = [(n, v) for n, v in zip(names, values) if n != v]
        if renamed:
            out.append(f"/// The wire value of each {e} enumerator whose C++ name differs from it; empty for the others.\n")
            out.append(f"constexpr std::string_view awsjobs_enum_name({e} value) noexcept {{\n")
            out.append("    switch (value) {\n")
            for n, v in renamed:
                out.append(f"    case {e}::{n}: return {json.dumps(v, ensure_ascii=False)};\n")
            out.append("    default: return {};\n    }\n}\n")
    if enums:
        out.append("\n")
    out.append(f"/// All structure shapes of {svc.service_name()}'s job operations, for one string type.\n")
    out.append("template <class String>\nstruct model {\n")
    out.append("    /// A list shape: std::vector<T>, on String's allocator (std::pmr::vector<T> for std::pmr::string).\n"
               "    template <class T>\n    using list = awsjobs::list_of<String, T>;\n")
    if svc.has_map():
        out.append("    /// A map shape: awsjobs::map<K, V>, its entries on String's allocator.\n"
                   "    template <class K, class V>\n    using map = awsjobs::map_of<String, K, V>;\n")
    out.append("\n")
    blocks = []
    for s in svc.definition_order():
        shape = svc.shapes[s]
        members = shape.get("members", {})
        required = set(shape.get("required", []))
        if s in svc.unions:
            alts = [f'        awsjobs::alternative<"{m}", {svc.member_type(v["shape"], v)}>' for m, v in members.items()]
            blocks.append(f"    /// The union shape {s}: exactly one of {', '.join(members)}.\n"
                          f"    using {s} = awsjobs::one_of<\n" + ",\n".join(alts) + ">;\n")
            continue
        lines = [f"    /// {svc.structure_role(s)}\n", f"    struct {s} {{\n"]
        for m, v in members.items():
            t = svc.member_type(v["shape"], v)
            wrapper = "awsjobs::required" if m in required else "std::optional"
            lines.append(f"        {wrapper}<{t}> {m};  ///< {member_doc(m, v, m in required)}\n")
        lines += constraint_lines(svc, members)
        lines.append("        /// Member-wise equality.\n")
        lines.append(f"        friend bool operator==(const {s}&, const {s}&) = default;\n")
        lines.append(f"        BOOST_DESCRIBE_CLASS({s}, (), ({', '.join(members)}), (), ())\n")
        lines.append("    };\n")
        blocks.append("".join(lines))
    out.append("\n".join(blocks))
    out.append("};\n\n/// The shapes as views: their strings point into the buffer they were parsed from, in place.\n"
               "using view = model<std::string_view>;\n"
               "/// The shapes on a std::pmr::memory_resource: their strings, lists and maps allocate from the\n"
               "/// resource they were made with (json::read_options::resource, awsjobs::convert's).\n"
               "using pmr = model<std::pmr::string>;\n\n")
    for s in svc.definition_order():
        out.append(f"using {s} = model<std::string>::{s};  ///< {s}, owning its strings.\n")
    out.append(f"\n}}  // namespace awsjobs::{ns}\n\n#endif\n")
    return "".join(out)


def constraint_lines(svc, members):
    """A structure's `awsjobs_constraints`: each member's length, range and pattern traits, and its parts'."""
    entries, enforced = [], False
    for m, v in members.items():
        for part, (low, high, pattern), shape in svc.constraints(v["shape"]):
            fields = [f".member = {cxx_string(m)}"]
            if part:
                fields.append(f".part = {cxx_string(part)}")
            if low is not None:
                fields.append(f".min = {low}")
            if high is not None:
                fields.append(f".max = {high}")
            if pattern is not None:
                fields.append(f".pattern = {cxx_string(pattern)}")
            entries.append(f"            {{{', '.join(fields)}}},  // shape {shape}\n")
            enforced = True
        for reason in svc.unenforced(v["shape"]):
            entries.append(f"            // {m}: shape {v['shape']}: {reason}\n")
    if not enforced:
        return []
    return (["        /// The model's lengths, ranges and patterns of the members, for awsjobs::check_constraints.\n",
             "        static constexpr awsjobs::constraint awsjobs_constraints[] = {\n"] + entries + ["        };\n"])


def operation_list(svc):
    return ", ".join(op.name for op in svc.operations)


def errors_hpp(svc):
    ns = svc.service
    out = [banner(svc), f"/// \\file\n/// The errors each operation can return: their codes and exception shapes.\n"
           f"/// Operations: {operation_list(svc)}.\n"]
    out.append(f"""#ifndef {guard(ns, "errors")}
#define {guard(ns, "errors")}

#include <awsjobs/{ns}/shapes.hpp>
#include <awsjobs/core/service_error.hpp>

#include <boost/describe/enum.hpp>

// The codes live in a namespace of their own: declared beside the exception
// structs of the same names, each enumerator would shadow one (-Wshadow).
/// The error codes of {svc.service_name()}'s job operations.
namespace awsjobs::error_codes::{ns} {{

using awsjobs::operator<<;
using awsjobs::to_string;
""")
    for op in svc.operations:
        width = max((len(e) for e in op.errors), default=0) + 1
        enumerators = "".join(f"    {e + ',':<{width}}  ///< Selects the exception shape {e}.\n" for e in op.errors)
        out.append(f"""
/// The error codes {op.name} lists, each named after its exception shape.
enum class {op.name}ErrorCode {{
{enumerators}}};
BOOST_DESCRIBE_ENUM({op.name}ErrorCode, {", ".join(op.errors)})
""")
    out.append(f"""
}}  // namespace awsjobs::error_codes::{ns}

namespace awsjobs::{ns} {{
""")
    for op in svc.operations:
        out.append(f"""
using error_codes::{ns}::{op.name}ErrorCode;

/// A typed {op.name} error: its code, message, and body as the exception shape.
///
""")
        if svc.protocol == "rest-json":
            out.append(f"""/// Read one from an HTTP error response with
///     awsjobs::protocol::read_service_error<{ns}::{op.name}Error>(status, x_amzn_error_type, body)
""")
        else:
            out.append(f"""/// The service answers in XML (query protocol): read one from an HTTP response with
///     awsjobs::protocol::read_response<{ns}::{op.name}>(response)
/// after including <awsjobs/protocol/xml.hpp> (target awsjobs::xml).
""")
        out.append(f"using {op.name}Error = service_error<{op.name}ErrorCode, {', '.join(op.errors)}>;\n")
    out.append(f"""
}}  // namespace awsjobs::{ns}

#endif
""")
    return "".join(out)


def registry_hpp(svc):
    ns = svc.service
    out = [banner(svc)]
    out.append(f"""/// \\file
/// The shape registry of {svc.service_name()}'s job operations: every shape name of their closures, once,
/// and the C++ type for it. Structure shapes map to their struct, enum shapes to their enum, the
/// others to the C++ type the codec uses for them.
#ifndef {guard(ns, "registry")}
#define {guard(ns, "registry")}

#include <awsjobs/{ns}/shapes.hpp>
#include <awsjobs/core/shape.hpp>

#include <boost/mp11/list.hpp>

namespace awsjobs::{ns} {{

/// Every shape of the operations' closures as shape<"Name", T>, each once, in the model's order.
using shapes = boost::mp11::mp_list<
""")
    entries = [f'    shape<"{s}", {svc.registry_type(s)}>' for s in svc.closure]
    out.append(",\n".join(entries) + ">;\n")
    out.append(f"\n}}  // namespace awsjobs::{ns}\n\n#endif\n")
    return "".join(out)


def cxx_string(text):
    return json.dumps(text, ensure_ascii=False)


def member_bindings(svc, operation, members, array):
    """The std::array of member_binding for `members` ({name: model member}), one line each."""
    lines = [f"    static constexpr std::array<protocol::member_binding, {len(members)}> {array}{{{{\n"]
    for m, v in members.items():
        location = v.get("location", "body")
        if location not in ("uri", "header", "querystring", "body"):
            raise ModelError(f"{svc.service}: {operation}: member {m} has location {location}, which is not supported")
        lines.append(f'        {{"{m}", protocol::location::{location}, "{v.get("locationName", m)}"}},\n')
    lines.append("    }};\n")
    return "".join(lines)


def operation_struct(svc, op):
    ns = svc.service
    input_members = svc.shapes[op.input].get("members", {})
    if op.output:
        output = f"""    /// The response type ({op.output}); String as for input.
    template <class String = std::string>
    using output = typename model<String>::{op.output};
"""
    else:
        output = """    /// The model names no output shape: the response has no body (awsjobs::no_output).
    template <class String = std::string>
    using output = awsjobs::no_output;
"""
    out = [f"""/// The {op.name} operation: its types and its wire binding.
struct {op.name} {{
    /// The request type ({op.input}); String is std::string (owning) or std::string_view (view).
    template <class String = std::string>
    using input = typename model<String>::{op.input};
{output}    /// The typed service error.
    using error = {op.name}Error;

    /// Protocol, method, URI, status, API version, content type, XML namespace and result wrapper.
    static constexpr protocol::operation_binding binding{{
        .name = "{op.name}",
        .protocol = protocol::wire_protocol::{svc.protocol.replace("-", "_")},
        .method = "{op.http.get("method", "POST")}",
        .request_uri = "{op.http.get("requestUri", "/")}",
        .response_code = {op.http.get("responseCode", 200)},
        .api_version = "{svc.version}",
        .json_content_type = "{svc.json_content_type()}",
        .xml_namespace = {cxx_string(svc.metadata.get("xmlNamespace", ""))},
        .result_wrapper = "{op.result_wrapper}",
    }};

    /// Every member of the input, in declaration order, and where it travels.
"""]
    out.append(member_bindings(svc, op.name, input_members, "input_members"))
    out.append(f"""
    /// The modeled errors, in the order of {op.name}ErrorCode.
    static constexpr std::array<protocol::error_binding, {len(op.errors)}> errors{{{{
""")
    for e in op.errors:
        code, status, fault = svc.error_binding(e)
        out.append(f'        {{"{code}", {status}, protocol::fault::{fault}}},\n')
    out.append("""    }};

    /// How requests are signed: signing name, endpoint prefix, and endpoints.json's global endpoint.
    static constexpr protocol::signing_binding signing{
""")
    for key, value in svc.signing_binding().items():
        out.append(f"        .{key} = {value if key == 'sigv2' else cxx_string(value)},\n")
    out.append("    };\n")
    if op.paginator:
        p = op.paginator
        out.append(f"""
    /// How to go from one page to the next (the model's paginators-1.json).
    static constexpr protocol::paginator_binding paginator{{
        .input_token = "{p["input_token"]}",
        .output_token = "{p["output_token"]}",
        .limit_key = "{p.get("limit_key", "")}",
        .more_results = "{p.get("more_results", "")}",
        .result_key = "{p["result_key"]}",
    }};
""")
    if op.legacy:
        legacy = op.legacy
        out.append(f"""
    /// Where each input member travels in the older request form (legacy_request).
""")
        out.append(member_bindings(svc, op.name, legacy["members"], "legacy_input_members"))
        out.append(f"""
    /// The older request form that servers must also read: {legacy["method"]} {legacy["requestUri"]}.
    static constexpr protocol::legacy_request_binding legacy_request{{
        .method = "{legacy["method"]}",
        .request_uri = "{legacy["requestUri"]}",
        .input_members = legacy_input_members,
        .source = {cxx_string(legacy["source"])},
    }};
""")
    out.append("};\n")
    return "".join(out)


def bindings_hpp(svc):
    ns = svc.service
    no_output = any(op.output is None for op in svc.operations)
    out = [banner(svc)]
    out.append(f"""/// \\file
/// How each operation travels over HTTP, as the model says: protocol, method, URI template and
/// where each input member goes, the result wrapper and XML namespace, each error's code, status
/// and fault, and how to page. Plain data: awsjobs/protocol reads it, one implementation per protocol.
/// Operations: {operation_list(svc)}.
#ifndef {guard(ns, "bindings")}
#define {guard(ns, "bindings")}

#include <awsjobs/{ns}/errors.hpp>
#include <awsjobs/{ns}/shapes.hpp>
{"#include <awsjobs/core/no_output.hpp>" + chr(10) if no_output else ""}#include <awsjobs/protocol/binding.hpp>

#include <array>
#include <string>

namespace awsjobs::{ns} {{

""")
    out.append("\n".join(operation_struct(svc, op) for op in svc.operations))
    out.append(f"""
}}  // namespace awsjobs::{ns}

#endif
""")
    return "".join(out)


def umbrella_hpp(svc):
    ns = svc.service
    return (banner(svc) +
            f"/// \\file\n"
            f"/// {svc.service_name()} (API {svc.version}): the shapes, registry, errors and HTTP bindings of its\n"
            f"/// operations {operation_list(svc)}.\n"
            f"/// The codecs are apart: <awsjobs/json.hpp>, <awsjobs/protocol.hpp>, <awsjobs/xml.hpp>.\n"
            f"#ifndef {guard(ns)}\n#define {guard(ns)}\n\n"
            f"#include <awsjobs/{ns}/bindings.hpp>\n"
            f"#include <awsjobs/{ns}/errors.hpp>\n"
            f"#include <awsjobs/{ns}/registry.hpp>\n"
            f"#include <awsjobs/{ns}/shapes.hpp>\n\n#endif\n")


def services_of(operations):
    """operations.json's services: {name: entry}, without the _comment and _source keys."""
    return OrderedDict((k, v) for k, v in operations.items() if not k.startswith("_"))


def generate():
    """Every generated file: {path relative to the repository: text}."""
    operations = load(f"{MODELS}/operations.json")
    unions = load(f"{MODELS}/unions.json")
    endpoints = load(f"{MODELS}/endpoints.json")
    source = operations.get("_source", "")
    commit = re.search(r"\b([0-9a-f]{40})\b", source)
    botocore = commit.group(1)[:12] if commit else "(unknown commit)"
    files = {}
    facts = OrderedDict([("_source", source)])
    for name, entry in services_of(operations).items():
        svc = Service(name, entry, unions.get(name, []), botocore, endpoints)
        svc.check_types()
        facts[name] = svc.closure_entry()
        base = f"include/awsjobs/{name}"
        files.update(((f"{base}/shapes.hpp", shapes_hpp(svc)), (f"{base}/errors.hpp", errors_hpp(svc)),
                      (f"{base}/registry.hpp", registry_hpp(svc)), (f"{base}/bindings.hpp", bindings_hpp(svc)),
                      (f"{base}.hpp", umbrella_hpp(svc))))
    files[f"{MODELS}/closure.json"] = json.dumps(facts, indent=1)
    return files


def import_models(data_dir, commit):
    """Copies each modeled service's service-2.json and paginators-1.json (where botocore has one) from
    botocore's data directory and records the commit."""
    operations_path = os.path.join(ROOT, MODELS, "operations.json")
    operations = load(f"{MODELS}/operations.json")
    if not commit:
        try:
            commit = subprocess.run(["git", "-C", data_dir, "rev-parse", "HEAD"], capture_output=True, text=True,
                                    check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            raise ModelError(f"{data_dir} is not in a git checkout of botocore: name its commit with --botocore-commit")
    for name, entry in services_of(operations).items():
        for model_file, required in (("service-2.json", True), ("paginators-1.json", False)):
            relative = f"{name}/{entry['apiVersion']}/{model_file}"
            source = os.path.join(data_dir, relative)
            if not os.path.isfile(source):
                if required:
                    raise ModelError(f"{source} does not exist (service {name})")
                continue
            target = os.path.join(ROOT, MODELS, relative)
            if os.path.abspath(source) != os.path.abspath(target):
                shutil.copyfile(source, target)
                print(f"copied {relative}")
    operations["_source"] = (f"botocore (github:boto/botocore) HEAD {commit}, "
                             "botocore/data/<service>/<version>/{service-2,paginators-1}.json")
    with open(operations_path, "w", encoding="utf-8") as f:
        f.write(json.dumps(operations, indent=1) + "\n")
    import_endpoints(data_dir, commit, operations)


def import_endpoints(data_dir, commit, operations):
    """Keeps botocore's endpoints.json, partition aws only, with the modeled services only: still a file
    botocore can load (tests point AWS_DATA_PATH at tests/data/models)."""
    with open(os.path.join(data_dir, "endpoints.json"), encoding="utf-8") as f:
        endpoints = json.load(f, object_pairs_hook=OrderedDict)
    partition = next(p for p in endpoints["partitions"] if p["partition"] == "aws")
    services = OrderedDict()
    for name, entry in services_of(operations).items():
        model = load(f"{MODELS}/{name}/{entry['apiVersion']}/service-2.json")
        prefix = model["metadata"]["endpointPrefix"]
        services[prefix] = partition["services"].get(prefix, OrderedDict())
    partition["services"] = services
    subset = OrderedDict([("_source", f"botocore (github:boto/botocore) HEAD {commit}, botocore/data/endpoints.json, "
                                      "partition aws, the modeled services only"),
                          ("partitions", [partition]), ("version", endpoints.get("version", 3))])
    with open(os.path.join(ROOT, MODELS, "endpoints.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(subset, indent=1) + "\n")


def generated_files_on_disk(root):
    """The files of `root` the generator owns: those whose first line is its banner."""
    found = set()
    base = os.path.join(root, "include", "awsjobs")
    for directory, _, names in os.walk(base):
        for n in names:
            path = os.path.join(directory, n)
            with open(path, encoding="utf-8", errors="replace") as f:
                if f.readline().startswith(f"// Code generated by {GENERATOR} "):
                    found.add(os.path.relpath(path, root).replace(os.sep, "/"))
    return found


def write(files, root):
    changed = []
    for path, text in sorted(files.items()):
        target = os.path.join(root, path)
        data = text.encode("utf-8")
        try:
            with open(target, "rb") as f:
                if f.read() == data:
                    continue
        except FileNotFoundError:
            pass
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(data)
        changed.append(path)
    return changed


def check(files):
    """Generates into a temporary directory and compares it with the tree, both ways."""
    with tempfile.TemporaryDirectory(prefix="awsjobs-generate-") as tmp:
        write(files, tmp)
        problems = 0
        expected = set(files)
        committed = generated_files_on_disk(ROOT)
        for path in sorted(committed - expected):
            print(f"{path}: carries the generator's banner but nothing generates it any more", file=sys.stderr)
            problems += 1
        for path in sorted(expected):
            fresh = os.path.join(tmp, path)
            ours = os.path.join(ROOT, path)
            if not os.path.exists(ours):
                print(f"{path}: missing (the generator makes it)", file=sys.stderr)
                problems += 1
                continue
            with open(fresh, encoding="utf-8") as f:
                want = f.read().splitlines(keepends=True)
            with open(ours, encoding="utf-8", errors="replace") as f:
                have = f.read().splitlines(keepends=True)
            if want != have:
                sys.stderr.writelines(difflib.unified_diff(have, want, f"a/{path} (committed)", f"b/{path} (generated)"))
                problems += 1
    if problems:
        print(f"\n{problems} generated file(s) differ from the models. Generated files are never edited by hand:\n"
              f"change scripts/generate.py or the model, then run\n    {REGENERATE}\nand commit the result.",
              file=sys.stderr)
        return 1
    print(f"{len(files)} generated files match the models")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="compare the committed files with the generator's output; exit 1 if they differ")
    parser.add_argument("--models-from", metavar="DIR",
                        help="botocore's data directory (botocore/data): copy each modeled service's "
                             "service-2.json from it, then generate")
    parser.add_argument("--botocore-commit", metavar="SHA",
                        help="the botocore commit --models-from reads (default: git rev-parse HEAD there)")
    args = parser.parse_args()
    try:
        if args.models_from:
            import_models(args.models_from, args.botocore_commit)
        files = generate()
    except ModelError as e:
        print(f"generate.py: {e}", file=sys.stderr)
        return 2
    if args.check:
        return check(files)
    for path in write(files, ROOT):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
