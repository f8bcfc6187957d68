"""The three analysis modes side by side on the same golden file: engine, llm, hybrid.

Runs ``loglens eval run --mode engine,llm,hybrid`` (the evaluation harness: the same replay,
packing and metrics as every other run; the embedded default backend unless ``--backend``),
then prints the harness metrics and the per-category accuracy of each mode in columns, and
what the model and the engine did in hybrid mode (disagreements, who won, who was right).

    python bench/modes.py golden/golden.jsonl --out /tmp/modes       # ~8 min per model mode
    python bench/modes.py golden/train.jsonl --shard 0/3 --out /tmp/m # a spread slice
    python bench/modes.py --run /tmp/modes                           # print a finished run

A run directory written by ``loglens eval run --mode engine,llm,hybrid`` prints as well.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

METRICS = ("json_valid_rate", "llm_answer_rate", "severity_accuracy", "severity_macro_f1",
           "category_accuracy", "category_macro_f1", "component_accuracy",
           "evidence_recall_packed", "evidence_precision", "evidence_recall",
           "latency_p50_ms", "latency_p95_ms")


def run_eval(golden: Path, out: Path, args: argparse.Namespace) -> None:
    cmd = [sys.executable, "-m", "evaluation.cli", "run", "--golden", str(golden), "--out",
           str(out), "--mode", args.modes, "--strategy", args.strategy]
    for flag, value in (("--limit", args.limit), ("--shard", args.shard),
                        ("--backend", args.backend), ("--model", args.model)):
        if value is not None:
            cmd += [flag, str(value)]
    if args.all_lines:
        cmd.append("--all-lines")
    print("$ " + " ".join(cmd), file=sys.stderr)
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False)
    if proc.returncode != 0:
        sys.exit(proc.returncode)


def _fmt(value: Any, metric: str = "") -> str:
    if value is None:
        return "-"
    return f"{value:.0f}" if metric.endswith("_ms") else f"{value:.3f}"


def hybrid_report(rows: list[dict[str, Any]]) -> list[str]:
    """Disagreements of the model and the engine, and who was right."""
    out = []
    for label in dict.fromkeys(r["strategy"] for r in rows if r.get("mode") == "hybrid"):
        mine = [r for r in rows if r["strategy"] == label]
        split = [r for r in mine if r.get("disagreement")]
        engine_won = [r for r in split if r["disagreement"]["winner"] == "engine"]
        out.append(f"{label}: {len(split)} of {len(mine)} records disagree "
                   f"({len(engine_won)} won by the engine, {len(split) - len(engine_won)} by "
                   "the model)")
        for side in ("llm", "engine"):
            right = sum(1 for r in split if r["disagreement"][side]["category"].lower()
                        == str(r["expected"].get("root_cause_category", "")).lower())
            out.append(f"  category right when they disagree: {side:6s} {right}/{len(split)}")
    return out


def render(metrics: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    runs = metrics["strategies"]
    labels = list(runs)
    width = max(14, *(len(label) + 2 for label in labels))
    head = f"{'metric':26s}" + "".join(f"{label:>{width}s}" for label in labels)
    meta = metrics["metadata"]
    model = ("no model (engine mode only)" if meta.get("modes") == ["engine"]
             else f"model {meta['backend']}:{meta['model']}")
    engine = meta.get("engine") or {}
    clf = {True: "with", False: "without"}.get(engine.get("classifier"), "?")
    lines = [f"{meta['golden']['path']}: {meta['records']} records, {model}; engine {clf} "
             "its trained classifier", "", head]
    for metric in METRICS:
        lines.append(f"{metric:26s}" + "".join(
            f"{_fmt(runs[label]['metrics'][metric]['value'], metric):>{width}s}"
            for label in labels))
    lines.append(f"{'sources':26s}" + "".join(
        f"{','.join(f'{k[:3]}{v}' for k, v in runs[label]['sources'].items()):>{width}s}"
        for label in labels))
    lines += ["", "per category: n, then category accuracy per mode"]
    cats = list(dict.fromkeys(c for label in labels for c in runs[label]["per_category"]))
    lines.append(f"{'category':22s}{'n':>4s}" + "".join(f"{label:>{width}s}"
                                                        for label in labels))
    for cat in cats:
        entries = [runs[label]["per_category"].get(cat) for label in labels]
        n = next((e["n"] for e in entries if e), 0)
        lines.append(f"{cat:22s}{n:4d}" + "".join(
            f"{_fmt(e['category_accuracy'] if e else None):>{width}s}" for e in entries))
    extra = hybrid_report(rows)
    if extra:
        lines += ["", *extra]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("golden", nargs="?", type=Path, help="golden-format JSONL to run")
    ap.add_argument("--out", type=Path, help="run directory to write (with a golden file)")
    ap.add_argument("--run", type=Path, help="print an existing run directory")
    ap.add_argument("--modes", default="engine,llm,hybrid")
    ap.add_argument("--strategy", default="baseline")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--shard", help="I/N: records at positions = I mod N (a spread slice)")
    ap.add_argument("--backend")
    ap.add_argument("--model")
    ap.add_argument("--all-lines", action="store_true")
    args = ap.parse_args()
    directory = args.run
    if directory is None:
        if args.golden is None or args.out is None:
            ap.error("give a golden file and --out, or --run DIR")
        run_eval(args.golden, args.out, args)
        directory = args.out
    metrics = json.loads((directory / "metrics.json").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in
            (directory / "predictions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    print(render(metrics, rows))


if __name__ == "__main__":
    main()
