#!/usr/bin/env python3
"""Generate golden/heldout/dev57.jsonl and id_map.tsv (deterministic, standard library only).

    python3 make_dev57.py            # all parts present
Records come from part1.py .. part4.py (each exports RECORDS, a list of builder functions).
Final ids dev57-001.. are assigned by shuffling the sorted working ids with seed 205757.
"""
import collections
import importlib
import json
import os
import random
import sys

SEED = 205757
HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    sys.path.insert(0, HERE)
    builders = []
    for n in range(1, 5):
        name = "part%d" % n
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            continue
        builders.extend(importlib.import_module(name).RECORDS)
    recs = [b() for b in builders]
    wids = [r["_wid"] for r in recs]
    if len(set(wids)) != len(wids):
        raise SystemExit("duplicate working ids")
    order = sorted(wids)
    random.Random(SEED).shuffle(order)
    final = {wid: "dev57-%03d" % (i + 1) for i, wid in enumerate(order)}

    out = []
    for r in recs:
        wid = r.pop("_wid")
        rec = {"id": final[wid]}
        rec.update(r)
        out.append((rec["id"], wid, rec))
    out.sort()

    with open(os.path.join(os.path.dirname(HERE), "dev57.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for _, _, rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "id_map.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("working_id\tfinal_id\tseverity\tcategory\tcomponent\n")
        for wid in sorted(final):
            rec = next(x[2] for x in out if x[1] == wid)
            e = rec["expected"]
            fh.write("%s\t%s\t%s\t%s\t%s\n" % (wid, final[wid], e["severity"], e["root_cause_category"], e["component"]))

    sev = collections.Counter(x[2]["expected"]["severity"] for x in out)
    lines = sum(len(x[2]["logs"]) for x in out)
    print("wrote %d records, %d lines; severities %s" % (len(out), lines, dict(sorted(sev.items()))))


if __name__ == "__main__":
    main()
