#!/usr/bin/env python3
"""Independent checker for dev59.jsonl against the conventions in PLAN.md (stdlib only)."""
import collections
import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATEGORIES = ["none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]
TAGS = {"quiet-cause", "nested-cause", "outside-selector", "healthy-lookalike"}
SEL_KEYS = ["namespace", "pod", "container", "node", "app"]
ORDER = ["id", "source", "question", "selector", "tags", "logs", "expected"]
EXP_KEYS = ["severity", "root_cause_category", "component", "root_cause", "summary", "action", "evidence"]
DOMAINS = {"organ", "cadastre", "seismo"}
TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
POD_RE = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
MON = {m: i + 1 for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}

CAT_EVIDENCE = {
    "oom_killed": r"OOMKilled|oom-kill|out of memory|TaskOOM|OOM",
    "application_error": r"Exception|Error\b|panic|TypeError|segfault|Traceback|NullPointer|assert",
    "image_pull": r"ErrImagePull|ImagePullBackOff|manifest unknown|pull access denied|[Ff]ailed to pull",
    "probe_failure": r"probe failed|[Rr]eadiness probe|[Ll]iveness probe|[Ss]tartup probe|Unhealthy",
    "scheduling": r"FailedScheduling|Insufficient|untolerated taint|didn't match|Pending|quota",
    "dns_resolution": r"NXDOMAIN|no such host|nxdomain|SERVFAIL|:53|could not resolve|name resolution",
    "connection_refused": r"refused|no route to host|reset by peer|unreachable|upstream connect error|ECONNREFUSED",
    "timeout": r"timeout|timed out|[Dd]eadline exceeded|\b504\b|Timeout",
    "tls_certificate": r"certificate|x509|TLS|tls|handshake|SSL",
    "auth_failure": r"\b401\b|\b403\b|[Ff]orbidden|Unauthorized|AccessDenied|denied|authenticat|InvalidAccessKeyId|SignatureDoesNotMatch",
    "config_error": r"unknown field|invalid|missing|not set|config|parse",
    "resource_exhausted": r"No space left|disk full|pool|exhausted|too many open files|throttl|ephemeral",
    "storage": r"Multi-Attach|I/O error|Input/output error|[Rr]ead-only file system|FailedMount|FailedAttachVolume|faulted|volume",
    "database": r"deadlock|too many connections|replication|read-only transaction|promot|leader|failover|migration|[Ss]entinel|MASTER|master",
    "rate_limited": r"\b429\b|[Rr]ate ?[Ll]imit|rateLimitExceeded|quota|throttl|Too Many Requests",
    "node_failure": r"NotReady|Hardware Error|mce|[Mm]achine check|NodeNotReady|ECC|EDAC",
}

errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def parse_ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)


def matches(sel, labels):
    return all(labels.get(k) == v for k, v in sel.items() if v is not None)


