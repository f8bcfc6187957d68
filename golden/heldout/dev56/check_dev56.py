"""Own checker for golden/heldout/dev56.jsonl (independent of the project's validator)."""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
        "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
        "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"}
SEVS = {"INFO", "WARN", "ERROR", "CRITICAL"}
TAGS = {"quiet-cause", "nested-cause", "healthy-lookalike", "outside-selector"}
MONTHS = {m: i + 1 for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}
LEFTOVER = re.compile(r"@[A-Z][A-Z0-9]*(?::-?[0-9.]+)?@|__T__|@@")

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def parse_ts(s):
    if not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", s):
        raise ValueError(s)
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def leading_time(line, ts):
    """Return the datetime (UTC, second precision) written at the start of the line, or None."""
    y = ts.year
    s = line
    if s.startswith("{"):
        try:
            d = json.loads(s)
        except ValueError:
            return None
        for k in ("ts", "time", "timestamp", "@t"):
            if k in d:
                v = d[k]
                if isinstance(v, (int, float)):
                    return dt.datetime.fromtimestamp(v / 1000 if v > 1e11 else v, dt.timezone.utc)
                if isinstance(v, str) and re.match(r"^\d{4}-", v):
                    return parse_ts(v.replace("+0000", "+00:00"))
        if isinstance(d.get("t"), dict) and "$date" in d["t"]:
            return parse_ts(d["t"]["$date"])
        return None
    pats = [
        (r"^\[?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})", lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]))),
        (r"^time=\"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})", lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]))),
        (r"^ts=(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})", lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]))),
        (r"^[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.\d{6} ", lambda m: (y, int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]))),
        (r"^\[(\d{2}):(\d{2}):(\d{2}) [A-Z]{3}\]", lambda m: (y, ts.month, ts.day, int(m[1]), int(m[2]), int(m[3]))),
        (r"^(\d{2}):(\d{2}):(\d{2})\.\d{3} ", lambda m: (y, ts.month, ts.day, int(m[1]), int(m[2]), int(m[3]))),
        (r"^\d+:[MSCX] (\d{2}) (\w{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2})", lambda m: (int(m[3]), MONTHS[m[2]], int(m[1]), int(m[4]), int(m[5]), int(m[6]))),
        (r"^(\d{2})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2}) ", lambda m: (2000 + int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]))),
        (r"^(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2})", lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]))),
        (r"^(?:INFO|WARN|ERROR|DEBUG) \[(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\]", lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]))),
        (r"^(?:\[ Info:|┌ Warning:) (\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})", lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]))),
        (r"^\[Nest\] \d+  - (\d{2})/(\d{2})/(\d{4}), (\d+):(\d{2}):(\d{2}) (AM|PM)", lambda m: (int(m[3]), int(m[1]), int(m[2]), int(m[4]) % 12 + (12 if m[7] == "PM" else 0), int(m[5]), int(m[6]))),
        (r"^\S+ - - \[(\d{2})/(\w{3})/(\d{4}):(\d{2}):(\d{2}):(\d{2}) \+0000\]", lambda m: (int(m[3]), MONTHS[m[2]], int(m[1]), int(m[4]), int(m[5]), int(m[6]))),
        (r"^\[(?:pvc-[0-9a-f-]+-e-0)\] time=\"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})", lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]))),
    ]
    for p, f in pats:
        m = re.match(p, s)
        if m:
            return dt.datetime(*f(m), tzinfo=dt.timezone.utc)
    return None


