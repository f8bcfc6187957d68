"""Write the golden set (or the training set) from its scenario templates.

    python golden/synthesize.py --seed 7 --out golden/golden.jsonl
    python golden/synthesize.py --set train --seed 11 --out golden/train.jsonl

Seeded and reproducible: the same seed writes byte-identical output. Real Loghub lines are
read from ``../shared/loghub`` (next to the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from golden.gen.registry import Registry  # noqa: E402


def registry(name: str) -> Registry:
    if name == "golden":
        from golden.scenarios import GOLDEN
        return GOLDEN
    from golden.train_scenarios import TRAIN
    return TRAIN


def write(set_name: str, seed: int, out: Path, limit: int | None = None) -> int:
    n = 0
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for record in registry(set_name).generate(seed, limit=limit):
            fh.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("golden", "train"), default="golden")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=None, help="stop after this many records")
    args = ap.parse_args(argv)
    n = write(args.set, args.seed, args.out, args.limit)
    print(f"wrote {n} records to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
