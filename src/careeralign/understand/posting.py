"""Dissect a posting into a JobInsight: level, kind, industry, duties, skills, offers and direction."""

from __future__ import annotations

import re
from dataclasses import dataclass

from careeralign.lexicon import norm
from careeralign.models import Evidence, Item, Job, JobInsight, Quote
from careeralign.text import sentences
from careeralign.understand.level import infer_employer_kind, infer_level, title_span
from careeralign.understand.spans import extract_spans

# Section headers and what they hold.
_HEADERS = [
    ("meta", r"job type|experience level|seniority level|role|industry|company size|company type|location options?|location|technologies|date posted|likes.*|job level|contract type|employment type|salary|visa sponsor.*|remote|workplace|reference( number)?|closing date|start date"),
    ("responsibilities", r"(key |main |your |job |core )?(responsibilities|duties|tasks|accountabilities)|what you('ll| will) (do|be doing|work on)|your (role|mission|day|job|impact)|day[- ]to[- ]day|what the job involves|you will|what you('ll| will) achieve|in this role you will|the work"),
    ("role", r"job description|(about|the) (role|job|position)|role description|position (description|summary)|job summary|in this role|overview|the opportunity|the challenge"),
    ("requirements", r"(requirements|qualifications|skills|experience|profile|essential|desirable|nice to have|must[- ]haves?|bonus points|preferred)( (and|&) (experience|qualifications|skills))?|what you('ll)? (bring|need|have)|who you are|about you|your (profile|background|skills|qualifications|experience)|we('re| are) looking for|you (have|are|bring|should have)|ideal candidate|(required|preferred|minimum) qualifications|what we('re| are) looking for|tech stack|who we('re| are) looking for"),
    ("offers", r"what we offer|we offer|(our |job |the |employee )?benefits( and perks| package)?|perks( and benefits)?|why (join|work (with|for)) us|what('s| is) in it for you|what you('ll)? get|compensation( and benefits)?|we provide|our offer|rewards|why you('ll)? love (it|working here)|what we can offer( you)?|employment terms|salary and (terms|conditions)|terms of employment"),
    ("about", r"about (us|the (company|team|organi[sz]ation|employer|department)|[a-z<>]+)|who we are|our (company|story|mission|team|values)|company (description|overview)|the (company|team|department)|our culture"),
    ("apply", r"(how to )?apply|application( process| procedure)?|further information|contact|deadline|formalities( and references)?|equal opportunit(y|ies)|diversity( and inclusion)?"),
]
_HEADER = [(name, re.compile(r"^\W*(" + pat + r")\s*:?\s*$")) for name, pat in _HEADERS]

