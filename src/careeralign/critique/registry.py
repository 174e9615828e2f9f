"""The rule registry: a decorator that records each rule's metadata, docs and examples."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from careeralign.models import DIMENSIONS, SEVERITIES

DOC_SECTIONS = ("What it flags", "Why it matters", "Example", "Instead", "Known false positives")


@dataclass(frozen=True)
class Hit:
    """What a rule reports: offsets into the answer, and why and what to do."""

    start: int
    end: int
    message: str
    suggestion: str
    strong: bool = False


@dataclass(frozen=True)
class Example:
    """A rule example: an answer, optional context, and (for bad ones) words the finding must cover."""

    answer: str
    role: dict[str, Any] = field(default_factory=dict)
    candidate: dict[str, Any] = field(default_factory=dict)
    covers: str = ""


Check = Callable[[Any], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """A registered rule."""

    id: str
    code: str
    severity: str
    dimension: str
    summary: str
    doc: str
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    check: Check

    def sections(self) -> dict[str, str]:
        """The docstring split into its fixed sections."""
        out: dict[str, str] = {}
        current = None
        for line in self.doc.splitlines():
            head = line.strip().rstrip(":")
            if head in DOC_SECTIONS:
                current = head
                out[current] = ""
            elif current:
                out[current] += line.strip() + "\n"
        return {k: v.strip() for k, v in out.items()}

    def to_dict(self) -> dict[str, Any]:
        """The public description of the rule."""
        return {"id": self.id, "code": self.code, "severity": self.severity,
                "dimension": self.dimension, "summary": self.summary}


REGISTRY: dict[str, Rule] = {}


def _ex(items: Iterable[str | Example]) -> tuple[Example, ...]:
    return tuple(i if isinstance(i, Example) else Example(i) for i in items)


def rule(id: str, *, code: str, severity: str, dimension: str, summary: str,
         bad: Iterable[str | Example], good: Iterable[str | Example]) -> Callable[[Check], Check]:
    """Register a rule; refuses duplicate ids or codes and unknown severities or dimensions."""

    def deco(fn: Check) -> Check:
        if id in REGISTRY or any(r.code == code for r in REGISTRY.values()):
            raise RuntimeError(f"duplicate rule {id} / {code}")
        if severity not in SEVERITIES or dimension not in DIMENSIONS:
            raise RuntimeError(f"rule {id}: bad severity or dimension")
        REGISTRY[id] = Rule(id, code, severity, dimension, summary, inspect.cleandoc(fn.__doc__ or ""),
                            _ex(bad), _ex(good), fn)
        return fn

    return deco


def all_rules() -> list[Rule]:
    """Every rule, in code order."""
    from careeralign.critique import rules  # noqa: F401  (registers the rules)

    return sorted(REGISTRY.values(), key=lambda r: r.code)


def find_rule(name: str) -> Rule | None:
    """A rule by id or code (case-insensitive)."""
    key = name.strip().lower()
    for r in all_rules():
        if r.id == key or r.code.lower() == key:
            return r
    return None
