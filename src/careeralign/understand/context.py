"""Infer the role's level and employer kind, and collect the posting's distinctive terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from careeralign import lexicon
from careeralign.lexicon import norm
from careeralign.models import Inference, Role

_LEVEL_TITLE = [
    ("mid", r"\b((brand|product|account|project|case|office|community|content|marketing|property|program|programme|relationship|client|customer success|shift|practice|portfolio|category|release|quality|pharmacy) manager|business partner|(hr|people) partner|associate (?!director)[a-z]+ (manager|supervisor)|sous chef)\b"),
    ("entry", r"\b(junior|jr\.?|entry[- ]level|graduate|grad|intern|internship|trainee|apprentice|new grad|first[- ]year|foundation|associate(?! (director|principal|partner|professor|dean|vice|general counsel))|assistant(?! (director|manager|professor|general counsel|vice|principal|head|superintendent|chief))|representative|tester|clerk|crew member|cabin crew|cashier|receptionist|operative)\b"),
    ("executive", r"\b(chief|ceo|cto|cfo|coo|cmo|cio|ciso|vp|svp|evp|vice[- ]president|(?<!business )(?<!hr )(?<!people )president|managing director|general counsel|executive director|c-suite|(?<!business )(?<!hr )(?<!people )partner)\b"),
    ("senior", r"\b(senior|sr\.?|experienced|iii|iv|staff (engineer|scientist|research scientist|designer|data|software|analyst|nurse)|specialist [a-z]+ist|assistant (principal|head|superintendent))\b"),
    ("lead", r"\b(lead|leader|principal|head|manager|supervisor|director|superintendent|foreman|chief [a-z]+ (nurse|engineer)|team lead|charge nurse|architect)\b"),
    ("mid", r"\b(ii|2)\s*$"),
]
_LEVEL_TEXT = [
    ("entry", r"\b(entry[- ]level|no (prior |previous )?(job |work |professional )?experience (is )?(required|necessary|needed)|new (grads?|graduates?) (welcome|are welcome|encouraged)|recent graduates?|graduate (scheme|program|programme|intake)|0[-\u2013 ]*(to )?[12]\+? years|first job|early[- ]career|we will train you|training (is )?provided|starting out|no experience|training contract|junior (role|position|post))\b"),
    ("executive", r"\b(p&l for the (company|group|business)|board of directors|(join|sit on) the (executive|leadership) (board|team)|report(s|ing)? (directly )?to the (ceo|board)|executive team|c-suite|company-wide strategy|(12|15|20)\+? years)\b"),
    ("lead", r"\b(manage a team|lead a team of|direct reports|people management|line management|(8|10)\+ years|mentor and manage|lead(ing)? (a|the) team|team of \d+|manage (\d+|two|three|four|five|six|seven|eight|ten) [a-z]+)\b"),
    ("senior", r"\b((?<![-\u2013])[5-7]\+? years|five\+? years|seven\+? years|extensive experience|proven track record|mentor junior)\b"),
    ("mid", r"\b([2-4]\+? years|two\+? years|three\+? years|[23]\s*[-\u2013]\s*[4-6] years|some experience)\b"),
]
_KIND_TEXT = {
    "startup": r"\b(start-?up|seed[- ](stage|round|funded)|series [abc]|early[- ]stage|founding (team|engineer|member)|pre-seed|venture[- ]backed|vc[- ]backed|small (but mighty )?team|fast[- ]growing|scale-?up|wear (many|multiple) hats|equity|first (hire|\w+ hire)|ambiguity|(we are|we're) (a )?\d+[- ]person|indie studio|(one|two|three|\d+)[- ]year[- ]old (company|startup)|and growing|our first [a-z]+)\b",
    "corporate": r"\b(fortune \d+|global leader|established|multinational|world'?s largest|leading (global|international)|employees (worldwide|globally|in \d+)|offices in \d+|structured|leadership (development|program)|graduate (program|scheme)|rotation(al)? program|career (framework|ladder|path)|publicly traded|nyse|nasdaq|enterprise clients|since (18|19)\d\d|over \d+ years|decades|headquarter|governance|mentor(ship|ing)? program|top[- ]\d+|\d+ countries|\d[\d,]*[- ]bed|nationwide|regional bank|academy)\b",
    "specialist": r"\b(research|phd|scientist|laborator(y|ies)|lab\b|r&d|deep (expertise|knowledge|technical)|specialist|subject[- ]matter expert|peer[- ]reviewed|publications?|patent|novel|cutting[- ]edge|state[- ]of[- ]the[- ]art|certified|certification required|board[- ]certified|expert|clinical trials?|algorithm|formal methods|forensic|actuarial|specialty|speciali[sz]ed)\b",
}
_SIZE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:person|people|employees|staff|colleagues|strong)\b")
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
            "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

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


def _first(patterns: list[tuple[str, str]], text: str) -> tuple[str, str] | None:
    for value, pat in patterns:
        m = re.search(pat, text)
        if m:
            return value, m.group(0)
    return None


def infer_level(title: str, posting: str) -> tuple[str, str] | None:
    """The level with the words that show it, from the title first, then the posting."""
    t = norm(title)
    p = norm(posting)
    if not t and p.strip():
        # No title given: the posting's first line, or its opening words before "at", a comma or a dash.
        first = p.strip().splitlines()[0]
        head = re.split(r"\s(?:at|with|for|in)\s|[,:(\u2013\u2014]|\s-\s", first)[0]
        if 0 < len(head.split()) <= 8:
            t = head
    hit = _first(_LEVEL_TITLE, t)
    text_hit = _first(_LEVEL_TEXT, p)
    if hit:
        # An explicit entry-level statement in the posting outranks a supervisory word in the title.
        if text_hit and text_hit[0] == "entry" and hit[0] in ("lead", "mid") and re.search(
                r"entry[- ]level|no (prior |previous )?(job |work )?experience|graduate (scheme|program|programme)|training provided|we will train|starting out", text_hit[1]):
            return "entry", f"posting: {text_hit[1]!r}"
        return hit[0], f"title: {hit[1]!r}"
    if text_hit:
        return text_hit[0], f"posting: {text_hit[1]!r}"
    return None


def company_size(text: str) -> int | None:
    """The largest headcount the posting states ('40-person', '8,000 employees')."""
    sizes = []
    for m in _SIZE.finditer(text):
        raw = m.group(1)
        sizes.append(_WORDNUM[raw] if raw in _WORDNUM else int(raw.replace(",", "")))
    return max(sizes) if sizes else None


def infer_employer_kind(posting: str, notes: str = "", industry: str = "") -> tuple[str, str]:
    """The employer kind with evidence; `general` when no kind clearly dominates."""
    text = norm(" ".join([posting, notes, industry]))
    counts: dict[str, list[str]] = {}
    for kind, pat in _KIND_TEXT.items():
        counts[kind] = [m.group(0) for m in re.finditer(pat, text)]
    size = company_size(text)
    if counts["startup"] and (size is None or size <= 300):
        return "startup", "posting: " + ", ".join(repr(w) for w in dict.fromkeys(counts["startup"]))
    if size is not None and size >= 1000:
        return "corporate", f"posting: a headcount of {size:,}"
    best = max(counts, key=lambda k: (len(counts[k]), k == "startup"))
    n = len(counts[best])
    others = sorted((len(v) for k, v in counts.items() if k != best), reverse=True)
    if n >= 1 and n > others[0]:
        shown = ", ".join(repr(w) for w in dict.fromkeys(counts[best]))
        return best, f"posting: {shown}"
    return "general", "no startup, corporate or specialist signal dominates the posting"


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


def role_context(role: Role) -> RoleContext:
    """Build the role context, inferring what the request left out."""
    title = role.title or ""
    posting = role.job_description or ""
    notes = role.company_notes or ""
    inferred: list[Inference] = []
    level = role.level
    if level is None and (title or posting):
        hit = infer_level(title, posting)
        if hit:
            level = hit[0]
            inferred.append(Inference("level", hit[0], hit[1]))
        elif posting:
            level = "mid"
            inferred.append(Inference("level", "mid", "posting names no level; mid assumed"))
    kind = role.employer_kind
    if kind is None:
        if posting or notes:
            kind, why = infer_employer_kind(posting, notes, role.industry or "")
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
