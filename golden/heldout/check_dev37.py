#!/usr/bin/env python3
"""check_dev37.py - independent plan/sanity checker for dev37.jsonl.

Standard library only.  Does NOT import make_dev37.py: it reads the JSONL,
re-derives the aggregates and compares them with the plan written down below.
Determinism is checked by running a *copy* of the generator as a subprocess
under different PYTHONHASHSEED / TZ / LC_ALL values and comparing SHA-256.

Exit code 0 = all hard checks pass.  Soft observations are printed as INFO.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "dev37.jsonl")
GEN = os.path.join(HERE, "make_dev37.py")

# ---------------------------------------------------------------------------
# the plan
# ---------------------------------------------------------------------------
N_RECORDS = 40
SEVERITY_PLAN = {"INFO": 12, "WARN": 10, "ERROR": 10, "CRITICAL": 8}
CATEGORIES = ["none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]
# category -> severities it must appear at (exactly this set)
CATEGORY_PLAN = {
    "none": {"INFO"},
    "oom_killed": {"WARN", "CRITICAL"},
    "application_error": {"ERROR", "CRITICAL"},
    "image_pull": {"WARN", "ERROR"},
    "probe_failure": {"WARN", "ERROR"},
    "scheduling": {"WARN", "ERROR"},
    "dns_resolution": {"WARN", "ERROR"},
    "connection_refused": {"ERROR", "CRITICAL"},
    "timeout": {"WARN", "ERROR"},
    "tls_certificate": {"WARN", "CRITICAL"},
    "database": {"WARN", "CRITICAL"},
    "resource_exhausted": {"WARN", "ERROR"},
    "storage": {"ERROR", "CRITICAL"},
    "auth_failure": {"ERROR"},
    "config_error": {"CRITICAL"},
    "rate_limited": {"WARN"},
    "node_failure": {"CRITICAL"},
}
MIN_TWO_SEVERITY_CATEGORIES = 8
THEMES = {"zoo": 13, "theatre": 14, "seedbank": 13}
NS_SELECTED = 26           # windows with selector.namespace set
NO_NS_SELECTED = 14        # windows without a namespace selector
MIN_PLAIN_HOST = 7         # windows whose lines carry no namespace label at all
WINDOW_MIN, WINDOW_MAX = 12, 60
MIN_LOOKALIKES = 3

# Look-alike marker: a line in a healthy window "looks alarming" if it matches this.
LOOKALIKE = re.compile(
    r"(?i)(\berr(or)?s?\b|\bfail(ed|ure|ing|s)?\b|\bwarn(ing)?\b|\bexception\b|\brefused\b|timed? ?out|"
    r"\bdenied\b|\bforbidden\b|\bunhealthy\b|\bkill(ing|ed)\b|\bsigterm\b|\bevicted\b|\blost\b|broken pipe|"
    r"\breset\b|\bretry(ing)?\b|deprecat|\bnot found\b|no such|\bno quorum\b|\bstalled\b|link is down|"
    r"\bpanic\b|\bfatal\b|\binvalid\b|disallowed|unreachable|\bbad\b|drift|\b499\b|\b40[34]\b|\b50[234]\b)")

# Question must not name its own category (it should not give the answer away).
GIVEAWAY = {
    "oom_killed": ["oom", "out of memory", "memory"],
    "application_error": ["panic", "exception", "crash", "bug"],
    "image_pull": ["image", "pull"],
    "probe_failure": ["probe"],
    "scheduling": ["pending", "quota", "schedul"],
    "dns_resolution": ["dns", "resolve", "resolution", "nxdomain"],
    "connection_refused": ["refused"],
    "timeout": ["timeout", "timed out", "deadline"],
    "tls_certificate": ["tls", "certificate", "cert ", "ssl", "x509"],
    "auth_failure": ["401", "unauthori", "credential", "api key"],
    "config_error": ["config"],
    "resource_exhausted": ["disk", "file descriptor", "too many open", "ulimit"],
    "storage": ["volume", "mount", "i/o", "disk", "pvc"],
    "database": ["database", "replica", "migration", "sql", "lag"],
    "rate_limited": ["429", "rate limit", "throttl"],
    "node_failure": ["notready", "not ready", "containerd", "kubelet"],
}

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

errors = []
infos = []


def err(msg):
    errors.append(msg)


def parse_ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def component_in_window(comp, logs):
    c = comp.strip().lower()
    for e in logs:
        for k, v in e["labels"].items():
            v = str(v).lower()
            if v == c:
                return True
            if k in ("pod", "name") and (v.startswith(c + "-") or v == c):
                return True
    # Kubernetes events name the object in the line (name=<workload>-<suffix> / kind=CronJob name=<workload>)
    pat = re.compile(r"(?i)\bname=" + re.escape(c) + r"(-[a-z0-9-]+)?\b")
    return any(pat.search(e["line"]) for e in logs)


def main():
    with open(DATA, "rb") as f:
        raw = f.read()
    lines = raw.decode("utf-8").splitlines()
    recs = [json.loads(l) for l in lines if l.strip()]
    total_lines = sum(len(r["logs"]) for r in recs)

    # ---- counts
    if len(recs) != N_RECORDS:
        err("record count %d != %d" % (len(recs), N_RECORDS))
    ids = [r["id"] for r in recs]
    if ids != ["dev37-%03d" % i for i in range(1, len(recs) + 1)]:
        err("ids are not dev37-001..dev37-%03d in order" % len(recs))
    sev = Counter(r["expected"]["severity"] for r in recs)
    cat = Counter(r["expected"]["root_cause_category"] for r in recs)
    if dict(sev) != SEVERITY_PLAN:
        err("severity counts %s != plan %s" % (dict(sev), SEVERITY_PLAN))
    sev_by_cat = defaultdict(set)
    for r in recs:
        sev_by_cat[r["expected"]["root_cause_category"]].add(r["expected"]["severity"])
    for c in CATEGORIES:
        if c not in cat:
            err("category %s missing" % c)
    for c, plan in CATEGORY_PLAN.items():
        if sev_by_cat.get(c, set()) != plan:
            err("category %s severities %s != plan %s" % (c, sorted(sev_by_cat.get(c, set())), sorted(plan)))
    for c in cat:
        if c not in CATEGORIES:
            err("unknown category %s" % c)
    two_sev = sorted(c for c, s in sev_by_cat.items() if c != "none" and len(s) >= 2)
    if len(two_sev) < MIN_TWO_SEVERITY_CATEGORIES:
        err("only %d categories at two severities" % len(two_sev))
    for r in recs:
        e = r["expected"]
        if (e["root_cause_category"] == "none") != (e["severity"] == "INFO"):
            err("%s: none<->INFO mismatch" % r["id"])

    # ---- themes / sources
    themes = Counter()
    for r in recs:
        m = re.match(r"^synthetic:dev37-(zoo|theatre|seedbank)$", r.get("source", ""))
        if not m:
            err("%s: bad source %r" % (r["id"], r.get("source")))
        else:
            themes[m.group(1)] += 1
    if dict(themes) != THEMES:
        err("theme spread %s != %s" % (dict(themes), THEMES))

    # ---- selectors / kubernetes vs plain hosts
    ns_sel = sum(1 for r in recs if (r.get("selector") or {}).get("namespace"))
    if ns_sel != NS_SELECTED or len(recs) - ns_sel != NO_NS_SELECTED:
        err("namespace selectors %d/%d != %d/%d" % (ns_sel, len(recs) - ns_sel, NS_SELECTED, NO_NS_SELECTED))
    k8s = [r for r in recs if any("namespace" in e["labels"] for e in r["logs"])]
    plain = [r for r in recs if r not in k8s]
    if len(plain) < MIN_PLAIN_HOST:
        err("only %d plain-host windows" % len(plain))
    for r in plain:
        if not all("host" in e["labels"] for e in r["logs"]):
            err("%s: plain-host window line without host label" % r["id"])
    plain_kinds = Counter()
    for r in plain:
        jobs = {e["labels"].get("job") for e in r["logs"]}
        for j in jobs:
            plain_kinds[j] += 1
    for r in recs:
        s = r.get("selector")
        if s and s.get("namespace"):
            for e in r["logs"]:
                if e["labels"].get("namespace") != s["namespace"]:
                    err("%s: line outside selected namespace" % r["id"])
                    break

    # ---- per-record sanity
    for r in recs:
        rid, logs, e = r["id"], r["logs"], r["expected"]
        n = len(logs)
        if not (WINDOW_MIN <= n <= WINDOW_MAX):
            err("%s: window length %d" % (rid, n))
        prev = None
        for i, x in enumerate(logs):
            if not RFC3339.match(x["ts"]) or not x["ts"].endswith("Z"):
                err("%s[%d]: ts not RFC3339 UTC: %s" % (rid, i, x["ts"]))
                continue
            t = parse_ts(x["ts"])
            if prev is not None and t <= prev:
                err("%s[%d]: timestamps not strictly increasing" % (rid, i))
            prev = t
            if not isinstance(x["labels"], dict) or not x["labels"]:
                err("%s[%d]: empty labels" % (rid, i))
            if not isinstance(x["line"], str) or not x["line"].strip() or "\n" in x["line"]:
                err("%s[%d]: empty or multi-line log line" % (rid, i))
        for f in ("root_cause", "summary", "action"):
            if len(e.get(f, "")) < (10 if (f == "action" and e["root_cause_category"] == "none") else 40):
                err("%s: %s too short" % (rid, f))
        if not r.get("question") or not r["question"].endswith("?"):
            err("%s: question missing or not a question" % rid)
        ev = e.get("evidence")
        if e["root_cause_category"] == "none":
            if ev != []:
                err("%s: none with evidence" % rid)
            if "component" in e:
                err("%s: none with component" % rid)
            looks = sum(1 for x in logs if LOOKALIKE.search(x["line"]))
            if looks < MIN_LOOKALIKES:
                err("%s: healthy window has only %d look-alike lines" % (rid, looks))
        else:
            comp = e.get("component")
            if not comp:
                err("%s: incident without component" % rid)
                continue
            if not ev or len(set(ev)) != len(ev) or any((not isinstance(i, int)) or i < 0 or i >= n for i in ev):
                err("%s: bad evidence %s" % (rid, ev))
                continue
            if len(ev) < 2:
                err("%s: evidence should have cause + symptom" % rid)
            first = logs[ev[0]]
            blob = (" ".join(str(v) for v in first["labels"].values()) + " " + first["line"]).lower()
            if comp.lower() not in blob:
                err("%s: evidence[0] does not mention component %r" % (rid, comp))
            if not component_in_window(comp, logs):
                err("%s: component %r not spelled as a label value/pod workload in the window" % (rid, comp))
            ql = r["question"].lower()
            for kw in GIVEAWAY.get(e["root_cause_category"], []):
                if kw in ql:
                    err("%s: question gives away category (%r)" % (rid, kw))

    # ---- soft statistics: quiet cause
    quiet = 0
    for r in recs:
        e = r["expected"]
        if e["root_cause_category"] == "none":
            continue
        c = e["component"].lower()
        own = sum(1 for x in r["logs"] if c in " ".join(str(v) for v in x["labels"].values()).lower())
        if own * 2 < len(r["logs"]):
            quiet += 1
    infos.append("incidents where the cause component writes < half of the window: %d/28" % quiet)
    infos.append("plain-host windows by job label: %s" % dict(sorted(plain_kinds.items())))

    # ---- determinism
    main_sha = sha256(DATA)
    shas = []
    envs = [
        {"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C"},
        {"PYTHONHASHSEED": "4242", "TZ": "Pacific/Chatham", "LC_ALL": "C.UTF-8"},
        {"PYTHONHASHSEED": "random", "TZ": "America/Los_Angeles", "LC_ALL": "POSIX"},
    ]
    for envx in envs:
        d = tempfile.mkdtemp(prefix="dev37chk-")
        try:
            shutil.copy(GEN, os.path.join(d, "make_dev37.py"))
            env = dict(os.environ)
            env.update(envx)
            subprocess.run([sys.executable, os.path.join(d, "make_dev37.py")], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            shas.append(sha256(os.path.join(d, "dev37.jsonl")))
        finally:
            shutil.rmtree(d, ignore_errors=True)
    if any(s != main_sha for s in shas):
        err("determinism: regenerated SHA-256 differ: %s vs %s" % (main_sha, shas))

    # ---- report (aggregates only)
    print("file           :", DATA)
    print("sha256         :", main_sha)
    print("records / lines:", len(recs), "/", total_lines)
    print("severity       :", dict(sorted(sev.items())))
    print("category       :", dict(sorted(cat.items())))
    print("two-severity categories (%d): %s" % (len(two_sev), ", ".join(two_sev)))
    print("themes         :", dict(sorted(themes.items())))
    print("namespace selector: %d with, %d without" % (ns_sel, len(recs) - ns_sel))
    print("kubernetes windows: %d, plain-host windows: %d" % (len(k8s), len(plain)))
    print("determinism    : %d regenerations, all identical: %s" % (len(shas), all(s == main_sha for s in shas)))
    for i in infos:
        print("INFO           :", i)
    if errors:
        print("FAIL (%d problems)" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
