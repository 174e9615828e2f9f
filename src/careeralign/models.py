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


@dataclass(frozen=True)
class Item:
    """One thing found in an input (a duty, an offer, a challenge), with the words that show it."""

    text: str  # the sentence or phrase as written
    category: str  # e.g. "mentorship", "responsibility", "expansion"
    quote: Quote
    cue: str = ""  # the words that put it in this category

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "category": self.category, **self.quote.to_dict()}
        if self.cue:
            d["cue"] = self.cue
        return d


@dataclass(frozen=True)
class Evidence:
    """Why a value was inferred: a sentence of explanation and the quoted words."""

    value: str
    why: str
    quotes: tuple[Quote, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "why": self.why, "quotes": [q.to_dict() for q in self.quotes]}


@dataclass(frozen=True)
class JobInsight:
    """A dissected posting: what the job demands and offers, each item with its evidence."""

    text: str
    title: str
    company: str
    level: str
    employer_kind: str
    industry: str
    skills: tuple[SkillSpan, ...]
    responsibilities: tuple[Item, ...]
    requirements: tuple[Item, ...]
    challenges: tuple[Item, ...]
    processes: tuple[Item, ...]
    offers: tuple[Item, ...]
    direction: tuple[Item, ...]
    evidence: tuple[tuple[str, Evidence], ...]  # ("level", ...), ("employer_kind", ...), ("industry", ...), ("title", ...)
    offers_leadership_path: bool = False

    def why(self, name: str) -> Evidence | None:
        """The evidence behind one inferred field."""
        return dict(self.evidence).get(name)

    def to_dict(self) -> dict[str, Any]:
        """The flat JSON shape (`batch dissect` lines add "id")."""
        return {
            "schema": SCHEMA,
            "title": self.title,
            "company": self.company,
            "level": self.level,
            "employer_kind": self.employer_kind,
            "industry": self.industry,
            "skills": [s.to_dict() for s in self.skills],
            "responsibilities": [i.to_dict() for i in self.responsibilities],
            "requirements": [i.to_dict() for i in self.requirements],
            "challenges": [i.to_dict() for i in self.challenges],
            "processes": [i.to_dict() for i in self.processes],
            "offers": [i.to_dict() for i in self.offers],
            "direction": [i.to_dict() for i in self.direction],
            "offers_leadership_path": self.offers_leadership_path,
            "evidence": {k: e.to_dict() for k, e in self.evidence},
        }


@dataclass(frozen=True)
class Goal:
    """A goal read: horizon and kind with the words that show them, and what it aims at."""

    text: str
    quote: Quote
    horizon: str  # short | mid | long
    horizon_why: str
    horizon_quote: Quote | None
    kind: str  # skill | leadership | domain | impact | personal
    kind_why: str
    targets: tuple[str, ...]
    flags: tuple[tuple[str, str], ...] = ()  # (rule id, message): conflated-horizons, titles-over-skills
    inferred: bool = False
    sources: tuple[Quote, ...] = ()  # for an inferred goal: the inputs it was built from

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "quote": self.quote.to_dict(),
            "horizon": self.horizon, "horizon_why": self.horizon_why,
            "horizon_quote": self.horizon_quote.to_dict() if self.horizon_quote else None,
            "kind": self.kind, "kind_why": self.kind_why, "targets": list(self.targets),
            "flags": [{"rule": r, "message": m} for r, m in self.flags],
            "inferred": self.inferred, "sources": [q.to_dict() for q in self.sources],
        }


@dataclass(frozen=True)
class Pair:
    """A want met by an offer: the goal, what the job offers for it, how similar they are."""

    goal: int  # index into Report.goals
    offer: Item
    similarity: float
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"goal": self.goal, "offer": self.offer.to_dict(), "similarity": round(self.similarity, 2), "why": self.why}


@dataclass(frozen=True)
class WantOnly:
    """A goal the job does not speak to: why it is a retention risk and how to handle it."""

    goal: int
    risk: str
    handle: str

    def to_dict(self) -> dict[str, Any]:
        return {"goal": self.goal, "risk": self.risk, "handle": self.handle}


