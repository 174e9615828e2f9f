"""Structure rules: the three parts of the answer, their order and horizons, and length."""

from __future__ import annotations

import re
from collections.abc import Iterator

from careeralign.critique.analysis import Context
from careeralign.critique.registry import Example, Hit, rule

_GRAND = re.compile(r"\b(best [a-z ]{0,20}in the (country|world|industry|sector|region)|recogni[sz]ed (voice|authority|expert|name)|(national|global|international) (role|voice|reputation|profile)|through (its|the|an|our) (ipo|series [a-d])|\bipo\b|industry[- ]leading|thought leader)\b")
_ROLE = {"title": "Data Analyst", "level": "entry", "employer_kind": "general",
         "job_description": "Build weekly sales forecasts in SQL and Tableau; support the planning team."}


def _topic(ctx: Context) -> str:
    """A phrase from the posting to suggest in a fix, or a neutral placeholder."""
    title = ctx.role.title or "this role"
    return f"the core work of {title}" if title else "the role's core work"


@rule("missing-short-term", code="CA101", severity="warning", dimension="structure",
      summary="No near-term goal (next 1-3 years) tied to the role's actual work.",
      bad=[Example("My goal is to become a CEO one day.", covers="CEO"),
           Example("Long term I see myself leading a planning team. I have always loved numbers.", role=_ROLE)],
      good=[Example("In my first year I want to own the weekly sales forecasts in SQL and Tableau.", role=_ROLE)])
