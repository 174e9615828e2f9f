"""Time horizons: parse 'within eighteen months' or 'in five years' into short, mid or long."""

from __future__ import annotations

import re

_YEARS = re.compile(
    r"\b(?:in|within|over|next|after|for the next|around|about|by|the next|the first|first)\s+(?:the\s+)?(?:next\s+|first\s+|coming\s+)?"
    r"(?:(?:about|around|approximately|roughly|maybe|perhaps|just|only|another|a further)\s+)?"
    r"(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|fifteen|twenty|thirty|a couple of|a few|couple of|few|\d+)"
    r"(?:\s*(?:-|to|or)\s*(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|\d+))?\s+(years?|months?|weeks?|days)\b"
)
_NUMWORD = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "thirty": 30, "fifteen": 15, "twenty": 20, "a couple of": 2, "couple of": 2, "a few": 4, "few": 4}


def years_horizon(low: str) -> set[str]:
    """The horizons that stated durations in a lowercase text point at."""
    out = set()
    for m in _YEARS.finditer(low):
        n1 = _NUMWORD.get(m.group(1), None) if not m.group(1).isdigit() else int(m.group(1))
        n2 = m.group(2)
        n = int(n2) if n2 and n2.isdigit() else _NUMWORD.get(n2 or "", n1 or 0)
        n = max(n or 0, n1 or 0)
        unit = m.group(3)
        if unit.startswith(("month", "week", "day")) or n <= 3:
            out.add("short")
        elif n <= 4:
            out.add("mid")
        else:
            out.add("long")
    return out


def year_spans(low: str) -> list[tuple[int, int, str]]:
    """Each stated duration with its offsets and the horizon it points at."""
    out = []
    for m in _YEARS.finditer(low):
        hz = years_horizon(m.group(0))
        if hz:
            out.append((m.start(), m.end(), min(hz, key=("short", "mid", "long").index)))
    return out
