#!/usr/bin/env python3
"""Re-read dev42.jsonl and assert the design intentions of the dev42 golden set.

Exits 0 when everything holds, 1 with a list of failures otherwise.  Standard library only.
"""
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "dev42.jsonl")
GEN = os.path.join(HERE, "make_dev42.py")
README = os.path.join(HERE, "README-dev42.md")

TAXONOMY = {"none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
            "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
            "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"}
SEVERITIES = {"INFO": 12, "WARN": 10, "ERROR": 10, "CRITICAL": 8}
CATEGORIES = {"none": 12, "resource_exhausted": 3, "timeout": 2, "database": 2, "connection_refused": 2,
              "dns_resolution": 2, "tls_certificate": 2, "auth_failure": 2, "config_error": 2,
              "application_error": 2, "oom_killed": 2, "node_failure": 2, "probe_failure": 1,
              "rate_limited": 1, "scheduling": 1, "image_pull": 1, "storage": 1}
DOMAINS = {"grid": 13, "uni": 14, "game": 13}
KUBERNETES, PLAIN = 28, 12
EXPECTED_KEYS = {"severity", "root_cause_category", "component", "root_cause", "summary", "action", "evidence"}

# decisive signal that must be carried by at least one evidence line of each incident
DECISIVE = {
    "grid-oms-gis-topology-slow": "Slow trace",
    "grid-crew-dispatch-db-refused": "state=stopped",
    "grid-influx-disk-medium-error": "Medium Error",
    "grid-hes-mdm-cert-expired": "CertificateExpiredException",
    "grid-oms-incident-engine-oom": "Memory cgroup out of memory",
    "grid-meter-exporter-sasl": "invalid credentials",
    "grid-rabbitmq-memory-alarm": "vm_memory_high_watermark set",
    "grid-timescale-recovery-conflict": "conflict with recovery",
    "grid-der-dispatch-exchange": "no exchange 'der.commands.v2'",
    "uni-coredns-campus-forwarders": "i/o timeout",
    "uni-elasticsearch-host-oom": "Out of memory: Killed process",
    "uni-enrolment-sync-401": "invalid_client_credentials",
    "uni-galera-registration-deadlocks": "certification failure",
    "uni-exam-proctor-crashloop": "PROCTOR_RECORDING_BUCKET is required",
    "uni-moodle-readiness-flapping": "Readiness probe failed",
    "uni-sis-api-transcript-timeouts": "Read timed out",
    "uni-moodle-phpfpm-max-children": "pm.max_children",
    "uni-opensearch-cert-san-mismatch": "no alternative certificate subject name",
    "uni-node-containerd-hung": "PLEG is not healthy",
    "game-matchmaker-crashloop": "FunctionClauseError",
    "game-store-api-typeerror": "Cannot read properties of undefined",
    "game-redis-cluster-master-restart": "ECONNREFUSED",
    "game-push-fcm-quota": "QUOTA_EXCEEDED",
    "game-arena-image-not-found": ": not found",
    "game-royale-fleet-pending": "max node group size reached",
    "game-scylla-enospc": "No space left on device",
    "game-cdn-purge-eai-again": "EAI_AGAIN",
    "game-baremetal-node-mce": "Fatal machine check",
}

