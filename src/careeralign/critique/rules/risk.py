"""Risk rules: retention risk, self-centred goals, and pivots without evidence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from careeralign import lexicon as lx
from careeralign.critique.analysis import Context, Sentence
from careeralign.critique.registry import Example, Hit, rule
from careeralign.understand.context import stem

_ELSEWHERE = re.compile(r"\b(?:work|working|end up|ending up|join|joining|land (?:a|my) (?:job|role|place|spot))\s+(?:at|for)\s+(?P<name>[A-Z][a-z][\w&]+)")
_INTERNAL_AFTER = re.compile(r"^\s*(here|within|inside|at (this|your) (company|firm)|on (this|your) team|in(side)? (the|this|your) (company|team|group|firm))\b")
_FUTURE = re.compile(r"\b(will|'ll|plan(ning)? to|hope to|hoping to|want to|going to|'d like to|would like to|intend to|aim to|eventually|someday|one day)\b")
_MEANS = re.compile(r"\b(so (that )?(i|we) can|which (will|would)|to better|in order to|that (will|would) (let|help|make)|because it (will|would)|(help|helps|helping) me (serve|support|handle|deliver|contribute|bring|do)|"
                    r"because it'?s (directly |also |really )?(relevant|useful)|(directly|also|very) (relevant|useful|applicable)|(for|with) a work reason|(in terms|reasons?) that matter(s)? to you|"
                    r"(why|how) (it|that|this) (helps|matters|benefits|serves) (you|the team|the role|your)|which (means|lets|helps|allows) (me|us)|(relevant|useful|valuable) (here|to (you|the role|this role|the team|your))|"
                    r"(i'?ll|let me) (say|explain) why|means i can (cover|serve|support|deliver|handle|give|do)|the reason (it|that) matters)\b")
_MOTIVE = re.compile(r"\b(draws?|attracts?|attraction|appeals?|matters? (a lot |a great deal )?to me|for me|what i'?m after|main (thing|reason|draw)|big part|i (just |really )?(want|need)|motivated by|"
                     r"(is|are|sounds|looks|would be) (really |very |also )?(great|good|nice|attractive|appealing|amazing|a (big )?plus|a (nice )?bonus|important|huge))\b")
_MINE = re.compile(r"\b(i|i'?m|i'?d|i'?ve|my|me|myself|for me|to me)\b")


def _negated(ctx: Context, start: int) -> bool:
    """A negation governing the phrase: within the few words right before it, in the same clause."""
    window = ctx.low[max(0, start - 40):start]
    clause = re.split(r"[.;:!?,]|\b(?:but|and|so|because|then)\b", window)[-1]
    return lx.has("exit_negation", " ".join(clause.split()[-4:]))


@rule("retention-risk", code="CA301", severity="error", dimension="commitment",
      summary="The job is framed as a stepping stone out.",
      bad=[Example("I'd spend a year or two here learning the ropes, then launch my own agency.", covers="launch my own agency"),
           Example("This role is a great stepping stone before I move into the fintech world myself.", covers="stepping stone")],
      good=[Example("I'm honestly not sure where I'll be in ten years, but for the next few years I want to make your onboarding flows the best in the industry."),
            Example("I'm not looking for a stepping stone; I want to build my career on this team.")])
def retention_risk(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        The job framed as a stepping stone out: a prerequisite before moving to
        another industry or function, leaving to found a company, "a year or
        two here, then...".
    Why it matters:
        Hiring and training you is an investment; an answer that plans the exit
        tells the interviewer the investment walks out the door.
    Example:
        "I'd spend a year or two here learning the ropes, then launch my own
        agency."
    Instead:
        Keep the long-term vision inside or alongside the company's sector. If
        your path is open, say so and commit to the near-term work and value.
    Known false positives:
        A plan to move to another team inside the same company is allowed; an
        unusual phrasing of it may still be flagged.
    """
    weak: list[tuple[Sentence, int, int]] = []
    for s in ctx.sentences:
        weak += [(s, a, b) for a, b in s.hits.get("exit_weak", []) if not _negated(ctx, a)]
        for a, b in s.hits.get("exit_plan", []):
            if _negated(ctx, a) or _INTERNAL_AFTER.search(ctx.low[b:b + 40]):
                continue
            yield _exit_hit(ctx, s, a, b, strong=True)
            return
    comp = ctx.role.company.lower().split()[:1]
    for s in ctx.sentences:
        # A named employer other than this one as the destination ("my goal is to work at Google").
        for m in _ELSEWHERE.finditer(s.span.text):
            name = m.group("name").lower()
            if name not in comp and name not in ("i", "your", "the", "a", "this") and (s.has("intent") or s.horizons) and not _negated(ctx, s.span.start + m.start()):
                yield _exit_hit(ctx, s, s.span.start + m.start(), s.span.start + m.end())
                return
    if len(weak) >= 2:
        s, a, b = weak[0]
        yield _exit_hit(ctx, s, a, b)


