#!/usr/bin/env python3
"""Checker for dev51.jsonl / dev51.tags.json (stdlib only).

Re-reads the generated files and asserts the dataset properties; also re-runs the
generator in a scratch directory and compares bytes (determinism).  Exits non-zero
with a list of failures, or prints a summary.
"""
import collections
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "dev51.jsonl")
TAGS = os.path.join(HERE, "dev51.tags.json")
GEN = os.path.join(HERE, "make_dev51.py")

SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = ["none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]
ALLOWED_TAGS = {"quiet-cause", "nested-cause", "healthy-lookalike", "caller-outside-selector"}
MIN_TAGS = {"quiet-cause": 9, "nested-cause": 9, "healthy-lookalike": 6, "caller-outside-selector": 10}

# words an evidence set must contain for its category (sanity check that evidence shows the cause)
SIGNAL = {
    "oom_killed": r"OutOfMemory|OOMKilled|[Oo]ut of memory|freeRam=0\.",
    "application_error": r"panicked|unwrap|Exception|segfault|assert",
    "image_pull": r"[Pp]ull|ImagePullBackOff|ErrImagePull|manifest",
    "probe_failure": r"[Pp]robe|readyz|not ready",
    "scheduling": r"FailedScheduling|nodes are available|Insufficient",
    "dns_resolution": r"nxdomain|NXDOMAIN|SERVFAIL|name resolution|no such host|non-existing domain|unsynced|marked as down",
    "connection_refused": r"[Cc]onnection refused|No route|ECONNREFUSED|switch-master|sdown|Replicas Count",
    "timeout": r"[Tt]imed? ?out|timeout|deadline|Rebalance|Executed DbCommand \(\d\d,\d{3}ms\)|\d{5}\.\d+ms",
    "tls_certificate": r"[Cc]ertificate|x509|TLS|SSL",
    "auth_failure": r"err=49|Invalid Credentials|IDX10\d+|[Uu]nauthorized|denied|operationType",
    "config_error": r"[Cc]onfiguration|No such file",
    "resource_exhausted": r"max_children|No space left|pool|too many open files|exhaust|Background saving error|job:start",
    "storage": r"I/O error|read-only|errno=30|EROFS",
    "database": r"deadlock|too many clients|conflict with recovery|23505|unique index|vacuum|migration|is duplicated",
    "rate_limited": r"429|[Tt]hrottl|quota",
    "node_failure": r"NotReady|Machine check|EDAC|cni|CNI|Hardware Error|vxlan",
}
LOUD = re.compile(r"\bERROR\b|\bFATAL\b|level=fatal|\bfail:|\[error\]|\[ERR\]|SEVERE|Fatal error|PHP Fatal|IMAP Error|"
                  r"panicked|\" 50[0-9] |\] \"[A-Z]+ [^\"]*\" 50[0-9] | - 50[0-9] |Exception|Error syncing")
NESTED = re.compile(r"Caused by|--->|^\s+\*\* \(|failureCtx|\.\.\.\s+initCfg|error=status: |error=error sending|"
                    r"failed to start: [^\"]*: [^\"]*: |MISCONF|Exception: IDX|^\s+Couchbase\.|^Npgsql\.|called `Option::unwrap|"
                    r"range end index|Postgrex\.Error")
LOOKALIKE = re.compile(r"error|Error|ERROR|fail|WARN|warn|WARNING|\" 40[0-9] | 40[0-9] | 50[0-9] |retry|retried|"
                       r"Unhealthy|Killing|LOGIN_ERROR|err=49|disconnect|Disconnected|SHUTTING_DOWN")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
CAT_SLUGS = [c for c in CATEGORIES if "_" in c]

# (regex, function(match) -> "YYYY-MM-DD HH:MM:SS" or "HH:MM:SS") for timestamps embedded in the line text
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
EMBEDDED = [
    (re.compile(r"^\[?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}:\d{2}:\d{2})"), lambda m: f"{m[1]}-{m[2]}-{m[3]} {m[4]}"),
    (re.compile(r"^time=\"(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})"), lambda m: f"{m[1]}-{m[2]}-{m[3]} {m[4]}"),
    (re.compile(r"^(?:\[\d+\] )?(\d{4})/(\d{2})/(\d{2}) (\d{2}:\d{2}:\d{2})"), lambda m: f"{m[1]}-{m[2]}-{m[3]} {m[4]}"),
    (re.compile(r"^\[(\d{2})-(\w{3})-(\d{4}) (\d{2}:\d{2}:\d{2})"),
     lambda m: f"{m[3]}-{MONTHS[m[2]]:02d}-{m[1]} {m[4]}"),
    (re.compile(r"\[(\d{2})/(\w{3})/(\d{4}):(\d{2}:\d{2}:\d{2}) \+0000\]"),
     lambda m: f"{m[3]}-{MONTHS[m[2]]:02d}-{m[1]} {m[4]}"),
    (re.compile(r"^\d+:[MCXS] (\d{2}) (\w{3}) (\d{4}) (\d{2}:\d{2}:\d{2})"),
     lambda m: f"{m[3]}-{MONTHS[m[2]]:02d}-{m[1]} {m[4]}"),
    (re.compile(r"^[IWEF](\d{2})(\d{2}) (\d{2}:\d{2}:\d{2})\.\d{6}"), lambda m: f"MMDD{m[1]}{m[2]} {m[3]}"),
    (re.compile(r"^(\d{2}:\d{2}:\d{2})\.\d{3} "), lambda m: f"{m[1]}"),
    (re.compile(r"^\s*\d+:(\d{4})(\d{2})(\d{2}):(\d{2})(\d{2})(\d{2})\.\d{3} "),
     lambda m: f"{m[1]}-{m[2]}-{m[3]} {m[4]}:{m[5]}:{m[6]}"),
    (re.compile(r"^(\d{10})\.\d{3} "), lambda m: "EPOCH" + m[1]),
    (re.compile(r"^([0-9a-f]{8})\.[0-9a-f]{8} 0x"), lambda m: "EPOCH" + str(int(m[1], 16))),
    (re.compile(r"^(\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) "), lambda m: f"MMDD{MONTHS[m[1]]:02d}{m[2]} {m[3]}"),
]


def parse_ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)


