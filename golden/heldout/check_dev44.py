#!/usr/bin/env python3
"""Check dev44.jsonl against its design table, the golden format and the README.

Standard library only. Prints every failure and exits 1 if there is any.
"""
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "dev44.jsonl")
GEN = os.path.join(HERE, "make_dev44.py")
README = os.path.join(HERE, "README-dev44.md")

SEVERITIES = {"INFO", "WARN", "ERROR", "CRITICAL"}
CATEGORIES = {
    "none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
    "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
    "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure",
}
TARGET_SEV = {"INFO": 12, "WARN": 10, "ERROR": 10, "CRITICAL": 8}
MIN_QUIET = 12
LINES_MIN, LINES_MAX = 10, 30

# id suffix -> (severity, category, component, window kind, domain, caller->callee regex or None)
# kind: "k8s" (only Kubernetes labels), "k8s+host" (Kubernetes plus a plain host), "host" (plain hosts only)
L, P, M = "laundry", "leisure", "market"
DESIGN = {
    "001": ("INFO", "none", None, "k8s+host", L, None),
    "002": ("WARN", "rate_limited", "payouts-worker", "k8s", M, None),
    "003": ("CRITICAL", "oom_killed", "redis", "k8s+host", L, r"cache-01"),
    "004": ("INFO", "none", None, "k8s+host", P, None),
    "005": ("ERROR", "storage", "minio-02", "host", M, r"minio-02"),
    "006": ("WARN", "probe_failure", "invoice-api", "k8s", L, r"invoice-api"),
    "007": ("INFO", "none", None, "k8s", M, None),
    "008": ("ERROR", "scheduling", "transcoder", "k8s", M, r"transcoder\.media-pipeline\.svc"),
    "009": ("CRITICAL", "node_failure", "mkt-wk-05", "k8s", M, r"opensearch-data-2|watermark\.market\.svc"),
    "010": ("INFO", "none", None, "host", L, None),
    "011": ("ERROR", "dns_resolution", "dc-dns-01", "k8s+host", P, r"[a-z-]+\.leisure\.lan"),
    "012": ("WARN", "database", "pg-members-ro", "k8s+host", P, r"pg-members-ro"),
    "013": ("INFO", "none", None, "k8s", P, None),
    "014": ("CRITICAL", "config_error", "mosquitto", "host", P, r"mqtt-pool2\.leisure\.lan"),
    "015": ("INFO", "none", None, "host", M, None),
    "016": ("ERROR", "image_pull", "eta-model", "k8s", L, r"eta-model\.linen-ops\.svc"),
    "017": ("WARN", "connection_refused", "linen-catalog", "k8s", L, r"linen-catalog\.linen-ops\.svc"),
    "018": ("CRITICAL", "resource_exhausted", "kafka-2", "k8s+host", M, r"kafka-2\.media\.lan"),
    "019": ("INFO", "none", None, "k8s+host", L, None),
    "020": ("ERROR", "auth_failure", "royalty-ledger", "k8s+host", M, r"pg-ledger-01"),
    "021": ("WARN", "timeout", "pricing-svc", "k8s", P, None),
    "022": ("CRITICAL", "application_error", "licensing-api", "k8s", M, None),
    "023": ("INFO", "none", None, "host", P, None),
    "024": ("ERROR", "timeout", "erp-app-01", "host", L, None),
    "025": ("WARN", "resource_exhausted", "membership-api", "k8s", P, None),
    "026": ("ERROR", "connection_refused", "rabbitmq", "host", P, r"mq-01\.leisure\.lan"),
    "027": ("CRITICAL", "storage", "rfid-ledger", "k8s", L, r"rfid-ledger-0\.rfid-ledger"),
    "028": ("INFO", "none", None, "k8s", P, None),
    "029": ("WARN", "node_failure", "linen-wk-2", "k8s", L, r"washer-telemetry\.linen-ops\.svc"),
    "030": ("ERROR", "application_error", "payments-webhook", "host", P, None),
    "031": ("INFO", "none", None, "k8s+host", M, None),
    "032": ("CRITICAL", "oom_killed", "preview-renderer", "k8s", M, r"preview-renderer\.media-pipeline\.svc"),
    "033": ("ERROR", "config_error", "linen-loss-report", "k8s", L, None),
    "034": ("WARN", "dns_resolution", "coredns", "k8s", M, r"api\.trovapay\.com|amazonaws\.com"),
    "035": ("WARN", "auth_failure", "gate-ctl-03", "host", P, None),
    "036": ("INFO", "none", None, "host", L, None),
    "037": ("WARN", "application_error", "search-indexer", "k8s", M, None),
    "038": ("ERROR", "tls_certificate", "emqx", "k8s", L, None),
    "039": ("CRITICAL", "tls_certificate", "origin-01", "k8s+host", M, r"origin\.footage\.example"),
    "040": ("INFO", "none", None, "k8s", P, None),
}

