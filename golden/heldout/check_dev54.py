#!/usr/bin/env python3
"""Checks dev54.jsonl + dev54.tags.json against the dev54 brief (stdlib only)."""
import collections
import datetime
import json
import os
import sys

D = os.path.dirname(os.path.abspath(__file__))
CATS = ["oom_killed", "application_error", "image_pull", "probe_failure", "scheduling", "dns_resolution",
        "connection_refused", "timeout", "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
        "storage", "database", "rate_limited", "node_failure"]
TAGS = {"quiet-cause": 9, "nested-cause": 9, "healthy-lookalike": 6, "outside-selector": 10}
LABEL_KEYS = ("namespace", "app", "pod", "container", "node")

recs = [json.loads(l) for l in open(os.path.join(D, "dev54.jsonl"), encoding="utf-8")]
tags = json.load(open(os.path.join(D, "dev54.tags.json"), encoding="utf-8"))
fail = []


def check(cond, msg):
    if not cond:
        fail.append(msg)


def ts(s):
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))


check(len(recs) == 40, "expected 40 records, got %d" % len(recs))
ids = [r["id"] for r in recs]
check(sorted(ids) == ["dev54-%03d" % i for i in range(1, 41)], "ids must be dev54-001..dev54-040")
check(set(tags) == set(ids), "tags file must have exactly the record ids")
sev = collections.Counter(r["expected"]["severity"] for r in recs)
check(sev == {"INFO": 10, "WARN": 10, "ERROR": 10, "CRITICAL": 10}, "severity counts %s" % dict(sev))
cats = collections.Counter(r["expected"]["root_cause_category"] for r in recs)
check(cats["none"] == 10, "need 10 'none' records")
for c in CATS:
    check(cats[c] >= 1, "category %s not covered" % c)
check(set(cats) <= set(CATS) | {"none"}, "unknown category %s" % (set(cats) - set(CATS) - {"none"}))
for r in recs:
    e = r["expected"]
    rid = r["id"]
    check(r["source"] == "synthetic:dev54", rid + " source")
    check(10 <= len(r["logs"]) <= 14, rid + " has %d log lines" % len(r["logs"]))
    if e["root_cause_category"] == "none":
        check(e["severity"] == "INFO" and e["evidence"] == [] and e["component"] is None, rid + " healthy record fields")
    else:
        check(e["severity"] != "INFO" and e["evidence"] and e["component"], rid + " incident fields")
    check(all(0 <= i < len(r["logs"]) for i in e["evidence"]), rid + " evidence index out of range")
    times = [ts(l["ts"]) for l in r["logs"]]
    check(times == sorted(times), rid + " logs not in time order")
    for l in r["logs"]:
        lab = l["labels"]
        if lab.get("job") in ("kubernetes-events", "systemd-journal"):
            check("app" in lab and ("namespace" in lab or "node" in lab), rid + " event/journal labels")
        else:
            check(all(lab.get(k) for k in LABEL_KEYS), rid + " workload line missing labels %s" % lab)
    for t in tags[rid]:
        check(t in TAGS, rid + " unknown tag " + t)
    if "outside-selector" in tags[rid]:
        sel = r.get("selector") or {}
        def inside(lab):
            return all(lab.get(k) == v for k, v in sel.items() if v is not None)
        check(any(not inside(r["logs"][i]["labels"]) for i in e["evidence"]),
              rid + " outside-selector but every evidence line matches the selector")
    if "healthy-lookalike" in tags[rid]:
        check(e["root_cause_category"] == "none", rid + " healthy-lookalike on an incident")
tagc = collections.Counter(t for v in tags.values() for t in v)
for t, m in TAGS.items():
    check(tagc[t] >= m, "tag %s: %d < %d" % (t, tagc[t], m))
# shuffled ids: the id order must not follow severity/category blocks
seq = [r["expected"]["severity"] for r in sorted(recs, key=lambda r: r["id"])]
runs = 1 + sum(1 for a, b in zip(seq, seq[1:]) if a != b)
check(runs >= 15, "ids look unshuffled (only %d severity runs in id order)" % runs)
first10 = collections.Counter(seq[:10])
check(max(first10.values()) < 10, "first ten ids share one severity")

print("records: %d" % len(recs))
print("severity: " + ", ".join("%s=%d" % (k, sev[k]) for k in ("INFO", "WARN", "ERROR", "CRITICAL")))
print("categories (%d non-none covered): " % sum(1 for c in CATS if cats[c]) + ", ".join("%s=%d" % (c, cats[c]) for c in ["none"] + CATS))
print("tags: " + ", ".join("%s=%d (min %d)" % (t, tagc[t], m) for t, m in TAGS.items()))
print("severity runs in id order: %d" % runs)
print("log lines per record: min %d max %d total %d" % (min(len(r["logs"]) for r in recs), max(len(r["logs"]) for r in recs), sum(len(r["logs"]) for r in recs)))
if fail:
    print("FAIL (%d):" % len(fail))
    for f in fail:
        print("  - " + f)
    sys.exit(1)
print("OK: all dev54 checks passed")
