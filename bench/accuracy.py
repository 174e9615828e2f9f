"""Per-rule precision, recall and F1 of the critic on the labelled splits.

Usage:
    python bench/accuracy.py                 # dev, train and validation side by side
    python bench/accuracy.py --split dev --errors vague   # list misses and false alarms of one rule
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import careeralign as ca

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
REQUEST_KEYS = {"id", "question", "answer", "role", "candidate"}


FILES = "*.jsonl"
EXCLUDE: list[str] = []


def load(split: str) -> list[dict]:
    """Every labelled entry of a split (files matching FILES, `--files`)."""
    items = []
    for f in sorted((DATA / split).glob(FILES)):
        if f.name in EXCLUDE:
            continue
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


def predict(item: dict) -> tuple[set[str], ca.Critique]:
    """The rule ids the critic reports for one entry."""
    req = {k: v for k, v in item.items() if k in REQUEST_KEYS}
    c = ca.critique(req)
    return {f.rule for f in c.findings}, c


def evaluate(items: list[dict]) -> dict:
    """Counts and scores per rule, clean false-positive rate, near-miss accuracy, inference accuracy."""
    ids = [r.id for r in ca.rules()]
    tp, fp, fn = Counter(), Counter(), Counter()
    clean = clean_flagged = 0
    near = near_ok = 0
    inf_total = Counter()
    inf_ok = Counter()
    errors: dict[str, list] = {i: [] for i in ids}
    for it in items:
        gold = set(it.get("labels", []))
        pred, crit = predict(it)
        for r in ids:
            if r in pred and r in gold:
                tp[r] += 1
            elif r in pred:
                fp[r] += 1
                errors[r].append(("FP", it))
            elif r in gold:
                fn[r] += 1
                errors[r].append(("FN", it))
        if not gold:
            clean += 1
            clean_flagged += bool(pred)
        for tag in it.get("tags", []):
            if tag.startswith("near-miss:"):
                near += 1
                near_ok += tag.split(":", 1)[1] not in pred
        got = {i.field: i.value for i in crit.inferred}
        for fld in ("level", "employer_kind"):
            if fld in got and fld in it.get("gold", {}):
                inf_total[fld] += 1
                inf_ok[fld] += got[fld] == it["gold"][fld]
    per = {}
    for r in ids:
        p = tp[r] / (tp[r] + fp[r]) if tp[r] + fp[r] else 0.0
        rc = tp[r] / (tp[r] + fn[r]) if tp[r] + fn[r] else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        per[r] = {"precision": p, "recall": rc, "f1": f1, "support": tp[r] + fn[r], "tp": tp[r], "fp": fp[r], "fn": fn[r]}
    scored = [v["f1"] for v in per.values() if v["support"]]
    return {"n": len(items), "per_rule": per, "macro_f1": sum(scored) / len(scored) if scored else 0.0,
            "clean": clean, "clean_flagged": clean_flagged, "clean_fp_rate": clean_flagged / clean if clean else 0.0,
            "near_miss": near, "near_miss_ok": near_ok,
            "inference": {k: (inf_ok[k], inf_total[k]) for k in inf_total}, "errors": errors}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "train", "validation", "all"], default="all",
                    help="dev and train are tuned on; validation is never tuned on")
    ap.add_argument("--errors", metavar="RULE", help="print the misses and false alarms of one rule")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--files", default="*.jsonl", help="glob of the files to read in each split (default: all)")
    ap.add_argument("--exclude", action="append", metavar="NAME", help="a file name to leave out (repeatable)")
    args = ap.parse_args()
    global FILES
    FILES = args.files
    EXCLUDE.extend(args.exclude or [])
    splits = ["dev", "train", "validation"] if args.split == "all" else [args.split]
    results = {s: evaluate(load(s)) for s in splits if load(s)}
    if args.json:
        print(json.dumps({s: {k: v for k, v in r.items() if k != "errors"} for s, r in results.items()}, indent=2))
        return 0
    head = f"{'rule':24}" + "".join(f" | {s:^26}" for s in results)
    print(head)
    print(f"{'':24}" + "".join(f" | {'P':>5} {'R':>5} {'F1':>5} {'n':>5}   " for _ in results))
    print("-" * len(head))
    for r in ca.rules():
        row = f"{r.id:24}"
        for s, res in results.items():
            v = res["per_rule"][r.id]
            row += f" | {v['precision']:5.2f} {v['recall']:5.2f} {v['f1']:5.2f} {v['support']:5d}   "
        print(row)
    print("-" * len(head))
    for label, key in (("macro-F1", "macro_f1"), ("clean FP rate", "clean_fp_rate")):
        print(f"{label:24}" + "".join(f" | {res[key]:26.3f}" for res in results.values()))
    print(f"{'clean flagged / clean':24}" + "".join(f" | {str(res['clean_flagged']) + ' / ' + str(res['clean']):>26}" for res in results.values()))
    print(f"{'near-misses kept quiet':24}" + "".join(f" | {str(res['near_miss_ok']) + ' / ' + str(res['near_miss']):>26}" for res in results.values()))
    for fld in ("level", "employer_kind"):
        print(f"{'inferred ' + fld:24}" + "".join(
            f" | {'%d / %d' % res['inference'].get(fld, (0, 0)):>26}" for res in results.values()))
    print("entries: " + ", ".join(f"{s}={res['n']}" for s, res in results.items()))
    if args.errors:
        for s, res in results.items():
            for kind, it in res["errors"].get(args.errors, []):
                print(f"\n[{s}] {kind} {it['id']} labels={it.get('labels')} level={it.get('gold', {}).get('level')} kind={it.get('gold', {}).get('employer_kind')}")
                print("   " + it["answer"].replace("\n", " ")[:700])
                _, c = predict(it)
                for f in c.findings:
                    if f.rule == args.errors:
                        print(f"   -> {f.quote[:120]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
