"""Read the candidate's goals: horizon and kind with the words that show them, targets and flags."""

from __future__ import annotations

import re

from careeralign import lexicon as lx
from careeralign.lexicon import norm
from careeralign.models import LEVELS, Goal, GoalInput, JobInsight, Profile, Quote
from careeralign.understand.context import content_terms
from careeralign.understand.horizon import year_spans

# Requirements that are credentials or experience, not something to learn on the job.
NOT_TO_LEARN = re.compile(r"^\W*(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\W*$|\b(bootcamp|md|equivalent|portfolio|projects?|degree|bachelor|master|msc|bsc|ph\.?d|diploma|licen[cs]es?|certification|years?|experience|english|danish|german|french|education)\b", re.I)
_HORIZON_CONCEPTS = (("horizon_short", "short"), ("horizon_long", "long"), ("horizon_mid", "mid"))
_DEFAULT_HORIZON = {"skill": "short", "impact": "short", "domain": "mid", "leadership": "long", "personal": "mid"}
# Job titles a goal can aim at, with a rung on a generic ladder (2 senior ... 5 executive).
_TITLES = [
    (re.compile(r"\b(ceo|cto|cfo|coo|cmo|chief [a-z]+ officer|vp|vice[- ]president|managing director|general manager|executive director|partner)\b"), 5),
    (re.compile(r"\b(director|head of [a-z&]+|department head|dean|superintendent)\b"), 4),
    (re.compile(r"\b(manager|team lead|team leader|tech lead|(lead|principal) [a-z]*(er|or|ist|ian|ant|ect|nurse|chef|designer|writer|counsel)|supervisor|head (chef|nurse|teacher|coach))\b"), 3),
    (re.compile(r"\b(senior [a-z]+|staff [a-z]+)\b"), 2),
]
_SKILL_WORDS = re.compile(r"\b(learn|learning|master|mastering|mastery|skills?|get (better|good|strong) at|deepen|deeper|build (my|up|expertise|skills)|improve my|hone|sharpen|expertise|expert|speciali[sz]|craft|become fluent|proficien|certif|standards?|practice|methods?|techniques?|by (building|leading|owning|designing|running|mentoring|coaching))\b")
_DOMAIN = re.compile(r"\b(grow into (a|an|the) [a-z -]+ (role|position|job|career)|move into|moving into|transition (in)?to|switch (in)?to|break into|get into|work in the [a-z -]+ (industry|sector|field)|(the|that|this) [a-z-]+ (industry|sector)|domain|field of|speciali[sz](e|ing) in|focus on [a-z]+ (industry|sector))\b")
_IMPACT = re.compile(r"\b(impact|improve|reduce|increase|cut|grow|help (people|patients|customers|users|students|clients|the)|make a difference|deliver|ship|launch|build (a|the|products?|tools?|systems?)|solve|contribute|serve|change how)\b")
_LEAD_VERB = re.compile(r"\b(lead|leading|head up|heading up|oversee|overseeing|direct|directing|manage|managing|run|running)\s+(the\s+|a\s+|an\s+|our\s+|my\s+|its\s+)?([a-z&-]+\s+){0,3}(strategy|team|teams|function|department|group|unit|practice|programme|program|organi[sz]ation|division|office|operations|people|staff|squad|ward|kitchen|store|branch|site|plant|lab)\b")
_TITLE_ONLY_OK = re.compile(r"\b(by|through|so (that|i)|where i|to (help|build|shape|set|grow|develop|coach|mentor)|who|which|responsible for)\b")


def _horizon(low: str) -> tuple[str, str, tuple[int, int]] | None:
    """The horizon a goal's own words give, with the words and their offsets in `low`."""
    found: list[tuple[int, str, int, int]] = []
    for a, b, hz in year_spans(low):
        found.append((a, hz, a, b))
    for concept, hz in _HORIZON_CONCEPTS:
        for a, b in lx.find(concept, low):
            if concept == "horizon_mid" and low[a:b] == "then":
                continue
            found.append((a, hz, a, b))
    if not found:
        return None
    found.sort()
    _, hz, a, b = found[0]
    return hz, low[a:b], (a, b)


def _horizons_all(low: str) -> set[str]:
    out = {hz for _, _, hz in year_spans(low)}
    for concept, hz in _HORIZON_CONCEPTS:
        if any(low[a:b] != "then" for a, b in lx.find(concept, low)):
            out.add(hz)
    return out


def _title_rank(low: str) -> tuple[int, str]:
    for pat, rank in _TITLES:
        m = pat.search(low)
        if m:
            return rank, m.group(0)
    return 0, ""


