"""The hard parts of preparation: goal horizons and kinds, level and kind inference, the overlap, the Venn SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

import careeralign as ca
from careeralign.models import GoalInput, Profile
from careeralign.render.svg import venn_svg
from careeralign.understand.goals import read_goal
from careeralign.understand.level import infer_employer_kind, infer_level

JOB = """Junior Data Analyst - Brightline Logistics

Brightline is a fast-growing logistics company (Series B) moving freight for 400 retailers.

What you'll do
- Build and maintain the weekly demand forecasts in SQL and Python
- Own the carrier-performance dashboards in Tableau

What we offer
- Mentorship from our senior analysts and a learning budget
"""


@pytest.mark.parametrize("text,horizon,kind", [
    ("Within eighteen months I want to own the demand forecasts end to end", "short", "skill"),
    ("In five years, lead documentation strategy across the company", "long", "leadership"),
    ("Over the next three or four years, specialise in cold-chain logistics", "mid", "domain"),
    ("Earn a bigger salary and work from home", "mid", "personal"),
    ("Cut late deliveries for our customers", "short", "impact"),
    ("Become a manager", "long", "leadership"),
    ("Master GD&T and get certified", "short", "skill"),
])
def test_goal_horizon_and_kind(text: str, horizon: str, kind: str) -> None:
    g = read_goal(GoalInput(text))
    assert (g.horizon, g.kind) == (horizon, kind), (g.horizon_why, g.kind_why)
    if g.horizon_quote is not None:
        assert text[g.horizon_quote.start:g.horizon_quote.end] == g.horizon_quote.text


def test_stated_horizon_wins_and_flags() -> None:
    g = read_goal(GoalInput("Become director of engineering", horizon="short"), profile_level="mid")
    assert g.horizon == "short" and "stated" in g.horizon_why
    rules = {r for r, _ in g.flags}
    assert rules == {"conflated-horizons", "titles-over-skills"}
    ok = read_goal(GoalInput("Lead the platform team by coaching engineers and owning the roadmap", horizon="long"), profile_level="senior")
    assert ok.flags == ()


@pytest.mark.parametrize("text,level", [
    ("Senior QA Engineer (m/f/d)\nExperience level:\nSenior\nWe test things.", "senior"),
    ("Software Developer\nExperience level:\nLead\nYou will write code.", "lead"),
    ("Department of Physics invites applications for a position as Assistant Professor in optics.", "mid"),
    ("PhD position in computational linguistics\nYou will do research.", "entry"),
    ("Head Chef\nRun our kitchen of 12.", "lead"),
    ("Assistant Store Manager\nHelp the store manager run the shop.", "mid"),
    ("Sales Assistant\nGreat lead generation skills are a plus.", "entry"),
    ("Care Assistant at Oakview Senior Living\nNo experience required, full training provided.", "entry"),
    ("Chief Financial Officer\nReport to the board.", "executive"),
    ("Warehouse Operative\nNo experience needed: we will train you.", "entry"),
])
def test_level_inference(text: str, level: str) -> None:
    g = infer_level("", text)
    assert g is not None and g.value == level, g
    for a, b in g.spans:
        assert 0 <= a < b <= len(text)


@pytest.mark.parametrize("text,kind", [
    ("We are a 12-person seed-stage startup building payroll tools.", "startup"),
    ("Join a global leader with 40,000 employees in 60 countries.", "corporate"),
    ("Postdoctoral researcher in protein folding; publications in peer-reviewed journals expected.", "specialist"),
    ("We are a friendly bakery looking for a morning baker.", "general"),
])
def test_employer_kind(text: str, kind: str) -> None:
    assert infer_employer_kind(text).value == kind


def _report(goals: list[str]) -> ca.Report:
    prof = Profile(text="\n".join(goals), goals=tuple(GoalInput(g) for g in goals))
    return ca.analyze(JOB, prof)


def test_overlap_pairs_wants_only_and_score() -> None:
    r = _report(["Own the demand forecasts in SQL and Python within a year", "Work remotely most of the week"])
    a = r.alignment
    assert any(p.goal == 0 for p in a.pairs)
    assert [w.goal for w in a.wants_only] == [1]
    assert a.score == sum(p.points for p in a.parts)
    best = max((p for p in a.pairs if p.goal == 0), key=lambda p: p.similarity)
    assert "forecast" in best.offer.text
    assert JOB[best.offer.quote.start:best.offer.quote.end] == best.offer.quote.text


def test_near_term_leadership_in_hands_on_role_is_flagged() -> None:
    r = _report(["Within a year, manage the analytics team"])
    assert "misaligned-ambition" in {f.rule for f in r.alignment.flags}


def test_open_long_term_path_gets_the_uncertainty_advice() -> None:
    prof = Profile(text="x", goals=(GoalInput("Eventually move into climate policy", horizon="long"),), long_term_open=True)
    r = ca.analyze(JOB, prof)
    assert r.alignment.wants_only and "skills" in r.alignment.wants_only[0].handle


def test_venn_is_valid_svg_and_escapes_markup() -> None:
    r = _report(["<b>Own</b> the forecasts & dashboards in SQL", "Work remotely </text><script>x</script>"])
    svg = venn_svg(r)
    root = ET.fromstring(svg)  # well-formed XML: markup in goals cannot break out
    assert root.tag.endswith("svg")
    assert "<script>" not in svg and "&lt;script&gt;" in svg or "&lt;/text&gt;" in svg
    titles = [e.text for e in root.iter() if e.tag.endswith("title")]
    assert any(t and "risk:" in t for t in titles)  # the wants-only evidence is in the hover text


def test_every_matrix_row_has_evidence_or_says_why() -> None:
    r = _report(["Own the demand forecasts in SQL and Python within a year"])
    assert [row.horizon for row in r.matrix] == ["short", "mid", "long"]
    short = r.matrix[0]
    assert short.evidence and not short.inferred
    for row in r.matrix[1:]:
        assert row.inferred  # no mid or long goal given: suggested from the posting, marked so
