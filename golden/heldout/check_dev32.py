#!/usr/bin/env python3
"""Independent consistency checker for dev32.jsonl (standard library only).

It does not import the generator.  It re-parses every record and checks:
  * 40 records, unique ids dev32-001..dev32-040, 32 incidents + 8 healthy,
    every incident category of the closed taxonomy at least twice,
    the three dev32 sources;
  * 12..20 log lines per record, RFC 3339 ts with a zone, time never going
    backwards inside a record;
  * evidence indices valid, unique, ascending; empty exactly for `none`;
  * every timestamp written inside a line (ISO 8601 / RFC 3339 variants,
    Python/Java/Postgres/MySQL/Rabbit/OpenSearch/Kafka/spdlog/Ruby/Quarkus,
    Go log and nginx error "YYYY/MM/DD", nginx/Traefik/HAProxy "[dd/Mon/yyyy:...]",
    Redis "dd Mon yyyy", RFC 3164 syslog, klog headers, epoch numbers in JSON
    "ts"/"time" fields, mosquitto epoch prefixes) is the same instant as the
    line's ts.  Any leftover time-of-day or date-looking text that none of
    those parsers claimed is reported as a problem too.

Usage: python3 check_dev32.py [FILE]      (default: dev32.jsonl next to this file)
Exit status 0 when no problem was found.
"""
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MON = {m: i + 1 for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}
CATEGORIES = {"none", "oom_killed", "application_error", "image_pull", "probe_failure",
              "scheduling", "dns_resolution", "connection_refused", "timeout",
              "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
              "storage", "database", "rate_limited", "node_failure"}
SEVERITIES = {"INFO", "WARN", "ERROR", "CRITICAL"}
SOURCES = {"synthetic:dev32-forestry", "synthetic:dev32-transit", "synthetic:dev32-localization"}

TS_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$")


def frac_us(frac):
    """Fraction digits -> microseconds; None if it has sub-microsecond content."""
    if not frac:
        return 0
    if len(frac) > 6:
        if set(frac[6:]) != {"0"}:
            return None
        frac = frac[:6]
    return int(frac.ljust(6, "0"))


def zone_minutes(z):
    if z in (None, "", "Z", "UTC"):
        return 0
    sign = 1 if z[0] == "+" else -1
    digits = z[1:].replace(":", "")
    return sign * (int(digits[:2]) * 60 + int(digits[2:4]))


def instant(y, mo, d, h, mi, s, us, off_min):
    dt = datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(minutes=off_min)))
    return int((dt - EPOCH).total_seconds()) * 1_000_000 + us


def parse_ts(ts):
    m = TS_RE.match(ts or "")
    if not m:
        return None
    y, mo, d, h, mi, s = (int(x) for x in m.groups()[:6])
    us = frac_us(m.group(7))
    if us is None:
        return None
    return instant(y, mo, d, h, mi, s, us, zone_minutes(m.group(8)))


# Each parser: (name, regex, function(match, ts_year) -> instant_us or None)
def p_iso(m, _y):
    us = frac_us(m.group(7))
    if us is None:
        return None
    return instant(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)),
                   int(m.group(5)), int(m.group(6)), us, zone_minutes(m.group(8)))


def p_clf(m, _y):
    us = frac_us(m.group(7))
    return instant(int(m.group(3)), MON[m.group(2)], int(m.group(1)), int(m.group(4)),
                   int(m.group(5)), int(m.group(6)), us, zone_minutes(m.group(8)))


def p_slash(m, _y):
    return instant(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)),
                   int(m.group(5)), int(m.group(6)), 0, 0)


def p_redis(m, _y):
    return instant(int(m.group(3)), MON[m.group(2)], int(m.group(1)), int(m.group(4)),
                   int(m.group(5)), int(m.group(6)), frac_us(m.group(7)), 0)


def p_syslog(m, y):
    return instant(y, MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)),
                   int(m.group(5)), 0, 0)


