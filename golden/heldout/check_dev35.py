#!/usr/bin/env python3
"""Independent consistency checker for dev35.jsonl (standard library only).

It does not import the generator: it re-derives everything from the JSONL file
and compares it with the plan written out below. Exit status 0 when every check
passes, 1 otherwise.
"""
import collections
import json
import os
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "dev35.jsonl")

SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = [
    "none", "oom_killed", "application_error", "image_pull", "probe_failure",
    "scheduling", "dns_resolution", "connection_refused", "timeout",
    "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
    "storage", "database", "rate_limited", "node_failure",
]
THEMES = ["ski", "vet", "radio"]
SELECTOR_KEYS = ["namespace", "pod", "container", "node", "app"]

# The plan: 26 incidents as (theme, category, severity, component) and healthy
# windows per theme. Written independently of the generator.
PLAN_INCIDENTS = sorted([
    ("ski", "timeout", "WARN", "pricing-engine"),
    ("ski", "oom_killed", "WARN", "webcam-timelapse"),
    ("ski", "dns_resolution", "WARN", "coredns"),
    ("ski", "image_pull", "ERROR", "lift-gate-api"),
    ("ski", "tls_certificate", "ERROR", "webcam-ingest"),
    ("ski", "connection_refused", "ERROR", "pumphouse-north-gw"),
    ("ski", "node_failure", "CRITICAL", "ski-edge-base-01"),
    ("ski", "application_error", "CRITICAL", "ticket-checkout"),
    ("vet", "tls_certificate", "WARN", "hl7-bridge"),
    ("vet", "rate_limited", "WARN", "sms-reminder-worker"),
    ("vet", "database", "WARN", "clinicdb"),
    ("vet", "scheduling", "WARN", "lab-results-worker"),
    ("vet", "auth_failure", "ERROR", "pharmacy-inventory"),
    ("vet", "database", "ERROR", "appointments-db"),
    ("vet", "oom_killed", "CRITICAL", "hl7-parser"),
    ("vet", "probe_failure", "CRITICAL", "appointments-api"),
    ("radio", "resource_exhausted", "WARN", "arch-01"),
    ("radio", "probe_failure", "WARN", "hls-origin"),
    ("radio", "connection_refused", "WARN", "pledge-redis"),
    ("radio", "auth_failure", "WARN", "episode-publisher"),
    ("radio", "node_failure", "WARN", "enc-studio-a"),
    ("radio", "timeout", "ERROR", "crm-bridge"),
    ("radio", "config_error", "ERROR", "podcast-feed-generator"),
    ("radio", "resource_exhausted", "ERROR", "pledge-api"),
    ("radio", "storage", "CRITICAL", "stream-archiver"),
    ("radio", "database", "CRITICAL", "pledge-api"),
])
PLAN_HEALTHY = {"ski": 5, "vet": 5, "radio": 4}
PLAN_SEVERITY_COUNTS = {"INFO": 14, "WARN": 12, "ERROR": 8, "CRITICAL": 6}

