#!/usr/bin/env python3
"""Check dev41.jsonl against the design intentions of make_dev41.py.

Standard library only.  Exits 1 with a list of failures, 0 when everything holds.
Usage: python3 check_dev41.py [path/to/dev41.jsonl]
"""
import json
import os
import sys
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "dev41.jsonl")

TAXONOMY = {"none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
            "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
            "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"}
SEVERITIES = {"INFO", "WARN", "ERROR", "CRITICAL"}

EXPECTED_RECORDS = 40
EXPECTED_SEVERITY = {"INFO": 12, "WARN": 10, "ERROR": 10, "CRITICAL": 8}
# intended category -> set of severities it appears at
EXPECTED_CATEGORY_SEVERITIES = {
    "none": {"INFO"},
    "timeout": {"WARN", "ERROR"},
    "connection_refused": {"WARN", "CRITICAL"},
    "resource_exhausted": {"WARN", "CRITICAL"},
    "database": {"WARN", "ERROR"},
    "oom_killed": {"WARN", "CRITICAL"},
    "probe_failure": {"WARN", "CRITICAL"},
    "tls_certificate": {"WARN", "ERROR"},
    "rate_limited": {"WARN", "ERROR"},
    "storage": {"ERROR", "CRITICAL"},
    "node_failure": {"WARN", "CRITICAL"},
    "application_error": {"ERROR", "CRITICAL"},
    "config_error": {"ERROR", "CRITICAL"},
    "dns_resolution": {"ERROR"},
    "auth_failure": {"ERROR"},
    "image_pull": {"ERROR"},
    "scheduling": {"WARN"},
}
EXPECTED_PLATFORM = {"k8s": 28, "host": 12}
DOMAINS = {"radiology", "customs", "podcast"}
LINES_PER_RECORD = (30, 60)
TOTAL_LINES = (1500, 2000)
MIN_COMPONENT_NOT_SUBJECT = 8      # incidents where the fix target is not the app the question/selector points at

failures = []


def fail(msg):
    failures.append(msg)


def parse_ts(s):
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    dt = datetime.fromisoformat(s)
    if dt.tzinfo is None:
        raise ValueError("no zone")
    return dt


