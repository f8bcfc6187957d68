#!/usr/bin/env python3
"""Checker for the dev38 set: asserts the composition claims of README-dev38.md.

Standard library only.  Run:  python3 check_dev38.py
Exit status 0 and a summary on success; an AssertionError naming the record otherwise.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "dev38.jsonl")
GEN = os.path.join(HERE, "make_dev38.py")

SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = ["oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate",
              "auth_failure", "config_error", "resource_exhausted", "storage", "database",
              "rate_limited", "node_failure"]
THEMES = ["bakery", "mobility", "tolling"]
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
PLACEHOLDER_RE = re.compile(r"@(ISO6OFF|ISOOFF|ISO6|ISOS|ISO|RMQ|SYS|KLOG|HMS|EPOCH|CAS|PG|FPM|LARA|CLF|HAP|RAILSAT|RAILS|DOCKER|NGINX)@")

# Claimed composition (README-dev38.md)
CLAIM = {
    "records": 40, "healthy": 12, "WARN": 10, "ERROR": 10, "CRITICAL": 8,
    "k8s": 28, "plain": 12, "min_two_sev_categories": 10, "min_cause_under_half": 18,
    "lines_min": 12, "lines_max": 35, "evidence_min": 1, "evidence_max": 6,
    # exact figures quoted in README-dev38.md
    "exact_total_lines": 753, "exact_lines_range": (14, 25), "exact_cause_under_half": 20,
    "exact_cause_writes_nothing": 2, "exact_two_sev_categories": 12,
    "exact_themes": {"bakery": 13, "mobility": 14, "tolling": 13},
    "exact_selectors": {"namespace": 24, "app": 2, "pod": 1, "none": 1, "plain:none": 12},
}


def ts_seconds(ts):
    # Only 'Z' timestamps are produced; parse without datetime/tz to stay locale/TZ free.
    date, rest = ts.split("T")
    y, mo, d = (int(x) for x in date.split("-"))
    hms = rest.rstrip("Z")
    h, mi, s = hms.split(":")
    # days from civil (proleptic Gregorian)
    yy = y - (mo <= 2)
    era = (yy if yy >= 0 else yy - 399) // 400
    yoe = yy - era * 400
    doy = (153 * (mo + (-3 if mo > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return days * 86400 + int(h) * 3600 + int(mi) * 60 + float(s)


def is_k8s(rec):
    return any("namespace" in ln["labels"] for ln in rec["logs"])


def written_by(labels, comp):
    """True when the line was emitted by the component itself (not by its callers/platform)."""
    if labels.get("app") == comp:
        return True
    pod = labels.get("pod", "")
    if pod == comp or (pod.startswith(comp + "-") and "namespace" in labels):
        return True
    if labels.get("compose_service") == comp:
        return True
    unit = labels.get("unit", "")
    if unit == comp or unit.startswith(comp + "."):
        return True
    if labels.get("host") == comp:
        return True
    return False


def load(path):
    with open(path, "rb") as f:
        raw = f.read()
    recs = [json.loads(l) for l in raw.decode("utf-8").splitlines() if l.strip()]
    return raw, recs


def check_records(recs):
    assert len(recs) == CLAIM["records"], "expected %d records, got %d" % (CLAIM["records"], len(recs))
    ids = [r["id"] for r in recs]
    assert ids == ["dev38-%03d" % i for i in range(1, 41)], "ids must be dev38-001..dev38-040 in order"

    sev = Counter()
    cat_sev = defaultdict(set)
    theme = Counter()
    k8s = plain = 0
    selectors = Counter()
    under_half = []
    total_lines = 0
    per_rec_lines = []

    for r in recs:
        rid = r["id"]
        src = r["source"]
        m = re.match(r"^synthetic:dev38-(\w+)$", src)
        assert m and m.group(1) in THEMES, "%s: bad source %r" % (rid, src)
        theme[m.group(1)] += 1
        assert isinstance(r.get("question"), str) and r["question"].strip(), "%s: question missing" % rid

        logs = r["logs"]
        n = len(logs)
        per_rec_lines.append(n)
        total_lines += n
        assert CLAIM["lines_min"] <= n <= CLAIM["lines_max"], "%s: %d lines" % (rid, n)
        prev = None
        first = last = None
        for i, ln in enumerate(logs):
            ts = ln["ts"]
            assert TS_RE.match(ts) and ts.endswith("Z"), "%s[%d]: bad ts %r" % (rid, i, ts)
            t = ts_seconds(ts)
            assert prev is None or t >= prev, "%s[%d]: out of time order" % (rid, i)
            prev = t
            first = t if first is None else first
            last = t
            assert isinstance(ln["labels"], dict) and ln["labels"], "%s[%d]: labels" % (rid, i)
            assert isinstance(ln["line"], str) and ln["line"], "%s[%d]: empty line" % (rid, i)
            assert not PLACEHOLDER_RE.search(ln["line"]), "%s[%d]: unreplaced placeholder" % (rid, i)
        assert last - first <= 3600, "%s: window longer than one hour" % rid

        if is_k8s(r):
            k8s += 1
            sel = r.get("selector") or {}
            kinds = [k for k in ("namespace", "pod", "app") if sel.get(k)]
            selectors["+".join(kinds) if kinds else "none"] += 1
        else:
            plain += 1
            selectors["plain:" + ("none" if not r.get("selector") else "set")] += 1

        e = r["expected"]
        s, c = e["severity"], e["root_cause_category"]
        assert s in SEVERITIES, "%s: severity %r" % (rid, s)
        assert c == "none" or c in CATEGORIES, "%s: category %r" % (rid, c)
        ev = e["evidence"]
        assert all(isinstance(x, int) and 0 <= x < n for x in ev), "%s: evidence out of range" % rid
        assert len(set(ev)) == len(ev) and ev == sorted(ev), "%s: evidence not sorted/unique" % rid
        for k in ("root_cause", "summary", "action"):
            assert isinstance(e.get(k), str) and e[k].strip(), "%s: %s missing" % (rid, k)

        if s == "INFO":
            assert c == "none", "%s: healthy window must be category none" % rid
            assert ev == [], "%s: healthy window must have empty evidence" % rid
            assert "component" not in e, "%s: healthy window carries no component" % rid
            sev["healthy"] += 1
            continue

        assert c != "none", "%s: incident with category none" % rid
        sev[s] += 1
        cat_sev[c].add(s)
        assert CLAIM["evidence_min"] <= len(ev) <= CLAIM["evidence_max"], "%s: %d evidence lines" % (rid, len(ev))
        comp = e.get("component")
        assert isinstance(comp, str) and comp == comp.strip() and comp, "%s: component" % rid
        spelled = any(comp in str(v) for ln in logs for v in ln["labels"].values()) or \
            any(comp in ln["line"] for ln in logs)
        assert spelled, "%s: component %r not spelled as in the window" % (rid, comp)
        own = sum(1 for ln in logs if written_by(ln["labels"], comp))
        if own * 2 < n:
            under_half.append((rid, own, n))

    assert sev["healthy"] == CLAIM["healthy"], "healthy %d" % sev["healthy"]
    for s in ("WARN", "ERROR", "CRITICAL"):
        assert sev[s] == CLAIM[s], "%s count %d != %d" % (s, sev[s], CLAIM[s])
    missing = [c for c in CATEGORIES if c not in cat_sev]
    assert not missing, "categories not covered: %s" % missing
    two = sorted(c for c in cat_sev if len(cat_sev[c]) >= 2)
    assert len(two) >= CLAIM["min_two_sev_categories"], "only %d categories at two severities" % len(two)
    assert k8s == CLAIM["k8s"] and plain == CLAIM["plain"], "k8s=%d plain=%d" % (k8s, plain)
    assert len(under_half) >= CLAIM["min_cause_under_half"], "cause component under half in only %d" % len(under_half)
    for t in THEMES:
        assert 12 <= theme[t] <= 15, "theme %s has %d records" % (t, theme[t])
    assert dict(theme) == CLAIM["exact_themes"], "themes %s" % dict(theme)
    assert total_lines == CLAIM["exact_total_lines"], "total lines %d" % total_lines
    assert (min(per_rec_lines), max(per_rec_lines)) == CLAIM["exact_lines_range"], "line range"
    assert len(under_half) == CLAIM["exact_cause_under_half"], "under half %d" % len(under_half)
    assert sum(1 for _, own, _ in under_half if own == 0) == CLAIM["exact_cause_writes_nothing"], "writes-nothing count"
    assert len(two) == CLAIM["exact_two_sev_categories"], "two-severity categories %d" % len(two)
    assert dict(selectors) == CLAIM["exact_selectors"], "selectors %s" % dict(selectors)

    return {
        "severity": dict(sev), "themes": dict(theme), "k8s": k8s, "plain": plain,
        "selectors": dict(sorted(selectors.items())),
        "categories_covered": len(cat_sev), "two_severity_categories": two,
        "cause_component_under_half": len(under_half),
        "total_lines": total_lines, "lines_min": min(per_rec_lines), "lines_max": max(per_rec_lines),
    }


def check_determinism(shipped):
    outs = []
    envs = [
        {"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C"},
        {"PYTHONHASHSEED": "4242", "TZ": "Pacific/Chatham", "LC_ALL": "C.UTF-8"},
        {"PYTHONHASHSEED": "random", "TZ": "America/St_Johns", "LANG": "de_DE.UTF-8"},
    ]
    for i, extra in enumerate(envs):
        d = tempfile.mkdtemp(prefix="dev38-det-%d-" % i)
        try:
            shutil.copy2(GEN, os.path.join(d, "make_dev38.py"))
            env = dict(os.environ)
            env.update(extra)
            subprocess.run([sys.executable, os.path.join(d, "make_dev38.py")], cwd=d, env=env,
                           check=True, stdout=subprocess.DEVNULL)
            with open(os.path.join(d, "dev38.jsonl"), "rb") as f:
                outs.append(f.read())
        finally:
            shutil.rmtree(d)
    for i, o in enumerate(outs):
        assert o == outs[0], "run %d differs from run 0" % i
    assert outs[0] == shipped, "regenerated file differs from the shipped dev38.jsonl"
    return hashlib.sha256(shipped).hexdigest()


def main():
    raw, recs = load(DATA)
    summary = check_records(recs)
    summary["sha256"] = check_determinism(raw)
    summary["deterministic_runs"] = 3
    print(json.dumps(summary, indent=2, sort_keys=True))
    print("check_dev38: OK")


if __name__ == "__main__":
    main()
