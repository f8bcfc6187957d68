#!/usr/bin/env python3
"""Checker for /tmp/dev50/dev50.jsonl (golden format v1). Exits non-zero on any failure."""
import collections
import hashlib
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "dev50.jsonl")
TAGS = os.path.join(HERE, "dev50.tags.json")

SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = ["none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]
EXPECTED_TOTAL = 40
PER_SEVERITY = 10
MIN_LINES, MAX_LINES = 8, 25
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ID_RE = re.compile(r"^(aw|ds|bw)-(info|warn|err|crit)-[a-z0-9-]+$")
SEV_OF_ID = {"info": "INFO", "warn": "WARN", "err": "ERROR", "crit": "CRITICAL"}

errors = []


def fail(msg):
    errors.append(msg)


def parse_ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def main():
    raw = open(PATH, "rb").read()
    sha = hashlib.sha256(raw).hexdigest()
    recs = []
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            fail("line %d: blank line in JSONL" % n)
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            fail("line %d: invalid JSON: %s" % (n, e))

    if len(recs) != EXPECTED_TOTAL:
        fail("expected %d records, found %d" % (EXPECTED_TOTAL, len(recs)))

    ids = collections.Counter(r.get("id") for r in recs)
    for i, c in ids.items():
        if c > 1:
            fail("duplicate id %s" % i)

    sev_count = collections.Counter()
    cat_count = collections.Counter()
    sev_cat = collections.Counter()
    total_lines = 0
    k8s = host = 0

    for r in recs:
        rid = r.get("id", "?")
        for key in ("id", "source", "logs", "expected"):
            if key not in r:
                fail("%s: missing key %s" % (rid, key))
        if not ID_RE.match(rid):
            fail("%s: id does not follow <org>-<sev>-<slug>" % rid)
        src = r.get("source", "")
        if not re.match(r"^(synthetic|real):\S+$", src):
            fail("%s: bad source %r" % (rid, src))
        sel = r.get("selector")
        if sel is not None:
            if set(sel) - {"namespace", "pod", "container", "node", "app"}:
                fail("%s: unexpected selector keys %s" % (rid, sorted(sel)))
        logs = r.get("logs", [])
        exp = r.get("expected", {})
        n = len(logs)
        total_lines += n
        if not (MIN_LINES <= n <= MAX_LINES):
            fail("%s: %d log lines, outside %d-%d" % (rid, n, MIN_LINES, MAX_LINES))

        prev = None
        is_k8s = False
        for j, entry in enumerate(logs):
            ts = entry.get("ts", "")
            if not RFC3339.match(ts):
                fail("%s: logs[%d] ts %r is not RFC 3339 with a zone" % (rid, j, ts))
                continue
            t = parse_ts(ts)
            if prev is not None and t < prev:
                fail("%s: logs[%d] ts %s earlier than previous line" % (rid, j, ts))
            prev = t
            if not isinstance(entry.get("labels"), dict):
                fail("%s: logs[%d] labels missing or not an object" % (rid, j))
            elif "namespace" in entry["labels"] or entry["labels"].get("job") == "systemd-journal":
                is_k8s = True
            line = entry.get("line")
            if not isinstance(line, str) or not line.strip():
                fail("%s: logs[%d] empty line" % (rid, j))
            elif re.search(r"%[A-Z][A-Z0-9]*%", line):
                fail("%s: logs[%d] contains an unrendered timestamp token" % (rid, j))
        if is_k8s:
            k8s += 1
        else:
            host += 1

        sev = exp.get("severity")
        cat = exp.get("root_cause_category")
        comp = exp.get("component")
        ev = exp.get("evidence")
        if sev not in SEVERITIES:
            fail("%s: bad severity %r" % (rid, sev))
        if cat not in CATEGORIES:
            fail("%s: bad category %r" % (rid, cat))
        m = ID_RE.match(rid)
        if m and SEV_OF_ID[m.group(2)] != sev:
            fail("%s: id says %s but severity is %s" % (rid, m.group(2), sev))
        if (sev == "INFO") != (cat == "none"):
            fail("%s: INFO must go with category none and vice versa (%s/%s)" % (rid, sev, cat))
        for key in ("root_cause", "summary", "action"):
            if not isinstance(exp.get(key), str) or not exp[key].strip():
                fail("%s: expected.%s missing/empty" % (rid, key))
        if not isinstance(comp, str) or not comp.strip():
            fail("%s: component missing" % rid)
        else:
            blob = json.dumps(logs).lower()
            if comp.strip().lower() not in blob:
                fail("%s: component %r never appears in the record's lines or labels" % (rid, comp))
        if not isinstance(ev, list):
            fail("%s: evidence is not a list" % rid)
            ev = []
        if cat == "none" and ev:
            fail("%s: evidence must be empty for none" % rid)
        if cat not in (None, "none") and not ev:
            fail("%s: incident without evidence" % rid)
        if ev != sorted(set(ev)):
            fail("%s: evidence indices not sorted/unique: %s" % (rid, ev))
        for k in ev:
            if not isinstance(k, int) or not (0 <= k < n):
                fail("%s: evidence index %r out of range (0..%d)" % (rid, k, n - 1))
            elif not logs[k].get("line", "").strip():
                fail("%s: evidence index %d points at an empty line" % (rid, k))
        sev_count[sev] += 1
        cat_count[cat] += 1
        sev_cat[(sev, cat)] += 1

    for s in SEVERITIES:
        if sev_count[s] != PER_SEVERITY:
            fail("severity %s: %d records, expected %d" % (s, sev_count[s], PER_SEVERITY))
    for c in CATEGORIES:
        if cat_count[c] == 0:
            fail("category %s not covered" % c)

    tags = {}
    if os.path.exists(TAGS):
        tags = json.load(open(TAGS))
        for kind in ("quiet_cause", "nested_cause"):
            lst = tags.get(kind, [])
            for i in lst:
                if i not in ids:
                    fail("%s tag names unknown id %s" % (kind, i))
            if not (7 <= len(lst) <= 11):
                fail("%s: %d records tagged, expected about 9" % (kind, len(lst)))
        if set(tags.get("quiet_cause", [])) & set(tags.get("nested_cause", [])):
            fail("a record is tagged both quiet_cause and nested_cause")
    else:
        fail("missing %s" % TAGS)

    print("file: %s" % PATH)
    print("sha256: %s" % sha)
    print("records: %d   total log lines: %d   (min %d, max %d per record)" % (
        len(recs), total_lines, min(len(r["logs"]) for r in recs) if recs else 0,
        max(len(r["logs"]) for r in recs) if recs else 0))
    print("kubernetes windows: %d   plain-host windows: %d" % (k8s, host))
    print("per severity: " + ", ".join("%s=%d" % (s, sev_count[s]) for s in SEVERITIES))
    print("per category:")
    for c in CATEGORIES:
        by = ", ".join("%s:%d" % (s, sev_cat[(s, c)]) for s in SEVERITIES if sev_cat[(s, c)])
        print("  %-20s %2d  (%s)" % (c, cat_count[c], by))
    print("quiet-cause: %d   nested-cause: %d" % (len(tags.get("quiet_cause", [])), len(tags.get("nested_cause", []))))
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
