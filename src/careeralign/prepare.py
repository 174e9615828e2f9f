"""The preparation API: read postings and profiles, dissect, analyze, draft and rewrite.

Kept apart from `api` (the critic) so that `import careeralign` and a plain `critique` do not load the
readers, the span model's module, the overlap or the composer; `careeralign/__init__` imports it on first use.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from careeralign.align import align, goal_matrix
from careeralign.api import critique
from careeralign.config import Config
from careeralign.drafting import compose
from careeralign.drafting.llm import ChatModel, PolishError, messages_for
from careeralign.drafting.rewrite import Rewrite, minimal_edit, same_facts, unified
from careeralign.errors import InputError
from careeralign.ingest.posting import check_posting, read_job as _read_job, read_job_file
from careeralign.ingest.profile import profile_template, read_profile as _read_profile, read_profile_file
from careeralign.models import (
    DEFAULT_QUESTION,
    EMPLOYER_KINDS,
    QUESTION_VARIANTS,
    Candidate,
    Critique,
    CritiqueRequest,
    Draft,
    DraftSentence,
    Job,
    JobInsight,
    Profile,
    Report,
    Role,
)
from careeralign.text import sentences
from careeralign.understand.goals import infer_goals, read_goals
from careeralign.understand.posting import dissect as _dissect

__all__ = ["read_job", "read_profile", "profile_template", "dissect", "analyze", "draft", "rewrite", "question_key"]

def read_job(source: str | Path | bytes, *, format: str | None = None, name: str = "<job>") -> Job:
    """Read a posting from a path, or from text/bytes (`format`: text, markdown, html, json)."""
    if isinstance(source, Path):
        return read_job_file(source)
    return _read_job(source, name=name, format=format)


def read_profile(source: str | Path | bytes, *, format: str | None = None, name: str = "<profile>") -> Profile:
    """Read a profile from a path, or from text/bytes (`format`: yaml, json, prose)."""
    if isinstance(source, Path):
        return read_profile_file(source)
    return _read_profile(source, name=name, format=format)


def dissect(job: Job | str, *, notes: str = "", name: str = "job") -> JobInsight:
    """Dissect a posting: level, employer kind, industry, skills, duties, offers and direction, with evidence."""
    if isinstance(job, str):
        job = Job(text=job.replace("\r\n", "\n") if "\r\n" in job else job)
    check_posting(job.text, name)
    return _dissect(job, notes)


def analyze(job: Job | str, profile: Profile | str, *, notes: str = "", answer: str | None = None,
            question: str | None = None, config: Config | None = None, drafts: int = 0) -> Report:
    """The whole preparation: dissected posting, goals, overlap, goal matrix, and the critique of `answer`."""
    insight = dissect(job, notes=notes)
    if isinstance(profile, str):
        profile = _read_profile(profile, format="prose")
    goals, inferred = read_goals(profile, insight)
    alignment = align(goals, insight, profile)
    fallback = infer_goals(profile, insight) if not inferred else ()
    matrix = goal_matrix(goals, alignment, insight, fallback)
    report = Report(insight, profile, goals, inferred, alignment, matrix, notes)
    if answer is not None and answer.strip():
        role, cand = _context(report)
        result = critique(CritiqueRequest(answer=answer, question=question or DEFAULT_QUESTION, role=role, candidate=cand), config=config)
        report = replace(report, critique=result, answer=answer)
    if drafts:
        report = replace(report, drafts=_drafts(report, drafts, question_key(question), None, config))
    return report


def question_key(question: str | None) -> str:
    """The question variant ('align', 'path', 'aspirations', 'five-years', 'next-step') a question reads as."""
    if not question:
        return "align"
    if question in QUESTION_VARIANTS:
        return question
    q = question.lower()
    for key, pat in (("five-years", r"five years|5 years"), ("next-step", r"next step|right step"), ("aspirations", r"aspiration"),
                     ("path", r"career path|fit your"), ("align", r"align")):
        if re.search(pat, q):
            return key
    return "align"


def _context(report: Report) -> tuple[Role, Candidate]:
    ins = report.insight
    role = Role(title=ins.title or None, level=ins.level, employer_kind=ins.employer_kind, industry=ins.industry or None,
                company=ins.company or None, job_description=ins.text, company_notes=report.notes or None)
    prof = report.profile
    background = prof.background or (prof.text if prof.format == "prose" else None)
    return role, Candidate(background=background or None, pivot_from=prof.pivot_from)


def _drafts(report: Report, n: int, question: str, employer_kind: str | None, config: Config | None, tries: int = 8,
            model: ChatModel | None = None) -> tuple[Draft, ...]:
    """Compose candidates, critique each, drop any with an error finding or outside 150-250 words, best first."""
    role, cand = _context(report)
    seen: set[str] = set()
    kept: list[Draft] = []
    for v in range(max(tries, n * 3)):
        d = compose(report, question=question, employer_kind=employer_kind, variant=v)
        if d.text in seen:
            continue
        seen.add(d.text)
        c = critique(CritiqueRequest(answer=d.text, question=QUESTION_VARIANTS[question], role=role, candidate=cand), config=config)
        if any(f.severity == "error" for f in c.findings) or not 150 <= d.words <= 250:
            continue
        kept.append(replace(d, critique=c))
    kept.sort(key=lambda d: (-(d.critique.overall if d.critique else 0), d.text))
    out = kept[:n]
    if model is not None:
        out = [_polish(d, report, model, question, role, cand, config) for d in out]
    return tuple(out)


def _facts(report: Report) -> str:
    """Everything a draft may say: the posting, the profile and the notes, as given."""
    return "\n\n".join(x for x in (report.insight.text, report.profile.text, report.notes) if x.strip())


def _polish(d: Draft, report: Report, model: ChatModel, question: str, role: Role, cand: Candidate, config: Config | None) -> Draft:
    """The model's wording when it passes every check; otherwise the deterministic draft, with the reason."""
    try:
        text = model.complete(messages_for(d.text, _facts(report)))
    except PolishError as e:
        return replace(d, polish=f"not used: {e}")
    text = " ".join(text.split())
    new = same_facts(text, _facts(report) + "\n" + d.text)
    if new:
        return replace(d, polish=f"not used: the model added facts not in your inputs ({', '.join(new[:5])})")
    words = len(text.split())
    if not 150 <= words <= 250:
        return replace(d, polish=f"not used: the model's answer has {words} words (150-250 wanted)")
    c = critique(CritiqueRequest(answer=text, question=QUESTION_VARIANTS[question], role=role, candidate=cand), config=config)
    if any(f.severity == "error" for f in c.findings):
        return replace(d, polish="not used: the critic found an error in the model's answer (" + ", ".join(f.rule for f in c.findings if f.severity == "error") + ")")
    # Each polished sentence keeps the sources of the draft sentences it shares the most words with.
    srcs = []
    for sp in sentences(text):
        st = text[sp.start:sp.end]
        w = set(re.findall(r"[a-z0-9']+", st.lower()))
        best = max(d.sentences, key=lambda x: len(w & set(re.findall(r"[a-z0-9']+", x.text.lower()))))
        srcs.append(DraftSentence(st, best.part, best.sources))
    return replace(d, text=text, sentences=tuple(srcs), critique=c, polish="used")


