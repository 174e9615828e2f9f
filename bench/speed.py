"""Speed and memory: warm single-answer latency, batch throughput, CLI cold start, peak RSS.

Usage: python bench/speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import careeralign as ca

ANSWER_200 = (
    "In my first year I want to own the weekly demand forecasts in SQL and Python and get the carrier dashboards in "
    "Tableau to where operations trusts them every Monday morning. I've spent two years building Excel forecasts for a "
    "regional retailer, where I cut forecast error by twelve percent, so moving that work into SQL here is exactly the "
    "step I need. It would also let me learn how freight actually moves, which I can't see from the retail side. Over "
    "the next three or four years I'd like to help build the data foundations for your cold-chain service and become the "
    "analyst the planning team relies on for it. Long term, I see myself leading forecasting for a network like yours: "
    "setting the methods, mentoring newer analysts and helping cut late deliveries and empty miles as Brightline grows. "
    "That is the kind of work I want to be doing for years, and this team is where I can learn to do it well, with "
    "people who already run one of the most reliable freight networks in Europe."
)
ROLE = {"title": "Junior Data Analyst", "company": "Brightline",
        "job_description": "Build weekly demand forecasts in SQL and Python, own carrier dashboards in Tableau, cut late "
                           "deliveries and empty miles, help set up data foundations for our new cold-chain service. "
                           "Mentorship from senior analysts. Series B startup, comfort with ambiguity. 0-2 years."}


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=300)
    args = ap.parse_args()
    print(f"answer words: {len(ANSWER_200.split())}")
    ca.critique(ANSWER_200, role=ROLE)  # warm
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        ca.critique(ANSWER_200, role=ROLE)
        times.append((time.perf_counter() - t) * 1000)
    print(f"warm critique, one answer (ms): p50 {pct(times, 50):.2f}  p90 {pct(times, 90):.2f}  p99 {pct(times, 99):.2f}"
          f"  (bar: p50 <= 15; ratio {15 / pct(times, 50):.1f}x under)")

    lines = [json.dumps({"id": str(i), "answer": ANSWER_200, "role": ROLE}) for i in range(2000)]
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "in.jsonl"
        src.write_text("\n".join(lines) + "\n")
        for w in (1, 2):
            out = Path(d) / f"out{w}.jsonl"
            runs = []
            for _ in range(3):
                t = time.perf_counter()
                subprocess.run([sys.executable, "-m", "careeralign", "batch", "critique", str(src), "-o", str(out), "--workers", str(w)],
                               check=True, capture_output=True)
                runs.append(time.perf_counter() - t)
            med = statistics.median(runs)
            print(f"batch of {len(lines)} with {w} worker(s): median {med:.2f} s = {len(lines) / med:.0f} answers/s"
                  + ("  (bar: >= 100/s with 2 workers)" if w == 2 else ""))
        a = Path(d) / "a.txt"
        a.write_text(ANSWER_200)
        cold = []
        for _ in range(7):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "careeralign", "critique", str(a), "--format", "json", "--fail-on", "none"],
                           check=True, capture_output=True)
            cold.append(time.perf_counter() - t)
        print(f"CLI cold start (critique, json): median {statistics.median(cold):.3f} s  (bar: <= 1.5 s)")
        r = subprocess.run([sys.executable, "-c", "import resource, careeralign as ca, json, sys;"
                            f"ca.critique({ANSWER_200!r}, role={ROLE!r});"
                            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"], capture_output=True, text=True, check=True)
        print(f"peak RSS of one critique process: {int(r.stdout) / 1024:.1f} MB  (bar: <= 500 MB)")
        r2 = subprocess.run([sys.executable, "-m", "careeralign", "batch", "critique", str(src), "-o", os.devnull, "--workers", "2"],
                            capture_output=True)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(f"peak RSS of any batch process (2 workers): {kids / 1024:.1f} MB  (rc {r2.returncode})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
