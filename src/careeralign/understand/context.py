"""Infer the role's level and employer kind, and collect the posting's distinctive terms."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from careeralign import lexicon
from careeralign.lexicon import norm
from careeralign.models import Inference, Role
from careeralign.understand.level import infer_employer_kind, infer_level

STOPWORDS = set("""a an the and or of to in on for with by at from as is are be been being this that these those it its we our you your they their he she his her i me my
will would can could should may might must shall do does did have has had not no yes but if then than so such into over under about across per via within without
role job position team company work working works experience experienced years year skills skill ability able strong excellent good great new candidate candidates
including include includes looking seeking join joining opportunity opportunities responsibilities responsibility requirements required preferred plus
ideal ideally help helps helping support supporting ensure ensuring provide providing other others etc also well based using use used make making
who what which where when how why all any each more most some many much very own one two three five time part full day days week weeks month months
environment culture benefits salary competitive offer offers offering apply applicants employer equal us i'm i'd i'll you'll we're we'll get getting take
want like grow growth learn learning develop development career professional level levels best first next long short term goal goals future
lead leading manage managing team teams people person business organization organisation company's""".split())


@dataclass(frozen=True)
class RoleContext:
    """The role as the critic sees it: given values, inferred values, posting terms."""

    title: str
    level: str | None
    employer_kind: str
    company: str
    terms: frozenset[str]
    bigrams: frozenset[str]
    offers_leadership_path: bool
    is_management_role: bool
    has_posting: bool
    inferred: tuple[Inference, ...]


def content_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Distinctive words (and adjacent-word pairs) of a text, for overlap with an answer."""
    toks = re.findall(r"[a-z][a-z0-9+#&.-]*[a-z0-9+#]|[a-z]", norm(text))
    common = lexicon.wordset("posting_vocabulary")
    keep = [stem(t) for t in toks if t not in STOPWORDS and t not in common and len(t) > 2]
    bigrams = set()
    prev = None
    for t in toks:
        if t in STOPWORDS or len(t) <= 2:
            prev = None
            continue
        if prev:
            bigrams.add(prev + " " + stem(t))
        prev = stem(t)
    return frozenset(keep), frozenset(bigrams)


def stem(word: str) -> str:
    """A light suffix stripper so 'forecasts' meets 'forecasting'."""
    for suf in ("ations", "ation", "ings", "ing", "ies", "ers", "er", "es", "ed", "s", "ly"):
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)]
    return word


_LEAD_PATH = re.compile(r"\b(path to (management|leadership|team lead|lead)|leadership (track|development|program|pipeline)|management track|grow into (a |the )?(lead|manager|leadership)|promotion path|promote from within|career (ladder|progression|path)|progress(ion)? to (senior|lead|manager|supervisor))\b")
_MGMT_TITLE = re.compile(r"\b(manager|head|director|chief|vp|vice president|lead|supervisor|president|partner|superintendent|principal)\b")


@lru_cache(maxsize=64)
def role_context(role: Role) -> RoleContext:
    """Build the role context, inferring what the request left out.

    Cached per role (a frozen value): while someone types, the posting stays the same and only the answer changes.
    """
    title = role.title or ""
    posting = role.job_description or ""
    notes = role.company_notes or ""
    inferred: list[Inference] = []
    level = role.level
    if level is None and (title or posting):
        hit = infer_level(title, posting)
        if hit:
            level = hit.value
            inferred.append(Inference("level", hit.value, hit.why))
        elif posting:
            level = "mid"
            inferred.append(Inference("level", "mid", "posting names no level; mid assumed"))
    kind = role.employer_kind
    if kind is None:
        if posting or notes:
            guess = infer_employer_kind(posting, notes, title)
            kind, why = guess.value, guess.why
            inferred.append(Inference("employer_kind", kind, why))
        else:
            kind = "general"
    terms, bigrams = content_terms(" ".join([title, posting, notes, role.industry or ""]))
    company = role.company or ""
    low = norm(posting + " " + notes)
    return RoleContext(
        title=title,
        level=level,
        employer_kind=kind,
        company=company,
        terms=terms,
        bigrams=bigrams,
        offers_leadership_path=bool(_LEAD_PATH.search(low)),
        is_management_role=bool(_MGMT_TITLE.search(norm(title))) or level in ("lead", "executive"),
        has_posting=bool(posting.strip() or notes.strip()),
        inferred=tuple(inferred),
    )
