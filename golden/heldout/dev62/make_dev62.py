#!/usr/bin/env python3
"""Build dev62.jsonl (and id_map.tsv) from part1..part4, deterministically.

usage: python make_dev62.py          # write ../dev62.jsonl and id_map.tsv next to this script
       python make_dev62.py --check  # rebuild in memory, compare bytes with the files on disk
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

OUT = os.path.join(os.path.dirname(HERE), "dev62.jsonl")
MAP = os.path.join(HERE, "id_map.tsv")


def build():
    recs = []
    for mod in (part1, part2, part3, part4):
        for fn in mod.RECORDS:
            recs.append(fn())
    ids = [r["id"] for r in recs]
    expected = ["dev62-%03d" % i for i in range(1, len(recs) + 1)]
    if ids != expected:
        raise SystemExit("ids out of order: %s" % ids)
    data = "".join(common.dumps(r) + "\n" for r in recs).encode("utf-8")
    idmap = common.id_map_tsv(recs).encode("utf-8")
    return data, idmap


def main(argv):
    data, idmap = build()
    if "--check" in argv:
        rc = 0
        for path, fresh in ((OUT, data), (MAP, idmap)):
            try:
                with open(path, "rb") as f:
                    disk = f.read()
            except FileNotFoundError:
                print("MISSING %s" % path)
                rc = 1
                continue
            if disk == fresh:
                print("OK %s matches a fresh build (%d bytes)" % (path, len(fresh)))
            else:
                print("DIFFERENT: %s (%d bytes on disk, %d rebuilt)" % (path, len(disk), len(fresh)))
                rc = 1
        return rc
    with open(OUT, "wb") as f:
        f.write(data)
    with open(MAP, "wb") as f:
        f.write(idmap)
    print("wrote %s (%d records, %d bytes) and %s" % (OUT, data.count(b"\n"), len(data), MAP))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
