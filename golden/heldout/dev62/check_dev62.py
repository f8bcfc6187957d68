#!/usr/bin/env python3
"""Own consistency checker for the dev62 golden set (standard library only).

usage: python check_dev62.py [FILE]
Without FILE it reads ../dev62.jsonl relative to this script's directory if that exists,
else dev62.jsonl next to this script, else ./dev62.jsonl in the working directory.
Exit status 0 when every check passes, 1 otherwise.
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = ["none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]
INCIDENT_CATEGORIES = CATEGORIES[1:]
SELECTOR_KEYS = {"namespace", "pod", "container", "node", "app"}
DOMAINS = [
    "a hot-air-balloon ride operator",
    "a regional sign-language interpreting service",
    "a cathedral's bell-ringing and concert-organ society's ticketing and streaming",
]
N_RECORDS = 40
PER_SEVERITY = 10
MIN_LINES, MAX_LINES = 30, 90
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def default_path():
    for p in (os.path.join(HERE, "..", "dev62.jsonl"), os.path.join(HERE, "dev62.jsonl"), "dev62.jsonl"):
        if os.path.exists(p):
            return os.path.normpath(p)
    return os.path.join(HERE, "dev62.jsonl")


def norm_domain(s):
    s = s.strip().lower()
    s = re.sub(r"^(a|an|the)\s+", "", s)
    return re.sub(r"\s+", " ", s)


def used_domains():
    path = os.path.join(HERE, "used_domains.txt")
    if not os.path.exists(path):
        return None
    text = open(path, encoding="utf-8").read()
    out = set()
    for chunk in text.split(";"):
        for part in chunk.split(","):
            part = part.strip()
            if not part or part.startswith("#"):
                continue
            out.add(norm_domain(part))
    return out


def parse_ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def main(argv):
    path = argv[0] if argv else default_path()
    errors = []

    def err(msg):
        errors.append(msg)

    try:
        raw = open(path, "rb").read()
    except OSError as e:
        print("cannot read %s: %s" % (path, e))
        return 1
    if not raw.endswith(b"\n"):
        err("file does not end with a newline")
    records = []
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            err("line %d: blank line" % n)
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d: invalid JSON: %s" % (n, e))

    # ids
    ids = [r.get("id") for r in records]
    if len(ids) != len(set(ids)):
        err("duplicate ids: %s" % [i for i, c in Counter(ids).items() if c > 1])
    want = ["dev62-%03d" % i for i in range(1, N_RECORDS + 1)]
    if ids != want:
        err("ids are not dev62-001..dev62-%03d in order" % N_RECORDS)

    sev = Counter()
    cat = Counter()
    for r in records:
        rid = r.get("id", "?")
        exp = r.get("expected") or {}
        logs = r.get("logs") or []
        s, c = exp.get("severity"), exp.get("root_cause_category")
        sev[s] += 1
        cat[c] += 1
        if s not in SEVERITIES:
            err("%s: bad severity %r" % (rid, s))
        if c not in CATEGORIES:
            err("%s: category %r not in the taxonomy" % (rid, c))
        if not str(r.get("source", "")).startswith(("synthetic:", "real:")):
            err("%s: source must start with synthetic: or real:" % rid)
        for k in ("root_cause", "summary", "action"):
            if not str(exp.get(k, "")).strip():
                err("%s: expected.%s is empty" % (rid, k))
        sel = r.get("selector")
        if sel is not None:
            if not isinstance(sel, dict) or set(sel) - SELECTOR_KEYS:
                err("%s: selector keys %s" % (rid, sorted(sel) if isinstance(sel, dict) else sel))
        if not (MIN_LINES <= len(logs) <= MAX_LINES):
            err("%s: %d log lines (want %d-%d)" % (rid, len(logs), MIN_LINES, MAX_LINES))
        prev = None
        texts = []
        for i, l in enumerate(logs):
            ts = l.get("ts", "")
            if not TS_RE.match(ts):
                err("%s: logs[%d].ts %r is not RFC 3339 with a zone" % (rid, i, ts))
                continue
            t = parse_ts(ts)
            if prev is not None and t < prev:
                err("%s: logs[%d] is earlier than logs[%d]" % (rid, i, i - 1))
            prev = t
            if not isinstance(l.get("labels"), dict) or not l["labels"]:
                err("%s: logs[%d] has no labels" % (rid, i))
            if not isinstance(l.get("line"), str) or not l["line"].strip():
                err("%s: logs[%d] has an empty line" % (rid, i))
            if "$" in l.get("line", "") and re.search(r"\$(ISO|OFF|KLOG|PGT|PYT|DTMS|REDIS|NGX|NGERR|EPOCH|GUNI|GOLOG|DATE|HMS)\b", l["line"]):
                err("%s: logs[%d] has an unrendered time token" % (rid, i))
            texts.append(l.get("line", ""))
        if c == "none":
            if s != "INFO":
                err("%s: healthy record must be INFO, is %s" % (rid, s))
            if exp.get("component"):
                err("%s: healthy record has a component" % rid)
            if exp.get("evidence"):
                err("%s: healthy record has evidence" % rid)
        else:
            if s == "INFO":
                err("%s: incident with severity INFO" % rid)
            if not str(exp.get("component", "")).strip():
                err("%s: incident without component" % rid)
            ev = exp.get("evidence")
            if not isinstance(ev, list) or not ev:
                err("%s: incident without evidence" % rid)
                ev = []
            if ev != sorted(set(ev)):
                err("%s: evidence not sorted/unique: %s" % (rid, ev))
            for j in ev:
                if not isinstance(j, int) or not (0 <= j < len(logs)):
                    err("%s: evidence index %r out of range" % (rid, j))
                    continue
                line = logs[j]["line"]
                # the evidence line must appear verbatim among the record's lines
                if line not in texts:
                    err("%s: evidence line %d not found verbatim" % (rid, j))
            comp = str(exp.get("component", "")).strip().lower()
            blob = json.dumps(logs).lower()
            if comp and comp not in blob:
                err("%s: component %r never appears in the logs/labels" % (rid, comp))

    for s_ in SEVERITIES:
        if sev[s_] != PER_SEVERITY:
            err("severity %s: %d records (want %d)" % (s_, sev[s_], PER_SEVERITY))
    missing = [c for c in INCIDENT_CATEGORIES if cat[c] == 0]
    if missing:
        err("incident categories never used as the true category: %s" % missing)
    if cat["none"] != PER_SEVERITY:
        err("none: %d records (want %d)" % (cat["none"], PER_SEVERITY))

    used = used_domains()
    if used is None:
        print("note: used_domains.txt not found, domain check skipped")
    else:
        for d in DOMAINS:
            nd = norm_domain(d)
            if nd in used:
                err("domain %r is already used" % d)

    # id_map.tsv, if present, must agree with the records
    idmap = os.path.join(os.path.dirname(os.path.abspath(path)), "id_map.tsv")
    if os.path.exists(idmap):
        rows = [ln.split("\t") for ln in open(idmap, encoding="utf-8").read().splitlines()[1:]]
        by_id = {r["id"]: r for r in records}
        if [row[0] for row in rows] != ids:
            err("id_map.tsv ids differ from the records")
        for row in rows:
            r = by_id.get(row[0])
            if r is None or len(row) != 5:
                continue
            if row[2] != r["expected"]["severity"] or row[3] != r["expected"]["root_cause_category"]:
                err("id_map.tsv row %s disagrees with the record" % row[0])
            if row[4] != "-" and row[4] not in CATEGORIES:
                err("id_map.tsv row %s: surface %r not in the taxonomy" % (row[0], row[4]))
            if row[4] == row[3]:
                err("id_map.tsv row %s: misleading surface equals the true category" % row[0])

    print("file: %s" % path)
    print("records: %d" % len(records))
    print("severity: " + ", ".join("%s=%d" % (s_, sev[s_]) for s_ in SEVERITIES))
    print("category: " + ", ".join("%s=%d" % (c, cat[c]) for c in CATEGORIES))
    lens = [len(r.get("logs") or []) for r in records]
    if lens:
        print("lines per record: min=%d max=%d total=%d" % (min(lens), max(lens), sum(lens)))
    if errors:
        print("FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
