#!/usr/bin/env python3
"""Check dev39.jsonl: format sanity, the intended composition, and byte-for-byte determinism.

Standard library only. Run from anywhere:  python3 check_dev39.py
Exit status 0 when every check passes; otherwise the failed checks are listed.
"""
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
sys.path.insert(0, HERE)
import make_dev39 as gen  # noqa: E402

DATA = os.path.join(HERE, "dev39.jsonl")
SEVERITIES = ("INFO", "WARN", "ERROR", "CRITICAL")
CATEGORIES = ("none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure")
THEMES = ("flower", "parcel", "lottery")
WANT_SEVERITY = {"INFO": 12, "WARN": 10, "ERROR": 10, "CRITICAL": 8}
POD_KEYS = ("namespace", "pod", "container", "node", "app")

# Ecosystems the set should exercise: (name, regex over the raw line, or over "key=value" labels).
SIGNATURES = (
    ("Go zap JSON", r'"ts":\d+\.\d+,"caller":"'),
    ("Go zerolog JSON", r'"time":"[0-9T:-]+Z","message":"'),
    ("Go logrus text", r'^time="[^"]+" level=\w+ msg="'),
    ("Go logrus JSON", r'^\{"level":"\w+","msg":"[^"]*".*"time":"'),
    ("Kotlin/Ktor logback", r"\] (INFO|WARN|DEBUG) +Application - \d{3} "),
    ("Java/Quarkus", r"\[io\.quarkus[\]\.]"),
    ("JVM unified GC log", r"\[info\]\[gc\] GC\(\d+\)"),
    ("Python Django", r'\[\d\d/\w{3}/\d{4} [\d:]{8}\] "GET '),
    ("Python Celery", r"^\[[\d-]+ [\d:,]+: (INFO|WARNING|ERROR)/(MainProcess|ForkPoolWorker-\d+)\]"),
    ("Python uvicorn", r'^INFO:     [\d.]+:\d+ - "'),
    ("Python traceback", r"^Traceback \(most recent call last\):"),
    ("Node pino", r'^\{"level":\d\d,"time":\d{13},"pid":'),
    ("Node winston", r'"timestamp":"[0-9T:.-]+Z"\}$'),
    ("Envoy/Istio access log", r'^\[[0-9T:.-]+Z\] "(GET|POST) .*(via_upstream|response_timeout)'),
    ("nginx ingress access log", r'\[[a-z0-9-]+-\d+\] \[\] [\d.]+:\d+ '),
    ("Redis Sentinel", r"^1:X .* [+-](s|o)down "),
    ("Redis server", r"^1:[MS] \d\d \w{3} \d{4} "),
    ("ClickHouse", r"<(Error|Information)> "),
    ("NATS/JetStream", r"^\[1\] \d{4}/\d\d/\d\d [\d:.]+ \[(INF|WRN)\] .*JetStream"),
    ("Temporal", r"WorkflowID \S+ RunID "),
    ("HashiCorp Vault", r"Z \[INFO\]  (agent|expiration)"),
    ("Keycloak", r"\[org\.keycloak\.events\]"),
    ("MinIO", r"^Healing (of )?drive '"),
    ("PostgreSQL", r" UTC \[\d+\] (FATAL|ERROR|LOG|WARNING):  "),
    ("Patroni", r"^[\d-]+ [\d:,]+ INFO: .*I am \("),
    ("Kubernetes events", r"^type=(Normal|Warning) reason=\w+ object="),
    ("klog", r"^[IWE]\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ [\w.]+:\d+\] "),
    ("containerd", r'^time="[0-9T:.-]+Z" level=error msg="PullImage'),
    ("CoreDNS", r"^\[(ERROR|INFO)\] (plugin/|Reloading|[\d.]+:\d+ - \d+ \")"),
    ("cert-manager", r'logger="cert-manager\.'),
    ("syslog RFC 3164", r"^<\d+>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d "),
    ("syslog RFC 5424", r"^<\d+>1 \d{4}-"),
    ("kernel", r"^(EXT4-fs|ata\d|mce:|EDAC|igb |mmc\d|Memory cgroup out of memory|TCP: )"),
    ("chrony", r"^Selected source "),
    ("smartd", r"^Device: /dev/\w+ \[SAT\], "),
    ("keepalived", r"(Entering (MASTER|BACKUP|FAULT) STATE|VRRP_Script)"),
    ("HAProxy", r"(be_terminals|be_reservation)/"),
    ("Modbus", r"Modbus Error: \["),
    ("OPC-UA", r"(opc\.tcp://|asyncua)"),
    ("systemd units", r"(Deactivated successfully|^Starting \S+\.service|^Reloaded \S+\.service)"),
    ("Docker Compose labels", r"compose_service="),
    ("journald labels", r"job=systemd-journal"),
)


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def parse_ts(ts):
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def label_text(labels):
    return " ".join("%s=%s" % (k, labels[k]) for k in sorted(labels))