def p_klog(m, y):
    return instant(y, int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)),
                   int(m.group(6)), int(m.group(7)), 0)


def p_epoch_json(m, _y):
    v = m.group(2)
    if "." not in v and len(v) == 13:
        return int(v) * 1000
    q = Decimal(v) * 1_000_000
    if q != q.to_integral_value():
        return None
    return int(q)


def p_epoch_prefix(m, _y):
    return int(m.group(1)) * 1_000_000


PARSERS = [
    ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(?:\s?(Z|[+-]\d{2}:?\d{2}|UTC)(?![\w:]))?"), p_iso),
    ("clf", re.compile(r"\[(\d{2})/([A-Z][a-z]{2})/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(?: ([+-]\d{4}))?\]"), p_clf),
    ("slash", re.compile(r"(?<!\d)(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?![\d.])"), p_slash),
    ("redis", re.compile(r"(?<!\d)(\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})"), p_redis),
    ("syslog", re.compile(r"^([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) "), p_syslog),
    ("klog", re.compile(r"(?<![\w])([IWEF])(\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{6})(?!\d)"), p_klog),
    ("epoch-json", re.compile(r'"(ts|time|timestamp)":(\d{10}(?:\.\d+)?|\d{13})(?=[,}])'), p_epoch_json),
    ("epoch-prefix", re.compile(r"^(\d{10}): "), p_epoch_prefix),
]
LEFTOVER = [
    ("time-of-day", re.compile(r"(?<![\d:])\d{1,2}:\d{2}:\d{2}(?![\d:])")),
    ("date", re.compile(r"(?<!\d)\d{4}[-/]\d{2}[-/]\d{2}(?!\d)")),
    ("month-day", re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ /]+\d{1,2}\b")),
]


def embedded_instants(line, year):
    """Return (list of (kind, text, instant or None), list of leftover (kind, text))."""
    found = []
    masked = line
    for kind, rx, fn in PARSERS:
        for m in rx.finditer(masked):
            try:
                val = fn(m, year)
            except (ValueError, KeyError):
                val = None
            found.append((kind, m.group(0), val))
        masked = rx.sub(lambda m: "#" * len(m.group(0)), masked)
    left = [(kind, m.group(0)) for kind, rx in LEFTOVER for m in rx.finditer(masked)]
    return found, left


