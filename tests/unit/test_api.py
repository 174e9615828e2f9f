"""The public API: result shape, offsets, determinism, bad input."""

from __future__ import annotations

import json

import pytest

import careeralign as ca
from careeralign.render.json import dumps
from tests.conftest import labelled, request_of

STRONG = (
    "In my first year I want to own the weekly demand forecasts in SQL and Python and get the carrier dashboards in "
    "Tableau to where operations trusts them every Monday. I've spent two years building Excel forecasts for a "
    "regional retailer, where I cut forecast error by 12%, so moving that work into SQL here is exactly the step I "
    "need. It would also let me learn how freight actually moves, which I can't see from the retail side. Over the "
    "next three or four years I'd like to help build the data foundations for your cold-chain service and become "
    "the analyst the planning team relies on for it. Long term, I see myself leading forecasting for a network "
    "like yours: setting the methods, mentoring newer analysts and helping us cut late deliveries and empty miles "
    "as Brightline grows."
)
ROLE = {"title": "Junior Data Analyst", "company": "Brightline",
        "job_description": "Junior Data Analyst. Build weekly demand forecasts in SQL and Python, own carrier "
                           "dashboards in Tableau, cut late deliveries and empty miles, help set up data "
                           "foundations for our new cold-chain service. Mentorship from senior analysts. "
                           "Series B startup, comfort with ambiguity."}


def test_result_has_io_shape() -> None:
    d = ca.critique({"id": "x1", "answer": "My goal is to become a CEO one day."}).to_dict()
    assert d["schema"] == "careeralign/1" and d["id"] == "x1"
    assert set(d["scores"]) == set(ca.DIMENSIONS)
    assert all(isinstance(v, int) and 0 <= v <= 100 for v in d["scores"].values())
    assert isinstance(d["overall"], int)
    for f in d["findings"]:
        assert set(f) >= {"rule", "code", "severity", "start", "end", "quote", "message", "suggestion"}


def test_strong_answer_scores_high_and_thin_low() -> None:
    strong = ca.critique(STRONG, role=ROLE)
    thin = ca.critique("I just need a stable job right now.", role=ROLE)
    assert not [f for f in strong.findings if f.severity in ("error", "warning")], strong.findings
    assert strong.overall >= 75
    assert thin.overall <= 30
    assert {"short_term", "bridge", "long_term"} <= set(strong.parts)
    rules = {f.rule for f in thin.findings}
    assert {"self-centered", "missing-bridge", "missing-long-term", "length"} <= rules


def test_empty_and_whitespace_answers_are_valid_results() -> None:
    for text in ("", "   \n\t "):
        c = ca.critique(text)
        assert [f.rule for f in c.findings] == ["length"]
        assert c.overall == 0 and all(v == 0 for v in c.scores.values())
        f = c.findings[0]
        assert f.quote == text[f.start:f.end]


@pytest.mark.parametrize("bad,needle", [
    ({"answer": "x", "colour": 1}, "unknown field 'colour'"),
    ({"answer": "x", "role": {"level": "junior"}}, "role.level"),
    ({"answer": "x", "role": {"employer_kind": "bank"}}, "role.employer_kind"),
    ({"question": "q"}, "missing required field 'answer'"),
    ({"answer": 3}, "answer"),
    (["answer"], "not list"),
])
def test_bad_requests_name_the_problem(bad, needle) -> None:
    with pytest.raises(ca.InputError) as e:
        ca.critique(bad)
    assert needle in str(e.value)
    assert "\n" not in str(e.value)


def test_size_limit() -> None:
    with pytest.raises(ca.InputError, match="max_bytes"):
        ca.critique("word " * 100, config=ca.Config(max_bytes=100))


def test_context_is_inferred_and_reported() -> None:
    c = ca.critique("I want to learn forecasting.", role=ROLE).to_dict()
    assert c["inferred"] == {"level": "entry", "employer_kind": "startup"}
    assert "junior" in c["inferred_from"]["level"].lower()


def test_deterministic_bytes() -> None:
    a = dumps(ca.critique(STRONG, role=ROLE).to_dict())
    b = dumps(ca.critique(STRONG, role=ROLE).to_dict())
    assert a == b


def test_offsets_index_the_answer_exactly_on_all_labelled_data() -> None:
    items = labelled("dev") + labelled("validation")
    items += [{"answer": "Caf\u00e9 \u0130stanbul \U0001F600 team player.\r\n\r\nI\u2019d love to run the company someday."}]
    for it in items:
        c = ca.critique(request_of(it))
        for f in c.findings:
            assert isinstance(f.start, int) and isinstance(f.end, int)
            assert f.quote == it["answer"][f.start:f.end]
        for s, e in c.parts.values():
            assert 0 <= s <= e <= len(it["answer"])


def test_config_select_and_ignore() -> None:
    text = "I'm a team player. My goal is to become a CEO one day."
    only = ca.critique(text, config=ca.Config(select=("CA2",)))
    assert {f.code[:3] for f in only.findings} == {"CA2"}
    none = ca.critique(text, config=ca.Config(ignore=("cliche", "CA1")))
    assert not [f for f in none.findings if f.rule == "cliche" or f.code.startswith("CA1")]


def test_snapshot_of_result_schema() -> None:
    d = ca.critique({"id": "snap", "answer": STRONG, "role": ROLE}).to_dict()
    assert list(d) == ["schema", "id", "findings", "scores", "overall", "parts", "inferred", "inferred_from", "explain"]
    assert list(d["scores"]) == list(ca.DIMENSIONS)
    assert json.loads(dumps(d)) == d
