#!/usr/bin/env python3
"""Independent checker of the dev58 conventions (see PLAN.md).

Usage: python3 check_dev58.py [--partial]
--partial skips the whole-set totals (used while the parts are being written).
"""
import datetime as dt
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = "--partial" in sys.argv

SEVERITIES = ["CRITICAL", "ERROR", "WARN", "INFO"]
CATEGORIES = ["none", "oom_killed", "application_error", "image_pull", "probe_failure",
              "scheduling", "dns_resolution", "connection_refused", "timeout",
              "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
              "storage", "database", "rate_limited", "node_failure"]
TAGS = ["quiet-cause", "nested-cause", "outside-selector", "healthy-lookalike"]
SEL_KEYS = ["namespace", "pod", "container", "node", "app"]
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
HASH_RE = re.compile(r"-[bcdfghjklmnpqrstvwxz2456789]{8,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$")

errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def parse_ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)


def matches(labels, sel):
    return all(labels.get(k) == v for k, v in sel.items() if v is not None)


def leading_time(line, year):
    """Leading timestamp printed by the software itself, if any (UTC assumed)."""
    m = re.match(r'^\{?"?(?:@t|time|timestamp|ts)?"?:?"?(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})', line)
    if m:
        return dt.datetime.strptime(m.group(1) + " " + m.group(2), "%Y-%m-%d %H:%M:%S")
    m = re.match(r'^\[?(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})', line)
    if m:
        return dt.datetime.strptime(m.group(1) + " " + m.group(2), "%Y-%m-%d %H:%M:%S")
    m = re.match(r'^time="(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})', line)
    if m:
        return dt.datetime.strptime(m.group(1) + " " + m.group(2), "%Y-%m-%d %H:%M:%S")
    m = re.match(r'^[IWEF](\d{2})(\d{2}) (\d{2}:\d{2}:\d{2})\.\d{6}\s', line)
    if m:
        return dt.datetime.strptime("%d-%s-%s %s" % (year, m.group(1), m.group(2), m.group(3)),
                                    "%Y-%m-%d %H:%M:%S")
    m = re.match(r'^\{"level":"\w+","ts":(\d{10}\.\d+)', line)
    if m:
        return dt.datetime.utcfromtimestamp(float(m.group(1)))
    m = re.match(r'^\{"level":\d+,"time":(\d{13})', line)
    if m:
        return dt.datetime.utcfromtimestamp(int(m.group(1)) / 1000.0)
    m = re.match(r'^\S+ - \S+ \[(\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2}) \+0000\]', line)
    if m:
        return dt.datetime.strptime(m.group(1), "%d/%b/%Y:%H:%M:%S")
    return None


def load_plan():
    plan = {}
    with open(os.path.join(HERE, "PLAN.md"), encoding="utf-8") as f:
        for ln in f:
            m = re.match(r"^\| (w\d\d) \|", ln)
            if not m:
                continue
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            wid, dom, _sw, _sc, sev, cat, comp, tags = cells[:8]
            plan[wid] = {"domain": dom, "severity": sev, "category": cat, "component": comp,
                         "tags": sorted(t.strip() for t in tags.split(",") if t.strip())}
    return plan


