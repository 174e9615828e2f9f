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