def main():
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)
        return cond

    raw = open(DATA, "rb").read()
    lines = raw.decode("utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    records, meta = gen.build_all()

    # ---------------------------------------------------------------- generator agrees with file
    check(gen.render(records).encode("utf-8") == raw, "dev39.jsonl differs from a fresh in-process build")
    check(len(recs) == 40, "expected 40 records, got %d" % len(recs))
    check([r["id"] for r in recs] == ["dev39-%03d" % i for i in range(1, 41)], "ids are not dev39-001..040 in order")
    check([m["id"] for m in meta] == [r["id"] for r in recs], "generator metadata out of step with the file")
    for line in lines:
        check(line == json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False),
              "a record is not serialised with sort_keys=True")
        break

    # ---------------------------------------------------------------- per-record sanity
    sev_count = dict((s, 0) for s in SEVERITIES)
    cats_by_sev = {}
    theme_count = dict((t, 0) for t in THEMES)
    host_records = 0
    quiet = 0
    incidents = 0
    total_lines = 0
    for rec, mt in zip(recs, meta):
        rid = rec["id"]
        exp = rec["expected"]
        src = rec["source"]
        m = re.match(r"^synthetic:dev39-(flower|parcel|lottery)$", src)
        if check(m is not None, "%s: bad source %r" % (rid, src)):
            theme_count[m.group(1)] += 1
            check(m.group(1) == mt["theme"], "%s: source theme differs from generator" % rid)
        for word in CATEGORIES + tuple(s.lower() for s in SEVERITIES):
            check(word not in src.split(":", 1)[1].split("-"), "%s: label %r leaks into source" % (rid, word))
        check(isinstance(rec.get("question"), str) and len(rec["question"]) > 15, "%s: question missing" % rid)
        logs = rec["logs"]
        total_lines += len(logs)
        check(10 <= len(logs) <= 40, "%s: %d lines (want 10-40)" % (rid, len(logs)))
        stamps = [parse_ts(x["ts"]) for x in logs]
        check(all(a < b for a, b in zip(stamps, stamps[1:])), "%s: timestamps not strictly increasing" % rid)
        check(all(x["ts"].endswith("Z") for x in logs), "%s: timestamps not in UTC" % rid)
        sources = []
        for x in logs:
            lab = x["labels"]
            if "pod" in lab:
                check(all(k in lab and lab[k] for k in POD_KEYS), "%s: pod line without full labels" % rid)
            elif "host" in lab:
                check("job" in lab and any(k in lab for k in ("unit", "app", "compose_service", "transport")),
                      "%s: host line without unit/app/job labels" % rid)
            else:
                check("job" in lab and ("namespace" in lab or "node" in lab), "%s: unlabelled line" % rid)
            key = tuple(lab.get(k, "") for k in ("container", "unit", "app", "transport", "compose_service", "job"))
            if key not in sources:
                sources.append(key)
        check(len(sources) >= 2, "%s: only one log source in the window" % rid)
        is_host = not any("namespace" in x["labels"] or "pod" in x["labels"] for x in logs)
        check(is_host == (mt["platform"] == "host"), "%s: platform label disagrees with the lines" % rid)
        host_records += 1 if is_host else 0

        sev, cat = exp.get("severity"), exp.get("root_cause_category")
        check(sev in SEVERITIES, "%s: bad severity %r" % (rid, sev))
        check(cat in CATEGORIES, "%s: bad category %r" % (rid, cat))
        sev_count[sev] = sev_count.get(sev, 0) + 1
        ev = exp.get("evidence")
        check(isinstance(ev, list) and ev == sorted(set(ev)) and all(0 <= i < len(logs) for i in ev),
              "%s: evidence indices invalid" % rid)
        for field in ("root_cause", "summary", "action"):
            check(isinstance(exp.get(field), str) and exp[field], "%s: expected.%s missing" % (rid, field))
        if cat == "none":
            check(sev == "INFO", "%s: none must be INFO" % rid)
            check(ev == [], "%s: none must have empty evidence" % rid)
            check("component" not in exp, "%s: healthy record names a component" % rid)
        else:
            incidents += 1
            check(sev != "INFO", "%s: incident with INFO severity" % rid)
            check(len(ev) >= 2, "%s: incident with fewer than 2 evidence lines" % rid)
            check(bool(exp.get("component")), "%s: incident without component" % rid)
            cats_by_sev.setdefault(cat, [])
            if sev not in cats_by_sev[cat]:
                cats_by_sev[cat].append(sev)
            owners = mt["owners"]
            own = sum(1 for x in logs if any(w in owners for w in gen.writers(x["labels"])))
            check(own == mt["component_lines"], "%s: component line count disagrees with generator" % rid)
            if 3 * own < len(logs):
                quiet += 1

    # ---------------------------------------------------------------- composition
    check(sev_count == WANT_SEVERITY, "severity counts %r != %r" % (sev_count, WANT_SEVERITY))
    check(incidents == 28, "expected 28 incidents, got %d" % incidents)
    check(len(cats_by_sev) >= 13, "only %d categories among incidents (want >= 13)" % len(cats_by_sev))
    multi = sorted(c for c in cats_by_sev if len(cats_by_sev[c]) >= 2)
    check(len(multi) >= 3, "only %d categories appear at two severities" % len(multi))
    check(2 * quiet >= incidents, "quiet cause component in %d of %d incidents (want >= half)" % (quiet, incidents))
    check(10 <= host_records <= 14, "%d plain-host windows (want 10-14)" % host_records)
    check(all(v >= 12 for v in theme_count.values()), "theme counts unbalanced: %r" % theme_count)
    order = [r["expected"]["severity"] for r in recs]
    longest, run = 1, 1
    for a, b in zip(order, order[1:]):
        run = run + 1 if a == b else 1
        longest = max(longest, run)
    check(longest <= 4, "records look grouped by severity (run of %d)" % longest)
    check(order != sorted(order, key=SEVERITIES.index), "records are sorted by severity")

    # ---------------------------------------------------------------- ecosystem coverage
    corpus = []
    for rec in recs:
        for x in rec["logs"]:
            corpus.append(x["line"])
            corpus.append(label_text(x["labels"]))
    for name, pattern in SIGNATURES:
        rx = re.compile(pattern, re.M)
        check(any(rx.search(t) for t in corpus), "no line looks like %s" % name)

    # ---------------------------------------------------------------- determinism
    want = sha256(raw)
    envs = (
        {"PYTHONHASHSEED": "0", "TZ": "UTC", "LANG": "C", "LC_ALL": "C"},
        {"PYTHONHASHSEED": "12345", "TZ": "Pacific/Chatham", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"},
        {"PYTHONHASHSEED": "random", "TZ": "America/St_Johns", "LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"},
    )
    for i, extra in enumerate(envs):
        tmp = tempfile.mkdtemp(prefix="dev39-regen-%d-" % i)
        try:
            shutil.copy2(os.path.join(HERE, "make_dev39.py"), tmp)
            env = dict(os.environ)
            env.update(extra)
            proc = subprocess.run([sys.executable, os.path.join(tmp, "make_dev39.py")], cwd=tmp, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if check(proc.returncode == 0, "regeneration %d failed: %s" % (i, proc.stderr.decode()[-500:])):
                got = sha256(open(os.path.join(tmp, "dev39.jsonl"), "rb").read())
                check(got == want, "regeneration %d (%s) differs: %s != %s"
                      % (i, " ".join("%s=%s" % kv for kv in sorted(extra.items())), got, want))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    # ---------------------------------------------------------------- optional: project validator
    validator = shutil.which("loglens")
    if validator:
        proc = subprocess.run([validator, "golden", "validate", DATA], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)
        check(proc.returncode == 0, "loglens golden validate failed: %s" % proc.stdout.decode()[-500:])

    # ---------------------------------------------------------------- report
    print("dev39.jsonl sha256 %s" % want)
    print("records %d, lines %d, incidents %d, plain-host windows %d, quiet-cause incidents %d"
          % (len(recs), total_lines, incidents, host_records, quiet))
    print("severity %s" % ", ".join("%s=%d" % (s, sev_count[s]) for s in SEVERITIES))
    print("categories at two or more severities: %s" % ", ".join(multi))
    if fails:
        print("FAILED %d check(s):" % len(fails))
        for f in fails:
            print("  - " + f)
        return 1
    print("all checks passed (determinism: 3 regenerations identical)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
