"""Build golden/heldout/dev60.jsonl (40 records) deterministically and write id_map.tsv."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import part1, part2, part3, part4  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dev60.jsonl")
MAP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "id_map.tsv")


def main():
    recs = {}
    for mod in (part1, part2, part3, part4):
        for fn in mod.RECORDS:
            r = fn()
            assert r.wid == fn.__name__, (r.wid, fn.__name__)
            assert r.wid not in recs
            recs[r.wid] = r
    wids = sorted(recs)
    assert len(wids) == 40, len(wids)
    order = list(wids)
    random.Random(206060).shuffle(order)
    idmap = {wid: f"dev60-{i + 1:03d}" for i, wid in enumerate(order)}
    out = []
    for wid in sorted(wids, key=lambda w: idmap[w]):
        out.append(recs[wid].build(idmap[wid]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    with open(MAP, "w", encoding="utf-8", newline="\n") as f:
        f.write("final_id\tworking_id\tdomain\tseverity\tcategory\tcomponent\n")
        for wid in sorted(wids, key=lambda w: idmap[w]):
            r = recs[wid]
            f.write(f"{idmap[wid]}\t{wid}\t{r.domain}\t{r.exp['severity']}\t{r.exp['root_cause_category']}\t{r.exp['component']}\n")
    print(f"wrote {len(out)} records to {OUT}")


if __name__ == "__main__":
    main()
