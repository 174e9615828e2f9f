"""Span-F1 of careeralign.understand.spans.extract_spans on SkillSpan (Zhang et al., NAACL 2022).

Each posting's text is rebuilt from the data: a line's tokens joined with one space, lines joined with "\\n".
`extract_spans` runs on that whole text; gold BIO spans are mapped to character offsets in it.

Gold spans are trimmed of edge punctuation before scoring, because SkillSpan's tokens keep some punctuation
glued on ("Docker)", "teamwork,"): leading characters in GOLD_LEAD and trailing characters in GOLD_TRAIL are
dropped, except a trailing ")" or "]" whose opening bracket is inside the span. Nothing else is changed.

Scores, per kind ("skill", "knowledge") and for both kinds together:
  strict: a predicted span is correct when a gold span has the same start, end and kind;
          P = correct predictions / predictions, R = gold spans predicted exactly / gold spans.
  loose:  a predicted span is correct when it shares at least one character with a gold span of the same kind;
          P = such predictions / predictions, R = gold spans sharing a character with a same-kind prediction / gold.
  F1 = 2PR / (P + R) (0 when P + R = 0), micro-averaged over all postings of the split.

Usage: python bench/skillspan.py [--split dev|test|train] [--limit N] [--data DIR]
(test is for reported figures only: run it rarely and never tune on it.)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "skillspan"
KINDS = ("skill", "knowledge")

GOLD_LEAD = frozenset("([{\"'\u201c\u2018\u00ab*\u2022\u00b7\u25aa\u25cf\u25e6\u25a0\u25a1\u27a2\u2713\u2714\u2013\u2014-~>,;:!? ")
GOLD_TRAIL = frozenset(")]}\"'\u201d\u2019\u00bb,;:!?.\u2026* ")

Gold = tuple[int, int, str]


def _bio(tags: Sequence[str]) -> list[tuple[int, int]]:
    """Token spans [i, j) of a BIO tag list (an I after O starts a span)."""
    out, start = [], None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B"):
            if start is not None:
                out.append((start, i))
            start = i if t.startswith("B") else None
        elif start is None:
            start = i
    return out


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop edge punctuation from text[a:b] as documented above."""
    while a < b and text[a] in GOLD_LEAD:
        a += 1
    while b > a and text[b - 1] in GOLD_TRAIL:
        c = text[b - 1]
        if (c == ")" and "(" in text[a:b - 1]) or (c == "]" and "[" in text[a:b - 1]):
            break
        b -= 1
    return a, b


def load(split: str, data: Path = DATA) -> list[tuple[str, str, set[Gold]]]:
    """Postings of a split as (id, text, gold spans {(start, end, kind)})."""
    path = data / f"{split}.json"
    if not path.is_file():
        raise FileNotFoundError(path)
    posts: dict[tuple[str, int], list[dict]] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            posts.setdefault((row["source"], row["idx"]), []).append(row)
    out = []
    for (source, idx), rows in posts.items():
        lines, gold, pos = [], set(), 0
        for row in rows:
            toks = row["tokens"]
            starts = []
            p = pos
            for t in toks:
                starts.append(p)
                p += len(t) + 1
            text_line = " ".join(toks)
            for kind, key in (("skill", "tags_skill"), ("knowledge", "tags_knowledge")):
                for i, j in _bio(row[key]):
                    a, b = trim(text_line, starts[i] - pos, starts[j - 1] - pos + len(toks[j - 1]))
                    if a < b:
                        gold.add((a + pos, b + pos, kind))
            lines.append(text_line)
            pos += len(text_line) + 1
        out.append((f"{source}-{idx}", "\n".join(lines), gold))
    return out


def _prf(correct_p: int, n_pred: int, found_g: int, n_gold: int) -> tuple[float, float, float]:
    p = correct_p / n_pred if n_pred else 0.0
    r = found_g / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pairs: Iterable[tuple[set[Gold], set[Gold]]]) -> dict[str, dict[str, float]]:
    """Strict and loose P/R/F1 per kind and for both, from (gold, predicted) sets per posting."""
    c: dict[str, list[int]] = {f"{m}-{k}": [0, 0, 0, 0] for m in ("strict", "loose") for k in (*KINDS, "both")}
    for gold, pred in pairs:
        for kind in (*KINDS, "both"):
            g = {x for x in gold if kind in ("both", x[2])}
            p = {x for x in pred if kind in ("both", x[2])}
            s = c[f"strict-{kind}"]
            hit = len(g & p)
            s[0] += hit
            s[1] += len(p)
            s[2] += hit
            s[3] += len(g)
            lo = c[f"loose-{kind}"]
            lo[0] += sum(1 for x in p if any(y[2] == x[2] and y[0] < x[1] and x[0] < y[1] for y in g))
            lo[1] += len(p)
            lo[2] += sum(1 for y in g if any(y[2] == x[2] and y[0] < x[1] and x[0] < y[1] for x in p))
            lo[3] += len(g)
    out = {}
    for key, (cp, n_p, fg, n_g) in c.items():
        p, r, f = _prf(cp, n_p, fg, n_g)
        out[key] = {"p": p, "r": r, "f1": f, "pred": n_p, "gold": n_g}
    return out


def evaluate(posts: Sequence[tuple[str, str, set[Gold]]],
             extract: Callable[[str], Iterable[tuple[int, int, str]]]) -> tuple[dict[str, dict[str, float]], float]:
    """Score `extract` (text -> (start, end, kind) triples) on postings; also returns postings per second."""
    pairs = []
    t0 = time.perf_counter()
    for _, text, gold in posts:
        pairs.append((gold, set(extract(text))))
    dt = time.perf_counter() - t0
    return score(pairs), (len(posts) / dt if dt else 0.0)


def report(scores: dict[str, dict[str, float]]) -> str:
    """A small table of the scores."""
    rows = [f"{'':16}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}"]
    for key, v in scores.items():
        rows.append(f"{key:16}{v['p']:7.3f}{v['r']:7.3f}{v['f1']:7.3f}{v['pred']:7d}{v['gold']:7d}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "train"), default="dev")
    ap.add_argument("--limit", type=int, default=0, help="only the first N postings (0: all)")
    ap.add_argument("--data", type=Path, default=DATA, help=f"SkillSpan folder (default {DATA})")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)
    if not (args.data / f"{args.split}.json").is_file():
        print(f"SkillSpan data not found: {args.data / (args.split + '.json')} is missing. "
              "Put the SkillSpan files (train/dev/test.json) in ../shared/data/skillspan/ or pass --data.",
              file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "src"))
    from careeralign.understand.spans import extract_spans

    posts = load(args.split, args.data)
    if args.limit:
        posts = posts[:args.limit]
    extract_spans("warm up")
    scores, rate = evaluate(posts, lambda t: [(s.start, s.end, s.kind) for s in extract_spans(t)])
    words = sum(len(t.split()) for _, t, _ in posts)
    if args.json:
        print(json.dumps({"split": args.split, "postings": len(posts), "postings_per_s": rate, "scores": scores}))
    else:
        print(f"SkillSpan {args.split}: {len(posts)} postings, {words} words")
        print(report(scores))
        print(f"speed: {rate:.1f} postings/s ({1000 * len(posts) / rate / max(words, 1) * 600:.1f} ms per 600 words)"
              if rate else "speed: n/a")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
