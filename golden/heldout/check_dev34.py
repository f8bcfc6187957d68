#!/usr/bin/env python3
"""Independent consistency checker for dev34.jsonl (stdlib only).

Usage: python3 check_dev34.py [FILE]   (default: dev34.jsonl next to this script)
Prints every problem found and a final "<n> problems" line; exits 1 if n > 0.
It shares no code with the generator: dates are parsed with the datetime module.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "dev34.jsonl")

N_RECORDS = 40
CATEGORIES = {"none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"}
SEVERITIES = {"INFO", "WARN", "ERROR", "CRITICAL"}
THEMES = {"airport": 60, "water": -360, "court": -300}  # local standard-time offsets in minutes
SELECTOR_KEYS = {"namespace", "pod", "container", "node", "app"}
LABEL_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
RFC3339 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$")
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
MONTHS = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}
WDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
ZONE_ABBR = {"UTC": 0, "GMT": 0, "CET": 60, "CST": -360, "EST": -300}

problems = []


def bad(rid, msg):
    problems.append(f"{rid}: {msg}")


# ----------------------------------------------------------------------------- time helpers
def to_us(y, mo, d, h, mi, s, us, off_min):
    t = dt.datetime(y, mo, d, h, mi, s, us, tzinfo=dt.timezone(dt.timedelta(minutes=off_min)))
    return (t - EPOCH) // dt.timedelta(microseconds=1)


def frac_us(s):
    """fraction digits -> (microseconds, precision in microseconds)."""
    if not s:
        return 0, 1000000
    n = len(s)
    if n >= 6:
        return int(s[:6]), 1
    return int(s) * 10 ** (6 - n), 10 ** (6 - n)


def parse_off(z):
    z = z.strip()
    if z == "Z":
        return 0
    if z.startswith("(UTC"):
        z = z[4:-1]
    if z in ZONE_ABBR:
        return ZONE_ABBR[z]
    sign = -1 if z[0] == "-" else 1
    z = z[1:].replace(":", "")
    return sign * (int(z[:2]) * 60 + int(z[2:4]))


def parse_ts(s):
    m = RFC3339.match(s)
    if not m:
        return None
    y, mo, d, h, mi, se = (int(m.group(i)) for i in range(1, 7))
    f, _ = frac_us(m.group(7))
    return to_us(y, mo, d, h, mi, se, f, parse_off(m.group(8)))


# Each embedded-timestamp pattern yields (start, list of candidate instants, precision_us).
# Zone-less formats get two candidates: UTC and the theme's local standard time.
P_ISO = re.compile(r"(?<![\d.])(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?"
                   r"(Z|[+-]\d{2}:\d{2}(?!\d)|[+-]\d{4}(?!\d)| [+-]\d{4}(?!\d)| (?:UTC|GMT|CET|CST|EST)\b| \(UTC[+-]\d{4}\))?")
P_SLASH = re.compile(r"(?<![\d/])(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?![\d.])")
P_CLF = re.compile(r"\[(\d{2})/([A-Z][a-z]{2})/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\]")
P_KLOG = re.compile(r"^[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{6}) +\d+ ")
P_SYSLOG = re.compile(r"^([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) ")
P_REDIS = re.compile(r"(?<!\d)(\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})")
P_CTIME = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})\b")
P_NODERED = re.compile(r"^(\d{1,2}) ([A-Z][a-z]{2}) (\d{2}):(\d{2}):(\d{2}) - \[")
P_MOSQ = re.compile(r"^(\d{10}): ")
P_JSON_EPOCH = re.compile(r"\"(ts|time)\":(\d{10}\.\d+|\d{10}|\d{13})(?=[,}])")
# A date-time that is not the line's own stamp must follow one of these keys and lie in the past.
REFERENCE_KEY = re.compile(r"(firstTimestamp|FirstSeen|notAfter|last known up at)[\"']?\s*[:=]?\s*[\"']?$")


def embedded(line, ts_us, local_off):
    """Yield (kind, start, candidates, precision) for each timestamp found in the line."""
    year = dt.datetime.fromtimestamp(ts_us // 1000000, dt.timezone.utc).year
    spans = []

    def cands(y, mo, d, h, mi, s, us, off):
        if off is None:
            return [to_us(y, mo, d, h, mi, s, us, 0), to_us(y, mo, d, h, mi, s, us, local_off)]
        return [to_us(y, mo, d, h, mi, s, us, off)]

    for m in P_ISO.finditer(line):
        f, prec = frac_us(m.group(7))
        off = parse_off(m.group(8)) if m.group(8) else None
        spans.append(("iso", m.start(), m.end(), cands(*(int(m.group(i)) for i in range(1, 7)), f, off), prec))
    for m in P_SLASH.finditer(line):
        spans.append(("slash", m.start(), m.end(), cands(*(int(m.group(i)) for i in range(1, 7)), 0, None), 1000000))
    for m in P_CLF.finditer(line):
        spans.append(("clf", m.start(), m.end(), cands(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)), int(m.group(4)),
                                                      int(m.group(5)), int(m.group(6)), 0, parse_off(m.group(7))), 1000000))
    m = P_KLOG.match(line)
    if m:
        spans.append(("klog", m.start(), m.end(), cands(year, int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)),
                                                       int(m.group(5)), int(m.group(6)), None), 1))
    m = P_SYSLOG.match(line)
    if m and m.group(1) in MONTHS:
        spans.append(("syslog", m.start(), m.end(), cands(year, MONTHS[m.group(1)], int(m.group(2)), int(m.group(3)),
                                                         int(m.group(4)), int(m.group(5)), 0, None), 1000000))
    for m in P_REDIS.finditer(line):
        if m.group(2) in MONTHS:
            spans.append(("redis", m.start(), m.end(), cands(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)), int(m.group(4)),
                                                            int(m.group(5)), int(m.group(6)), int(m.group(7)) * 1000, None), 1000))
    for m in P_CTIME.finditer(line):
        y, mo, d = int(m.group(7)), MONTHS.get(m.group(2), 0), int(m.group(3))
        if mo and WDAYS[dt.date(y, mo, d).weekday()] != m.group(1):
            spans.append(("ctime-weekday", m.start(), m.end(), [], 1))
            continue
        spans.append(("ctime", m.start(), m.end(), cands(y, mo, d, int(m.group(4)), int(m.group(5)), int(m.group(6)), 0, None), 1000000))
    m = P_NODERED.match(line)
    if m and m.group(2) in MONTHS:
        spans.append(("nodered", m.start(), m.end(), cands(year, MONTHS[m.group(2)], int(m.group(1)), int(m.group(3)),
                                                          int(m.group(4)), int(m.group(5)), 0, None), 1000000))
    m = P_MOSQ.match(line)
    if m:
        spans.append(("epoch-s", m.start(), m.end(), [int(m.group(1)) * 1000000], 1000000))
    for m in P_JSON_EPOCH.finditer(line):
        v = m.group(2)
        if len(v) == 13:
            spans.append(("epoch-ms", m.start(), m.end(), [int(v) * 1000], 1000))
        else:
            spans.append(("epoch-float", m.start(), m.end(), [round(float(v) * 1000000)], -1))
    return spans


def matches(ts_us, cands, prec):
    """Index of the candidate that is the same instant as ts at the format's precision, else None."""
    for k, c in enumerate(cands):
        if prec == -1:  # float seconds: allow float rounding of one microsecond
            if abs(ts_us - c) <= 1:
                return k
        elif 0 <= ts_us - c < prec:
            return k
    return None


