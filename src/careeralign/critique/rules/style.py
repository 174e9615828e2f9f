"""Content and style rules: vague goals, cliches, generic answers, titles without skills."""

from __future__ import annotations

import re
from collections.abc import Iterator

from careeralign.critique.analysis import Context, Sentence
from careeralign.critique.registry import Example, Hit, rule
from careeralign.understand.context import stem

_ROLE = {"title": "Supply Chain Analyst", "company": "Northwind", "level": "mid", "employer_kind": "corporate",
         "job_description": "Own demand forecasting and inventory optimisation for our European warehouses using SAP and Python."}
_CAPABILITY = re.compile(
    r"\b(skills?|expertise|mastery|master|know(ledge)?|how to|ability to|able to|understand(ing)?|learn(ing)?|by (building|learning|mastering|leading|running|owning|growing|developing)|"
    r"so (that )?i can|which means|that means|responsible for|in charge of|own(ing)? the|who (can|knows|sets|builds|shapes|decides)|capable|experience in|expert in|depth in|"
    r"(set|setting|shape|shaping|define|defining|build|building|design|designing|develop|developing|mentor|mentoring|coach|coaching|grow|growing)( the| a| our| my)? [a-z]+)\b")


_EXPLAINS = re.compile(r"\b(specific|what i mean|by that|that is|in other words|concretely|i mean|for me,? that|means)\b")


def _elaborated(ctx: Context, s: Sentence) -> bool:
    """The generic words are followed by what exactly will be learned or done."""
    if s.specific >= 3 or s.specific >= 2 and (s.has("elaboration") or s.numbers):
        return True
    after = ctx.sentences[s.index + 1:s.index + 3]
    if after and (after[0].has("elaboration") or _EXPLAINS.search(after[0].low)):
        return sum(n.specific for n in after) >= 2
    return False


@rule("vague", code="CA201", severity="warning", dimension="specificity",
      summary="Goals are generic and could be said by anyone for any job.",
      bad=[Example("I want to grow professionally and take on more responsibility.", covers="grow professionally")],
      good=[Example("I want to grow professionally, specifically by owning demand forecasting in SAP and cutting stock-outs in the European warehouses.", role=_ROLE)])
