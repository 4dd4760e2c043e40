#!/usr/bin/env python3
"""Print Python's standard-library top-level module names as a compact JSON array.

Why: ClaimLens marks `import tomllib` as builtin without asking PyPI. The list comes from the
interpreter itself (sys.stdlib_module_names, Python 3.10+), plus the few top-level modules that
newer Pythons added after the interpreter that ran this script, so code written for them is not
sent to a registry. Modules removed in later versions (distutils, imp, asyncore, ...) stay: they
were standard library when the code that imports them was written.

Regenerate: python3 scripts/gen-stdlib-python.py > src/core/data/python-stdlib.json
"""
import json
import sys

if sys.version_info < (3, 10):
    sys.exit("needs Python 3.10+ for sys.stdlib_module_names")

# Top-level standard modules added after 3.11 (the interpreter on the build machine).
LATER_ADDITIONS = {
    "annotationlib",  # 3.14
    "compression",  # 3.14
    "_interpreters",  # 3.13
    "_interpqueues",  # 3.13
    "_interpchannels",  # 3.13
    "_colorize",  # 3.13
    "_pyrepl",  # 3.13
    "_suggestions",  # 3.13
    "_opcode_metadata",  # 3.13
    "_android_support",  # 3.13
    "_apple_support",  # 3.13
    "_ios_support",  # 3.13
}

names = sorted(set(sys.stdlib_module_names) | LATER_ADDITIONS)
json.dump(names, sys.stdout, separators=(",", ":"))
sys.stdout.write("\n")
