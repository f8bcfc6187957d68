#!/usr/bin/env python3
"""Invariant checker for dev46.jsonl (standard library only).

Usage: python3 check_dev46.py [path/to/dev46.jsonl]
Exit code 0 when every invariant holds, 1 otherwise (all failures are listed).
"""
import collections
import json
import os
import re
import sys
from datetime import datetime

SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = [
    "none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
]
EXPECTED_SEVERITY_MIX = {"INFO": 12, "WARN": 10, "ERROR": 10, "CRITICAL": 8}
EXPECTED_RECORDS = 40
EXPECTED_K8S, EXPECTED_HOST = 30, 10
EXPECTED_QUIET = 8
LINES_PER_RECORD = (10, 30)
TOTAL_LINES = (650, 750)
DOMAINS = ("cafe", "tv", "art")
MIN_PER_DOMAIN = 12
MAX_WINDOW_SECONDS = 2 * 3600

ID_RE = re.compile(r"^dev46-(cafe|tv|art)-\d{2}$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")
PLACEHOLDER_RE = re.compile(r"@[A-Z0-9]{2,}@")
LOUD_RE = re.compile(r"(error|fail|refused|timed out|timeout|unavailable|503|504|502|500|alarm|stalled|frozen|"
                     r"eai_again|unknownhost|not resolve|name resolution|read-only|exception)", re.I)
SELECTOR_KEYS = {"namespace", "pod", "container", "node", "app"}
EXPECTED_KEYS = ["severity", "root_cause_category", "component", "root_cause", "summary", "action", "evidence"]

failures = []


def fail(msg):
    failures.append(msg)


def parse_ts(ts):
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def source_key(labels):
    """Which workload/host wrote a line: pod, else host/node + unit/program/transport, else job."""
    if labels.get("pod"):
        return "pod:" + labels["pod"]
    where = labels.get("host") or labels.get("node") or ""
    what = labels.get("unit") or labels.get("program") or labels.get("transport") or labels.get("filename") or ""
    if where:
        return "%s:%s" % (where, what)
    return "job:%s:%s" % (labels.get("job", ""), labels.get("namespace", ""))


def environment(rec):
    labels = [l["labels"] for l in rec["logs"]]
    k8s = any("namespace" in lb for lb in labels)
    host = all("host" in lb and "namespace" not in lb and "node" not in lb for lb in labels)
    if k8s and not any("host" in lb for lb in labels):
        return "kubernetes"
    if host:
        return "host"
    return "mixed"