# ----------------------------------------------------------------------------- label conventions
def _ns_from(d, key):
    return d.get(key)


CONVENTIONS = {
    # name: (family, exact key set, fixed values, namespace key)
    "promtail": ("promtail", {"job", "namespace", "pod", "container", "node_name", "app", "stream"}, {}, "namespace"),
    "journal": ("journal", {"job", "hostname", "transport"}, {"job": "systemd-journal"}, None),
    "journal_unit": ("journal", {"job", "hostname", "transport", "unit"}, {"job": "systemd-journal"}, None),
    "alloy": ("alloy", {"cluster", "namespace", "pod", "container", "node", "job", "service_name"}, {}, "namespace"),
    "alloy_events": ("alloy", {"job", "cluster", "namespace", "instance"}, {"job": "integrations/kubernetes/eventhandler"}, "namespace"),
    "fluentbit": ("fluentbit", {"job", "namespace_name", "pod_name", "container_name", "host", "stream"}, {"job": "fluent-bit"}, "namespace_name"),
    "vector": ("vector", {"source_type", "kubernetes_pod_namespace", "kubernetes_pod_name", "kubernetes_container_name",
                          "kubernetes_pod_node_name", "stream"}, {"source_type": "kubernetes_logs"}, "kubernetes_pod_namespace"),
    "otel": ("otel", {"service_name", "k8s_cluster_name", "k8s_namespace_name", "k8s_pod_name", "k8s_container_name", "k8s_node_name"}, {}, "k8s_namespace_name"),
    "otel_events": ("otel", {"service_name", "k8s_cluster_name", "k8s_namespace_name"}, {"service_name": "k8s-events"}, "k8s_namespace_name"),
    "datadog": ("datadog", {"service", "source", "env", "kube_cluster_name", "kube_namespace", "pod_name", "kube_container_name", "host"}, {}, "kube_namespace"),
    "elastic": ("elastic", {"data_stream_dataset", "orchestrator_cluster_name", "kubernetes_namespace", "kubernetes_pod_name",
                            "kubernetes_container_name", "kubernetes_node_name", "stream"}, {"data_stream_dataset": "kubernetes.container_logs"}, "kubernetes_namespace"),
    "elastic_events": ("elastic", {"data_stream_dataset", "orchestrator_cluster_name", "kubernetes_namespace"}, {"data_stream_dataset": "kubernetes.event"}, "kubernetes_namespace"),
    "gke_container": ("gke", {"resource_type", "project_id", "location", "cluster_name", "namespace_name", "pod_name", "container_name"}, {"resource_type": "k8s_container"}, "namespace_name"),
    "gke_pod": ("gke", {"resource_type", "project_id", "location", "cluster_name", "namespace_name", "pod_name"}, {"resource_type": "k8s_pod"}, "namespace_name"),
    "gke_node": ("gke", {"resource_type", "project_id", "location", "cluster_name", "node_name"}, {"resource_type": "k8s_node"}, None),
    "gke_cluster": ("gke", {"resource_type", "project_id", "location", "cluster_name"}, {"resource_type": "k8s_cluster"}, None),
    "openshift": ("openshift", {"log_type", "kubernetes_namespace_name", "kubernetes_pod_name", "kubernetes_container_name", "kubernetes_host"}, {}, "kubernetes_namespace_name"),
    "azure": ("azure", {"PodNamespace", "PodName", "ContainerName", "Computer", "LogSource"}, {}, "PodNamespace"),
    "azure_events": ("azure", {"Type", "Namespace", "ObjectKind", "Computer"}, {"Type": "KubeEvents"}, "Namespace"),
    "docker": ("docker", {"compose_project", "compose_service", "container_name", "host", "source"}, {}, None),
}
KEYSETS = {}
for _name, (_fam, _keys, _fix, _nsk) in CONVENTIONS.items():
    KEYSETS.setdefault(frozenset(_keys), []).append(_name)