def embedded_matches(line, t):
    """None if the line has no recognisable timestamp, else True/False."""
    for rx, fn in EMBEDDED:
        m = rx.search(line)
        if not m:
            continue
        got = fn(m)
        if got.startswith("EPOCH"):
            return int(got[5:]) == int(t.timestamp())
        if got.startswith("MMDD"):
            return got == "MMDD" + t.strftime("%m%d %H:%M:%S")
        if len(got) == 8:
            return got == t.strftime("%H:%M:%S")
        return got == t.strftime("%Y-%m-%d %H:%M:%S")
    return None


def in_selector(labels, sel):
    for k, v in sel.items():
        if v is not None and labels.get(k) != v:
            return False
    return True


def main():
    errs = []

    def need(cond, msg):
        if not cond:
            errs.append(msg)

    with open(DATA, encoding="utf-8") as f:
        raw = f.read()
    recs = [json.loads(l) for l in raw.splitlines() if l.strip()]
    with open(TAGS, encoding="utf-8") as f:
        tags = json.load(f)

    # ---------------------------------------------------------------- records
    need(len(recs) == 40, f"expected 40 records, got {len(recs)}")
    ids = [r.get("id") for r in recs]
    need(ids == [f"dev51-{i:03d}" for i in range(1, 41)], "ids must be dev51-001..dev51-040 in file order")
    sev_c, cat_c = collections.Counter(), collections.Counter()
    total_lines = 0
    ts_checked = 0
    for r in recs:
        rid = r.get("id")
        need(set(r) == {"id", "source", "question", "selector", "logs", "expected"}, f"{rid}: unexpected top-level keys {sorted(r)}")
        need(r.get("source") == "synthetic:dev51", f"{rid}: source must be the neutral 'synthetic:dev51'")
        q = r.get("question") or ""
        need(isinstance(q, str) and len(q) > 10, f"{rid}: question missing")
        sel = r.get("selector")
        need(isinstance(sel, dict) and set(sel) == {"namespace", "pod", "container", "node", "app"},
             f"{rid}: selector must have namespace/pod/container/node/app")
        need(sel.get("namespace") and sel.get("app"), f"{rid}: selector must narrow to a namespace and an app")
        exp = r["expected"]
        sev, cat = exp.get("severity"), exp.get("root_cause_category")
        need(sev in SEVERITIES, f"{rid}: bad severity {sev}")
        need(cat in CATEGORIES, f"{rid}: bad category {cat}")
        sev_c[sev] += 1
        cat_c[cat] += 1
        need((sev == "INFO") == (cat == "none"), f"{rid}: INFO must pair with 'none' and vice versa")
        for fld in ("root_cause", "summary", "action"):
            need(isinstance(exp.get(fld), str) and len(exp[fld]) > 10, f"{rid}: expected.{fld} missing")
        for slug in CAT_SLUGS:
            blob = q + json.dumps(sel) + "".join(x["line"] for x in r["logs"]) + json.dumps([x["labels"] for x in r["logs"]])
            need(slug not in blob, f"{rid}: category slug '{slug}' leaks into question/selector/logs")

        logs = r["logs"]
        n = len(logs)
        total_lines += n
        need(8 <= n <= 25, f"{rid}: {n} log lines (need 8..25)")
        prev = None
        times = []
        for i, x in enumerate(logs):
            need(set(x) == {"ts", "labels", "line"}, f"{rid}[{i}]: log keys {sorted(x)}")
            need(isinstance(x["line"], str), f"{rid}[{i}]: line not a string")
            need(isinstance(x["labels"], dict) and all(isinstance(v, str) for v in x["labels"].values()),
                 f"{rid}[{i}]: labels must be a dict of strings")
            need("namespace" in x["labels"] or "node" in x["labels"], f"{rid}[{i}]: line has neither namespace nor node label")
            need(bool(TS_RE.match(x["ts"])), f"{rid}[{i}]: ts not RFC 3339 UTC with millis: {x['ts']}")
            t = parse_ts(x["ts"])
            times.append(t)
            need(prev is None or t >= prev, f"{rid}[{i}]: ts goes backwards")
            prev = t
            ok = embedded_matches(x["line"], t)
            if ok is not None:
                ts_checked += 1
                need(ok, f"{rid}[{i}]: embedded timestamp disagrees with ts {x['ts']}: {x['line'][:80]}")
        need((times[-1] - times[0]) <= dt.timedelta(minutes=30), f"{rid}: window longer than 30 minutes")
        need(any(in_selector(x["labels"], sel) for x in logs), f"{rid}: no line matches the selector")

        ev = exp.get("evidence")
        need(isinstance(ev, list) and all(isinstance(i, int) for i in ev), f"{rid}: evidence must be a list of ints")
        need(ev == sorted(set(ev)), f"{rid}: evidence must be sorted and unique")
        need(all(0 <= i < n for i in ev), f"{rid}: evidence index out of range")
        ev_lines = [logs[i]["line"] for i in ev if 0 <= i < n]
        lines_set = [x["line"] for x in logs]
        for el in ev_lines:
            need(el.strip() != "" and el in lines_set, f"{rid}: evidence line not present verbatim / blank")
        if cat == "none":
            need(ev == [], f"{rid}: healthy record must have empty evidence")
            need("component" not in exp, f"{rid}: healthy record should carry no component")
        else:
            need(len(ev) >= 1, f"{rid}: incident without evidence")
            need(re.search(SIGNAL[cat], "\n".join(ev_lines)) is not None,
                 f"{rid}: evidence does not show a {cat} signal")
            comp = exp.get("component")
            need(isinstance(comp, str) and comp.strip() != "", f"{rid}: incident without component")
            if isinstance(comp, str):
                hit = any(logs[i]["labels"].get("app") == comp or logs[i]["labels"].get("node") == comp
                          or comp in logs[i]["line"] for i in ev)
                need(hit, f"{rid}: component '{comp}' not tied to any evidence line")

    need([sev_c[s] for s in SEVERITIES] == [10, 10, 10, 10], f"severity counts {dict(sev_c)} (need 10 each)")
    for c in CATEGORIES:
        need(cat_c[c] >= 1, f"category {c} not covered")

    # ---------------------------------------------------------------- tags
    need(sorted(tags) == ids, "tags file must have exactly the record ids as keys")
    tag_c = collections.Counter()
    by_id = {r["id"]: r for r in recs}
    for rid, tl in tags.items():
        need(isinstance(tl, list) and set(tl) <= ALLOWED_TAGS and len(tl) == len(set(tl)), f"{rid}: bad tags {tl}")
        r = by_id.get(rid)
        if r is None:
            continue
        exp, logs, sel = r["expected"], r["logs"], r["selector"]
        cat = exp["root_cause_category"]
        ev = exp["evidence"]
        comp = exp.get("component")
        for tg in tl:
            tag_c[tg] += 1
        if "healthy-lookalike" in tl:
            need(cat == "none", f"{rid}: healthy-lookalike on an incident")
            need(sum(1 for x in logs if LOOKALIKE.search(x["line"])) >= 2,
                 f"{rid}: healthy-lookalike without error-looking lines")
        for tg in ("quiet-cause", "nested-cause", "caller-outside-selector"):
            if tg in tl:
                need(cat != "none", f"{rid}: {tg} on a healthy record")
        if "caller-outside-selector" in tl:
            need(comp != sel["app"], f"{rid}: component equals the selector app")
            need(any(not in_selector(logs[i]["labels"], sel) for i in ev),
                 f"{rid}: no evidence line outside the selector")
            need(all(not in_selector(x["labels"], sel) for x in logs if x["labels"].get("app") == comp),
                 f"{rid}: culprit lines fall inside the selector")
            need(any(in_selector(x["labels"], sel) and LOUD.search(x["line"]) for x in logs),
                 f"{rid}: the selected caller is not loud")
        if "quiet-cause" in tl:
            quiet_ev = [i for i in ev if not LOUD.search(logs[i]["line"])]
            need(len(quiet_ev) >= 1, f"{rid}: quiet-cause but every evidence line is error-level")
            need(any(LOUD.search(x["line"]) for j, x in enumerate(logs) if j not in quiet_ev),
                 f"{rid}: quiet-cause without a loud line elsewhere")
        if "nested-cause" in tl:
            need(any(NESTED.search(logs[i]["line"]) for i in ev),
                 f"{rid}: nested-cause but no evidence line is an inner/wrapped cause")
    for tg, mn in MIN_TAGS.items():
        need(tag_c[tg] >= mn, f"tag {tg}: {tag_c[tg]} < {mn}")

    # ---------------------------------------------------------------- determinism
    tmp = tempfile.mkdtemp(prefix="dev51-regen-")
    try:
        shutil.copy(GEN, tmp)
        subprocess.run([sys.executable, os.path.join(tmp, "make_dev51.py")], check=True, capture_output=True)
        for name in ("dev51.jsonl", "dev51.tags.json"):
            with open(os.path.join(tmp, name), "rb") as a, open(os.path.join(HERE, name), "rb") as b:
                need(a.read() == b.read(), f"{name}: regenerating does not reproduce the same bytes")
    finally:
        shutil.rmtree(tmp)

    if errs:
        print(f"FAILED ({len(errs)}):")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    sha = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    print("OK  dev51.jsonl sha256", sha)
    print("records:", len(recs), " log lines:", total_lines,
          " lines/record: %d..%d" % (min(len(r["logs"]) for r in recs), max(len(r["logs"]) for r in recs)),
          " embedded timestamps verified:", ts_checked)
    print("severity:", {s: sev_c[s] for s in SEVERITIES})
    print("category:", {c: cat_c[c] for c in CATEGORIES})
    print("tags:", dict(sorted(tag_c.items())))


if __name__ == "__main__":
    main()
