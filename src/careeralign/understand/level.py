"""The role's level and the employer's kind, read from a posting with the words that show them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from careeralign.lexicon import norm

# Order matters inside each table: the first pattern that matches wins.
_TITLE = [
    ("executive", r"\b(chief [a-z]+ officer|ceo|cto|cfo|coo|cmo|cio|ciso|vp|svp|evp|vice[- ]president|(?<!business )(?<!hr )(?<!people )president|managing director|general counsel|executive director|c-suite|dean|rector|pro-?rector|managing partner|(?<!business )(?<!hr )(?<!people )(?<!channel )(?<!sales )(?<!strategic )(?<!technology )partner(?! (with|manager|success|marketing|development|account|relations|program))|secretary[- ]general|director[- ]general)\b"),
    ("mid", r"\b(assistant professor|post-?doc(toral)?( (fellow|researcher|research fellow|position|scholar))?|postdoctoral|research fellow)\b"),
    ("entry", r"\b(ph\.?d\.? (student|candidate|fellow|scholarship|position|stipend)|doctoral (student|candidate|researcher|position)|research assistant|student (assistant|worker|helper|job)|teaching assistant)\b"),
    ("senior", r"\b(associate professor|senior researcher|senior lecturer|senior scientist)\b"),
    ("lead", r"\b(full professor|(?<!associate )(?<!assistant )professor(ship)?(?! of practice))\b"),
    ("mid", r"\b(assistant (store |shop |restaurant |general |branch |retail |office )?manager|(brand|product|account|project|case|office|community|content|marketing|property|program|programme|relationship|client|customer success|shift|practice|portfolio|category|release|quality|pharmacy|key account|territory|test|it|payroll|facilities|events?|social media|campaign|digital marketing) manager|business partner|(hr|people) partner|associate (?!director)[a-z]+ (manager|supervisor)|sous chef|chef de partie|product owner|scrum master)\b"),
    ("entry", r"\b(junior|jr\.?|entry[- ]level|graduate|grad|intern|internship|trainee|apprentice(ship)?|new grad|first[- ]year|working student|werkstudent|student|associate(?! (director|principal|partner|professor|dean|vice|general counsel|manager))|assistant(?! (director|manager|professor|general counsel|vice|principal|head|superintendent|chief|store manager))|representative|tester|clerk|crew member|cabin crew|cashier|receptionist|operative|aide|helper|runner|porter|picker|packer|barista|server|waiter|waitress|dishwasher|stocker)\b"),
    ("executive", r"\b(chief|head of (the )?(company|group|division)|executive)\b(?! (assistant|chef|sous|housekeeper|search|administrator|secretary))"),
    ("senior", r"\b(senior|sr\.?|experienced|iii|iv|staff (engineer|scientist|research scientist|designer|data|software|analyst|nurse|developer)|specialist [a-z]+ist|assistant (principal|head|superintendent)|expert)\b"),
    ("lead", r"\b(lead|leader|principal|head|manager|supervisor|director|superintendent|foreman|forewoman|chief [a-z]+ (nurse|engineer)|team ?lead|charge nurse|architect|head chef|chef de cuisine|executive chef)\b"),
    ("mid", r"\b(ii|2|mid[- ]level|intermediate)\s*$"),
]
_FIELD = re.compile(r"\b(experience level|seniority level|seniority|career level|job level|level)\s*:?[ \t]*\n?[ \t]*([a-z][a-z ,/&()-]{2,60})")
_FIELD_VALUE = [
    ("entry", r"\b(entry|junior|intern|internship|graduate|student|trainee|no experience)"),
    ("executive", r"\b(executive|director|c-level|vp)"),
    ("lead", r"\b(lead|manager|management|principal)"),
    ("senior", r"\b(senior|expert|experienced)"),
    ("mid", r"\b(mid|intermediate|associate|professional|regular)"),
]
_TEXT = [
    ("entry", r"\b(entry[- ]level|no (prior |previous )?(job |work |professional )?experience (is )?(required|necessary|needed)|new (grads?|graduates?) (welcome|are welcome|encouraged)|recent graduates?|graduate (scheme|program|programme|intake)|0[-\u2013 ]*(to )?[12]\+? years|first job|early[- ]career|we will train you|full training (is )?provided|starting out|no experience|training contract|junior (role|position|post))\b"),
    ("executive", r"\b(p&l for the (company|group|business)|board of directors|(join|sit on) the (executive|leadership) (board|team)|report(s|ing)? (directly )?to the (ceo|board)|executive team|c-suite|company-wide strategy|(12|15|20)\+? years)\b"),
    ("lead", r"\b(manage a team|lead a team of|direct reports|people management|line management|(8|10)\+ years|mentor and manage|(lead|leading|manage|managing) (a|the|our) ([a-z]+ )?team|team of \d+|personnel responsibility|manage (\d+|two|three|four|five|six|seven|eight|ten) [a-z]+)\b"),
    ("senior", r"\b((at least |minimum (of )?|min\.? )?(?<![-\u2013])[5-7]\+? years|(at least |minimum (of )?)?(five|six|seven)\+? years|extensive experience|proven track record|mentor(ing)? (junior|other|less experienced)|several years of (professional |relevant )?experience)\b"),
    ("mid", r"\b((at least |minimum (of )?)?[2-4]\+? years|(at least |minimum (of )?)?(two|three|four)\+? years|[23]\s*[-\u2013]\s*[4-6] years|some (professional )?experience|a few years)\b"),
]
_TITLE_CUE = re.compile(r"\b(?:position as|positions? as|post as|vacancy as|looking for an?|seeking an?|hiring an?|recruit(?:ing)? an?|role of|as our (?:new )?|applications for an?(?: \w+)? position as|applications for an?|invites applications for (?:an? )?(?:position as )?)\s+((?:[a-z&/-]+ ){0,5}[a-z&/-]+)")

KIND_PATTERNS = {
    "startup": r"\b(start-?up|seed[- ](stage|round|funded)|series [abc]\b|early[- ]stage|founding (team|engineer|member)|pre-seed|venture[- ]backed|vc[- ]backed|backed by (leading |top )?(vcs|investors|venture)|small (but mighty )?team|fast[- ]growing|scale-?up|wear (many|multiple) hats|equity|stock options|first (hire|\w+ hire)|ambiguity|(we are|we're) (a )?\d+[- ]person|indie studio|(one|two|three|\d+)[- ]year[- ]old (company|startup)|founded in 20(1[5-9]|2\d)|our first [a-z]+)\b",
    "corporate": r"\b(fortune \d+|global leader|world[- ]leading|established|multinational|world'?s largest|leading (global|international)|employees (worldwide|globally|in \d+)|offices in \d+|structured|leadership (development|program)|graduate (program|scheme)|rotation(al)? program|career (framework|ladder)|publicly traded|listed on|nyse|nasdaq|enterprise clients|since (18|19)\d\d|founded in (18|19)\d\d|over \d+ years|decades|headquarter(s|ed)|governance|mentor(ship|ing)? program|top[- ]\d+|in (over )?\d+ countries|\d[\d,]*[- ]bed|nationwide|regional bank|group companies|corporate|global (company|organi[sz]ation|player|presence)|\d{1,3}(,\d{3})+ (employees|colleagues|people|staff))\b",
    "specialist": r"\b(research(er)?|ph\.?d|doctoral|post-?doc(toral)?|professor|scientist|scientific|laborator(y|ies)|lab\b|r&d|deep (expertise|knowledge|technical)|subject[- ]matter expert|peer[- ]reviewed|publications?|patent|novel|cutting[- ]edge|state[- ]of[- ]the[- ]art|board[- ]certified|certification required|clinical trials?|algorithm(s|ic)?|formal methods|forensic|actuar(y|ial)|speciali[sz]ed|machine learning|computer vision|cryptograph(y|ic)|reverse engineering|vulnerability research|compiler|bioinformatics|pharmacolog|toxicolog|epidemiolog)\b",
}
_SIZE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(\+)?[- ](?:person|people|employees|staff|colleagues|strong|members)\b")
_SIZE_RANGE = re.compile(r"\bcompany size\s*:?\s*\n?\s*(\d+)(k)?\s*[-\u2013+]\s*(\d+)?(k)?")
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
            "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


@dataclass(frozen=True)
class Guess:
    """A value with a sentence of explanation and the (start, end) offsets of the words behind it."""

    value: str
    why: str
    spans: tuple[tuple[int, int], ...] = ()


def _scan(table: list[tuple[str, str]], low: str, offset: int = 0) -> tuple[str, int, int] | None:
    for value, pat in table:
        m = re.search(pat, low)
        if m:
            return value, m.start() + offset, m.end() + offset
    return None


def title_span(text: str) -> tuple[int, int] | None:
    """Where the posting names the role: its first short line, or 'a position as X' in its opening."""
    low = norm(text)
    pos = 0
    for line in low.split("\n"):
        stripped = line.strip(" \t#*-\u2022")
        if stripped:
            start = pos + line.index(stripped)
            words = stripped.split()
            head = re.split(r"\s(?:at|with|for|in)\s|[,:(\u2013\u2014|]|\s-\s", stripped)[0].strip()
            if len(words) <= 12 and not stripped.endswith((".", "!", "?")) and head:
                return start, start + len(head)
            m = _TITLE_CUE.search(stripped)
            if m:
                return start + m.start(1), start + m.end(1)
            break
        pos += len(line) + 1
    m = _TITLE_CUE.search(low[:600])
    if m:
        return m.start(1), m.end(1)
    return None


def infer_level(title: str, text: str) -> Guess | None:
    """The level from a structured field, the title, then the text; spans index `text` (or `title` when not found in it)."""
    low = norm(text)
    field_hit = None
    for m in _FIELD.finditer(low[:3000]):
        raw = m.group(2).split("\n")[0]
        if m.group(1) == "level" and not re.search(r"\b(experience|position|role|job)\b", low[max(0, m.start() - 20):m.start()]):
            continue
        hit = _scan(_FIELD_VALUE, raw, m.start(2))
        if hit:
            field_hit = hit
            break
    tlow = norm(title)
    t_off: int | None = None
    if tlow.strip():
        i = low.find(tlow.strip())
        t_off = i if i >= 0 else None
    else:
        span = title_span(text)
        if span:
            tlow, t_off = low[span[0]:span[1]], span[0]
    title_hit = _scan(_TITLE, tlow, t_off or 0) if tlow.strip() else None
    text_hit = _scan(_TEXT, low)
    if field_hit:
        value, a, b = field_hit
        if title_hit and title_hit[0] != value and field_hit[0] in ("mid", "senior") and title_hit[0] in ("lead", "executive", "entry"):
            value, a, b = title_hit
            return Guess(value, f"title: {_quote(text, tlow, t_off, a, b)!r}", ((a, b),) if t_off is not None else ())
        return Guess(value, f"posting field: {text[a:b]!r}", ((a, b),))
    if title_hit:
        value, a, b = title_hit
        if text_hit and text_hit[0] == "entry" and value in ("lead", "mid") and re.search(
                r"entry[- ]level|no (prior |previous )?(job |work )?experience|graduate (scheme|program|programme)|training provided|we will train|starting out", low[text_hit[1]:text_hit[2]]):
            return Guess("entry", f"posting: {text[text_hit[1]:text_hit[2]]!r}", ((text_hit[1], text_hit[2]),))
        return Guess(value, f"title: {_quote(text, tlow, t_off, a, b)!r}", ((a, b),) if t_off is not None else ())
    if text_hit:
        value, a, b = text_hit
        return Guess(value, f"posting: {text[a:b]!r}", ((a, b),))
    return None


def _quote(text: str, tlow: str, t_off: int | None, a: int, b: int) -> str:
    return text[a:b] if t_off is not None else tlow[a:b]


def company_size(low: str) -> tuple[int, int, int] | None:
    """The largest headcount the posting states, with its offsets ('40-person', '8,000 employees', 'Company size: 501-1k')."""
    best: tuple[int, int, int] | None = None
    for m in _SIZE.finditer(low):
        raw = m.group(1)
        n = _WORDNUM[raw] if raw in _WORDNUM else int(raw.replace(",", ""))
        if best is None or n > best[0]:
            best = (n, m.start(), m.end())
    m2 = _SIZE_RANGE.search(low)
    if m2:
        lo = int(m2.group(1)) * (1000 if m2.group(2) else 1)
        hi = int(m2.group(3)) * (1000 if m2.group(4) else 1) if m2.group(3) else lo
        n = (lo + hi) // 2
        if best is None or n > best[0]:
            best = (n, m2.start(), m2.end())
    return best


def infer_employer_kind(text: str, notes: str = "") -> Guess:
    """The employer kind with evidence; `general` when no kind clearly shows. Spans index `text` + "\\n" + `notes`."""
    whole = text + ("\n" + notes if notes else "")
    low = norm(whole)
    hits: dict[str, list[tuple[int, int]]] = {k: [(m.start(), m.end()) for m in re.finditer(p, low)] for k, p in KIND_PATTERNS.items()}
    size = company_size(low)

    def show(kind: str) -> str:
        return ", ".join(repr(whole[a:b]) for a, b in list(dict.fromkeys(tuple(h) for h in hits[kind]))[:4])

    if hits["startup"] and (size is None or size[0] <= 300):
        return Guess("startup", f"startup signals: {show('startup')}", tuple(hits["startup"][:4]))
    if size is not None and size[0] <= 60 and not hits["corporate"]:
        return Guess("startup", f"a small team: {whole[size[1]:size[2]]!r}", ((size[1], size[2]),))
    if size is not None and size[0] >= 1000:
        return Guess("corporate", f"a headcount of {size[0]:,}: {whole[size[1]:size[2]]!r}", ((size[1], size[2]),))
    best = max(hits, key=lambda k: (len(hits[k]), k == "startup"))
    n = len(hits[best])
    others = sorted((len(v) for k, v in hits.items() if k != best), reverse=True)
    if n >= 1 and n > others[0]:
        return Guess(best, f"{best} signals: {show(best)}", tuple(hits[best][:4]))
    return Guess("general", "no startup, corporate or specialist signal dominates the posting")
