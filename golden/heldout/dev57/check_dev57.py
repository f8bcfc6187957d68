#!/usr/bin/env python3
"""Independent checker for dev57.jsonl (standard library only).

Usage: python3 check_dev57.py [FILE] [--partial]
--partial skips the whole-set quotas (40 records, 10 per severity, category coverage).
It reads only the JSONL file; it shares no code with the generator.
"""
import collections
import os
import datetime as dt
import json
import re
import sys

SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = ["none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]
TAGS = ["quiet-cause", "nested-cause", "outside-selector", "healthy-lookalike"]
TOP_KEYS = {"id", "source", "question", "selector", "tags", "logs", "expected"}
EXP_KEYS = {"severity", "root_cause_category", "component", "root_cause", "summary", "action", "evidence"}
MON = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}

# words that must appear in each evidence line, per category (case-insensitive)
CAUSE_WORDS = {
    "oom_killed": r"oom|out of memory|memory cgroup|signal 9|sigkill|memory: usage",
    "application_error": r"exception|error|panic|caused by|traceback|segfault|assert|\bat [\w.$]+\(|#\d+ /",
    "image_pull": r"pull|manifest|not found|unknown tag|errimage|imagepull",
    "probe_failure": r"probe|liveness|readiness|healthz|/up\b|warm",
    "scheduling": r"failedscheduling|insufficient|taint|max node group|max size|scale-up|nodes are available|deadline",
    "dns_resolution": r"nxdomain|no such host|lookup|name or service not known|servfail|i/o timeout|coredns|corefile|forward|misbehaving|stub|linklocal",
    "connection_refused": r"refused|econnrefused|reset|no route|unreachable|upstream connect|drain|evict|sigterm|shutdown|stopped",
    "timeout": r"timeout|timed out|deadline|time\.busy|heal|slow|took",
    "tls_certificate": r"x509|certificate|tls|ssl|handshake|notafter|expired",
    "auth_failure": r"401|403|forbidden|unauthori[sz]ed|authenticat|denied|sasl|credential|password|prun|rolebinding|rotation",
    "config_error": r"config|env|missing|invalid|variable|validation|parse|configmap|not found",
    "resource_exhausted": r"no space|disk|ephemeral-storage|evict|too many open files|pool|throttl|/tmp|bytes",
    "storage": r"read-only|i/o error|ext4|multi-attach|attach|mount|volume|replica|faulted|iscsi|transport",
    "database": r"deadlock|too many clients|connection slots|replication|migration|sqlstate|lock|max_connections",
    "rate_limited": r"429|rate|quota|throttl|too many requests|retries|retry",
    "node_failure": r"notready|not ready|pleg|lockup|stall|edac|mce|machine check|hardware error|cordon|memory read error|ecc",
}
NESTED_WORDS = re.compile(r"caused by|traceback|the above exception|\[previous exception\]|desc = |: .*: |"
                          r"\bat [\w.$<>]+\(|^\s+at |^#\d+ |^\s+File \"|\(cause|raise|error\(|exception", re.I)
LOUD = re.compile(r"error|fail|refused|timeout|timed out|exception|warn|fatal|panic|5\d\d |killed|back-off|backoff|"
                  r"unavailable|denied|forbidden|429|\bERR\b|\bWRN\b|level=error|\"level\":50", re.I)
LEFTOVER = re.compile(r"\{T:[^}]*\}|\{(?:ts|pod|node|ns|uid|ip|id|name|host|cid|time|t)\}|%[sdf]\b|%\(\w+\)[sdf]|"
                      r"\$\{[A-Za-z_]+\}|\bTODO\b|\bFIXME\b")
EXEMPT_BEFORE = re.compile(r"(firsttimestamp|notafter|not after|expire|expiry|reset|renew|since|started|"
                           r"creation|last seen|valid until|is after|is before|scheduled|next run|until|"
                           r"session_start|backup started|requested at|deadline at|window|known up at|shut down at|created_at|enqueued_at)[^,;]{0,30}$", re.I)

# (name, regex, precision) ; groups are turned into a comparable tuple by parse_match
PATTERNS = [
    ("iso", re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?"
                       r"( ?(?:Z|[+-]\d{2}:?\d{2}|UTC))?")),
    ("gostd", re.compile(r"(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2})")),
    ("clf", re.compile(r"(\d{2})/([A-Z][a-z]{2})/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})")),
    ("redis", re.compile(r"(\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})")),
    ("minio", re.compile(r"(\d{2}):(\d{2}):(\d{2}) UTC (\d{2})/(\d{2})/(\d{4})")),
    ("klog", re.compile(r"(?:^|(?<=\s))[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{6})\b")),
    ("syslog", re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})\b")),
    ("epochf", re.compile(r"\"ts\":\s?(1[6-9]\d{8})\.(\d+)")),
    ("epochms", re.compile(r"\"time\":\s?(1[6-9]\d{11})\b")),
    ("epochsig", re.compile(r"signal-handler \((1[6-9]\d{8})\)")),
    ("hms3", re.compile(r"(?<![\d:.])(\d{2}):(\d{2}):(\d{2})\.(\d{3})(?![\d:])")),
]


