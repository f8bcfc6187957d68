#!/usr/bin/env python3
"""Generate golden/heldout/dev58.jsonl and id_map.tsv (standard library only, deterministic)."""
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PARTS = ("part1", "part2", "part3", "part4")
SHUFFLE_SEED = 205858


def load_records():
    recs = []
    for name in PARTS:
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            continue
        mod = importlib.import_module(name)
        for builder in mod.RECORDS:
            recs.append(builder())
    return recs


def main():
    recs = load_records()
    by_wid = {}
    for r in recs:
        wid = r["_wid"]
        if wid in by_wid:
            raise SystemExit("duplicate working id %s" % wid)
        by_wid[wid] = r
    wids = sorted(by_wid)
    order = list(wids)
    random.Random(SHUFFLE_SEED).shuffle(order)
    lines, idmap = [], ["id\twid\tdomain\tseverity\tcategory"]
    for i, wid in enumerate(order):
        r = by_wid[wid]
        rid = "dev58-%03d" % (i + 1)
        out = {"id": rid}
        for k in ("source", "question", "selector", "logs", "expected", "tags"):
            out[k] = r[k]
        lines.append(json.dumps(out, ensure_ascii=False, separators=(", ", ": ")))
        idmap.append("\t".join([rid, wid, r["_domain"], r["expected"]["severity"],
                                r["expected"]["root_cause_category"]]))
    lines.sort(key=lambda s: json.loads(s)["id"])
    with open(os.path.join(os.path.dirname(HERE), "dev58.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    idmap = [idmap[0]] + sorted(idmap[1:])
    with open(os.path.join(HERE, "id_map.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(idmap) + "\n")
    print("wrote %d records" % len(lines))


if __name__ == "__main__":
    main()
