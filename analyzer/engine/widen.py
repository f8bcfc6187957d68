"""When the analysis reads beyond its scope, and whether what it found there holds.

The related context (``retrieval.related``) follows the names a scope's lines give: its
events, its nodes, the Services it calls. Some causes leave no such trail: a notebook's
``KilledWorker`` says nothing of the namespace whose workers the kernel kills; a login
proxy's failed token exchange names a public hostname, not the identity server's Service.
When the engine finds no cause (a healthy verdict) while the lines it read about the scope
show errors (a line at error level or above, an HTTP 5xx), those errors are unexplained:
the analysis reads the wider cluster too (``wider`` in ``retrieval.related``) and diagnoses
again. The second verdict stands only if it is an incident that began no later than the last
unexplained error (a cause comes before its effects; a failure elsewhere that started after
the scope's errors did not cause them). Otherwise the first verdict stands.

Both the analyzer (``analyzer.pipeline``) and the offline replays (``replay_diagnosed``:
``bench/engine_eval.py``, ``loglens train``'s calibration) decide so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from retrieval.packing import Packed
from retrieval.records import Level

from .diagnose import Diagnosis, http_status
from .replay import Replayed, replay

#: a client's failure to reach something: when its lines name nothing it dialled, the
#: verdict blames the client for a server's trouble that nothing it read shows
UNNAMED_DIALS = frozenset({"connection_refused"})


def blames_the_caller(diag: Diagnosis) -> bool:
    """Whether the verdict is a refusal that only the component's own lines carry, none of
    them naming what refused it (``java.net.ConnectException: Connection refused`` under
    "OR case list fetch failed"): some server refused it, and it is not the caller."""
    ext = diag.extraction
    if ext.root_cause_category not in UNNAMED_DIALS or not ext.evidence:
        return False
    by_index = {ln.index: ln for ln in diag.lines}
    evidence = [by_index.get(i) for i in ext.evidence]
    return all(ln is not None and ln.callee is None and not ln.is_event
               and ln.workload == ext.component for ln in evidence)


def unexplained_errors(diag: Diagnosis, packed: Packed) -> int | None:
    """When the last error the engine read and found no cause for was written (ns): with a
    healthy verdict, or one that blames a caller for refusals it names no server of
    (``blames_the_caller``), the newest packed line at error level or above or with an
    HTTP 5xx status; None when the verdict names a cause or no line is an error."""
    if diag.extraction.root_cause_category != "none" and not blames_the_caller(diag):
        return None
    times = [pl.until for pl in packed.lines
             if pl.record.level >= Level.ERROR or (http_status(pl.record.line) or 0) >= 500]
    return max(times, default=None)


def wider_verdict_holds(diag: Diagnosis, packed: Packed, errors_until: int) -> bool:
    """Whether the verdict on the wider reading explains errors written up to
    ``errors_until``: an incident whose first evidence line is no later."""
    if diag.extraction.root_cause_category == "none" or not diag.extraction.evidence:
        return False
    by_index = {pl.index: pl for pl in packed.lines}
    first = min((by_index[i].record.ts for i in diag.extraction.evidence if i in by_index),
                default=None)
    return first is not None and first <= errors_until


def replay_diagnosed(logs: Sequence[Mapping[str, Any]], scope: Mapping[str, Any], *,
                     diagnose: Callable[[Replayed], Diagnosis], question: str | None = None,
                     line_filter: bool = False, **replay_options: Any
                     ) -> tuple[Replayed, Diagnosis, bool]:
    """A golden-format record replayed and diagnosed as the analyzer does it: the scope with
    its related context, then, when its errors go unexplained, the wider cluster (the
    model's reading, ``line_filter``, reads neither). Returns the replay the verdict came
    from, the verdict, and whether it came from the wider reading."""
    rep = replay(logs, scope, question=question, line_filter=line_filter, **replay_options)
    diag = diagnose(rep)
    until = None if line_filter else unexplained_errors(diag, rep.packed)
    if until is None:
        return rep, diag, False
    wide = replay(logs, scope, question=question, wider=True, **replay_options)
    wide_diag = diagnose(wide)
    if wider_verdict_holds(wide_diag, wide.packed, until):
        return wide, wide_diag, True
    return rep, diag, False
