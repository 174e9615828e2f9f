"""Run the enabled rules over one request and assemble the critique."""

from __future__ import annotations

from collections.abc import Iterable

from careeralign.critique.analysis import Context, Sentence
from careeralign.critique.registry import Rule, all_rules
from careeralign.critique.scoring import score
from careeralign.models import Critique, CritiqueRequest, Finding
from careeralign.understand.context import role_context


def _run(sents: list[Sentence]) -> tuple[int, int] | None:
    if not sents:
        return None
    first = sents[0]
    end = first
    for s in sents[1:]:
        if s.index != end.index + 1:
            break
        end = s
    return first.span.start, end.span.end


def critique_request(request: CritiqueRequest, rules: Iterable[Rule] | None = None) -> Critique:
    """Critique one request with the given rules (all rules by default)."""
    rctx = role_context(request.role)
    ctx = Context(request.answer, rctx, request.candidate, request.question)
    findings: list[Finding] = []
    for r in rules if rules is not None else all_rules():
        for h in r.check(ctx):
            findings.append(Finding(r.id, r.code, r.severity, h.start, h.end, request.answer[h.start:h.end],
                                    h.message, h.suggestion, r.dimension))
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    scores, overall, expl = score(ctx, findings)
    parts = {}
    for name, sents in (("short_term", ctx.short_term), ("bridge", ctx.bridge), ("long_term", ctx.long_term or ctx.uncertainty)):
        span = _run(sents)
        if span:
            parts[name] = span
    return Critique(request.id, request.answer, tuple(findings), scores, overall, parts, rctx.inferred, expl)