def classify(labels):
    for name in KEYSETS.get(frozenset(labels), []):
        fam, keys, fixed, nsk = CONVENTIONS[name]
        if all(labels.get(k) == v for k, v in fixed.items()):
            return name
    return None


def check_labels(rid, i, name, L):
    """Convention-specific value rules."""
    if name == "promtail":
        if L["job"] != f"{L['namespace']}/{L['app']}":
            bad(rid, f"line {i}: promtail job {L['job']!r} is not namespace/app")
        if L["stream"] not in ("stdout", "stderr"):
            bad(rid, f"line {i}: promtail stream {L['stream']!r}")
    elif name in ("journal", "journal_unit"):
        tr = L["transport"]
        if tr not in ("kernel", "journal", "stdout", "syslog"):
            bad(rid, f"line {i}: journal transport {tr!r}")
        if (tr == "kernel") != (name == "journal"):
            bad(rid, f"line {i}: journal unit label must be absent exactly for kernel transport")
        if name == "journal_unit" and not re.match(r"^[A-Za-z0-9@._-]+\.service$", L["unit"]):
            bad(rid, f"line {i}: journal unit {L['unit']!r} is not a .service unit")
    elif name == "alloy":
        if L["job"] != f"{L['namespace']}/{L['container']}":
            bad(rid, f"line {i}: alloy job {L['job']!r} is not namespace/container")
    elif name in ("fluentbit", "vector", "elastic"):
        if L["stream"] not in ("stdout", "stderr"):
            bad(rid, f"line {i}: stream {L['stream']!r}")
    elif name == "openshift":
        ns = L["kubernetes_namespace_name"]
        want = "infrastructure" if ns.startswith(("openshift", "kube")) or ns == "default" else "application"
        if L["log_type"] != want:
            bad(rid, f"line {i}: openshift log_type {L['log_type']!r} for namespace {ns!r}")
    elif name == "azure":
        if L["LogSource"] not in ("stdout", "stderr"):
            bad(rid, f"line {i}: azure LogSource {L['LogSource']!r}")
    elif name == "docker":
        if not re.match(rf"^{re.escape(L['compose_project'])}-{re.escape(L['compose_service'])}-\d+$", L["container_name"]):
            bad(rid, f"line {i}: docker container_name {L['container_name']!r} does not follow <project>-<service>-<n>")
        if L["source"] not in ("stdout", "stderr"):
            bad(rid, f"line {i}: docker source {L['source']!r}")


