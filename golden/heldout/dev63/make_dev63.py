#!/usr/bin/env python3
"""Build dev63.jsonl (40 records) deterministically.

Output: one directory above this script (golden/heldout/dev63.jsonl).
Also writes id_map.tsv next to this script.
  python make_dev63.py          # write dev63.jsonl and id_map.tsv
  python make_dev63.py --check  # rebuild in memory, compare bytes with the files on disk
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import part1  # noqa: E402
import part2  # noqa: E402
import part3  # noqa: E402
import part4  # noqa: E402

DOMAINS = {"HUT": "mountain hut and alpine refuge booking network",
           "FONT": "type foundry (font licensing and webfont delivery)",
           "ESC": "escape-room chain"}

# id -> (domain code, distractor category or "-" when the window has no distractor)
META = {
    "dev63-001": ("HUT", "image_pull"), "dev63-002": ("FONT", "application_error"),
    "dev63-003": ("ESC", "tls_certificate"), "dev63-004": ("HUT", "connection_refused"),
    "dev63-005": ("ESC", "database"), "dev63-006": ("FONT", "tls_certificate"),
    "dev63-007": ("HUT", "connection_refused"), "dev63-008": ("ESC", "config_error"),
    "dev63-009": ("FONT", "node_failure"), "dev63-010": ("HUT", "none"),
    "dev63-011": ("ESC", "-"), "dev63-012": ("FONT", "application_error"),
    "dev63-013": ("HUT", "node_failure"), "dev63-014": ("ESC", "resource_exhausted"),
    "dev63-015": ("FONT", "auth_failure"), "dev63-016": ("HUT", "oom_killed"),
    "dev63-017": ("ESC", "rate_limited"), "dev63-018": ("FONT", "tls_certificate"),
    "dev63-019": ("HUT", "config_error"), "dev63-020": ("ESC", "connection_refused"),
    "dev63-021": ("FONT", "none"), "dev63-022": ("HUT", "node_failure"),
    "dev63-023": ("ESC", "auth_failure"), "dev63-024": ("FONT", "oom_killed"),
    "dev63-025": ("HUT", "image_pull"), "dev63-026": ("ESC", "dns_resolution"),
    "dev63-027": ("FONT", "-"), "dev63-028": ("HUT", "resource_exhausted"),
    "dev63-029": ("ESC", "auth_failure"), "dev63-030": ("FONT", "probe_failure"),
    "dev63-031": ("HUT", "auth_failure"), "dev63-032": ("ESC", "scheduling"),
    "dev63-033": ("FONT", "none"), "dev63-034": ("HUT", "dns_resolution"),
    "dev63-035": ("ESC", "oom_killed"), "dev63-036": ("FONT", "config_error"),
    "dev63-037": ("HUT", "tls_certificate"), "dev63-038": ("ESC", "application_error"),
    "dev63-039": ("HUT", "connection_refused"), "dev63-040": ("ESC", "resource_exhausted"),
}


def build_records():
    recs = []
    for part in (part1, part2, part3, part4):
        for fn in part.RECORDS:
            recs.append(fn())
    return recs


def render():
    recs = build_records()
    jsonl = "".join(common.dump(r) + "\n" for r in recs).encode("utf-8")
    rows = ["id\tdomain\tseverity\tcategory\tdistractor_category"]
    for r in recs:
        dom, dcat = META[r["id"]]
        rows.append("\t".join([r["id"], DOMAINS[dom], r["expected"]["severity"], r["expected"]["root_cause_category"], dcat]))
    idmap = ("\n".join(rows) + "\n").encode("utf-8")
    return jsonl, idmap


def out_paths():
    target = os.path.dirname(HERE)
    return os.path.join(target, "dev63.jsonl"), os.path.join(HERE, "id_map.tsv")


def main(argv):
    jsonl, idmap = render()
    p_jsonl, p_map = out_paths()
    if "--check" in argv:
        ok = True
        for path, data in ((p_jsonl, jsonl), (p_map, idmap)):
            try:
                with open(path, "rb") as f:
                    disk = f.read()
            except OSError as e:
                print("MISSING %s (%s)" % (path, e))
                ok = False
                continue
            if disk == data:
                print("OK %s (%d bytes)" % (path, len(data)))
            else:
                print("DIFFERS %s (disk %d bytes, rebuilt %d bytes)" % (path, len(disk), len(data)))
                ok = False
        return 0 if ok else 1
    for path, data in ((p_jsonl, jsonl), (p_map, idmap)):
        with open(path, "wb") as f:
            f.write(data)
        print("wrote %s (%d bytes)" % (path, len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
