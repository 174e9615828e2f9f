"""Random text never crashes the critic, and every finding still quotes the answer exactly."""

from __future__ import annotations

import json
import random
import string

import careeralign as ca

ALPHABET = string.printable + "\u00e9\u00fc\u0130\u2019\u201c\u201d\U0001F600\u2014\u2013\u00a0\u200b\r"
WORDS = ("I want to lead the team in five years CEO salary stepping stone passionate my own company junior senior "
         "then eventually , . ! ? ; : - \n").split(" ")


def test_random_answers() -> None:
    rng = random.Random(7)
    for i in range(400):
        if i % 2:
            text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 400)))
        else:
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 120)))
        role = rng.choice([None, {"title": "Junior Analyst"}, {"job_description": text[:200]},
                           {"level": "entry", "employer_kind": "startup", "company": "Acme"}])
        c = ca.critique(text, role=role)
        for f in c.findings:
            assert f.quote == text[f.start:f.end] and 0 <= f.start <= f.end <= len(text)
        d = c.to_dict()
        assert all(isinstance(v, int) and 0 <= v <= 100 for v in d["scores"].values())
        json.dumps(d)


POSTING_WORDS = ("Senior Junior Lead Manager Engineer Nurse we are a startup 40-person team Series A global leader 10,000 "
                 "employees PhD research Responsibilities: Requirements What we offer mentorship training career path "
                 "Python SQL Kubernetes you will build design manage experience years 5+ 2-3 Company size: 1k\u20135k "
                 "Experience level: Mid-Level Senior <ORGANIZATION> - | ( ) , . \n \n\n - \u2022").split(" ")


def _quotes(obj: object) -> list[dict]:
    if isinstance(obj, dict):
        own = [obj] if {"source", "start", "end", "text"} <= set(obj) else []
        return own + [q for v in obj.values() for q in _quotes(v)]
    if isinstance(obj, list):
        return [q for v in obj for q in _quotes(v)]
    return []


def test_random_postings_and_profiles() -> None:
    rng = random.Random(11)
    checked = 0
    for i in range(150):
        if i % 3 == 0:
            text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 600)))
        else:
            text = " ".join(rng.choice(POSTING_WORDS) for _ in range(rng.randint(0, 300)))
        goals = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 15))) for _ in range(rng.randint(0, 4))]
        prof = ca.Profile(text="\n".join(goals), goals=tuple(ca.models.GoalInput(g) for g in goals if g.strip()))
        try:
            r = ca.analyze(text, prof, notes=text[:100], answer=text[:300] or None)
        except ca.InputError:
            continue  # empty or not a posting: refused with a message, never a crash
        checked += 1
        d = r.to_dict()
        json.dumps(d)
        sources = {"job": text, "notes": text[:100], "profile": prof.text}
        for q in _quotes(d):
            if q["source"] in sources:
                assert sources[q["source"]][q["start"]:q["end"]] == q["text"], q
        assert 0 <= d["alignment"]["score"] <= 100
    assert checked > 30
