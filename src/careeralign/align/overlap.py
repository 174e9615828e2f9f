"""Pair each goal with what the job offers, find what lies on one side only, and score the fit."""

from __future__ import annotations

import math
import re

from careeralign.lexicon import norm
from careeralign.models import Alignment, Flag, Goal, Item, JobInsight, Pair, Profile, Quote, ScorePart, WantOnly
from careeralign.understand.context import STOPWORDS, stem

LEVEL_RANK = {"entry": 0, "mid": 1, "senior": 2, "lead": 3, "executive": 4}
# Which kinds of offer serve which kind of goal, and how much that alone counts.
_KIND_FIT = {
    "leadership": {"promotion": 0.45, "mentorship": 0.2, "scope": 0.25},
    "skill": {"training": 0.35, "mentorship": 0.3, "certification": 0.35, "tuition": 0.3, "responsibility": 0.1},
    "domain": {"direction": 0.2, "scope": 0.2, "role": 0.2},
    "impact": {"scope": 0.35, "challenge": 0.3, "direction": 0.25, "responsibility": 0.15},
    "personal": {"compensation": 0.45, "flexibility": 0.45, "tuition": 0.4},
}
_THRESHOLD = 0.3
_SYNONYMS = {
    "lead": "leadership", "leader": "leadership", "manag": "leadership", "mentor": "mentorship", "coach": "mentorship",
    "certif": "certification", "train": "training", "learn": "training", "cours": "training", "promot": "promotion",
    "progress": "promotion", "career": "promotion", "remot": "remote", "flexib": "remote", "salar": "pay", "pai": "pay",
    "doc": "documentation", "docs": "documentation", "analyt": "analysis", "analys": "analysis",
}
_SHORT_STOP = {"want", "would", "like", "become", "grow", "year", "years", "role", "work", "able", "build", "make", "help",
               "more", "better", "really", "then", "within", "next", "long", "short", "term", "eventually", "someday"}


