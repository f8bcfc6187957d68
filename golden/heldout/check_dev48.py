#!/usr/bin/env python3
"""Check dev48.jsonl against the properties the set promises (standard library only).

Usage: python3 check_dev48.py [DIR]   (DIR defaults to this script's directory)

Exits 0 when every check passes, 1 otherwise (all failures are listed).
Reads dev48.jsonl and README-dev48.md (quiet-cause list and SHA-256); writes nothing.
If make_dev48.py sits beside it, also rebuilds the set in memory and compares bytes.
"""
import collections
import hashlib
import importlib.util
import json
import os
import re
import sys

sys.dont_write_bytecode = True

DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(DIR, "dev48.jsonl")
README = os.path.join(DIR, "README-dev48.md")
GEN = os.path.join(DIR, "make_dev48.py")

# Closed taxonomy from the golden format (v1).
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
INCIDENT_CATEGORIES = [
    "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
]
CATEGORIES = ["none"] + INCIDENT_CATEGORIES
HEALTHY_SEVERITY = "INFO"

# What this set promises.
EXPECTED_SEVERITY_COUNTS = {"INFO": 10, "WARN": 10, "ERROR": 11, "CRITICAL": 9}
EXPECTED_QUIET = (7, 10)           # "about 8"
LINES_PER_RECORD = (15, 25)
K8S_SHARE = (0.70, 0.80)           # "about three quarters"
DOMAINS = {"cinema-chain", "dialysis-clinics", "casino-resort"}
MIN_STACK_RECORDS = 4

SOURCE_RE = re.compile(r"^synthetic:(cinema-chain|dialysis-clinics|casino-resort)/[a-z0-9-]+$")
ID_RE = re.compile(r"^dev48-(\d{3})$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
LOUD_RE = re.compile(r"(?i)(\bwarn(ing)?\b|\berr(or)?\b|\bfatal\b|\bcrit(ical)?\b|\bpanic\b|exception|\bfail(ed|ure|s)?\b|refused|"
                     r"denied|timed? ?out|unavailable|\b(429|500|502|503|504)\b|\bE\d{4} )")
CALM_BAD_RE = re.compile(r"(?i)(\berr(or)?\b|\bfatal\b|\bpanic\b|exception|\bfail(ed|ure|s)?\b|refused|denied|"
                         r"timed? ?out|unavailable|\bwarn(ing)?\b|\"level\":\"(warn|error)\")")
NOISE_RE = re.compile(r"(?i)(warn|error|\b40[134]\b|\b409\b|\b50[234]\b|refused|reset|retry|retrying|"
                      r"probe failed|timeout|not found|critical|abort|broken pipe|denied)")
EXC_LINE_RE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception)\b")

failures = []


def fail(msg):
    failures.append(msg)


def workload(labels):
    """A pod, or a job (program) on a host/node."""
    if labels.get("pod"):
        return labels["pod"]
    return "%s@%s" % (labels.get("job"), labels.get("host") or labels.get("node"))


def load():
    recs = []
    with open(DATA, "rb") as f:
        raw = f.read()
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            fail("line %d: blank line" % n)
            continue
        try:
            recs.append(json.loads(line))
        except ValueError as e:
            fail("line %d: invalid JSON: %s" % (n, e))
    return raw, recs


def read_readme():
    if not os.path.exists(README):
        fail("README-dev48.md missing")
        return None, None, None
    text = open(README, encoding="utf-8").read()
    m = re.search(r"Quiet-cause records \((\d+)\):\s*([^\n]*)", text)
    quiet = None
    if not m:
        fail("README: no 'Quiet-cause records (N): ...' line")
    else:
        quiet = [q.strip() for q in m.group(2).split(",") if q.strip()]
        if int(m.group(1)) != len(quiet):
            fail("README: quiet-cause count %s != %d ids listed" % (m.group(1), len(quiet)))
    s = re.search(r"SHA-256[^\n]*?([0-9a-f]{64})", text)
    return text, quiet, (s.group(1) if s else None)


