#!/usr/bin/env python3
"""Checks that awsjobs' headers include one another one way only.

The layers, from the bottom: http, core, then json, xml and auth (side by side), protocol and
config (side by side), the services, and the umbrella awsjobs.hpp. A header may include its own
layer and those below it, never one above it nor its sibling (json and xml, or two services).
Besides:

- no header outside json/ includes a json/detail header (and likewise for xml/ and protocol/):
  a format's internals are its own;
- a service's shapes, errors and registry include only core (and their own service), and
  nothing a service header reaches, directly or not, is in json/ or xml/: the models know
  nothing of the codecs.

Usage: include_layers.py <include directory>  (exit status 1 and one line per violation).
"""
import os
import re
import sys

RANK = {"http": 0, "core": 1, "json": 2, "xml": 2, "auth": 2, "protocol": 3, "config": 3, "service": 4, "umbrella": 5}
CORE_FILES = {"awsjobs/assert.hpp", "awsjobs/version.hpp", "awsjobs/core.hpp"}
INCLUDE = re.compile(r'^\s*#\s*include\s*<(awsjobs/[^>]+)>', re.MULTILINE)


def headers(root):
    found = {}
    for directory, _, files in os.walk(os.path.join(root, "awsjobs")):
        for name in files:
            if name.endswith(".hpp"):
                path = os.path.join(directory, name)
                found[os.path.relpath(path, root).replace(os.sep, "/")] = path
    return found


def folder(header):
    """awsjobs/json/detail/reader.hpp -> json; awsjobs/json.hpp -> json."""
    parts = header.split("/")
    return parts[1] if len(parts) > 2 else parts[1][: -len(".hpp")]


def layer(header):
    if header in CORE_FILES:
        return "core"
    if header == "awsjobs/awsjobs.hpp":
        return "umbrella"
    name = folder(header)
    return name if name in RANK else "service"


def violations(root):
    all_headers = headers(root)
    includes = {}
    for header, path in all_headers.items():
        with open(path, encoding="utf-8") as f:
            includes[header] = INCLUDE.findall(f.read())
    problems = []
    for header, targets in sorted(includes.items()):
        mine = layer(header)
        for target in targets:
            if target not in all_headers:
                problems.append(f"{header}: includes {target}, which does not exist")
                continue
            theirs = layer(target)
            if RANK[theirs] > RANK[mine]:
                problems.append(f"{header} ({mine}) includes {target} ({theirs}), a layer above it")
            elif RANK[theirs] == RANK[mine] and folder(header) != folder(target) and mine != "core":
                problems.append(f"{header} ({mine}) includes {target} ({theirs}), beside it")
            if "/detail/" in target and folder(target) != "core" and folder(target) != folder(header):
                problems.append(f"{header}: includes {target}, an internal header of {folder(target)}/")
            if mine == "service" and not header.endswith("/bindings.hpp") and "/" in header[len("awsjobs/"):]:
                if theirs not in ("core",) and folder(target) != folder(header):
                    problems.append(f"{header}: a model header includes {target}, which is not core")

    def reach(start):
        seen, stack = set(), [start]
        while stack:
            for target in includes.get(stack.pop(), []):
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return seen

    for header in sorted(includes):
        if layer(header) == "service" and header.count("/") == 1:
            for target in sorted(reach(header)):
                if layer(target) in ("json", "xml"):
                    problems.append(f"{header}: reaches {target}: a service header pulls a codec in")
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    root = sys.argv[1]
    if not os.path.isdir(os.path.join(root, "awsjobs")):
        print(f"include_layers.py: no awsjobs/ under {root}", file=sys.stderr)
        return 2
    problems = violations(root)
    for problem in problems:
        print(problem)
    count = len(headers(root))
    if problems:
        print(f"{len(problems)} include(s) against the layers in {count} headers")
        return 1
    print(f"the includes of {count} headers run one way")
    return 0


if __name__ == "__main__":
    sys.exit(main())