def _bag(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z][a-z0-9+#-]*[a-z0-9+#]|[a-z]", norm(text)):
        if w in STOPWORDS or w in _SHORT_STOP or len(w) < 3:
            continue
        s = stem(w)
        out.add(_SYNONYMS.get(s, _SYNONYMS.get(s[:5], s)))
    return out


def _offers(insight: JobInsight) -> list[Item]:
    """Everything the job offers a candidate: offers, duties, direction, challenges and the knowledge it uses."""
    out: list[Item] = list(insight.offers) + list(insight.direction) + list(insight.responsibilities) + list(insight.challenges)
    title = insight.why("title")
    if title and title.quotes:
        out.insert(0, Item(insight.title, "role", title.quotes[0]))
    seen = set()
    for s in insight.skills:
        if s.canonical in seen:
            continue
        seen.add(s.canonical)
        out.append(Item(s.text, s.kind, Quote("job", s.start, s.end, s.text)))
    return out


def _category(item: Item) -> str:
    if item.quote.source == "notes" or item.category in ("expansion", "initiative", "benchmark"):
        return "direction"
    return item.category


def similarity(goal: Goal, item: Item, gbag: set[str], ibag: set[str]) -> tuple[float, str]:
    """How well an offer serves a goal (0-1) and why: shared words, a shared target, or a kind of offer that serves it."""
    shared = gbag & ibag
    lex = len(shared) / math.sqrt(len(gbag) * len(ibag)) if gbag and ibag else 0.0
    cat = _category(item)
    bonus = _KIND_FIT.get(goal.kind, {}).get(cat, 0.0)
    target = ""
    for t in goal.targets:
        if t and len(t) > 2 and re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", norm(item.text)):
            target = t
            break
    score = min(1.0, lex + (bonus if (lex > 0 or cat in ("promotion", "mentorship", "training", "certification", "tuition", "compensation", "flexibility")) else bonus / 2)
                + (0.35 if target else 0.0))
    why = []
    if target:
        why.append(f"both name {target!r}")
    if shared:
        why.append("shared words: " + ", ".join(sorted(shared)[:4]))
    if bonus:
        why.append(f"a {cat} offer serves a {goal.kind} goal")
    return score, "; ".join(why)


_RISK = {
    "leadership": ("The posting shows no path to this; said as a near-term aim it sounds like the job is a stopover.",
                   "Put mastery of this role first; describe the leadership you want as skills (coaching, owning outcomes) you will grow here, and place titles later."),
    "personal": ("A personal goal (pay, schedule, credentials) the job does not speak to; interviewers hear it as what you take, not what you give.",
                 "Leave it out of the answer, or turn it into value for the employer (the MBA that sharpens this role's work)."),
    "domain": ("This field is not where the posting's work is; the interviewer may hear that you will leave for it.",
               "Say how this role builds the foundation for it, or keep it for later in the conversation."),
    "skill": ("The posting does not mention this; it may read as a plan to learn somewhere else.",
              "Tie it to the role's work (how you would use it here), or lead with a skill the posting does use."),
    "impact": ("The posting does not show this kind of impact; it may sound like a different job.",
               "Link it to a duty or challenge the posting names, or keep it as a long-term direction."),
}
_OPEN_PATH = "Your long-term path is open: that is fine to say. Focus the answer on the short-term value you bring and the skills you will build, not titles, with committed enthusiasm for this role."
_WORTH = ("promotion", "mentorship", "training", "certification", "tuition", "scope", "direction")


def align(goals: tuple[Goal, ...], insight: JobInsight, profile: Profile) -> Alignment:
    """The overlap: pairs of (goal, offer), goals alone, offers alone, the score and the flags."""
    offers = _offers(insight)
    obags = [_bag(o.text) for o in offers]
    pairs: list[Pair] = []
    used: set[int] = set()
    wants_only: list[WantOnly] = []
    for gi, g in enumerate(goals):
        gbag = _bag(g.text) | {_SYNONYMS.get(stem(t), stem(t)) for t in g.targets}
        scored = []
        for oi, (o, ob) in enumerate(zip(offers, obags)):
            s, why = similarity(g, o, gbag, ob)
            if s >= _THRESHOLD:
                scored.append((s, oi, why))
        scored.sort(key=lambda x: (-x[0], x[1]))
        for s, oi, why in scored[:3]:
            pairs.append(Pair(gi, offers[oi], s, why))
            used.add(oi)
        if not scored:
            risk, handle = _RISK[g.kind]
            if g.kind == "leadership" and g.horizon == "long":
                risk = "The posting shows no path to this; as a long-term aim it is fine, but said without a link to this role it can sound like the job is a stopover."
            if profile.long_term_open and g.horizon == "long":
                handle = _OPEN_PATH
            wants_only.append(WantOnly(gi, risk, handle))
    offers_only = [o for i, o in enumerate(offers) if i not in used and _category(o) in _WORTH]
    seen: set[str] = set()
    offers_only = [o for o in offers_only if not (o.text in seen or seen.add(o.text))][:8]  # type: ignore[func-returns-value]
    flags = _flags(goals, insight, profile)
    score, parts = _score(goals, pairs, insight, flags)
    return Alignment(tuple(pairs), tuple(wants_only), tuple(offers_only), score, parts, tuple(flags))


def _flags(goals: tuple[Goal, ...], insight: JobInsight, profile: Profile) -> list[Flag]:
    out: list[Flag] = []
    lv = insight.why("level")
    lq = lv.quotes if lv else ()
    if profile.level in LEVEL_RANK and insight.level in LEVEL_RANK:
        gap = LEVEL_RANK[insight.level] - LEVEL_RANK[profile.level or "mid"]
        if abs(gap) >= 2:
            direction = "above" if gap > 0 else "below"
            out.append(Flag("level-mismatch", f"the role is {insight.level}-level, two or more rungs {direction} your {profile.level} level; "
                            + ("say what in your record shows you are ready" if gap > 0 else "say why this step is deliberate, or the interviewer will expect you to leave"), lq))
    elif profile.years is not None and insight.level in LEVEL_RANK:
        if profile.years < 2 and LEVEL_RANK[insight.level] >= 2 or profile.years >= 8 and insight.level == "entry":
            out.append(Flag("level-mismatch", f"{profile.years:g} years of experience for a {insight.level}-level role; address it before the interviewer does", lq))
    mgmt_role = insight.level in ("lead", "executive")
    for g in goals:
        if g.inferred or g.kind != "leadership" or g.horizon != "short":
            continue
        if not mgmt_role and not insight.offers_leadership_path:
            out.append(Flag("misaligned-ambition", f"a near-term leadership goal ({g.text!r}) for a role whose immediate work is hands-on; the posting advertises no path to lead",
                            (g.quote,) + lq))
        elif insight.employer_kind == "specialist" and re.search(r"\b(general manager|management|business side|strategy)\b", norm(g.text)):
            out.append(Flag("misaligned-ambition", f"general management soon ({g.text!r}) in a specialist role", (g.quote,)))
    return out


def _score(goals: tuple[Goal, ...], pairs: list[Pair], insight: JobInsight, flags: list[Flag]) -> tuple[int, tuple[ScorePart, ...]]:
    weight = {"short": 1.0, "mid": 0.8, "long": 0.6}
    best: dict[int, Pair] = {}
    for p in pairs:
        if p.goal not in best or p.similarity > best[p.goal].similarity:
            best[p.goal] = p
    total = sum(weight[g.horizon] for g in goals) or 1.0
    met = sum(weight[g.horizon] * min(1.0, best[i].similarity / 0.6) for i, g in enumerate(goals) if i in best)
    cov = round(45 * met / total)
    shorts = [i for i, g in enumerate(goals) if g.horizon == "short"]
    duty = [best[i] for i in shorts if i in best and best[i].offer.category in ("responsibility", "skill", "knowledge", "challenge")]
    st = round(25 * min(1.0, max((p.similarity for p in duty), default=0.0) / 0.6)) if shorts else 0
    growth_cats = ("promotion", "mentorship", "training", "certification", "tuition", "scope", "expansion", "initiative", "benchmark")
    growth = [p for p in pairs if goals[p.goal].horizon in ("mid", "long") and (p.offer.category in growth_cats or p.offer.quote.source == "notes")]
    gr = 20 if growth else (8 if any(g.horizon in ("mid", "long") for g in goals) and insight.offers else 0)
    real = max(0, 10 - 5 * len(flags) - 2 * sum(len(g.flags) for g in goals))
    parts = (
        ScorePart("goals met", cov, 45, f"{len(best)} of {len(goals)} goals meet something the job offers (short-term goals weigh most)"),
        ScorePart("short-term fit", st, 25, "your near-term goal matches the role's own work" if duty else
                  ("no short-term goal" if not shorts else "no short-term goal meets the role's duties or skills")),
        ScorePart("growth path", gr, 20, "the job offers something for your mid- and long-term goals" if growth else
                  "nothing in the posting serves your mid- and long-term goals directly"),
        ScorePart("realism", real, 10, "no level or horizon problems" if real == 10 else
                  f"{len(flags)} profile flag(s) and {sum(len(g.flags) for g in goals)} goal flag(s)"),
    )
    return sum(p.points for p in parts), parts