def check_record(r, stats):
    rid = r.get("id", "?")
    for key in ("id", "source", "logs", "expected"):
        if key not in r:
            fail("%s: missing %s" % (rid, key))
            return
    if not SOURCE_RE.match(r["source"]):
        fail("%s: source %r is not synthetic:<domain>/<platform>" % (rid, r["source"]))
    elif any(c in r["source"] for c in INCIDENT_CATEGORIES + ["none", "healthy", "oom", "tls", "dns"]):
        fail("%s: source %r leaks the answer" % (rid, r["source"]))
    else:
        stats["domain"][r["source"].split(":")[1].split("/")[0]] += 1
    sel = r.get("selector")
    if sel is not None and set(sel) - {"namespace", "pod", "container", "node", "app"}:
        fail("%s: unknown selector keys %s" % (rid, sorted(set(sel) - {"namespace", "pod", "container", "node", "app"})))

    logs = r["logs"]
    n = len(logs)
    stats["lines"] += n
    if not LINES_PER_RECORD[0] <= n <= LINES_PER_RECORD[1]:
        fail("%s: %d lines, expected %d-%d" % (rid, n, *LINES_PER_RECORD))
    prev = None
    for i, l in enumerate(logs):
        if not isinstance(l.get("line"), str) or not l["line"].strip():
            fail("%s: logs[%d] has an empty line" % (rid, i))
        if not isinstance(l.get("labels"), dict) or not l["labels"]:
            fail("%s: logs[%d] has no labels" % (rid, i))
        ts = l.get("ts", "")
        if not TS_RE.match(ts):
            fail("%s: logs[%d] ts %r is not RFC 3339 with a zone" % (rid, i, ts))
        elif prev is not None and ts < prev:
            fail("%s: logs[%d] out of time order" % (rid, i))
        prev = ts
        if "@" in l["line"] and re.search(r"@[A-Z]+[+-]?\d*/?-?@", l["line"]):
            fail("%s: logs[%d] has an unrendered time token" % (rid, i))
    is_k8s = any("namespace" in l["labels"] for l in logs)
    stats["k8s" if is_k8s else "host"] += 1

    e = r["expected"]
    sev, cat = e.get("severity"), e.get("root_cause_category")
    if sev not in SEVERITIES:
        fail("%s: severity %r not in %s" % (rid, sev, SEVERITIES))
    if cat not in CATEGORIES:
        fail("%s: category %r not in the closed taxonomy" % (rid, cat))
    stats["sev"][sev] += 1
    stats["cat"][cat] += 1
    ev = e.get("evidence")
    if not isinstance(ev, list):
        fail("%s: evidence missing or not a list" % rid)
        ev = []
    comp = e.get("component")

    if cat == "none":
        if sev != HEALTHY_SEVERITY:
            fail("%s: healthy window has severity %s" % (rid, sev))
        if comp not in (None, ""):
            fail("%s: healthy window has a component" % rid)
        if ev:
            fail("%s: healthy window has evidence" % rid)
        noisy = sum(1 for l in logs if NOISE_RE.search(l["line"]))
        if noisy < 2:
            fail("%s: healthy window has only %d noisy-looking lines" % (rid, noisy))
    else:
        if sev == HEALTHY_SEVERITY:
            fail("%s: incident with severity %s" % (rid, sev))
        if not isinstance(comp, str) or not comp.strip():
            fail("%s: incident without component" % rid)
        if not ev:
            fail("%s: incident without evidence" % rid)
        for k in ("root_cause", "summary", "action"):
            if not isinstance(e.get(k), str) or len(e[k]) < 20:
                fail("%s: expected.%s missing or too short" % (rid, k))
    if ev != sorted(set(ev)):
        fail("%s: evidence not sorted/unique" % rid)
    for i in ev:
        if not isinstance(i, int) or not 0 <= i < n:
            fail("%s: evidence index %r not in 0..%d" % (rid, i, n - 1))
        elif not logs[i]["line"].strip():
            fail("%s: evidence index %d points at an empty line" % (rid, i))

    # Multi-line traces: the nested cause must be among the evidence.
    lines = [l["line"] for l in logs]
    has_trace = False
    if any(x.startswith("Caused by:") or "Caused by:" in x for x in lines):
        has_trace = True
        if not any("Caused by:" in lines[i] for i in ev if 0 <= i < n):
            fail("%s: Java trace with 'Caused by' but no 'Caused by' line in evidence" % rid)
    for k, x in enumerate(lines):
        if x.startswith("The above exception was the direct cause") or x.startswith("During handling of the above exception"):
            has_trace = True
            start = max((j for j in range(k) if lines[j].startswith("Traceback")), default=0)
            if not any(start < i < k and EXC_LINE_RE.match(lines[i]) for i in ev):
                fail("%s: Python chained trace but the inner exception line is not evidence" % rid)
    if any(x.startswith("goroutine ") for x in lines):
        has_trace = True
        if not any(lines[i].startswith("panic:") for i in ev if 0 <= i < n):
            fail("%s: Go panic but no 'panic:' line in evidence" % rid)
    if has_trace:
        stats["traces"] += 1


def check_quiet(recs_by_id, quiet_ids):
    for qid in quiet_ids:
        r = recs_by_id.get(qid)
        if r is None:
            fail("quiet-cause id %s not in the set" % qid)
            continue
        e, logs = r["expected"], r["logs"]
        if e.get("root_cause_category") == "none":
            fail("%s: listed as quiet cause but is healthy" % qid)
            continue
        loud = collections.Counter(workload(l["labels"]) for l in logs if LOUD_RE.search(l["line"]))
        calm = [i for i in e.get("evidence", []) if 0 <= i < len(logs) and not CALM_BAD_RE.search(logs[i]["line"])]
        ok = False
        for i in calm:
            wl = workload(logs[i]["labels"])
            others = sum(c for w, c in loud.items() if w != wl)
            if others >= 3 and loud.get(wl, 0) <= 1:
                ok = True
                break
        if not ok:
            fail("%s: no calm evidence line on another workload with >=3 loud lines elsewhere" % qid)


