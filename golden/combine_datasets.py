"""Combine golden files into one: records in input order, ids made unique, optionally only
some sources or shuffled; the result is validated before it is written.

    python golden/combine_datasets.py golden/golden.jsonl labelled.jsonl --out all.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evaluation.golden_validate import validate_text  # noqa: E402


def combine(paths: list[Path], *, source_prefix: str | None = None,
            shuffle_seed: int | None = None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    ids: set[str] = set()
    for path in paths:
        for raw in Path(path).read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            rec = json.loads(raw)
            if source_prefix and not str(rec.get("source", "")).startswith(source_prefix):
                continue
            base, n = str(rec["id"]), 1
            while rec["id"] in ids:
                n += 1
                rec["id"] = f"{base}~{n}"
            ids.add(rec["id"])
            out.append(rec)
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--source-prefix", help="keep records whose source starts with this")
    ap.add_argument("--shuffle", type=int, metavar="SEED", help="shuffle with this seed")
    args = ap.parse_args(argv)
    records = combine(args.files, source_prefix=args.source_prefix, shuffle_seed=args.shuffle)
    text = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for r in records)
    problems = validate_text(text)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(records)} records to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