def _kind(low: str) -> tuple[str, str]:
    if lx.has("personal_gain", low):
        m = lx.pattern("personal_gain").search(low)
        return "personal", f"personal gain: {m.group(0)!r}" if m else "personal gain"
    m = lx.pattern("leadership_target").search(low) or _LEAD_VERB.search(low)
    rank, title = _title_rank(low)
    if m or rank >= 3:
        return "leadership", f"leadership or a title: {(m.group(0) if m else title)!r}"
    m3 = _DOMAIN.search(low)
    if m3:
        return "domain", f"a domain or field: {m3.group(0)!r}"
    m2 = _SKILL_WORDS.search(low) or (lx.pattern("mastery").search(low))
    if m2:
        return "skill", f"skill or mastery: {m2.group(0)!r}"
    m4 = _IMPACT.search(low)
    if m4:
        return "impact", f"impact: {m4.group(0)!r}"
    return "skill", "no leadership, domain, impact or personal words; read as a skill goal"


def _targets(low: str, insight: JobInsight | None) -> tuple[str, ...]:
    out: list[str] = []
    if insight is not None:
        for s in insight.skills:
            if s.canonical and len(s.canonical) > 1 and re.search(r"(?<![\w])" + re.escape(s.canonical) + r"(?![\w])", low):
                out.append(s.canonical)
    rank, title = _title_rank(low)
    if title:
        out.append(title)
    if not out:
        terms, _ = content_terms(low)
        words = [w for w in re.findall(r"[a-z][a-z0-9+#-]{3,}", low) if any(w.startswith(t) for t in terms)]
        out.extend(list(dict.fromkeys(words))[:4])
    return tuple(dict.fromkeys(out))


def read_goal(g: GoalInput, profile_level: str | None = None, insight: JobInsight | None = None, profile_text: str = "") -> Goal:
    """Read one goal the candidate wrote; quotes index `profile_text` (else the goal's own text, source "goal")."""
    text = g.text
    low = norm(text)
    source = "profile"
    if not (0 <= g.start < g.end <= len(profile_text)):
        i = profile_text.find(text) if text else -1
        if i >= 0:
            g = GoalInput(text, g.horizon, i, i + len(text))
        else:
            source, g = "goal", GoalInput(text, g.horizon, 0, len(text))
    whole = profile_text if source == "profile" else text
    raw = whole[g.start:g.end]  # a folded YAML block holds the goal over several lines: quote the lines as written
    kind, kind_why = _kind(low)
    hq: Quote | None = None
    words = _horizon(low)
    if g.horizon:
        horizon, horizon_why = g.horizon, f"stated in the profile: horizon {g.horizon}"
    elif words:
        horizon = words[0]
        a, b = words[2]
        horizon_why = f"time words: {text[a:b]!r}"
        j = whole.find(text[a:b], g.start, g.end)
        hq = Quote(source, j, j + b - a, text[a:b]) if j >= 0 else None
    else:
        horizon = _DEFAULT_HORIZON[kind]
        horizon_why = f"no time words; {'an' if kind[0] in 'aeiou' else 'a'} {kind} goal is read as {horizon}-term"
    flags: list[tuple[str, str]] = []
    rank, title = _title_rank(low)
    level_rank = {"entry": 0, "mid": 1, "senior": 2, "lead": 3, "executive": 5}.get(profile_level or "", 1)
    if horizon == "short" and (rank >= 4 or (rank >= 3 and rank - level_rank >= 2)):
        flags.append(("conflated-horizons", f"{title!r} is a long-term step placed in the short term; put the skills you will build first, and the title later"))
    elif rank >= 3 and len(_horizons_all(low)) >= 2:
        flags.append(("conflated-horizons", "one goal mixes near-term work and a long-term title; split it into steps"))
    if kind == "leadership" and rank >= 2 and not _SKILL_WORDS.search(low) and not _TITLE_ONLY_OK.search(low):
        flags.append(("titles-over-skills", f"the goal is a title ({title!r}) with no skill or responsibility behind it; say what you want to be able to do"))
    quote = Quote(source, g.start, g.end, raw)
    return Goal(text=text, quote=quote, horizon=horizon, horizon_why=horizon_why, horizon_quote=hq, kind=kind,
                kind_why=kind_why, targets=_targets(low, insight), flags=tuple(flags))


_NEXT = {"entry": ["an independent {field} role", "a trusted {field} role", "a {field} role with full ownership"],
         "mid": ["a senior {field} role", "senior {field} work", "the senior {field} the team turns to"],
         "senior": ["a lead {field} role, setting standards", "leading {field} work and mentoring others", "a lead {field} position"],
         "lead": ["broader leadership of the {field} function", "leading {field} across more teams", "a wider {field} leadership role"],
         "executive": ["a wider {field} remit", "broader {field} responsibility", "a larger {field} role"]}
_SHORT = ["Put my {skills} to work", "Apply my {skills} from day one", "Use my {skills} straight away"]
_SHORT_NONE = ["Get fully productive", "Become productive quickly", "Learn the role's core work fast"]
_MID = ["Build depth in {skills}", "Get strong at {skills}", "Go deep on {skills}", "Master {skills}", "Get fluent in {skills}"]


def _variant(options: list[str], *keys: str) -> str:
    h = 0
    for k in keys:
        for ch in k[:500]:
            h = (h * 131 + ord(ch)) % 1_000_003
    return options[h % len(options)]


