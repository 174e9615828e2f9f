"""Load the word lists in data/lexicon.toml once and match them with offsets."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for name in ("lexicon.toml", "posting_vocabulary.toml"):
        raw = resources.files("careeralign").joinpath("data/" + name).read_bytes()
        out.update(tomllib.loads(raw.decode("utf-8")))
    return out


@lru_cache(maxsize=None)
def pattern(concept: str) -> re.Pattern[str]:
    """One compiled alternation for a concept of the lexicon (longest patterns first).

    The alternation is split by each pattern's possible first character, so a position tries only the
    patterns that can start there; the order inside each branch is the original one, so every match is
    the same as the plain alternation's (tests/unit/test_lexicon.py checks it on every labelled answer).
    """
    table = _tables()[concept]
    pats: list[str] = sorted(table["patterns"], key=len, reverse=True)  # type: ignore[call-overload]
    firsts = [_first_chars(p) for p in pats]
    branches = len(set().union(*(f for f in firsts if f)))
    unknown = sum(1 for f in firsts if f is None)
    if len(pats) < 20 or unknown * branches > len(pats):
        # Small lists gain little, and patterns with no plain first character would be copied into every branch.
        return plain_pattern(concept)
    return re.compile(r"(?<![\w'])(?:" + _dispatch(pats) + r")(?![\w])", re.IGNORECASE)


def plain_pattern(concept: str) -> re.Pattern[str]:
    """The same concept as one plain alternation (the reference `pattern` must match exactly)."""
    pats: list[str] = sorted(_tables()[concept]["patterns"], key=len, reverse=True)  # type: ignore[call-overload]
    return re.compile(r"(?<![\w'])(?:" + "|".join(f"(?:{p})" for p in pats) + r")(?![\w])", re.IGNORECASE)



def concepts() -> list[str]:
    """Names of every concept in the lexicon."""
    return list(_tables())


def description(concept: str) -> str:
    """The documented meaning of a concept."""
    return str(_tables()[concept]["description"])


def norm(text: str) -> str:
    """Lowercase with curly apostrophes straightened; same length as `text`."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lowercase to two; keep offsets exact
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("\u2019", "'").replace("\u2018", "'")


def find(concept: str, text: str) -> list[tuple[int, int]]:
    """Offsets of every match of `concept` in `text` (text should be `norm`ed)."""
    return [(m.start(), m.end()) for m in pattern(concept).finditer(text)]


def has(concept: str, text: str) -> bool:
    """Whether `concept` occurs in `text`."""
    return pattern(concept).search(text) is not None


@lru_cache(maxsize=None)
def wordset(concept: str) -> frozenset[str]:
    """The plain word list of a concept (its `words` key)."""
    words: list[str] = list(_tables()[concept].get("words", []))  # type: ignore[call-overload]
    return frozenset(words)

_FREQ = "tasiowcbphfmdrelngyuvkjqxz0123456789$'"


def _first_chars(alt: str) -> set[str] | None:
    """The characters a match of `alt` can start with, or None when that is not plain from the pattern."""
    if not alt:
        return None
    if alt.startswith("\\d"):
        return None if alt[2:3] in ("?", "*", "{") else set("0123456789")
    c = alt[0]
    if c.isalnum() or c in "$'":
        if len(alt) > 1 and alt[1] in "?*{":
            return None
        return {c.lower()}
    if c == "(" and not alt.startswith("(?"):
        depth = 0
        for i, ch in enumerate(alt):
            if ch == "\\":
                return None
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
        else:
            return None
        inner, rest = alt[1:i], alt[i + 1:]
        if "(" in inner or "[" in inner or rest[:1] in ("*", "{"):
            return None
        optional = rest[:1] == "?"
        if optional:
            after = _first_chars(rest[1:])
            if after is None:
                return None
        out: set[str] = set() if not optional else set(after)  # type: ignore[arg-type]
        for a in inner.split("|"):
            if not a or not (a[0].isalnum() or a[0] in "$'") or (len(a) > 1 and a[1] in "?*{"):
                return None
            out.add(a[0].lower())
        return out
    return None


def _dispatch(pats: list[str]) -> str:
    """One alternation, split by first character so each position tries only the alternatives that can match there.

    Order is kept within each branch (the alternatives that can start with that character, in the original order,
    with the ones whose first character is not plain), so the leftmost-alternative result is the same."""
    firsts = [_first_chars(p) for p in pats]
    # Most frequent word-initial letters first: fewer failed branch checks per position (the branches exclude each other).
    chars = sorted(set().union(*(f for f in firsts if f)), key=lambda c: (_FREQ.find(c) if c in _FREQ else len(_FREQ), c))
    branches = []
    for ch in chars:
        members = [p for p, f in zip(pats, firsts) if f is None or ch in f]
        branches.append(f"(?={re.escape(ch)})(?:" + "|".join(f"(?:{p})" for p in members) + ")")
    rest = [p for p, f in zip(pats, firsts) if f is None]
    if rest:
        branches.append(f"(?![{''.join(re.escape(c) for c in chars)}])(?:" + "|".join(f"(?:{p})" for p in rest) + ")")
    return "|".join(branches)