_DUTY_VERB = re.compile(r"^\W*(you('ll| will)( be)?\s+)?(design|develop|build|lead|manage|own|drive|deliver|create|implement|maintain|support|coordinate|plan|prepare|analy[sz]e|conduct|write|review|ensure|work|collaborate|partner|provide|monitor|oversee|handle|process|assist|identify|improve|establish|define|execute|perform|operate|run|teach|train|mentor|research|investigate|test|deploy|negotiate|sell|serve|care|treat|advise|respond|resolve|participate|contribute|take|set|shape|help|liaise|communicate|organi[sz]e|administer|prioriti[sz]e|track|report|produce|configure|install|inspect|audit|recruit|source|promote|grow|scale|optimi[sz]e|automate|architect|translate|document|facilitate|engage|represent|schedule|greet|prepare|clean|cook|drive)\b")
_YOU_WILL = re.compile(r"^\W*(the|our|this|each|every) (?!company|team|firm|organi[sz]ation|group|business|successful|ideal)[a-z][a-z ,&/-]{1,50} (will|would|is responsible for|works? (with|on|across|alongside)|takes?|runs?|leads?|owns?|builds?|designs?|manages?|supports?)\b|\b(?:need|needs|looking for|hiring|seeking|recruiting|to recruit|to hire)\s+(?:a|an)\s+[a-z][a-z ,&/-]{2,60}?\s+to(?=\s+[a-z])|\b(you will|you'll|your (main |key )?(tasks|responsibilities|duties|job) (will )?(include|be|are)|the (successful )?(candidate|applicant|hire|person) will|responsible for|in charge of|accountable for|tasks include|duties include|this role (will|involves|includes))\b")
_REQ = re.compile(r"\b(experience (in|with|of)|knowledge of|understanding of|proficien(t|cy)|familiar(ity)? with|degree|qualification|certified|ability to|able to|skills? in|you have|you are|must have|should have|required|is a plus|is a bonus|preferred|desirable|years of)\b")
_CHALLENGE = re.compile(r"\b(challeng(e|es|ing)|complex(ity)?|at scale|scal(e|ing|ability)|migrat(e|ing|ion)|moderni[sz](e|ing|ation)|legacy|transform(ation|ing)?|from scratch|greenfield|bottlenecks?|backlog|tight deadlines|fast[- ]paced|high[- ]volume|growing (fast|quickly|rapidly)|rapid growth|turnaround|improv(e|ing) (the |our )?[a-z]+|reduc(e|ing) (the |our )?[a-z]+|increas(e|ing) (the |our )?[a-z]+|problems?|pain points?|demanding|ambiguous|ambiguity|competing priorities|multiple stakeholders)\b")
_PROCESS = re.compile(r"\b(agile|scrum|kanban|sprints?|lean|six sigma|itil|devops|ci/cd|continuous (integration|delivery|deployment)|code reviews?|pull requests?|test[- ]driven|tdd|bdd|pair programming|gmp|gcp|glp|iso ?\d{4,5}|sops?|standard operating procedures|quality (assurance|management|system)|compliance|audits?|risk management|change management|incident management|release (process|management)|peer review|design reviews?|stand-?ups?|retrospectives?|okrs?|kpis?|project management|prince2|pmp|waterfall|documentation (standards|process)|safety (procedures|protocols|standards)|haccp|gdpr|sox|hipaa|ifrs|gaap)\b")
_OFFERS = {
    "mentorship": r"\b(mentor(s|ship|ing)?|buddy( system| program(me)?)?|coach(ing)?|shadow(ing)?|learn from (experienced|senior|the best)|guidance from|supervision)\b",
    "training": r"\b(training|learning (budget|and development|opportunities|platform|culture|stipend)|l&d|courses?|workshops?|conferences?|onboarding (program(me)?|plan)|development (program(me)?|plan|budget|opportunities)|professional development|upskill(ing)?|academy|further education|continuing education|education budget)\b",
    "certification": r"\b((professional )?certification (reimbursement|support|sponsorship|budget|costs?|fees|program(me)?s?)|(sponsor|support|fund|pay for|cover|reimburse)(s|ed|ing)? (your |the |for |all )?(professional )?(certifications?|exams?|accreditation|chartership|licen[cs]es?)|exam fees|cpd|chartership|professional registration|get certified|paid certifications?)\b",
    "promotion": r"\b(career (path|progression|development|growth|advancement|ladder|framework|opportunities)|promotion|progression|advancement|grow into|path to (management|leadership|senior|lead)|promote from within|internal (mobility|moves|opportunities)|leadership (track|development|program(me)?|pipeline)|management track|room to grow|opportunities? to grow|growth opportunities)\b",
    "tuition": r"\b(tuition|education (assistance|reimbursement|support)|study (leave|support)|degree (sponsorship|support)|sponsor(ed|ship)? (your |a )?(degree|studies|qualification|mba)|fund(ed|ing)? (your |a )?(degree|studies|qualification|mba))\b",
    "scope": r"\b(scope|ownership|autonomy|own (the|your|a|end-to-end)|end-to-end|real impact|make an impact|high[- ]impact|visibility|exposure to|variety|varied|cross-functional|influence|shape (the|our)|responsibility from day one|freedom to|wide range of|broad (scope|range)|greenfield|from scratch|wear (many|multiple) hats)\b",
    "flexibility": r"\b(flexible (hours|working|schedule|work)|remote|hybrid|work from home|part[- ]time option|4[- ]day week|four[- ]day week|flexitime)\b",
    "compensation": r"\b(competitive (salary|pay|compensation|package)|bonus(es)?|equity|stock options|pension|salary|401\(?k\)?|health (insurance|care|plan)|paid (time off|leave|vacation|holidays)|holidays?|vacation|parental leave|allowance)\b",
}
_OFFER_RE = {k: re.compile(v) for k, v in _OFFERS.items()}
_DIRECTION = {
    "expansion": r"\b(expand(ing|s|ed)?|expansion|new (market|markets|region|regions|office|offices|site|sites|country|countries|stores?|clinics?|product lines?)|open(ing)? (a |its |our )?(new|second|third)|launch(ing|es|ed)?|enter(ing)? (the )?[a-z]+ market|international(ly)?|growth plan|scal(e|ing) (up|to))\b",
    "initiative": r"\b(initiative|programme|program|transformation|strategy|strategic|roadmap|invest(ing|ment|s)?|moderni[sz](e|ing|ation)|digital|migrat(e|ing|ion)|rebuild(ing)?|sustainab(le|ility)|net[- ]zero|automation|ai\b|platform|partnership|acquisition|acquir(e|ed|ing)|merger|reorgani[sz]ation)\b",
    "benchmark": r"\b(award|accreditation|certification|certified|ranking|ranked|top \d+|benchmark|target(s|ing)?|aim(s|ing)? (to|for)|aim is|goal (is|of)|by 20\d\d|become the (leading|first|largest|best)|recogni[sz](ed|tion)|magnet status|iso ?\d{4,5}|b corp|ipo|series [a-d]|funding round|raised)\b",
}
_DIRECTION_RE = {k: re.compile(v) for k, v in _DIRECTION.items()}
_INDUSTRY_FIELD = re.compile(r"\b(industry|sector)\s*:?[ \t]*\n?[ \t]*([^\n]{3,80})")
_INDUSTRIES = {
    "software and IT": r"\b(software|saas|cloud|devops|developer|web (application|development)|it (department|services|support)|information technology|data platform|api|frontend|backend|full[- ]stack|mobile app)\b",
    "healthcare": r"\b(hospital|patients?|clinic(al)?|nurs(e|ing)|healthcare|health care|medical|physician|gp practice|care home|dental|pharmacy)\b",
    "research and academia": r"\b(universit(y|ies)|research (group|center|centre|institute|project)|faculty|professor|ph\.?d|postdoc|academic|phd|scientific)\b",
    "finance": r"\b(bank(ing)?|financial services|fintech|investment|asset management|accounting|audit firm|insurance|trading|payments?|credit)\b",
    "retail": r"\b(retail|store|shop floor|merchandis(e|ing)|e-?commerce|customers in store|supermarket)\b",
    "manufacturing": r"\b(manufactur(ing|er)|factory|plant|production line|assembly|machining|industrial)\b",
    "logistics": r"\b(logistics|warehouse|supply chain|freight|shipping|distribution cent(er|re)|fleet|transport)\b",
    "hospitality": r"\b(hotel|restaurant|kitchen|hospitality|guests?|catering|bar\b|front of house)\b",
    "public sector": r"\b(government|public sector|municipality|ministry|agency|council|public authority|civil service|federal|state agency)\b",
    "education": r"\b(school|teach(er|ing)|pupils|students|classroom|curriculum|education(al)?)\b",
    "legal": r"\b(law firm|legal|solicitor|attorney|paralegal|litigation|counsel)\b",
    "energy": r"\b(energy|renewable|solar|wind (farm|turbine)|oil and gas|utilit(y|ies)|grid|power plant)\b",
    "media and marketing": r"\b(media|marketing|advertising|agency|brand|content|journalis(m|t)|newsroom|publishing)\b",
    "construction": r"\b(construction|building site|contractor|civil engineering|architect(ure)?|site manager)\b",
    "pharma and biotech": r"\b(pharma(ceutical)?|biotech|drug (discovery|development)|clinical trials?|life sciences?|laboratory)\b",
    "games": r"\b(game(s|play)?|gaming|studio|unity|unreal)\b",
    "nonprofit": r"\b(nonprofit|non-profit|charity|ngo|foundation|volunteers?)\b",
}
_INDUSTRY_RE = {k: re.compile(v) for k, v in _INDUSTRIES.items()}
_LEAD_PATH = re.compile(r"\b(path to (management|leadership|team lead|lead)|leadership (track|development|program|pipeline)|management track|grow into (a |the )?(lead|manager|leadership)|promotion path|promote from within|career (ladder|progression|path)|progress(ion)? to (senior|lead|manager|supervisor))\b")


