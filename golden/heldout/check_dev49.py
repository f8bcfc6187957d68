#!/usr/bin/env python3
"""Property checker for dev49.jsonl (golden format v1).

Exits 1 if any check fails, 0 otherwise.  Standard library only.

Checks:
  * file shape: 40 JSON records, unique ids of the form dev49-NNN, known keys only
  * determinism: the file is byte-identical to a fresh run of make_dev49.build()
  * severity mix 10/10/10/10 and INFO <=> category none
  * every one of the 16 incident categories present at least once
  * healthy windows: INFO/none, empty evidence, no component
  * incident windows: component, root_cause, summary, action, >= 1 evidence index
  * evidence: valid, unique, sorted indices; each evidence line appears verbatim in the logs
  * logs: 8-30 lines, RFC 3339 timestamps with a zone, in time order
  * labels: Kubernetes lines carry namespace/pod/container/node, node-level lines job+node,
    event lines namespace+job, plain-host lines host+job; pod names look like real
    Deployment / StatefulSet / DaemonSet / CronJob (or operator/static) pods
  * source synthetic:<domain>/<platform> with platform matching the labels used
  * selector rule: the selector is null or an object holding exactly namespace, pod,
    container, node, app; every non-null field equals that label on every line that
    carries the label, and at least one line carries it (the selector never excludes
    a line of its own window)
  * quiet-cause records: the README list equals the generator's list, the selector
    pins nothing, and a calm (INFO-looking) evidence line sits on another workload than
    the loud lines; no record carries a quiet/nested marker
  * nested-cause records: an evidence line holds a nested-exception marker
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "dev49.jsonl")
README = os.path.join(HERE, "README-dev49.md")

SEVERITIES = {"INFO", "WARN", "ERROR", "CRITICAL"}
INCIDENT_CATS = {
    "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
}
DOMAINS = {"elevator-maintenance", "audiology-clinics", "stadium-matchday"}
PLATFORMS = {"kubernetes", "linux-host", "hybrid"}
SELECTOR_KEYS = ("namespace", "pod", "container", "node", "app")
TOP_KEYS = {"id", "source", "question", "selector", "logs", "expected"}
EXP_KEYS = {"severity", "root_cause_category", "component", "root_cause", "summary", "action", "evidence"}
NODE_JOBS = {"kubelet", "kernel", "containerd"}
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
A = "[bcdfghjklmnpqrstvwxz2456789]"
POD_PATTERNS = [
    ("deployment", re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?-" + A + r"{8,10}-" + A + r"{5}$")),
    ("statefulset", re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?-\d+$")),
    ("cronjob", re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?-\d{8}-" + A + r"{5}$")),
    ("daemonset", re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?-" + A + r"{5}$")),
    ("dagster", re.compile(r"^dagster-(run|step)-[0-9a-f-]{32,36}-" + A + r"{5}$")),
    ("tekton", re.compile(r"^[a-z0-9-]+-" + A + r"{5}-[a-z0-9-]+-pod$")),
    ("static", re.compile(r"^kube-vip-[a-z0-9-]+$")),
]
NESTED_MARKERS = ("Caused by:", "The above exception was the direct cause", " ---> ",
                  "[recovered]", "[previous exception]", "** (", "=CRASH REPORT")
LOUD_RE = re.compile(r"error|fail|warn|panic|exception|critical|fatal|denied|refused|timed? ?out|unavailable",
                     re.IGNORECASE)

failures = []


def fail(msg):
    failures.append(msg)


def parse_ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def workload(labels):
    if "pod" in labels:
        return ("pod", labels.get("namespace"), labels["pod"])
    if "host" in labels:
        return ("host", labels["host"], labels.get("job"))
    if "node" in labels:
        return ("node", labels["node"], labels.get("job"))
    return ("other", labels.get("namespace"), labels.get("job"))


def readme_quiet_ids():
    if not os.path.exists(README):
        fail("README-dev49.md missing")
        return None
    text = open(README, encoding="utf-8").read()
    m = re.search(r"^## Quiet-cause records\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    if not m:
        fail("README: no '## Quiet-cause records' section")
        return None
    return sorted(set(re.findall(r"^\s*[-*]\s*`?(dev49-\d{3})`?", m.group(1), re.M)))


def check_labels(rid, i, lab, platform_seen):
    if not isinstance(lab, dict) or not lab or not all(isinstance(v, str) and v for v in lab.values()):
        fail("%s log %d: labels must be a non-empty map of strings" % (rid, i))
        return
    if "pod" in lab:
        for k in ("namespace", "pod", "container", "node"):
            if k not in lab:
                fail("%s log %d: Kubernetes line without %s label" % (rid, i, k))
        if not any(p.match(lab["pod"]) for _, p in POD_PATTERNS):
            fail("%s log %d: pod name %r does not look like a real pod name" % (rid, i, lab["pod"]))
        platform_seen.add("k8s")
    elif "host" in lab:
        if set(lab) != {"host", "job"}:
            fail("%s log %d: plain-host line must carry exactly host + job" % (rid, i))
        platform_seen.add("host")
    elif "node" in lab:
        if set(lab) != {"job", "node"} or lab["job"] not in NODE_JOBS:
            fail("%s log %d: node-level line must carry job (kubelet/kernel/containerd) + node" % (rid, i))
        platform_seen.add("k8s")
    elif lab.get("job") == "kube-events":
        if set(lab) != {"namespace", "job"}:
            fail("%s log %d: event line must carry namespace + job" % (rid, i))
        platform_seen.add("k8s")
    else:
        fail("%s log %d: unrecognised label set %r" % (rid, i, sorted(lab)))


def main():
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import make_dev49  # noqa: E402  (generator beside this file)

    raw = open(DATA, "rb").read()
    fresh_records, metas = make_dev49.build()
    fresh = make_dev49.serialise(fresh_records)
    if raw != fresh:
        fail("dev49.jsonl differs from a fresh generator run (not deterministic or stale)")
    if make_dev49.serialise(make_dev49.build()[0]) != fresh:
        fail("two in-process generator runs differ")

    lines = raw.decode("utf-8").splitlines()
    records = []
    for n, ln in enumerate(lines, 1):
        try:
            records.append(json.loads(ln))
        except ValueError as e:
            fail("line %d: invalid JSON (%s)" % (n, e))
    if len(records) != 40:
        fail("expected 40 records, found %d" % len(records))

    ids = [r.get("id") for r in records]
    if len(set(ids)) != len(ids):
        fail("duplicate ids: %s" % [k for k, v in Counter(ids).items() if v > 1])
    meta_by_id = {m["id"]: m for m in metas}

    sev = Counter()
    cats = Counter()
    plat = Counter()
    total_lines = 0
    for r in records:
        rid = r.get("id")
        if not isinstance(rid, str) or not re.match(r"^dev49-\d{3}$", rid):
            fail("bad id %r" % rid)
        extra = set(r) - TOP_KEYS
        if extra:
            fail("%s: unexpected top-level keys %s" % (rid, sorted(extra)))
        exp = r.get("expected") or {}
        if set(exp) - EXP_KEYS:
            fail("%s: unexpected expected keys %s" % (rid, sorted(set(exp) - EXP_KEYS)))
        blob = json.dumps(r).lower()
        if "quiet" in blob and "quiet" not in (r.get("question") or "").lower():
            fail("%s: record mentions 'quiet' (the quiet-cause list belongs in the README only)" % rid)

        # source
        m = re.match(r"^synthetic:([a-z-]+)/([a-z-]+)$", r.get("source") or "")
        if not m or m.group(1) not in DOMAINS or m.group(2) not in PLATFORMS:
            fail("%s: bad source %r" % (rid, r.get("source")))
            platform = None
        else:
            platform = m.group(2)

        q = r.get("question")
        if not isinstance(q, str) or len(q) < 20 or not q.rstrip().endswith("?"):
            fail("%s: question should be a realistic operator question" % rid)

        # logs
        logs = r.get("logs") or []
        total_lines += len(logs)
        if not 8 <= len(logs) <= 30:
            fail("%s: %d log lines (want 8-30)" % (rid, len(logs)))
        prev = None
        seen_platform = set()
        for i, lg in enumerate(logs):
            ts = lg.get("ts", "")
            if not TS_RE.match(ts):
                fail("%s log %d: timestamp %r is not RFC 3339 with a zone" % (rid, i, ts))
                continue
            t = parse_ts(ts)
            if prev is not None and t < prev:
                fail("%s log %d: timestamps out of order" % (rid, i))
            prev = t
            if not isinstance(lg.get("line"), str) or not lg["line"].strip():
                fail("%s log %d: empty line" % (rid, i))
            if "%%" in lg.get("line", "") or re.search(r"%(iso|isou|isos|dw|klog|syslog|hms|neo|mssql|epochms|tidb|ngx|clf|akka|pulsar|jenkins|nexus|mono|dag|couch|erl|scylla|pgts|up\d+)%", lg.get("line", "")):
                fail("%s log %d: unrendered time token" % (rid, i))
            check_labels(rid, i, lg.get("labels"), seen_platform)
        if platform == "kubernetes" and seen_platform != {"k8s"}:
            fail("%s: platform kubernetes but labels show %s" % (rid, sorted(seen_platform)))
        if platform == "linux-host" and seen_platform != {"host"}:
            fail("%s: platform linux-host but labels show %s" % (rid, sorted(seen_platform)))
        if platform == "hybrid" and seen_platform != {"k8s", "host"}:
            fail("%s: platform hybrid but labels show %s" % (rid, sorted(seen_platform)))
        if platform:
            plat[platform] += 1

        # selector rule
        sel = r.get("selector")
        if sel is not None:
            if not isinstance(sel, dict) or tuple(sel) != SELECTOR_KEYS:
                fail("%s: selector must hold exactly %s" % (rid, SELECTOR_KEYS))
            else:
                for k, v in sel.items():
                    if v is None:
                        continue
                    if not isinstance(v, str):
                        fail("%s: selector.%s must be a string or null" % (rid, k))
                        continue
                    carriers = [lg["labels"] for lg in logs if k in lg.get("labels", {})]
                    if not carriers:
                        fail("%s: selector.%s=%r but no line carries label %s" % (rid, k, v, k))
                    for lab in carriers:
                        if lab[k] != v:
                            fail("%s: selector.%s=%r excludes a line with %s=%r" % (rid, k, v, k, lab[k]))
                            break

        # expected
        s = exp.get("severity")
        c = exp.get("root_cause_category")
        if s not in SEVERITIES:
            fail("%s: bad severity %r" % (rid, s))
        if c != "none" and c not in INCIDENT_CATS:
            fail("%s: category %r outside the closed set" % (rid, c))
        sev[s] += 1
        cats[c] += 1
        ev = exp.get("evidence")
        if not isinstance(ev, list) or not all(isinstance(x, int) for x in ev):
            fail("%s: evidence must be a list of ints" % rid)
            ev = []
        if (s == "INFO") != (c == "none"):
            fail("%s: INFO must go with category none and vice versa" % rid)
        for k in ("root_cause", "summary", "action"):
            if not isinstance(exp.get(k), str) or len(exp[k]) < 15:
                fail("%s: expected.%s missing or too short" % (rid, k))
        if c == "none":
            if ev:
                fail("%s: healthy window with evidence" % rid)
            if exp.get("component") not in (None, ""):
                fail("%s: healthy window with a component" % rid)
        else:
            if not isinstance(exp.get("component"), str) or not exp["component"].strip():
                fail("%s: incident without component" % rid)
            if not ev:
                fail("%s: incident without evidence" % rid)
        if ev != sorted(set(ev)):
            fail("%s: evidence indices must be unique and sorted" % rid)
        all_lines = [lg.get("line") for lg in logs]
        for x in ev:
            if not 0 <= x < len(logs):
                fail("%s: evidence index %d out of range" % (rid, x))
            elif all_lines.count(logs[x]["line"]) < 1:
                fail("%s: evidence line %d not found verbatim in logs" % (rid, x))

        # generator metadata: quiet / nested properties
        meta = meta_by_id.get(rid)
        if meta is None:
            fail("%s: no generator metadata" % rid)
            continue
        ev_lines = [logs[x] for x in ev if 0 <= x < len(logs)]
        if meta["nested"]:
            if not any(any(mk in lg["line"] for mk in NESTED_MARKERS) and ("\n" in lg["line"] or "\\n" in lg["line"]) for lg in ev_lines):
                fail("%s: nested-cause record without a multi-line nested trace in its evidence" % rid)
        if meta["quiet"]:
            if sel is not None and any(v is not None for v in sel.values()):
                fail("%s: quiet-cause record whose selector pins a workload (would hide the cause)" % rid)
            calm = [lg for lg in ev_lines if not LOUD_RE.search(lg["line"])]
            if not calm:
                fail("%s: quiet-cause record without a calm evidence line" % rid)
            else:
                calm_w = {workload(lg["labels"]) for lg in calm}
                loud_w = {workload(lg["labels"]) for lg in logs if LOUD_RE.search(lg["line"])}
                if not (loud_w - calm_w):
                    fail("%s: quiet cause is not on another workload than the loud lines" % rid)

    # aggregate checks
    for s in SEVERITIES:
        if sev[s] != 10:
            fail("severity %s: %d records (want 10)" % (s, sev[s]))
    missing = INCIDENT_CATS - set(cats)
    if missing:
        fail("incident categories missing: %s" % sorted(missing))
    quiet_ids = sorted(m["id"] for m in metas if m["quiet"])
    nested_ids = sorted(m["id"] for m in metas if m["nested"])
    if not 7 <= len(quiet_ids) <= 11:
        fail("%d quiet-cause records (want about 9)" % len(quiet_ids))
    if not 7 <= len(nested_ids) <= 11:
        fail("%d nested-cause records (want about 9)" % len(nested_ids))
    host_only = plat["linux-host"]
    if not 8 <= host_only <= 12:
        fail("%d plain-host windows (want about 10)" % host_only)
    rq = readme_quiet_ids()
    if rq is not None and rq != quiet_ids:
        fail("README quiet-cause list %s != generator list %s" % (rq, quiet_ids))

    print("records:            %d" % len(records))
    print("sha256:             %s" % hashlib.sha256(raw).hexdigest())
    print("severity:           %s" % dict(sorted(sev.items())))
    print("categories:         %s" % dict(sorted(cats.items())))
    print("platforms:          %s" % dict(sorted(plat.items())))
    print("quiet / nested:     %d / %d" % (len(quiet_ids), len(nested_ids)))
    print("log lines:          %d" % total_lines)
    if failures:
        print("\nFAILED (%d):" % len(failures))
        for f in failures:
            print("  - " + f)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
