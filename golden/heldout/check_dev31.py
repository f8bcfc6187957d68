#!/usr/bin/env python3
"""Independent checks for dev31.jsonl: counts, line bounds, time order, and that every
timestamp embedded in a log line renders the same instant as the line's ts."""
import json, re, sys
from collections import Counter
from datetime import datetime, timedelta, timezone

MON = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}
UTC = timezone.utc


def parse_ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def found(line, ts):
    """yield (text, datetime-or-None-if-partial, kind) for embedded timestamps."""
    out = []
    for m in re.finditer(r"(?<![\d.])(20\d\d)-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d{1,9}))?"
                         r"( ?Z| ?[+-]\d\d:?\d\d| UTC| CET| CEST)?", line):
        y, mo, d, h, mi, se, frac, zone = m.groups()
        us = int((frac or "0").ljust(6, "0")[:6])
        z = (zone or "").strip()
        if z in ("Z", "UTC", ""):
            tz = UTC
        elif z == "CET":
            tz = timezone(timedelta(hours=1))
        elif z == "CEST":
            tz = timezone(timedelta(hours=2))
        else:
            sign = 1 if z[0] == "+" else -1
            zz = z[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(zz[:2]), minutes=int(zz[2:])))
        out.append((m.group(0), datetime(int(y), int(mo), int(d), int(h), int(mi), int(se), us, tzinfo=tz)))
    for m in re.finditer(r"\[(\d\d)/(\w{3})/(20\d\d):(\d\d):(\d\d):(\d\d) \+0000\]", line):
        d, mon, y, h, mi, se = m.groups()
        out.append((m.group(0), datetime(int(y), MON[mon], int(d), int(h), int(mi), int(se), tzinfo=UTC)))
    for m in re.finditer(r"(20\d\d)/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)", line):
        y, mo, d, h, mi, se = m.groups()
        out.append((m.group(0), datetime(int(y), int(mo), int(d), int(h), int(mi), int(se), tzinfo=UTC)))
    m = re.match(r"^[IWEF](\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6})", line)
    if m:
        mo, d, h, mi, se, us = m.groups()
        out.append((m.group(0), datetime(ts.year, int(mo), int(d), int(h), int(mi), int(se), int(us), tzinfo=UTC)))
    for m in re.finditer(r"(?<![\d])(1[78]\d{8})(\.\d{1,6}|\d{3})?(?![\d])", line):
        sec = int(m.group(1))
        frac = m.group(2) or ""
        if frac.startswith("."):
            us = int(frac[1:].ljust(6, "0"))
        elif frac:
            us = int(frac) * 1000
        else:
            us = 0
        out.append((m.group(0), datetime.fromtimestamp(sec, UTC) + timedelta(microseconds=us)))
    m = re.match(r"^(\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) ", line)
    if m and m.group(1) in MON:
        mon, d, h, mi, se = m.groups()
        cands = []
        for off in (0, 1, 2):
            loc = ts.astimezone(timezone(timedelta(hours=off)))
            cands.append(datetime(loc.year, MON[mon], int(d), int(h), int(mi), int(se),
                                  tzinfo=timezone(timedelta(hours=off))))
        best = min(cands, key=lambda c: abs((c - ts).total_seconds()))
        out.append((m.group(0), best))
    m = re.match(r"^(\d{1,2}) (\w{3}) (\d\d):(\d\d):(\d\d) - \[", line)
    if m and m.group(2) in MON:
        d, mon, h, mi, se = m.groups()
        out.append((m.group(0), datetime(ts.year, MON[mon], int(d), int(h), int(mi), int(se), tzinfo=UTC)))
    return out


def main(path):
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    problems = []
    embedded = 0
    for r in recs:
        prev = None
        for i, e in enumerate(r["logs"]):
            ts = parse_ts(e["ts"])
            if ts.year != 2026:
                problems.append((r["id"], i, "year"))
            if prev and ts < prev:
                problems.append((r["id"], i, "order"))
            prev = ts
            for txt, dt in found(e["line"], ts):
                if dt is None:
                    continue
                embedded += 1
                if dt != ts:
                    problems.append((r["id"], i, "embedded %r != %s" % (txt, e["ts"])))
        n = len(r["logs"])
        if not 14 <= n <= 20:
            problems.append((r["id"], "n", n))
        ev = r["expected"]["evidence"]
        if any(not 0 <= k < n for k in ev) or len(set(ev)) != len(ev):
            problems.append((r["id"], "evidence"))
    cats = Counter(r["expected"]["root_cause_category"] for r in recs)
    print("records", len(recs), "lines", sum(len(r["logs"]) for r in recs), "embedded timestamps checked", embedded)
    print("categories", dict(sorted(cats.items())))
    print("severities", dict(sorted(Counter(r["expected"]["severity"] for r in recs).items())))
    print("ids unique", len(set(r["id"] for r in recs)) == len(recs))
    for p in problems:
        print("PROBLEM", p)
    print("problems", len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/dev31/dev31.jsonl"))