# ----------------------------------------------------------------------------- main checks
def main():
    try:
        raw = open(PATH, encoding="utf-8").read()
    except OSError as e:
        print(f"cannot read {PATH}: {e}")
        print("1 problems")
        return 1
    if not raw.endswith("\n"):
        bad("file", "does not end with a newline")
    recs = []
    for n, text in enumerate(raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n"), 1):
        try:
            recs.append(json.loads(text))
        except ValueError as e:
            bad(f"line {n}", f"invalid JSON: {e}")
    if len(recs) != N_RECORDS:
        bad("file", f"{len(recs)} records, expected {N_RECORDS}")

    sev_count, cat_count, theme_count, cat_sevs = {}, {}, {}, {}
    fams_used, n_lines, n_ev, n_stamps, n_stamp_lines = set(), 0, 0, 0, 0
    no_selector_kinds = set()
    for idx, r in enumerate(recs, 1):
        rid = r.get("id") if isinstance(r, dict) else None
        want_id = f"dev34-{idx:03d}"
        if rid != want_id:
            bad(f"record {idx}", f"id {rid!r}, expected {want_id!r}")
            rid = rid or f"record {idx}"
        if not isinstance(r, dict):
            continue
        src = r.get("source", "")
        m = re.match(r"^synthetic:dev34-(airport|water|court)$", src or "")
        if not m:
            bad(rid, f"source {src!r} is not synthetic:dev34-<airport|water|court>")
            theme = None
        else:
            theme = m.group(1)
            theme_count[theme] = theme_count.get(theme, 0) + 1
        local_off = THEMES.get(theme, 0)
        if not isinstance(r.get("question"), str) or not r["question"].strip():
            bad(rid, "question missing")
        exp = r.get("expected") or {}
        sev, cat = exp.get("severity"), exp.get("root_cause_category")
        if sev not in SEVERITIES:
            bad(rid, f"severity {sev!r}")
        if cat not in CATEGORIES:
            bad(rid, f"category {cat!r} not in the closed set")
        sev_count[sev] = sev_count.get(sev, 0) + 1
        cat_count[cat] = cat_count.get(cat, 0) + 1
        cat_sevs.setdefault(cat, set()).add(sev)
        if (cat == "none") != (sev == "INFO"):
            bad(rid, f"severity {sev} with category {cat}: INFO must go with none and only with none")
        comp = exp.get("component")
        if cat == "none":
            if comp not in (None, ""):
                bad(rid, "healthy window carries a component")
        elif not isinstance(comp, str) or not comp.strip() or comp != comp.strip():
            bad(rid, f"incident without a clean component ({comp!r})")
        for k in ("root_cause", "summary", "action"):
            if not isinstance(exp.get(k), str) or not exp[k].strip():
                bad(rid, f"expected.{k} missing")
        logs = r.get("logs")
        if not isinstance(logs, list):
            bad(rid, "logs is not a list")
            continue
        n_lines += len(logs)
        if not 12 <= len(logs) <= 25:
            bad(rid, f"{len(logs)} lines, expected 12-25")
        ev = exp.get("evidence")
        if not isinstance(ev, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in ev):
            bad(rid, "evidence is not a list of integers")
            ev = []
        n_ev += len(ev)
        if ev != sorted(set(ev)):
            bad(rid, "evidence indices not sorted/unique")
        if any(x < 0 or x >= len(logs) for x in ev):
            bad(rid, "evidence index out of range")
        if cat == "none" and ev:
            bad(rid, "healthy window with evidence")
        if cat != "none" and not ev:
            bad(rid, "incident without evidence")

        # lines: ts, order, labels, embedded stamps
        prev = None
        conv_used, namespaces = set(), set()
        zone_choice = {}  # (stream labels, format) -> set of zone choices for zone-less stamps
        for i, e in enumerate(logs):
            if not isinstance(e, dict) or set(e) != {"ts", "labels", "line"}:
                bad(rid, f"line {i}: entry keys {sorted(e) if isinstance(e, dict) else type(e).__name__}")
                continue
            ts = parse_ts(e["ts"]) if isinstance(e["ts"], str) else None
            if ts is None:
                bad(rid, f"line {i}: ts {e['ts']!r} is not RFC 3339 with a zone")
                continue
            if prev is not None and ts < prev:
                bad(rid, f"line {i}: time goes backwards")
            prev = ts
            line, L = e["line"], e["labels"]
            if not isinstance(line, str) or not line.strip() or "\n" in line:
                bad(rid, f"line {i}: empty or multi-line log line")
                continue
            if not isinstance(L, dict) or not L:
                bad(rid, f"line {i}: labels missing")
                continue
            for k, v in L.items():
                if not LABEL_NAME.match(k):
                    bad(rid, f"line {i}: label name {k!r} is not a valid Loki label name")
                if not isinstance(v, str) or not v.strip():
                    bad(rid, f"line {i}: label {k} has an empty value")
            name = classify(L)
            if name is None:
                bad(rid, f"line {i}: labels {sorted(L)} match no known shipper convention")
            else:
                conv_used.add(name)
                check_labels(rid, i, name, L)
                nsk = CONVENTIONS[name][3]
                if nsk:
                    namespaces.add(L[nsk])
            # embedded timestamps
            spans = embedded(line, ts, local_off)
            if spans:
                n_stamp_lines += 1
            for kind, s, end, cands, prec in spans:
                n_stamps += 1
                if kind == "ctime-weekday":
                    bad(rid, f"line {i}: ctime weekday does not match its date")
                    continue
                k = matches(ts, cands, prec)
                if k is not None:
                    if len(cands) == 2:
                        zone_choice.setdefault((json.dumps(L, sort_keys=True), kind), set()).add(k)
                    continue
                if REFERENCE_KEY.search(line[max(0, s - 30):s]):
                    if min(cands) > ts:
                        bad(rid, f"line {i}: reference time {line[s:end]!r} lies after the line's own time")
                    continue
                bad(rid, f"line {i}: embedded {kind} timestamp {line[s:end]!r} differs from ts {e['ts']}")

        for (stream, kind), ks in zone_choice.items():
            if len(ks) > 1:
                bad(rid, f"zone-less {kind} stamps of one stream mix UTC and local time ({stream})")
        fams = {CONVENTIONS[c][0] for c in conv_used}
        fams_used |= fams
        primary = fams - {"journal"}
        if len(primary) > 1:
            bad(rid, f"record mixes shipper conventions {sorted(primary)}")
        sel = r.get("selector", None)
        if primary and primary != {"docker"}:
            if not isinstance(sel, dict) or set(sel) != SELECTOR_KEYS:
                bad(rid, "Kubernetes record needs a selector with namespace/pod/container/node/app")
            elif sel.get("namespace") not in namespaces:
                bad(rid, f"selector namespace {sel.get('namespace')!r} does not occur in the labels")
        else:
            if sel is not None:
                bad(rid, "record without a cluster (VM journal or Docker host) must have selector null")
            no_selector_kinds.add("docker" if primary == {"docker"} else "journal")

    # aggregate mix
    incidents = [c for c in cat_count if c != "none"]
    if cat_count.get("none", 0) != 10:
        bad("mix", f"{cat_count.get('none', 0)} healthy windows, expected 10")
    for s in ("CRITICAL", "ERROR", "WARN"):
        if sev_count.get(s, 0) != 10:
            bad("mix", f"{sev_count.get(s, 0)} {s} records, expected 10")
    missing = sorted(CATEGORIES - {"none"} - set(incidents))
    if missing:
        bad("mix", f"categories never used: {missing}")
    dual = sorted(c for c in incidents if len(cat_sevs[c]) >= 2)
    if len(dual) < 6:
        bad("mix", f"only {len(dual)} categories appear at two severities, need 6")
    for t in THEMES:
        if not 12 <= theme_count.get(t, 0) <= 15:
            bad("mix", f"theme {t} has {theme_count.get(t, 0)} records, expected roughly a third (12-15)")
    if len(fams_used - {"journal"}) + (1 if "journal" in fams_used else 0) < 8:
        bad("mix", f"only {len(fams_used)} shipper label conventions used, need 8")
    if no_selector_kinds != {"docker", "journal"}:
        bad("mix", f"need at least one Docker host and one journald VM record with selector null (have {sorted(no_selector_kinds)})")

    for p in problems:
        print(p)
    print(f"records={len(recs)} lines={n_lines} evidence_lines={n_ev} embedded_timestamps={n_stamps} "
          f"(in {n_stamp_lines} lines) shipper_conventions={len(fams_used)} dual_severity_categories={len(dual)}")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
