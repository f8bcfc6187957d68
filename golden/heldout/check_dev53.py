#!/usr/bin/env python3
"""Check dev53.jsonl / dev53.tags.json against the dev53 brief. Standard library only."""
import collections
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JSONL = os.path.join(HERE, "dev53.jsonl")
TAGS = os.path.join(HERE, "dev53.tags.json")

SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
INCIDENT_CATS = ["oom_killed", "application_error", "image_pull", "probe_failure", "scheduling", "dns_resolution",
                 "connection_refused", "timeout", "tls_certificate", "auth_failure", "config_error",
                 "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]
TAG_MIN = {"quiet-cause": 9, "nested": 9, "look-alike": 6, "outside-selector": 10}
DOMAINS = {"water": "water-", "library": "lib-", "wind": "wind-"}
NESTED_MARK = re.compile(r"(^\s+at |--->|Caused by|Called from|Raised (at|by)|stacktrace:|panic:|^DETAIL:|"
                         r"Error making API request|HttpRequestError|Request to <|failed to pull and unpack|"
                         r"^/\S+\.zig:\d+|let assert)")
NOISY = re.compile(r"(?i)(error|fail|timed out|timeout|down|revoked|killing|retry|retrying|40001|\b40[134]\b|"
                   r"disrupt|lame duck|warning|warn|probe)")
TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")

errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def parse_ts(ts):
    return _dt.datetime.fromisoformat(ts.replace("Z", "+00:00"))


def main():
    with open(JSONL, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    with open(TAGS, encoding="utf-8") as fh:
        tags = json.load(fh)

    check(len(recs) == 40, "expected 40 records, got %d" % len(recs))
    ids = [r["id"] for r in recs]
    check(ids == ["dev53-%03d" % i for i in range(1, 41)], "ids must be dev53-001..dev53-040 in order")
    check(set(tags) == set(ids), "tags file must have exactly the record ids as keys")

    sev_c, cat_c, dom_c, tag_c = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for r in recs:
        rid = r["id"]
        e = r["expected"]
        sev, cat = e.get("severity"), e.get("root_cause_category")
        sev_c[sev] += 1
        cat_c[cat] += 1
        check(r.get("source") == "synthetic:dev53", "%s: source" % rid)
        check(sev in SEVERITIES, "%s: severity %r" % (rid, sev))
        sel = r.get("selector") or {}
        for k in ("namespace", "pod", "container", "node", "app"):
            check(k in sel, "%s: selector lacks %s" % (rid, k))
        ns = sel.get("namespace") or ""
        doms = [d for d, pre in DOMAINS.items() if ns.startswith(pre)]
        check(len(doms) == 1, "%s: selector namespace %r is not in a dev53 domain" % (rid, ns))
        if doms:
            dom_c[doms[0]] += 1
        logs = r["logs"]
        check(10 <= len(logs) <= 20, "%s: %d log lines" % (rid, len(logs)))
        prev = None
        for i, lg in enumerate(logs):
            check(bool(TS_RE.match(lg["ts"])), "%s[%d]: ts %r" % (rid, i, lg["ts"]))
            t = parse_ts(lg["ts"])
            check(t.tzinfo is not None, "%s[%d]: ts without zone" % (rid, i))
            if prev is not None:
                check(t > prev, "%s[%d]: timestamps not strictly increasing" % (rid, i))
            prev = t
            lab = lg.get("labels") or {}
            check(bool(lab) and ("namespace" in lab or "node" in lab), "%s[%d]: missing Kubernetes labels" % (rid, i))
            check(isinstance(lg.get("line"), str) and lg["line"].strip() != "", "%s[%d]: empty line" % (rid, i))
            check("\u00a7" not in lg["line"], "%s[%d]: unrendered token" % (rid, i))
        ev = e.get("evidence")
        check(isinstance(ev, list), "%s: evidence not a list" % rid)
        ev = ev or []
        check(ev == sorted(set(ev)), "%s: evidence not sorted/unique" % rid)
        check(all(isinstance(x, int) and 0 <= x < len(logs) for x in ev), "%s: evidence index out of range" % rid)
        if sev == "INFO":
            check(cat == "none", "%s: INFO must be category none" % rid)
            check("component" not in e, "%s: INFO must not carry a component" % rid)
            check(ev == [], "%s: INFO must have empty evidence" % rid)
            check(any(NOISY.search(lg["line"]) for lg in logs), "%s: healthy window is not noisy-looking" % rid)
        else:
            check(cat in INCIDENT_CATS, "%s: category %r" % (rid, cat))
            comp = e.get("component")
            check(isinstance(comp, str) and comp.strip() != "", "%s: incident needs a component" % rid)
            check(len(ev) >= 1, "%s: incident needs evidence" % rid)
        for k in ("root_cause", "summary", "action"):
            check(isinstance(e.get(k), str) and e[k].strip(), "%s: %s missing" % (rid, k))

        rtags = tags.get(rid, [])
        check(isinstance(rtags, list), "%s: tags not a list" % rid)
        for t in rtags:
            check(t in TAG_MIN, "%s: unknown tag %r" % (rid, t))
            tag_c[t] += 1
        if "outside-selector" in rtags:
            app = sel.get("app")
            check(bool(app), "%s: outside-selector needs selector.app" % rid)
            check((e.get("component") or "").lower() != (app or "").lower(),
                  "%s: outside-selector but component equals selector app" % rid)
            outside = [i for i in ev if logs[i]["labels"].get("app") != app]
            check(len(outside) * 2 >= len(ev) and outside,
                  "%s: outside-selector but evidence mostly inside the selector app" % rid)
        if "quiet-cause" in rtags:
            check(1 <= len(ev) <= 4, "%s: quiet-cause should have 1-4 evidence lines" % rid)
            check(len(logs) - len(ev) >= 2 * len(ev), "%s: quiet-cause needs the loud lines to dominate" % rid)
        if "nested" in rtags:
            check(any(NESTED_MARK.search(lg["line"]) for lg in logs), "%s: nested but no trace/wrapped-error line" % rid)
        if "look-alike" in rtags and sev == "INFO":
            check(any(NOISY.search(lg["line"]) for lg in logs), "%s: look-alike healthy window lacks a scary line" % rid)

    for s in SEVERITIES:
        check(sev_c[s] == 10, "severity %s count %d != 10" % (s, sev_c[s]))
    for c in INCIDENT_CATS:
        check(cat_c[c] >= 1, "category %s unused" % c)
    check(sum(cat_c[c] for c in INCIDENT_CATS) == 30, "expected 30 incidents")
    for t, n in TAG_MIN.items():
        check(tag_c[t] >= n, "tag %s: %d < %d" % (t, tag_c[t], n))
    for d in DOMAINS:
        check(dom_c[d] >= 12, "domain %s has only %d records" % (d, dom_c[d]))
    # shuffled ids: severities must not come in contiguous blocks of ten
    blocks = [tuple(sorted(set(r["expected"]["severity"] for r in recs[i:i + 10]))) for i in range(0, 40, 10)]
    check(not all(len(b) == 1 for b in blocks), "ids look unshuffled (severity blocks)")

    print("records: %d  lines: %d" % (len(recs), sum(len(r["logs"]) for r in recs)))
    print("severity:", dict((s, sev_c[s]) for s in SEVERITIES))
    print("category:", dict(sorted(cat_c.items())))
    print("domain:", dict(sorted(dom_c.items())))
    print("tags:", dict(sorted(tag_c.items())))
    if errors:
        print("FAILED (%d):" % len(errors))
        for m in errors:
            print("  -", m)
        return 1
    print("OK: all dev53 checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