def main():
    path = os.path.join(os.path.dirname(HERE), "dev56.jsonl")  # golden/heldout/dev56.jsonl
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    if len(recs) != 40:
        err("*", f"expected 40 records, got {len(recs)}")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        err("*", "duplicate ids")
    if ids != [f"dev56-{i:03d}" for i in range(1, 41)]:
        err("*", "ids are not dev56-001..dev56-040 in order")
    sev = collections.Counter()
    cat = collections.Counter()
    tags = collections.Counter()
    lines_total = 0
    checked_times = 0
    for r in recs:
        rid = r["id"]
        if r.get("source") != "synthetic:dev56":
            err(rid, "bad source")
        e = r["expected"]
        s, c = e.get("severity"), e.get("root_cause_category")
        if s not in SEVS:
            err(rid, f"bad severity {s}")
        if c not in CATS:
            err(rid, f"bad category {c}")
        sev[s] += 1
        cat[c] += 1
        tg = r.get("tags", [])
        for t in tg:
            if t not in TAGS:
                err(rid, f"unknown tag {t}")
            tags[t] += 1
        logs = r["logs"]
        n = len(logs)
        lines_total += n
        if not 20 <= n <= 90:
            err(rid, f"{n} log lines (want 20-90)")
        prev = None
        for i, l in enumerate(logs):
            t = parse_ts(l["ts"])
            if prev and t < prev:
                err(rid, f"time order broken at {i}")
            prev = t
            if not l.get("labels") or not isinstance(l["labels"], dict):
                err(rid, f"no labels at {i}")
            if not l.get("line"):
                err(rid, f"empty line at {i}")
            if LEFTOVER.search(l["line"]):
                err(rid, f"unrendered token at {i}: {l['line'][:80]}")
            lt = leading_time(l["line"], t)
            if lt is not None:
                checked_times += 1
                if abs((lt - t.replace(microsecond=0)).total_seconds()) > 1.0:
                    err(rid, f"time text {lt} disagrees with ts {l['ts']} at {i}: {l['line'][:80]}")
        ev = e.get("evidence")
        sel = r.get("selector") or {}
        if c == "none":
            if s != "INFO":
                err(rid, "healthy record not INFO")
            if ev:
                err(rid, "healthy record with evidence")
            if e.get("component"):
                err(rid, "healthy record with component")
            if "outside-selector" in tg or "quiet-cause" in tg or "nested-cause" in tg:
                err(rid, "incident tag on healthy record")
        else:
            if s == "INFO":
                err(rid, "incident with INFO severity")
            if not ev:
                err(rid, "incident without evidence")
            if ev != sorted(set(ev)):
                err(rid, "evidence not sorted/unique")
            if any(not (0 <= i < n) for i in ev):
                err(rid, "evidence index out of range")
            comp = (e.get("component") or "").strip().lower()
            if not comp:
                err(rid, "incident without component")
            else:
                blob = json.dumps(logs).lower()
                if comp not in blob:
                    err(rid, f"component {comp} not named in logs/labels")
            if "healthy-lookalike" in tg:
                err(rid, "lookalike tag on incident")
            if "outside-selector" in tg:
                def inside(l):
                    lab = l["labels"]
                    return all(lab.get(k) == v for k, v in sel.items() if v)
                outs = [i for i in ev if not inside(logs[i])]
                if not outs:
                    err(rid, "outside-selector but all evidence inside selector")
        for k in ("root_cause", "summary", "action"):
            if not e.get(k):
                err(rid, f"missing {k}")
        if not r.get("question"):
            err(rid, "missing question")
    incident_cats = {k: v for k, v in cat.items() if k != "none"}
    missing = (CATS - {"none"}) - set(incident_cats)
    if missing:
        err("*", f"categories not covered: {sorted(missing)}")
    for k, v in incident_cats.items():
        if v > 3:
            err("*", f"category {k} used {v} times (>3)")
    for s_, want in (("CRITICAL", 10), ("ERROR", 10), ("WARN", 10), ("INFO", 10)):
        if sev[s_] != want:
            err("*", f"{s_}: {sev[s_]} (want {want})")
    if cat["none"] != 10:
        err("*", f"none: {cat['none']} (want 10)")
    for t, want in (("quiet-cause", 10), ("nested-cause", 10), ("healthy-lookalike", 8), ("outside-selector", 20)):
        if tags[t] < want:
            err("*", f"tag {t}: {tags[t]} (want >= {want})")
    print("records:", len(recs), " lines:", lines_total, " leading times checked:", checked_times)
    print("severity:", dict(sev))
    print("category:", dict(sorted(cat.items())))
    print("tags:", dict(tags))
    if errors:
        print(f"{len(errors)} problem(s):")
        for x in errors:
            print("  -", x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
