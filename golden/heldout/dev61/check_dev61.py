#!/usr/bin/env python3
"""Sanity checks for dev61.jsonl (reads the file one directory up unless a path is given)."""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = ["none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def parse_ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def main(path):
    errors = []
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                errors.append("line %d: invalid JSON: %s" % (n, exc))
    ids = [r.get("id") for r in recs]
    if len(recs) != 40:
        errors.append("expected 40 records, got %d" % len(recs))
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids: %s" % [i for i, c in collections.Counter(ids).items() if c > 1])
    if sorted(ids) != ["dev61-%03d" % i for i in range(1, 41)]:
        errors.append("ids are not exactly dev61-001..dev61-040")
    sev = collections.Counter()
    cat = collections.Counter()
    comps = collections.Counter()
    for r in recs:
        rid = r.get("id")
        for k in ("id", "source", "logs", "expected"):
            if k not in r:
                errors.append("%s: missing %s" % (rid, k))
        if not str(r.get("source", "")).startswith(("synthetic:", "real:")):
            errors.append("%s: bad source" % rid)
        e = r.get("expected", {})
        s, c = e.get("severity"), e.get("root_cause_category")
        if s not in SEVERITIES:
            errors.append("%s: bad severity %r" % (rid, s))
        if c not in CATEGORIES:
            errors.append("%s: bad category %r" % (rid, c))
        sev[s] += 1
        cat[c] += 1
        logs = r.get("logs", [])
        if not 40 <= len(logs) <= 90:
            errors.append("%s: %d log lines (want roughly 40-80)" % (rid, len(logs)))
        prev = None
        for i, l in enumerate(logs):
            if not TS_RE.match(l.get("ts", "")):
                errors.append("%s: log %d bad ts %r" % (rid, i, l.get("ts")))
                continue
            t = parse_ts(l["ts"])
            if prev is not None and t < prev:
                errors.append("%s: log %d out of time order" % (rid, i))
            prev = t
            if not isinstance(l.get("labels"), dict) or not isinstance(l.get("line"), str):
                errors.append("%s: log %d missing labels/line" % (rid, i))
        ev = e.get("evidence")
        if not isinstance(ev, list):
            errors.append("%s: evidence missing" % rid)
            ev = []
        if len(set(ev)) != len(ev) or ev != sorted(ev):
            errors.append("%s: evidence not sorted/unique" % rid)
        for i in ev:
            if not isinstance(i, int) or not 0 <= i < len(logs):
                errors.append("%s: evidence index %r out of range" % (rid, i))
        if c == "none":
            if ev:
                errors.append("%s: none record must have empty evidence" % rid)
            if s != "INFO":
                errors.append("%s: none record should be INFO" % rid)
            if e.get("component"):
                errors.append("%s: none record should not name a component" % rid)
        else:
            if not ev:
                errors.append("%s: incident without evidence lines" % rid)
            if s == "INFO":
                errors.append("%s: incident with INFO severity" % rid)
            comp = (e.get("component") or "").strip()
            if not comp:
                errors.append("%s: incident without component" % rid)
            elif comp != comp.lower():
                errors.append("%s: component not lower case" % rid)
            else:
                comps[comp] += 1
                if not any(comp in l["line"] or comp in json.dumps(l["labels"]) for l in logs):
                    errors.append("%s: component %r never appears in the logs" % (rid, comp))
        for k in ("root_cause", "summary", "action"):
            if not e.get(k):
                errors.append("%s: expected.%s empty" % (rid, k))
        sel = r.get("selector")
        if sel:
            for i in ev:
                lab = logs[i]["labels"] if 0 <= i < len(logs) else {}
                for key in ("namespace", "app"):
                    if sel.get(key) and lab.get(key) != sel[key]:
                        errors.append("%s: evidence line %d is outside selector %s=%s" % (rid, i, key, sel[key]))
        tags = r.get("tags")
        if not isinstance(tags, list) or not tags or not all(isinstance(t, str) and ":" in t for t in tags):
            errors.append("%s: tags must be a non-empty list of key:value strings" % rid)
    want_sev = {"INFO": 10, "WARN": 10, "ERROR": 10, "CRITICAL": 10}
    if dict(sev) != want_sev:
        errors.append("severity counts %s != %s" % (dict(sev), want_sev))
    if cat["none"] != 10:
        errors.append("expected 10 'none' records, got %d" % cat["none"])
    missing = [c for c in CATEGORIES if c != "none" and cat[c] == 0]
    if missing:
        errors.append("categories not covered: %s" % missing)
    print("records: %d" % len(recs))
    print("severity: " + ", ".join("%s=%d" % (k, sev[k]) for k in SEVERITIES))
    print("category: " + ", ".join("%s=%d" % (k, cat[k]) for k in CATEGORIES))
    print("log lines: min=%d max=%d total=%d" % (min(len(r["logs"]) for r in recs), max(len(r["logs"]) for r in recs), sum(len(r["logs"]) for r in recs)))
    print("components: " + ", ".join("%s" % k for k in sorted(comps)))
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "dev61.jsonl")))