def infer_goals(profile: Profile, insight: JobInsight) -> tuple[Goal, ...]:
    """Short, mid and long goals built from the background and the posting, each with its sources."""
    bg = profile.text
    low_bg = norm(bg)
    have, missing = [], []
    for s in insight.skills:
        c = s.canonical
        if len(c) < 2:
            continue
        m = re.search(r"(?<![\w])" + re.escape(c) + r"(?![\w])", low_bg)
        if m:
            have.append((s, m))
        else:
            missing.append(s)
    have = list({s.canonical: (s, m) for s, m in have}.values())
    goals: list[Goal] = []
    duty = insight.responsibilities[0] if insight.responsibilities else None
    # Short term: the candidate's matching skills applied to the role's main duty.
    src: list[Quote] = []
    if have:
        names = [s.text for s, _ in have[:3]]
        src += [Quote("profile", m.start(), m.end(), bg[m.start():m.end()]) for _, m in have[:3]]
        src += [Quote("job", s.start, s.end, s.text) for s, _ in have[:3]]
        what = _variant(_SHORT, insight.text, bg).format(skills=", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0])
    else:
        what = _variant(_SHORT_NONE, insight.text, bg)
    if duty:
        what += f" on the role's core work: {duty.text[0].lower() + duty.text[1:].rstrip('.')}"
        src.append(duty.quote)
    goals.append(Goal(text=what, quote=Quote("inferred", 0, 0, what), horizon="short",
                      horizon_why="inferred: the role's immediate work", horizon_quote=None, kind="skill",
                      kind_why="inferred from the posting's duties and the skills you already have", targets=tuple(s.canonical for s, _ in have[:3]),
                      inferred=True, sources=tuple(src)))
    # Mid term: deepen what the posting asks that the background does not show, with what the job offers for it.
    missing = [s for s in missing if not NOT_TO_LEARN.search(s.text) and len(s.text.split()) <= 3
               and not re.fullmatch(r"[a-z]+-[a-z]+", s.text.lower())]  # "hands-on" is a manner, not a skill to master
    learn = [s for s in missing if s.kind == "knowledge"][:2] or missing[:2]
    support = next((o for o in insight.offers if o.category in ("training", "mentorship", "certification")), None)
    if learn:
        what = _variant(_MID, insight.text, bg).format(skills=" and ".join(s.text for s in learn))
        src = [Quote("job", s.start, s.end, s.text) for s in learn]
        if support:
            what += f", using the {support.category} the job offers"
            src.append(support.quote)
        goals.append(Goal(text=what, quote=Quote("inferred", 0, 0, what), horizon="mid", horizon_why="inferred: skills the posting asks for that your background does not show yet",
                          horizon_quote=None, kind="skill", kind_why="inferred from the posting's requirements", targets=tuple(s.canonical for s in learn),
                          inferred=True, sources=tuple(src)))
    # Long term: the next rung above the role's level, in the role's own field.
    field = _field(insight)
    nxt = _variant(_NEXT.get(insight.level if insight.level in LEVELS else "mid", _NEXT["mid"]), insight.text, bg).format(field=field)
    what = f"{_variant(['Grow into', 'Work toward', 'Become', 'Move into', 'Earn'], bg, insight.text)} {nxt}"
    src = []
    path = next((o for o in insight.offers if o.category == "promotion"), None)
    if path:
        src.append(path.quote)
    lv = insight.why("level")
    if lv and lv.quotes:
        src.append(lv.quotes[0])
    tv = insight.why("title")
    if not src and tv and tv.quotes:
        src.append(tv.quotes[0])
    goals.append(Goal(text=what, quote=Quote("inferred", 0, 0, what), horizon="long", horizon_why="inferred: the next step above the role's level",
                      horizon_quote=None, kind="skill" if insight.level in ("entry", "mid") else "leadership",
                      kind_why="inferred from the role's level" + (" and its career path" if path else ""), targets=(field,), inferred=True, sources=tuple(src)))
    return tuple(goals)


def _field(insight: JobInsight) -> str:
    t = norm(insight.title)
    t = re.sub(r"\b(junior|senior|sr|jr|lead|principal|staff|head of|manager|director|intern|graduate|trainee|associate|assistant|chief|ii|iii|\(.*?\))\b", " ", t)
    words = [w for w in re.findall(r"[a-z][a-z/&-]+", t) if w not in ("m", "f", "d", "w", "the", "a", "an", "and", "of", "for", "to", "at")]
    return " ".join(words[:3]) or (insight.industry or "this")


def read_goals(profile: Profile, insight: JobInsight | None) -> tuple[tuple[Goal, ...], bool]:
    """The profile's goals read, or goals inferred from the background and posting (then True)."""
    if profile.goals:
        return tuple(read_goal(g, profile.level, insight, profile.text) for g in profile.goals), False
    if insight is None:
        return (), True
    return infer_goals(profile, insight), True
