"""The feature vector a learned gate reads: the rules' own decisions plus structure, lexicon and context evidence."""

from __future__ import annotations

import math
from collections.abc import Collection

from careeralign.critique.analysis import CONCEPTS, Context
from careeralign.models import EMPLOYER_KINDS, LEVELS


def feature_names(rule_ids: list[str]) -> list[str]:
    """Names, in order, of the values `features` returns."""
    names = ["log_words", "sentences", "thin"]
    for k in CONCEPTS:
        names += [f"{k}_count", f"{k}_any"]
    names += ["has_short_term", "has_bridge", "has_long_term", "has_direction", "has_uncertainty",
              "max_ladder_gap", "ladder_targets", "posting_overlap", "specific_per_10_words", "has_posting"]
    names += [f"level_{x}" for x in LEVELS] + [f"kind_{x}" for x in EMPLOYER_KINDS]
    names += ["level_inferred", "management_role", "advertised_leadership_path", "pivot_from"]
    names += [f"rule_{r}" for r in rule_ids]
    return names


def features(ctx: Context, fired: Collection[str], rule_ids: list[str]) -> list[float]:
    """One answer's features; `fired` are the rules that found something."""
    out: list[float] = [math.log1p(ctx.words), float(len(ctx.sentences)), float(ctx.words < 60)]
    for k in CONCEPTS:
        n = ctx.count(k)
        out += [float(min(n, 3)), float(n > 0)]
    out += [float(bool(x)) for x in (ctx.short_term, ctx.bridge, ctx.long_term, ctx.direction, ctx.uncertainty)]
    lr = ctx.ladder_rank
    gaps = [r - lr for s in ctx.sentences for _, r, _ in s.targets()]
    overlap = {t for s in ctx.sentences for t in s.overlap}
    out += [float(max(gaps) if gaps else -3), float(len(gaps)), float(min(len(overlap), 10)),
            sum(s.specific for s in ctx.sentences) / max(1, ctx.words) * 10, float(ctx.role.has_posting)]
    out += [float(ctx.role.level == x) for x in LEVELS] + [float(ctx.role.employer_kind == x) for x in EMPLOYER_KINDS]
    out += [float(any(i.field == "level" for i in ctx.role.inferred)), float(ctx.role.is_management_role),
            float(ctx.role.offers_leadership_path), float(bool(ctx.candidate.pivot_from))]
    out += [float(r in fired) for r in rule_ids]
    return out
