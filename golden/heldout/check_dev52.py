#!/usr/bin/env python3
"""Stdlib checker for the dev52 held-out golden set.

Re-reads dev52.jsonl and dev52.tags.json (next to this script, or in the
directory given as first argument), asserts the dataset properties, re-runs
make_dev52.py in a temporary directory and compares bytes.  Exits non-zero and
lists every failure.
"""
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = ["oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
TAGS = {"quiet-cause": 9, "nested-cause": 9, "healthy-lookalike": 6, "caller-outside-selector": 10}
SELECTOR_KEYS = {"namespace", "pod", "container", "node", "app"}

# a line printed at error level (or worse) by its emitter
ERR_RE = re.compile(
    r'\[(?:ERROR|Error|error|FATAL|fatal|CRITICAL|crit|err)\]|\bERROR\b|\bFATAL\b|\bCRITICAL\b'
    r'|level=(?:error|fatal|panic)\b|"level":"(?:error|fatal|panic|dpanic)"'
    r'|^E\d{4} |^ERR |Unhandled exception|Exception in thread|Kernel panic|^[\w.-]+: ExceptionIn')
# a decisive cause wrapped in a trace / error chain
NEST_RE = re.compile(r'Caused by|caused by|rpc error:|ExceptionInLinkedThread|failed to pull and unpack|'
                     r'CallStack|\bcause:')
SCARY_RE = re.compile(r'(?i)error|fail|retry|retrying|timeout|denied|\b404\b|unhealthy|refused|expire|'
                      r'\bwarn|renew|not ready|challenge')
CAT_SIGNAL = {
    "oom_killed": r"(?i)oom|out of memory",
    "application_error": r"(?i)exception|panic|index too large|NumberFormat|assert|unhandled",
    "image_pull": r"(?i)pull|manifest|ImagePullBackOff",
    "probe_failure": r"(?i)probe|/health",
    "scheduling": r"(?i)FailedScheduling|nodes are available|Unschedulable|Insufficient|scale-up",
    "dns_resolution": r"(?i)lookup|resolv|NXDOMAIN|no such host|UnknownHost|:53\b|coredns|lameduck",
    "connection_refused": r"(?i)refused|maintenance|listeners|unreachable|no route|shutting down|closing|delete pod",
    "timeout": r"(?i)timeout|timed out|deadline|slow|elapsed",
    "tls_certificate": r"(?i)x509|certificate|tls|PKIX|SSL",
    "auth_failure": r"(?i)denied|refused|\b401\b|\b403\b|forbidden|unauthori|credentials|login|password",
    "config_error": r"(?i)missing|invalid|\benv\b|config|key",
    "resource_exhausted": r"(?i)no space|too many open files|ephemeral-storage|evict|throttl|exhaust|disk",
    "storage": r"(?i)volume|attach|mount|read-only|I/O error|replica",
    "database": r"(?i)deadlock|replication|\blag\b|region|raft|too many connections|duplicate",
    "rate_limited": r"(?i)\b429\b|rate.?limit|throttl|quota",
    "node_failure": r"(?i)NotReady|not ready|Hardware Error|Machine Check|containerd|kubelet|EDAC|panic",
}
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
FORBIDDEN_SRC = [r"\bimport time\b", r"datetime\.now", r"\.utcnow\(", r"\btoday\(", r"os\.environ",
                 r"getenv", r"\bimport uuid\b", r"random\.(random|randint|choice|shuffle|seed)\(",
                 r"SystemRandom", r"\bhash\(", r"\bset\("]


def parse_ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def main(argv):
    d = argv[1] if len(argv) > 1 else HERE
    fails = []

    def bad(msg):
        fails.append(msg)

    jpath = os.path.join(d, "dev52.jsonl")
    tpath = os.path.join(d, "dev52.tags.json")
    gpath = os.path.join(HERE, "make_dev52.py")
    raw = open(jpath, "rb").read()
    if b"\r" in raw:
        bad("jsonl contains CR characters")
    if not raw.endswith(b"\n"):
        bad("jsonl does not end with a newline")
    lines = raw.decode("utf-8").split("\n")[:-1]
    recs = []
    for n, ln in enumerate(lines, 1):
        if not ln.strip():
            bad(f"blank line {n}")
            continue
        try:
            recs.append(json.loads(ln))
        except ValueError as e:
            bad(f"line {n}: invalid JSON: {e}")
    tags = json.load(open(tpath, encoding="utf-8"))

    # ---- global shape -------------------------------------------------------
    if len(recs) != 40:
        bad(f"expected 40 records, got {len(recs)}")
    want_ids = [f"dev52-{i:03d}" for i in range(1, 41)]
    ids = [r.get("id") for r in recs]
    if ids != want_ids:
        bad("ids are not dev52-001..dev52-040 in file order")
    sev_count = {s: 0 for s in SEVERITIES}
    cats = set()
    for r in recs:
        sev_count[r["expected"].get("severity")] = sev_count.get(r["expected"].get("severity"), 0) + 1
        cats.add(r["expected"].get("root_cause_category"))
    for s in SEVERITIES:
        if sev_count.get(s) != 10:
            bad(f"severity {s}: {sev_count.get(s)} records, want 10")
    missing = [c for c in CATEGORIES if c not in cats]
    if missing:
        bad(f"categories not covered: {missing}")
    extra = cats - set(CATEGORIES) - {"none"}
    if extra:
        bad(f"unknown categories: {extra}")
    # shuffle: neither severities nor domains may come in blocks
    seq = [r["expected"]["severity"] for r in recs]
    same = sum(1 for a, b in zip(seq, seq[1:]) if a == b)
    if same > 20 or seq == sorted(seq) or seq == sorted(seq, reverse=True):
        bad(f"records look unshuffled by severity ({same} equal neighbours)")

    # ---- tags file ----------------------------------------------------------
    if sorted(tags) != want_ids:
        bad("tags file keys differ from record ids")
    tag_count = {t: 0 for t in TAGS}
    by_id = {r["id"]: r for r in recs}
    for rid, tl in tags.items():
        if not isinstance(tl, list) or len(tl) != len(set(tl)):
            bad(f"{rid}: tags must be a list without duplicates")
            continue
        for t in tl:
            if t not in TAGS:
                bad(f"{rid}: unknown tag {t}")
            else:
                tag_count[t] += 1
    for t, mn in TAGS.items():
        if tag_count[t] < mn:
            bad(f"tag {t}: {tag_count[t]} < {mn}")

    # ---- per record ---------------------------------------------------------
    for r in recs:
        rid = r.get("id", "?")
        exp = r.get("expected", {})
        logs = r.get("logs", [])
        sev, cat = exp.get("severity"), exp.get("root_cause_category")
        tl = tags.get(rid, [])
        healthy = cat == "none"
        if r.get("source") != "synthetic:dev52":
            bad(f"{rid}: source is {r.get('source')!r}")
        if set(r) != {"id", "source", "question", "selector", "logs", "expected"}:
            bad(f"{rid}: unexpected top-level keys {sorted(r)}")
        if not isinstance(r.get("question"), str) or not r["question"].strip():
            bad(f"{rid}: question missing")
        selr = r.get("selector")
        if not isinstance(selr, dict) or set(selr) != SELECTOR_KEYS:
            bad(f"{rid}: selector must have keys {sorted(SELECTOR_KEYS)}")
            selr = {k: None for k in SELECTOR_KEYS}
        if (sev == "INFO") != healthy:
            bad(f"{rid}: INFO must go with category none and vice versa ({sev}/{cat})")
        if not 10 <= len(logs) <= 24:
            bad(f"{rid}: {len(logs)} lines, want 10-24")
        prev = None
        for i, lg in enumerate(logs):
            ts = lg.get("ts", "")
            if not TS_RE.match(ts):
                bad(f"{rid}[{i}]: bad ts {ts!r}")
                continue
            t = parse_ts(ts)
            if t.tzinfo is None:
                bad(f"{rid}[{i}]: ts without zone")
            if prev is not None and t <= prev:
                bad(f"{rid}[{i}]: ts not strictly increasing")
            prev = t
            lab = lg.get("labels")
            if not isinstance(lab, dict) or not lab or not ("namespace" in lab or "node" in lab):
                bad(f"{rid}[{i}]: labels need namespace or node")
            elif not all(isinstance(v, str) and v for v in lab.values()):
                bad(f"{rid}[{i}]: label values must be non-empty strings")
            line = lg.get("line")
            if not isinstance(line, str) or not line:
                bad(f"{rid}[{i}]: empty line")
                continue
            low = line.lower()
            if "dev52" in low or "synthetic" in low or any(c in line for c in CATEGORIES if "_" in c):
                bad(f"{rid}[{i}]: line leaks dataset/category words")
            if "@" in line and re.search(r"@[A-Z0-9]{3,5}@", line):
                bad(f"{rid}[{i}]: unrendered timestamp placeholder")
        ev = exp.get("evidence")
        if not isinstance(ev, list) or any(not isinstance(x, int) for x in ev):
            bad(f"{rid}: evidence must be a list of ints")
            continue
        if ev != sorted(set(ev)):
            bad(f"{rid}: evidence not sorted/unique")
        if any(x < 0 or x >= len(logs) for x in ev):
            bad(f"{rid}: evidence index out of range")
            continue
        ev_lines = [logs[x]["line"] for x in ev]
        all_lines = [lg["line"] for lg in logs]
        for x, el in zip(ev, ev_lines):
            if el not in all_lines or all_lines[x] != el:
                bad(f"{rid}: evidence line {x} not present verbatim")
        err_idx = [i for i, l in enumerate(all_lines) if ERR_RE.search(l)]
        if healthy:
            if ev:
                bad(f"{rid}: healthy record has evidence")
            if exp.get("component") not in (None,):
                bad(f"{rid}: healthy record has a component")
            if "root_cause" in exp and exp["root_cause"]:
                bad(f"{rid}: healthy record has a root_cause")
            if err_idx:
                bad(f"{rid}: healthy record contains error-level lines {err_idx}")
            for t in tl:
                if t != "healthy-lookalike":
                    bad(f"{rid}: healthy record tagged {t}")
            if "healthy-lookalike" in tl and not any(SCARY_RE.search(l) for l in all_lines):
                bad(f"{rid}: healthy-lookalike without any scary-looking line")
            continue
        # incidents
        if "healthy-lookalike" in tl:
            bad(f"{rid}: incident tagged healthy-lookalike")
        if not ev:
            bad(f"{rid}: incident without evidence")
        comp = exp.get("component")
        if not isinstance(comp, str) or not comp.strip():
            bad(f"{rid}: incident without component")
            comp = ""
        for k in ("root_cause", "summary", "action"):
            if not isinstance(exp.get(k), str) or not exp[k].strip():
                bad(f"{rid}: missing {k}")
        if cat in CAT_SIGNAL and not any(re.search(CAT_SIGNAL[cat], l) for l in ev_lines):
            bad(f"{rid}: no evidence line carries a {cat} signal")
        if "quiet-cause" in tl:
            loud_ev = [x for x in ev if ERR_RE.search(all_lines[x])]
            if loud_ev:
                bad(f"{rid}: quiet-cause but evidence lines {loud_ev} are error-level")
            if len([i for i in err_idx if i not in ev]) < 2:
                bad(f"{rid}: quiet-cause but fewer than 2 loud error lines elsewhere")
        if "nested-cause" in tl:
            if not any(NEST_RE.search(l) or l.count(": ") >= 2 for l in ev_lines):
                bad(f"{rid}: nested-cause but no evidence line is a nested/wrapped cause")
        if "caller-outside-selector" in tl:
            app = selr.get("app")
            if not app:
                bad(f"{rid}: caller-outside-selector needs selector.app")
            else:
                outside = [x for x in ev if logs[x]["labels"].get("app") != app]
                if not outside:
                    bad(f"{rid}: caller-outside-selector but all evidence is from {app}")
                loud_caller = [i for i in err_idx if logs[i]["labels"].get("app") == app]
                if len(loud_caller) < 2:
                    bad(f"{rid}: caller-outside-selector but caller {app} is not loud")
                if comp.strip().lower() == app.lower():
                    bad(f"{rid}: caller-outside-selector but component is the selected app")

    # ---- generator determinism ---------------------------------------------
    src = open(gpath, encoding="utf-8").read()
    if "random.Random(SEED)" not in src or "SEED = 205252" not in src:
        bad("generator does not seed random.Random(205252)")
    for pat in FORBIDDEN_SRC:
        if re.search(pat, src):
            bad(f"generator uses forbidden construct /{pat}/")
    for mod in re.findall(r"^\s*(?:import|from)\s+([\w.]+)", src, re.M):
        if mod.split(".")[0] not in {"calendar", "datetime", "json", "os", "random", "sys"}:
            bad(f"generator imports non-allowed module {mod}")
    outs = []
    for _ in range(2):
        with tempfile.TemporaryDirectory() as tmp:
            p = subprocess.run([sys.executable, gpath, tmp], capture_output=True, text=True,
                               env={"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "random"})
            if p.returncode != 0:
                bad(f"generator failed: {p.stderr.strip()}")
                break
            outs.append((open(os.path.join(tmp, "dev52.jsonl"), "rb").read(),
                         open(os.path.join(tmp, "dev52.tags.json"), "rb").read()))
    if len(outs) == 2:
        if outs[0] != outs[1]:
            bad("two generator runs differ")
        if outs[0][0] != raw:
            bad("dev52.jsonl differs from a fresh generator run")
        if outs[0][1] != open(tpath, "rb").read():
            bad("dev52.tags.json differs from a fresh generator run")

    if fails:
        print(f"FAIL: {len(fails)} problem(s)")
        for f in fails:
            print(" -", f)
        return 1
    per_cat = {}
    for r in recs:
        c = r["expected"]["root_cause_category"]
        per_cat[c] = per_cat.get(c, 0) + 1
    print(f"OK: {len(recs)} records; severities {sev_count}; tags {tag_count}")
    print("categories:", json.dumps(dict(sorted(per_cat.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