def vague(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        Goals anyone could state for any job: "grow professionally", "learn new
        things", "be successful", "take on more responsibility", with nothing
        concrete after them.
    Why it matters:
        Generic goals tell the interviewer nothing about fit; they sound
        rehearsed and make the interviewer doubt you know what the job is.
    Example:
        "I want to grow professionally and take on more responsibility."
    Instead:
        Say what exactly you will learn or do: "I want to own demand
        forecasting in SAP and cut stock-outs in the European warehouses."
    Known false positives:
        A generic phrase followed two sentences later by the concrete detail can
        still be flagged; put the detail right after it.
    """
    found = 0
    for s in ctx.sentences:
        if s.has("vague_goal") and (ctx.is_goal_sentence(s) or s in ctx.direction) and not _elaborated(ctx, s):
            a, b = s.first("vague_goal")  # type: ignore[misc]
            found += 1
            yield Hit(a, b, "This goal is generic: anyone could say it about any job.",
                      "Follow it with what exactly you will learn or do, using the posting's work (a tool, a process, a result).")
            if found == 2:
                return
    if found:
        return
    goals = [s for s in ctx.sentences if s in ctx.goal_sentences or s in ctx.direction]
    targeted = any(s.title_rank or s.has("leadership_target") or s.has("personal_gain") or s.has("exit_plan") for s in goals)
    if goals and not targeted and sum(s.specific for s in goals) <= 1:
        s = goals[0]
        yield Hit(s.span.start, s.span.end, "The goals have no concrete content: no skill, tool, project or result.",
                  "Name one concrete thing: the skill you will master, the work you will own, or the result you want to deliver.")


@rule("cliche", code="CA202", severity="warning", dimension="authenticity",
      summary="Stock phrases carry the answer.",
      bad=[Example("I'm passionate about data and I'm a team player who will hit the ground running.", covers="passionate about")],
      good=[Example("I'm passionate about demand forecasting: at my last job I cut forecast error from 18% to 11% with a Python model in SAP.", role=_ROLE)])
def cliche(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        Stock interview phrases carrying the answer: "passionate about", "team
        player", "hit the ground running", "take it to the next level", "wear
        many hats", "give 110%".
    Why it matters:
        Interviewers hear these all day; they replace evidence with adjectives
        and make the answer sound rehearsed.
    Example:
        "I'm passionate about data and I'm a team player who will hit the
        ground running."
    Instead:
        Replace the phrase with the evidence behind it: what you did, with
        what, and the result.
    Known false positives:
        An incidental phrase inside a concrete sentence is allowed; a sentence
        concrete in an unusual way may still be flagged.
    """
    hits = [(s, h) for s in ctx.sentences for h in s.hits.get("cliche", [])]
    if not hits:
        return
    carried = [(s, h) for s, h in hits if s.specific < 2 and not s.numbers]
    if len(hits) >= 3:
        carried = hits
    for s, (a, b) in carried[:3]:
        yield Hit(a, b, f"\"{ctx.answer[a:b]}\" is a stock phrase that carries no information.",
                  "Replace it with the evidence behind it: something you did, with what, and the result.")


@rule("generic-company", code="CA203", severity="warning", dimension="role_relevance",
      summary="Nothing in the answer is specific to this employer or posting.",
      bad=[Example("I want to grow with a great company and keep learning every day.", role=_ROLE)],
      good=[Example("Owning demand forecasting for the European warehouses is exactly the work I want next.", role=_ROLE)])
def generic_company(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        Answers that could be sent unchanged to any company: nothing from the
        posting (its work, tools, challenges) or the company (its products,
        direction) appears. The company's name dropped into a generic answer
        does not count.
    Why it matters:
        A generic answer signals you have not looked closely at this role,
        which is exactly what the question tests.
    Example:
        "I want to grow with a great company and keep learning every day."
    Instead:
        Tie a goal to something only this posting has: "Owning demand
        forecasting for the European warehouses is exactly the work I want."
    Known false positives:
        Without a posting or company notes the critic can only look for
        concrete domain content, so a specific answer in plain words may be
        flagged.
    """
    if ctx.words == 0:
        return
    comp = ctx.role.company.lower()
    if ctx.role.has_posting:
        title = set(stem(w) for w in re.findall(r"[a-z]+", ctx.role.title.lower()))
        perks = {stem(w) for s in ctx.sentences for a, b in s.hits.get("personal_gain", []) for w in re.findall(r"[a-z]+", ctx.low[a:b])}
        terms = {t for s in ctx.sentences for t in s.overlap if " " not in t and t != comp and t not in title and t not in perks}
        named = comp and comp in ctx.low
        hint = any(s.has("employer_specific_hint") for s in ctx.sentences)
        if len(terms) >= 4 or len(terms) >= 3 and (hint or named):
            return
    else:
        if sum(s.concrete for s in ctx.sentences) >= 8 or any(s.has("employer_specific_hint") for s in ctx.sentences):
            return
    a, b = ctx.whole
    yield Hit(a, b, "Nothing here is specific to this employer or posting: it could be sent unchanged to any company.",
              "Name something only this job has: a responsibility or tool from the posting, a product, or the company's direction.")


@rule("titles-over-skills", code="CA204", severity="info", dimension="specificity",
      summary="Goals are stated as job titles rather than the skills behind them.",
      bad=[Example("In five years I want to be a Director.", covers="Director")],
      good=[Example("In five years I want to be the director who sets our forecasting standards and mentors the analysts who run them.")])
def titles_over_skills(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        Goals stated as titles ("Director in five years", "a manager") with no
        capability, expertise or responsibility behind the title.
    Why it matters:
        Titles differ between companies and say nothing about what you will be
        able to do; interviewers hear ambition without substance.
    Example:
        "In five years I want to be a Director."
    Instead:
        Name the capability the title stands for: "...the director who sets our
        forecasting standards and mentors the analysts who run them."
    Known false positives:
        A capability described in the next sentence, without a linking word, can
        be missed.
    """
    for s in ctx.sentences:
        if not s.title_spans or not (s.has("intent") or s.horizons):
            continue
        if s.title_rank < 3 and not re.search(r"\bsenior\b", s.low):
            continue
        title_words = {stem(w) for a, b in s.title_spans for w in re.findall(r"[a-z]+", ctx.low[a:b])}
        if _CAPABILITY.search(s.low) or s.has("mastery") or len({t for t in s.overlap if t not in title_words and " " not in t}) >= 2:
            continue
        nxt = ctx.sentences[s.index + 1] if s.index + 1 < len(ctx.sentences) else None
        if nxt and _CAPABILITY.search(nxt.low) and nxt.low.startswith(("that", "which", "this", "so", "i mean", "meaning")):
            continue
        a, b = s.title_spans[0]
        yield Hit(a, b, f"The goal is a title (\"{ctx.answer[a:b]}\") with no skill or expertise behind it.",
                  "Say what you will be able to do in that role: the expertise, the decisions, the people you'll develop.")
        return