# quiet cause, loud caller: a line from the caller (label substring) names the callee (needle)
LOUD_CALLER = {
    "grid-oms-gis-topology-slow": ('"container": "oms-api"', "gis-topology.oms.svc"),
    "grid-crew-dispatch-db-refused": ("crew-dispatch.service", "oms-db01.nvpd.internal:5432"),
    "grid-hes-mdm-cert-expired": ("hes-export.service", "mdm-api.nvpd.internal"),
    "grid-influx-disk-medium-error": ("telegraf.service", "tsdb-influx01"),
    "uni-coredns-campus-forwarders": ('"container": "keycloak"', "ldaps.arden-uni.edu"),
    "uni-sis-api-transcript-timeouts": ('"container": "transcript-worker"', "sis-api.sis.svc"),
    "uni-opensearch-cert-san-mismatch": ('"container": "php-fpm"', "opensearch.search.svc"),
    "uni-exam-proctor-crashloop": ('"container": "php-fpm"', "exam-proctor.proctoring.svc"),
    "game-redis-cluster-master-restart": ('"container": "session-api"', "redis-cluster-2.redis-cluster-headless"),
    "game-scylla-enospc": ("profile-api.service", "LOCAL_QUORUM"),
    "game-cdn-purge-eai-again": ('"container": "cdn-purger"', "api.fastly.com"),
    "game-matchmaker-crashloop": ('"container": "envoy"', "/v1/matchmaking/"),
}
COMPONENT_ALIASES = {"scylladb": "scylla"}
LOOKALIKE = re.compile(r"WARN|Warning|warning|retry|Retry|DOWN|error|Error|failed|Failed|FailedScheduling|410|throttl")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def main():
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    raw = open(DATA, "rb").read()
    check(raw.endswith(b"\n"), "file does not end with a newline")
    lines = raw.decode("utf-8").splitlines()
    recs = []
    for n, l in enumerate(lines, 1):
        try:
            recs.append(json.loads(l))
        except ValueError as e:
            fails.append(f"line {n}: invalid JSON ({e})")
    check(len(recs) == 40, f"expected 40 records, got {len(recs)}")
    ids = [r.get("id") for r in recs]
    check(len(set(ids)) == len(ids), "duplicate ids")

    sev = collections.Counter()
    cat = collections.Counter()
    dom = collections.Counter()
    kube = plain = 0
    total_lines = 0
    lookalikes = 0
    for r in recs:
        rid = r.get("id", "?")
        short = rid[len("dev42-"):] if rid.startswith("dev42-") else rid
        check(rid.startswith("dev42-"), f"{rid}: id prefix")
        check(str(r.get("source", "")).startswith("synthetic:dev42/"), f"{rid}: source")
        check(bool(r.get("question")), f"{rid}: question missing")
        dom[short.split("-")[0]] += 1
        exp = r.get("expected", {})
        check(set(exp) == EXPECTED_KEYS, f"{rid}: expected keys {sorted(exp)}")
        s, c = exp.get("severity"), exp.get("root_cause_category")
        sev[s] += 1
        cat[c] += 1
        check(c in TAXONOMY, f"{rid}: category {c!r} not in taxonomy")
        check((s == "INFO") == (c == "none"), f"{rid}: INFO must go with none and vice versa ({s}/{c})")
        for k in ("root_cause", "summary", "action", "component"):
            check(isinstance(exp.get(k), str) and exp[k].strip(), f"{rid}: {k} empty")
        comp = exp.get("component", "")
        check(comp == comp.strip().lower() and " " not in comp and len(comp) <= 24, f"{rid}: component {comp!r} not a short name")
        logs = r.get("logs", [])
        total_lines += len(logs)
        check(10 <= len(logs) <= 40, f"{rid}: {len(logs)} log lines (want 10..40)")
        prev = None
        blob = []
        for i, l in enumerate(logs):
            ts = l.get("ts", "")
            check(bool(TS_RE.match(ts)), f"{rid}[{i}]: ts {ts!r} not RFC 3339 with zone")
            try:
                t = datetime.fromisoformat(ts.replace("Z", "+00:00"))
                check(prev is None or t >= prev, f"{rid}[{i}]: timestamps out of order")
                prev = t
            except ValueError:
                fails.append(f"{rid}[{i}]: unparsable ts")
            line = l.get("line", "")
            check(isinstance(line, str) and line.strip(), f"{rid}[{i}]: empty line")
            check(line == line.rstrip(), f"{rid}[{i}]: trailing whitespace")
            check(not re.search(r"@[A-Z0-9]{2,8}@", line), f"{rid}[{i}]: unreplaced time token")
            check(isinstance(l.get("labels"), dict) and l["labels"], f"{rid}[{i}]: labels missing")
            blob.append(json.dumps(l.get("labels", {})) + " " + line)
        text = "\n".join(blob).lower()
        needle = COMPONENT_ALIASES.get(comp, comp)
        check(needle.lower() in text, f"{rid}: component {comp!r} never appears in the logs")
        is_kube = any("namespace" in l.get("labels", {}) for l in logs)
        if is_kube:
            kube += 1
        else:
            plain += 1
            check(all("host" in l.get("labels", {}) for l in logs), f"{rid}: plain-host window with a line lacking a host label")
            check(r.get("selector") is None, f"{rid}: plain-host window should have a null selector")
        sel = r.get("selector")
        if isinstance(sel, dict) and sel.get("namespace"):
            check(any(l.get("labels", {}).get("namespace") == sel["namespace"] for l in logs),
                  f"{rid}: selector namespace {sel['namespace']!r} not in the logs")
        ev = exp.get("evidence", [])
        check(ev == sorted(set(ev)), f"{rid}: evidence not sorted/unique")
        check(all(isinstance(i, int) and 0 <= i < len(logs) for i in ev), f"{rid}: evidence index out of range")
        if c == "none":
            check(ev == [], f"{rid}: none record with evidence")
            if any(LOOKALIKE.search(l.get("line", "")) for l in logs):
                lookalikes += 1
        else:
            check(len(ev) >= 1, f"{rid}: incident without evidence")
            tok = DECISIVE.get(short)
            check(tok is not None, f"{rid}: no decisive token registered")
            if tok and all(0 <= i < len(logs) for i in ev):
                check(any(tok in logs[i]["line"] for i in ev), f"{rid}: decisive {tok!r} not in any evidence line")
                check(any(tok in l["line"] for l in logs), f"{rid}: decisive {tok!r} not in the logs")
        if short in LOUD_CALLER:
            lab, nd = LOUD_CALLER[short]
            check(any(lab in json.dumps(l["labels"]) and nd in l["line"] for l in logs),
                  f"{rid}: no caller line ({lab}) naming the callee ({nd})")

    check(set(DECISIVE) <= {i[len("dev42-"):] for i in ids}, "DECISIVE lists ids that do not exist")
    check(dict(sev) == SEVERITIES, f"severity counts {dict(sev)} != {SEVERITIES}")
    check(dict(cat) == CATEGORIES, f"category counts {dict(cat)} != {CATEGORIES}")
    check(set(cat) == TAXONOMY, f"taxonomy not fully covered: missing {sorted(TAXONOMY - set(cat))}")
    check(dict(dom) == DOMAINS, f"domain counts {dict(dom)} != {DOMAINS}")
    check((kube, plain) == (KUBERNETES, PLAIN), f"kubernetes/plain = {kube}/{plain}, want {KUBERNETES}/{PLAIN}")
    check(lookalikes >= 10, f"only {lookalikes} of 12 healthy windows contain a look-alike warning/error line")

    sha = hashlib.sha256(raw).hexdigest()
    # determinism: regenerate in a scratch directory and compare bytes
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(GEN, os.path.join(tmp, "make_dev42.py"))
        res = subprocess.run([sys.executable, os.path.join(tmp, "make_dev42.py")], capture_output=True, text=True)
        check(res.returncode == 0, f"generator failed: {res.stderr[-500:]}")
        out = os.path.join(tmp, "dev42.jsonl")
        if os.path.exists(out):
            check(hashlib.sha256(open(out, "rb").read()).hexdigest() == sha, "regenerated file differs from dev42.jsonl")
    gen_src = open(GEN).read()
    for mod in re.findall(r"^\s*(?:import|from)\s+([a-zA-Z_][\w.]*)", gen_src, re.M):
        check(mod.split(".")[0] in {"json", "os", "random", "datetime"}, f"generator imports non-stdlib/unexpected module {mod}")
    check("random.Random(SEED)" in gen_src and "SEED = 204242" in gen_src, "generator does not use random.Random(204242)")
    if os.path.exists(README):
        rd = open(README).read()
        check(sha in rd, "README SHA-256 does not match dev42.jsonl")
        check(f"{total_lines} log lines" in rd, f"README does not state '{total_lines} log lines'")
    else:
        fails.append("README-dev42.md missing")

    print(f"records={len(recs)} lines={total_lines} sha256={sha}")
    print(f"severity={dict(sorted(sev.items()))}")
    print(f"category={dict(sorted(cat.items()))}")
    print(f"domains={dict(dom)} kubernetes={kube} plain_host={plain} healthy_lookalikes={lookalikes}")
    if fails:
        print(f"\nFAILED ({len(fails)}):")
        for f in fails:
            print(" -", f)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