@dataclass(frozen=True)
class Unit:
    """A line or sentence of the posting with its section."""

    start: int
    end: int
    text: str
    low: str
    section: str
    bullet: bool


def units(text: str) -> list[Unit]:
    """Split a posting into lines, then sentences, each tagged with the section header above it."""
    out: list[Unit] = []
    section = "intro"
    pos = 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        stripped = line.strip()
        if stripped:
            low = norm(stripped)
            header = None
            nwords = len(stripped.split())
            if nwords <= 7:
                for name, pat in _HEADER:
                    if pat.match(low):
                        header = name
                        break
                if header is None and nwords <= 6 and stripped[0].isupper() and not re.search(r"[.!?,;]$", stripped) \
                        and not re.match(r"^\s*([-*\u2022\u25cf\u25aa\u2013]|\d+[.)])\s", line):
                    nxt = next((x for x in lines[k + 1:] if x.strip()), "")
                    if len(nxt.split()) >= 10:
                        header = "other"  # an unnamed sub-heading ("Approval and Enrolment") over a paragraph
            if header:
                section = header
            elif section == "meta" and nwords <= 8 and not stripped.endswith("."):
                pass  # the value of a structured field ("Experience level:" / "Senior")
            else:
                if section == "meta":
                    section = "role"
                bullet = bool(re.match(r"^\s*([-*\u2022\u25cf\u25aa\u2013]|\d+[.)])\s", line))
                for sp in sentences(line):
                    if sp.text.strip():
                        out.append(Unit(pos + sp.start, pos + sp.end, sp.text, norm(sp.text), section, bullet))
        pos += len(line) + 1
    return out