# Lines that carry the decisive signal for each category.
SIGNAL = {
    "oom_killed": r"OOMKill|out of memory|size=\d+MB|Memory cgroup|OutOfMemory|SIGKILL|exit(ed)? (code|status) 137|peak_rss",
    "application_error": r"panic|SIGSEGV|nil pointer|Traceback|Exception|goroutine|segfault|assert|\.go:\d+|\(\*\w+\)\.\w+\(|BackOff",
    "image_pull": r"ErrImagePull|ImagePullBackOff|Failed to pull|manifest unknown|not found|pulling image",
    "probe_failure": r"[Pp]robe failed|failed liveness|failed readiness|ready check|health deep check|segment sync|BackOff|Unhealthy",
    "scheduling": r"FailedScheduling|Insufficient|untolerated taint|scale-up|max size|unschedulable|nodes are available",
    "dns_resolution": r"plugin/errors|no such host|NXDOMAIN|SERVFAIL|server misbehaving|EAI_AGAIN|lookup .*i/o timeout",
    "connection_refused": r"connection refused|ECONNREFUSED|reset by peer|no route to host|unreachable|ScaleDown",
    "timeout": r"timed out|timeout|deadline exceeded|took \d+(\.\d+)?s|\b504\b|timeouts=",
    "tls_certificate": r"x509|certificate|notAfter|handshake",
    "auth_failure": r"\b401\b|\b403\b|Unauthorized|Forbidden|invalid_client|permission denied|scope|credentials|secret",
    "config_error": r"KeyError|environ|not set|missing|invalid config|BackoffLimitExceeded",
    "resource_exhausted": r"\d+% used|Connection is not available|[Cc]onnection leak|Pool stats|No space|retention|freed 0|db_pool_timeouts",
    "storage": r"Multi-Attach|FailedAttachVolume|FailedMount|TearDown|read-only|I/O error|target is busy|archive gap",
    "database": r"deadlock|running on \S+ \(read replica\)|too many clients|connection slots|recovery (still|finished) waiting|Conflicting process|replica lag|[Mm]igration|duplicated|unique index|BackOff|\b503\b",
    "rate_limited": r"\b429\b|Too Many Requests|rate limit|throttl|20429|maxRps",
    "node_failure": r"NotReady|EDAC|Hardware Error|[Mm]achine check|Kernel panic|mce|heartbeat lost|turnstiles locked|Corrected error|corrected errors",
}
# Any evidence line must at least look like a symptom.
SYMPTOM = r"(?i)^\s+at |error|retry queue|last success|fail|warn|crash|back-?off|refused|timed? ?out|\b5\d\d\b|\b4\d\d\b|lost|unavailable|gap|lag|leak|exceeds|panic|killed|pending|unschedulable|not ?ready|expire|freed|\.go:\d+|Exception|stats"
# Benign look-alikes expected in healthy windows (realistic noise).
LOOKALIKE = r"(?i)warn|error|fail|timeout|timed out|retr(y|ied|ying)|\b40[134]\b|\b409\b|\b499\b|SIGTERM|SIGQUIT|signal|deprecat|refused|NotReady|Rebooted|declined|expired|REJECT|rebalanc|lease|Killing|exit|not yet|vanished|duplicate|Unhealthy|Latency|silence|disconnect|cache miss|embargo|Unauthorized|low stock|memory"

failures = []


def fail(rid, msg):
    failures.append("%s: %s" % (rid, msg))


def parse_ts(s):
    m = re.match(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$", s)
    if not m:
        return None
    base = datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S")
    frac = m.group(2) or ""
    micro = int((frac[1:] + "000000")[:6]) if frac else 0
    zone = m.group(3)
    off = timedelta(0) if zone == "Z" else timedelta(
        hours=int(zone[1:3]), minutes=int(zone[4:6])) * (1 if zone[0] == "+" else -1)
    return (base + timedelta(microseconds=micro) - off).replace(tzinfo=timezone.utc)


MONTHS = {m: i + 1 for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}


def embedded_time(line, year):
    """Return the timestamp a line prints about itself (near its start), if any."""
    head = line[:48]
    m = re.search(r'"time":(\d{13})', line) or re.search(r'"ts":(\d{10})\.\d+', line)
    if m:
        v = int(m.group(1))
        secs = v / 1000.0 if len(m.group(1)) == 13 else float(v)
        return datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=secs)
    m = re.search(r"(\d{4})[-/](\d\d)[-/](\d\d)[T ]{1,2}(\d\d):(\d\d):(\d\d)", head)
    if m:
        return datetime(*[int(x) for x in m.groups()], tzinfo=timezone.utc)
    m = re.search(r"(\d\d)/([A-Z][a-z]{2})/(\d{4}):(\d\d):(\d\d):(\d\d)", head)
    if m:
        d, mon, y, hh, mm, ss = m.groups()
        return datetime(int(y), MONTHS[mon], int(d), int(hh), int(mm), int(ss), tzinfo=timezone.utc)
    m = re.search(r"(\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d)", head)
    if m:
        d, mon, y, hh, mm, ss = m.groups()
        return datetime(int(y), MONTHS[mon], int(d), int(hh), int(mm), int(ss), tzinfo=timezone.utc)
    m = re.match(r"^[IWEF](\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.\d{6}", line)
    if m:
        mo, d, hh, mm, ss = [int(x) for x in m.groups()]
        return datetime(year, mo, d, hh, mm, ss, tzinfo=timezone.utc)
    m = re.match(r"^(\d\d):(\d\d):(\d\d)\.\d{3} \[", line)
    if m:
        return "HMS", tuple(int(x) for x in m.groups())
    return None


