"""The labelled postings: their shape, and level/employer-kind accuracy bars (bench/postings.py prints the figures)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import postings  # noqa: E402

LEVELS = {"entry", "mid", "senior", "lead", "executive"}
KINDS = {"specialist", "startup", "corporate", "general"}


def test_label_files_are_well_formed() -> None:
    files = sorted(postings.LABELS.glob("*.jsonl"))
    assert files
    ids = set()
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            assert r["level"] in LEVELS and r["employer_kind"] in KINDS, (f.name, r["id"])
            assert ("ref" in r) != ("job_description" in r), (f.name, r["id"])
            assert r["id"] not in ids
            ids.add(r["id"])


@pytest.mark.parametrize("split,floor", [("dev", 0.85), ("validation", 0.70)])
def test_level_and_kind_bars(split: str, floor: float) -> None:
    rows = postings.load(split)
    if not any(r["real"] for r in rows):
        pytest.skip("../shared/data/skillspan is not here: real postings cannot be rebuilt")
    m = postings.evaluate(rows)
    assert m["level"] >= floor and m["kind"] >= floor, m
