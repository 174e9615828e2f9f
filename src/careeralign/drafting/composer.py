"""Compose a three-part answer (short-term focus, bridge, long-term vision) from the candidate's own facts.

Every sentence is built from slots filled with words quoted from the profile,
the posting or the notes, joined by short connecting phrases; each sentence
records the quotes it used. The phrasing varies with the context (a seed from
the facts), the question, the employer kind, an open long-term path, a pivot
and the level. The critic checks every draft afterwards (in the API).
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field

from careeralign.lexicon import norm
from careeralign.models import Draft, DraftSentence, Goal, Item, Quote, Report
from careeralign.understand.goals import NOT_TO_LEARN

_LEAD_IN = re.compile(r"^\s*(?:(?:i|i'd|i would|i'm|i am)\s+(?:really\s+)?(?:want|like|hope|plan|aim|intend|love|keen|eager|looking)(?:\s+to)?|my (?:main |long-term |short-term )?(?:goal|aim|plan|ambition) is(?: to)?|to)\s+", re.I)
_YOU_WILL = re.compile(r"^\s*(?:[-*\u2022]\s*)?(?:you will|you'll|you are going to|the (?:successful )?(?:candidate|applicant|hire|person) will|in this role,? you will|as [a-z ]+,? you will)\s+(?:be\s+)?", re.I)
_CLIP = re.compile(r"\s*(?:;|\u2013|\u2014|\s-\s|\(|, (?:and |as well as |while |which |including |e\.g\.|using |so |where |but )|\.\s)")


@dataclass
class _Builder:
    """Sentences under construction, with their sources."""

    sentences: list[DraftSentence] = field(default_factory=list)

    def add(self, text: str, part: str, *sources: Quote | None) -> None:
        text = re.sub(r"\s+", " ", text).strip()
        text = re.sub(r"\s+([,.;:])", r"\1", text)
        if not text.endswith((".", "!", "?")):
            text += "."
        text = text[0].upper() + text[1:]
        self.sentences.append(DraftSentence(text, part, tuple(q for q in sources if q is not None)))

    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


def clause(text: str, max_words: int = 16) -> str:
    """A goal or duty as a verb phrase in the first person: 'Set API standards' -> 'set API standards'."""
    t = _YOU_WILL.sub("", text.strip())
    t = _LEAD_IN.sub("", t)
    t = _CLIP.split(t, maxsplit=1)[0]
    # The posting speaks as "we/our" to "you/your"; the candidate answers the interviewer.
    t = re.sub(r"\byour\b", "\x00my", t)
    t = re.sub(r"\byou\b", "\x00I", t)
    t = re.sub(r"\bour\b", "your", t)
    t = re.sub(r"\bOur\b", "Your", t)
    t = re.sub(r"\bwe\b", "you", t)
    t = t.replace("\x00", "")
    t = t.strip(" .!?,:;-\u2022*")
    words = t.split()
    if len(words) > max_words:
        cut = max_words
        for i in range(max_words, 2, -1):
            if words[i - 1].lower() not in ("and", "or", "the", "a", "an", "of", "to", "for", "with", "in", "on", "our", "my", "your",
                                            "using", "by", "from", "at", "as", "into", "across", "its", "their", "that", "which",
                                            "after", "before", "under", "over", "about", "per", "via", "during", "within",
                                            "without", "between", "than", "such"):
                cut = i
                break
        t = " ".join(words[:cut])
    subject = re.match(r"^[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*(?:'s)? (?:is|are|has|have|will|was|were|plans|wants|aims|launched|opened|won|raised)\b", t)
    if t and not subject and not (t[:2].isupper() or re.match(r"^[A-Z][a-z]*[A-Z]", t)):  # keep acronyms and names (API, OpenAPI)
        t = t[0].lower() + t[1:]
    return t


_OFFER_LEAD = re.compile(r"^\s*(?:(?:we|you) (?:offer|provide|give|have)(?: you)?|you(?:'ll| will) (?:get|receive|have|enjoy)|there (?:is|are)|(?:we|you) (?:also )?support)\s+", re.I)


def offer_phrase(text: str, max_words: int = 12) -> str:
    """What an offer gives, as a noun phrase: 'We provide a six-week academy, ...' -> 'six-week academy'."""
    t = _OFFER_LEAD.sub("", text.strip())
    t = re.sub(r"^(a|an|the)\s+", "", clause(t, max_words), flags=re.I)
    return t


def duty_clause(item: Item, max_words: int = 16) -> str:
    """A duty as the candidate's verb phrase: 'Tier 1 SOC Analysts triage alerts' -> 'triage alerts'."""
    text = item.text.lstrip(" -*\u2022")
    cue = item.cue
    i = norm(text).find(cue) if cue and cue != "section" else -1
    if i >= 0:
        if re.search(r"\b(will|would|you'll|to)$", cue):
            text = re.sub(r"^(also|then|often)\s+", "", text[i + len(cue):].lstrip())
        elif " " in cue and not cue.startswith(("you", "your")):
            text = text[i + len(cue) - len(cue.split()[-1]):]
    return clause(text, max_words)


