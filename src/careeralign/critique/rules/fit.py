"""Fit rules: ambition against the role's level, its function and the employer kind."""

from __future__ import annotations

import re
from collections.abc import Iterator

from careeralign.critique.analysis import Context, Sentence, years_horizon
from careeralign.critique.registry import Example, Hit, rule

_SEQ = re.compile(r"\b(first|then|after (that|a few|i'?ve|i have|mastering|proving)|once i|from there|step by step|work(ing)? my way|along the way|over time|earn(ing)? (it|that|my way)|by way of|through|on the way|before (that|i|moving)|eventually)\b")
_AFTER_MASTERY = re.compile(r"\b(once i'?ve|once i have|after i'?ve|after i have|after (mastering|proving|learning|a few years|several years)|when i'?ve|down the road|long[- ]term|eventually|ultimately|later|someday|one day|in (five|5|ten|10|seven|7) years|years from now)\b")

_ENTRY = {"title": "Junior Accountant", "level": "entry", "employer_kind": "corporate",
          "job_description": "Reconcile accounts, prepare month-end journals and support the audit."}
_IC = {"title": "Machine Learning Engineer", "level": "mid", "employer_kind": "specialist",
       "job_description": "Design and train ranking models; publish and ship novel retrieval methods. Deep expertise in PyTorch."}
_STARTUP = {"title": "Growth Marketer", "level": "mid", "employer_kind": "startup",
            "job_description": "Seed-stage startup: own paid acquisition, lifecycle email and whatever else we need."}


@rule("unrealistic-for-level", code="CA401", severity="error", dimension="realism",
      summary="The ambition skips the intermediate steps for the role's level.",
      bad=[Example("My goal is to become the CEO one day.", role=_ENTRY, covers="CEO"),
           Example("Within a year I want to run the department.", role=_ENTRY, covers="run the department")],
      good=[Example("In five years I'd like to be a senior accountant leading the month-end close.", role=_ENTRY),
            Example("Long term I'd love to be a finance director: first mastering the close here, then leading a team, then running the function.", role=_ENTRY)])
