#!/usr/bin/env python3
"""Generate golden/heldout/dev59.jsonl and id_map.tsv (standard library only, deterministic)."""
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PARTS = ["part1", "part2", "part3", "part4"]
SEED = 205959
ORDER = ("id", "source", "question", "selector", "tags", "logs", "expected")


def build():
    recs = []
    for name in PARTS:
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            continue  # staged development: later parts may not exist yet
        mod = importlib.import_module(name)
        for fn in mod.RECORDS:
            recs.append(fn())
    wids = [r["_wid"] for r in recs]
    if len(set(wids)) != len(wids):
        raise SystemExit("duplicate working ids")
    order = sorted(wids)
    random.Random(SEED).shuffle(order)
    idmap = {wid: "dev59-%03d" % (i + 1) for i, wid in enumerate(order)}
    out = []
    for r in recs:
        rec = {"id": idmap[r["_wid"]]}
        for k in ORDER[1:]:
            rec[k] = r[k]
        out.append(rec)
    out.sort(key=lambda r: r["id"])
    return out, idmap


def main():
    out, idmap = build()
    with open(os.path.join(os.path.dirname(HERE), "dev59.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "id_map.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\twid\n")
        for wid, rid in sorted(idmap.items(), key=lambda x: x[1]):
            f.write("%s\t%s\n" % (rid, wid))
    print("wrote %d records" % len(out))


if __name__ == "__main__":
    main()
