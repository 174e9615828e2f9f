"""The role's level and the employer's kind, read from a posting with the words that show them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from careeralign.lexicon import norm

# Managers of a product, project or account rather than of people: a mid-level title.
_MID_MANAGERS = ("brand|product|account|project|case|office|community|content|marketing|property|program|programme|relationship|client|"
                 "customer success|shift|practice|portfolio|category|release|quality|pharmacy|key account|territory|test|it|payroll|facilities|"
                 "events?|social media|campaign|digital marketing|partner success|success|partner|channel|configuration|change|asset|vendor|"
                 "supplier|contract|bid")
# Order matters inside each table: the first pattern that matches wins.
_TITLE = [
    ("executive", r"\b(chief [a-z]+ officer|ceo|cto|cfo|coo|cmo|cio|ciso|vp|svp|evp|vice[- ]president|(?<!business )(?<!hr )(?<!people )president|managing director|general counsel|executive director|c-suite|dean|rector|pro-?rector|managing partner|(?<!business )(?<!hr )(?<!people )(?<!channel )(?<!sales )(?<!strategic )(?<!technology )partner(?! (with|manager|success|marketing|development|account|relations|program))|secretary[- ]general|director[- ]general)\b"),
    ("mid", r"\b(assistant professor|post-?doc(toral)?( (fellow|researcher|research fellow|position|scholar))?|postdoctoral|research fellow)\b"),
    ("entry", r"\b(ph\.?d\.? (student|candidate|fellow|scholarship|position|stipend)|doctoral (student|candidate|researcher|position)|research assistant|student (assistant|worker|helper|job)|teaching assistant)\b"),
    ("senior", r"\b(associate professor|senior researcher|senior lecturer|senior scientist)\b"),
    ("lead", r"\b(full professor|(?<!associate )(?<!assistant )professor(ship)?(?! of practice))\b"),
    ("lead", r"\b(senior|sr\.?) (manager|director|head)\b"),
    ("senior", r"\b(staff specialist|(medical|clinical) consultant|consultant (physician|surgeon|psychiatrist|an(a)?esthetist|radiologist|paediatrician|pediatrician)|specialist (doctor|physician|registrar))\b"),
    ("senior", r"\b(senior|sr\.?) (associate|assistant (professor|director)|consultant|specialist|analyst|officer|advisor|adviser|executive)\b"),
    ("senior", r"\b(senior|sr\.?) (" + _MID_MANAGERS + r") manager\b"),
    ("mid", r"\b((" + _MID_MANAGERS + r") manager|business partner|(hr|people) partner|associate (?!director)[a-z]+ (manager|supervisor)|associate (solicitor|attorney|lawyer|dentist|consultant)|sous chef|chef de partie|product owner|scrum master)\b"),
    ("entry", r"\b(junior|jr\.?|entry[- ]level|graduate|grad|intern|internship|trainee|apprentice(ship)?|new grad|first[- ]year|working student|werkstudent|student)\b"),
    ("entry-weak", r"\b(associate(?! (director|principal|partner|professor|dean|vice|general counsel|manager))|assistant(?! (director|professor|general counsel|vice|principal|head|superintendent|chief|([a-z]+ )?manager))|representative|tester|clerk|crew member|cabin crew|cashier|receptionist|operative|aide|helper|runner|porter|picker|packer|barista|server|waiter|waitress|dishwasher|stocker|tour guide|guide|housekeeper|cleaner|carrier|postman|delivery driver)\b"),
    ("executive", r"\b(chief(?! (of staff|[a-z]+ (nurse|engineer|steward|cook)))|head of (the )?(company|group|division))\b"),
    ("senior", r"\b(senior|sr\.?|experienced|iii|iv|staff (engineer|scientist|research scientist|designer|data|software|analyst|nurse|developer)|specialist [a-z]+ist|assistant (principal|head|superintendent)|expert)\b"),
    ("lead", r"\b(lead|leader|principal|head|manager|supervisor|director|superintendent|foreman|forewoman|chief [a-z]+ (nurse|engineer)|team ?lead|charge nurse|(chief|lead|principal|principle) architect|principle|group leader|head chef|chef de cuisine|executive chef)\b"),
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
    ("entry", r"\b(ph\.?d\.? (position|scholarship|fellowship|project)s?|doctoral (position|student|candidate)|(newly|recently) graduated|new graduates?|student (job|worker|assistant)|no (specific|formal) (requirements|qualifications|education)|(prior |previous |work )?experience (is )?not (required|necessary|needed)|we (provide|offer) (a )?(free )?(course|training)|training will be provided|(we will|we'll) teach you|newly (educated|qualified)|(you will|you'll|will) be (thoroughly |fully |properly )?trained|hourly rate|cleaning duties|daily cleaning|warehouse workers?|housekeep(er|ing)|dishwash(er|ing)|thorough training|not nece?s+ary|a little experience|new (&|and) fresh|entry[- ]level|no (prior |previous )?(job |work |professional )?experience (is )?(required|necessary|needed)|new (grads?|graduates?) (welcome|are welcome|encouraged)|recent graduates?|graduate (scheme|program|programme|intake)|0[-\u2013 ]*(to )?[12]\+? years|first job|early[- ]career|we will train you|full training (is )?provided|starting out|no experience|training contract|junior (role|position|post))\b"),
    ("executive", r"\b(p&l for the (company|group|business)|board of directors|(join|sit on) the (executive|leadership) (board|team)|report(s|ing)? (directly )?to the (ceo|board)|executive team|c-suite|company-wide strategy)\b"),
    ("lead", r"\b(manage a team|lead a team of|direct reports|people management|line management|mentor and manage|(lead|leading|manage|managing|head|heading|head up|heading up) (a|the|our|your|one of our) ([a-z]+ ){0,2}teams?|(establish|build) and lead (your|a) (own )?([a-z]+ )?(group|team)|personnel responsibility|research management|provide (dynamic |strategic )?leadership|manage (\d+|two|three|four|five|six|seven|eight|ten) [a-z]+)\b"),
    ("senior", r"\b((at least |minimum (of )?|min\.? )?(?<![-\u2013])([5-9]|1\d)\+? years(?! (old|of age))|(at least |minimum (of )?)?(five|six|seven|eight|nine|ten)\+? years(?! (old|of age))|extensive experience|several years of (professional |relevant )?experience)\b"),
    ("mid", r"\b((at least |minimum (of )?)?[2-4]\+? years|(at least |minimum (of )?)?(two|three|four)\+? years|[23]\s*[-\u2013]\s*[4-6] years|some (professional )?experience|a few years)\b"),
]
_TITLE_CUE = re.compile(r"\b(?:position as|positions? as|post as|vacancy as|looking for an?|seeking an?|hiring an?|recruit(?:ing)? an?|role of|as our (?:new )?|applications for an?(?: \w+)? position as|applications for an?|invites applications for (?:an? )?(?:position as )?)\s+((?:[a-z&/-]+ ){0,5}[a-z&/-]+)")

# Strong specialist words name expert work itself; weak ones are often marketing ("cutting-edge") or the employer's field.
_SPECIALIST_STRONG = re.compile(r"\b(surgeon|physician|registered (medical )?specialists?|consultant (doctor|physician|surgeon)|researcher|ph\.?d|doctoral|post-?doc(toral)?|professor|scientist|laborator(y|ies)|r&d|subject[- ]matter expert|peer[- ]reviewed|publications?|publication record|patents?|board[- ]certified|clinical trials?|formal methods|forensic|actuar(y|ial)|machine learning|computer vision|cryptograph(y|ic)|reverse engineering|vulnerability research|compiler|bioinformatics|pharmacolog\w*|toxicolog\w*|epidemiolog\w*|chartered|qualified (actuary|solicitor|lawyer)|fellow of the|sub-?speciali[sz]ation|specialist in|deep (expertise|knowledge|technical)|scientific (production|publications)|research (group|center|centre|institute|project|area))\b")
_SPECIALIST_WEAK = re.compile(r"\b(research|scientific|lab|novel|cutting[- ]edge|state[- ]of[- ]the[- ]art|certification required|algorithm(s|ic)?|speciali[sz]ed|expertise in)\b")
_SIZE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(\+)?[- ](?:(?:dedicated|skilled|talented|passionate|highly|motivated|full[- ]time|great|amazing|committed|engaged) ){0,2}(?:person|people|employees|staff|colleagues|strong|members|professionals)\b")
_SIZE_RANGE = re.compile(r"\bcompany size\s*:?\s*\n?\s*(\d+)(k)?\s*[-\u2013+]\s*(\d+)?(k)?")
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
            "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


RANGE_LARGE_IF_SIGNED = 999


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


_NOT_ROLE = ("january|february|september|october|november|december|other|another|better|over|after|under|career|water|center|centre|"
             "power|paper|order|number|winter|summer|together|whether|ever|never|however|either|neither|rather|further|"
             "inventor|sector|factor|floor|door|color|colour|interior|exterior|superior|senior|junior|major|minor|"
             "intent|content|talent|current|recent|present|different|event|client|patient|student|parent|percent|"
             "private|state|date|rate|late|update|climate|corporate|ultimate|candidate|certificate|accurate|"
             "perspective|objective|initiative|incentive|executive|creative|active|positive|native|collective|"
             "project|subject|object|effect|respect|aspect|perfect|direct|architect|intellect|"
             "plant|giant|want|important|relevant|significant|brilliant|pleasant|vacant|restaurant|"
             "christian|asian|european|canadian|australian|italian|indian|brazilian|norwegian|"
             "list|mist|exist|assist|insist|consist|resist|twist|wrist")
_ROLE_NOUN = re.compile(r"\b((?!(?:" + _NOT_ROLE + r")s?\b)[a-z]{3,}(er|or|ist|ian|ant|ent|ate|ect|ive)|chef|nurse|professor|ph\.?d|postdoc|intern|head|lead|staff|clerk|cook|aide|"
                        r"officer|counsel|partner|president|secretary|specialist|associate|assistant|director|manager|engineer|developer|"
                        r"analyst|consultant|scientist|researcher|technician|coordinator|administrator|representative|agent|operative|"
                        r"worker|driver|cleaner|housekeeper|receptionist|accountant|actuary|lawyer|solicitor|attorney|architect|"
                        r"advisor|adviser|editor|writer|fellow|student|trainee|apprentice(ship)?|internship|traineeship|fellowship|"
                        r"graduate|member|executive|vp|ceo|cto|cfo|coo)s?\b")
_HEAD_SPLIT = re.compile(r"\s+[|\u2013\u2014]\s+|\s+-\s+|\s*<[a-z]+>|\s+at\s+|\s*\(|\s*,\s+|\s+date posted|\s+job description|\s*\||\s*:\s")
_CUE_TEXT = re.compile(r"\b(?:position as|positions? as|post as|vacancy as|looking for an?|is looking for|seeking an?|hiring an?|recruit(?:ing)? an?|role of|as our (?:new )?|as an? (?:new )?|"
                       r"(?:seeks|wishes|wants) to (?:appoint|recruit|hire) an?(?: new)?|appoint an?(?: new)?|invites applications for (?:an? )?(?:position as )?|applications for an?)\s+((?:[a-z&/-]+ ){0,5}[a-z&/-]+)")
_PHD = re.compile(r"\b(?:an? )?(?:\d-year |fully funded )?(ph\.?d\.?|postdoc(?:toral)?|doctoral) (?:position|student|fellowship|scholarship|researcher|project)s?\b")


_TITLE_FIELD = re.compile(r"^\s*(?:job title|position|title|role|description|stillingsbetegnelse)\s*:\s*(.+)$")


def _role_head(segment: str) -> str | None:
    head = segment.strip(" .:\t#*-\u2022")
    if head and len(head.split()) <= 10 and _ROLE_NOUN.search(head) and not re.match(r"(we|our|are|do|after|about|join|the company|a rare|pioneer)\b", head):
        return head
    return None


def title_span(text: str) -> tuple[int, int] | None:
    """Where the posting names the role: a segment of its first line that names a role, a 'Title:' field, else 'a position as X' near the top."""
    low = norm(text)
    pos = 0
    seen = 0
    for line in low.split("\n"):
        stripped = line.strip(" \t#*-\u2022")
        if stripped:
            seen += 1
            start = pos + line.index(stripped)
            f = _TITLE_FIELD.match(line)
            if f:
                head = _role_head(_HEAD_SPLIT.split(f.group(1).strip(), maxsplit=1)[0])
                if head:
                    i = pos + line.index(head)
                    return i, i + len(head)
            if seen == 1:
                clean = re.sub(r"<[a-z]+>", lambda m: " " * len(m.group(0)), stripped)
                off = 0
                for seg in _HEAD_SPLIT.split(clean):
                    i = clean.find(seg, off)
                    head = _role_head(seg)
                    if head:
                        j = start + i + seg.index(head)
                        return j, j + len(head)
                    off = i + len(seg) if i >= 0 else off
                    if len(seg.split()) > 12:
                        break
            if seen >= 5:
                break
        pos += len(line) + 1
    top = low[:800]
    m = _PHD.search(top)
    if m:
        return m.start(1), m.end(1)
    for m in _CUE_TEXT.finditer(top):
        span = (m.start(1), m.end(1))
        seg = low[span[0]:span[1]]
        cut = re.search(r"\s(to|in|for|with|at|who|and|within|is|are|of the|you|that|which)\s", seg)
        if cut:
            span = (span[0], span[0] + cut.start())
        if _ROLE_NOUN.search(low[span[0]:span[1]]):
            return span
    return None


def infer_level(title: str, text: str) -> Guess | None:
    """The level from a structured field, the title, then the text; spans index `text` (or `title` when not found in it)."""
    low = norm(text)
    field_hit = None
    for m in _FIELD.finditer(low[:3000]):
        raw = m.group(2).split("\n")[0]
        if m.group(1) == "level" and not re.search(r"\b(experience|position|role|job)\b", low[max(0, m.start() - 20):m.start()]):
            continue
        values = [(v, mm.start() + m.start(2), mm.end() + m.start(2)) for v, pat in _FIELD_VALUE for mm in re.finditer(pat, raw)]
        if values:
            # "Junior Mid-Level Senior": several levels listed; the labelled postings read that as mid.
            mids = [v for v in values if v[0] == "mid"]
            field_hit = mids[0] if len(values) > 1 and mids else min(values, key=lambda v: v[1])
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
    text_hit = _scan_text(low)
    if not title_hit:
        # The role named in a sentence: "As Senior Project Manager you will...", "We are looking for a Junior ...".
        for m in _ROLE_IN_TEXT.finditer(low[:2000]):
            hit = _scan(_TITLE, m.group(1), m.start(1))
            if hit and hit[0] != "entry-weak":
                title_hit, t_off = hit, 0
                break
    if field_hit and not title_hit:
        value, a, b = field_hit
        if value == "mid" and text_hit and text_hit[0] == "senior" and re.search(r"\d|years", low[text_hit[1]:text_hit[2]]):
            # "Experience level: Mid-Level" but "5+ years of experience": the labelled postings read the years.
            return Guess("senior", f"posting: {text[text_hit[1]:text_hit[2]]!r} (the level field says {text[a:b]!r})", ((text_hit[1], text_hit[2]), (a, b)))
        return Guess(value, f"posting field: {text[a:b]!r}", ((a, b),))
    if title_hit and title_hit[0] == "lead" and re.fullmatch(r"manager|supervisor", low[title_hit[1]:title_hit[2]]) \
            and not re.search(r"\b(team|teams|staff|direct reports|employees|people manag|line manag|manage (a|the|our) |lead (a|the|our) |leading (a|the|our) |supervis)", low):
        # "Account Security Manager" with no one to manage: a mid-level title.
        title_hit = ("mid", title_hit[1], title_hit[2])
    if not title_hit:
        ex = _EXEC_ANYWHERE.search(low[:1500])
        if ex and not _NOT_THE_ROLE.search(low[max(0, ex.start() - 30):ex.start()]):
            return Guess("executive", f"posting names the role: {text[ex.start():ex.end()]!r}", ((ex.start(), ex.end()),))
    if title_hit and title_hit[0] == "entry-weak":
        # "Sales Representative" with 2-3 years asked: the years decide; with none, the job is entry level.
        title_hit = ("mid" if text_hit and text_hit[0] in ("mid", "senior") else "entry", title_hit[1], title_hit[2])
        if text_hit and text_hit[0] in ("mid", "senior"):
            return Guess(text_hit[0], f"posting: {text[text_hit[1]:text_hit[2]]!r}", ((text_hit[1], text_hit[2]),))
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


_NEG = re.compile(r"\b(no|not|isn'?t|won'?t|without|never|nor)\b[^.\n]{0,25}$")


_ROLE_IN_TEXT = re.compile(r"\b(?:looking for|seeking|hiring|as|asa|join (?:us|our team) as|role of|position of|position as|post of|appoint) (?:a |an |our |the )?(?:new )?((senior|sr\.?|junior|jr\.?|lead|principal|head of|chief|trainee|graduate|entry[- ]level) [a-z][a-z-]+)")
_EXEC_ANYWHERE = re.compile(r"\b(chief [a-z]+ officer|managing director|executive director|dean of|general counsel)\b")
_NOT_THE_ROLE = re.compile(r"\b(to|with|our|the|by|from|for|and|report(s|ing)?|support(s|ing)?|assist(s|ing)?|alongside|partner(s|ing)? with)\s+(the\s+|our\s+|a\s+)?$")


def _scan_text(low: str) -> tuple[str, int, int] | None:
    """The first text cue, in table order, that is not negated ('this isn't a people management role')."""
    found: list[tuple[str, int, int]] = []
    for value, pat in _TEXT:
        for m in re.finditer(pat, low):
            if value in ("lead", "executive", "senior") and _NEG.search(low[max(0, m.start() - 40):m.start()]):
                continue
            found.append((value, m.start(), m.end()))
            break
    if not found:
        return None
    if found[0][0] in ("senior", "mid"):
        # Years of experience: the first requirement stated is the one the posting leads with.
        return min((f for f in found if f[0] in ("senior", "mid")), key=lambda f: f[1])
    return found[0]


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
        # "Company size: 1k-5k people": the lower bound counts. A range starting at 1,000-4,999 is reported as
        # RANGE_LARGE_IF_SIGNED (999): large only with another established-company sign (see infer_employer_kind).
        n = lo if lo >= 5000 else (RANGE_LARGE_IF_SIGNED if lo >= 1000 else lo)
        if best is None or n > best[0]:
            best = (n, m2.start(), m2.end())
    return best


_STARTUP_STRONG = re.compile(r"\b((?<!for )(?<!with )(?<!clients are )(?<!customers are )(?<!of )(?<!other )start-?up(?!s)(?! (package|grant|funds?|funding|costs?|budget|phase|environment|mentality|mindset|spirit|culture|vibe|feel|experience|of the (new )?(plant|site|line|factory|facility))|\w)|relatively (new|young) company|early stage|virtual shares|seed[- ](stage|round|funded|funding)|series [abc]\b|early[- ]stage (company|startup|start-up|venture)|founding (team|engineer|member|designer)|pre-seed|(venture|vc)[- ](backed|funded)|backed by (leading |top )?(vcs|investors|venture)|scale-?up|indie studio|(we are|we're) (a )?\d+[- ]person|warrant program(me)?|(our )?investors (have )?(injected|invested)|raised (\$|\u20ac|\u00a3|dkk |usd |eur )?\d)\b")
_STARTUP_WEAK = re.compile(r"\b(start-?up (environment|mentality|mindset|spirit|culture|vibe|feel)|employee stock option|(we are|we're) (a )?(relatively )?small|small (but mighty )?team|fast[- ]growing|wear (many|multiple) hats|(meaningful |generous )?equity (stake|package|grant|options)|meaningful equity|stock options|first (hire|\w+ hire)|ambiguity|founded in 20(1[6-9]|2\d)|our first [a-z]+ hire|young company)\b")
_CORP_STRONG = re.compile(r"\b(global leader|world[- ]leading|world leader|(is|are) the largest|largest [a-z]+ (company|house|bank|group|provider|employer|manufacturer|retailer)|multinational|worlds?'?s? largest|worlds? leading|leading (global|international)|publicly traded|listed on|nyse|nasdaq|ftse|(since|founded in|established in) (18\d\d|19[0-7]\d)|nearly \d{3} years|(over|more than) (50|[6-9]\d|\d{3}) years|in (over |more than )?\d{2,} countries|offices in \d{2,}|big international group|global (company|organi[sz]ation|player|presence|family|group|workplace)|graduate (programme|scheme)|group companies|public (sector|authority|body|institution)|government (department|agency)|ministry|university hospital|nhs (trust|foundation)|(the|our|this) university|(the|our) faculty|state[- ]owned)\b")
_CORP_WEAK = re.compile(r"\b(fortune \d+|celebrating \d+ years|international (company|group|organi[sz]ation|corporation)|\d+ (locations|offices|sites) (in|across|around|worldwide)|global [a-z]+ (provider|organi[sz]ation|company|group|industry|player)|performance reviews?|corporate (courses|training|academy|culture|university)|(career|leadership|talent) development program(me)?s?|(in-house|internal) (career|training|development) program(me)?s?|the [a-z<>]+ group|established|structured|leadership (development|program)|graduate (program|scheme)|rotation(al)? program|career (framework|ladder)|enterprise clients|over \d+ years|decades|(since|founded in) (19[89]\d)|headquarter(s|ed)|governance|mentor(ship|ing)? program|top[- ]\d+|\d[\d,]*[- ]bed|nationwide|worldwide|matrix organi[sz]ation|company type\s*:?\s*public)\b")
_SPECIALIST_TITLE = re.compile(r"\b((clinical|medical|nurse|staff|clinical informatics) specialist|specialist (doctor|physician|nurse|registrar|orthodontist|dentist)|psychologist|orthodontist|dentist|structural|scientist|researcher|research (fellow|assistant|associate|engineer|software engineer|scientist)|professor|lecturer|ph\.?d|postdoc(toral)?|doctoral|actuar(y|ial)|bioinformatician|statistician|epidemiologist|machine learning|artificial intelligence|threat (hunter|researcher|intelligence)|security researcher|(medical|clinical) consultant|staff specialist|consultant (physician|surgeon|psychiatrist|radiologist)|physician|surgeon|an(a)?esthetist|radiologist|pathologist|clinical (nurse )?specialist|nurse specialist|solicitor|barrister|attorney|lawyer|general counsel|legal counsel|chemist|physicist|biologist|geologist|economist|data scientist|computer vision|cryptograph(er|y)|compiler engineer|structural engineer|chartered|social engineering|penetration test(er|ing)?|red team|offensive security|group leader)\b")


def _distinct(hits: list[tuple[int, int]], low: str) -> int:
    return len({low[a:b] for a, b in hits})


def infer_employer_kind(text: str, notes: str = "", title: str = "") -> Guess:
    """The employer kind with evidence: startup, then a specialist role, then corporate, else general.

    Spans index `text` + "\\n" + `notes`. The order follows the labelling guide
    (tests/data/postings/README.md): an explicitly young or small employer is a
    startup; a deep expert role is specialist; an explicitly large or established
    employer is corporate.
    """
    whole = text + ("\n" + notes if notes else "")
    low = norm(whole)
    size = company_size(low)
    n = size[0] if size else None

    def hits(r: re.Pattern[str]) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in r.finditer(low)]

    def show(hs: list[tuple[int, int]]) -> str:
        return ", ".join(dict.fromkeys(repr(whole[a:b]) for a, b in hs[:6]))

    s_strong, s_weak = hits(_STARTUP_STRONG), hits(_STARTUP_WEAK)
    c_strong = hits(_CORP_STRONG)
    small = n is not None and n <= 200 and not c_strong and not re.search(r"\b(team|department|group|unit|office) of (about |around |some )?$", low[max(0, size[1] - 30):size[1]] if size else "")
    if s_strong and (n is None or n <= 500) or _distinct(s_weak, low) >= 2 and (n is None or n <= 200) or small:
        ev = s_strong + s_weak or ([(size[1], size[2])] if size else [])
        why = f"startup signals: {show(ev)}" if s_strong or s_weak else f"a small team: {whole[size[1]:size[2]]!r}" if size else "startup"
        return Guess("startup", why, tuple(ev[:4]))
    tspan = title_span(text) if not title else None
    tlow = norm(title) if title else (low[tspan[0]:tspan[1]] if tspan else "")
    tm = _SPECIALIST_TITLE.search(tlow)
    sp_strong, sp_weak = hits(_SPECIALIST_STRONG), hits(_SPECIALIST_WEAK)
    sp = sp_strong + sp_weak
    if tm:
        ev = ([(tspan[0] + tm.start(), tspan[0] + tm.end())] if tspan else []) + sp[:3]
        return Guess("specialist", f"a specialist role: {tm.group(0)!r}" + (f"; {show(sp[:3])}" if sp else ""), tuple(ev))
    c_weak = hits(_CORP_WEAK)
    spec_n = 2 * _distinct(sp_strong, low) + _distinct(sp_weak, low)
    corp_n = 2 * _distinct(c_strong, low) + _distinct(c_weak, low)
    short = len(low.split()) < 300  # a short description: one clear signal is enough
    big = (n is not None and n >= 1000) or bool(c_strong)
    need = (2 if short else 4) + (2 if big else 0)
    if spec_n >= need and spec_n > corp_n:
        return Guess("specialist", f"specialist signals: {show(sp)}", tuple(sp[:4]))
    if size is not None and (size[0] >= 1000 or size[0] == RANGE_LARGE_IF_SIGNED and (c_strong or c_weak)):
        return Guess("corporate", f"a headcount of {size[0]:,}: {whole[size[1]:size[2]]!r}", ((size[1], size[2]),))
    if corp_n >= (1 if short else 2) and not (n is not None and n < 300 and not c_strong):
        ev = c_strong + c_weak
        return Guess("corporate", f"corporate signals: {show(ev)}", tuple(ev[:4]))
    return Guess("general", "no startup, specialist or corporate signal is clear in the posting")