def main():
    plan = load_plan()
    with open(os.path.join(os.path.dirname(HERE), "dev58.jsonl"), encoding="utf-8") as f:
        raw = f.read()
    recs = [json.loads(x) for x in raw.splitlines() if x.strip()]
    idmap = {}
    with open(os.path.join(HERE, "id_map.tsv"), encoding="utf-8") as f:
        for ln in f.read().splitlines()[1:]:
            rid, wid, dom, sev, cat = ln.split("\t")
            idmap[rid] = (wid, dom, sev, cat)

    # shuffle reproducible from the sorted working ids
    wids = sorted(v[0] for v in idmap.values())
    order = list(wids)
    random.Random(205858).shuffle(order)
    for i, wid in enumerate(order):
        rid = "dev58-%03d" % (i + 1)
        if idmap.get(rid, (None,))[0] != wid:
            err(rid, "id_map does not follow the seeded shuffle")

    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        err("*", "duplicate ids")
    if ids != sorted(ids):
        err("*", "records not in id order")

    sev_c, cat_c, tag_c, dom_c = Counter(), Counter(), Counter(), Counter()
    total_lines = 0
    for r in recs:
        rid = r.get("id")
        if rid not in idmap:
            err(rid, "not in id_map")
            continue
        wid, dom, msev, mcat = idmap[rid]
        if not re.match(r"^dev58-\d{3}$", rid or ""):
            err(rid, "bad id")
        exp = r.get("expected") or {}
        sev, cat, comp = exp.get("severity"), exp.get("root_cause_category"), exp.get("component")
        tags = r.get("tags")
        sev_c[sev] += 1
        cat_c[cat] += 1
        dom_c[dom] += 1
        if (sev, cat) != (msev, mcat):
            err(rid, "id_map disagrees with record")
        # against the plan
        p = plan.get(wid)
        if p is None:
            err(rid, "%s not in PLAN.md" % wid)
        else:
            for k, v in (("domain", dom), ("severity", sev), ("category", cat)):
                if p[k] != v:
                    err(rid, "%s %s=%r but plan says %r" % (wid, k, v, p[k]))
            if p["component"].lower() != (comp or "").strip().lower():
                err(rid, "%s component %r but plan says %r" % (wid, comp, p["component"]))
            if p["tags"] != sorted(tags or []):
                err(rid, "%s tags %r but plan says %r" % (wid, tags, p["tags"]))
        # basic fields
        if not str(r.get("source", "")).startswith("synthetic:dev58-"):
            err(rid, "source")
        if not r.get("question") or not str(r["question"]).endswith("?"):
            err(rid, "question missing or not a question")
        for k in ("root_cause", "summary", "action"):
            if not isinstance(exp.get(k), str) or len(exp[k]) < 20:
                err(rid, "expected.%s too short" % k)
        if sev not in SEVERITIES:
            err(rid, "severity %r" % sev)
        if cat not in CATEGORIES:
            err(rid, "category %r" % cat)
        if (sev == "INFO") != (cat == "none"):
            err(rid, "INFO <=> none violated")
        if not isinstance(comp, str) or not comp.strip() or HASH_RE.search(comp.strip()):
            err(rid, "component %r" % comp)
        if not isinstance(tags, list) or any(t not in TAGS for t in tags) or len(set(tags)) != len(tags):
            err(rid, "tags %r" % tags)
            tags = []
        for t in tags:
            tag_c[t] += 1
        if "healthy-lookalike" in tags and cat != "none":
            err(rid, "healthy-lookalike on an incident")
        if cat == "none" and set(tags) - {"healthy-lookalike"}:
            err(rid, "incident tag on a healthy record")
        # selector
        sel = r.get("selector") or {}
        if sorted(sel) != sorted(SEL_KEYS):
            err(rid, "selector keys %r" % sorted(sel))
        if not sel.get("namespace"):
            err(rid, "selector without namespace")
        if any(sel.get(k) is not None for k in ("pod", "container", "node")):
            err(rid, "selector narrowed beyond namespace/app")
        # logs
        logs = r.get("logs") or []
        total_lines += len(logs)
        if not 20 <= len(logs) <= 90:
            err(rid, "%d log lines (want 20..90)" % len(logs))
        prev = None
        first = last = None
        texts = Counter()
        n_match = 0
        for i, lg in enumerate(logs):
            ts, labels, line = lg.get("ts"), lg.get("labels"), lg.get("line")
            if not isinstance(ts, str) or not TS_RE.match(ts):
                err(rid, "line %d: ts %r" % (i, ts))
                continue
            t = parse_ts(ts)
            if t.year != 2026:
                err(rid, "line %d: year %d" % (i, t.year))
            if prev and t < prev:
                err(rid, "line %d: out of order" % i)
            prev = t
            first = first or t
            last = t
            if not isinstance(line, str) or not line.strip() or "\n" in line:
                err(rid, "line %d: empty or multi-line text" % i)
                continue
            if not isinstance(labels, dict) or not labels:
                err(rid, "line %d: labels" % i)
                continue
            if labels.get("job") == "node-journal":
                if "namespace" in labels or "app" in labels or not labels.get("node"):
                    err(rid, "line %d: journal labels" % i)
            elif labels.get("job") == "kube-events":
                if "app" in labels or not labels.get("namespace") or not line.startswith("type="):
                    err(rid, "line %d: event labels/format" % i)
            else:
                for k in SEL_KEYS:
                    if not labels.get(k):
                        err(rid, "line %d: container line without %s" % (i, k))
                pod, app = labels.get("pod", ""), labels.get("app", "")
                if app and not pod.startswith(app):
                    err(rid, "line %d: pod %s does not belong to app %s" % (i, pod, app))
            if matches(labels, sel):
                n_match += 1
            texts[line] += 1
            lt = leading_time(line, t.year)
            if lt is not None and abs((lt - t.replace(tzinfo=None)).total_seconds()) > 2.0:
                err(rid, "line %d: printed time %s vs ts %s" % (i, lt, ts))
        if first and last and not 60 <= (last - first).total_seconds() <= 3 * 3600:
            err(rid, "window %.0fs" % (last - first).total_seconds())
        if n_match < 5:
            err(rid, "only %d lines match the selector" % n_match)
        # evidence
        evid = exp.get("evidence")
        if not isinstance(evid, list) or any(not isinstance(x, int) for x in evid):
            err(rid, "evidence not a list of ints")
            continue
        if evid != sorted(set(evid)):
            err(rid, "evidence not sorted/unique")
        if any(x < 0 or x >= len(logs) for x in evid):
            err(rid, "evidence index out of range")
            continue
        if cat == "none":
            if evid:
                err(rid, "evidence on a healthy record")
        else:
            if not 2 <= len(evid) <= 6:
                err(rid, "%d evidence lines" % len(evid))
            outside = [x for x in evid if not matches(logs[x]["labels"], sel)]
            if ("outside-selector" in tags) != bool(outside):
                err(rid, "outside-selector tag %s but %d evidence lines outside" % (
                    "present" if "outside-selector" in tags else "absent", len(outside)))
            for x in evid:
                line = logs[x]["line"]
                if texts[line] == 0:
                    err(rid, "evidence line %d not present verbatim" % x)
                if re.search(r"\b(GET|POST) /(healthz|readyz|metrics)\b", line):
                    err(rid, "evidence line %d looks like chatter" % x)
        if cat != "none":
            # the component should be named somewhere in the record's lines
            blob = " ".join(lg["line"] for lg in logs) + " " + " ".join(
                " ".join(str(v) for v in lg["labels"].values()) for lg in logs)
            if comp and comp.lower() not in blob.lower():
                err(rid, "component %r never named in the logs" % comp)

    n = len(recs)
    if not PARTIAL:
        if n != 40:
            err("*", "%d records (want 40)" % n)
        for s in SEVERITIES:
            if sev_c[s] != 10:
                err("*", "%s count %d" % (s, sev_c[s]))
        for c in CATEGORIES[1:]:
            if cat_c[c] < 1:
                err("*", "category %s not covered" % c)
        if cat_c["none"] != 10:
            err("*", "none count %d" % cat_c["none"])
        if tag_c["outside-selector"] < 20:
            err("*", "outside-selector on %d records (want >= 20)" % tag_c["outside-selector"])
        if tag_c["healthy-lookalike"] < 6:
            err("*", "healthy-lookalike on %d INFO records" % tag_c["healthy-lookalike"])
        if not 30 <= total_lines / max(n, 1) <= 70:
            err("*", "average %.1f lines per record" % (total_lines / max(n, 1)))
        for d, c in dom_c.items():
            if not 13 <= c <= 14:
                err("*", "domain %s has %d records" % (d, c))
        if raw.count("\n") != n or not raw.endswith("\n"):
            err("*", "file must be one record per line")

    print("records: %d, lines: %d (avg %.1f)" % (n, total_lines, total_lines / max(n, 1)))
    print("severity: " + ", ".join("%s=%d" % (s, sev_c[s]) for s in SEVERITIES))
    print("category: " + ", ".join("%s=%d" % (c, cat_c[c]) for c in CATEGORIES if cat_c[c]))
    print("tags:     " + ", ".join("%s=%d" % (t, tag_c[t]) for t in TAGS))
    print("domains:  " + ", ".join("%s=%d" % kv for kv in sorted(dom_c.items())))
    if errors:
        print("\nFAILED (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
