#!/usr/bin/env python3
"""check_dev40.py - verify dev40.jsonl (standard library only).

1. regenerates the set into a temporary file with make_dev40.py and checks byte identity;
2. checks the severity counts (INFO 12 / WARN 10 / ERROR 10 / CRITICAL 8);
3. checks evidence indices are in range and point at existing, non-empty lines
   (empty evidence exactly for root_cause_category 'none');
4. checks ids are unique and sequential (dev40-001 .. dev40-040);
5. prints the SHA-256 of dev40.jsonl and aggregate counts.
Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "dev40.jsonl")
GEN = os.path.join(HERE, "make_dev40.py")
EXPECTED_SEVERITY = {"INFO": 12, "WARN": 10, "ERROR": 10, "CRITICAL": 8}

problems = []


def fail(msg):
    problems.append(msg)
    print("FAIL: " + msg)


def main():
    with open(DATA, "rb") as f:
        data = f.read()

    # 1. byte identity with a fresh regeneration
    fd, tmp = tempfile.mkstemp(suffix=".jsonl")
    os.close(fd)
    try:
        subprocess.run([sys.executable, GEN, "--out", tmp], check=True, stdout=subprocess.DEVNULL)
        with open(tmp, "rb") as f:
            regen = f.read()
    finally:
        os.unlink(tmp)
    if regen != data:
        fail("regenerated output differs from dev40.jsonl")
    else:
        print("ok: regeneration is byte-identical")

    recs = [json.loads(line) for line in data.decode("utf-8").splitlines()]

    # 2. severity counts
    sev = collections.Counter(r["expected"]["severity"] for r in recs)
    if dict(sev) != EXPECTED_SEVERITY:
        fail("severity counts %s != %s" % (dict(sev), EXPECTED_SEVERITY))
    else:
        print("ok: severity counts %s" % ", ".join("%s=%d" % (k, sev[k]) for k in ("INFO", "WARN", "ERROR", "CRITICAL")))

    # 3. evidence
    for r in recs:
        ev = r["expected"].get("evidence", [])
        logs = r["logs"]
        for i in ev:
            if not isinstance(i, int) or i < 0 or i >= len(logs):
                fail("%s: evidence index %r out of range (%d lines)" % (r["id"], i, len(logs)))
            elif not isinstance(logs[i].get("line"), str) or not logs[i]["line"].strip():
                fail("%s: evidence line %d is missing or empty" % (r["id"], i))
        if len(set(ev)) != len(ev) or ev != sorted(ev):
            fail("%s: evidence not sorted/unique" % r["id"])
        if (r["expected"]["root_cause_category"] == "none") != (len(ev) == 0):
            fail("%s: evidence must be empty exactly for category none" % r["id"])
        ts = [l["ts"] for l in logs]
        if ts != sorted(ts):
            fail("%s: lines not in time order" % r["id"])
    if not problems:
        print("ok: evidence indices in range and evidence lines present")

    # 4. ids
    ids = [r["id"] for r in recs]
    want = ["dev40-%03d" % n for n in range(1, len(recs) + 1)]
    if ids != want or len(set(ids)) != len(ids):
        fail("ids are not unique and sequential")
    else:
        print("ok: ids unique and sequential (%s .. %s)" % (ids[0], ids[-1]))

    # aggregates
    cat = collections.Counter(r["expected"]["root_cause_category"] for r in recs)
    k8s = sum(1 for r in recs if r.get("selector") and r["selector"].get("namespace"))
    print("records: %d, lines: %d, kubernetes windows: %d, plain-host windows: %d"
          % (len(recs), sum(len(r["logs"]) for r in recs), k8s, len(recs) - k8s))
    print("categories: " + ", ".join("%s=%d" % (k, cat[k]) for k in sorted(cat)))
    print("sha256: " + hashlib.sha256(data).hexdigest())
    if problems:
        print("%d problem(s)" % len(problems))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
