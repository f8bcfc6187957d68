"""Grouping accuracy and throughput of our template miner vs drain3, on the Loghub 2k sets.

Data: every ``<Name>/<Name>_2k.log_structured.csv`` under ``../shared/loghub`` (Loghub: Zhu
et al., "Loghub: A Large Collection of System Log Datasets for AI-driven Log Analytics",
ISSRE 2023; the corrected 2k labels of Jiang et al., ISSTA 2024). The ``Content`` column is
fed, one message per call, in file order; ``EventId`` is the truth.

GA (grouping accuracy): a message counts as correct when the set of messages its predicted
group holds is exactly the set of its true group. A predicted group is the final template id
of a message: ours resolves merged ids (``TemplateMiner.resolve``), drain3 keeps the
cluster id it returned.

Both miners run with one configuration for all datasets: ours at ``MinerConfig()``
defaults; drain3 0.9 at its defaults (similarity 0.4, depth 4, 100 children) plus generic
masking (the patterns of drain3's own example config: IPs, hex ids, MAC-like groups, ``0x``
hex, numbers; plus UUIDs). lines/s is end to end through the same interface (mask + mine,
a fresh miner per repetition, ``add``/``add_log_message`` over all lines); each cell is the
median of ``--runs`` repetitions; the mean row's lines/s is all lines over the summed median
times. ratio = ours / drain3 lines/s.

    python bench/loghub_ga.py                  # table
    python bench/loghub_ga.py --runs 7 --json  # machine-readable
    python bench/loghub_ga.py --only Linux,HDFS
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from retrieval.templates import TemplateMiner  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "loghub"

DRAIN3_MASKING = [  # generic: nothing here knows a dataset
    (r"((?<=[^A-Za-z0-9])|^)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
     r"-[0-9a-fA-F]{12})((?=[^A-Za-z0-9])|$)", "UUID"),
    (r"((?<=[^A-Za-z0-9])|^)(([0-9a-f]{2,}:){3,}([0-9a-f]{2,}))((?=[^A-Za-z0-9])|$)", "ID"),
    (r"((?<=[^A-Za-z0-9])|^)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})((?=[^A-Za-z0-9])|$)", "IP"),
    (r"((?<=[^A-Za-z0-9])|^)([0-9a-f]{6,} ?){3,}((?=[^A-Za-z0-9])|$)", "SEQ"),
    (r"((?<=[^A-Za-z0-9])|^)([0-9A-F]{4} ?){4,}((?=[^A-Za-z0-9])|$)", "SEQ"),
    (r"((?<=[^A-Za-z0-9])|^)(0x[a-f0-9A-F]+)((?=[^A-Za-z0-9])|$)", "HEX"),
    (r"((?<=[^A-Za-z0-9])|^)([\-\+]?\d+)((?=[^A-Za-z0-9])|$)", "NUM"),
]


def load(path: Path) -> tuple[list[str], list[str]]:
    """The ``Content`` and ``EventId`` columns of one structured Loghub CSV."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [r["Content"] for r in rows], [r["EventId"] for r in rows]


def grouping_accuracy(predicted: Sequence[Hashable], truth: Sequence[Hashable]) -> float:
    """Share of messages whose predicted group is exactly their true group."""
    pred_groups: dict[Hashable, list[int]] = defaultdict(list)
    true_sizes: dict[Hashable, int] = defaultdict(int)
    for i, (p, t) in enumerate(zip(predicted, truth, strict=True)):
        pred_groups[p].append(i)
        true_sizes[t] += 1
    correct = 0
    for members in pred_groups.values():
        labels = {truth[i] for i in members}
        if len(labels) == 1 and true_sizes[next(iter(labels))] == len(members):
            correct += len(members)
    return correct / len(truth) if truth else 1.0


def run_ours(lines: Sequence[str]) -> list[Hashable]:
    miner = TemplateMiner()
    ids = [miner.add(line).template_id for line in lines]
    return [miner.resolve(i) for i in ids]


def _drain3_config() -> Any:
    from drain3.masking import MaskingInstruction
    from drain3.template_miner_config import TemplateMinerConfig

    config = TemplateMinerConfig()
    config.masking_instructions = [MaskingInstruction(p, m) for p, m in DRAIN3_MASKING]
    return config


def run_drain3(lines: Sequence[str], config: Any) -> list[Hashable]:
    from drain3 import TemplateMiner as Drain3Miner

    miner = Drain3Miner(config=config)
    return [miner.add_log_message(line)["cluster_id"] for line in lines]


def timed(fn: Callable[[], list[Hashable]], runs: int) -> tuple[list[Hashable], float]:
    """The result of ``fn`` and its median wall time over ``runs`` repetitions."""
    times, result = [], []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return result, statistics.median(times)


def bench(data: Path, runs: int, only: set[str] | None = None) -> dict[str, Any]:
    config = _drain3_config()
    rows: list[dict[str, Any]] = []
    for csv_path in sorted(data.glob("*/*_2k.log_structured.csv")):
        name = csv_path.parent.name
        if only and name not in only:
            continue
        lines, truth = load(csv_path)
        ours, t_ours = timed(partial(run_ours, lines), runs)
        theirs, t_drain = timed(partial(run_drain3, lines, config), runs)
        rows.append({"dataset": name, "lines": len(lines),
                     "ga_ours": grouping_accuracy(ours, truth),
                     "ga_drain3": grouping_accuracy(theirs, truth),
                     "seconds_ours": t_ours, "seconds_drain3": t_drain,
                     "lps_ours": len(lines) / t_ours, "lps_drain3": len(lines) / t_drain})
    if not rows:
        raise SystemExit(f"no *_2k.log_structured.csv under {data}")
    total = sum(r["lines"] for r in rows)
    mean = {"dataset": "mean", "lines": total,
            "ga_ours": statistics.fmean(r["ga_ours"] for r in rows),
            "ga_drain3": statistics.fmean(r["ga_drain3"] for r in rows),
            "min_ga_ours": min(r["ga_ours"] for r in rows),
            "lps_ours": total / sum(r["seconds_ours"] for r in rows),
            "lps_drain3": total / sum(r["seconds_drain3"] for r in rows)}
    return {"runs": runs, "timing": "median", "datasets": rows, "mean": mean}


def render(result: dict[str, Any]) -> str:
    head = (f"{'dataset':<10} {'GA ours':>8} {'GA drain3':>10} {'lines/s ours':>13} "
            f"{'lines/s drain3':>15} {'ratio':>6}")
    out = [head, "-" * len(head)]
    for r in [*result["datasets"], result["mean"]]:
        if r["dataset"] == "mean":
            out.append("-" * len(head))
        out.append(f"{r['dataset']:<10} {r['ga_ours']:>8.3f} {r['ga_drain3']:>10.3f} "
                   f"{r['lps_ours']:>13,.0f} {r['lps_drain3']:>15,.0f} "
                   f"{r['lps_ours'] / r['lps_drain3']:>6.2f}")
    out.append(f"(lines/s: median of {result['runs']} runs; lowest GA ours "
               f"{result['mean']['min_ga_ours']:.3f})")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Loghub directory")
    ap.add_argument("--runs", type=int, default=5, help="timing repetitions (median)")
    ap.add_argument("--only", default="", help="comma-separated dataset names")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)
    only = {s.strip() for s in args.only.split(",") if s.strip()} or None
    result = bench(args.data, max(1, args.runs), only)
    print(json.dumps(result, indent=1) if args.json else render(result))


if __name__ == "__main__":
    main()
