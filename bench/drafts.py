"""Drafts over the dev-set contexts: error-free share, overall scores, length, traced sentences, shared wording, latency.

    python bench/drafts.py [--limit N] [--variants N]

Each distinct (posting, background) context of tests/data/dev becomes a job
(title, company and posting) and a prose profile holding only the background,
so every draft also exercises goal inference. For each context the best draft
is kept; "shared sentence" counts pairs of drafts for different contexts that
share a run of 8+ words that is not in either context's inputs.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import careeralign as ca  # noqa: E402

WORD = re.compile(r"[a-z0-9']+")


def contexts(limit: int | None = None) -> list[tuple[str, ca.Job, str, str]]:
    """(id, job, background, notes) for each distinct dev context with a posting and a background."""
    seen: set[tuple[str, str]] = set()
    out = []
    for f in sorted((ROOT / "tests/data/dev").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            role, cand = r.get("role") or {}, r.get("candidate") or {}
            jd, bg = role.get("job_description"), cand.get("background")
            if not jd or not bg or (jd, bg) in seen:
                continue
            seen.add((jd, bg))
            head = (role.get("title") or "") + (f" - {role['company']}" if role.get("company") else "")
            text = (head + "\n\n" + jd) if head else jd
            out.append((r["id"], ca.Job(text=text, title=role.get("title") or "", company=role.get("company") or ""),
                        bg, role.get("company_notes") or ""))
    return out[:limit] if limit else out


def grams(text: str, n: int = 8) -> set[tuple[str, ...]]:
    """Runs of n words inside one sentence (a shared sentence of 8+ words shares such a run)."""
    out: set[tuple[str, ...]] = set()
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        w = WORD.findall(sentence.lower())
        out |= {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--variants", type=int, default=1)
    args = ap.parse_args()
    ctxs = contexts(args.limit)
    shown, none, times, overall, words, traced, sentences = [], 0, [], [], [], 0, 0
    inputs: list[set[tuple[str, ...]]] = []
    ca.draft(ctxs[0][1], ca.read_profile(ctxs[0][2], format="prose"), notes=ctxs[0][3], variants=1)  # warm
    for cid, job, bg, notes in ctxs:
        prof = ca.read_profile(bg, format="prose")
        t = time.perf_counter()
        drafts = ca.draft(job, prof, notes=notes, variants=args.variants)
        times.append((time.perf_counter() - t) * 1000)
        if not drafts:
            none += 1
            continue
        for d in drafts:
            assert d.critique is not None
            assert not any(f.severity == "error" for f in d.critique.findings), cid
            overall.append(d.critique.overall)
            words.append(d.words)
            sentences += len(d.sentences)
            traced += sum(1 for s in d.sentences if s.sources)
        shown.append((cid, drafts[0].text))
        inputs.append(grams(job.text + "\n" + bg + "\n" + notes))
    shared = 0
    example = None
    g = [grams(t) for _, t in shown]
    for i in range(len(g)):
        for j in range(i + 1, len(g)):
            common = (g[i] & g[j]) - inputs[i] - inputs[j]
            if common:
                shared += 1
                example = example or (shown[i][0], shown[j][0], " ".join(sorted(common)[0]))
    n = len(ctxs)
    print(f"contexts: {n}; with at least one shown draft: {n - none} ({(n - none) / n:.0%})")
    print(f"shown drafts: {len(overall)}, all free of error findings (checked); median overall {statistics.median(overall):.0f} "
          f"(min {min(overall)}); bar: median >= 85")
    print(f"words per draft: median {statistics.median(words):.0f}, min {min(words)}, max {max(words)} (bar: 150-250)")
    print(f"sentences with a traced source: {traced}/{sentences} ({traced / sentences:.1%}) (bar: 100%)")
    print(f"pairs of drafts for different contexts sharing an 8-word run not in their inputs: {shared} of {len(g) * (len(g) - 1) // 2}"
          + (f"; e.g. {example}" if example else ""))
    print(f"draft latency (ms, {args.variants} variant(s), self-check included): p50 {statistics.median(times):.0f}, "
          f"max {max(times):.0f} (bar: p50 <= 200)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