def missing_short_term(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        An answer with no near-term goal (the next one to three years) tied to
        the work this role actually does.
    Why it matters:
        The interviewer first checks fit: do your immediate ambitions match the
        role's immediate responsibilities? Without a short-term focus the answer
        is all horizon and no job.
    Example:
        "My goal is to become a CEO one day."
    Instead:
        Open with what you will master or deliver in the first year or two,
        using the posting's own work: "In my first year I want to own the weekly
        sales forecasts."
    Known false positives:
        A near-term goal phrased without time words and without any of the
        posting's vocabulary can be missed; name the work concretely.
    """
    if ctx.words == 0 or ctx.short_term:
        return
    s = ctx.sentences[0].span
    yield Hit(s.start, s.end, "The answer never says what you will focus on in this role over the next year or two.",
              f"Start with a near-term goal built on {_topic(ctx)}: what you will learn, own or deliver in your first 12-24 months.")


@rule("missing-bridge", code="CA102", severity="warning", dimension="structure",
      summary="Nothing connects today's skills, through this role, to the future goal.",
      bad=[Example("I want to learn SQL. Eventually I'd like to lead a planning team.", role=_ROLE)],
      good=[Example("I've built Excel forecasts for two years, and the SQL forecasting work here is exactly what I need before I can lead a planning team.", role=_ROLE)])
def missing_bridge(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        Answers that never link what you can do today, through this role, to
        where you want to go: both ends may be there, but not the link.
    Why it matters:
        The bridge is what makes the role a deliberate step rather than a
        random stop; it answers "why this job, for that goal?".
    Example:
        "I want to learn SQL. Eventually I'd like to lead a planning team."
    Instead:
        Say how the role connects them: "I've built Excel forecasts for two
        years; owning the SQL forecasting here is exactly what I need before I
        can lead a planning team."
    Known false positives:
        A link made through an unusual connective with no reference to the role
        may be missed.
    """
    future = ctx.direction or ctx.uncertainty
    implicit = bool(ctx.short_term) and any(s.has("experience") for s in ctx.sentences)
    if ctx.words == 0 or future and (ctx.bridge or implicit):
        return
    a, b = ctx.whole
    yield Hit(a, b, "Nothing links your current skills, through this role, to your future goal.",
              "Add one sentence of the form: 'My experience in X, plus the Y I'll do here, is what prepares me for Z.'")


@rule("missing-long-term", code="CA103", severity="warning", dimension="structure",
      summary="No long-term direction (5+ years) at all.",
      bad=[Example("In my first year I want to own the weekly sales forecasts in SQL and Tableau.", role=_ROLE)],
      good=[Example("I'm honestly not sure yet where I'll be in ten years, but I know the forecasting skills I build here will carry me."),
            Example("Long term, I'd like to lead a planning team.")])
def missing_long_term(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        Answers with no long-term direction at all: nothing about the next
        five years and beyond.
    Why it matters:
        The question probes retention: the interviewer wants to see where this
        role leads and whether that path runs through their company.
    Example:
        "In my first year I want to own the weekly sales forecasts."
    Instead:
        Close with a direction: the expertise or the kind of leadership you are
        building towards in five or more years. If your path is open, say so
        honestly and name the transferable skills you will build.
    Known false positives:
        A long-term direction stated with no time words ("my aim is to become
        the person others bring their hardest forecasts to") may be missed.
    """
    if ctx.words == 0 or ctx.direction or ctx.uncertainty:
        return
    s = ctx.sentences[-1].span
    # A short answer that states only near-term goals: the absence is unambiguous.
    yield Hit(s.start, s.end, "The answer gives no long-term direction (five years and beyond).",
              "End with where this leads: the expertise or responsibility you are building towards, or, if your path is open, the skills you will carry forward.",
              strong=bool(ctx.short_term) and len(ctx.sentences) <= 2)


@rule("conflated-horizons", code="CA104", severity="info", dimension="realism",
      summary="Short- and long-term goals are mixed into one timeline.",
      bad=[Example("In the next year I want to master SQL, lead the analytics team and become head of data.", role=_ROLE, covers="next year")],
      good=[Example("In the next year I want to master SQL. In five years I'd like to lead the analytics team.", role=_ROLE)])
def conflated_horizons(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        A five-year ambition presented as the next step, or skill goals and
        leadership goals blurred into one timeline.
    Why it matters:
        The method separates the near term (skills, immediate impact) from the
        long term (leadership, specialisation); blurring them reads as if you
        expect the destination to come with the first step.
    Example:
        "In the next year I want to master SQL, lead the analytics team and
        become head of data."
    Instead:
        Give each goal its horizon: "In the next year I want to master SQL; in
        five years I'd like to lead the analytics team."
    Known false positives:
        A role that really is a leadership role can make a near-term leadership
        goal legitimate; the rule accounts for the role's level when it is known.
    """
    lr = ctx.ladder_rank
    ambitious = {s.index for s in ctx.sentences if any(r - lr >= 1 for r in s.title_ranks) or s.has("leadership_target")}
    for s in ctx.sentences:
        # Said outright: goals of different horizons are one step, pursued at once.
        around = [x for x in ctx.sentences[max(0, s.index - 1):s.index + 2]]
        near_term = any("short" in x.horizons or "next step" in x.low for x in around)
        if s.has("conflation") and ambitious & {x.index for x in around} and near_term:
            yield Hit(s.span.start, s.span.end, "Skill goals and leadership goals are presented as one step, all at once.",
                      "Split the timeline: the skills and results you'll deliver in the next year or two, then the leadership goal in five or more years.")
            return
    for s in ctx.sentences:
        # A leadership or top-title ambition placed inside the next year or two.
        paved = re.search(r"\b(through (your|the|a) ([a-z-]+ ){0,3}(programme|program|ladder|pathway|path|scheme|track)|progress(ing)? through)\b", s.low)
        targets = [(span, r) for span, r, hz in s.targets() if r - lr >= 2 and "short" in hz and "long" not in hz
                   and not (ctx.role.is_management_role and r - lr <= 2)] if not paved else []
        items = len(re.findall(r",\s|\band\b", s.low))
        grand = bool(_GRAND.search(s.low)) and "short" in s.horizons and "long" not in s.horizons and items >= 3
        leaving_the_work = s.has("stop_doing") or ctx.role.employer_kind == "specialist" and s.has("leadership_target")
        if (targets or grand) and not leaving_the_work:
            yield Hit(s.span.start, s.span.end,
                      "A long-term ambition is presented as the next step, in the same breath as the near-term goals.",
                      "Split the timeline: the skills and results you'll deliver in the next year or two, then the leadership goal in five or more years.")
            return


@rule("length", code="CA105", severity="info", dimension="structure",
      summary="The answer is under ~60 words (too thin) or over ~300 words (past two minutes spoken).",
      bad=[Example("I want to grow with the company.", covers="I want to grow with the company.")],
      good=[Example(" ".join(["In my first year I want to own the weekly forecasts, learn the planning cycle and cut the forecast error we report each month."] * 4))])
def length(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        Answers under about 60 words or over about 300 words.
    Why it matters:
        A strong answer takes 60 to 90 seconds to say (150-250 words): a
        sentence or two cannot carry the three parts, and past two minutes the
        interviewer stops listening.
    Example:
        "I want to grow with the company."
    Instead:
        Aim for 150-250 words: short-term focus, bridge, long-term vision.
    Known false positives:
        None: the count is mechanical (words separated by spaces).
    """
    a, b = ctx.whole
    if ctx.words < 60:
        msg = "The answer is empty." if ctx.words == 0 else f"At {ctx.words} words the answer is too thin to carry a short-term focus, a bridge and a long-term vision."
        yield Hit(a, b, msg, "Build it out to 150-250 words: what you'll focus on first, how this role links your skills to your goal, and where it leads.")
    elif ctx.words > 300:
        yield Hit(a, b, f"At {ctx.words} words the answer runs past two minutes spoken.",
                  "Cut to 150-250 words: keep one concrete short-term goal, one bridge sentence and one long-term direction.")