def _exit_hit(ctx: Context, s: Sentence, a: int, b: int, strong: bool = False) -> Hit:
    b = max([e for x, e in s.hits.get("exit_plan", []) + s.hits.get("exit_weak", []) if x >= a] + [b])
    tail = re.match(r"\s+[\w'-]+", ctx.answer[b:s.span.end])
    if tail and re.search(r"\b(own|to|into|a|an|the|on|out|back|for|off|over|in|at|with)$", ctx.low[a:b]):
        b += tail.end()
    return Hit(a, b, "This frames the job as a stepping stone out, which tells the interviewer you plan to leave.",
               "Keep the long-term goal inside or alongside this company's field, and commit to the role's near-term work; if the path is open, say so honestly.",
               strong)


def _converted(ctx: Context, s: Sentence) -> bool:
    if s.has("employer_value") or _MEANS.search(s.low):
        return True
    for nxt in ctx.sentences[s.index + 1:s.index + 3]:
        if _MEANS.search(nxt.low) or nxt.low.startswith(("that", "this", "which", "it ", "so ", "and that", "those", "these")) and nxt.has("employer_value"):
            return True
    return False


def _own_gain(ctx: Context, s: Sentence, a: int, b: int) -> bool:
    """The gain is the candidate's own, not the posting's subject matter (an HR role's 'compensation')."""
    words = {stem(w) for w in re.findall(r"[a-z]+", ctx.low[a:b])}
    near = ctx.low[max(s.span.start, a - 45):min(s.span.end, b + 30)]
    if words & ctx.role.terms and not re.search(r"\b(my|me|i get|for me|to me)\b", near):
        return False
    return bool(_MINE.search(near)) or s.has("intent") or bool(_MOTIVE.search(s.low))


@rule("self-centered", code="CA302", severity="error", dimension="employer_orientation",
      summary="The answer is about personal gain and never turns it into value for the employer.",
      bad=[Example("Honestly, I want a higher salary, remote work and a better title.", covers="salary"),
           Example("I just need a stable job right now.", covers="stable job")],
      good=[Example("I'm working towards an MBA in supply chain, which will directly sharpen how I handle the logistics problems in this role.")])
def self_centered(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        Answers about personal gain (salary, perks, an MBA, saving for a
        startup, remote work, a title for its own sake) that never turn it into
        value for the employer.
    Why it matters:
        The question asks how the role and your goals align; an answer about
        what you get and not what you bring reads as a poor long-term bet.
    Example:
        "Honestly, I want a higher salary, remote work and a better title."
    Instead:
        Frame the personal goal as a means to serve the employer better: "an
        MBA in supply chain, which will directly sharpen how I handle the
        logistics problems in this role."
    Known false positives:
        A personal goal turned into value two sentences later can be flagged;
        make the link in the same or the next sentence.
    """
    for s in ctx.sentences:
        for a, b in s.hits.get("personal_gain", []):
            if _negated(ctx, a) or _converted(ctx, s) or not _own_gain(ctx, s, a, b):
                continue
            yield Hit(a, b, "This is personal gain, and the answer never turns it into value for the employer.",
                      "Either drop it or tie it to what the employer gains: how it makes you better at this role's work.",
                      strong=bool(_MOTIVE.search(s.low)))
            return


@rule("unexplained-pivot", code="CA303", severity="warning", dimension="role_relevance",
      summary="A change of field or function with no evidence that this role is the logical bridge.",
      bad=[Example("After eight years as a teacher, I'm switching to UX design because I've always loved technology.", covers="switching"),
           Example("I'd love to move into data analysis because I find it fascinating.", candidate={"pivot_from": "hospitality"})],
      good=[Example("After eight years as a teacher I'm switching to UX design: I completed the Google UX certificate and redesigned our school's parent portal, which cut support calls by 30%.")])
def unexplained_pivot(ctx: Context) -> Iterator[Hit]:
    """
    What it flags:
        A change of field or function (from `candidate.pivot_from`, or said in
        the answer) with no evidence (projects, courses, certifications,
        transferable results) for why this role is the logical bridge.
    Why it matters:
        A pivot without evidence sounds like an experiment at the employer's
        expense; evidence already completed turns it into a plan.
    Example:
        "After eight years as a teacher, I'm switching to UX design because I've
        always loved technology."
    Instead:
        Name what you have already done: the course, the certificate, the
        project, the result from your old field that transfers.
    Known false positives:
        Evidence stated only in the background, not in the answer, does not
        count: the interviewer hears only the answer.
    """
    claims = [(s, h) for s in ctx.sentences for h in s.hits.get("pivot_claim", [])]
    pivot = bool(ctx.candidate.pivot_from) or bool(claims)
    if not pivot or ctx.words == 0:
        return
    for s in ctx.sentences:
        for a, b in s.hits.get("preparation", []):
            clause_start = max(ctx.low.rfind(",", s.span.start, a), ctx.low.rfind(";", s.span.start, a), s.span.start)
            if not _FUTURE.search(ctx.low[clause_start:a]):
                return
    if claims:
        s, (a, b) = claims[0]
        b = max(e for x, e in s.hits["pivot_claim"])
    else:
        a, b = ctx.whole
    yield Hit(a, b, "You are changing field, but the answer gives no evidence of why this role is the logical bridge.",
              "Name what you've already done toward it: a course or certificate, a project, or a result from your previous field that transfers.",
              strong=bool(claims))