SYSTEM_NS = {"kube-system", "default", "ingress-nginx", "traefik", "argocd"}
DOMAINS = {
    L: {"ns": {"linen-ops", "linen-billing", "linen-reports", "linen-iot"}, "node": "linen-wk-",
        "hosts": {"mqtt-dock-01", "cache-01", "cache-02", "lb-plant-01", "plc-gw-01", "telemetry-01",
                  "pg-billing-01", "exporter-01", "erp-gw-01", "erp-app-01", "api-vm-03", "mongo-01"}},
    P: {"ns": {"leisure-booking", "leisure-members"}, "node": "lc-k8s-",
        "hosts": {"dc-dns-01", "pg-members-ro", "pg-members-01", "mqtt-pool1", "mqtt-pool2", "pool-chem-01",
                  "pool-chem-02", "dose-ctl-02", "mysql-book-01", "mq-01", "notify-01", "booking-vm-02", "pay-web-01",
                  "gate-ctl-03", "access-lb-01", "access-api-2"}},
    M: {"ns": {"market", "media-pipeline", "cdn"}, "node": "mkt-",
        "hosts": {"transcode-01", "minio-02", "origin-01", "kafka-1", "kafka-2", "pg-ledger-01"}},
}
ERRORISH = re.compile(r"(?i)error|fail|refused|timed? ?out|timeout|unavailable|\b50[234]\b|reset|"
                      r"unreachable|no route|lag|exceed|lost|expired|no such host|EAI_AGAIN|unknownhost")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

FAIL = []


def fail(msg):
    FAIL.append(msg)


def parse_ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def is_k8s_labels(lab):
    return "namespace" in lab or ("node" in lab and "host" not in lab)


def window_kind(logs):
    k = any(is_k8s_labels(x["labels"]) for x in logs)
    h = any(not is_k8s_labels(x["labels"]) for x in logs)
    return "k8s+host" if (k and h) else ("k8s" if k else "host")


