#!/usr/bin/env python3
"""Consistency checker for dev63.jsonl (standard library only).

Usage: python check_dev63.py [FILE]
Default FILE: ../dev63.jsonl relative to this script if it exists, else ./dev63.jsonl next to it.
Exit code 0 when every check passes.
"""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = ["none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling", "dns_resolution",
              "connection_refused", "timeout", "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
              "storage", "database", "rate_limited", "node_failure"]
SELECTOR_KEYS = ["namespace", "pod", "container", "node", "app"]
N_RECORDS = 40

# our three domains, with the words that would show an overlap with an already used domain
DOMAINS = {
    "mountain hut and alpine refuge booking network": ["mountain hut", "alpine refuge", "refuge", "hut booking"],
    "type foundry (font licensing and webfont delivery)": ["type foundry", "typeface", "font", "foundry"],
    "escape-room chain": ["escape room", "escape-room"],
}
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def default_path():
    up = os.path.join(os.path.dirname(HERE), "dev63.jsonl")
    return up if os.path.exists(up) else os.path.join(HERE, "dev63.jsonl")


def parse_ts(s):
    s2 = s.replace("Z", "+00:00")
    return datetime.datetime.fromisoformat(s2)


def main(argv):
    path = argv[0] if argv else default_path()
    errors = []

    def err(msg):
        errors.append(msg)

    with open(path, "rb") as f:
        raw = f.read()
    lines = raw.decode("utf-8").splitlines()
    recs = []
    for i, ln in enumerate(lines, 1):
        try:
            recs.append(json.loads(ln))
        except ValueError as e:
            err("line %d: not JSON (%s)" % (i, e))
    if len(recs) != N_RECORDS:
        err("expected %d records, found %d" % (N_RECORDS, len(recs)))

    # ids unique and in order
    ids = [r.get("id") for r in recs]
    want = ["dev63-%03d" % i for i in range(1, N_RECORDS + 1)]
    if ids != want:
        err("ids not dev63-001..dev63-%03d in order: %s" % (N_RECORDS, ids))
    if len(set(ids)) != len(ids):
        err("duplicate ids")

    sev_count = collections.Counter()
    cat_count = collections.Counter()
    for r in recs:
        rid = r.get("id")
        exp = r.get("expected") or {}
        sev, cat = exp.get("severity"), exp.get("root_cause_category")
        sev_count[sev] += 1
        cat_count[cat] += 1
        if sev not in SEVERITIES:
            err("%s: bad severity %r" % (rid, sev))
        if cat not in CATEGORIES:
            err("%s: bad category %r" % (rid, cat))
        if (cat == "none") != (sev == "INFO"):
            err("%s: category none must go with INFO and only with INFO (%s/%s)" % (rid, sev, cat))
        logs = r.get("logs") or []
        if not 30 <= len(logs) <= 90:
            err("%s: %d log lines (want 30..90)" % (rid, len(logs)))
        prev = None
        for j, l in enumerate(logs):
            ts = l.get("ts", "")
            if not TS_RE.match(ts):
                err("%s: log %d bad ts %r" % (rid, j, ts))
                continue
            t = parse_ts(ts)
            if prev is not None and t < prev:
                err("%s: log %d out of time order" % (rid, j))
            prev = t
            if not isinstance(l.get("labels"), dict) or not isinstance(l.get("line"), str) or not l["line"]:
                err("%s: log %d needs labels dict and non-empty line" % (rid, j))
        ev = exp.get("evidence")
        if not isinstance(ev, list):
            err("%s: evidence missing" % rid)
            ev = []
        for x in ev:
            if not isinstance(x, int) or isinstance(x, bool) or not 0 <= x < len(logs):
                err("%s: evidence index %r invalid" % (rid, x))
        if ev != sorted(set(ev)):
            err("%s: evidence not sorted/unique" % rid)
        if cat == "none":
            if "component" in exp:
                err("%s: healthy record has a component" % rid)
            if ev:
                err("%s: healthy record has evidence" % rid)
        else:
            if not str(exp.get("component", "")).strip():
                err("%s: incident without component" % rid)
            if not ev:
                err("%s: incident without evidence" % rid)
        for key in ("root_cause", "summary", "action"):
            if not str(exp.get(key, "")).strip():
                err("%s: expected.%s empty" % (rid, key))
        selr = r.get("selector")
        if selr is not None:
            if sorted(selr) != sorted(SELECTOR_KEYS):
                err("%s: selector keys %s" % (rid, sorted(selr)))
            elif all(v is None for v in selr.values()):
                err("%s: selector with every key null (use null selector instead)" % rid)
        if not str(r.get("question") or "").strip():
            err("%s: no question" % rid)
        if not str(r.get("source", "")).startswith(("synthetic:", "real:")):
            err("%s: bad source" % rid)

    for s in SEVERITIES:
        if sev_count[s] != 10:
            err("severity %s: %d records (want 10)" % (s, sev_count[s]))
    missing = [c for c in CATEGORIES if c != "none" and cat_count[c] == 0]
    if missing:
        err("incident categories never used: %s" % missing)

    # id_map.tsv next to this script, if present, must agree with the records
    idmap = os.path.join(HERE, "id_map.tsv")
    if os.path.exists(idmap):
        with open(idmap, encoding="utf-8") as f:
            rows = [ln.rstrip("\n").split("\t") for ln in f if ln.strip()]
        body = rows[1:]
        byid = {r["id"]: r for r in recs}
        if [row[0] for row in body] != ids:
            err("id_map.tsv ids differ from the records")
        for row in body:
            if len(row) != 5:
                err("id_map.tsv row %s has %d columns" % (row[0], len(row)))
                continue
            rec = byid.get(row[0])
            if rec and (row[2], row[3]) != (rec["expected"]["severity"], rec["expected"]["root_cause_category"]):
                err("id_map.tsv %s severity/category disagree with the record" % row[0])
            if row[1] not in DOMAINS:
                err("id_map.tsv %s: unknown domain %r" % (row[0], row[1]))
            if row[4] != "-" and row[4] not in CATEGORIES:
                err("id_map.tsv %s: bad distractor category %r" % (row[0], row[4]))
            if rec and row[4] == rec["expected"]["root_cause_category"] and row[4] != "none":
                err("id_map.tsv %s: distractor has the same category as the answer" % row[0])
    else:
        print("note: id_map.tsv not found, skipped its cross-check")

    # domains must not be in used_domains.txt (skip if the list is absent)
    used_path = None
    for cand in (os.path.join(os.path.dirname(HERE), "used_domains.txt"), os.path.join(HERE, "used_domains.txt")):
        if os.path.exists(cand):
            used_path = cand
            break
    if used_path:
        with open(used_path, encoding="utf-8") as f:
            used = [u.strip().lower() for u in f.read().replace("\n", ";").split(";") if u.strip()]
        for dom, words in DOMAINS.items():
            d = dom.lower()
            for u in used:
                for entry in [u] + [p.strip() for p in u.split(",")]:
                    e = re.sub(r"^(a|an|the)\s+", "", entry.lstrip("# ").strip())
                    if e and (e == d or e in d or d in e):
                        err("domain %r overlaps used domain %r" % (dom, entry))
                    for w in words:
                        if re.search(r"\b%s\b" % re.escape(w), entry):
                            err("domain %r: keyword %r appears in used domain %r" % (dom, w, entry))
        print("used domains checked against %s (%d entries)" % (used_path, len(used)))
    else:
        print("note: used_domains.txt not found, skipped the domain check")

    print("file: %s" % path)
    print("records: %d" % len(recs))
    print("severity: " + ", ".join("%s=%d" % (s, sev_count[s]) for s in SEVERITIES))
    print("category: " + ", ".join("%s=%d" % (c, cat_count[c]) for c in CATEGORIES if cat_count[c]))
    if errors:
        print("FAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