def fmt_us(us):
    return (EPOCH + timedelta(microseconds=us)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def check(path):
    problems = []
    stats = {"records": 0, "lines": 0, "embedded": 0, "evidence": 0, "by_kind": {}}
    raw = Path(path).read_text(encoding="utf-8").splitlines()
    recs = []
    for n, text in enumerate(raw, 1):
        try:
            recs.append(json.loads(text))
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: invalid JSON: {e}")
    stats["records"] = len(recs)
    if len(recs) != 40:
        problems.append(f"expected 40 records, found {len(recs)}")
    ids = [r.get("id") for r in recs]
    if sorted(ids) != [f"dev32-{i:03d}" for i in range(1, 41)]:
        problems.append("ids are not exactly dev32-001..dev32-040")
    cats, sources = {}, {}
    for r in recs:
        rid = r.get("id")
        exp = r.get("expected") or {}
        cat, sev = exp.get("root_cause_category"), exp.get("severity")
        cats[cat] = cats.get(cat, 0) + 1
        sources[r.get("source")] = sources.get(r.get("source"), 0) + 1
        if cat not in CATEGORIES:
            problems.append(f"{rid}: unknown category {cat!r}")
        if sev not in SEVERITIES:
            problems.append(f"{rid}: unknown severity {sev!r}")
        if (cat == "none") != (sev == "INFO"):
            problems.append(f"{rid}: category {cat} with severity {sev}")
        if r.get("source") not in SOURCES:
            problems.append(f"{rid}: unexpected source {r.get('source')!r}")
        for key in ("component", "root_cause", "summary", "action"):
            if not isinstance(exp.get(key), str) or not exp.get(key).strip():
                problems.append(f"{rid}: expected.{key} missing or empty")
        logs = r.get("logs") or []
        stats["lines"] += len(logs)
        if not 12 <= len(logs) <= 20:
            problems.append(f"{rid}: {len(logs)} log lines (need 12..20)")
        prev = None
        for i, entry in enumerate(logs):
            t = parse_ts(entry.get("ts"))
            if t is None:
                problems.append(f"{rid}[{i}]: bad ts {entry.get('ts')!r}")
                continue
            if prev is not None and t < prev:
                problems.append(f"{rid}[{i}]: time goes backwards ({entry['ts']})")
            prev = t
            if not isinstance(entry.get("labels"), dict) or not entry["labels"]:
                problems.append(f"{rid}[{i}]: labels missing")
            elif not all(re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", k) for k in entry["labels"]):
                problems.append(f"{rid}[{i}]: label name is not Loki-safe")
            line = entry.get("line")
            if not isinstance(line, str) or not line:
                problems.append(f"{rid}[{i}]: empty line")
                continue
            year = int(entry["ts"][:4])
            found, left = embedded_instants(line, year)
            for kind, text, val in found:
                stats["embedded"] += 1
                stats["by_kind"][kind] = stats["by_kind"].get(kind, 0) + 1
                if val is None:
                    problems.append(f"{rid}[{i}]: unparseable {kind} timestamp {text!r}")
                elif val != t:
                    problems.append(f"{rid}[{i}]: {kind} timestamp {text!r} = {fmt_us(val)} "
                                    f"but ts = {entry['ts']} (diff {(val - t) / 1e6:+.6f}s)")
            for kind, text in left:
                problems.append(f"{rid}[{i}]: unrecognised {kind} text {text!r} in line")
        ev = exp.get("evidence")
        if not isinstance(ev, list):
            problems.append(f"{rid}: evidence is not a list")
            continue
        stats["evidence"] += len(ev)
        if any((not isinstance(x, int)) or x < 0 or x >= len(logs) for x in ev):
            problems.append(f"{rid}: evidence index out of range {ev}")
        if ev != sorted(set(ev)):
            problems.append(f"{rid}: evidence not unique/ascending {ev}")
        if (cat == "none") != (len(ev) == 0):
            problems.append(f"{rid}: evidence {ev} inconsistent with category {cat}")
    incidents = sum(v for k, v in cats.items() if k != "none")
    if incidents != 32 or cats.get("none", 0) != 8:
        problems.append(f"expected 32 incidents + 8 healthy, found {incidents} + {cats.get('none', 0)}")
    for c in sorted(CATEGORIES - {"none"}):
        if cats.get(c, 0) < 2:
            problems.append(f"category {c} appears {cats.get(c, 0)} time(s) (need >= 2)")
    if set(sources) != SOURCES:
        problems.append(f"sources {sorted(k for k in sources if k)} differ from the three dev32 themes")
    return problems, stats, cats, sources


def main(argv):
    path = argv[1] if len(argv) > 1 else str(Path(__file__).resolve().parent / "dev32.jsonl")
    problems, stats, cats, sources = check(path)
    print(f"file: {path}")
    print(f"records: {stats['records']}  log lines: {stats['lines']}  evidence lines: {stats['evidence']}")
    print(f"embedded timestamps checked: {stats['embedded']}  by format: "
          + ", ".join(f"{k}={v}" for k, v in sorted(stats["by_kind"].items())))
    print("categories: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items(), key=lambda kv: str(kv[0]))))
    print("sources: " + ", ".join(f"{k}={v}" for k, v in sorted(sources.items(), key=lambda kv: str(kv[0]))))
    for p in problems[:200]:
        print("PROBLEM: " + p)
    if len(problems) > 200:
        print(f"... {len(problems) - 200} more")
    print(f"{len(problems)} problems")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
