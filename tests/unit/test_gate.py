"""The shipped learned gate matches the code that computes its features, and decides deterministically."""

from __future__ import annotations

import careeralign as ca
from careeralign.critique.features import feature_names
from careeralign.critique.gate import load_gate


def test_gate_matches_feature_code() -> None:
    gate = load_gate()
    assert gate is not None
    assert list(gate.names) == feature_names([r.id for r in ca.rules()]), "retrain: python scripts/train_gate.py"
    assert len(gate.mean) == len(gate.scale) == len(gate.names)
    for rid, g in gate.rules.items():
        assert len(g.weights) == len(gate.names), rid
        assert 0.0 <= g.keep <= 1.0 and 0.0 <= g.add <= 1.01, rid


def test_gate_adds_presence_findings_only_on_words_that_show_them() -> None:
    """A rule about something present (a cliche, an exit plan) is never added without words of it to quote."""
    from careeralign.critique.analysis import Context
    from careeralign.critique.engine import WHOLE, evidence
    from careeralign.models import Candidate, Role
    from careeralign.understand.context import role_context

    text = "In my first year I want to own the weekly forecasts in SQL. I've built Excel models for two years."
    ctx = Context(text, role_context(Role()), Candidate(), "")
    found = {f.rule for f in ca.critique(text).findings}
    for r in ca.rules():
        if r.id not in WHOLE and r.id != "vague":
            if evidence(ctx, r.id) is None:
                assert r.id not in found, r.id


def test_gate_is_deterministic() -> None:
    text = "I'd like a year or two here, then I plan to start my own consultancy. The salary is great too."
    a = [f.to_dict() for f in ca.critique(text).findings]
    b = [f.to_dict() for f in ca.critique(text).findings]
    assert a == b and {"retention-risk", "self-centered"} <= {f["rule"] for f in a}
