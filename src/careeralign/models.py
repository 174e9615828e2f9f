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


# --- preparation: postings, profiles, goals, the overlap (issue 3) -------------------------

GOAL_HORIZONS: tuple[str, ...] = ("short", "mid", "long")
GOAL_KINDS: tuple[str, ...] = ("skill", "leadership", "domain", "impact", "personal")
SPAN_KINDS: tuple[str, ...] = ("skill", "knowledge")


@dataclass(frozen=True)
class Quote:
    """Evidence: the exact words of one input, with half-open offsets into it."""

    source: str  # "job", "profile", "notes" or "answer"
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Job:
    """A posting read from a file: `text` is the plain text every offset indexes."""

    text: str
    title: str = ""
    company: str = ""
    format: str = "text"  # text | markdown | html | jsonld
    fields: tuple[tuple[str, str], ...] = ()  # structured fields a JSON-LD posting gave (name, value)


@dataclass(frozen=True)
class SkillSpan:
    """A required skill or knowledge item in the posting, with offsets into the posting text."""

    text: str
    start: int
    end: int
    kind: str  # "skill" (hard and soft skills) | "knowledge" (tools, technologies, domains, certifications)
    canonical: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
                "canonical": self.canonical}


@dataclass(frozen=True)
class GoalInput:
    """A goal as the candidate wrote it, before it is read."""

    text: str
    horizon: str | None = None  # short | mid | long, when the profile states it
    start: int = 0  # offsets of `text` in Profile.text (the profile file as read)
    end: int = 0


@dataclass(frozen=True)
class EvidenceItem:
    """Something the candidate has done: a project, a result, a certification."""

    kind: str  # project | result | certification | education | role
    text: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Profile:
    """The candidate: background, evidence and goals; offsets index `text`."""

    text: str  # the profile file exactly as read (offsets of quotes index it)
    format: str = "yaml"  # yaml | json | jsonresume | prose
    name: str = ""
    current_role: str = ""
    level: str | None = None
    years: float | None = None
    skills: tuple[str, ...] = ()
    background: str = ""
    evidence: tuple[EvidenceItem, ...] = ()
    goals: tuple[GoalInput, ...] = ()
    pivot_from: str | None = None
    long_term_open: bool = False
    goals_given: bool = True  # False when the profile held no goals (they are then inferred)