@dataclass(frozen=True)
class ScorePart:
    """One part of the alignment score."""

    name: str
    points: int
    max: int
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "points": self.points, "max": self.max, "why": self.why}


@dataclass(frozen=True)
class Flag:
    """A whole-profile warning (level mismatch, misaligned ambition), with its evidence."""

    rule: str
    message: str
    quotes: tuple[Quote, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "message": self.message, "quotes": [q.to_dict() for q in self.quotes]}


@dataclass(frozen=True)
class Alignment:
    """The Venn overlap: pairs, wants only, offers only, a score explained by its parts, flags."""

    pairs: tuple[Pair, ...]
    wants_only: tuple[WantOnly, ...]
    offers_only: tuple[Item, ...]
    score: int
    parts: tuple[ScorePart, ...]
    flags: tuple[Flag, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "parts": [p.to_dict() for p in self.parts],
                "pairs": [p.to_dict() for p in self.pairs], "wants_only": [w.to_dict() for w in self.wants_only],
                "offers_only": [o.to_dict() for o in self.offers_only], "flags": [f.to_dict() for f in self.flags]}


@dataclass(frozen=True)
class MatrixRow:
    """One horizon of the goal matrix: the focus, how this role serves it, and the evidence."""

    horizon: str  # short | mid | long
    years: str  # "1-2 yrs" ...
    focus: str
    alignment: str
    goals: tuple[int, ...]
    evidence: tuple[Quote, ...]
    inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"horizon": self.horizon, "years": self.years, "focus": self.focus, "alignment": self.alignment,
                "goals": list(self.goals), "evidence": [q.to_dict() for q in self.evidence], "inferred": self.inferred}


QUESTION_VARIANTS: dict[str, str] = {
    "align": "How does this position align with your career goals?",
    "path": "How does this job fit your career path?",
    "aspirations": "What are your career aspirations?",
    "five-years": "Where do you see yourself in five years?",
    "next-step": "Why is this role the right next step for you?",
}


@dataclass(frozen=True)
class DraftSentence:
    """One sentence of a draft: its part of the answer and the inputs its facts come from."""

    text: str
    part: str  # opening | short_term | bridge | long_term | closing
    sources: tuple[Quote, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "part": self.part, "sources": [q.to_dict() for q in self.sources]}


@dataclass(frozen=True)
class Draft:
    """A composed answer with its sentence-level sources, the choices behind it, and its critique."""

    text: str
    sentences: tuple[DraftSentence, ...]
    variant: tuple[tuple[str, str], ...]  # (what varied, how): question, employer_kind, path, pivot, level, style
    assumed_goals: tuple[str, ...] = ()  # goals the draft assumed because the profile stated none
    critique: Critique | None = None
    polish: str = ""  # "" (not asked), "used", or why the language model's text was not used

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "words": self.words,
            "sources": [s.to_dict() for s in self.sentences],
            "variant": dict(self.variant),
            "assumed_goals": list(self.assumed_goals),
            "critique": self.critique.to_dict() if self.critique else None,
        }
        if self.polish:
            d["polish"] = self.polish
        return d


@dataclass(frozen=True)
class Report:
    """The whole preparation: the dissected posting, the goals, the overlap, the matrix, the critique."""

    insight: JobInsight
    profile: Profile
    goals: tuple[Goal, ...]
    goals_inferred: bool
    alignment: Alignment
    matrix: tuple[MatrixRow, ...]
    notes: str = ""
    critique: Critique | None = None
    answer: str = ""
    drafts: tuple[Draft, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA,
            "job": self.insight.to_dict(),
            "profile": {"format": self.profile.format, "current_role": self.profile.current_role,
                        "level": self.profile.level, "years": self.profile.years,
                        "pivot_from": self.profile.pivot_from, "long_term_open": self.profile.long_term_open},
            "goals_inferred": self.goals_inferred,
            "goals": [g.to_dict() for g in self.goals],
            "alignment": self.alignment.to_dict(),
            "matrix": [r.to_dict() for r in self.matrix],
        }
        d["job"].pop("schema", None)
        if self.critique is not None:
            d["critique"] = self.critique.to_dict()
        if self.drafts:
            d["drafts"] = [x.to_dict() for x in self.drafts]
        return d
