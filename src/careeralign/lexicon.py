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
    """One compiled alternation for a concept of the lexicon."""
    table = _tables()[concept]
    pats: list[str] = sorted(table["patterns"], key=len, reverse=True)  # type: ignore[call-overload]
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
