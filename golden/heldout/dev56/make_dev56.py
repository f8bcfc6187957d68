"""Build golden/heldout/dev56.jsonl: imports the four parts, shuffles with the fixed seed, assigns ids."""
import json
import os
import random

from common import SEED
import part1
import part2
import part3
import part4

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    recs = part1.build() + part2.build() + part3.build() + part4.build()
    rng = random.Random(SEED)
    rng.shuffle(recs)
    mapping = []
    out = []
    for n, rec in enumerate(recs, start=1):
        new_id = f"dev56-{n:03d}"
        mapping.append((rec["id"], new_id))
        rec = dict(rec)
        rec["id"] = new_id
        # fixed key order
        ordered = {k: rec[k] for k in ("id", "source", "question", "selector", "logs", "expected", "tags")}
        out.append(ordered)
    with open(os.path.join(os.path.dirname(HERE), "dev56.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:  # golden/heldout/dev56.jsonl
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(HERE, "id_map.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("working_id\tfinal_id\n")
        for a, b in sorted(mapping):
            f.write(f"{a}\t{b}\n")
    print(f"wrote {len(out)} records")


if __name__ == "__main__":
    main()
