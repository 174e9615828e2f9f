"""Frozen value objects that flow between the packages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "careeralign/1"
LEVELS: tuple[str, ...] = ("entry", "mid", "senior", "lead", "executive")
EMPLOYER_KINDS: tuple[str, ...] = ("specialist", "startup", "corporate", "general")
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
DIMENSIONS: tuple[str, ...] = (
    "structure",
    "specificity",
    "role_relevance",
    "employer_orientation",
    "realism",
    "commitment",
    "authenticity",
)
DEFAULT_QUESTION = "How does this position align with your career goals?"

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Role:
    """The position the answer is about; every field optional."""

    title: str | None = None
    level: str | None = None
    employer_kind: str | None = None
    industry: str | None = None
    company: str | None = None
    job_description: str | None = None
    company_notes: str | None = None


@dataclass(frozen=True)
class Candidate:
    """What is known of the candidate."""

    background: str | None = None
    pivot_from: str | None = None


@dataclass(frozen=True)
class CritiqueRequest:
    """One answer to critique, with its optional context."""

    answer: str
    id: str | int | None = None
    question: str = DEFAULT_QUESTION
    role: Role = field(default_factory=Role)
    candidate: Candidate = field(default_factory=Candidate)


@dataclass(frozen=True)
class Finding:
    """One misstep, tied to the exact words of the answer."""

    rule: str
    code: str
    severity: str
    start: int
    end: int
    quote: str
    message: str
    suggestion: str
    dimension: str
    strong: bool = field(default=False, compare=False)  # unambiguous evidence: the learned gate never drops it

    def to_dict(self) -> dict[str, Any]:
        """The `io.md` shape of a finding."""
        return {
            "rule": self.rule,
            "code": self.code,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "message": self.message,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class Inference:
    """A context value the critic inferred, and the words it inferred it from."""

    field: str
    value: str
    evidence: str


@dataclass(frozen=True)
class ScoreExplanation:
    """Why a dimension scored what it did."""

    dimension: str
    score: int
    evidence: tuple[str, ...]
    findings: tuple[str, ...]


@dataclass(frozen=True)
class Critique:
    """The critic's result for one answer."""

    id: str | int | None
    answer: str
    findings: tuple[Finding, ...]
    scores: dict[str, int]
    overall: int
    parts: dict[str, tuple[int, int]]
    inferred: tuple[Inference, ...]
    explanations: tuple[ScoreExplanation, ...]

    def to_dict(self) -> dict[str, Any]:
        """The versioned `io.md` result shape (plus `explain` and `inferred_from`)."""
        out: dict[str, Any] = {"schema": SCHEMA, "id": self.id}
        out["findings"] = [f.to_dict() for f in self.findings]
        out["scores"] = {d: self.scores[d] for d in DIMENSIONS}
        out["overall"] = self.overall
        out["parts"] = {k: [v[0], v[1]] for k, v in self.parts.items()}
        out["inferred"] = {i.field: i.value for i in self.inferred}
        out["inferred_from"] = {i.field: i.evidence for i in self.inferred}
        out["explain"] = {
            e.dimension: {"evidence": list(e.evidence), "findings": list(e.findings)}
            for e in self.explanations
        }
        return out
