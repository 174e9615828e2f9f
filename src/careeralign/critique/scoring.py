"""The seven dimension scores and the overall score, each explained by its evidence and findings."""

from __future__ import annotations

from careeralign.critique.analysis import Context
from careeralign.models import DIMENSIONS, Finding, ScoreExplanation

# How much each finding lowers each dimension (the rule's own dimension and any it also hurts).
PENALTY: dict[str, dict[str, int]] = {
    "missing-short-term": {"structure": 30, "role_relevance": 10},
    "missing-bridge": {"structure": 25},
    "missing-long-term": {"structure": 30, "commitment": 10},
    "conflated-horizons": {"realism": 15, "structure": 5},
    "length": {"structure": 15},
    "vague": {"specificity": 25},
    "cliche": {"authenticity": 25},
    "generic-company": {"role_relevance": 30, "employer_orientation": 15},
    "titles-over-skills": {"specificity": 10},
    "retention-risk": {"commitment": 55, "employer_orientation": 10},
    "self-centered": {"employer_orientation": 45, "commitment": 15},
    "unexplained-pivot": {"role_relevance": 25, "specificity": 10},
    "unrealistic-for-level": {"realism": 45},
    "misaligned-ambition": {"realism": 40, "role_relevance": 15},
    "industry-framing": {"employer_orientation": 10},
}
WEIGHTS = {"structure": 0.2, "specificity": 0.15, "role_relevance": 0.15, "employer_orientation": 0.15,
           "realism": 0.1, "commitment": 0.15, "authenticity": 0.1}
SEVERITY_OVERALL = {"error": 6, "warning": 2, "info": 0}


def _clamp(x: float) -> int:
    return max(0, min(100, int(round(x))))


def score(ctx: Context, findings: list[Finding]) -> tuple[dict[str, int], int, tuple[ScoreExplanation, ...]]:
    """Scores per dimension, the overall score, and what moved each score."""
    if ctx.words == 0:
        expl = tuple(ScoreExplanation(d, 0, ("the answer is empty",), tuple(f.rule for f in findings)) for d in DIMENSIONS)
        return {d: 0 for d in DIMENSIONS}, 0, expl
    sents = ctx.sentences
    coverage = min(1.0, ctx.words / 90)
    ev: dict[str, list[str]] = {d: [] for d in DIMENSIONS}
    base: dict[str, float] = {}

    parts = [name for name, got in (("short-term focus", ctx.short_term), ("bridge", ctx.bridge),
                                    ("long-term vision", ctx.long_term or ctx.uncertainty)) if got]
    base["structure"] = 40 + 20 * len(parts)
    ev["structure"].append(f"parts found: {', '.join(parts) or 'none'}")
    if ctx.short_term and ctx.long_term and ctx.long_term[0].index < ctx.short_term[0].index:
        base["structure"] -= 10
        ev["structure"].append("the long-term vision comes before the short-term focus")

    concrete = sum(s.concrete for s in sents)
    specific = sum(s.specific for s in sents)
    numbers = sum(s.numbers for s in sents)
    density = specific / max(ctx.words, 1) * 100
    base["specificity"] = 30 + density * 4 + 3 * min(numbers, 5)
    ev["specificity"].append(f"{specific} specific terms (posting words, names, numbers) in {ctx.words} words, {numbers} numbers")

    overlap = {t for s in sents for t in s.overlap}
    refs = ctx.count("role_ref")
    if ctx.role.has_posting:
        base["role_relevance"] = 35 + 10 * min(len(overlap), 6.5)
        shown = ", ".join(sorted(overlap)[:6])
        ev["role_relevance"].append(f"{len(overlap)} posting terms used" + (f": {shown}" if shown else ""))
    else:
        base["role_relevance"] = 50 + 8 * min(refs, 4) + min(concrete, 20)
        ev["role_relevance"].append(f"no posting given; {refs} references to the role")

    value = ctx.count("employer_value")
    base["employer_orientation"] = 45 + 14 * min(value, 3) + 5 * min(refs, 3)
    ev["employer_orientation"].append(f"{value} statements of value to the employer, {refs} references to the role or team")

    base["realism"] = 65 + 30 * coverage
    hz = sum(1 for s in sents if s.horizons)
    ev["realism"].append(f"{hz} sentences with explicit time frames")

    commit = ctx.count("commitment")
    base["commitment"] = 45 + 15 * min(commit, 2) + (12 if ctx.long_term else 0) + (8 if refs else 0) + 10 * coverage
    ev["commitment"].append(f"{commit} signals of staying and growing here")

    cl = ctx.count("cliche")
    base["authenticity"] = (70 + 28 * coverage) - 4 * cl
    ev["authenticity"].append(f"{cl} stock phrases")

    moved: dict[str, list[str]] = {d: [] for d in DIMENSIONS}
    for f in findings:
        for dim, pen in PENALTY.get(f.rule, {f.dimension: 10}).items():
            base[dim] -= pen
            moved[dim].append(f"{f.rule}@{f.start}-{f.end}")
    scores = {d: _clamp(base[d]) for d in DIMENSIONS}
    overall = sum(scores[d] * w for d, w in WEIGHTS.items())
    overall -= sum(SEVERITY_OVERALL[f.severity] for f in {f.rule: f for f in findings}.values())
    expl = tuple(ScoreExplanation(d, scores[d], tuple(ev[d]), tuple(moved[d])) for d in DIMENSIONS)
    return scores, _clamp(overall), expl
