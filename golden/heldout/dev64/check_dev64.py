#!/usr/bin/env python3
"""Check dev64.jsonl against this set's own invariants (see PLAN.md).

Usage: check_dev64.py [FILE]   (default: dev64.jsonl next to this script, else one above)
Exit status 0 when every check passes.
"""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_dev64  # noqa: E402

SEVERITIES = {"INFO": 9, "WARN": 7, "ERROR": 12, "CRITICAL": 12}
CATEGORIES = {
    "none": 9, "config_error": 3,
    "oom_killed": 2, "application_error": 2, "image_pull": 2, "probe_failure": 2, "scheduling": 2,
    "dns_resolution": 2, "connection_refused": 2, "timeout": 2, "tls_certificate": 2, "auth_failure": 2,
    "resource_exhausted": 2, "storage": 2, "database": 2,
    "rate_limited": 1, "node_failure": 1,
}
TAXONOMY = set(CATEGORIES)
DISTS = {"EKS": 5, "GKE": 5, "AKS": 5, "kubeadm": 5, "OpenShift": 5, "RKE2": 5, "k3s": 5, "Talos": 5}
SOURCES = {"synthetic:dev64-cemetery", "synthetic:dev64-gemlab", "synthetic:dev64-abatement"}
MIN_LINES, MAX_LINES = 30, 90


def parse_ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def main(argv):
    # next to this script, or one directory above it (where DEV64_OUT=up writes it)
    here, up = os.path.join(HERE, "dev64.jsonl"), os.path.join(os.path.dirname(HERE), "dev64.jsonl")
    path = argv[1] if len(argv) > 1 else (here if os.path.exists(here) else up)
    errors = []

    def err(rid, msg):
        errors.append("%s: %s" % (rid, msg))

    with open(path, "rb") as fh:
        raw = fh.read()
    records = [json.loads(l) for l in raw.decode("utf-8").splitlines() if l.strip()]
    built = make_dev64.build()
    meta = {rec["id"]: m for rec, m in built}

    # determinism / up to date
    if make_dev64.serialise(built) != raw:
        err("file", "does not match a fresh build of make_dev64.py (run it again)")
    if make_dev64.serialise(make_dev64.build()) != make_dev64.serialise(built):
        err("file", "two builds differ: generator is not deterministic")

    ids = [r["id"] for r in records]
    want = ["dev64-%03d" % i for i in range(1, 41)]
    if ids != want:
        err("file", "ids are not exactly dev64-001..dev64-040 in order: %s" % ids)

    sev = collections.Counter(r["expected"]["severity"] for r in records)
    cat = collections.Counter(r["expected"]["root_cause_category"] for r in records)
    dist = collections.Counter(meta[r["id"]]["dist"] for r in records if r["id"] in meta)
    if dict(sev) != SEVERITIES:
        err("file", "severity counts %s != %s" % (dict(sev), SEVERITIES))
    if dict(cat) != CATEGORIES:
        err("file", "category counts %s != %s" % (dict(cat), CATEGORIES))
    if len([c for c in cat if c != "none"]) < 12:
        err("file", "fewer than 12 incident categories")
    if dict(dist) != DISTS:
        err("file", "distribution counts %s != %s" % (dict(dist), DISTS))
    if len({meta[i]["domain"] for i in meta}) != 3:
        err("file", "expected three domains")

    # PLAN.md table must agree with the data
    plan = {}
    with open(os.path.join(HERE, "PLAN.md"), encoding="utf-8") as fh:
        for line in fh:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 7 and re.fullmatch(r"\d{3}", cells[0]):
                plan["dev64-" + cells[0]] = (cells[2], cells[3], cells[4], cells[5])
    if len(plan) != 40:
        err("PLAN.md", "table has %d record rows, want 40" % len(plan))
    for r in records:
        e = r["expected"]
        got = (meta[r["id"]]["dist"], e["severity"], e["root_cause_category"], e.get("component") or "—")
        if plan.get(r["id"]) != got:
            err(r["id"], "PLAN.md row %s != data %s" % (plan.get(r["id"]), got))

    total_lines = 0
    for r in records:
        rid = r["id"]
        e = r["expected"]
        logs = r["logs"]
        total_lines += len(logs)
        m = meta.get(rid, {"terms": []})
        if r.get("source") not in SOURCES:
            err(rid, "source %r not one of the neutral domain sources" % r.get("source"))
        c = e["root_cause_category"]
        if c not in TAXONOMY:
            err(rid, "category %r outside taxonomy" % c)
        if c in (r.get("source") or "") or c in (r.get("question") or ""):
            err(rid, "source/question leaks the category")
        if not (MIN_LINES <= len(logs) <= MAX_LINES):
            err(rid, "%d log lines (want %d..%d)" % (len(logs), MIN_LINES, MAX_LINES))
        prev = None
        for i, x in enumerate(logs):
            try:
                t = parse_ts(x["ts"])
            except Exception as ex:  # noqa: BLE001
                err(rid, "line %d: bad ts %r (%s)" % (i, x.get("ts"), ex))
                continue
            if t.tzinfo is None:
                err(rid, "line %d: ts without zone" % i)
            if prev is not None and t < prev:
                err(rid, "line %d: time goes backwards" % i)
            prev = t
            lb = x.get("labels") or {}
            if not (lb.get("namespace") or lb.get("node")):
                err(rid, "line %d: labels carry neither namespace nor node" % i)
            if not isinstance(x.get("line"), str):
                err(rid, "line %d: line is not a string" % i)
        ev = e.get("evidence")
        if c == "none":
            if e["severity"] != "INFO":
                err(rid, "healthy window must be INFO")
            if ev != []:
                err(rid, "healthy window has evidence")
            if "component" in e:
                err(rid, "healthy window has a component")
            continue
        if e["severity"] == "INFO":
            err(rid, "incident with severity INFO")
        if not ev:
            err(rid, "incident without evidence")
            continue
        if ev != sorted(set(ev)):
            err(rid, "evidence not sorted/unique")
        terms = [t.lower() for t in m["terms"]]
        if not terms:
            err(rid, "no cause terms in generator meta")
        for i in ev:
            if not (0 <= i < len(logs)):
                err(rid, "evidence index %d out of range" % i)
                continue
            text = logs[i]["line"].lower()
            if not any(t in text for t in terms):
                err(rid, "evidence line %d mentions none of %s: %s" % (i, m["terms"], logs[i]["line"][:160]))
        comp = (e.get("component") or "").strip().lower()
        if not comp:
            err(rid, "incident without component")
        else:
            hay = " ".join(" ".join(str(v) for v in x["labels"].values()) + " " + x["line"] for x in logs).lower()
            if comp not in hay:
                err(rid, "component %r appears in no label or line" % comp)
            if c != "node_failure" and (re.search(r"-[a-z0-9]{9,10}-[a-z0-9]{5}$", comp) or re.search(r"-\d+$", comp)):
                err(rid, "component %r looks like a pod name, not a workload" % comp)
        for f in ("root_cause", "summary", "action"):
            if not (e.get(f) or "").strip():
                err(rid, "empty %s" % f)

    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("OK: %d records, %d lines" % (len(records), total_lines))
    print("severity:", dict(sorted(sev.items())))
    print("category:", dict(sorted(cat.items())))
    print("distribution:", dict(sorted(dist.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
