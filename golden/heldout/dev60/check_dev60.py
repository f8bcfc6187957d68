"""Sanity checks for golden/heldout/dev60.jsonl (independent of LogLens)."""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "dev60.jsonl")
SEVS = ["INFO", "WARN", "ERROR", "CRITICAL"]
CATS = ["none", "oom_killed", "application_error", "image_pull", "probe_failure", "scheduling", "dns_resolution",
        "connection_refused", "timeout", "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
        "storage", "database", "rate_limited", "node_failure"]
TAGS = {"healthy-lookalike", "outside-selector", "nested-cause", "quiet-cause", "transient", "baseline"}

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
ids = [r["id"] for r in recs]
if len(recs) != 40:
    errors.append(f"expected 40 records, found {len(recs)}")
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
if sorted(ids) != [f"dev60-{i:03d}" for i in range(1, 41)]:
    errors.append("ids are not exactly dev60-001..dev60-040")

sev = collections.Counter()
cat = collections.Counter()
cat_by_sev = collections.defaultdict(collections.Counter)
for r in recs:
    rid = r["id"]
    for k in ("id", "source", "question", "selector", "logs", "expected"):
        if k not in r:
            err(rid, f"missing key {k}")
    if not re.match(r"^(synthetic|real):\S+$", r["source"]):
        err(rid, "bad source")
    e = r["expected"]
    s, c = e.get("severity"), e.get("root_cause_category")
    if s not in SEVS:
        err(rid, f"bad severity {s}")
    if c not in CATS:
        err(rid, f"bad category {c}")
    sev[s] += 1
    cat[c] += 1
    cat_by_sev[s][c] += 1
    if (s == "INFO") != (c == "none"):
        err(rid, f"INFO must go with none and vice versa ({s}/{c})")
    for k in ("component", "root_cause", "summary", "action"):
        if not isinstance(e.get(k), str) or not e[k].strip():
            err(rid, f"expected.{k} missing/empty")
    logs = r["logs"]
    if not 38 <= len(logs) <= 85:
        err(rid, f"log volume {len(logs)} outside 38..85")
    prev = None
    for i, l in enumerate(logs):
        try:
            t = dt.datetime.fromisoformat(l["ts"].replace("Z", "+00:00"))
        except Exception:
            err(rid, f"bad ts at {i}: {l.get('ts')}")
            continue
        if t.tzinfo is None:
            err(rid, f"ts without zone at {i}")
        if prev and t < prev:
            err(rid, f"ts out of order at {i}")
        prev = t
        if not isinstance(l.get("labels"), dict) or not isinstance(l.get("line"), str):
            err(rid, f"bad log entry at {i}")
        if "\n" in l["line"] and not l["line"].startswith("{"):
            err(rid, f"raw newline in non-JSON line {i}")
    ev = e.get("evidence")
    if not isinstance(ev, list):
        err(rid, "evidence not a list")
        continue
    if c == "none" and ev:
        err(rid, "none record with evidence")
    if c != "none" and not ev:
        err(rid, "incident without evidence")
    if len(set(ev)) != len(ev) or ev != sorted(ev):
        err(rid, "evidence not sorted/unique")
    for i in ev:
        if not isinstance(i, int) or not 0 <= i < len(logs):
            err(rid, f"evidence index {i} out of range")
    # component must be mentioned somewhere in the logs (label or line)
    comp = e["component"].strip().lower()
    blob = json.dumps(logs).lower()
    if comp not in blob:
        err(rid, f"component '{comp}' does not appear in logs")
    # noise: at least 3 distinct workloads in the window
    srcs = {(l["labels"].get("pod") or l["labels"].get("unit") or l["labels"].get("job")) for l in logs}
    if len(srcs) < 4:
        err(rid, f"only {len(srcs)} distinct sources; noise missing?")
    tags = r.get("tags", [])
    if not isinstance(tags, list) or any(t not in TAGS for t in tags):
        err(rid, f"unknown tags {tags}")
    if c != "none" and "healthy-lookalike" in tags:
        err(rid, "healthy-lookalike on an incident")

for s in SEVS:
    if sev[s] != 10:
        errors.append(f"severity {s}: {sev[s]} records (want 10)")
missing = [c for c in CATS[1:] if cat[c] == 0]
if missing:
    errors.append(f"categories not covered: {missing}")

# no working ids or pair labels leaked into records
raw = open(PATH, encoding="utf-8").read()
if re.search(r'"w\d\d"', raw) or "pair" in raw.lower():
    errors.append("working id or pair label leaked into records")

# forbidden domains (used before)
# (the list of used domains stayed with the writer's working copy; checked there)
USED = os.path.join(HERE, "used_domains.txt")
used = open(USED, encoding="utf-8").read().lower() if os.path.exists(USED) else ""
for word in ("vertical farm", "particle accelerator", "trade-fair", "trade fair", "convention centre"):
    if word in used:
        errors.append(f"domain '{word}' already in used_domains.txt")

print("severity:", dict((s, sev[s]) for s in SEVS))
print("category:", dict(sorted(cat.items())))
for s in SEVS:
    print(f"  {s}: {dict(sorted(cat_by_sev[s].items()))}")
print("lines per record: min %d max %d total %d" % (min(len(r['logs']) for r in recs), max(len(r['logs']) for r in recs),
                                                    sum(len(r['logs']) for r in recs)))
if errors:
    print("\nFAIL:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
