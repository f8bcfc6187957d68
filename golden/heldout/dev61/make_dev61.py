#!/usr/bin/env python3
"""Build the dev61 held-out set: 40 records from part1..part4, shuffled into dev61-001..040.

Deterministic: no hash()-dependent ordering, fixed seeds, fixed JSON serialisation; running it
twice gives byte-identical dev61.jsonl and id_map.tsv regardless of PYTHONHASHSEED.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part1  # noqa: E402
import part2  # noqa: E402
import part3  # noqa: E402
import part4  # noqa: E402

SEED = 206161


def main():
    records = []
    for mod in (part1, part2, part3, part4):
        records.extend(mod.build())
    by_wid = {}
    for rec in records:
        assert rec["id"] not in by_wid, rec["id"]
        by_wid[rec["id"]] = rec
    wids = sorted(by_wid)
    assert wids == ["w%02d" % i for i in range(1, 41)], wids
    shuffled = list(wids)
    random.Random(SEED).shuffle(shuffled)
    final = {}
    rows = []
    for i, wid in enumerate(shuffled):
        fid = "dev61-%03d" % (i + 1)
        rec = dict(by_wid[wid])
        rec["id"] = fid
        final[fid] = rec
        e = rec["expected"]
        rows.append((fid, wid, e["severity"], e["root_cause_category"], e.get("component", "")))
    out = os.path.join(os.path.dirname(HERE), "dev61.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for fid in sorted(final):
            f.write(json.dumps(final[fid], ensure_ascii=False, separators=(", ", ": ")) + "\n")
    with open(os.path.join(HERE, "id_map.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("final_id\tworking_id\tseverity\tcategory\tcomponent\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")
    print("wrote %s (%d records)" % (out, len(final)))


if __name__ == "__main__":
    main()
