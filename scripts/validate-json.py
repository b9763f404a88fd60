#!/usr/bin/env python3
"""Validate JSON files against a JSON Schema (draft 2020-12) with the jsonschema library.

usage: validate-json.py SCHEMA FILE...   (FILE may be - for stdin)
Prints one line per error, "FILE: path: message", and exits 1 when any file is invalid.
"""
import json, sys
from jsonschema import Draft202012Validator

def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    bad = 0
    for name in sys.argv[2:]:
        data = json.load(sys.stdin if name == "-" else open(name, encoding="utf-8"))
        for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
            bad += 1
            path = "/".join(str(p) for p in error.absolute_path) or "(root)"
            print(f"{name}: {path}: {error.message}")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
