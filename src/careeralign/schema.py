"""Validation at the edges: the io.md request shape, with unknown fields refused."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from careeralign.errors import InputError
from careeralign.models import DEFAULT_QUESTION, Candidate, CritiqueRequest, Role


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class RoleIn(_Strict):
    title: str | None = None
    level: Literal["entry", "mid", "senior", "lead", "executive"] | None = None
    employer_kind: Literal["specialist", "startup", "corporate", "general"] | None = None
    industry: str | None = None
    company: str | None = None
    job_description: str | None = None
    company_notes: str | None = None


class CandidateIn(_Strict):
    background: str | None = None
    pivot_from: str | None = None


class RequestIn(_Strict):
    id: str | int | None = None
    question: str | None = None
    answer: str
    role: RoleIn | None = None
    candidate: CandidateIn | None = None


def _describe(err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        loc = ".".join(str(x) for x in e["loc"]) or "request"
        if e["type"] == "extra_forbidden":
            parts.append(f"unknown field '{loc}'")
        elif e["type"] == "missing":
            parts.append(f"missing required field '{loc}'")
        elif e["type"] == "literal_error":
            parts.append(f"{loc}: {e['input']!r} is not one of {e['ctx']['expected']}")
        else:
            parts.append(f"{loc}: {e['msg'].lower()}")
    return "; ".join(parts)


def parse_request(data: Any) -> CritiqueRequest:
    """Validate a request object (decoded JSON) and build the frozen request."""
    if not isinstance(data, dict):
        raise InputError(f"request must be a JSON object, not {type(data).__name__}")
    try:
        r = RequestIn.model_validate(data)
    except ValidationError as e:
        raise InputError(_describe(e)) from None
    role = Role(**r.role.model_dump()) if r.role else Role()
    cand = Candidate(**r.candidate.model_dump()) if r.candidate else Candidate()
    return CritiqueRequest(answer=r.answer, id=r.id,
                           question=r.question or DEFAULT_QUESTION, role=role, candidate=cand)
