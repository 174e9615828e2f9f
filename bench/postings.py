"""Level and employer-kind accuracy on the labelled postings (real SkillSpan postings and written ones).

    python bench/postings.py                      # dev and validation, side by side
    python bench/postings.py --split dev --errors # list every miss on dev

Real postings are rebuilt from ../shared/data/skillspan (never copied into the
repository); see tests/data/postings/README.md. A title-keyword baseline (the
first line's words only) is printed for comparison.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from careeralign.understand.level import infer_employer_kind, infer_level  # noqa: E402

LABELS = ROOT / "tests" / "data" / "postings"
SKILLSPAN = ROOT.parent / "shared" / "data" / "skillspan"


def skillspan_postings(split: str) -> dict[tuple[str, int], str]:
    """(source, idx) -> the posting's text: tokens joined by spaces, sentences by newlines."""
    out: dict[tuple[str, int], list[str]] = {}
    with open(SKILLSPAN / f"{split}.json", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out.setdefault((r["source"], r["idx"]), []).append(" ".join(r["tokens"]))
    return {k: "\n".join(v) for k, v in out.items()}


def load(split: str) -> list[dict]:
    """Labelled postings of a split (dev or validation), each with its text.

    A real posting labelled in a dev file is left out of validation (it has been looked at).
    """
    seen_in_dev: set[tuple] = set()
    if split != "dev":
        for path in LABELS.glob("dev*_*.jsonl"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and "ref" in (r := json.loads(line)):
                    seen_in_dev.add((r["ref"]["split"], r["ref"]["source"], r["ref"]["idx"]))
    rows = []
    cache: dict[str, dict[tuple[str, int], str]] = {}
    for path in sorted(LABELS.glob(f"{split}*_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if "ref" in r:
                ref = r["ref"]
                if (ref["split"], ref["source"], ref["idx"]) in seen_in_dev or not SKILLSPAN.exists():
                    continue
                if ref["split"] not in cache:
                    cache[ref["split"]] = skillspan_postings(ref["split"])
                r["job_description"] = cache[ref["split"]][(ref["source"], ref["idx"])]
                r["real"] = True
            else:
                r["real"] = False
            r["file"] = path.name
            rows.append(r)
    return rows


_BASE = [("executive", r"\b(chief|ceo|cto|vp|vice president|president|director)\b"), ("lead", r"\b(lead|head|manager|principal)\b"),
         ("senior", r"\b(senior|sr)\b"), ("entry", r"\b(junior|graduate|intern|trainee|assistant|entry)\b")]


def baseline_level(text: str) -> str:
    """A title-keyword reader: the first line's words only, mid by default."""
    first = text.strip().split("\n")[0].lower()
    for value, pat in _BASE:
        if re.search(pat, first):
            return value
    return "mid"


def evaluate(rows: list[dict], errors: bool = False) -> dict[str, float]:
    """Accuracy of level, kind and both, overall and on the real postings."""
    res: dict[str, list[bool]] = {"level": [], "kind": [], "both": [], "level_real": [], "kind_real": [], "base_level": []}
    confusion: Counter[tuple[str, str]] = Counter()
    for r in rows:
        text = r["job_description"]
        lv = infer_level("", text)
        level = lv.value if lv else "mid"
        kind = infer_employer_kind(text).value
        ok_l, ok_k = level == r["level"], kind == r["employer_kind"]
        res["level"].append(ok_l)
        res["kind"].append(ok_k)
        res["both"].append(ok_l and ok_k)
        res["base_level"].append(baseline_level(text) == r["level"])
        if r["real"]:
            res["level_real"].append(ok_l)
            res["kind_real"].append(ok_k)
        if not ok_k:
            confusion[(r["employer_kind"], kind)] += 1
        if errors and not (ok_l and ok_k):
            print(f"- {r['id']} ({r['file']}): level gold {r['level']} got {level} [{lv.why if lv else 'default'}]; "
                  f"kind gold {r['employer_kind']} got {kind} [{infer_employer_kind(text).why[:120]}]")
            print(f"    gold evidence: {json.dumps(r.get('evidence'))[:300]}")
    if errors and confusion:
        print("kind confusion (gold -> got):", dict(confusion))
    return {k: (sum(v) / len(v) if v else float("nan")) for k, v in res.items()} | {"n": len(rows), "n_real": len(res["level_real"])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "validation", "both"], default="both")
    ap.add_argument("--errors", action="store_true", help="List every miss.")
    args = ap.parse_args()
    if not SKILLSPAN.exists():
        print(f"note: {SKILLSPAN} not found; real postings skipped", file=sys.stderr)
    splits = ["dev", "validation"] if args.split == "both" else [args.split]
    print(f"{'split':<11}{'n':>4}{'real':>6}{'level':>8}{'kind':>7}{'both':>7}{'lvl real':>10}{'kind real':>11}{'baseline lvl':>14}")
    for split in splits:
        m = evaluate(load(split), args.errors)
        print(f"{split:<11}{m['n']:>4}{m['n_real']:>6}{m['level']:>8.1%}{m['kind']:>7.1%}{m['both']:>7.1%}"
              f"{m['level_real']:>10.1%}{m['kind_real']:>11.1%}{m['base_level']:>14.1%}")


if __name__ == "__main__":
    main()