def main():
    with open(PATH, "rb") as fh:
        raw = fh.read()
    if b"\r" in raw:
        fail("file", "contains CR characters")
    if not raw.endswith(b"\n"):
        fail("file", "does not end with a newline")
    lines = raw.decode("utf-8").split("\n")[:-1]
    records = []
    for n, text in enumerate(lines, 1):
        try:
            records.append(json.loads(text))
        except ValueError as exc:
            fail("line %d" % n, "invalid JSON: %s" % exc)
    if len(records) != 40:
        fail("file", "expected 40 records, found %d" % len(records))

    ids = [r.get("id") for r in records]
    if ids != ["dev35-%03d" % i for i in range(1, len(records) + 1)]:
        fail("file", "ids are not dev35-001..dev35-%03d in order" % len(records))
    if len(set(ids)) != len(ids):
        fail("file", "duplicate ids")

    sev_counts = collections.Counter()
    cat_sev = collections.defaultdict(set)
    theme_counts = collections.Counter()
    theme_sev = collections.defaultdict(collections.Counter)
    cat_counts = collections.Counter()
    healthy_by_theme = collections.Counter()
    incidents = []
    null_selectors = 0
    k8s_windows = 0

    for r in records:
        rid = r.get("id", "?")
        for key in ("id", "source", "question", "selector", "logs", "expected"):
            if key not in r:
                fail(rid, "missing key %s" % key)
        m = re.match(r"^synthetic:dev35-(ski|vet|radio)$", r.get("source", ""))
        if not m:
            fail(rid, "bad source %r" % r.get("source"))
            continue
        theme = m.group(1)
        q = r.get("question")
        if not isinstance(q, str) or len(q) < 20 or not q.rstrip().endswith("?"):
            fail(rid, "question should be an operator's question ending in '?'")

        logs = r.get("logs") or []
        if not 10 <= len(logs) <= 25:
            fail(rid, "window has %d lines (want 10-25)" % len(logs))
        prev = None
        for i, entry in enumerate(logs):
            t = parse_ts(entry.get("ts", ""))
            if t is None:
                fail(rid, "line %d: ts %r is not RFC 3339 with zone" % (i, entry.get("ts")))
                continue
            if prev is not None and t <= prev:
                fail(rid, "line %d: timestamps not strictly increasing" % i)
            prev = t
            labels = entry.get("labels")
            if not isinstance(labels, dict) or not labels or not all(
                    isinstance(k, str) and isinstance(v, str) and v for k, v in labels.items()):
                fail(rid, "line %d: labels must be a non-empty str->str map" % i)
            line = entry.get("line")
            if not isinstance(line, str) or not line.strip():
                fail(rid, "line %d: empty line" % i)
                continue
            if re.search(r"@[A-Z0-9]+@", line):
                fail(rid, "line %d: unrendered template token" % i)
            et = embedded_time(line, t.year)
            if isinstance(et, tuple):
                if et[1] != (t.hour, t.minute, t.second):
                    fail(rid, "line %d: printed time %s differs from ts %s" % (i, et[1], entry["ts"]))
            elif et is not None:
                delta = abs((et - t.replace(microsecond=0)).total_seconds())
                if delta > 1.0:
                    fail(rid, "line %d: printed time %s differs from ts %s" % (i, et, entry["ts"]))

        if any("namespace" in (e.get("labels") or {}) for e in logs):
            k8s_windows += 1

        sel = r.get("selector")
        if sel is None:
            null_selectors += 1
        else:
            if sorted(sel) != sorted(SELECTOR_KEYS):
                fail(rid, "selector keys %s" % sorted(sel))
            if not any(sel.get(k) for k in SELECTOR_KEYS):
                fail(rid, "selector has no non-null field (use null instead)")
            for k in SELECTOR_KEYS:
                v = sel.get(k)
                if v is None:
                    continue
                for i, e in enumerate(logs):
                    lv = (e.get("labels") or {}).get(k)
                    if lv is not None and lv != v:
                        fail(rid, "line %d: label %s=%s outside selector %s=%s" % (i, k, lv, k, v))

        exp = r.get("expected") or {}
        sev = exp.get("severity")
        cat = exp.get("root_cause_category")
        if sev not in SEVERITIES:
            fail(rid, "bad severity %r" % sev)
        if cat not in CATEGORIES:
            fail(rid, "bad category %r" % cat)
        for key in ("root_cause", "summary", "action"):
            minimum = 10 if (key == "action" and cat == "none") else 20
            if not isinstance(exp.get(key), str) or len(exp[key]) < minimum:
                fail(rid, "expected.%s missing or too short" % key)
        ev = exp.get("evidence")
        if not isinstance(ev, list):
            fail(rid, "evidence must be a list")
            ev = []
        sev_counts[sev] += 1
        cat_counts[cat] += 1
        theme_counts[theme] += 1
        theme_sev[theme][sev] += 1

        if cat == "none":
            healthy_by_theme[theme] += 1
            if sev != "INFO":
                fail(rid, "healthy window must be INFO")
            if ev:
                fail(rid, "healthy window must have empty evidence")
            noisy = sum(1 for e in logs if re.search(LOOKALIKE, e.get("line", "")))
            if noisy < 3:
                fail(rid, "healthy window has only %d benign look-alike lines (want >= 3)" % noisy)
            continue

        cat_sev[cat].add(sev)
        comp = exp.get("component")
        if not isinstance(comp, str) or not comp.strip():
            fail(rid, "incident without component")
            comp = ""
        incidents.append((theme, cat, sev, comp.strip().lower()))
        needle = comp.strip().lower()
        found = any(needle in e.get("line", "").lower() or
                    any(needle in v.lower() for v in (e.get("labels") or {}).values())
                    for e in logs)
        if needle and not found:
            fail(rid, "component %r does not appear in the window" % comp)
        if not ev:
            fail(rid, "incident without evidence")
        if len(set(ev)) != len(ev):
            fail(rid, "duplicate evidence indices")
        for j, idx in enumerate(ev):
            if not isinstance(idx, int) or not 0 <= idx < len(logs):
                fail(rid, "evidence index %r out of range" % idx)
                continue
            text = logs[idx]["line"]
            if j == 0 and not re.search(SIGNAL[cat], text):
                fail(rid, "first evidence line %d does not carry the %s signal" % (idx, cat))
            if not (re.search(SIGNAL[cat], text) or re.search(SYMPTOM, text)):
                fail(rid, "evidence line %d looks like neither %s nor a symptom" % (idx, cat))
        if sev == "WARN" and len(ev) > len(logs) / 2.0:
            fail(rid, "WARN signal is not quiet: %d evidence lines of %d" % (len(ev), len(logs)))

    # ---- aggregate checks against the plan ----
    for s, n in PLAN_SEVERITY_COUNTS.items():
        if sev_counts[s] != n:
            fail("plan", "severity %s: %d records, plan says %d" % (s, sev_counts[s], n))
    if cat_counts["none"] != 14:
        fail("plan", "healthy windows: %d, plan says 14" % cat_counts["none"])
    if dict(healthy_by_theme) != PLAN_HEALTHY:
        fail("plan", "healthy per theme %s, plan says %s" % (dict(healthy_by_theme), PLAN_HEALTHY))
    if sorted(incidents) != [(t, c, s, comp.lower()) for t, c, s, comp in PLAN_INCIDENTS]:
        fail("plan", "incidents differ from plan:\n  got  %s\n  plan %s" % (sorted(incidents), PLAN_INCIDENTS))
    missing = [c for c in CATEGORIES[1:] if c not in cat_sev]
    if missing:
        fail("plan", "categories not covered: %s" % missing)
    multi = sorted(c for c, s in cat_sev.items() if len(s) >= 2)
    if len(multi) < 6:
        fail("plan", "only %d categories at two or more severities" % len(multi))
    for t in THEMES:
        if not 12 <= theme_counts[t] <= 15:
            fail("plan", "theme %s has %d records (want roughly even)" % (t, theme_counts[t]))
    if null_selectors < 4 or null_selectors > 14:
        fail("plan", "%d null selectors (want a few)" % null_selectors)
    if k8s_windows < 25:
        fail("plan", "only %d Kubernetes windows (want most)" % k8s_windows)

    # ---- report ----
    print("records: %d" % len(records))
    print("severity: " + ", ".join("%s=%d" % (s, sev_counts[s]) for s in SEVERITIES))
    print("themes: " + ", ".join("%s=%d (%s)" % (t, theme_counts[t], ", ".join(
        "%s=%d" % (s, theme_sev[t][s]) for s in SEVERITIES if theme_sev[t][s])) for t in THEMES))
    print("categories: " + ", ".join("%s=%d" % (c, cat_counts[c]) for c in CATEGORIES if cat_counts[c]))
    print("categories at >=2 severities (%d): %s" % (len(multi), ", ".join(
        "%s[%s]" % (c, "/".join(s for s in SEVERITIES if s in cat_sev[c])) for c in multi)))
    print("kubernetes windows: %d, null selectors: %d" % (k8s_windows, null_selectors))
    if failures:
        print("FAILED (%d):" % len(failures))
        for f in failures:
            print("  " + f)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
