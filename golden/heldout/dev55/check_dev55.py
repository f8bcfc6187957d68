#!/usr/bin/env python3
"""Check dev55.jsonl against the dev55 brief's own constraints and print a summary."""
import collections
import datetime as dt
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "dev55.jsonl")  # golden/heldout/dev55.jsonl
SEVERITIES = ["CRITICAL", "ERROR", "WARN", "INFO"]
INCIDENT_CATS = ["oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
                 "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
                 "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]
TAGS = {"quiet-cause": 9, "nested-cause": 9, "healthy-lookalike": 6, "outside-selector": 10}
LOUD = re.compile(r'(\bE\d{4} |\bERROR\b|\[error\]|level=error|"level":"error"|\bERR\b|FATAL|\[FATAL\]|Fatal error|'
                  r'PANIC|panic:|Kernel panic|\[crit\]|\berror:|Exception\b|\] error |HTTP/[12]\.?[01]?" 5\d\d )')
ALARM = re.compile(r'(?i)(error|fail|denied|kill|down|503|404|refused|exception|warn|terminat|drain|signal)')
TOKEN = re.compile(r'@(ISO|ISOS|ISO6|ISOOFF|ERL|KD|CRDB|JCTL|SYSLOG|NGX|NATS|CLF|HAP|PG|JAVA|PULSAR|CEPH|NIM|REDIS|MOJO|DT|DREAM|HMS|OSRM|EPOCH|EPOCHMS)@')
POD_RS = re.compile(r'-[bcdfghjklmnpqrstvwxz2456789]{9,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$')

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def parse_ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def stream_key(labels):
    return json.dumps(labels, sort_keys=True)


def outside(labels, sel):
    ns = sel.get("namespace")
    if ns and labels.get("namespace") != ns:
        return True
    pod = sel.get("pod")
    if pod and labels.get("pod") != pod:
        return True
    return False


def main():
    raw = open(PATH, "rb").read()
    recs = [json.loads(l) for l in raw.decode("utf-8").splitlines() if l.strip()]
    if len(recs) != 40:
        err(f"expected 40 records, got {len(recs)}")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    if sorted(ids) != [f"dev55-{i:03d}" for i in range(1, 41)]:
        err("ids are not dev55-001..dev55-040")
    sev = collections.Counter()
    cat = collections.Counter()
    tags = collections.Counter()
    namespaces = collections.Counter()
    n_lines = 0
    quiet_ok = nested_multi = 0
    pods_total = pods_rs = 0
    questions = set()
    for r in recs:
        rid = r["id"]
        e = r["expected"]
        if r.get("source") != "synthetic:dev55":
            err(f"{rid}: source {r.get('source')}")
        sev[e["severity"]] += 1
        cat[e["root_cause_category"]] += 1
        for t in r.get("tags", []):
            if t not in TAGS:
                err(f"{rid}: unknown tag {t}")
            tags[t] += 1
        if r["question"] in questions:
            err(f"{rid}: duplicate question")
        questions.add(r["question"])
        logs = r["logs"]
        n_lines += len(logs)
        prev = None
        streams = set()
        for i, l in enumerate(logs):
            if not l["ts"].endswith("Z") and "+" not in l["ts"][10:]:
                err(f"{rid}: ts without zone at {i}")
            t = parse_ts(l["ts"])
            if prev and t < prev:
                err(f"{rid}: logs not in time order at {i}")
            prev = t
            if not l["line"].strip():
                err(f"{rid}: empty line at {i}")
            if TOKEN.search(l["line"]):
                err(f"{rid}: unrendered time token at {i}")
            streams.add(stream_key(l["labels"]))
            if l["labels"].get("namespace"):
                namespaces[l["labels"]["namespace"]] += 1
            pod = l["labels"].get("pod")
            if pod:
                pods_total += 1
                pods_rs += bool(POD_RS.search(pod))
        if len(streams) < 3:
            err(f"{rid}: only {len(streams)} streams")
        ev = e.get("evidence", [])
        sel = r.get("selector") or {}
        if e["root_cause_category"] == "none":
            if e["severity"] != "INFO":
                err(f"{rid}: none with severity {e['severity']}")
            if ev:
                err(f"{rid}: none with evidence")
            if "component" in e:
                err(f"{rid}: none with component")
        else:
            if not ev:
                err(f"{rid}: incident without evidence")
            if not e.get("component"):
                err(f"{rid}: incident without component")
            if e["severity"] == "INFO":
                err(f"{rid}: incident with INFO severity")
        ev_lines = []
        for i in ev:
            if not (0 <= i < len(logs)):
                err(f"{rid}: evidence index {i} out of range")
                continue
            line = logs[i]["line"]
            # verbatim: the evidence text must occur as a log line of this record
            if line not in [l["line"] for l in logs]:
                err(f"{rid}: evidence line {i} not verbatim")
            ev_lines.append(logs[i])
        ev_streams = {stream_key(l["labels"]) for l in ev_lines}
        if ev and len(ev_streams) == len(streams):
            warnings.append(f"{rid}: every stream carries evidence (no pure noise stream)")
        is_out = any(outside(l["labels"], sel) for l in ev_lines)
        tagged_out = "outside-selector" in r.get("tags", [])
        if tagged_out and not is_out:
            err(f"{rid}: tagged outside-selector but all evidence is inside the selector")
        if not tagged_out and is_out:
            err(f"{rid}: evidence outside the selector but not tagged outside-selector")
        if "quiet-cause" in r.get("tags", []):
            if any(not LOUD.search(l["line"]) for l in ev_lines):
                quiet_ok += 1
            else:
                err(f"{rid}: quiet-cause but every evidence line looks loud")
            if not any(LOUD.search(l["line"]) for l in logs):
                warnings.append(f"{rid}: quiet-cause record has no loud symptom line")
        if "nested-cause" in r.get("tags", []) and len(ev_streams) >= 2:
            nested_multi += 1
        if "healthy-lookalike" in r.get("tags", []):
            if e["severity"] not in ("INFO", "WARN"):
                err(f"{rid}: healthy-lookalike with severity {e['severity']}")
            if not any(ALARM.search(l["line"]) for l in logs):
                err(f"{rid}: healthy-lookalike without any alarming-looking line")
    for s in SEVERITIES:
        if sev[s] != 10:
            err(f"severity {s}: {sev[s]} != 10")
    for c in INCIDENT_CATS + ["none"]:
        if cat[c] < 1:
            err(f"category {c} missing")
    for c in cat:
        if c not in INCIDENT_CATS + ["none"]:
            err(f"unknown category {c}")
    for t, need in TAGS.items():
        if tags[t] < need:
            err(f"tag {t}: {tags[t]} < {need}")
    # determinism: rebuild in-process and compare bytes
    sys.path.insert(0, HERE)
    import make_dev55
    recs2, _ = make_dev55.build()
    rebuilt = "".join(json.dumps(x, sort_keys=True, ensure_ascii=False, separators=(", ", ": ")) + "\n" for x in recs2).encode("utf-8")
    same = rebuilt == raw

    print(f"file: {PATH}")
    print(f"sha256: {hashlib.sha256(raw).hexdigest()}")
    print(f"records: {len(recs)}  unique ids: {len(set(ids))}  log lines: {n_lines}  (mean {n_lines / max(1, len(recs)):.1f}/record)")
    print("severity: " + ", ".join(f"{s}={sev[s]}" for s in SEVERITIES))
    print("categories: " + ", ".join(f"{c}={cat[c]}" for c in INCIDENT_CATS + ["none"]))
    print(f"incident categories present: {sum(1 for c in INCIDENT_CATS if cat[c])}/16, none present: {cat['none'] > 0}")
    print("tags: " + ", ".join(f"{t}={tags[t]} (need >= {n})" for t, n in TAGS.items()))
    print(f"quiet-cause records with a non-loud evidence line: {quiet_ok}/{tags['quiet-cause']}")
    print(f"nested-cause records whose evidence spans >= 2 streams: {nested_multi}/{tags['nested-cause']}")
    print(f"pod labels with replica-set-hash style names: {pods_rs}/{pods_total} (rest: StatefulSet/DaemonSet/Job/static pods)")
    print("namespaces (lines): " + ", ".join(f"{k}={v}" for k, v in sorted(namespaces.items())))
    print(f"rebuild byte-identical: {same}")
    if not same:
        err("rebuild is not byte-identical")
    for w in warnings:
        print("note: " + w)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for x in errors:
            print("  - " + x)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
