#!/usr/bin/env python3
"""Checks dev43.jsonl against the design intentions of the dev43 set.

Re-reads the file, checks the per-record design table below, the count
targets, evidence indices, time order, line counts, the quiet-cause/loud-
caller property, generator hygiene and determinism (runs the generator twice
and compares bytes) and the README (SHA-256, counts, count table).
Prints every failure and exits 1 if there is any.  Standard library only.
"""
import ast
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "dev43.jsonl")
GEN = os.path.join(HERE, "make_dev43.py")
README = os.path.join(HERE, "README-dev43.md")

SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = ["none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]

# id suffix -> (severity, category, component, window kind, domain, quiet-cause token regex or None)
# The token is how the loud caller names the callee (host or Service).
DESIGN = [
    ("001-results-api-rolling-restart", "INFO", "none", "results-api", "k8s", "election", None),
    ("002-tally-engine-oom-loop", "CRITICAL", "oom_killed", "tally-engine", "k8s", "election", r"tally-engine\.tally\.svc"),
    ("003-trail-feed-rate-limited", "WARN", "rate_limited", "trail-conditions", "k8s", "parks", None),
    ("004-payment-export-sftp-auth", "ERROR", "auth_failure", "payment-export", "host", "dairy", None),
    ("005-pgbackrest-full-backup", "INFO", "none", "pgbackrest", "host", "dairy", None),
    ("006-campsite-booking-panic-loop", "CRITICAL", "application_error", "campsite-booking", "k8s", "parks", r"campsite-booking"),
    ("007-gate-scan-coredns-forward-timeout", "ERROR", "dns_resolution", "coredns", "k8s", "parks", r"pass-registry\.parks\.internal"),
    ("008-historian-multi-attach", "WARN", "storage", "plant-historian", "k8s", "dairy", r"plant-historian\.plant\.svc"),
    ("009-pass-validator-expected-rejects", "INFO", "none", "pass-validator", "k8s", "parks", None),
    ("010-cdn-purger-rate-limited", "ERROR", "rate_limited", "cdn-purger", "k8s", "election", None),
    ("011-historian-db-disk-io-errors", "CRITICAL", "storage", "historian-db", "host", "dairy", r"historian hist-db-b1:5432"),
    ("012-pgbouncer-max-client-conn", "WARN", "resource_exhausted", "pgbouncer", "k8s", "parks", r"pgbouncer\.reservations\.svc"),
    ("013-tally-writer-rebalance", "INFO", "none", "tally-writer", "k8s", "election", None),
    ("014-radio-gateway-rabbitmq-stopped", "ERROR", "connection_refused", "rabbitmq", "k8s", "parks", r"rmq-dispatch-01"),
    ("015-route-planner-image-gone", "CRITICAL", "image_pull", "route-planner", "k8s", "dairy", r"route-planner"),
    ("016-mysql-replica-lag-proxysql", "WARN", "database", "mysql", "host", "dairy", None),
    ("017-cert-manager-renewal", "INFO", "none", "cert-manager", "k8s", "parks", None),
    ("018-permit-checkout-paygov-timeout", "ERROR", "timeout", "paygov", "host", "parks", None),
    ("019-kafka-log-dir-full", "CRITICAL", "resource_exhausted", "kafka", "host", "election", r"kafka-[23]\.results\.internal"),
    ("020-varnish-first-byte-timeout", "WARN", "timeout", "race-rollup", "k8s", "election", None),
    ("021-opcua-planned-line-maintenance", "INFO", "none", "opc-collector", "host", "dairy", None),
    ("022-availability-search-liveness-kills", "ERROR", "probe_failure", "availability-search", "k8s", "parks", r"availability-search"),
    ("023-lims-readiness-warmup", "WARN", "probe_failure", "lims-api", "k8s", "dairy", None),
    ("024-cdn-purger-retry-ok", "INFO", "none", "cdn-purger", "k8s", "election", None),
    ("025-dispatch-node-machine-check", "CRITICAL", "node_failure", "rke2-dispatch-w2", "k8s", "parks", r"radio-gateway\.ranger-dispatch\.svc"),
    ("026-tally-db-deadlocks", "ERROR", "database", "tally-db", "k8s", "election", None),
    ("027-nats-planned-upgrade", "INFO", "none", "nats-server", "host", "parks", None),
    ("028-route-optimizer-pending-scale-up", "WARN", "scheduling", "route-optimizer", "k8s", "dairy", None),
    ("029-lims-sync-unknown-ca", "ERROR", "tls_certificate", "lims-sync", "k8s", "dairy", None),
    ("030-results-ingest-missing-env", "CRITICAL", "config_error", "results-ingest", "k8s", "election", r"results-ingest\.results-ingest\.svc"),
    ("031-results-frontend-peak-normal", "INFO", "none", "results-frontend", "k8s", "election", None),
    ("032-tile-renderer-single-oom", "WARN", "oom_killed", "tile-renderer", "k8s", "parks", None),
    ("033-payment-batch-retry-ok", "INFO", "none", "payments-sidekiq", "k8s", "dairy", None),
    ("034-results-ssr-max-node-group", "ERROR", "scheduling", "results-ssr", "k8s", "election", r"results-web-results-ssr-3000"),
    ("035-gate-kiosk-resolved-degraded", "WARN", "dns_resolution", "systemd-resolved", "host", "parks", None),
    ("036-payments-db-wraparound", "CRITICAL", "database", "payments-db", "k8s", "dairy", None),
    ("037-autoscaler-night-scale-down", "INFO", "none", "cluster-autoscaler", "k8s", "dairy", None),
    ("038-statement-pdf-nomethoderror", "ERROR", "application_error", "payments-sidekiq", "k8s", "dairy", None),
    ("039-haproxy-backend-cert-expired", "WARN", "tls_certificate", "feed-api", "host", "election", None),
    ("040-clickhouse-merges-retention", "INFO", "none", "clickhouse", "host", "election", None),
]

TARGET_SEV = {"INFO": 12, "WARN": 10, "ERROR": 10, "CRITICAL": 8}
TARGET_KIND = {"k8s": 29, "host": 11}
MIN_QUIET = 12

# At least one evidence line of an incident must show its category.
CAT_SIGNAL = {
    "oom_killed": r"out of memory|OOMKill|oom-kill|Killed process|memory: usage",
    "application_error": r"panicked|NoMethodError|Exception|unwrap\(\)|undefined method",
    "image_pull": r"ErrImagePull|ImagePullBackOff|not found|manifest unknown|PullImage",
    "probe_failure": r"[Pp]robe failed|Unhealthy|failed liveness probe",
    "scheduling": r"FailedScheduling|Insufficient|max size reached|didn't trigger scale-up|triggered scale-up",
    "dns_resolution": r"i/o timeout|NXDOMAIN|SERVFAIL|no such host|EAI_AGAIN|server misbehaving|degraded feature set",
    "connection_refused": r"refused|Stopped|systemctl stop|asked to stop",
    "timeout": r"[Tt]imeout|timed out|first byte|cache cold|\d{4,}ms",
    "tls_certificate": r"certificate|SSL|PKIX|x509|EXPIRED|issued by",
    "auth_failure": r"Authentication|[Aa]uth|401|403|denied|key",
    "config_error": r"environment variable|is missing|invalid|config",
    "resource_exhausted": r"No space left|max_client_conn|wait \d{5,} us|too many open files|Shutdown broker",
    "storage": r"Medium Error|medium error|I/O error|Multi-Attach|FailedMount|XFS|Input/output",
    "database": r"deadlock|wraparound|vacuum|replication lag|xmin|single transaction",
    "rate_limited": r"429|Too Many Requests|[Rr]ate",
    "node_failure": r"NodeNotReady|Machine [Cc]heck|EDAC|Kernel panic|NotReady",
}
ERRORISH = re.compile(r"error|fail|refused|ECONN|EAI_AGAIN|\b50[234]\b|timed out|no route|hang up|level\":50", re.I)
ALLOWED_IMPORTS = {"json", "os", "random", "re", "datetime"}

failures = []


def fail(msg):
    failures.append(msg)


def parse_ts(s):
    if not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", s):
        raise ValueError(s)
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def load():
    with open(DATA, "rb") as fh:
        raw = fh.read()
    if not raw.endswith(b"\n"):
        fail("dev43.jsonl does not end with a newline")
    recs = []
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            fail(f"line {n}: blank line")
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as exc:
            fail(f"line {n}: invalid JSON: {exc}")
    return raw, recs


def check_records(recs):
    if len(recs) != 40:
        fail(f"expected 40 records, found {len(recs)}")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    want_ids = ["dev43-" + d[0] for d in DESIGN]
    if ids != want_ids:
        fail("record ids/order differ from the design table")
    sev_c, cat_c, kind_c = Counter(), Counter(), Counter()
    quiet_ok = 0
    total_lines = 0
    by_id = {r.get("id"): r for r in recs}
    for d in DESIGN:
        rid = "dev43-" + d[0]
        _, sev, cat, comp, kind, domain, token = d
        r = by_id.get(rid)
        if r is None:
            fail(f"{rid}: missing")
            continue
        e = r.get("expected", {})
        for key in ("severity", "root_cause_category", "component", "root_cause", "summary", "action", "evidence"):
            if key not in e:
                fail(f"{rid}: expected.{key} missing")
        if e.get("severity") != sev:
            fail(f"{rid}: severity {e.get('severity')} != {sev}")
        if e.get("root_cause_category") != cat:
            fail(f"{rid}: category {e.get('root_cause_category')} != {cat}")
        if str(e.get("component", "")).strip().lower() != comp:
            fail(f"{rid}: component {e.get('component')!r} != {comp!r}")
        if not str(r.get("source", "")).startswith("synthetic:"):
            fail(f"{rid}: source must be synthetic:<template>")
        sel = r.get("selector")
        if sel is not None and set(sel) != {"namespace", "pod", "container", "node", "app"}:
            fail(f"{rid}: selector keys {sorted(sel)}")
        if (cat == "none") != (sev == "INFO"):
            fail(f"{rid}: none must pair with INFO")
        sev_c[sev] += 1
        cat_c[cat] += 1
        logs = r.get("logs", [])
        total_lines += len(logs)
        if not 10 <= len(logs) <= 40:
            fail(f"{rid}: {len(logs)} lines, want 10-40")
        prev = None
        for i, ln in enumerate(logs):
            if not isinstance(ln.get("line"), str) or not ln["line"].strip():
                fail(f"{rid}[{i}]: empty line")
            if "{T:" in ln.get("line", ""):
                fail(f"{rid}[{i}]: unrendered timestamp placeholder")
            if not isinstance(ln.get("labels"), dict) or not ln["labels"]:
                fail(f"{rid}[{i}]: labels missing")
            try:
                t = parse_ts(ln.get("ts", ""))
            except ValueError:
                fail(f"{rid}[{i}]: bad ts {ln.get('ts')!r}")
                continue
            if prev is not None and t < prev:
                fail(f"{rid}[{i}]: time goes backwards")
            prev = t
        span = (parse_ts(logs[-1]["ts"]) - parse_ts(logs[0]["ts"])).total_seconds() if logs else 0
        if span > 3 * 3600:
            fail(f"{rid}: window spans {span:.0f}s (> 3h)")
        has_ns = any("namespace" in ln.get("labels", {}) for ln in logs)
        got_kind = "k8s" if has_ns else "host"
        if got_kind != kind:
            fail(f"{rid}: window kind {got_kind} != {kind}")
        kind_c[got_kind] += 1
        ev = e.get("evidence", [])
        if not isinstance(ev, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in ev):
            fail(f"{rid}: evidence must be a list of ints")
            continue
        if len(set(ev)) != len(ev) or ev != sorted(ev):
            fail(f"{rid}: evidence must be sorted and unique")
        if any(x < 0 or x >= len(logs) for x in ev):
            fail(f"{rid}: evidence index out of range")
            continue
        if cat == "none":
            if ev:
                fail(f"{rid}: a none record must have empty evidence")
            continue
        if not ev:
            fail(f"{rid}: incident without evidence")
            continue
        if len(ev) > 8:
            fail(f"{rid}: {len(ev)} evidence lines; keep it to the decisive ones")
        sig = re.compile(CAT_SIGNAL[cat])
        if not any(sig.search(logs[x]["line"]) for x in ev):
            fail(f"{rid}: no evidence line shows the {cat} signal")
        if token:
            tok = re.compile(token)
            ev_labels = [logs[x]["labels"] for x in ev]
            callers = [ln for i, ln in enumerate(logs)
                       if i not in ev and tok.search(ln["line"]) and ERRORISH.search(ln["line"])
                       and ln["labels"] not in ev_labels]
            if len(callers) >= 2:
                quiet_ok += 1
            else:
                fail(f"{rid}: quiet-cause design needs >=2 loud caller lines naming {token!r} outside the evidence streams "
                     f"(found {len(callers)})")
    for s, n in TARGET_SEV.items():
        if sev_c[s] != n:
            fail(f"severity {s}: {sev_c[s]} records, want {n}")
    for c in CATEGORIES:
        if cat_c[c] == 0:
            fail(f"category {c} never used")
    if cat_c["none"] != 12:
        fail(f"none: {cat_c['none']} records, want 12")
    if sum(v for k, v in cat_c.items() if k != "none") != 28:
        fail("want 28 incidents")
    for k, n in TARGET_KIND.items():
        if kind_c[k] != n:
            fail(f"{k} windows: {kind_c[k]}, want {n}")
    if quiet_ok < MIN_QUIET:
        fail(f"quiet-cause incidents: {quiet_ok}, want >= {MIN_QUIET}")
    doms = Counter(d[5] for d in DESIGN)
    if set(doms) != {"dairy", "parks", "election"} or min(doms.values()) < 12:
        fail(f"domain balance off: {dict(doms)}")
    return sev_c, cat_c, kind_c, total_lines, quiet_ok


def check_generator(raw):
    src = open(GEN, encoding="utf-8").read()
    tree = ast.parse(src)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] not in ALLOWED_IMPORTS:
                    fail(f"generator imports {a.name}")
        elif isinstance(node, ast.ImportFrom):
            if (node.module or "").split(".")[0] not in ALLOWED_IMPORTS:
                fail(f"generator imports from {node.module}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "random":
            if node.attr != "Random":
                fail(f"generator uses random.{node.attr} (only random.Random(204343) allowed)")
    if "random.Random(SEED)" not in src or "SEED = 204343" not in src:
        fail("generator must seed random.Random(204343)")
    for bad in ("datetime.now", "datetime.utcnow", "time.time", "os.environ", "getenv", "date.today", "sys.argv"):
        if bad in src:
            fail(f"generator reads wall-clock/environment input: {bad}")
    outs = []
    for _ in range(2):
        res = subprocess.run([sys.executable, GEN], cwd="/", capture_output=True, text=True)
        if res.returncode != 0:
            fail(f"generator failed: {res.stderr.strip()[-300:]}")
            return
        with open(DATA, "rb") as fh:
            outs.append(fh.read())
    if not (outs[0] == outs[1] == raw):
        fail("generator output is not byte-identical across runs / differs from the checked file")


def check_readme(raw, sev_c, cat_c, total_lines, recs):
    if not os.path.exists(README):
        fail("README-dev43.md missing")
        return
    text = open(README, encoding="utf-8").read()
    sha = hashlib.sha256(raw).hexdigest()
    shas = re.findall(r"\b[0-9a-f]{64}\b", text)
    if sha not in shas:
        fail(f"README SHA-256 does not match dev43.jsonl ({sha})")
    if any(s != sha for s in shas):
        fail("README contains a stale SHA-256")
    for name in ("dev43.jsonl", "make_dev43.py", "check_dev43.py", "README-dev43.md"):
        if name not in text:
            fail(f"README does not mention {name}")
    m = re.search(r"Records:\s*\*\*(\d+)\*\*", text)
    if not m or int(m.group(1)) != len(recs):
        fail("README record count wrong or missing ('Records: **N**')")
    m = re.search(r"Log lines:\s*\*\*(\d+)\*\*", text)
    if not m or int(m.group(1)) != total_lines:
        fail(f"README log line count wrong or missing ('Log lines: **N**', want {total_lines})")
    m = re.search(r"File lines:\s*\*\*(\d+)\*\*", text)
    if not m or int(m.group(1)) != raw.count(b"\n"):
        fail("README file line count wrong or missing ('File lines: **N**')")
    # count table: | `category` | INFO | WARN | ERROR | CRITICAL | total |
    table = {}
    for row in re.findall(r"^\|\s*`([a-z_]+)`\s*\|(.+)\|\s*$", text, re.M):
        cells = [c.strip() for c in row[1].split("|")]
        try:
            table[row[0]] = [int(c) if c not in ("", "-", "·") else 0 for c in cells]
        except ValueError:
            fail(f"README table row for {row[0]} is not numeric")
    grid = Counter()
    for r in recs:
        grid[(r["expected"]["root_cause_category"], r["expected"]["severity"])] += 1
    for c in CATEGORIES:
        want = [grid[(c, s)] for s in SEVERITIES]
        want.append(sum(want))
        if table.get(c) != want:
            fail(f"README count table row {c}: {table.get(c)} != {want}")
    m = re.search(r"^\|\s*\*\*total\*\*\s*\|(.+)\|\s*$", text, re.M)
    want_tot = [sev_c[s] for s in SEVERITIES] + [len(recs)]
    if not m or [int(x.strip().strip("*")) for x in m.group(1).split("|")] != want_tot:
        fail(f"README total row wrong or missing (want {want_tot})")


def main():
    raw, recs = load()
    sev_c, cat_c, kind_c, total_lines, quiet_ok = check_records(recs)
    check_generator(raw)
    check_readme(raw, sev_c, cat_c, total_lines, recs)
    if failures:
        print(f"dev43 check: {len(failures)} failure(s)")
        for f in failures:
            print(" -", f)
        sys.exit(1)
    print(f"dev43 check: ok ({len(recs)} records, {total_lines} log lines, "
          f"severities {dict(sev_c)}, k8s/host {kind_c['k8s']}/{kind_c['host']}, quiet-cause incidents {quiet_ok}, "
          f"sha256 {hashlib.sha256(raw).hexdigest()})")


if __name__ == "__main__":
    main()
