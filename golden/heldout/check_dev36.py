#!/usr/bin/env python3
"""check_dev36.py - independent checker for dev36.jsonl (golden format v1).

Standard library only; does not import the generator.  It re-derives everything from
the JSONL file itself.

Usage:  python3 check_dev36.py [dev36.jsonl]
Exit status 0 when every check passes, 1 otherwise.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
MON = {m: i + 1 for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))}
SEVERITIES = ("INFO", "WARN", "ERROR", "CRITICAL")
CATEGORIES = ("none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure")
THEMES = ("ferry", "bloodbank", "esports")
SELECTOR_KEYS = ("namespace", "pod", "container", "node", "app")
EXPECTED_TEXT = ("component", "root_cause", "summary", "action")

# ---- planned counts
PLAN_TOTAL = 40
PLAN_SEVERITY = {"INFO": 14, "WARN": 12, "ERROR": 8, "CRITICAL": 6}
PLAN_THEME_SEVERITY = {
    "ferry": {"INFO": 5, "WARN": 4, "ERROR": 3, "CRITICAL": 2},
    "bloodbank": {"INFO": 5, "WARN": 4, "ERROR": 2, "CRITICAL": 2},
    "esports": {"INFO": 4, "WARN": 4, "ERROR": 3, "CRITICAL": 2},
}
PLAN_HOST_WINDOWS = 8
PLAN_K8S_NULL_SELECTOR = (3, 6)       # inclusive range of Kubernetes windows with selector null
PLAN_MULTI_SEVERITY_CATEGORIES = 8    # at least this many categories at two or more severities
MIN_LINES, MAX_LINES = 10, 25
MIN_LOOKALIKES = 3
WARN_MAX_EVIDENCE = 5

TS_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z$")

# Lines that would look alarming to a naive reader (benign look-alikes in healthy windows).
LOOKALIKE_RE = re.compile(
    r"error|errors=|fail|warn|timeout|timed out|refused|denied|kill|terminat|shut ?down|sigterm|"
    r"retr(y|ies)|unhealthy|probe|\b404\b|deprecat|cancel|disconnect|closed|rebalanc|leader|lease|"
    r"evict|drain|notready|not ready|memory|oom|reboot|renew|back-?off|slow|stale|scaled down|"
    r"stopp|exception|fatal|panic|\bdown\b|reset|broken pipe|busy", re.I)

# ---- embedded timestamps: (name, regex, builder) ; builder(match, ts) -> (datetime, precision)
def _frac(s):
    if not s:
        return 0, timedelta(seconds=1)
    us = int((s + "000000")[:6])
    prec = timedelta(microseconds=10 ** (6 - min(len(s), 6)))
    return us, prec


def _iso(m, ts):
    us, prec = _frac(m.group(7) if m.lastindex and m.lastindex >= 7 else None)
    d = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)),
                 int(m.group(6)), us, tzinfo=UTC)
    return d, prec


def _syslog(m, ts):
    d = datetime(ts.year, MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)), tzinfo=UTC)
    return d, timedelta(seconds=1)


def _klog(m, ts):
    d = datetime(ts.year, int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)),
                 int(m.group(6)), tzinfo=UTC)
    return d, timedelta(microseconds=1)


def _dmy(m, ts):
    d = datetime(int(m.group(3)), MON[m.group(2)], int(m.group(1)), int(m.group(4)), int(m.group(5)), int(m.group(6)),
                 tzinfo=UTC)
    return d, timedelta(seconds=1)


def _hms(m, ts):
    d = ts.replace(hour=int(m.group(1)), minute=int(m.group(2)), second=int(m.group(3)),
                   microsecond=int(m.group(4)) * 1000)
    return d, timedelta(milliseconds=1)


def _epoch_ms(m, ts):
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=int(m.group(1))), timedelta(milliseconds=1)


def _epoch_s(m, ts):
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=int(m.group(1))), timedelta(seconds=1)


ISO = r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?"
PATTERNS = [
    ("iso-prefix", re.compile(r"^\[?" + ISO), _iso),
    ("ruby-logger", re.compile(r"^[DIWEFA], \[" + ISO + r" #\d+\]"), _iso),
    ("cassandra", re.compile(r"^(?:INFO|WARN|ERROR|DEBUG|TRACE) +\[[^\]]+\] " + ISO), _iso),
    ("syslog", re.compile(r"^([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) "), _syslog),
    ("journald-payload-iso", re.compile(r"^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \S+ [\w.@-]+\[\d+\]: " + ISO), _iso),
    ("klog", re.compile(r"\b[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{6}) +\d+ [\w.]+:\d+\]"), _klog),
    ("clf", re.compile(r"\[(\d{2})/([A-Z][a-z]{2})/(\d{4}):(\d{2}):(\d{2}):(\d{2}) \+0000\]"), _dmy),
    ("php-fpm", re.compile(r"^\[(\d{2})-([A-Z][a-z]{2})-(\d{4}) (\d{2}):(\d{2}):(\d{2})\]"), _dmy),
    ("elixir", re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) "), _hms),
    ("json-key", re.compile(r'"(?:ts|@timestamp|Timestamp|time|timestamp|\$date)":"' + ISO), _iso),
    ("json-epoch-ms", re.compile(r'"time":(\d{13})\b'), _epoch_ms),
    ("logfmt", re.compile(r'(?:^|\s)(?:ts|time)="?' + ISO), _iso),
    ("mosquitto", re.compile(r"\]: (\d{10}): "), _epoch_s),
    ("rails-at", re.compile(r" for [\d.]+ at " + ISO + r" \+0000"), _iso),
    ("puma-shutdown", re.compile(r"=== puma shutdown: " + ISO + r" \+0000 ==="), _iso),
]


def parse_ts(s):
    m = TS_RE.match(s)
    if not m:
        return None
    return datetime(*(int(x) for x in m.groups()[:6]), int(m.group(7)) * 1000, tzinfo=UTC)


class Checker:
    def __init__(self):
        self.errors = []
        self.ts_checked = 0
        self.ts_lines = 0

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def check_embedded(self, rid, i, line, ts):
        found = False
        for name, rx, build in PATTERNS:
            for m in rx.finditer(line):
                try:
                    inner, prec = build(m, ts)
                except (ValueError, KeyError) as e:
                    self.err("%s logs[%d]" % (rid, i), "unparsable %s timestamp %r (%s)" % (name, m.group(0), e))
                    continue
                found = True
                self.ts_checked += 1
                # the printed value must equal ts truncated to the printed precision
                lo = ts - timedelta(microseconds=(ts - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1) % (prec // timedelta(microseconds=1)))
                if prec >= timedelta(milliseconds=1):
                    ok = lo <= inner < lo + prec
                else:  # finer than the ms in ts: must fall inside ts's millisecond
                    ok = ts <= inner < ts + timedelta(milliseconds=1)
                if not ok:
                    self.err("%s logs[%d]" % (rid, i), "%s timestamp %r disagrees with ts %s" % (name, m.group(0), ts.isoformat()))
        if found:
            self.ts_lines += 1


def main(path):
    c = Checker()
    raw = open(path, "rb").read()
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError as e:
        print("FAIL: file is not pure ASCII: %s" % e)
        return 1
    if "\r" in text:
        c.err("file", "contains carriage returns")
    if not text.endswith("\n"):
        c.err("file", "does not end with a newline")
    lines = text.split("\n")[:-1]

    records = []
    for n, ln in enumerate(lines, 1):
        try:
            rec = json.loads(ln)
        except ValueError as e:
            c.err("line %d" % n, "invalid JSON: %s" % e)
            continue
        if json.dumps(rec, separators=(",", ":"), ensure_ascii=True) != ln:
            c.err("line %d" % n, "not written with fixed compact separators / ASCII escaping")
        records.append(rec)

    if len(records) != PLAN_TOTAL:
        c.err("file", "expected %d records, found %d" % (PLAN_TOTAL, len(records)))

    sev_count = Counter()
    theme_sev = defaultdict(Counter)
    cat_sev = defaultdict(set)
    cat_count = Counter()
    host_windows = 0
    k8s_null = 0
    lookalike_min = None

    for idx, rec in enumerate(records, 1):
        rid = rec.get("id") if isinstance(rec, dict) else None
        want = "dev36-%03d" % idx
        if rid != want:
            c.err("record %d" % idx, "id %r, expected %r" % (rid, want))
        rid = rid or want
        if not isinstance(rec, dict):
            c.err(rid, "record is not an object")
            continue
        for key in ("id", "source", "question", "selector", "logs", "expected"):
            if key not in rec:
                c.err(rid, "missing key %r" % key)
        extra = set(rec) - {"id", "source", "question", "selector", "logs", "expected"}
        if extra:
            c.err(rid, "unexpected keys %s" % sorted(extra))

        src = rec.get("source", "")
        theme = src[len("synthetic:dev36-"):] if isinstance(src, str) and src.startswith("synthetic:dev36-") else None
        if theme not in THEMES:
            c.err(rid, "bad source %r" % src)
        q = rec.get("question")
        if not (isinstance(q, str) and len(q) > 15 and q.rstrip().endswith("?")):
            c.err(rid, "question must be an operator-style question string")

        # ---- selector
        sel = rec.get("selector")
        if sel is not None:
            if not isinstance(sel, dict) or tuple(sorted(sel)) != tuple(sorted(SELECTOR_KEYS)):
                c.err(rid, "selector must have exactly the keys %s" % (SELECTOR_KEYS,))
                sel = None
            else:
                if not isinstance(sel["namespace"], str) or not sel["namespace"]:
                    c.err(rid, "selector.namespace must be a non-empty string")
                for k in ("pod", "container", "node"):
                    if sel[k] is not None:
                        c.err(rid, "selector.%s should be null (selectors name namespace/app only)" % k)
                if sel["app"] is not None and not isinstance(sel["app"], str):
                    c.err(rid, "selector.app must be null or a string")

        # ---- logs
        logs = rec.get("logs")
        if not isinstance(logs, list) or not (MIN_LINES <= len(logs) <= MAX_LINES):
            c.err(rid, "logs must be a list of %d-%d entries" % (MIN_LINES, MAX_LINES))
            logs = logs if isinstance(logs, list) else []
        prev = None
        namespaces = set()
        host_lines = ns_lines = node_only_lines = 0
        haystack = []
        for i, entry in enumerate(logs):
            where = "%s logs[%d]" % (rid, i)
            if not isinstance(entry, dict) or set(entry) != {"ts", "labels", "line"}:
                c.err(where, "log entry must have exactly ts, labels, line")
                continue
            ts = parse_ts(entry["ts"]) if isinstance(entry["ts"], str) else None
            if ts is None:
                c.err(where, "ts %r is not RFC 3339 UTC with milliseconds" % (entry["ts"],))
                continue
            if prev is not None and ts <= prev:
                c.err(where, "ts not strictly increasing")
            prev = ts
            labels = entry["labels"]
            if not isinstance(labels, dict) or not labels or not all(isinstance(k, str) and isinstance(v, str) and v for k, v in labels.items()):
                c.err(where, "labels must be a non-empty map of non-empty strings")
                labels = {}
            line = entry["line"]
            if not isinstance(line, str) or not line.strip():
                c.err(where, "line must be a non-empty string")
                continue
            if "\n" in line:
                c.err(where, "line contains a newline")
            haystack.append(line.lower())
            haystack.extend(v.lower() for v in labels.values())
            if "namespace" in labels:
                ns_lines += 1
                namespaces.add(labels["namespace"])
            elif "host" in labels:
                host_lines += 1
            elif "node" in labels:
                node_only_lines += 1
            else:
                c.err(where, "labels carry neither namespace, host nor node")
            if sel is not None:
                if labels.get("namespace") != sel["namespace"]:
                    c.err(where, "label namespace %r disagrees with selector %r" % (labels.get("namespace"), sel["namespace"]))
                if sel["app"] is not None and labels.get("app") != sel["app"]:
                    c.err(where, "label app %r disagrees with selector app %r" % (labels.get("app"), sel["app"]))
            c.check_embedded(rid, i, line, ts)

        kind = None
        if sel is None:
            if host_lines == len(logs) and logs:
                kind = "host"
                host_windows += 1
            elif ns_lines and (len(namespaces) >= 2 or node_only_lines):
                kind = "k8s-null"
                k8s_null += 1
            else:
                c.err(rid, "selector is null but the window is neither a plain-host window nor multi-namespace/node")
        elif host_lines or node_only_lines:
            c.err(rid, "selector names a namespace but some lines have no namespace label")

        # ---- expected
        exp = rec.get("expected")
        if not isinstance(exp, dict):
            c.err(rid, "expected must be an object")
            continue
        sev, cat = exp.get("severity"), exp.get("root_cause_category")
        if sev not in SEVERITIES:
            c.err(rid, "bad severity %r" % sev)
        if cat not in CATEGORIES:
            c.err(rid, "bad root_cause_category %r" % cat)
        for k in EXPECTED_TEXT:
            if not isinstance(exp.get(k), str) or not exp[k].strip():
                c.err(rid, "expected.%s must be a non-empty string" % k)
        ev = exp.get("evidence")
        if not isinstance(ev, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in ev):
            c.err(rid, "evidence must be a list of integers")
            ev = []
        if len(set(ev)) != len(ev):
            c.err(rid, "evidence has duplicates")
        for x in ev:
            if not 0 <= x < len(logs):
                c.err(rid, "evidence index %d out of range" % x)
        comp = exp.get("component")
        if isinstance(comp, str) and comp.strip():
            needle = comp.strip().lower()
            if not any(needle in h for h in haystack):
                c.err(rid, "component %r does not appear in the window" % comp)

        if cat == "none" or sev == "INFO":
            if not (cat == "none" and sev == "INFO"):
                c.err(rid, "category none must go with severity INFO and vice versa")
            if ev:
                c.err(rid, "healthy window must have empty evidence")
            n_look = sum(1 for e in logs if isinstance(e, dict) and isinstance(e.get("line"), str) and LOOKALIKE_RE.search(e["line"]))
            lookalike_min = n_look if lookalike_min is None else min(lookalike_min, n_look)
            if n_look < MIN_LOOKALIKES:
                c.err(rid, "healthy window has only %d benign look-alike lines (< %d)" % (n_look, MIN_LOOKALIKES))
        else:
            if not ev:
                c.err(rid, "incident must have evidence")
            if sev == "WARN":
                if len(ev) > WARN_MAX_EVIDENCE:
                    c.err(rid, "WARN evidence should be a few lines (%d > %d)" % (len(ev), WARN_MAX_EVIDENCE))
                if len(logs) - len(ev) < 2 * len(ev):
                    c.err(rid, "WARN decisive lines should sit among normal traffic (too little non-evidence)")

        if sev in SEVERITIES and cat in CATEGORIES and theme in THEMES:
            sev_count[sev] += 1
            theme_sev[theme][sev] += 1
            cat_sev[cat].add(sev)
            cat_count[cat] += 1

    # ---- planned counts
    for s in SEVERITIES:
        if sev_count[s] != PLAN_SEVERITY[s]:
            c.err("counts", "severity %s: %d, planned %d" % (s, sev_count[s], PLAN_SEVERITY[s]))
    for t in THEMES:
        for s in SEVERITIES:
            if theme_sev[t][s] != PLAN_THEME_SEVERITY[t][s]:
                c.err("counts", "theme %s severity %s: %d, planned %d" % (t, s, theme_sev[t][s], PLAN_THEME_SEVERITY[t][s]))
    missing = [k for k in CATEGORIES if k != "none" and cat_count[k] == 0]
    if missing:
        c.err("counts", "categories never used: %s" % missing)
    multi = sorted(k for k in CATEGORIES if k != "none" and len(cat_sev[k]) >= 2)
    if len(multi) < PLAN_MULTI_SEVERITY_CATEGORIES:
        c.err("counts", "only %d categories at two or more severities (< %d)" % (len(multi), PLAN_MULTI_SEVERITY_CATEGORIES))
    if host_windows != PLAN_HOST_WINDOWS:
        c.err("counts", "plain-host windows: %d, planned %d" % (host_windows, PLAN_HOST_WINDOWS))
    if not PLAN_K8S_NULL_SELECTOR[0] <= k8s_null <= PLAN_K8S_NULL_SELECTOR[1]:
        c.err("counts", "Kubernetes windows with null selector: %d, planned %d-%d" % ((k8s_null,) + PLAN_K8S_NULL_SELECTOR))

    # ---- report
    print("records: %d   lines: %d   embedded timestamps checked: %d (on %d lines)"
          % (len(records), sum(len(r.get("logs", [])) for r in records if isinstance(r, dict)), c.ts_checked, c.ts_lines))
    print("severity: " + "  ".join("%s=%d" % (s, sev_count[s]) for s in SEVERITIES))
    for t in THEMES:
        print("theme %-9s " % t + "  ".join("%s=%d" % (s, theme_sev[t][s]) for s in SEVERITIES))
    print("categories (records / severities):")
    for k in CATEGORIES:
        print("  %-18s %2d  %s" % (k, cat_count[k], ",".join(s for s in SEVERITIES if s in cat_sev[k])))
    print("categories at >=2 severities: %d   plain-host windows: %d   k8s null-selector windows: %d   min look-alikes in a healthy window: %s"
          % (len(multi), host_windows, k8s_null, lookalike_min))
    if c.errors:
        print("FAIL: %d problem(s)" % len(c.errors))
        for e in c.errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dev36.jsonl"))