def check_regen(raw):
    if not os.path.exists(GEN):
        return
    spec = importlib.util.spec_from_file_location("make_dev48_check", GEN)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    a, qa = mod.build_dataset()
    b, qb = mod.build_dataset()
    if a != b or qa != qb:
        fail("generator is not deterministic in-process")
    if a.encode("utf-8") != raw:
        fail("dev48.jsonl differs from what make_dev48.py generates")
    return qa


def main():
    if not os.path.exists(DATA):
        print("FAIL: %s missing" % DATA)
        return 1
    raw, recs = load()
    stats = {"sev": collections.Counter(), "cat": collections.Counter(), "domain": collections.Counter(),
             "lines": 0, "k8s": 0, "host": 0, "traces": 0}

    ids = [r.get("id") for r in recs]
    nums = []
    for rid in ids:
        m = ID_RE.match(rid or "")
        if not m:
            fail("bad id %r" % rid)
        else:
            nums.append(int(m.group(1)))
    if len(set(ids)) != len(ids):
        fail("duplicate ids: %s" % [i for i, c in collections.Counter(ids).items() if c > 1])
    if sorted(nums) != list(range(1, len(recs) + 1)):
        fail("ids are not exactly dev48-001..dev48-%03d" % len(recs))
    if nums == sorted(nums):
        fail("ids appear in ascending order (not shuffled)")

    for r in recs:
        check_record(r, stats)

    total = len(recs)
    if dict(stats["sev"]) != EXPECTED_SEVERITY_COUNTS:
        fail("severity counts %s != %s" % (dict(stats["sev"]), EXPECTED_SEVERITY_COUNTS))
    missing = [c for c in INCIDENT_CATEGORIES if stats["cat"][c] == 0]
    if missing:
        fail("incident categories never used: %s" % missing)
    if stats["cat"]["none"] != EXPECTED_SEVERITY_COUNTS[HEALTHY_SEVERITY]:
        fail("healthy windows %d != %d" % (stats["cat"]["none"], EXPECTED_SEVERITY_COUNTS[HEALTHY_SEVERITY]))
    if set(stats["domain"]) != DOMAINS or min(stats["domain"].values()) < 10:
        fail("domain spread %s" % dict(stats["domain"]))
    share = stats["k8s"] / total if total else 0
    if not K8S_SHARE[0] <= share <= K8S_SHARE[1]:
        fail("Kubernetes share %.2f outside %s" % (share, K8S_SHARE))
    if stats["traces"] < MIN_STACK_RECORDS:
        fail("only %d records with multi-line traces" % stats["traces"])
    sev_seq = [r["expected"]["severity"] for r in recs]
    changes = sum(1 for a, b in zip(sev_seq, sev_seq[1:]) if a != b)
    if changes < total // 3:
        fail("records look grouped by severity (%d changes)" % changes)

    text, quiet_ids, readme_sha = read_readme()
    if quiet_ids is not None:
        if not EXPECTED_QUIET[0] <= len(quiet_ids) <= EXPECTED_QUIET[1]:
            fail("quiet-cause records %d outside %s" % (len(quiet_ids), EXPECTED_QUIET))
        check_quiet({r["id"]: r for r in recs}, quiet_ids)
    sha = hashlib.sha256(raw).hexdigest()
    if readme_sha is not None and readme_sha != sha:
        fail("README SHA-256 %s != file %s" % (readme_sha, sha))
    elif readme_sha is None and text is not None:
        fail("README has no SHA-256")
    gen_quiet = check_regen(raw)
    if gen_quiet is not None and quiet_ids is not None and sorted(gen_quiet) != sorted(quiet_ids):
        fail("README quiet-cause ids differ from the generator's")

    print("records: %d  lines: %d  k8s: %d  plain hosts: %d  traces: %d" % (
        total, stats["lines"], stats["k8s"], stats["host"], stats["traces"]))
    print("severity: %s" % ", ".join("%s=%d" % (s, stats["sev"][s]) for s in SEVERITIES))
    print("categories: %s" % ", ".join("%s=%d" % (c, stats["cat"][c]) for c in CATEGORIES))
    print("domains: %s" % dict(sorted(stats["domain"].items())))
    print("quiet-cause records: %s" % (len(quiet_ids) if quiet_ids is not None else "?"))
    print("sha256: %s" % sha)
    if failures:
        print("\nFAIL (%d):" % len(failures))
        for f in failures:
            print("  - " + f)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