def check_record(rec, n):
    rid = rec.get("id", "<line %d>" % n)
    for key in ("id", "source", "logs", "expected"):
        if key not in rec:
            fail("%s: missing key %s" % (rid, key))
            return None
    if not ID_RE.match(rid):
        fail("%s: id does not match dev46-(cafe|tv|art)-NN" % rid)
    src = rec["source"]
    if not (isinstance(src, str) and (src.startswith("synthetic:") or src.startswith("real:"))):
        fail("%s: bad source %r" % (rid, src))
    sel = rec.get("selector")
    if sel is not None:
        if not isinstance(sel, dict) or set(sel) - SELECTOR_KEYS:
            fail("%s: selector has unexpected shape/keys" % rid)
    q = rec.get("question")
    exp = rec["expected"]
    for key in EXPECTED_KEYS:
        if key not in exp:
            fail("%s: expected.%s missing" % (rid, key))
            return None
    sev, cat, comp, evidence = exp["severity"], exp["root_cause_category"], exp["component"], exp["evidence"]
    if sev not in SEVERITIES:
        fail("%s: severity %r not in enum" % (rid, sev))
    if cat not in CATEGORIES:
        fail("%s: category %r not in closed taxonomy" % (rid, cat))
    if q and cat != "none" and cat in q:
        fail("%s: question names the category literally" % rid)
    for key in ("root_cause", "summary", "action"):
        if not isinstance(exp[key], str) or len(exp[key].strip()) < 10:
            fail("%s: expected.%s empty or too short" % (rid, key))
    if not isinstance(comp, str) or not comp.strip():
        fail("%s: component empty" % rid)

    logs = rec["logs"]
    if not isinstance(logs, list) or not logs:
        fail("%s: logs empty" % rid)
        return None
    if not (LINES_PER_RECORD[0] <= len(logs) <= LINES_PER_RECORD[1]):
        fail("%s: %d lines, outside %s" % (rid, len(logs), LINES_PER_RECORD))
    prev = None
    first = None
    lines = []
    for i, entry in enumerate(logs):
        for key in ("ts", "labels", "line"):
            if key not in entry:
                fail("%s: logs[%d] missing %s" % (rid, i, key))
        ts, labels, line = entry.get("ts", ""), entry.get("labels", {}), entry.get("line", "")
        if not TS_RE.match(ts):
            fail("%s: logs[%d].ts %r is not RFC 3339 with zone" % (rid, i, ts))
            continue
        t = parse_ts(ts)
        first = first or t
        if prev is not None and t < prev:
            fail("%s: logs[%d] out of time order" % (rid, i))
        prev = t
        if not isinstance(labels, dict) or not labels or not all(isinstance(v, str) and v for v in labels.values()):
            fail("%s: logs[%d] labels must be a non-empty dict of non-empty strings" % (rid, i))
        if not isinstance(line, str):
            fail("%s: logs[%d] line not a string" % (rid, i))
            line = str(line)
        if PLACEHOLDER_RE.search(line):
            fail("%s: logs[%d] has an unrendered placeholder: %s" % (rid, i, PLACEHOLDER_RE.search(line).group(0)))
        lines.append(line)
    if first and prev and (prev - first).total_seconds() > MAX_WINDOW_SECONDS:
        fail("%s: window longer than %ds" % (rid, MAX_WINDOW_SECONDS))

    # evidence
    if not isinstance(evidence, list) or not all(isinstance(i, int) for i in evidence):
        fail("%s: evidence must be a list of ints" % rid)
        evidence = []
    if evidence != sorted(set(evidence)):
        fail("%s: evidence indices not sorted/unique" % rid)
    for i in evidence:
        if not (0 <= i < len(logs)):
            fail("%s: evidence index %d out of range" % (rid, i))
            continue
        text = logs[i]["line"]
        if not text.strip():
            fail("%s: evidence line %d is blank" % (rid, i))
        if text not in lines:
            fail("%s: evidence line %d does not appear verbatim in the record's lines" % (rid, i))
        if text.startswith((" ", "\t")):
            fail("%s: evidence line %d is a continuation/stack frame, not a log statement" % (rid, i))
    if cat == "none":
        if evidence:
            fail("%s: category none must have empty evidence" % rid)
        if sev != "INFO":
            fail("%s: category none must be INFO (healthy windows)" % rid)
    else:
        if not evidence:
            fail("%s: incident without evidence" % rid)
        if sev == "INFO":
            fail("%s: incident graded INFO" % rid)

    # the component must be something visible in the window (label value or log text)
    haystack = " ".join(lines).lower() + " " + " ".join(v.lower() for e in logs for v in e["labels"].values())
    if comp.strip().lower() not in haystack:
        fail("%s: component %r does not appear in the window" % (rid, comp))

    env = environment(rec)
    if env == "mixed":
        fail("%s: mixes Kubernetes and plain-host labels" % rid)

    # quiet cause: root-cause lines come from a different workload/host than the loud callers
    quiet = exp.get("quiet_cause", False)
    if quiet:
        if cat == "none":
            fail("%s: quiet_cause on a healthy record" % rid)
        ev_sources = {source_key(logs[i]["labels"]) for i in evidence if 0 <= i < len(logs)}
        loud = collections.Counter(source_key(e["labels"]) for j, e in enumerate(logs)
                                   if j not in evidence and LOUD_RE.search(e["line"]))
        loud_outside = sum(c for s, c in loud.items() if s not in ev_sources)
        if loud_outside < 5 or loud_outside < 2 * len(evidence):
            fail("%s: quiet_cause but only %d loud caller lines vs %d evidence lines" % (rid, loud_outside, len(evidence)))
        if loud and loud.most_common(1)[0][0] in ev_sources:
            fail("%s: quiet_cause but the loudest source is the root-cause source" % rid)
    return {"id": rid, "severity": sev, "category": cat, "env": env, "lines": len(logs), "quiet": bool(quiet),
            "domain": rid.split("-")[1] if ID_RE.match(rid) else "?"}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev46.jsonl")
    raw = open(path, encoding="utf-8").read()
    if not raw.endswith("\n"):
        fail("file does not end with a newline")
    recs = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            fail("blank line %d" % n)
            continue
        try:
            recs.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            fail("line %d: invalid JSON: %s" % (n, exc))
    if len(recs) != EXPECTED_RECORDS:
        fail("expected %d records, found %d" % (EXPECTED_RECORDS, len(recs)))
    ids = [r.get("id") for _, r in recs]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup:
        fail("duplicate ids: %s" % dup)

    rows = [row for row in (check_record(r, n) for n, r in recs) if row]
    sev = collections.Counter(r["severity"] for r in rows)
    cat = collections.Counter(r["category"] for r in rows)
    env = collections.Counter(r["env"] for r in rows)
    dom = collections.Counter(r["domain"] for r in rows)
    total = sum(r["lines"] for r in rows)
    quiet = sum(r["quiet"] for r in rows)

    if dict(sev) != EXPECTED_SEVERITY_MIX:
        fail("severity mix %s != %s" % (dict(sev), EXPECTED_SEVERITY_MIX))
    missing = [c for c in CATEGORIES if c != "none" and cat[c] == 0]
    if missing:
        fail("categories never used by an incident: %s" % missing)
    if env["kubernetes"] != EXPECTED_K8S or env["host"] != EXPECTED_HOST:
        fail("environments %s, expected %d kubernetes / %d host" % (dict(env), EXPECTED_K8S, EXPECTED_HOST))
    for d in DOMAINS:
        if dom[d] < MIN_PER_DOMAIN:
            fail("domain %s has only %d records" % (d, dom[d]))
    if not (TOTAL_LINES[0] <= total <= TOTAL_LINES[1]):
        fail("total lines %d outside %s" % (total, TOTAL_LINES))
    if quiet != EXPECTED_QUIET:
        fail("quiet-cause incidents %d, expected %d" % (quiet, EXPECTED_QUIET))

    print("records=%d lines=%d kubernetes=%d host=%d quiet_cause=%d" % (len(rows), total, env["kubernetes"], env["host"], quiet))
    print("severity: " + ", ".join("%s=%d" % (s, sev[s]) for s in SEVERITIES))
    print("domains: " + ", ".join("%s=%d" % (d, dom[d]) for d in DOMAINS))
    print("categories: " + ", ".join("%s=%d" % (c, cat[c]) for c in CATEGORIES))
    if failures:
        print("FAIL (%d problems)" % len(failures))
        for f in failures:
            print("  - " + f)
        return 1
    print("OK: all invariants hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
