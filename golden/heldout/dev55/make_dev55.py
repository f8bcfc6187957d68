#!/usr/bin/env python3
"""Build golden/heldout/dev55.jsonl (40 records) deterministically (seed 205555)."""
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

SEED = 205555


def build():
    recs = part1.records() + part2.records() + part3.records() + part4.records()
    assert len(recs) == 40, len(recs)
    random.Random(SEED).shuffle(recs)
    mapping = []
    for n, rec in enumerate(recs, 1):
        new_id = f"dev55-{n:03d}"
        mapping.append((new_id, rec["id"]))
        rec["id"] = new_id
        rec["source"] = "synthetic:dev55"
    return recs, mapping


def main():
    recs, mapping = build()
    out = os.path.join(os.path.dirname(HERE), "dev55.jsonl")  # golden/heldout/dev55.jsonl
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, sort_keys=True, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    with open(os.path.join(HERE, "id_map.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\tworking_id\n")
        for a, b in mapping:
            f.write(f"{a}\t{b}\n")
    print(f"wrote {len(recs)} records to {out}")


if __name__ == "__main__":
    main()
