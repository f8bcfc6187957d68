#!/usr/bin/env python3
"""Build dev64.jsonl (40 records) deterministically.

Writes next to this file, or into os.path.dirname(HERE) when DEV64_OUT=up.
--check rebuilds in memory and compares bytes with the existing file.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part1  # noqa: E402
import part2  # noqa: E402
import part3  # noqa: E402
import part4  # noqa: E402


def builders():
    out = []
    for mod in (part1, part2, part3, part4):
        names = sorted(n for n in dir(mod) if n.startswith("r0") and n[1:].isdigit())
        out.extend(getattr(mod, n) for n in names)
    return out


def build():
    """Return [(record, meta), ...] in id order."""
    res = [b() for b in builders()]
    res.sort(key=lambda rm: rm[0]["id"])
    return res


def serialise(pairs):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in pairs).encode("utf-8")


def out_path():
    d = os.path.dirname(HERE) if os.environ.get("DEV64_OUT") == "up" else HERE
    return os.path.join(d, "dev64.jsonl")


def main(argv):
    data = serialise(build())
    path = out_path()
    if "--check" in argv:
        try:
            with open(path, "rb") as fh:
                cur = fh.read()
        except FileNotFoundError:
            print("MISSING %s" % path)
            return 1
        if cur != data:
            print("DIFFERS %s (file %d bytes, rebuilt %d bytes)" % (path, len(cur), len(data)))
            return 1
        print("OK %s is up to date (%d bytes)" % (path, len(data)))
        return 0
    with open(path, "wb") as fh:
        fh.write(data)
    print("wrote %s (%d records, %d bytes)" % (path, data.count(b"\n"), len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