def _seed(*parts: str) -> int:
    return int(hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12], 16)


def _pick(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


def _quote_in(text: str, needle: str, source: str) -> Quote | None:
    if not needle:
        return None
    i = norm(text).find(norm(needle))
    return Quote(source, i, i + len(needle), text[i:i + len(needle)]) if i >= 0 else None


_DOUBLE = {"set", "run", "get", "put", "cut", "plan", "ship", "stop", "win", "begin", "hit", "swim", "sit", "drop", "map", "chat"}


def gerund(phrase: str) -> str:
    """'own the strategy' -> 'owning the strategy'."""
    if not phrase:
        return phrase
    head, _, rest = phrase.partition(" ")
    w = head.lower()
    if w.endswith("ing"):
        g = head
    elif w in _DOUBLE:
        g = head + head[-1] + "ing"
    elif w.endswith("ie"):
        g = head[:-2] + "ying"
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and w not in ("be",):
        g = head[:-1] + "ing"
    else:
        g = head + "ing"
    return g + (" " + rest if rest else "")


def _article(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _fact_quote(report: Report, needle: str) -> Quote | None:
    """Where the profile states `needle` as a fact (background, skills, evidence), never inside a goal."""
    text = report.profile.text
    goals = [(g.start, g.end) for g in report.profile.goals if g.end > g.start]
    low, nl = norm(text), norm(needle)
    i = low.find(nl)
    while i >= 0 and nl:
        if not any(a <= i < b for a, b in goals):
            return Quote("profile", i, i + len(needle), text[i:i + len(needle)])
        i = low.find(nl, i + 1)
    return None


def _skill_overlap(report: Report) -> list[tuple[str, Quote | None, Quote]]:
    """Posting skills the profile also shows as facts (not as goals): (words, profile quote, posting quote)."""
    prof = report.profile
    out: list[tuple[str, Quote | None, Quote]] = []
    seen: set[str] = set()
    for s in report.insight.skills:
        c = s.canonical
        if c in seen or len(c) < 2:
            continue
        q = _fact_quote(report, s.text)
        if q is None:
            continue
        seen.add(c)
        out.append((s.text, q, Quote("job", s.start, s.end, s.text)))
    if not out:
        for sk in prof.skills:
            q = _fact_quote(report, sk)
            if q is not None:
                out.append((sk, q, q))
    return out


def _goal(report: Report, horizon: str) -> Goal | None:
    for g in report.goals:
        if g.horizon == horizon and g.kind != "personal":
            return g
    return None


def _gq(g: Goal, fallback: Quote | None = None) -> tuple[Quote, ...]:
    if g.quote.source != "inferred":
        return (g.quote,)
    return g.sources or ((fallback,) if fallback is not None else ())


def _best_offer(report: Report, goal: Goal | None, categories: tuple[str, ...]) -> Item | None:
    if goal is not None:
        idx = report.goals.index(goal)
        for p in sorted(report.alignment.pairs, key=lambda p: -p.similarity):
            if p.goal == idx and p.offer.category in categories:
                return p.offer
    return next((o for o in report.insight.offers if o.category in categories), None)


def _duty(report: Report, short: Goal | None) -> Item | None:
    if short is not None:
        idx = report.goals.index(short)
        for p in sorted(report.alignment.pairs, key=lambda p: -p.similarity):
            if p.goal == idx and p.offer.category == "responsibility":
                return p.offer
    return report.insight.responsibilities[0] if report.insight.responsibilities else None


# Connecting phrases stay short (six words or fewer between facts), so that no two drafts for different
# contexts share a run of eight words beyond the candidate's own facts (bench/drafts.py measures it).
OPENINGS = {
    "align": ["{title_at} fits my plan to {direction}", "{title_at} suits my aim to {direction}",
              "My goal: {direction}; {title_at} fits that closely"],
    "path": ["{title_at} is the next stretch of my path, toward being able to {direction}",
             "My path leads toward the chance to {direction}, and {title_at} sits on it"],
    "aspirations": ["My aspiration is to {direction}, and {title_at} is where I'd start",
                    "What I'm after is the chance to {direction}; {title_at} is built for it"],
    "five-years": ["In five years I'd like to {direction}, and {title_at} is how I get there",
                   "Five years from now, I hope to {direction}; {title_at} is the start"],
    "next-step": ["{title_at} is the logical next step, because I want to {direction}",
                  "I want to {direction}, and {title_at} is the right next step"],
}
KIND_LINES = {
    "specialist": ["Depth first: real mastery of {skill}{cert}", "Mastering {skill}{cert} comes first for me"],
    "startup": ["I'd pitch in beyond the {title} brief as {company} grows",
                "At {company}'s size I'd expect to help wherever {title} work overlaps with others"],
    "corporate": ["I value the {path_noun} {company} offers; {company} is where I'd build my career",
                  "The {path_noun} at {company} draws me; I'd grow with {company}"],
    "general": [""],
}
_PATH_NOUN = {"promotion": "career path", "mentorship": "mentoring", "training": "training"}
_VERBS = {"manage", "recognise", "recognize", "build", "design", "develop", "write", "lead", "communicate", "work", "analyse", "analyze",
          "create", "maintain", "support", "test", "deploy", "ensure", "coordinate", "plan", "use", "apply", "understand", "handle",
          "solve", "deliver", "monitor", "troubleshoot", "document", "train", "teach", "sell", "negotiate", "present", "review",
          "implement", "drive", "collaborate", "run", "own", "prioritise", "prioritize", "explain", "organise", "organize", "identify"}
_PAST = {"built", "led", "ran", "won", "cut", "wrote", "made", "set", "grew", "taught", "drove", "brought", "took", "got", "shipped",
         "rebuilt", "rewrote", "became", "began", "chose", "did", "found", "gave", "held", "kept", "left", "lost", "met", "paid",
         "put", "sold", "sent", "spent", "stood", "thought", "understood", "halved", "doubled", "tripled", "saved", "raised", "hit", "beat"}


def _first_person(phrase: str) -> str:
    """'rebuilt the reference' -> 'I rebuilt the reference'; anything else -> 'I bring ...'."""
    w = phrase.split(" ", 1)[0].lower() if phrase else ""
    if re.match(r"^[a-z]+ed$", w) or w in _PAST:
        return "I " + phrase
    return "I bring " + phrase


def compose(report: Report, *, question: str = "align", employer_kind: str | None = None, variant: int = 0) -> Draft:
    """One draft for the report's context; `variant` changes the phrasing, not the facts."""
    ins = report.insight
    prof = report.profile
    kind = employer_kind or ins.employer_kind
    rng = random.Random(_seed(ins.text[:2000], prof.text[:2000], question, kind, str(variant)))
    b = _Builder()
    cev = ins.why("company")
    company = ins.company or "your team"
    cq = cev.quotes[0] if cev and cev.quotes else None
    tev = ins.why("title")
    title = re.split(r",|\s[-\u2013\u2014|]\s", ins.title)[0].strip() if ins.title else "this role"
    tq = tev.quotes[0] if tev and tev.quotes else None
    given = [g for g in report.goals if not g.inferred]
    short, mid, long_ = _goal(report, "short"), _goal(report, "mid"), _goal(report, "long")
    duties = [d for d in ins.responsibilities if len(duty_clause(d).split()) >= 3]
    duty = _duty(report, short)
    if duty is not None and duty not in duties:
        duty = duties[0] if duties else None
    if duty in duties:
        duties.remove(duty)
    overlap = _skill_overlap(report)
    have = overlap[:2]
    learn = [s for s in ins.skills if s.kind == "knowledge" and _fact_quote(report, s.text) is None
             and not NOT_TO_LEARN.search(s.text)]
    learn = list({s.canonical: s for s in learn}.values())[:2]

    # Opening: the question's own angle, naming the role and where the candidate is heading.
    head = (mid if question not in ("five-years", "aspirations") else None) or long_ or mid or short
    if head is long_ and question not in ("five-years", "aspirations") and short is not None and not short.inferred:
        head = short
    direction = clause(head.text, 12) if head else "go deeper in this field"
    title_at = f"the {title} role" + (f" at {company}" if ins.company else "")
    opening = _pick(rng, OPENINGS.get(question, OPENINGS["align"]))
    b.add(opening.format(title_at=title_at, direction=direction), "opening", tq, cq, *(_gq(head) if head else ()))

    # Short term: the role's real work, with the skills the candidate already has.
    if duty is not None:
        skills = _join([w for w, _, _ in have])
        first = _pick(rng, ["First, I'd want to", "In year one I'd", "Early on I'd", "My first priority would be to"])
        tail = _pick(rng, [f", using my experience with {skills}", f", building on my {skills}",
                           f", where my {skills} counts from day one"]) if skills else ""
        main = duty_clause(duty)
        head_part = re.split(r",\s*", main)[0]
        b.add(f"{first} {head_part if len(head_part.split()) >= 3 else main}{tail}", "short_term", duty.quote, *(q for _, q, _ in have), *(j for _, _, j in have))
    if short is not None and not short.inferred:
        lead = _pick(rng, ["Concretely, I want to", "My near-term goal is to", "Specifically, I'd aim to"])
        b.add(f"{lead} {clause(short.text)}", "short_term", *_gq(short))
    evs = [e for e in prof.evidence if e.kind in ("result", "project")]
    if evs:
        ev = evs[0]
        eq = Quote("profile", ev.start, ev.end, prof.text[ev.start:ev.end]) if ev.end > ev.start else None
        intro = _pick(rng, ["It's work I know:", "I've done a version of this:", "That's familiar ground:"])
        b.add(f"{intro} {_first_person(clause(ev.text, 20))}", "short_term", eq)
    elif prof.current_role:
        rq = _quote_in(prof.text, prof.current_role, "profile")
        if rq is not None:
            b.add(f"{_pick(rng, ['As a', 'Working as a', 'In my time as a'])} {prof.current_role}, I've done this kind of work",
                  "short_term", rq)
    if prof.pivot_from:
        pq = _quote_in(prof.text, prof.pivot_from, "profile")
        carried = _join([w for w, _, _ in have]) or (clause(evs[0].text, 10) if evs else "")
        b.add(f"{_pick(rng, ['Coming from', 'Moving over from', 'After my years in'])} {prof.pivot_from}, I'm not starting from zero"
              + (f": {carried} carries straight over" if carried else ""), "short_term", pq, *(q for _, q, _ in have))

    # Bridge: how this role connects today's skills to the future goal.
    support = _best_offer(report, mid or long_, ("mentorship", "training", "certification", "promotion", "tuition"))
    target = mid or long_
    bg_first = re.split(r"(?<=[.!?;])\s+", prof.background.strip())[0] if prof.background.strip() else ""
    base = f"my {prof.current_role} work" if prof.current_role else (clause(bg_first, 10) if bg_first else f"what I know of {title} work")
    if target is not None:
        pair = f"pairs my {have[0][0]} with {_join([s.text for s in learn])}" if have and learn else \
            (f"adds {_join([s.text for s in learn])} to {base}" if learn else f"{_pick(rng, ['extends', 'stretches', 'builds on', 'uses'])} {base}")
        b.add(f"{_pick(rng, ['That is why', 'This is why', 'Which is why'])} {title} {_pick(rng, ['matters', 'is the step', 'is the bridge', 'fits'])}: "
              f"it {pair}, {_pick(rng, ['so I can', 'readying me to', 'so that I can'])} {clause(target.text)}",
              "bridge", *_gq(target), *(Quote("job", s.start, s.end, s.text) for s in learn), *([have[0][1]] if have and have[0][1] else []))
    if support is not None:
        glue = _pick(rng, ["would speed that up", "matters a lot here", "helps me get there"])
        if _OFFER_LEAD.match(support.text.strip()):
            b.add(f"{_pick(rng, ['You offer', 'You provide'])} {offer_phrase(support.text)}, which {glue}", "bridge", support.quote)
        else:
            said = clause(support.text, 14)
            said = said[0].upper() + said[1:] if said else said
            if re.search(r"\b(includes?|is|are|has|have|offers?|provides?|gives?|comes?|runs?|pays?|funds?)\b", said.lower()):
                b.add(f"{said}, and that {_pick(rng, ['helps a lot', 'would get me there faster', 'matters to me'])}", "bridge", support.quote)
            else:
                b.add(f"{said} {glue.replace('matters', 'matter') if ' and ' in said else glue.replace('helps', 'help') if ' and ' in said else glue}", "bridge", support.quote)

    # Long term: the vision, tied to the company's direction; skills over titles when the path is open.
    if long_ is not None and not prof.long_term_open:
        text = clause(long_.text)
        if any(r == "titles-over-skills" for r, _ in long_.flags) and mid is not None and mid is not long_:
            text += f", earned by {gerund(clause(mid.text, 10))}"
        opener = _pick(rng, ["Longer term, I'd", "Later, I'd", "Further out, I'd"])
        b.add(f"{opener} {text}",
              "long_term", *_gq(long_, tq))
    elif prof.long_term_open:
        focus = have[0][0] if have else (learn[0].text if learn else title)
        b.add(f"Further out I'm honestly open on titles; I'm sure I want to keep deepening {focus} here",
              "long_term", *([have[0][1]] if have and have[0][1] else ([Quote('job', learn[0].start, learn[0].end, learn[0].text)] if learn else [tq])))
    direction_item = next(iter(ins.direction), None)
    if direction_item is not None:
        said = clause(direction_item.text, 18)
        w0 = said.split(" ", 1)[0].lower() if said else ""
        if (re.match(r"^[a-z]+ed$", w0) or w0 in _PAST or w0 in ("is", "are", "has", "plans", "wants", "aims", "intends", "will")) and ins.company:
            said = f"{company} {said}"
        b.add(f"{_pick(rng, ['And because', 'Since', 'Knowing that'])} {said}, "
              f"I'd help {_pick(rng, ['deliver that', 'make it happen', 'get it right'])}",
              "long_term", direction_item.quote)
    lv = ins.why("level")
    lq = lv.quotes[:1] if lv else ()
    if lq and ins.level == "entry":
        b.add(_pick(rng, [f"As a new {title} I'd learn fast from {company}",
                          f"{title} is an {ins.level}-level post, so {company}'s standards come first"]), "short_term", *lq, cq)
    elif lq and ins.level in ("senior", "lead"):
        who = title if ins.level in norm(title) or "lead" in norm(title) else f"{ins.level} {title}"
        b.add(_pick(rng, [f"As a {who}, I'd help raise {company}'s bar",
                          f"A {who} lifts others; {company} would get that from me"]), "long_term", *lq, cq)
    line = _pick(rng, KIND_LINES.get(kind, KIND_LINES["general"]))
    kev = ins.why("employer_kind")
    kq = kev.quotes[:2] if kev else ()
    if line and (kq or cq):
        cert = next((o for o in ins.offers if o.category == "certification"), None)
        path = next((o for o in ins.offers if o.category in ("promotion", "mentorship", "training")), None)
        skill = have[0][0] if have else (learn[0].text if learn else (ins.skills[0].text if ins.skills else title))
        b.add(line.format(company=company, skill=skill, title=title, cert=" and the certification you support" if cert else "",
                          path_noun=_PATH_NOUN.get(path.category, "structure") if path else "structure"),
              "long_term", *(q for q in (cert.quote if cert else None, path.quote if path else None, cq, *kq) if q))

    # More of the candidate's and the posting's facts while the answer is short of 150 words.
    extra: list[tuple[str, str, tuple[Quote | None, ...]]] = []
    for d in duties[:2]:
        extra.append((f"{_pick(rng, ['I would also', 'Alongside that I would', 'I would also like to'])} {duty_clause(d)}", "short_term", (d.quote,)))
    for e in evs[1:3]:
        eq = Quote("profile", e.start, e.end, prof.text[e.start:e.end]) if e.end > e.start else None
        extra.append((f"{_pick(rng, ['Before that,', 'I have also shown it:', 'And'])} {_first_person(clause(e.text, 20))}", "short_term", (eq,)))
    pieces = [x.strip() for x in re.split(r"(?<=[.!?])\s+|;\s*", prof.background.strip()) if len(x.split()) >= 4]
    for k, piece in enumerate(pieces[:3]):
        pq2 = _quote_in(prof.text, piece.rstrip("."), "profile")
        if pq2 is None:
            continue
        said = clause(piece, 22)
        w = said.split(" ", 1)[0].lower()
        if re.match(r"^[a-z]+ed$", w) or w in _PAST:
            extra.append((f"{_pick(rng, ['Before this,', 'In my last role', 'Along the way'])} I {said}", "short_term", (pq2,)))
        else:
            extra.append((f"{_pick(rng, ['For context:', 'Briefly:', 'Background:'])} {said}" if k == 0 else
                          f"{_pick(rng, ['I also bring', 'On top of that, I bring'])} {said}", "short_term", (pq2,)))
    more = [s for s in ins.skills if s.kind == "skill" and _fact_quote(report, s.text) is None]
    more = list({s.canonical: s for s in more}.values())[:3]
    more = [s for s in more if len(s.text.split()) <= 5][:2]
    if more:
        verbs = [s for s in more if s.text.split()[0].lower() in _VERBS]
        nouns = [s for s in more if s not in verbs]
        if nouns:
            extra.append((f"{_pick(rng, ['I want real skill in', 'I plan to get good at', 'I will work on'])} {_join([clause(s.text, 6) for s in nouns])}, {_pick(rng, ['which the role asks for', 'as this work needs'])}",
                          "bridge", tuple(Quote("job", s.start, s.end, s.text) for s in nouns)))
        if verbs:
            extra.append((f"{_pick(rng, ['I also want to', 'Next, I hope to', 'I aim to'])} {_join([clause(s.text, 6) for s in verbs])} well",
                          "bridge", tuple(Quote("job", s.start, s.end, s.text) for s in verbs)))
    for ch in list(ins.challenges)[:2]:
        said = ch.text.strip().rstrip(".")
        if 6 <= len(said.split()) <= 30:
            extra.append((f"{_pick(rng, ['What draws me is this:', 'The part I find most interesting:', 'I like the problem here:'])} "
                          f"{said[0].lower() + said[1:] if not said[:2].isupper() else said}", "bridge", (ch.quote,)))
    for item in list(ins.direction)[1:3]:
        said = clause(item.text, 18)
        if len(said.split()) >= 4:
            extra.append((f"{_pick(rng, ['I also noted that', 'It matters to me that'])} {company if not said[:1].isupper() and (said.split()[0].lower() in _PAST or re.match(r'^[a-z]+ed$', said.split()[0].lower())) else ''} {said}",
                          "long_term", (item.quote,)))
    for o in [o for o in ins.offers if o is not support and o.category in ("training", "mentorship", "scope", "certification", "tuition", "promotion")][:2]:
        phrase = offer_phrase(o.text, 12) if _OFFER_LEAD.match(o.text.strip()) else clause(o.text, 12)
        if len(phrase.split()) >= 3:
            extra.append((f"{_pick(rng, ['I noticed the', 'I also value the', 'It helps that there is'])} {re.sub(r'^(the|a|an) ', '', phrase, flags=re.I)}",
                          "bridge", (o.quote,)))
    for req in ins.requirements[:8]:
        hit = next(((w, q) for w, q, _ in overlap if q is not None and norm(w) in norm(req.text)), None)
        if hit is not None and 4 <= len(req.text.split()) <= 25:
            req_text = re.sub(r"^\W*(requirements?|qualifications?|essential|desirable)\s*:\s*", "", req.text, flags=re.I)
            extra.append((f"{_pick(rng, ['You ask for', 'You want'])} {clause(req_text, 14)}; {hit[0]} is {_pick(rng, ['part of my work', 'something I use', 'in my background'])}",
                          "short_term", (req.quote, hit[1])))
            break
    if ins.company:
        m = re.search(r"(?m)^\s*" + re.escape(ins.company) + r"(?:,[^.]{0,80},)? (?:is|are) ((?:a|an|the) [^.;]{8,160})[.;]", ins.text)
        if m:
            about = m.group(1).strip()
            extra.append((f"{_pick(rng, ['I am drawn to', 'What appeals to me is', 'I like joining'])} {company}, {about}", "short_term",
                          (Quote("job", m.start(1), m.start(1) + len(about), about),)))
    # The rest of a long duty sentence ("..., titrate drips under protocol, and learn to recognise arrhythmias").
    for d in [x for x in (duty, *duties[:2]) if x is not None]:
        full = d.text
        cue_i = norm(full).find(d.cue) if d.cue and d.cue != "section" else -1
        body = full[cue_i + len(d.cue):] if cue_i >= 0 and re.search(r"\b(will|would|you'll|to)$", d.cue) else full
        subs = [x.strip(" .;") for x in re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+(?=[a-z]+\s)", body)]
        subs = [x for x in subs[1:] if 3 <= len(x.split()) <= 14 and x[:1].islower()]
        if subs:
            more_duty = _pick(rng, ["I would also", "Beyond that I would", "I'd also get to"])
            extra.append((f"{more_duty} {_join([clause(x, 12) for x in subs[:2]])}",
                          "short_term", (d.quote,)))
    for req in ins.requirements[:6]:
        req_text = re.sub(r"^\W*(requirements?|qualifications?|essential|desirable|what you bring)\s*:\s*", "", req.text, flags=re.I)
        if 3 <= len(req_text.split()) <= 20 and not re.search(r"\b(years?|degree|licen[cs]e|certificat)", req_text, re.I):
            extra.append((f"{_pick(rng, ['You ask for', 'The role needs', 'You want'])} {clause(req_text, 14)}, "
                          + _pick(rng, ["and I'd focus on that early", "which I'd keep sharpening", "and I take that seriously"]),
                          "short_term", (req.quote,)))
            break
    for text, part, srcs in extra:
        if b.words() >= 165:
            break
        if any(srcs):
            b.add(text, part, *srcs)

    # Closing: what we can achieve together.
    now_src = short if (short is not None and not short.inferred) else None
    if now_src is not None or duty is not None:
        now = clause(now_src.text, 12) if now_src is not None else clause(re.split(r",\s*", duty_clause(duty, 14))[0], 9)  # type: ignore[arg-type]
        b.add(f"{_pick(rng, ['So I see', 'That is why I see', 'All told, I see'])} {company} as {_pick(rng, ['the place', 'where'])} "
              f"{_pick(rng, ['I can', 'to'])} {now} now, and keep contributing for years", "closing",
              *(_gq(now_src) if now_src is not None else (duty.quote,)), cq)  # type: ignore[union-attr]

    order = {"opening": 0, "short_term": 1, "bridge": 2, "long_term": 3, "closing": 4}
    sentences = sorted(b.sentences, key=lambda s: order[s.part])  # stable: each part keeps its own order
    while sum(len(s.text.split()) for s in sentences) > 250 and len(sentences) > 5:
        drop = next((i for i in range(len(sentences) - 2, 0, -1) if sentences[i].part in ("short_term", "long_term")
                     and sum(1 for x in sentences if x.part == sentences[i].part) > 1), None)
        if drop is None:
            break
        sentences.pop(drop)
    assumed = tuple(g.text for g in report.goals if g.inferred) if report.goals_inferred else ()
    variant_info = (("question", question), ("employer_kind", kind), ("path", "open" if prof.long_term_open else "set"),
                    ("pivot", "yes" if prof.pivot_from else "no"), ("level", ins.level), ("style", str(variant)),
                    ("goals", "given" if given else "assumed"))
    text = " ".join(s.text for s in sentences)
    return Draft(text=text, sentences=tuple(sentences), variant=variant_info, assumed_goals=assumed)