def _item(u: Unit, category: str, cue: str = "", source: str = "job", shift: int = 0) -> Item:
    text = u.text.strip(" -*\u2022\u25cf\u25aa\u2013")
    a = u.start + u.text.index(text) if text else u.start
    return Item(text, category, Quote(source, a - shift, a - shift + len(text), text), cue)


def _title_subject(title: str) -> re.Pattern[str] | None:
    """'Tier 1 SOC Analysts triage alerts...': a sentence whose subject is the role's head noun (plural or not)."""
    head = re.split(r"[,(\u2013\u2014|]|\s-\s", norm(title))[0].strip()
    words = re.findall(r"[a-z][a-z-]+", head)
    if not words:
        return None
    noun = re.escape(words[-1].rstrip("s"))
    noun = noun + r"s?|residents|graduates|trainees|interns|apprentices|new hires|hires|fellows|recruits"
    return re.compile(r"^\W*(?:[\w&/-]+\s+){0,5}(?:" + noun + r")\s+(?:will\s+|also\s+|often\s+|each\s+)?(?!is\b|are\b|was\b|were\b|has\b|have\b|and\b|or\b|of\b|in\b|with\b|at\b)[a-z]+\b")


def _responsibility(u: Unit, subject: re.Pattern[str] | None = None) -> str:
    if u.section == "responsibilities" and not _REQ.search(u.low[:40]) and len(u.low.split()) >= 4:
        return "section"
    if u.section in ("offers", "about", "apply", "requirements", "meta"):
        return ""
    m = _YOU_WILL.search(u.low)
    if m:
        return m.group(0)
    if subject is not None and u.section in ("intro", "role", "other"):
        m3 = subject.match(u.low)
        if m3:
            return m3.group(0).strip()
    if u.section in ("intro", "role") and (u.bullet or u.section == "role") and len(u.low.split()) >= 4:
        m2 = _DUTY_VERB.match(u.low)
        if m2:
            return m2.group(0).strip(" -*")
    return ""