def sha256(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def load():
    recs = []
    with open(DATA, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                fail("line %d: blank line" % n)
                continue
            try:
                recs.append(json.loads(raw))
            except ValueError as e:
                fail("line %d: invalid JSON: %s" % (n, e))
    return recs


def check_record(r, stats):
    rid = r.get("id", "?")
    suf = rid.rsplit("-", 1)[-1]
    if suf not in DESIGN:
        fail("%s: id not in design table" % rid)
        return
    sev, cat, comp, kind, domain, callee = DESIGN[suf]
    exp = r.get("expected") or {}
    logs = r.get("logs") or []
    if not str(r.get("source", "")).startswith("synthetic:"):
        fail("%s: source must be synthetic:<template>" % rid)
    if not (isinstance(r.get("question"), str) and r["question"].strip()):
        fail("%s: question missing" % rid)
    sel = r.get("selector")
    if sel is not None and not set(sel) <= {"namespace", "pod", "container", "node", "app"}:
        fail("%s: selector has unexpected keys %s" % (rid, sorted(set(sel))))
    # expected vs design
    if exp.get("severity") != sev:
        fail("%s: severity %r != design %r" % (rid, exp.get("severity"), sev))
    if exp.get("severity") not in SEVERITIES:
        fail("%s: severity not in enum" % rid)
    if exp.get("root_cause_category") != cat:
        fail("%s: category %r != design %r" % (rid, exp.get("root_cause_category"), cat))
    if exp.get("root_cause_category") not in CATEGORIES:
        fail("%s: category not in closed set" % rid)
    got_comp = exp.get("component")
    if comp is None:
        if got_comp not in (None, ""):
            fail("%s: healthy record should carry no component (got %r)" % (rid, got_comp))
    elif (got_comp or "").strip().lower() != comp:
        fail("%s: component %r != design %r" % (rid, got_comp, comp))
    if (cat == "none") != (sev == "INFO"):
        fail("%s: INFO must go with none and only with none" % rid)
    for f in ("root_cause", "summary", "action"):
        if not (isinstance(exp.get(f), str) and exp[f].strip()):
            fail("%s: expected.%s missing" % (rid, f))
    # lines
    n = len(logs)
    stats["lines"].append(n)
    if not (LINES_MIN <= n <= LINES_MAX):
        fail("%s: %d log lines, want %d-%d" % (rid, n, LINES_MIN, LINES_MAX))
    prev = None
    for i, x in enumerate(logs):
        ts = x.get("ts", "")
        if not TS_RE.match(ts):
            fail("%s: line %d ts %r is not RFC 3339 with a zone" % (rid, i, ts))
            continue
        t = parse_ts(ts)
        if prev is not None and t < prev:
            fail("%s: line %d out of time order (%s < previous)" % (rid, i, ts))
        prev = t
        if not isinstance(x.get("labels"), dict) or not x["labels"]:
            fail("%s: line %d has no labels" % (rid, i))
        if not (isinstance(x.get("line"), str) and x["line"]):
            fail("%s: line %d empty" % (rid, i))
        if "{@" in x.get("line", ""):
            fail("%s: line %d has an unreplaced timestamp token" % (rid, i))
    # evidence
    ev = exp.get("evidence")
    if not isinstance(ev, list):
        fail("%s: evidence missing" % rid)
        ev = []
    if any((not isinstance(e, int)) or e < 0 or e >= n for e in ev):
        fail("%s: evidence index out of range: %s (n=%d)" % (rid, ev, n))
        ev = [e for e in ev if isinstance(e, int) and 0 <= e < n]
    if len(set(ev)) != len(ev) or ev != sorted(ev):
        fail("%s: evidence indices must be unique and ascending" % rid)
    if cat == "none" and ev:
        fail("%s: none record must have empty evidence" % rid)
    if cat != "none" and not ev:
        fail("%s: incident without evidence" % rid)
    # window kind
    wk = window_kind(logs)
    if wk != kind:
        fail("%s: window kind %s != design %s" % (rid, wk, kind))
    stats["kind"][wk] = stats["kind"].get(wk, 0) + 1
    # domain
    d = DOMAINS[domain]
    for i, x in enumerate(logs):
        lab = x["labels"]
        ns = lab.get("namespace")
        if ns is not None and ns not in d["ns"] and ns not in SYSTEM_NS:
            fail("%s: line %d namespace %r not in domain %s" % (rid, i, ns, domain))
        node = lab.get("node")
        if node is not None and not node.startswith(d["node"]):
            fail("%s: line %d node %r not in domain %s" % (rid, i, node, domain))
        host = lab.get("host")
        if host is not None and host not in d["hosts"]:
            fail("%s: line %d host %r not in domain %s" % (rid, i, host, domain))
    stats["domain"][domain] = stats["domain"].get(domain, 0) + 1
    # quiet cause: a caller (a source that emits no evidence line) names the callee in an error line
    if callee:
        stats["quiet"] += 1
        ev_labels = [json.dumps(logs[e]["labels"], sort_keys=True) for e in ev]
        rx = re.compile(callee)
        hits = [i for i, x in enumerate(logs)
                if i not in ev and json.dumps(x["labels"], sort_keys=True) not in ev_labels
                and rx.search(x["line"]) and ERRORISH.search(x["line"])]
        if not hits:
            fail("%s: quiet-cause record has no caller error line naming the callee /%s/" % (rid, callee))
        if any(rx.search(logs[e]["line"]) and ERRORISH.search(logs[e]["line"]) and
               json.dumps(logs[e]["labels"], sort_keys=True) in
               [json.dumps(logs[h]["labels"], sort_keys=True) for h in hits] for e in ev):
            fail("%s: evidence comes from the caller that names the callee" % rid)
    a_sev, a_cat = exp.get("severity"), exp.get("root_cause_category")  # count what the data says
    stats["sev"][a_sev] = stats["sev"].get(a_sev, 0) + 1
    stats["cat"][a_cat] = stats["cat"].get(a_cat, 0) + 1


def check_determinism():
    with tempfile.TemporaryDirectory() as td:
        outs = []
        for k in (1, 2):
            p = os.path.join(td, "run%d.jsonl" % k)
            res = subprocess.run([sys.executable, GEN, "--out", p], capture_output=True, text=True)
            if res.returncode != 0:
                fail("generator run %d failed: %s" % (k, res.stderr.strip()[-400:]))
                return
            with open(p, "rb") as fh:
                outs.append(fh.read())
        if outs[0] != outs[1]:
            fail("generator is not deterministic: two runs differ")
        with open(DATA, "rb") as fh:
            if fh.read() != outs[0]:
                fail("dev44.jsonl differs from a fresh generator run (regenerate it)")
    # standard library only
    with open(GEN, encoding="utf-8") as fh:
        src = fh.read()
    mods = set(re.findall(r"^\s*(?:import|from)\s+([A-Za-z_][\w]*)", src, re.M))
    allowed = {"datetime", "json", "os", "re", "random", "sys"}
    if not mods <= allowed:
        fail("generator imports non-allowed modules: %s" % sorted(mods - allowed))
    if "SEED = 204444" not in src:
        fail("generator does not use seed 204444")


def check_readme(stats, digest):
    if not os.path.exists(README):
        fail("README-dev44.md missing")
        return
    with open(README, encoding="utf-8") as fh:
        text = fh.read()
    if digest not in text:
        fail("README does not contain the current SHA-256 %s" % digest)
    if "204444" not in text:
        fail("README does not state the seed")
    def row(name):
        m = re.search(r"^\|\s*`?%s`?\s*\|\s*(\d+)\s*\|" % re.escape(name), text, re.M)
        return int(m.group(1)) if m else None
    for s in sorted(SEVERITIES):
        if row(s) != stats["sev"].get(s, 0):
            fail("README severity count for %s is %r, data has %d" % (s, row(s), stats["sev"].get(s, 0)))
    for c in sorted(CATEGORIES):
        if row(c) != stats["cat"].get(c, 0):
            fail("README category count for %s is %r, data has %d" % (c, row(c), stats["cat"].get(c, 0)))
    checks = {
        r"Records:\s*(\d+)": stats["n"],
        r"Total log lines:\s*(\d+)": sum(stats["lines"]),
        r"Lines per record:\s*min\s*(\d+)": min(stats["lines"]),
        r"Lines per record:\s*min\s*\d+,\s*max\s*(\d+)": max(stats["lines"]),
        r"Kubernetes windows:\s*(\d+)": stats["kind"].get("k8s", 0) + stats["kind"].get("k8s+host", 0),
        r"with a plain host beside them:\s*(\d+)": stats["kind"].get("k8s+host", 0),
        r"Plain-host windows:\s*(\d+)": stats["kind"].get("host", 0),
        r"Quiet-cause incidents:\s*(\d+)": stats["quiet"],
    }
    for pat, want in checks.items():
        m = re.search(pat, text)
        if not m:
            fail("README lacks a line matching /%s/" % pat)
        elif int(m.group(1)) != want:
            fail("README says %s for /%s/, data has %d" % (m.group(1), pat, want))


def main():
    recs = load()
    stats = {"sev": {}, "cat": {}, "kind": {}, "domain": {}, "lines": [], "quiet": 0, "n": len(recs)}
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    if len(recs) != len(DESIGN):
        fail("%d records, design has %d" % (len(recs), len(DESIGN)))
    missing = set(DESIGN) - {str(i).rsplit("-", 1)[-1] for i in ids}
    if missing:
        fail("records missing for design ids %s" % sorted(missing))
    qs = [r.get("question") for r in recs]
    if len(set(qs)) != len(qs):
        fail("duplicate questions")
    for r in recs:
        check_record(r, stats)
    # count targets
    for s, want in TARGET_SEV.items():
        if stats["sev"].get(s, 0) != want:
            fail("severity %s: %d records, target %d" % (s, stats["sev"].get(s, 0), want))
    uncovered = sorted(CATEGORIES - {"none"} - set(stats["cat"]))
    if uncovered:
        fail("categories not covered by incidents: %s" % uncovered)
    if stats["quiet"] < MIN_QUIET:
        fail("only %d quiet-cause incidents, want >= %d" % (stats["quiet"], MIN_QUIET))
    host = stats["kind"].get("host", 0)
    if not (0.2 * len(recs) <= host <= 0.3 * len(recs)):
        fail("plain-host windows %d are not about a quarter of %d" % (host, len(recs)))
    if stats["kind"].get("k8s+host", 0) < 3:
        fail("too few Kubernetes windows with a plain host beside them")
    for dname in (L, P, M):
        if stats["domain"].get(dname, 0) < 10:
            fail("domain %s has only %d records" % (dname, stats["domain"].get(dname, 0)))
    check_determinism()
    digest = sha256(DATA)
    check_readme(stats, digest)

    print("records=%d sha256=%s" % (len(recs), digest))
    print("severity: %s" % json.dumps(stats["sev"], sort_keys=True))
    print("category: %s" % json.dumps(stats["cat"], sort_keys=True))
    print("windows: %s  domains: %s  quiet=%d" % (json.dumps(stats["kind"], sort_keys=True),
                                                 json.dumps(stats["domain"], sort_keys=True), stats["quiet"]))
    if stats["lines"]:
        print("lines: total=%d min=%d max=%d" % (sum(stats["lines"]), min(stats["lines"]), max(stats["lines"])))
    if FAIL:
        for f in FAIL:
            print("FAIL: " + f)
        print("%d failure(s)" % len(FAIL))
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