def main():
    try:
        with open(PATH, encoding="utf-8") as fh:
            raw = [ln for ln in fh.read().split("\n") if ln.strip()]
    except OSError as exc:
        print(f"FAIL: cannot read {PATH}: {exc}")
        return 1
    recs = []
    for n, ln in enumerate(raw, 1):
        try:
            recs.append(json.loads(ln))
        except json.JSONDecodeError as exc:
            fail(f"line {n}: invalid JSON ({exc})")
    if len(recs) != EXPECTED_RECORDS:
        fail(f"record count {len(recs)} != {EXPECTED_RECORDS}")

    ids = [r.get("id") for r in recs]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        fail(f"duplicate ids: {dup}")

    sev = Counter()
    cat_sev = {}
    platform = Counter()
    domain = Counter()
    total_lines = 0
    not_subject = 0

    for r in recs:
        rid = r.get("id", "?")
        exp = r.get("expected", {})
        s, c = exp.get("severity"), exp.get("root_cause_category")
        if s not in SEVERITIES:
            fail(f"{rid}: bad severity {s!r}")
        if c not in TAXONOMY:
            fail(f"{rid}: category {c!r} not in taxonomy")
        sev[s] += 1
        cat_sev.setdefault(c, set()).add(s)
        if (s == "INFO") != (c == "none"):
            fail(f"{rid}: INFO must go with category none and vice versa ({s}/{c})")

        # source encodes domain and platform: synthetic:dev41/<domain>-<platform>
        src = r.get("source", "")
        if not src.startswith("synthetic:dev41/"):
            fail(f"{rid}: unexpected source {src!r}")
        else:
            d, _, p = src.split("/", 1)[1].partition("-")
            domain[d] += 1
            platform[p] += 1
            if d not in DOMAINS:
                fail(f"{rid}: unknown domain {d!r}")

        logs = r.get("logs", [])
        n = len(logs)
        total_lines += n
        if not LINES_PER_RECORD[0] <= n <= LINES_PER_RECORD[1]:
            fail(f"{rid}: {n} lines outside {LINES_PER_RECORD}")

        # platform must agree with the labels actually attached to the lines
        has_host = [("host" in (l.get("labels") or {})) for l in logs]
        if src.endswith("-host") and not all(has_host):
            fail(f"{rid}: plain-host record has lines without a host label")
        if src.endswith("-k8s") and any(has_host):
            fail(f"{rid}: Kubernetes record has lines with a host label")
        if src.endswith("-k8s") and not any("namespace" in (l.get("labels") or {}) for l in logs):
            fail(f"{rid}: Kubernetes record has no namespace labels")

        # timestamps: zoned and non-decreasing
        prev = None
        for i, l in enumerate(logs):
            try:
                t = parse_ts(l["ts"])
            except (KeyError, ValueError) as exc:
                fail(f"{rid}: line {i} bad ts {l.get('ts')!r} ({exc})")
                continue
            if prev is not None and t < prev:
                fail(f"{rid}: line {i} ts {l['ts']} earlier than previous line")
            prev = t
            if not isinstance(l.get("line"), str):
                fail(f"{rid}: line {i} has no text")

        # evidence
        ev = exp.get("evidence")
        if not isinstance(ev, list):
            fail(f"{rid}: evidence missing")
            ev = []
        if c == "none" and ev:
            fail(f"{rid}: none record with evidence {ev}")
        if c != "none" and not ev:
            fail(f"{rid}: incident without evidence")
        if len(set(ev)) != len(ev):
            fail(f"{rid}: duplicate evidence indices")
        for e in ev:
            if not isinstance(e, int) or not 0 <= e < n:
                fail(f"{rid}: evidence index {e!r} out of range 0..{n - 1}")
            elif not logs[e].get("line", "").strip():
                fail(f"{rid}: evidence line {e} is empty")

        # component: present for incidents, absent for healthy windows
        comp = exp.get("component")
        if c == "none" and comp is not None:
            fail(f"{rid}: none record should not carry a component")
        if c != "none":
            if not comp or not str(comp).strip():
                fail(f"{rid}: incident without component")
            else:
                subject = (r.get("selector") or {}).get("app")
                if subject and subject.lower() != str(comp).strip().lower():
                    not_subject += 1

        for key in ("root_cause", "summary", "action"):
            if not exp.get(key):
                fail(f"{rid}: expected.{key} missing")

        # the question must not give the answer away
        q = (r.get("question") or "").lower()
        if c and (c in q or c.replace("_", " ") in q or c.replace("_", "-") in q):
            fail(f"{rid}: question contains its category {c!r}")

    # aggregates
    if dict(sev) != EXPECTED_SEVERITY:
        fail(f"severity mix {dict(sev)} != {EXPECTED_SEVERITY}")
    for c, want in EXPECTED_CATEGORY_SEVERITIES.items():
        got = cat_sev.get(c, set())
        if got != want:
            fail(f"category {c}: severities {sorted(got)} != intended {sorted(want)}")
    extra = set(cat_sev) - set(EXPECTED_CATEGORY_SEVERITIES)
    if extra:
        fail(f"unintended categories present: {sorted(extra)}")
    missing = (TAXONOMY - {"none"}) - set(cat_sev)
    if missing:
        fail(f"taxonomy categories without an incident: {sorted(missing)}")
    multi = [c for c, ss in cat_sev.items() if len(ss) >= 2]
    if len(multi) < 8:
        fail(f"only {len(multi)} categories appear at two severities")
    if dict(platform) != EXPECTED_PLATFORM:
        fail(f"platform mix {dict(platform)} != {EXPECTED_PLATFORM}")
    if set(domain) != DOMAINS or min(domain.values()) < 10:
        fail(f"domain mix {dict(domain)} not balanced over {sorted(DOMAINS)}")
    if not TOTAL_LINES[0] <= total_lines <= TOTAL_LINES[1]:
        fail(f"total lines {total_lines} outside {TOTAL_LINES}")
    if not_subject < MIN_COMPONENT_NOT_SUBJECT:
        fail(f"only {not_subject} incidents where the component differs from the selector app")

    if failures:
        print(f"FAIL: {len(failures)} problem(s) in {PATH}")
        for f in failures:
            print("  -", f)
        return 1
    print(f"OK: {len(recs)} records, {total_lines} lines; severities {dict(sorted(sev.items()))}; "
          f"platforms {dict(platform)}; domains {dict(domain)}; {len(cat_sev) - 1} incident categories, "
          f"{len(multi)} at two severities; {not_subject} incidents whose component differs from the selector app")
    return 0


if __name__ == "__main__":
    sys.exit(main())