def embedded_ts(line, year):
    """Return the datetime written inside the line, or None when no known format is found."""
    u = dt.timezone.utc
    m = re.search(r'"(?:ts|time|timestamp|@t|start_time|talos-time)"\s*:\s*"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)(Z|\+00:00)"', line)
    if m:
        return _iso(m.group(1))
    m = re.search(r'"(?:ts|time)"\s*:\s*(\d{10}(?:\.\d+)?)[,}]', line)
    if m:
        return dt.datetime.fromtimestamp(float(m.group(1)), u)
    m = re.search(r'"time"\s*:\s*(\d{13})[,}]', line)
    if m:
        return dt.datetime.fromtimestamp(int(m.group(1)) / 1000.0, u)
    m = re.search(r'"\$date"\s*:\s*"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+)\+00:00"', line)
    if m:
        return _iso(m.group(1))
    m = re.match(r'^(?:time=)?"?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)Z', line)
    if m:
        return _iso(m.group(1))
    m = re.match(r'^time="(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)Z"', line)
    if m:
        return _iso(m.group(1))
    m = re.match(r"^[IWEF](\d\d)(\d\d) (\d\d:\d\d:\d\d\.\d{6})", line)
    if m:
        return dt.datetime.strptime("%d-%s-%s %s" % (year, m.group(1), m.group(2), m.group(3)), "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=u)
    m = re.match(r"^[IWEFD], \[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}) #", line)
    if m:
        return _iso(m.group(1))
    m = re.match(r"^\[?(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)([.,]\d{3})?", line.lstrip())
    if m:
        frac = (m.group(2) or ".000").replace(",", ".")
        return dt.datetime.strptime(m.group(1) + frac, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=u)
    m = re.match(r"^\[1\] (\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{6})", line)
    if m:
        return dt.datetime.strptime(m.group(1), "%Y/%m/%d %H:%M:%S.%f").replace(tzinfo=u)
    m = re.match(r"^\d+:[MCSX] (\d\d) (\w{3}) (\d{4}) (\d\d:\d\d:\d\d\.\d{3})", line)
    if m:
        return dt.datetime.strptime("%s-%02d-%s %s" % (m.group(3), MON[m.group(2)], m.group(1), m.group(4)), "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=u)
    m = re.search(r"\[(\d\d)/(\w{3})/(\d{4}):(\d\d:\d\d:\d\d)(\.\d{3})?[\] ]", line)
    if m:
        return dt.datetime.strptime("%s-%02d-%s %s%s" % (m.group(3), MON[m.group(2)], m.group(1), m.group(4), m.group(5) or ".000"),
                                    "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=u)
    return None


def _iso(s):
    if "." in s:
        head, frac = s.split(".")
        s = head + "." + (frac + "000000")[:6]
    else:
        s += ".000000"
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=dt.timezone.utc)


def load_plan():
    rows = {}
    path = os.path.join(HERE, "PLAN.md")
    for line in open(path, encoding="utf-8"):
        if not re.match(r"^\| w\d\d \|", line):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 8:
            err("PLAN", "bad row %r" % line[:40])
            continue
        wid, dom, _, _, sev, cat, comp, tags = cells
        rows[wid] = {"domain": dom, "severity": sev, "category": cat, "component": comp,
                     "tags": sorted(t.strip() for t in tags.split(",") if t.strip())}
    return rows


def check_record(r, plan_row):
    rid = r.get("id", "?")
    if list(r.keys()) != ORDER:
        err(rid, "key order %s" % list(r.keys()))
    if not re.match(r"^dev59-\d{3}$", rid):
        err(rid, "bad id")
    m = re.match(r"^synthetic:dev59-(\w+)$", r["source"])
    if not m or m.group(1) not in DOMAINS:
        err(rid, "bad source %r" % r["source"])
    domain = m.group(1) if m else None
    q = r["question"]
    if not isinstance(q, str) or len(q) < 20 or not q.rstrip().endswith("?"):
        err(rid, "question should be an operator question ending with '?'")
    sel = r["selector"]
    if list(sel.keys()) != SEL_KEYS:
        err(rid, "selector keys %s" % list(sel.keys()))
    if not sel.get("namespace"):
        err(rid, "selector without namespace")
    for k in ("pod", "container", "node"):
        if sel.get(k) is not None:
            err(rid, "selector %s should be null by convention" % k)
    logs = r["logs"]
    exp = r["expected"]
    if list(exp.keys()) != EXP_KEYS:
        err(rid, "expected keys %s" % list(exp.keys()))
    if not 20 <= len(logs) <= 90:
        err(rid, "%d lines (want 20..90)" % len(logs))
    prev = None
    pod_node = {}
    kup = {}
    n_embedded = 0
    for i, l in enumerate(logs):
        if set(l.keys()) != {"ts", "labels", "line"}:
            err(rid, "line %d keys" % i)
        if not TS_RE.match(l["ts"]):
            err(rid, "line %d ts format %r" % (i, l["ts"]))
            continue
        t = parse_ts(l["ts"])
        if t.year != 2026:
            err(rid, "line %d implausible year" % i)
        if prev and t < prev:
            err(rid, "line %d out of order" % i)
        prev = t
        lab = l["labels"]
        if not all(isinstance(k, str) and isinstance(v, str) and v for k, v in lab.items()):
            err(rid, "line %d labels must be non-empty strings" % i)
        text = l["line"]
        if not text or "@@" in text or "dev59" in text:
            err(rid, "line %d text empty/unrendered/leaking" % i)
        if "pod" in lab:
            for k in ("namespace", "container", "node"):
                if k not in lab:
                    err(rid, "line %d pod label without %s" % (i, k))
            if not POD_RE.match(lab["pod"]) or len(lab["pod"]) > 63:
                err(rid, "line %d bad pod name %r" % (i, lab["pod"]))
            key = (lab.get("namespace"), lab["pod"])
            if pod_node.setdefault(key, lab.get("node")) != lab.get("node"):
                err(rid, "pod %s seen on two nodes" % lab["pod"])
        elif lab.get("job") == "node-journal":
            if set(lab) != {"job", "node", "unit"}:
                err(rid, "line %d journal labels %s" % (i, sorted(lab)))
        elif lab.get("job") == "kube-events":
            if set(lab) != {"job", "namespace"}:
                err(rid, "line %d event labels %s" % (i, sorted(lab)))
            if not re.match(r'^type=(Normal|Warning) reason=\w+ object=\w+/\S+ source=\S+( count=\d+)? msg=".*"$', text):
                err(rid, "line %d event shape" % i)
        else:
            err(rid, "line %d labels of unknown kind %s" % (i, sorted(lab)))
        et = embedded_ts(text, t.year)
        if et is not None:
            n_embedded += 1
            if abs((et - t).total_seconds()) >= 1.0:
                err(rid, "line %d embedded time %s differs from ts %s" % (i, et.isoformat(), l["ts"]))
        km = re.match(r"^\[\s*(\d+\.\d{6})\] ", text)
        if km and lab.get("unit") == "kernel":
            node = lab["node"]
            up = float(km.group(1))
            if node in kup and up < kup[node]:
                err(rid, "kernel uptime going backwards on %s" % node)
            kup[node] = up
    if n_embedded < len(logs) * 0.2:
        err(rid, "only %d/%d lines carry a recognisable embedded timestamp" % (n_embedded, len(logs)))
    span = (parse_ts(logs[-1]["ts"]) - parse_ts(logs[0]["ts"])).total_seconds()
    if not 60 <= span <= 3600:
        err(rid, "window span %.0fs implausible" % span)

    sev, cat = exp["severity"], exp["root_cause_category"]
    if sev not in SEVERITIES:
        err(rid, "severity %r" % sev)
    if cat not in CATEGORIES:
        err(rid, "category %r" % cat)
    if (sev == "INFO") != (cat == "none"):
        err(rid, "INFO iff none violated")
    comp = exp["component"]
    if not comp or comp != comp.strip().lower():
        err(rid, "component must be lowercase, trimmed")
    hay = " ".join(l["line"] + " " + " ".join(l["labels"].values()) for l in logs).lower()
    if comp.lower() not in hay:
        err(rid, "component %r not named in the logs" % comp)
    if cat == "node_failure" and not any(l["labels"].get("node") == comp for l in logs):
        err(rid, "node_failure component must be a node label")
    for k, mn in (("root_cause", 40), ("summary", 30), ("action", 10)):
        if not isinstance(exp[k], str) or len(exp[k]) < mn:
            err(rid, "expected.%s too short" % k)
    evid = exp["evidence"]
    if evid != sorted(set(evid)) or not all(isinstance(i, int) and 0 <= i < len(logs) for i in evid):
        err(rid, "evidence indices invalid %s" % evid)
        evid = []
    if (sev == "INFO") != (len(evid) == 0):
        err(rid, "evidence must be empty exactly for INFO")
    ev_lines = [logs[i] for i in evid]
    for e in ev_lines:
        if sum(1 for l in logs if l["line"] == e["line"]) < 1:
            err(rid, "evidence line not verbatim")
    if cat in CAT_EVIDENCE and not any(re.search(CAT_EVIDENCE[cat], e["line"]) for e in ev_lines):
        err(rid, "no evidence line looks like %s" % cat)

    tags = r["tags"]
    if not isinstance(tags, list) or len(set(tags)) != len(tags) or not set(tags) <= TAGS:
        err(rid, "bad tags %r" % tags)
    if (sev == "INFO") != ("healthy-lookalike" in tags):
        err(rid, "healthy-lookalike must be exactly on INFO records")
    if sev == "INFO" and tags != ["healthy-lookalike"]:
        err(rid, "INFO records carry only healthy-lookalike")
    outside = any(not matches(sel, e["labels"]) for e in ev_lines)
    if outside != ("outside-selector" in tags):
        err(rid, "outside-selector tag %s but evidence outside=%s" % ("outside-selector" in tags, outside))
    n_match = sum(1 for l in logs if matches(sel, l["labels"]))
    if n_match < 5:
        err(rid, "selector matches only %d lines" % n_match)
    if sel.get("app") and not any(l["labels"].get("app") == sel["app"] for l in logs):
        err(rid, "selector app never present")
    n_out = len(logs) - n_match

    if plan_row is not None:
        for k, v in (("domain", domain), ("severity", sev), ("category", cat), ("component", comp), ("tags", sorted(tags))):
            if plan_row[k] != v:
                err(rid, "PLAN mismatch on %s: plan %r vs record %r" % (k, plan_row[k], v))
    return {"domain": domain, "sev": sev, "cat": cat, "tags": tags, "n": len(logs), "n_out": n_out}


def main():
    path = os.path.join(os.path.dirname(HERE), "dev59.jsonl")
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    idmap = {}
    for i, line in enumerate(open(os.path.join(HERE, "id_map.tsv"), encoding="utf-8")):
        if i == 0:
            continue
        rid, wid = line.rstrip("\n").split("\t")
        idmap[rid] = wid
    order = sorted(idmap.values())
    random.Random(205959).shuffle(order)
    if {("dev59-%03d" % (i + 1)): w for i, w in enumerate(order)} != idmap:
        err("id_map", "does not follow the Random(205959) shuffle of sorted working ids")
    ids = [r["id"] for r in recs]
    if ids != ["dev59-%03d" % (i + 1) for i in range(len(recs))]:
        err("file", "ids not dev59-001..N in order")
    plan = load_plan()
    stats = []
    for r in recs:
        stats.append(check_record(r, plan.get(idmap.get(r["id"]))))
    n = len(recs)
    sev = collections.Counter(s["sev"] for s in stats)
    cat = collections.Counter(s["cat"] for s in stats)
    tag = collections.Counter(t for s in stats for t in s["tags"])
    dom = collections.Counter(s["domain"] for s in stats)
    avg = sum(s["n"] for s in stats) / max(n, 1)
    noisy = sum(1 for s in stats if s["n_out"] >= 3)
    if noisy < 0.75 * n:
        err("file", "only %d/%d records carry noise outside the selector" % (noisy, n))
    if n == 40:
        if [sev[s] for s in SEVERITIES] != [16, 8, 8, 8]:
            err("file", "severity counts %s" % dict(sev))
        missing = [c for c in CATEGORIES[1:] if cat[c] == 0]
        if missing:
            err("file", "categories not covered: %s" % missing)
        if tag["outside-selector"] < 15:
            err("file", "outside-selector on %d records (< 15)" % tag["outside-selector"])
        if not 30 <= avg <= 70:
            err("file", "average %.1f lines per record" % avg)
        if sorted(dom.values()) != [13, 13, 14]:
            err("file", "domain split %s" % dict(dom))
        if set(idmap.values()) != set(plan):
            err("file", "working ids differ from PLAN.md")
    else:
        print("partial set: %d records (global 40-record counts not enforced)" % n)
    print("records: %d, lines: %d, avg lines/record: %.1f" % (n, sum(s["n"] for s in stats), avg))
    print("severity:", {s: sev[s] for s in SEVERITIES})
    print("category:", {c: cat[c] for c in CATEGORIES if cat[c]})
    print("tags:", dict(sorted(tag.items())))
    print("domains:", dict(sorted(dom.items())))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