def dissect(job: Job | str, notes: str = "") -> JobInsight:
    """Read a posting (and optional notes on the company's direction) into a JobInsight."""
    if isinstance(job, str):
        job = Job(text=job)
    text = job.text
    low = norm(text)
    us = units(text)
    evidence: list[tuple[str, Evidence]] = []

    title = job.title
    if title:
        i = text.find(title)
        tq = (Quote("job", i, i + len(title), title),) if i >= 0 else ()
        evidence.append(("title", Evidence(title, "given by the posting's structured data" if job.format == "jsonld" else "the posting's first line", tq)))
    else:
        span = title_span(text)
        if span:
            title = text[span[0]:span[1]].strip()
            evidence.append(("title", Evidence(title, "the posting's first line or 'a position as ...'", (Quote("job", span[0], span[1], text[span[0]:span[1]]),))))

    company = job.company
    m = re.match(r"^(.{3,120}?)\s+(?:-|\u2013|\u2014|\||@|at)\s+([A-Z][\w&.,' -]{1,60})$", title)
    if m and len(m.group(2).split()) <= 5:
        if not company:
            company = m.group(2).strip()
            i = text.find(company)
            if i >= 0:
                evidence.append(("company", Evidence(company, "named after the title", (Quote("job", i, i + len(company), company),))))
        title = m.group(1).strip()
        evidence = [(k, Evidence(title, e.why, tuple(Quote(q.source, q.start, q.start + len(title), title) for q in e.quotes)) if k == "title" else e)
                    for k, e in evidence]

    if not company:
        first = text.lstrip().split("\n", 1)[0]
        m = re.search(r"\s(?:-|\u2013|\u2014|\||@|at)\s+([A-Z][\w&.,' -]{1,60})$", first.rstrip())
        if m and len(m.group(1).split()) <= 5 and "<" not in m.group(1):
            company = m.group(1).strip()
            i = text.find(company)
            evidence.append(("company", Evidence(company, "named after the title on the first line", (Quote("job", i, i + len(company), company),))))

    lv = infer_level(job.title, text)
    if lv:
        level = lv.value
        evidence.append(("level", Evidence(level, lv.why, tuple(Quote("job", a, b, text[a:b]) for a, b in lv.spans))))
    else:
        level = "mid"
        evidence.append(("level", Evidence("mid", "the posting names no level; mid assumed")))

    kind = infer_employer_kind(text, notes)
    kq = []
    for a, b in kind.spans:
        if b <= len(text):
            kq.append(Quote("job", a, b, text[a:b]))
        else:
            a2, b2 = a - len(text) - 1, b - len(text) - 1
            kq.append(Quote("notes", a2, b2, notes[a2:b2]))
    evidence.append(("employer_kind", Evidence(kind.value, kind.why, tuple(kq))))

    industry = ""
    fm = _INDUSTRY_FIELD.search(low[:3000])
    if fm and not re.match(r"\s*(experience|knowledge|standards?|leading|best|trends|and)\b", fm.group(2)):
        a, b = fm.start(2), fm.end(2)
        industry = text[a:b].strip()
        evidence.append(("industry", Evidence(industry, "the posting's industry field", (Quote("job", a, b, text[a:b]),))))
    else:
        scores = {k: [(m.start(), m.end()) for m in r.finditer(low)] for k, r in _INDUSTRY_RE.items()}
        best = max(scores, key=lambda k: len(scores[k]))
        if scores[best]:
            industry = best
            qs = tuple(Quote("job", a, b, text[a:b]) for a, b in scores[best][:3])
            evidence.append(("industry", Evidence(best, f"{len(scores[best])} mention(s) of {best} words", qs)))

    responsibilities, requirements, challenges, processes, offers = [], [], [], [], []
    seen_proc: set[str] = set()
    subject = _title_subject(title) if title else None
    for u in us:
        cue = _responsibility(u, subject)
        if cue:
            responsibilities.append(_item(u, "responsibility", cue))
        elif u.section == "requirements" or (u.section != "offers" and _REQ.search(u.low) and not _YOU_WILL.search(u.low)):
            requirements.append(_item(u, "requirement"))
        if u.section not in ("offers", "apply"):
            m = _CHALLENGE.search(u.low)
            if m and u.section != "about" or (m and re.search(r"\b(we|our)\b", u.low)):
                challenges.append(_item(u, "challenge", m.group(0)))  # type: ignore[union-attr]
        for m in _PROCESS.finditer(u.low):
            key = m.group(0)
            if key not in seen_proc:
                seen_proc.add(key)
                a = u.start + m.start()
                processes.append(Item(text[a:a + len(key)], "process", Quote("job", a, a + len(key), text[a:a + len(key)]), key))
        if u.section != "apply":
            for cat, r in _OFFER_RE.items():
                m = r.search(u.low)
                if not m:
                    continue
                if u.section != "offers" and cat in ("compensation", "flexibility", "scope") and not re.search(r"\b(we offer|you('ll| will) (get|have|receive|enjoy)|we provide|offer(s|ed)?|include[sd]?|enjoy|benefits?)\b", u.low):
                    continue
                if u.section == "requirements" and not re.search(r"\b(we|our|you('ll| will) (get|receive))\b", u.low):
                    continue
                offers.append(_item(u, cat, m.group(0)))
                break

    direction = []
    if notes.strip():
        for u in units(notes):
            for cat, r in _DIRECTION_RE.items():
                m = r.search(u.low)
                if m:
                    direction.append(Item(u.text.strip(), cat, Quote("notes", u.start, u.end, u.text), m.group(0)))
                    break
    for u in us:
        if u.section == "about":
            for cat in ("expansion", "benchmark"):
                m = _DIRECTION_RE[cat].search(u.low)
                if m:
                    direction.append(_item(u, cat, m.group(0)))
                    break

    return JobInsight(
        text=text,
        title=title,
        company=company,
        level=level,
        employer_kind=kind.value,
        industry=industry,
        skills=extract_spans(text),
        responsibilities=tuple(responsibilities),
        requirements=tuple(requirements),
        challenges=tuple(challenges[:12]),
        processes=tuple(processes),
        offers=tuple(offers),
        direction=tuple(direction),
        evidence=tuple(evidence),
        offers_leadership_path=bool(_LEAD_PATH.search(low)),
    )
