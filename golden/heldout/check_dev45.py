#!/usr/bin/env python3
"""Invariant checker for dev45.jsonl (standard library only).

Exits 0 when every invariant holds, 1 otherwise (all failures are listed).
"""
import collections
import hashlib
import json
import re
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE / "dev45.jsonl"
README = HERE / "README-dev45.md"

CATEGORIES = {
    "none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
}
SEVERITIES = {"INFO": 12, "WARN": 10, "ERROR": 10, "CRITICAL": 8}
SPLITS = {"dev": 23, "test": 17}
N_RECORDS = 40
MIN_LINES, MAX_LINES = 14, 22
N_K8S, N_PLAIN = 30, 10
ID_RE = re.compile(r"^dev45-(amb|crowd|stor)-\d{3}$")
DOMAIN_MIN = 12  # each of the three domains has at least this many records

# "Quiet cause, loud callers" incidents: id -> regex that the loud caller lines match
# (the callee named by host / Service / address, or the failing lookup).
QUIET = {
    "dev45-crowd-013": r"pledge-api",
    "dev45-amb-014": r"/api/kpi/",
    "dev45-amb-018": r"prealert-svc\.hospital\.svc",
    "dev45-stor-019": r"gate-controller\.gate\.svc",
    "dev45-crowd-020": r"campaign-web-3000",
    "dev45-amb-021": r"crew-roster-api\.roster\.svc",
    "dev45-stor-022": r"Could not resolve host|name resolution",
    "dev45-crowd-023": r"EAI_AGAIN|name resolution",
    "dev45-amb-024": r":6432|port 6432",
    "dev45-stor-025": r"unit-api\.storage\.internal",
    "dev45-crowd-028": r"payments-gw\.payments\.svc",
    "dev45-stor-031": r'"220"|Mail App',
    "dev45-crowd-032": r"media-resizer\.campaigns\.svc|/media HTTP",
    "dev45-amb-034": r"avl-tsdb\.avl\.svc|10\.96\.44\.12",
    "dev45-stor-036": r"replica",
    "dev45-crowd-037": r"too many clients|53300",
    "dev45-stor-039": r"mosquitto\.gate\.svc|gate-controller\.gate\.svc",
}
MIN_QUIET = 16
LOUD_WORDS = re.compile(r"error|ERROR|fail|refused|timed out|timeout|50[0234]\b|unavailable|EAI_AGAIN|"
                        r"Could not|WARN|exceeds|too many|x509|no healthy", re.I)
# Sources that count as "quiet infrastructure": node journal (kernel, kubelet, containerd,
# systemd, host daemons), Kubernetes events, control plane / kube-system, databases, brokers,
# and host daemons shipped through syslog.
INFRA_JOBS = {"systemd-journal", "integrations/kubernetes/eventhandler", "mysql-error"}
INFRA_SYSLOG_APPS = {"systemd", "postfix", "sshd", "kernel", "unattended-upgrade", "CRON"}
INFRA_CONTAINERS = {"kafka", "postgres", "mysql", "csi-rbdplugin", "nginx", "tls-inventory"}

failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)


def is_infra(labels):
    if labels.get("job") in INFRA_JOBS:
        return True
    if labels.get("namespace") == "kube-system":
        return True
    if labels.get("job") == "syslog" and labels.get("app") in INFRA_SYSLOG_APPS:
        return True
    if labels.get("container") in INFRA_CONTAINERS:
        return True
    return False


