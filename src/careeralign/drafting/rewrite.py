"""Repair a candidate's answer: a minimal edit that fixes its findings and keeps their words, and a diff view."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from careeralign.lexicon import norm
from careeralign.models import Critique, Draft, DraftSentence, Finding
from careeralign.text import sentences

# Stock phrases and a plain replacement (empty: drop the phrase).
_PLAIN = [
    (r"\b(i'?m|i am) (so |very |really |truly )?passionate about\b", "I care about"),
    (r"\bmy passion (for|is)\b", "my interest \\1"),
    (r"\b(a |an )?(real |true |great |good )?team player\b", "someone who works well with others"),
    (r"\bhit the ground running\b", "be useful quickly"),
    (r"\b(take|taking|bring|bringing) (it|things|my career|myself|my skills|the team|this|the company|your company) to the next level\b", "\\1 \\2 further"),
    (r"\bnext level\b", "a higher standard"),
    (r"\b(grow and learn|learn and grow)\b", "learn"),
    (r"\bwear(ing)? many hats\b", "cover several kinds of work"),
    (r"\bgive (it )?(110|120) ?(%|percent)\b", "work hard"),
    (r"\b(self[- ]starter|go-getter|hard[- ]worker)\b", "someone who takes initiative"),
    (r"\b(results|detail)[- ](driven|oriented)\b", "careful"),
    (r"\bthink(ing)? outside the box\b", "find new approaches"),
    (r"\bdream (job|company|role)\b", "the right \\1"),
]
# Findings whose sentence is replaced, and the part of the answer the replacement comes from.
_REPLACE = {"retention-risk": "long_term", "self-centered": "bridge", "unrealistic-for-level": "long_term",
            "misaligned-ambition": "long_term", "titles-over-skills": "long_term", "conflated-horizons": "long_term",
            "vague": "short_term"}
# Missing parts, and where the composed sentence goes.
_ADD = {"missing-short-term": "short_term", "missing-bridge": "bridge", "missing-long-term": "long_term",
        "generic-company": "short_term"}


@dataclass(frozen=True)
class Rewrite:
    """The minimal edit, the full rewrite, and what changed."""

    original: str
    minimal: str
    minimal_changes: tuple[str, ...]
    full: Draft | None
    diff: str
    minimal_critique: Critique | None = None

    def to_dict(self) -> dict[str, object]:
        return {"original": self.original,
                "minimal": {"text": self.minimal, "changes": list(self.minimal_changes), "diff": self.diff,
                            "critique": self.minimal_critique.to_dict() if self.minimal_critique else None},
                "full": self.full.to_dict() if self.full else None}


def _pick_sentence(draft: Draft | None, part: str, used: set[str]) -> DraftSentence | None:
    if draft is None:
        return None
    for s in draft.sentences:
        if s.part == part and s.text not in used:
            return s
    return None


def minimal_edit(answer: str, critique: Critique, draft: Draft | None) -> tuple[str, tuple[str, ...]]:
    """Fix the findings with the smallest changes: plain words for stock phrases, a composed sentence for a
    risky or unrealistic one, a composed sentence added where a part is missing. Everything else is kept."""
    spans = [(s.start, s.end) for s in sentences(answer)]
    texts = [answer[a:b] for a, b in spans]
    changes: list[str] = []
    used: set[str] = set()
    replaced: set[int] = set()

    def index_of(f: Finding) -> int | None:
        for i, (a, b) in enumerate(spans):
            if a <= f.start < b or (f.start <= a and f.end >= b):
                return i
        return None

    for f in critique.findings:
        if f.rule in _REPLACE:
            i = index_of(f)
            if i is None or i in replaced or (f.end - f.start) > 0.8 * len(answer) and len(spans) > 1:
                continue
            new = _pick_sentence(draft, _REPLACE[f.rule], used)
            if new is None:
                changes.append(f"{f.rule}: removed \u201c{answer[spans[i][0]:spans[i][1]]}\u201d")
                texts[i] = ""
            else:
                used.add(new.text)
                changes.append(f"{f.rule}: replaced \u201c{answer[spans[i][0]:spans[i][1]]}\u201d with \u201c{new.text}\u201d")
                texts[i] = new.text
            replaced.add(i)
    for i, t in enumerate(texts):
        if i in replaced or not t:
            continue
        new_t = t
        for pat, rep in _PLAIN:
            new_t = re.sub(pat, rep, new_t, flags=re.I)
        if new_t != t:
            changes.append(f"cliche: \u201c{t}\u201d \u2192 \u201c{new_t}\u201d")
            texts[i] = new_t
    rules = {f.rule for f in critique.findings}
    inserts: dict[str, list[str]] = {"short_term": [], "bridge": [], "long_term": []}
    for rule, part in _ADD.items():
        if rule in rules:
            new = _pick_sentence(draft, part, used)
            if new is not None:
                used.add(new.text)
                inserts[part].append(new.text)
                changes.append(f"{rule}: added \u201c{new.text}\u201d")
    out = [t for t in texts if t.strip()]
    out = out[:1] + inserts["short_term"] + out[1:]  # near-term work right after the opening sentence
    cut = max(1, len(out) - 1)
    out = out[:cut] + inserts["bridge"] + out[cut:]  # the bridge before the last sentence
    out += inserts["long_term"]
    text = " ".join(x.strip() for x in out if x.strip())
    return text, tuple(changes)


def unified(a: str, b: str, from_name: str = "your answer", to_name: str = "minimal edit") -> str:
    """A sentence-per-line unified diff of two answers."""
    la = [answer[s.start:s.end] for answer in (a,) for s in sentences(answer)]
    lb = [answer[s.start:s.end] for answer in (b,) for s in sentences(answer)]
    return "\n".join(difflib.unified_diff(la, lb, fromfile=from_name, tofile=to_name, lineterm=""))


def same_facts(text: str, sources: str) -> list[str]:
    """Numbers and capitalised names in `text` that appear nowhere in `sources` (a check on added facts)."""
    src = norm(sources)
    out = []
    for m in re.finditer(r"\b\d[\d,.%]*\b|(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+(?:\s[A-Z][a-zA-Z]+)*", text):
        tok = m.group(0).strip()
        if tok and norm(tok) not in src and tok not in ("I", "I'd", "I'm", "I've", "I'll"):
            out.append(tok)
    return out