def unrealistic_for_level(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        Ambitions that skip the intermediate steps for the role's level: "CEO
        someday" for an entry-level post, "run the department in a year" for a
        junior hire.
    Why it matters:
        It signals you misread the role or will be frustrated in it, both
        reasons not to hire.
    Example:
        "My goal is to become the CEO one day." (for a junior accountant)
    Instead:
        Name the next plausible step and the path to it: "In five years I'd
        like to be a senior accountant leading the month-end close."
    Known false positives:
        Titles that mean different things in different fields (a "director" of
        a three-person studio) can be misjudged; the rule uses a generic ladder.
    """
    lr = ctx.level_rank
    if lr is None:
        return
    ranks = sorted({r for s in ctx.sentences for r in s.title_ranks})
    stepped = len([r for r in ranks if r > lr]) >= 2 or bool(_SEQ.search(ctx.low) and len(ranks) >= 2)
    inferred = any(i.field == "level" and "assumed" in i.evidence for i in ctx.role.inferred)
    need = 1 if inferred else 0
    conflict = {s.index for s, _ in _misaligned(ctx)}
    for s in ctx.sentences:
        if not (s.has("intent") or s.horizons or s.has("direction")) or s.index in conflict:
            continue
        if s.has("uncertain") or s.has("exit_plan"):  # an open question, or a plan to leave: not a climb here
            continue
        for (a, b), rank, hz in s.targets():
            if ctx.role.offers_leadership_path and rank <= 4:
                continue
            gap = rank - lr - need
            seg_years = years_horizon(s.low)
            very_soon = bool(re.search(r"\b(months?|weeks?|within (a|one|the first) year|(in|by) (a|one) year|(my|the) first year|next year|right away|straight away|immediately|day one)\b", s.low)) and "long" not in hz
            soon = very_soon or ("short" in hz and "long" not in hz) or bool(re.search(r"\b(next step|quickly|fast|soon|as soon as possible|fast[- ]track)\b", s.low))
            bounded = soon or bool(seg_years & {"mid"}) or bool(re.search(r"\b(five|5) years\b", s.low))
            paced = "long" in hz and not soon and bool(_SEQ.search(ctx.low))
            if (very_soon and gap >= 2) or (soon and gap >= 3) or (bounded and gap >= 4 and not stepped) \
                    or (gap >= 5 and not stepped) or (gap == 4 and not (stepped or paced or bounded)):
                yield Hit(a, b, f"For {'an' if ctx.role.level in ('entry', 'executive') else 'a'} {ctx.role.level}-level role this ambition skips the intermediate steps.",
                          "Name the next plausible step for this level and the path to the bigger goal, with realistic time frames.")
                return


@rule("misaligned-ambition", code="CA402", severity="error", dimension="realism",
      summary="The immediate ambition conflicts with the job's immediate responsibilities.",
      bad=[Example("Within two years I want to move into management and stop coding.", role=_IC, covers="stop coding")],
      good=[Example("I want to master ranking models here; once I've shipped a few novel retrieval methods, I'd like to lead a research team.", role=_IC)])
def misaligned_ambition(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        An immediate ambition that conflicts with the job's immediate
        responsibilities: a specialist or individual-contributor role, but the
        goal is to manage people or stop doing the work within about two years.
    Why it matters:
        The interviewer is hiring someone to do this work; wanting out of it
        soon tells them you will be restless from day one.
    Example:
        "Within two years I want to move into management and stop coding."
    Instead:
        Put mastery of the role's work first, and leadership after it: "once
        I've shipped a few novel retrieval methods, I'd like to lead a team."
    Known false positives:
        When the posting itself advertises a path to management the rule stays
        quiet; a path described in unusual words may be missed.
    """
    for s, (a, b) in _misaligned(ctx):
        yield Hit(a, b, "Your near-term ambition pulls away from the work this role is hiring you to do.",
                  "Commit first to mastering the role's own work, and place the move into leadership after it, in the longer term.")
        return


def _misaligned(ctx: Context) -> list[tuple[Sentence, tuple[int, int]]]:
    """Sentences whose near-term ambition leaves the role's own work, with the words that say so."""
    manager_job = ctx.role.is_management_role or ctx.role.offers_leadership_path
    out = []
    for s in ctx.sentences:
        stop = s.hits.get("stop_doing")
        # Leading people is the job itself in a management role, or the advertised path; leaving the work never is.
        lead = None if manager_job else s.hits.get("leadership_target")
        if not (stop or lead):
            continue
        first = (stop or lead)[0]  # type: ignore[index]
        before = ctx.low[s.span.start:first[1] + 25]
        if _AFTER_MASTERY.search(before) or ("long" in s.horizons and "short" not in s.horizons):
            continue
        near = "short" in s.horizons or "mid" in s.horizons and not s.has("horizon_mid") or bool(stop)
        if lead and not stop:
            near = near and (ctx.role.employer_kind == "specialist" or bool(re.search(r"\b(management|manag(e|ing) people|people manag)", s.low)))
        if near:
            spans = (stop or []) + (lead or [])
            out.append((s, (min(x for x, _ in spans), max(y for _, y in spans))))
    return out


_FRAMING = {
    "startup": ("The answer shows no adaptability or appetite for scope beyond the job description, which a startup rewards.",
                "Show you'll flex: picking up whatever the stage needs, building things from scratch, growing with the company."),
    "corporate": ("The answer ignores what an established company rewards: process, mentorship, a leadership pipeline, tenure.",
                  "Mention how you'll grow within their structure: learning their processes, mentorship, a long-term path here."),
    "specialist": ("Management-track talk for a deep-specialist role: the employer rewards mastery, not climbing.",
                   "Frame the future as depth: the expertise, certifications or novel solutions you'll build in this specialism."),
}


@rule("industry-framing", code="CA403", severity="info", dimension="employer_orientation",
      summary="The framing ignores the kind of employer.",
      bad=[Example("I want a clear promotion path and to climb into management within a structured ladder.", role=_STARTUP),
           Example("In five years I want to be managing a team of engineers.", role=_IC, covers="managing a team")],
      good=[Example("At a seed-stage company I expect to own paid acquisition first and then pick up whatever else the stage needs, lifecycle included.", role=_STARTUP),
            Example("I want to get hands-on with your campaigns.", role={"employer_kind": "general"})])
def industry_framing(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        Framing that ignores the kind of employer: management-track talk for a
        deep-specialist role, no adaptability or scope for a startup, no
        process, mentorship or tenure for an established corporation.
    Why it matters:
        Specialist employers reward mastery, startups reward range, corporations
        reward process and tenure: the same goal lands differently with each.
    Example:
        "I want a clear promotion path within a structured ladder." (to a
        seed-stage startup)
    Instead:
        Speak to what this kind of employer values (see the suggestion).
    Known false positives:
        Never fires for a `general` employer; a framing that fits the kind in
        unusual words may be flagged.
    """
    kind = ctx.role.employer_kind
    if kind not in _FRAMING or ctx.words == 0:
        return
    msg, fix = _FRAMING[kind]
    if kind == "specialist":
        lead = [h for s in ctx.sentences for h in s.hits.get("leadership_target", []) + s.hits.get("stop_doing", [])]
        mastery = ctx.count("mastery")
        if lead and mastery < len(lead):
            a, b = lead[0]
            yield Hit(a, b, msg, fix)
        return
    concept = "startup_fit" if kind == "startup" else "corporate_fit"
    if any(s.has(concept) or (kind == "corporate" and s.has("commitment")) for s in ctx.sentences):
        return
    a, b = ctx.whole
    yield Hit(a, b, msg, fix)
