#!/usr/bin/env python3
"""Fails when a public header or namespace of awsjobs has no documentation of its own.

Doxygen warns about an undocumented class, function or macro only inside a documented
scope: the members of an undocumented file (macros) or namespace (free functions, aliases)
are skipped without a word. This script closes that gap after Doxygen has run: every header
under include/awsjobs outside detail/ must have a file page (a `/// \\file` comment), and
every namespace such a header opens must have a namespace page (a comment on the namespace).

Usage: docs/check_documented.py INCLUDE_DIR DOXYGEN_XML_DIR
Python 3 standard library only.
"""

import pathlib
import re
import sys
import xml.etree.ElementTree as ElementTree

NAMESPACE = re.compile(r"^\s*namespace\s+(awsjobs(?:::\w+)*)\s*\{", re.MULTILINE)


def public_headers(include_dir):
    """Each public header, as its path below include_dir (awsjobs/json/read.hpp)."""
    root = include_dir / "awsjobs"
    return sorted(p.relative_to(include_dir).as_posix() for p in root.rglob("*.hpp") if "detail" not in p.parts)


def declared_namespaces(include_dir, headers):
    """Every namespace the headers open by its qualified name, and each enclosing one."""
    found = set()
    for header in headers:
        for name in NAMESPACE.findall((include_dir / header).read_text(encoding="utf-8")):
            parts = name.split("::")
            if "detail" in parts:
                continue
            found.update("::".join(parts[:i]) for i in range(1, len(parts) + 1))
    return found


def documented(xml_dir):
    """The header paths and namespace names that have a description of their own. Doxygen
    lists a file or namespace that holds documented members even when it has none."""
    files, namespaces = set(), set()
    for compound in ElementTree.parse(xml_dir / "index.xml").getroot().iter("compound"):
        kind = compound.get("kind")
        if kind not in ("file", "namespace"):
            continue
        definition = ElementTree.parse(xml_dir / f"{compound.get('refid')}.xml").getroot().find("compounddef")
        described = any("".join(definition.find(part).itertext()).strip()
                        for part in ("briefdescription", "detaileddescription"))
        if not described:
            continue
        if kind == "namespace":
            namespaces.add(definition.findtext("compoundname"))
        else:
            files.add(definition.find("location").get("file"))
    return files, namespaces


def main(argv):
    if len(argv) != 3:
        print("usage: docs/check_documented.py INCLUDE_DIR DOXYGEN_XML_DIR", file=sys.stderr)
        return 2
    include_dir, xml_dir = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    headers = public_headers(include_dir)
    if not headers:
        print(f"{include_dir}: no public header found", file=sys.stderr)
        return 2
    files, namespaces = documented(xml_dir)
    missing = [f"{include_dir / h}: the header has no `/// \\file` comment" for h in headers if h not in files]
    missing += [f"namespace {n}: no `///` comment documents it (put one before `namespace {n} {{` "
                f"or a `/// \\namespace {n}` block in its umbrella header)"
                for n in sorted(declared_namespaces(include_dir, headers) - namespaces)]
    for line in missing:
        print(line, file=sys.stderr)
    if missing:
        print(f"{len(missing)} undocumented; Doxygen does not check the members of an undocumented file or "
              "namespace", file=sys.stderr)
        return 1
    print(f"{len(headers)} public headers and {len(namespaces & declared_namespaces(include_dir, headers))} "
          "namespaces documented")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
