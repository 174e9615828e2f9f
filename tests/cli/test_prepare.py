"""Preparation from the user's side: analyze, dissect, batch dissect, init-profile, and bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

from tests.conftest import run_cli

JOB = """Technical Writer, Developer Platform - Northwind Cloud

Northwind Cloud is an established software company with 4,000 employees in 20 countries.

What you'll do
- Write and maintain API documentation and developer guides for our REST and GraphQL APIs
- Define documentation standards and templates for the platform teams
- Work with engineers in agile sprints and review pull requests for docs

What you bring
- 3+ years of experience writing technical documentation for developers
- Experience with OpenAPI and Git

What we offer
- Mentorship from our principal writers and a yearly learning budget
- A clear career path to senior and lead technical writer, and into documentation leadership
"""
PROFILE = """current_role: Technical Writer
level: mid
years: 4
background: "Four years writing API documentation for a payments company."
skills: [API documentation, OpenAPI, docs-as-code]
goals:
  - text: Set API documentation standards for a developer platform
    horizon: short
  - text: Own the documentation strategy across product teams
    horizon: mid
  - text: Lead content strategy as director, by building a team that writes docs as code
    horizon: long
"""
NOTES = "We are expanding into Asia next year and launching a new developer portal.\n"
ANSWER = ("In the short term I want to set API documentation standards for your platform teams, building on my OpenAPI work. "
          "This role is the bridge: it lets me turn my reference work into standards across teams. "
          "Long term I see myself leading content strategy, growing with Northwind as it expands into Asia.\n")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in (("job.txt", JOB), ("profile.yaml", PROFILE), ("notes.txt", NOTES), ("answer.txt", ANSWER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        out[name.split(".")[0]] = tmp_path / name
    return out


def quotes(obj: Any) -> Iterator[dict]:
    """Every {source, start, end, text} evidence object in a report."""
    if isinstance(obj, dict):
        if {"source", "start", "end", "text"} <= set(obj):
            yield obj
        for v in obj.values():
            yield from quotes(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from quotes(v)


def test_analyze_json_every_quote_is_exact(files: dict[str, Path]) -> None:
    r = run_cli("analyze", "--job", str(files["job"]), "--profile", str(files["profile"]), "--notes", str(files["notes"]),
                "--answer", str(files["answer"]), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    d = json.loads(r.stdout)
    assert {"job", "profile", "goals", "alignment", "matrix", "critique"} <= set(d)
    assert d["job"]["level"] == "mid" and d["job"]["employer_kind"] == "corporate"
    assert [g["horizon"] for g in d["goals"]] == ["short", "mid", "long"]
    assert d["goals_inferred"] is False
    assert 0 <= d["alignment"]["score"] <= 100
    assert sum(p["points"] for p in d["alignment"]["parts"]) == d["alignment"]["score"]
    assert [row["horizon"] for row in d["matrix"]] == ["short", "mid", "long"]
    assert all(row["evidence"] for row in d["matrix"])
    sources = {"job": JOB, "profile": PROFILE, "notes": NOTES}
    found = list(quotes(d))
    assert len(found) > 10
    for q in found:
        if q["source"] in sources:
            assert sources[q["source"]][q["start"]:q["end"]] == q["text"], q
        else:
            assert q["source"] == "inferred"
    for f in d["critique"]["findings"]:
        assert ANSWER[f["start"]:f["end"]] == f["quote"]
    # The critique used the dissected posting: its inferences are not re-guessed.
    assert d["critique"]["inferred"] == {} or "level" not in d["critique"]["inferred"]


def test_analyze_markdown_and_html_carry_the_venn_and_matrix(files: dict[str, Path], tmp_path: Path) -> None:
    r = run_cli("analyze", "--job", str(files["job"]), "--profile", str(files["profile"]), "--format", "markdown")
    assert r.returncode == 0
    md = r.stdout.decode()
    assert "<svg" in md and "What you want" in md and "| horizon | focus |" in md
    out = tmp_path / "report.html"
    r = run_cli("analyze", "--job", str(files["job"]), "--profile", str(files["profile"]), "--format", "html", "-o", str(out))
    assert r.returncode == 0 and r.stdout == b""
    html = out.read_text()
    assert html.startswith("<!doctype html>") and "<svg" in html and "<script" not in html
    r = run_cli("analyze", "--job", str(files["job"]), "--profile", str(files["profile"]))
    assert r.returncode == 0 and "Goal matrix" in r.stdout.decode()


def test_background_only_profile_infers_goals_and_says_so(files: dict[str, Path], tmp_path: Path) -> None:
    bg = tmp_path / "bg.txt"
    bg.write_text("I'm a technical writer with four years of experience documenting payment APIs with OpenAPI and Git.\n")
    r = run_cli("analyze", "--job", str(files["job"]), "--profile", str(bg), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    d = json.loads(r.stdout)
    assert d["goals_inferred"] is True
    assert {g["horizon"] for g in d["goals"]} == {"short", "mid", "long"}
    assert all(g["inferred"] and g["sources"] for g in d["goals"])
    r = run_cli("analyze", "--job", str(files["job"]), "--profile", str(bg))
    assert "inferred" in r.stdout.decode()


def test_markup_in_inputs_comes_back_escaped(files: dict[str, Path], tmp_path: Path) -> None:
    evil = tmp_path / "evil.yaml"
    evil.write_text(PROFILE.replace("Own the documentation strategy", "<script>alert(1)</script> Own the documentation strategy"))
    r = run_cli("analyze", "--job", str(files["job"]), "--profile", str(evil), "--format", "html")
    assert r.returncode == 0
    assert "<script>" not in r.stdout.decode() and "&lt;script&gt;" in r.stdout.decode()


def test_dissect_text_and_json(files: dict[str, Path]) -> None:
    r = run_cli("dissect", "--job", str(files["job"]), "--format", "json")
    assert r.returncode == 0
    d = json.loads(r.stdout)
    assert d["level"] == "mid" and d["employer_kind"] == "corporate"
    assert {o["category"] for o in d["offers"]} >= {"mentorship", "promotion"}
    for s in d["skills"]:
        assert JOB[s["start"]:s["end"]] == s["text"] and s["kind"] in ("skill", "knowledge")
    assert "level" in d["evidence"] and d["evidence"]["level"]["quotes"]
    r = run_cli("dissect", "--job", str(files["job"]))
    assert r.returncode == 0 and "What the company offers" in r.stdout.decode()


def test_batch_dissect_contract(tmp_path: Path) -> None:
    crlf = "Senior Nurse\r\nYou will lead a ward team of 12.\r\nWe offer mentorship and training.\r\n"
    lines = [
        json.dumps({"id": "a", "job_description": JOB}),
        "not json",
        json.dumps({"id": 7, "job_description": crlf}),
        json.dumps({"id": "empty", "job_description": "   "}),
        json.dumps({"id": "x", "job_description": JOB, "title": "extra"}),
        json.dumps({"id": "recipe", "job_description": "Preheat the oven to 180C. Whisk two eggs with sugar, fold in flour and bake for 25 minutes."}),
    ]
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    r = run_cli("batch", "dissect", str(inp), "-o", str(out))
    assert r.returncode == 0
    res = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(res) == len(lines)
    assert res[0]["id"] == "a" and res[0]["level"] in ("entry", "mid", "senior", "lead", "executive")
    assert res[0]["employer_kind"] in ("specialist", "startup", "corporate", "general")
    for s in res[0]["skills"]:
        assert JOB[s["start"]:s["end"]] == s["text"]
    assert "error" in res[1] and res[1]["id"] is None
    assert res[2]["id"] == 7 and res[2]["level"] == "senior"
    for s in res[2]["skills"]:
        assert crlf[s["start"]:s["end"]] == s["text"]
    assert "empty" in res[3]["error"] and res[3]["id"] == "empty"
    assert "title" in res[4]["error"]
    assert "posting" in res[5]["error"]
    assert not (tmp_path / "out.jsonl.part").exists()


def test_init_profile_round_trip(tmp_path: Path, files: dict[str, Path]) -> None:
    p = tmp_path / "me.yaml"
    r = run_cli("init-profile", str(p))
    assert r.returncode == 0 and p.exists()
    assert run_cli("init-profile", str(p)).returncode == 4
    r = run_cli("analyze", "--job", str(files["job"]), "--profile", str(p), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", "  \n", "empty"),
    ("recipe.txt", "Banana bread\n\nMash three ripe bananas. Stir in melted butter, sugar and one egg. Fold in the flour and bake at 175C for an hour.\n", "posting"),
    ("bad.json", '{"@context": "https://schema.org", "@type": "JobPosting", "title": ', "json"),
])
def test_bad_postings_get_one_line(tmp_path: Path, name: str, content: str, message: str) -> None:
    f = tmp_path / name
    f.write_text(content)
    r = run_cli("dissect", "--job", str(f))
    assert r.returncode == 4
    msg = r.stderr.decode().strip()
    assert len(msg.splitlines()) == 1 and "Traceback" not in msg
    assert message in msg.lower() and name in msg


@pytest.mark.parametrize("content,message", [
    ("goal: [be better]\n", "goal"),
    ("years: many\n", "years"),
    ("goals:\n  - text: x\n    horizon: someday\n", "horizon"),
])
def test_bad_profiles_get_one_line(tmp_path: Path, files: dict[str, Path], content: str, message: str) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(content)
    r = run_cli("analyze", "--job", str(files["job"]), "--profile", str(f))
    assert r.returncode == 4
    msg = r.stderr.decode().strip()
    assert len(msg.splitlines()) == 1 and "Traceback" not in msg and message in msg and "p.yaml" in msg


def test_folded_yaml_goal_is_quoted_as_written(files: dict[str, Path], tmp_path: Path) -> None:
    text = "goals:\n  - text: >-\n      Within two years, own the demand\n      forecasts end to end\n  - Eventually lead a small analytics team\n"
    p = tmp_path / "folded.yaml"
    p.write_text(text)
    r = run_cli("analyze", "--job", str(files["job"]), "--profile", str(p), "--format", "json")
    d = json.loads(r.stdout)
    assert d["goals"][0]["text"] == "Within two years, own the demand forecasts end to end"
    for g in d["goals"]:
        q = g["quote"]
        assert text[q["start"]:q["end"]] == q["text"]
        hq = g["horizon_quote"]
        assert hq is None or text[hq["start"]:hq["end"]] == hq["text"]
    assert d["goals"][0]["horizon"] == "short" and d["goals"][1]["horizon"] == "long"
