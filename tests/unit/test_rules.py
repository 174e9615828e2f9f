"""Every rule's own examples, and the meta checks on rule metadata and docs."""

from __future__ import annotations

import re

import pytest

import careeralign as ca
from careeralign.critique.registry import DOC_SECTIONS, Example
from careeralign.models import DIMENSIONS, SEVERITIES

RULES = ca.rules()
RULES_MD_IDS = [
    "self-centered", "vague", "unrealistic-for-level", "misaligned-ambition", "retention-risk", "unexplained-pivot",
    "cliche", "missing-short-term", "missing-bridge", "missing-long-term", "generic-company", "titles-over-skills",
    "conflated-horizons", "industry-framing", "length",
]


def _run(ex: Example) -> ca.Critique:
    return ca.critique(ex.answer, role=ex.role or None, candidate=ex.candidate or None)


def test_all_rules_of_rules_md_exist_with_stable_codes() -> None:
    assert sorted(r.id for r in RULES) == sorted(RULES_MD_IDS)
    codes = [r.code for r in RULES]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"CA\d{3}", c) for c in codes)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_metadata_and_docs(rule) -> None:
    assert rule.severity in SEVERITIES and rule.dimension in DIMENSIONS
    assert rule.summary and rule.bad and rule.good
    sections = rule.sections()
    for head in DOC_SECTIONS:
        assert sections.get(head), f"{rule.id}: docstring lacks '{head}'"


BAD = [(r, e) for r in RULES for e in r.bad]
GOOD = [(r, e) for r in RULES for e in r.good]


@pytest.mark.parametrize(("rule", "ex"), BAD, ids=[f"{r.id}-{i}" for i, (r, _) in enumerate(BAD)])
def test_bad_example_fires(rule, ex: Example) -> None:
    hits = [f for f in _run(ex).findings if f.rule == rule.id]
    assert hits, f"{rule.id} did not fire on: {ex.answer}"
    if ex.covers:
        i = ex.answer.index(ex.covers)
        assert any(f.start <= i and f.end >= i + len(ex.covers) for f in hits), [(f.start, f.end) for f in hits]


@pytest.mark.parametrize(("rule", "ex"), GOOD, ids=[f"{r.id}-{i}" for i, (r, _) in enumerate(GOOD)])
def test_good_example_is_quiet(rule, ex: Example) -> None:
    assert not [f for f in _run(ex).findings if f.rule == rule.id], ex.answer