def draft(job: Job | str, profile: Profile | str, *, notes: str = "", question: str | None = None,
          employer_kind: str | None = None, variants: int = 3, config: Config | None = None,
          model: ChatModel | None = None) -> tuple[Draft, ...]:
    """Drafts of the answer from the candidate's own facts, self-checked by the critic, best first.

    A draft with an error-severity finding is never returned; fewer than `variants` (even none) may come back.
    With `model` (an OpenAI-compatible endpoint), each draft is offered to it for polish and its text is kept
    only when it adds no names or numbers, stays 150-250 words and the critic finds no error.
    """
    if employer_kind is not None and employer_kind not in EMPLOYER_KINDS:
        raise InputError(f"employer_kind: {employer_kind!r} is not one of {'|'.join(EMPLOYER_KINDS)}")
    report = analyze(job, profile, notes=notes)
    return _drafts(report, max(1, variants), question_key(question), employer_kind, config, model=model)


def rewrite(answer: str, job: Job | str, profile: Profile | str | None = None, *, notes: str = "",
            question: str | None = None, config: Config | None = None) -> tuple[Critique, Rewrite]:
    """The answer's critique, a minimal edit that fixes its findings and keeps its words, and a full rewrite."""
    if not answer.strip():
        raise InputError("answer: empty")
    prof = profile if profile is not None else Profile(text="", format="prose", goals_given=False)
    if isinstance(prof, str):
        prof = _read_profile(prof, format="prose")
    report = analyze(job, prof, notes=notes, answer=answer, question=question, config=config)
    assert report.critique is not None
    q = question_key(question)
    best = _drafts(report, 1, q, None, config)
    full = best[0] if best else None
    pool = full or compose(report, question=q)
    text, changes = minimal_edit(answer, report.critique, pool)
    role, cand = _context(report)
    after = critique(CritiqueRequest(answer=text, question=question or DEFAULT_QUESTION, role=role, candidate=cand), config=config) if text.strip() else None
    return report.critique, Rewrite(answer, text, changes, full, unified(answer, text), after)
