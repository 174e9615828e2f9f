"""Run the rules over one request, let the learned gate confirm, drop or add findings, and assemble the critique."""

from __future__ import annotations

import re
from collections.abc import Iterable

from careeralign.critique.analysis import Context, Sentence
from careeralign.critique.features import features
from careeralign.critique.gate import load_gate
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


def raw_findings(ctx: Context, answer: str, rules: Iterable[Rule] | None = None) -> list[Finding]:
    """What the rules themselves find, before the gate."""
    out: list[Finding] = []
    for r in rules if rules is not None else all_rules():
        for h in r.check(ctx):
            out.append(Finding(r.id, r.code, r.severity, h.start, h.end, answer[h.start:h.end], h.message, h.suggestion,
                               r.dimension, h.strong))
    return out


WHOLE = {"missing-short-term", "missing-bridge", "missing-long-term", "generic-company", "industry-framing", "length"}
_NEG = re.compile(r"\b(not|never|no|n't|rather than|instead of|nor)\b")


def evidence(ctx: Context, rule_id: str) -> tuple[int, int] | None:
    """The words a finding the gate adds would quote; None when the text has none (then none is added)."""
    if ctx.words == 0:
        return None
    if rule_id in WHOLE:
        return ctx.whole
    if rule_id == "vague":
        goal = next((s for s in ctx.sentences if s.has("vague_goal") or s in ctx.goal_sentences), None)
        return (goal.span.start, goal.span.end) if goal else ctx.whole
    lr = ctx.ladder_rank
    for s in ctx.sentences:
        hits: list[tuple[int, int]] = []
        if rule_id == "self-centered" and not s.has("employer_value"):
            hits = s.hits.get("personal_gain", [])
        elif rule_id == "retention-risk":
            hits = s.hits.get("exit_plan", []) + s.hits.get("exit_weak", [])
        elif rule_id == "misaligned-ambition":
            hits = s.hits.get("stop_doing", []) + s.hits.get("leadership_target", [])
        elif rule_id == "unrealistic-for-level":
            hits = [span for span, rank, _ in s.targets() if rank - lr >= 3]
        elif rule_id == "titles-over-skills":
            hits = list(s.title_spans)
        elif rule_id == "conflated-horizons" and (s.has("conflation") or "short" in s.horizons and s.targets()):
            return s.span.start, s.span.end
        elif rule_id in ("cliche", "unexplained-pivot"):
            hits = s.hits.get("cliche" if rule_id == "cliche" else "pivot_claim", [])
        for a, b in hits:
            before = " ".join(ctx.low[max(s.span.start, a - 30):a].split()[-4:])
            if not _NEG.search(before):
                return a, b
    if rule_id == "unexplained-pivot" and ctx.candidate.pivot_from:
        return ctx.whole
    return None


def cleared(ctx: Context, rule_id: str) -> bool:
    """Explicit evidence that a missing-part finding would be wrong, which the gate may not overrule."""
    if rule_id == "missing-bridge":
        return any(s.has("bridge") and (s.has("experience") or s.has("role_ref") or s.overlap)
                   and (s.has("leadership_target") or s.has("direction") or "long" in s.horizons or s.title_spans) for s in ctx.sentences)
    if rule_id == "missing-long-term":  # the path is admitted to be open (rules.md's "must not fire")
        return bool(ctx.uncertainty)
    if rule_id == "unrealistic-for-level":
        # Intermediate steps are named: two or more rungs above the role's level (rules.md's "must not fire").
        lr = ctx.ladder_rank
        return len({rank for s in ctx.sentences for _, rank, _ in s.targets() if rank > lr}) >= 2
    return False


def _gated(ctx: Context, raw: list[Finding], rules: list[Rule]) -> list[Finding]:
    gate = load_gate()
    if gate is None or ctx.words == 0:
        return raw
    ids = [r.id for r in all_rules()]
    fired = {f.rule for f in raw}
    z = gate.standardise(features(ctx, fired, ids))
    prob = {rid: g.probability(z) for rid, g in gate.rules.items()}
    keep = [f for f in raw if f.strong or f.rule not in gate.rules or prob[f.rule] >= gate.rules[f.rule].keep]
    for r in rules:
        g = gate.rules.get(r.id)
        span = evidence(ctx, r.id) if g is not None and r.id not in fired else None
        if g is not None and span is not None and prob[r.id] >= g.add and not cleared(ctx, r.id):
            a, b = span
            sections = r.sections()
            fix = sections.get("Instead", r.summary).split(". ")[0].rstrip(".") + "."
            keep.append(Finding(r.id, r.code, r.severity, a, b, ctx.answer[a:b], r.summary, fix, r.dimension))
    return keep


def critique_request(request: CritiqueRequest, rules: Iterable[Rule] | None = None) -> Critique:
    """Critique one request with the given rules (all rules by default)."""
    rctx = role_context(request.role)
    ctx = Context(request.answer, rctx, request.candidate, request.question)
    chosen = list(rules) if rules is not None else all_rules()
    wanted = {r.id for r in chosen}
    findings = [f for f in _gated(ctx, raw_findings(ctx, request.answer), chosen) if f.rule in wanted]
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    scores, overall, expl = score(ctx, findings)
    parts = {}
    for name, sents in (("short_term", ctx.short_term), ("bridge", ctx.bridge), ("long_term", ctx.long_term or ctx.uncertainty)):
        span = _run(sents)
        if span:
            parts[name] = span
    return Critique(request.id, request.answer, tuple(findings), scores, overall, parts, rctx.inferred, expl)
