#!/usr/bin/env python3
"""Independent consistency checker for dev33.jsonl (standard library only).

Checks record counts and mix, ids, per-record line counts, RFC 3339 ts with a zone,
non-decreasing time, evidence indices, label conventions, and that every timestamp
embedded in a log line is the same instant as the line's ts (to the embedded format's
precision).  Any timestamp-like text it cannot parse is reported too.

Usage: python3 check_dev33.py [FILE]      (default: dev33.jsonl next to this script)
Exit status 0 iff 0 problems.
"""
import json
import os
import re
import sys
from datetime import datetime, timezone

US = 1_000_000
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MONTHS = {m: i + 1 for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}
CATEGORIES = {"none", "oom_killed", "application_error", "image_pull", "probe_failure",
              "scheduling", "dns_resolution", "connection_refused", "timeout", "tls_certificate",
              "auth_failure", "config_error", "resource_exhausted", "storage", "database",
              "rate_limited", "node_failure"}
SOURCES = {"synthetic:dev33-observatory", "synthetic:dev33-marina", "synthetic:dev33-printshop"}

TS_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$")


def civil_us(y, mo, d, h, mi, s, frac="", off_min=0):
    dt = datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)
    us = int((dt - EPOCH).total_seconds()) * US
    if frac:
        us += int((frac + "000000")[:6])
    return us - off_min * 60 * US


def frac_prec(frac):
    """Precision (in microseconds) of a fractional-second field."""
    n = len(frac or "")
    return US if n == 0 else (10 ** max(0, 6 - n))


def parse_zone(z):
    if not z or z.strip() in ("Z", "UTC"):
        return 0
    z = z.strip()
    sign = -1 if z[0] == "-" else 1
    z = z[1:].replace(":", "")
    return sign * (int(z[:2]) * 60 + int(z[2:4]))


def parse_ts(s):
    m = TS_RE.match(s)
    if not m:
        return None
    y, mo, d, h, mi, sec = (int(x) for x in m.groups()[:6])
    return civil_us(y, mo, d, h, mi, sec, m.group(7) or "", parse_zone(m.group(8)))


# Each parser: (name, regex, function(match, ts_year) -> (instant_us, precision_us))
def _iso(m, _y):
    y, mo, d, h, mi, s = (int(m.group(i)) for i in range(1, 7))
    return civil_us(y, mo, d, h, mi, s, m.group(7) or "", parse_zone(m.group(8))), frac_prec(m.group(7))


def _slash(m, _y):
    y, mo, d, h, mi, s = (int(m.group(i)) for i in range(1, 7))
    return civil_us(y, mo, d, h, mi, s, m.group(7) or ""), frac_prec(m.group(7))


def _clf(m, _y):
    d, mon, y, h, mi, s = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)
    return civil_us(int(y), MONTHS[mon], int(d), int(h), int(mi), int(s), "", parse_zone(m.group(7))), US


def _syslog(m, y):
    return civil_us(y, MONTHS[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)),
                    int(m.group(5))), US


def _klog(m, y):
    return civil_us(y, int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)),
                    int(m.group(5)), m.group(6)), 1


def _epoch_s(m, _y):
    return int(m.group(1)) * US, US


def _epoch_float(m, _y):
    whole, _, frac = m.group(1).partition(".")
    return int(whole) * US + int((frac + "000000")[:6]), frac_prec(frac)


def _epoch_ms(m, _y):
    return int(m.group(1)) * 1000, 1000


def _event_hex(m, _y):
    ns = int(m.group(1), 16)
    return ns // 1000, 1


PARSERS = [
    ("iso8601", re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:\d{2}|[+-]\d{4}| UTC)?"), _iso),
    ("slash", re.compile(r"(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?"), _slash),
    ("clf", re.compile(r"\[(\d{2})/([A-Z][a-z]{2})/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\]"), _clf),
    ("syslog", re.compile(r"^([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) "), _syslog),
    ("klog", re.compile(r"^[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{6}) "), _klog),
    ("mosquitto", re.compile(r"^(\d{10}): "), _epoch_s),
    ("zap-ts", re.compile(r'"ts":(\d{10}(?:\.\d{1,9})?)(?=[,}])'), _epoch_float),
    ("pino-time", re.compile(r'"time":(\d{13})(?=[,}])'), _epoch_ms),
    ("event-name", re.compile(r'"name":"[^"]*\.([0-9a-f]{15,16})"'), _event_hex),
]

# timestamp-like text that must have been consumed by one of the parsers above
SUSPICIOUS = [
    re.compile(r"\d{4}-\d{2}-\d{2}"),
    re.compile(r"\d{4}/\d{2}/\d{2}"),
    re.compile(r"(?<![:\w])\d{1,2}:\d{2}:\d{2}(?![:\w])"),  # not inside MAC addresses
    re.compile(r"(?<![\w.])1[6-8]\d{8}(?:\d{3})?(?![\w])"),
    re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\b"),
]


def embedded(line, year):
    """Yield (parser, text, instant_us, precision_us); then leftover suspicious snippets."""
    masked = list(line)
    found = []
    for name, rx, fn in PARSERS:
        for m in rx.finditer(line):
            if any(masked[i] == "\0" for i in range(m.start(), m.end())):
                continue
            inst, prec = fn(m, year)
            found.append((name, m.group(0), inst, prec))
            for i in range(m.start(), m.end()):
                masked[i] = "\0"
    rest = "".join(masked)
    left = [m.group(0) for rx in SUSPICIOUS for m in rx.finditer(rest)]
    return found, left