def parse_ts(s):
    if not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", s):
        raise ValueError("not RFC 3339 with zone: %r" % s)
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(dt.timezone.utc)


def frac_ms(f):
    return int((f or "0").ljust(3, "0")[:3])


def check_embedded(line, t):
    """Return a list of problems for timestamps inside the line that disagree with t."""
    problems, taken = [], []
    for name, rx in PATTERNS:
        for m in rx.finditer(line):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            if EXEMPT_BEFORE.search(line[max(0, m.start() - 45):m.start()]):
                continue
            g = m.groups()
            ok = True
            if name == "iso":
                zone = (g[7] or "").strip()
                if zone not in ("", "Z", "+00:00", "+0000", "UTC", "-00:00"):
                    problems.append("non-UTC zone %r" % m.group(0))
                    continue
                d = dt.datetime(int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), tzinfo=dt.timezone.utc)
                ok = d == t.replace(microsecond=0) and (g[6] is None or frac_ms(g[6]) == t.microsecond // 1000)
            elif name == "gostd":
                d = dt.datetime(*map(int, g), tzinfo=dt.timezone.utc)
                ok = d == t.replace(microsecond=0)
            elif name == "clf":
                d = dt.datetime(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5]), tzinfo=dt.timezone.utc)
                ok = d == t.replace(microsecond=0) and g[6] == "+0000"
            elif name == "redis":
                d = dt.datetime(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5]), tzinfo=dt.timezone.utc)
                ok = d == t.replace(microsecond=0) and int(g[6]) == t.microsecond // 1000
            elif name == "minio":
                d = dt.datetime(int(g[5]), int(g[3]), int(g[4]), int(g[0]), int(g[1]), int(g[2]), tzinfo=dt.timezone.utc)
                ok = d == t.replace(microsecond=0)
            elif name == "klog":
                ok = (int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4])) == (t.month, t.day, t.hour, t.minute, t.second) \
                    and int(g[5]) // 1000 == t.microsecond // 1000
            elif name == "syslog":
                ok = (MON[g[0]], int(g[1]), int(g[2]), int(g[3]), int(g[4])) == (t.month, t.day, t.hour, t.minute, t.second)
            elif name in ("epochf", "epochms", "epochsig"):
                epoch = int((t - dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)).total_seconds())
                if name == "epochf":
                    ok = int(g[0]) == epoch and frac_ms(g[1]) == t.microsecond // 1000
                elif name == "epochms":
                    ok = int(g[0]) == epoch * 1000 + t.microsecond // 1000
                else:
                    ok = int(g[0]) == epoch
            elif name == "hms3":
                ok = (int(g[0]), int(g[1]), int(g[2]), int(g[3])) == (t.hour, t.minute, t.second, t.microsecond // 1000)
            if not ok:
                problems.append("%s timestamp %r disagrees with ts %s" % (name, m.group(0), t.isoformat()))
    return problems


def matches_selector(labels, sel):
    if not sel:
        return True
    return all(labels.get(k) == v for k, v in sel.items() if v is not None)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    partial = "--partial" in argv
    path = args[0] if args else os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dev57.jsonl")
    errors, warnings = [], []
    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            try:
                recs.append(json.loads(raw))
            except ValueError as e:
                errors.append("line %d: bad JSON: %s" % (n, e))

    ids = set()
    sev_c, cat_c, tag_c = collections.Counter(), collections.Counter(), collections.Counter()
    nlines = 0
    for r in recs:
        rid = r.get("id", "?")
        E = lambda msg: errors.append("%s: %s" % (rid, msg))
        if set(r) - TOP_KEYS or TOP_KEYS - set(r):
            E("top-level keys %s" % sorted(r))
        if not re.fullmatch(r"dev57-0[0-4]\d", rid) or not (1 <= int(rid[-3:]) <= 40):
            E("bad id")
        if rid in ids:
            E("duplicate id")
        ids.add(rid)
        if r.get("source") != "synthetic:dev57":
            E("source %r" % r.get("source"))
        if not isinstance(r.get("question"), str) or not r["question"].endswith("?"):
            E("question missing or not a question")
        sel = r.get("selector") or {}
        if not isinstance(sel, dict) or not sel.get("namespace"):
            E("selector without namespace")
        tags = r.get("tags")
        if not isinstance(tags, list) or any(t not in TAGS for t in tags) or len(set(tags)) != len(tags):
            E("bad tags %r" % tags)
            tags = []
        tag_c.update(tags)
        exp = r.get("expected") or {}
        if set(exp) != EXP_KEYS:
            E("expected keys %s" % sorted(exp))
        sev, cat = exp.get("severity"), exp.get("root_cause_category")
        if sev not in SEVERITIES:
            E("severity %r" % sev)
        if cat not in CATEGORIES:
            E("category %r" % cat)
        sev_c[sev] += 1
        cat_c[cat] += 1
        if (sev == "INFO") != (cat == "none"):
            E("INFO must go with none and only with none")
        comp = exp.get("component")
        if not isinstance(comp, str) or not comp.strip() or comp != comp.strip().lower():
            E("component %r" % comp)
        for k in ("root_cause", "summary", "action"):
            if not isinstance(exp.get(k), str) or len(exp[k]) < 20:
                E("%s too short" % k)
        logs = r.get("logs") or []
        nlines += len(logs)
        if not 25 <= len(logs) <= 90:
            E("%d log lines (want 25..90)" % len(logs))
        prev = None
        srcs = set()
        for i, l in enumerate(logs):
            if set(l) != {"ts", "labels", "line"}:
                E("log %d keys %s" % (i, sorted(l)))
                continue
            try:
                t = parse_ts(l["ts"])
            except ValueError as e:
                E("log %d: %s" % (i, e))
                continue
            if prev and t < prev:
                E("log %d out of time order" % i)
            prev = t
            if not isinstance(l["labels"], dict) or not l["labels"]:
                E("log %d: empty labels" % i)
            srcs.add(json.dumps(l["labels"], sort_keys=True))
            line = l["line"]
            if not isinstance(line, str) or not line.strip():
                E("log %d: empty line" % i)
                continue
            if LEFTOVER.search(line):
                E("log %d: leftover template token: %r" % (i, LEFTOVER.search(line).group(0)))
            for p in check_embedded(line, t):
                E("log %d: %s" % (i, p))
        if len(srcs) < 3:
            E("only %d distinct sources" % len(srcs))
        ev = exp.get("evidence")
        if not isinstance(ev, list) or any(not isinstance(x, int) for x in ev):
            E("evidence not a list of ints")
            continue
        if ev != sorted(set(ev)):
            E("evidence not sorted/unique")
        if any(x < 0 or x >= len(logs) for x in ev):
            E("evidence index out of range")
            continue
        if cat == "none":
            if ev:
                E("none record with evidence")
        else:
            if not ev:
                E("incident without evidence")
            words = re.compile(CAUSE_WORDS.get(cat, "."), re.I)
            for x in ev:
                if not words.search(logs[x]["line"]):
                    E("evidence %d does not show a %s cause: %r" % (x, cat, logs[x]["line"][:110]))
        # tag consistency
        outside = any(not matches_selector(logs[x]["labels"], sel) for x in ev)
        if outside != ("outside-selector" in tags):
            E("outside-selector tag %s but evidence outside selector is %s" % ("outside-selector" in tags, outside))
        if "healthy-lookalike" in tags:
            if cat != "none":
                E("healthy-lookalike on an incident")
            loud = sum(1 for l in logs if LOUD.search(l["line"]))
            if loud < 5:
                E("healthy-lookalike with only %d alarming lines" % loud)
        if "quiet-cause" in tags:
            loud = sum(1 for i, l in enumerate(logs) if i not in ev and LOUD.search(l["line"]))
            if loud < max(3, len(ev)):
                E("quiet-cause but only %d loud non-evidence lines for %d evidence lines" % (loud, len(ev)))
        if "nested-cause" in tags:
            near = set()
            for x in ev:
                near.update(range(max(0, x - 3), min(len(logs), x + 4)))
            if not any(NESTED_WORDS.search(logs[i]["line"]) for i in near):
                E("nested-cause without a stack trace / wrapped error near the evidence")

    if not partial:
        if len(recs) != 40:
            errors.append("set: %d records, want 40" % len(recs))
        for s in SEVERITIES:
            if sev_c[s] != 10:
                errors.append("set: %d %s records, want 10" % (sev_c[s], s))
        for c in CATEGORIES[1:]:
            if cat_c[c] < 1:
                errors.append("set: category %s not covered" % c)
        if sorted(ids) != ["dev57-%03d" % i for i in range(1, 41)]:
            errors.append("set: ids are not dev57-001..040")

    print("records: %d  lines: %d" % (len(recs), nlines))
    print("severity: " + ", ".join("%s=%d" % (s, sev_c[s]) for s in SEVERITIES))
    print("categories: " + ", ".join("%s=%d" % (c, cat_c[c]) for c in CATEGORIES if cat_c[c]))
    print("tags: " + ", ".join("%s=%d" % (t, tag_c[t]) for t in TAGS))
    for w in warnings:
        print("WARN " + w)
    for e in errors:
        print("ERROR " + e)
    print("check_dev57: %s (%d problem(s))" % ("FAIL" if errors else "ok", len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
