"""Sentence and word segmentation that keep character offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = {
    "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "inc", "ltd", "co",
    "vs", "approx", "dept", "st", "no", "u.s", "u.k", "ph.d", "m.sc", "b.sc", "a.m", "p.m",
}
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&+#./'\u2019-]*[A-Za-z0-9+#]|[A-Za-z0-9]")
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+)|\n\s*\n|\n(?=\s*[-*\u2022\d])")


@dataclass(frozen=True)
class Span:
    """A piece of text with its half-open offsets into the original string."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Token:
    """A word with offsets and its lowercase form."""

    start: int
    end: int
    text: str
    lower: str


def words(text: str) -> list[Token]:
    """Split text into word tokens with offsets."""
    out = []
    for m in _WORD.finditer(text):
        t = m.group(0).rstrip(".")
        if not t:
            continue
        out.append(Token(m.start(), m.start() + len(t), t, t.lower().replace("\u2019", "'")))
    return out


def word_count(text: str) -> int:
    """Words as a person counts them (whitespace-separated)."""
    return len(text.split())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> list[Span]:
    """Split text into sentences; offsets index `text` exactly as given."""
    out: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        chunk = text[start:end]
        if m.group(0).startswith("."):
            tail = re.search(r"([A-Za-z.]+)\.+$", chunk.rstrip("\"'\u201d\u2019)"))
            if tail and tail.group(1).lower().rstrip(".") in _ABBREV:
                continue
            nxt = text[m.end():m.end() + 3].lstrip()
            if nxt[:1].islower():
                continue
        s, e = _trim(text, start, end)
        if e > s:
            out.append(Span(s, e, text[s:e]))
        start = end
    s, e = _trim(text, start, len(text))
    if e > s:
        out.append(Span(s, e, text[s:e]))
    return out


def clauses(sentence: Span) -> list[Span]:
    """Split a sentence at strong clause boundaries (; : -- and ', but')."""
    out: list[Span] = []
    start = 0
    t = sentence.text
    for m in re.finditer(r";|:\s|\s[-\u2013\u2014]{1,2}\s|,\s+(?=(?:but|and then|then|so|while|although|though|because|which)\b)", t):
        s, e = _trim(t, start, m.start())
        if e > s:
            out.append(Span(sentence.start + s, sentence.start + e, t[s:e]))
        start = m.end()
    s, e = _trim(t, start, len(t))
    if e > s:
        out.append(Span(sentence.start + s, sentence.start + e, t[s:e]))
    return out or [sentence]