def convention(labels):
    k = set(labels)
    job = labels.get("job", "")
    if job == "fluent-bit":
        return "fluent-bit"
    if job == "systemd-journal":
        return "journald"
    if job == "varlogs":
        return "promtail-file"
    if job.startswith("integrations/kubernetes/"):
        return "alloy"
    if "compose_project" in k:
        return "loki-docker"
    if labels.get("source_type") == "kubernetes_logs":
        return "vector"
    if "kube_namespace" in k:
        return "datadog"
    if "data_stream_dataset" in k:
        return "elastic-agent"
    if labels.get("resource_type") == "k8s_container":
        return "gke-cloud-logging"
    if "log_type" in k and "kubernetes_namespace_name" in k:
        return "openshift-logging"
    if "PodNamespace" in k:
        return "azure-container-insights"
    if "k8s_namespace_name" in k:
        return "otel-collector"
    if "node_name" in k and "stream" in k:
        return "promtail"
    if "service_name" in k and "cluster" in k:
        return "alloy"
    return "unknown"


def check(path):
    problems = []

    def bad(msg):
        problems.append(msg)

    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if not raw.endswith("\n"):
        bad("file does not end with a newline")
    recs = [json.loads(x) for x in raw.splitlines() if x.strip()]
    stats = {"records": len(recs), "lines": 0, "evidence": 0, "embedded_ok": 0,
             "by_parser": {}, "conventions": {}}
    if len(recs) != 40:
        bad("expected 40 records, found %d" % len(recs))
    ids = [r.get("id") for r in recs]
    if ids != ["dev33-%03d" % i for i in range(1, len(recs) + 1)]:
        bad("ids are not dev33-001..dev33-%03d in order" % len(recs))
    healthy = [r for r in recs if r["expected"]["root_cause_category"] == "none"]
    inc = [r for r in recs if r["expected"]["root_cause_category"] != "none"]
    if len(healthy) != 20 or len(inc) != 20:
        bad("expected 20 healthy / 20 incidents, got %d / %d" % (len(healthy), len(inc)))
    if any(r["expected"]["severity"] != "INFO" for r in healthy):
        bad("a healthy record is not INFO")
    warn = sum(1 for r in inc if r["expected"]["severity"] == "WARN")
    err = sum(1 for r in inc if r["expected"]["severity"] == "ERROR")
    if warn < 14 or warn + err != len(inc):
        bad("incident severities must be >=14 WARN and the rest ERROR (WARN=%d ERROR=%d)" % (warn, err))
    cats = {r["expected"]["root_cause_category"] for r in inc}
    if len(cats) < 14:
        bad("incidents span only %d categories" % len(cats))
    for r in recs:
        rid = r.get("id")
        e = r["expected"]
        if r.get("source") not in SOURCES:
            bad("%s: unexpected source %r" % (rid, r.get("source")))
        if e["root_cause_category"] not in CATEGORIES:
            bad("%s: category outside the closed set" % rid)
        if e["root_cause_category"] != "none" and not str(e.get("component", "")).strip():
            bad("%s: incident without component" % rid)
        logs = r["logs"]
        stats["lines"] += len(logs)
        if not 12 <= len(logs) <= 20:
            bad("%s: %d log lines (want 12-20)" % (rid, len(logs)))
        ev = e.get("evidence", [])
        stats["evidence"] += len(ev)
        if e["root_cause_category"] == "none" and ev:
            bad("%s: healthy record with evidence" % rid)
        if e["root_cause_category"] != "none" and not ev:
            bad("%s: incident without evidence" % rid)
        if len(set(ev)) != len(ev) or ev != sorted(ev):
            bad("%s: evidence not sorted/unique" % rid)
        for i in ev:
            if not isinstance(i, int) or not 0 <= i < len(logs):
                bad("%s: evidence index %r out of range" % (rid, i))
        prev = None
        for n, entry in enumerate(logs):
            t = parse_ts(entry["ts"])
            if t is None:
                bad("%s[%d]: ts %r is not RFC 3339 with a zone" % (rid, n, entry["ts"]))
                continue
            if prev is not None and t < prev:
                bad("%s[%d]: time goes backwards" % (rid, n))
            prev = t
            conv = convention(entry["labels"])
            stats["conventions"][conv] = stats["conventions"].get(conv, 0) + 1
            if conv == "unknown":
                bad("%s[%d]: unrecognised label convention" % (rid, n))
            if not isinstance(entry["line"], str) or "\n" in entry["line"] or not entry["line"].strip():
                bad("%s[%d]: line must be a non-empty single line" % (rid, n))
                continue
            year = int(entry["ts"][:4])
            found, left = embedded(entry["line"], year)
            for name, text, inst, prec in found:
                stats["by_parser"][name] = stats["by_parser"].get(name, 0) + 1
                if inst <= t < inst + prec:
                    stats["embedded_ok"] += 1
                else:
                    bad("%s[%d]: embedded %s timestamp %r != ts %s" % (rid, n, name, text, entry["ts"]))
            for text in left:
                bad("%s[%d]: unparsed timestamp-like text %r" % (rid, n, text))
    conv_n = len([c for c in stats["conventions"] if c != "unknown"])
    if conv_n < 8:
        bad("only %d label conventions" % conv_n)
    return problems, stats


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "dev33.jsonl")
    problems, stats = check(path)
    for p in problems:
        print("PROBLEM:", p)
    print("records=%d lines=%d evidence=%d embedded_timestamps_checked=%d" % (
        stats["records"], stats["lines"], stats["evidence"], stats["embedded_ok"]))
    print("embedded formats: " + ", ".join("%s=%d" % kv for kv in sorted(stats["by_parser"].items())))
    print("label conventions (%d): " % len(stats["conventions"]) + ", ".join(
        "%s=%d" % kv for kv in sorted(stats["conventions"].items())))
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
