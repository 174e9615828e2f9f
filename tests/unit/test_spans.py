"""Skill/knowledge span extraction: exact offsets on messy text, determinism, obvious cases, a dev-split F1 floor."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest

from careeralign.models import SkillSpan
from careeralign.understand import spans
from careeralign.understand.spans import canonical, extract_spans, tokenize

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "skillspan"

MESSY = [
    "",
    "   \n\t  ",
    "Requirements:\n\u2022 Experience with Python and Kubernetes\n\u2022 Strong communication skills",
    "Erfahrung mit Python \u2013 Kenntnisse in SQL \u2022 Docker\u00a0und Kubernetes \U0001F680 na\u00efve caf\u00e9 \u00dfo \u0130stanbul",
    "Experience with C&amp;C++ &nbsp; and <b>Java</b>, &lt;Go&gt; &#39;Rust&#39; &quot;AWS&quot;",
    "- Knowledge of SQL, Excel, Tableau.\r\n- Ability to work independently;\r\n* (Nice to have) Docker/Kubernetes!",
    "\u201cTeam player\u201d \u2014 (m/f/d) \u2026 e.g. React, etc.) [TypeScript] {Node.js} 5+ yrs",
    "\ufeff\u200bZero\u200bwidth and \u0301combining marks\u0301 and \u00ad soft hyphens",
    "a" * 5000,
    ",,,,;;;;....!!!!",
]


def check(text: str, out: tuple[SkillSpan, ...]) -> None:
    assert list(out) == sorted(out, key=lambda s: (s.start, s.end, s.kind))
    prev_end = -1
    for s in out:
        assert isinstance(s, SkillSpan)
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.kind in ("skill", "knowledge")
        assert s.canonical == canonical(s.text)
        assert s.start >= prev_end  # no two spans overlap
        prev_end = s.end


@pytest.mark.parametrize("text", MESSY)
def test_offsets_index_the_text_exactly(text: str) -> None:
    check(text, extract_spans(text))


def test_tokens_index_the_text_and_split_edge_punctuation() -> None:
    text = "Skills: (Python, SQL) e.g. Node.js; C++ & C#\u2026 \u201cAgile\u201d"
    toks = [text[a:b] for a, b in tokenize(text)]
    assert toks == ["Skills", ":", "(", "Python", ",", "SQL", ")", "e.g.", "Node.js", ";", "C++", "&", "C#",
                    "\u2026", "\u201c", "Agile", "\u201d"]
    assert all(a < b for a, b in tokenize(text))
    assert tokenize("") == []


def test_very_long_line_is_fast_and_exact() -> None:
    line = " ".join(["Experience with Python and Kubernetes, strong communication skills;"] * 1500)  # ~12k words
    t0 = time.perf_counter()
    out = extract_spans(line)
    assert time.perf_counter() - t0 < 10
    check(line, out)
    assert len(out) > 100


def test_deterministic() -> None:
    text = MESSY[2] + "\n" + MESSY[5]
    first = extract_spans(text)
    assert first == extract_spans(text)
    assert first == spans.load().extract(text)  # a fresh load gives the same spans


def test_obvious_cases() -> None:
    out = extract_spans("Experience with Python and Kubernetes")
    assert ("Python", "knowledge") in {(s.text, s.kind) for s in out}
    assert ("Kubernetes", "knowledge") in {(s.text, s.kind) for s in out}
    out = extract_spans("Requirements:\n- Proficiency in SQL and Tableau\n- Excellent communication skills")
    found = {(s.text, s.kind) for s in out}
    assert ("SQL", "knowledge") in found and ("Tableau", "knowledge") in found
    assert any(s.kind == "skill" and "communication" in s.text for s in out)


def test_commas_split_spans() -> None:
    text = "Knowledge of Python, Java, Docker, Kubernetes and AWS"
    out = extract_spans(text)
    check(text, out)
    assert all("," not in s.text for s in out)


def test_canonical() -> None:
    assert canonical("  Data   pipelines, ") == "data pipeline"
    assert canonical("modern technologies.") == "modern technology"
    assert canonical("Kubernetes") == "kubernetes"
    assert canonical("analytics") == "analytics"
    assert canonical("Problem-solving skills") == "problem-solving skill"
    assert canonical("Node.js") == "node.js"
    assert canonical("business") == "business"


def _bench():
    spec = importlib.util.spec_from_file_location("skillspan_bench", ROOT / "bench" / "skillspan.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["skillspan_bench"] = mod
    spec.loader.exec_module(mod)
    return mod


# The shipped model was trained on train + dev, so this guards against regressions (tokenizer, features, model
# file), not generalisation: held-out figures are in docs/spans.md. Measured: see FLOOR's comment.
FLOOR = 0.90  # strict F1 (both kinds) on the first 12 dev postings measured 0.976 with the shipped model


@pytest.mark.skipif(not (DATA / "dev.json").is_file(), reason="SkillSpan data (../shared/data/skillspan) absent")
def test_dev_subset_strict_f1_floor() -> None:
    bench = _bench()
    posts = bench.load("dev", DATA)[:12]
    for _, text, gold in posts:
        for a, b, _ in gold:
            assert text[a:b] == text[a:b].strip() and text[a:b]
    scores, _ = bench.evaluate(posts, lambda t: [(s.start, s.end, s.kind) for s in extract_spans(t)])
    assert scores["strict-both"]["f1"] >= FLOOR, scores["strict-both"]
    assert scores["loose-both"]["f1"] >= scores["strict-both"]["f1"]
