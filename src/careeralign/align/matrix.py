"""The goal matrix: short, mid and long term, each with its focus, how this role serves it, and the evidence."""

from __future__ import annotations

from careeralign.models import Alignment, Goal, JobInsight, MatrixRow, Quote

_YEARS = {"short": "1-2 yrs", "mid": "3-4 yrs", "long": "5+ yrs"}


def goal_matrix(goals: tuple[Goal, ...], alignment: Alignment, insight: JobInsight,
                fallback: tuple[Goal, ...] = ()) -> tuple[MatrixRow, ...]:
    """One row per horizon; a horizon with no goal of the candidate's takes an inferred one (marked so)."""
    rows = []
    for hz in ("short", "mid", "long"):
        idx = [i for i, g in enumerate(goals) if g.horizon == hz]
        inferred = bool(idx) and all(goals[i].inferred for i in idx)
        if idx:
            focus = "; ".join(goals[i].text.rstrip(".") for i in idx)
            pairs = sorted((p for p in alignment.pairs if p.goal in idx), key=lambda p: -p.similarity)
            evidence: list[Quote] = [goals[i].quote for i in idx if goals[i].quote.source != "inferred"]
            if pairs:
                how = "; ".join(dict.fromkeys(_how(p.offer.category, p.offer.text) for p in pairs[:2]))
                evidence += [p.offer.quote for p in pairs[:2]]
            else:
                how = "nothing in the posting serves this directly: a retention risk to handle (see 'wants only')"
            for i in idx:
                evidence += list(goals[i].sources)
        else:
            alt = [g for g in fallback if g.horizon == hz]
            if not alt:
                rows.append(MatrixRow(hz, _YEARS[hz], "(no goal at this horizon)", "add one: the method asks for a goal at each horizon", (), (), True))
                continue
            g = alt[0]
            focus, how, evidence, inferred = g.text, "suggested from the posting (you gave no goal at this horizon)", list(g.sources), True
        rows.append(MatrixRow(hz, _YEARS[hz], focus, how, tuple(idx), tuple(dict.fromkeys(evidence)), inferred))
    return tuple(rows)


def _how(category: str, text: str) -> str:
    label = {"role": "the role itself", "responsibility": "the role's work", "skill": "a skill the role uses", "knowledge": "what the role works with",
             "challenge": "a challenge the role takes on", "promotion": "the career path it offers",
             "mentorship": "the mentorship it offers", "training": "the training it offers",
             "certification": "the certification support it offers", "tuition": "the tuition support it offers",
             "scope": "the scope it offers", "expansion": "the company's expansion", "initiative": "the company's initiative",
             "benchmark": "what the company aims at", "compensation": "its pay and benefits", "flexibility": "its flexibility"}.get(category, category)
    short = text if len(text) <= 90 else text[:87].rsplit(" ", 1)[0] + "..."
    return f"{label}: \u201c{short}\u201d"
