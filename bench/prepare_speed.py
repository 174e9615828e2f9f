"""Speed of preparation: `analyze` latency (600-word posting, profile, answer) and dissection throughput on one core.

Usage: python bench/prepare_speed.py [--repeat N]

Dissection throughput runs over the real SkillSpan dev postings (rebuilt from
../shared/data/skillspan) in one process, pinned to one core where the OS allows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import careeralign as ca  # noqa: E402
from careeralign.models import GoalInput, Profile  # noqa: E402

PROFILE = Profile(
    text="", current_role="Retail Sales Analyst", level="entry", years=2,
    background="Two years in retail head office building the weekly sales report in Excel and a replenishment tracker.",
    skills=("Excel", "sales reporting", "SQL"),
    goals=(GoalInput("Learn SQL and Python properly and own a forecast end to end", "short"),
           GoalInput("Become the analyst operations trusts for demand planning, by building reliable forecasts", "mid"),
           GoalInput("Eventually lead a small analytics team", "long"),
           GoalInput("Work remotely most of the week")),
)


def posting_600() -> str:
    """A 600-word posting: the bundled example, padded with a real posting's text to 600 words."""
    from postings import skillspan_postings  # type: ignore[import-not-found]

    base = (ROOT / "src/careeralign/examples/job.txt").read_text()
    words = base.split()
    try:
        extra = list(skillspan_postings("dev").values())[3].split()
    except OSError:
        extra = ("We value clear communication, ownership and curiosity. " * 80).split()
    return base + "\n\nAbout the team\n" + " ".join(extra[: 600 - len(words)])


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=100)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    job = posting_600()
    answer = (ROOT / "src/careeralign/examples/answer.txt").read_text()
    notes = (ROOT / "src/careeralign/examples/notes.txt").read_text()
    print(f"posting words: {len(job.split())}, answer words: {len(answer.split())}")
    t0 = time.perf_counter()
    ca.analyze(job, PROFILE, notes=notes, answer=answer)
    print(f"first analyze (loads the span model and word lists): {(time.perf_counter() - t0) * 1000:.0f} ms")
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        ca.analyze(job, PROFILE, notes=notes, answer=answer)
        times.append((time.perf_counter() - t) * 1000)
    p50 = pct(times, 50)
    print(f"warm analyze with profile and answer (ms): p50 {p50:.1f}  p90 {pct(times, 90):.1f}  (bar: p50 <= 150; {150 / p50:.1f}x under)")
    dis = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        ca.dissect(job)
        dis.append((time.perf_counter() - t) * 1000)
    print(f"warm dissect of the same posting (ms): p50 {pct(dis, 50):.1f}")
    try:
        from postings import skillspan_postings

        real = list(skillspan_postings("dev").values())
    except OSError:
        print("SkillSpan data not found: real-posting throughput skipped")
        return 0
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        for text in real:
            ca.dissect(text)
        runs.append(time.perf_counter() - t)
    med = statistics.median(runs)
    words = statistics.median(len(t.split()) for t in real)
    print(f"dissection of {len(real)} real postings (median {words:.0f} words) on one core: {len(real) / med:.1f} postings/s "
          f"(bar: >= 20; {len(real) / med / 20:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