def parse_ts(ts):
    if not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", ts):
        raise ValueError(ts)
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def main():
    raw = DATA.read_bytes()
    text = raw.decode("utf-8")
    check(text.endswith("\n"), "file does not end with a newline")
    lines = text.splitlines()
    recs = [json.loads(l) for l in lines]

    check(len(recs) == N_RECORDS, f"expected {N_RECORDS} records, got {len(recs)}")
    ids = [r.get("id") for r in recs]
    check(len(set(ids)) == len(ids), "duplicate ids")
    for rid in ids:
        check(bool(ID_RE.match(rid or "")), f"bad id {rid!r}")

    sev = collections.Counter()
    cat = collections.Counter()
    split = collections.Counter()
    split_sev = collections.defaultdict(set)
    domains = collections.Counter()
    k8s = plain = 0
    total_lines = 0

    for r in recs:
        rid = r["id"]
        e = r["expected"]
        logs = r["logs"]
        s, c = e["severity"], e["root_cause_category"]
        sev[s] += 1
        cat[c] += 1
        split[r.get("split")] += 1
        split_sev[r.get("split")].add(s)
        domains[rid.split("-")[1]] += 1
        total_lines += len(logs)

        check(r.get("source", "").startswith("synthetic:dev45-"), f"{rid}: source")
        check(isinstance(r.get("question"), str) and len(r["question"]) > 10, f"{rid}: question")
        check(s in SEVERITIES, f"{rid}: severity {s}")
        check(c in CATEGORIES, f"{rid}: category {c}")
        check((s == "INFO") == (c == "none"), f"{rid}: INFO must pair with none")
        check(MIN_LINES <= len(logs) <= MAX_LINES, f"{rid}: {len(logs)} lines")
        for f in ("root_cause", "summary", "action"):
            check(isinstance(e.get(f), str) and e[f].strip(), f"{rid}: missing {f}")

        ev = e["evidence"]
        if c == "none":
            check(ev == [], f"{rid}: none with evidence")
            check("component" not in e, f"{rid}: none with component")
        else:
            check(bool(ev), f"{rid}: incident without evidence")
            check(isinstance(e.get("component"), str) and e["component"].strip(), f"{rid}: component")
            check(ev == sorted(set(ev)), f"{rid}: evidence not sorted/unique")
            check(all(0 <= i < len(logs) for i in ev), f"{rid}: evidence index out of range")
            check(all(logs[i]["line"].strip() for i in ev if 0 <= i < len(logs)), f"{rid}: empty evidence line")
            check(len(ev) <= len(logs) // 2, f"{rid}: too much evidence ({len(ev)}/{len(logs)})")

        prev = None
        for i, x in enumerate(logs):
            try:
                t = parse_ts(x["ts"])
            except ValueError:
                check(False, f"{rid}[{i}]: bad ts {x['ts']}")
                continue
            if prev is not None:
                check(t > prev, f"{rid}[{i}]: ts not strictly increasing")
            prev = t
            check(isinstance(x.get("labels"), dict) and x["labels"], f"{rid}[{i}]: labels")
            check(isinstance(x.get("line"), str), f"{rid}[{i}]: line")
            check(not re.search(r"@[A-Z0-9]+@", x["line"]), f"{rid}[{i}]: unrendered token")

        if any("namespace" in x["labels"] for x in logs):
            k8s += 1
        else:
            plain += 1

    for s, n in SEVERITIES.items():
        check(sev[s] == n, f"severity {s}: {sev[s]} != {n}")
    check(cat["none"] == SEVERITIES["INFO"], "none count")
    missing = CATEGORIES - set(cat)
    check(not missing, f"categories missing: {sorted(missing)}")
    check(sum(1 for k, v in cat.items() if k != "none" and v >= 2) >= 8, "too few repeated categories")
    for sp, n in SPLITS.items():
        check(split[sp] == n, f"split {sp}: {split[sp]} != {n}")
        check(split_sev[sp] == set(SEVERITIES), f"split {sp} lacks a severity")
    check(set(split) == set(SPLITS), f"unexpected splits {set(split)}")
    check(k8s == N_K8S and plain == N_PLAIN, f"k8s/plain = {k8s}/{plain}")
    for d in ("amb", "crowd", "stor"):
        check(domains[d] >= DOMAIN_MIN, f"domain {d}: {domains[d]}")

    by_id = {r["id"]: r for r in recs}
    check(len(QUIET) >= MIN_QUIET, "too few quiet-cause incidents listed")
    for rid, pat in QUIET.items():
        r = by_id.get(rid)
        check(r is not None, f"quiet {rid}: missing")
        if r is None:
            continue
        e = r["expected"]
        check(e["root_cause_category"] != "none", f"quiet {rid}: is healthy")
        ev = {i for i in e["evidence"] if isinstance(i, int) and 0 <= i < len(r["logs"])}
        check(any(is_infra(r["logs"][i]["labels"]) for i in ev), f"quiet {rid}: no infra evidence line")
        rx = re.compile(pat)
        loud = [x for i, x in enumerate(r["logs"])
                if i not in ev and not is_infra(x["labels"]) and rx.search(x["line"]) and LOUD_WORDS.search(x["line"])]
        check(len(loud) >= 3, f"quiet {rid}: only {len(loud)} loud caller lines")
        infra_ev = sum(1 for i in ev if is_infra(r["logs"][i]["labels"]))
        check(infra_ev <= len(loud) + 2, f"quiet {rid}: cause not quiet ({infra_ev} vs {len(loud)})")

    sha = hashlib.sha256(raw).hexdigest()
    if README.exists():
        check(sha in README.read_text(encoding="utf-8"), "README SHA-256 does not match dev45.jsonl")
    else:
        check(False, "README-dev45.md missing")

    print(f"records={len(recs)} lines={total_lines} k8s={k8s} plain={plain} quiet={len(QUIET)}")
    print("severity:", dict(sorted(sev.items())))
    print("split:", dict(sorted(split.items())))
    print("categories:", dict(sorted(cat.items())))
    print("sha256:", sha)
    if failures:
        print(f"FAILED ({len(failures)}):")
        for f in failures:
            print("  -", f)
        return 1
    print("OK: all invariants hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
