"""Read a candidate profile from our YAML/JSON schema, a JSON Resume, or prose into a `Profile`."""

from __future__ import annotations

import difflib
import json
import re
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeAlias

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from careeralign.errors import InputError
from careeralign.ingest.posting import decode_bytes, load_json, read_file_bytes
from careeralign.models import EvidenceItem, GoalInput, Profile
from careeralign.text import Span, sentences

PROFILE_FORMATS: tuple[str, ...] = ("yaml", "json", "prose")
_EXTENSIONS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".txt": "prose", ".md": "prose",
               ".markdown": "prose", ".text": "prose"}
_RESUME_KEYS = {"basics", "work", "volunteer", "education", "awards", "certificates", "publications",
                "skills", "languages", "interests", "references", "projects", "meta"}


# --- the schema --------------------------------------------------------------------------------

class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class _Evidence(_Strict):
    projects: list[str] | None = None
    results: list[str] | None = None
    certifications: list[str] | None = None
    education: list[str] | None = None
    roles: list[str] | None = None


class _Goal(_Strict):
    text: str
    horizon: Literal["short", "mid", "long"] | None = None


class _ProfileFile(_Strict):
    name: str | None = None
    current_role: str | None = None
    level: Literal["entry", "mid", "senior", "lead", "executive"] | None = None
    years: float | None = None
    background: str | None = None
    skills: list[str] | None = None
    evidence: _Evidence | None = None
    goals: Any = None  # a paragraph string or a list of strings / {text, horizon}: checked by hand for clear paths
    pivot_from: str | None = None
    long_term_open: bool = False


_EVIDENCE_KIND = {"projects": "project", "results": "result", "certifications": "certification",
                  "education": "education", "roles": "role"}


def _path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def _model_of(loc: tuple[int | str, ...]) -> type[BaseModel]:
    model: type[BaseModel] = _ProfileFile
    for part in loc:
        if part == "evidence":
            model = _Evidence
    return model


def _message(err: Any, loc: tuple[int | str, ...]) -> str:
    kind = err["type"]
    where = _path(loc)
    if kind == "extra_forbidden":
        field = str(loc[-1])
        model = _Goal if len(loc) >= 2 and isinstance(loc[-2], int) else _model_of(loc[:-1])
        known = list(model.model_fields)
        close = difflib.get_close_matches(field, known, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (known fields: {', '.join(known)})"
        parent = _path(loc[:-1])
        return f"{parent + ': ' if parent else ''}unknown field '{field}'{hint}"
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
        return f"{where}: must be one of {', '.join(options)}"
    if kind == "missing":
        return f"{where}: is required"
    simple = {
        "string_type": "must be a string", "float_type": "must be a number", "int_type": "must be a number",
        "bool_type": "must be true or false", "list_type": "must be a list", "model_type": "must be a mapping",
        "dict_type": "must be a mapping", "finite_number": "must be a finite number",
    }
    if kind in simple:
        return f"{where}: {simple[kind]}"
    return f"{where}: {err.get('msg', 'invalid value')}"


def _validate(model: type[BaseModel], data: Any, name: str, prefix: tuple[int | str, ...] = ()) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        errors = e.errors()
        # an unknown field is usually the root cause (a typo): name it first
        first = next((x for x in errors if x["type"] == "extra_forbidden"), errors[0])
        loc = prefix + tuple(first["loc"])
        if first["type"] == "extra_forbidden":  # a misspelt field also leaves the real one missing
            errors = [x for x in errors if x["type"] != "missing"]
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        raise InputError(f"{name}: {_message(first, loc)}{more}") from None


# --- offsets from the YAML node tree ------------------------------------------------------------

_Node: TypeAlias = Any  # a yaml.Node (PyYAML ships no type hints)


def _compose(text: str) -> _Node | None:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None  # offsets then come from a plain search (JSON with tabs, for one)


def _child(node: _Node | None, key: str) -> _Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return v
    return None


def _item(node: _Node | None, i: int) -> _Node | None:
    if isinstance(node, yaml.SequenceNode) and 0 <= i < len(node.value):
        return node.value[i]
    return None


def _scalar_span(text: str, node: _Node | None) -> tuple[int, int] | None:
    """The characters of a scalar in the file: quotes excluded, a block scalar's lines only."""
    if not isinstance(node, yaml.ScalarNode):
        return None
    s, e = node.start_mark.index, node.end_mark.index
    style = node.style
    if style in ("'", '"'):
        s, e = s + 1, e - 1
    elif style in ("|", ">"):
        nl = text.find("\n", s, e)
        s = e if nl < 0 else nl + 1
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if not 0 <= s <= e <= len(text):
        return None
    return s, e


class _Locator:
    """Finds where a value sits in the file: by node marks, else by searching forward."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.root = _compose(text)
        self.cursor = 0

    def span(self, node: _Node | None, value: str) -> tuple[int, int]:
        got = _scalar_span(self.text, node)
        if got is not None:
            return got
        return self.search(value)

    def search(self, value: str) -> tuple[int, int]:
        for needle in (value, json.dumps(value)[1:-1]):
            if not needle:
                continue
            i = self.text.find(needle, self.cursor)
            if i < 0:
                i = self.text.find(needle)
            if i >= 0:
                self.cursor = i + len(needle)
                return i, i + len(needle)
        return 0, 0


# --- goal sentences in prose -------------------------------------------------------------------

_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "a couple of": 2, "a few": 3,
        "a decade": 10, "a year": 1, "a": 1}
_NUM_WORD = r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_GOAL = re.compile(
    r"\b(?:i(?:\s+|(?=['\u2019]))(?:really\s+)?(?:want|wanna|would\s+like|'d\s+like|hope|aim|plan|intend|"
    r"aspire|wish|expect|"
    r"see\s+myself|am\s+aiming|'m\s+aiming|am\s+hoping|'m\s+hoping|am\s+looking\s+to|'m\s+looking\s+to|"
    r"am\s+working\s+towards?|'m\s+working\s+towards?|would\s+love|'d\s+love|dream)|"
    r"i\u2019d\s+(?:like|love)|i\u2019m\s+(?:aiming|hoping|looking\s+to)|"
    r"my\s+(?:\w+\s+)?(?:goal|goals|aim|ambition|aspiration|dream|plan|objective)s?|aspir\w+|"
    r"one\s+day|some\s?day|next\s+step|interested\s+in|"
    r"grow\s+into|move\s+into|transition\s+(?:in)?to|become\s+a|looking\s+forward\s+to)\b",
    re.I)
# Future phrases make a goal; "in N years" only when the sentence looks ahead, or at least not
# back ("I grew revenue 20% in two years" is background).
_FUTURE = re.compile(
    r"\b(?:(?:in|over|within)\s+the\s+next\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|"
    r"couple\s+of|year)|long[- ]term|short[- ]term|eventually|down\s+the\s+(?:road|line)|"
    r"in\s+the\s+future|going\s+forward)\b", re.I)
_TIME = re.compile(
    r"\bin\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of)\s+years\b", re.I)
_AHEAD = re.compile(r"\b(?:will|shall|would|could|should|going\s+to|want|hope|plan|see\s+myself|aim|like\s+to|"
                    r"expect)\b|'ll\b|\u2019ll\b|'d\b", re.I)
_BACK = re.compile(r"\b(?:was|were|had|did|grew|led|built|ran|took|made|became|won|got|spent|wrote|taught|began|"
                   r"went|brought|drove|saw|kept|sold|cut|rebuilt|\w{3,}ed)\b", re.I)


def _is_goal(sentence: str) -> bool:
    if _GOAL.search(sentence) or _FUTURE.search(sentence):
        return True
    return bool(_TIME.search(sentence)) and (bool(_AHEAD.search(sentence)) or not _BACK.search(sentence))
_LONG = re.compile(r"\b(?:long[- ]term|eventually|one\s+day|some\s?day|down\s+the\s+(?:road|line)|"
                   r"in\s+(?:the\s+next\s+)?(?:[5-9]|\d\d|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years)\b",
                   re.I)
_MID = re.compile(r"\bin\s+(?:the\s+next\s+)?(?:[2-4]|two|three|four|a\s+few|a\s+couple\s+of)\s+years\b", re.I)
_SHORT = re.compile(r"\b(?:short[- ]term|next\s+step|next\s+year|this\s+year|right\s+now|immediately|soon|"
                    r"in\s+(?:the\s+next\s+)?(?:1|one|a)\s+year|(?:over|in)\s+the\s+next\s+(?:year|\d+\s+months))\b",
                    re.I)


def _horizon(sentence: str) -> str | None:
    if _LONG.search(sentence):
        return "long"
    if _MID.search(sentence):
        return "mid"
    if _SHORT.search(sentence):
        return "short"
    return None


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _split_goals(spans: list[Span]) -> tuple[list[GoalInput], list[str]]:
    goals: list[GoalInput] = []
    rest: list[str] = []
    for sp in spans:
        if _is_goal(sp.text):
            goals.append(GoalInput(text=_one_line(sp.text), horizon=_horizon(sp.text), start=sp.start, end=sp.end))
        else:
            rest.append(_one_line(sp.text))
    return goals, rest


_ROLE_NOUN = (r"(?:[a-z-]*(?:er|or|ist|ian|ant|ent|ive|ect|ead|ef)|manager|nurse|analyst|lead|head|student|"
              r"graduate|intern|associate|representative|officer|executive|chef|barista|clerk|engineer|"
              r"administrator|coordinator|specialist|assistant|technician|scientist|designer|developer|writer)")
_NOT_ROLE = {"learner", "player", "believer", "thinker", "starter", "self-starter", "lover", "fan", "person",
             "parent", "mother", "father", "reader", "talker", "listener", "doer", "fighter", "dreamer",
             "member", "part", "different", "patient", "fluent", "confident", "independent", "competent",
             "creative", "active", "positive", "proactive", "native", "perfectionist", "optimist"}
_ROLE = re.compile(
    r"\b(?:i\s*(?:'m|\u2019m|am)\s+(?:currently\s+|now\s+)?(?:working\s+as\s+)?|i\s+work\s+as\s+|"
    r"i\s+have\s+been\s+(?:working\s+as\s+)?|i've\s+been\s+(?:working\s+as\s+)?|currently\s+(?:working\s+as\s+)?)"
    r"(?:a|an)\s+((?:[a-z][\w/+&-]*\s+){0,3}?" + _ROLE_NOUN + r")\b(?=\s+(?:with|at|for|in|who|and|since|on|"
    r"based|working|of)\b|\s*[,.;:!]|\s*$)",
    re.I)
_YEARS = re.compile(
    r"\b" + _NUM_WORD + r"\+?\s+years?\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:experience|as\s+an?\b|in\s+the\s+(?:field|industry)|"
    r"working|in\s+\w+)", re.I)


def _role_years(text: str) -> tuple[str, float | None]:
    role = ""
    for m in _ROLE.finditer(text):
        cand = m.group(1).strip()
        if cand.split()[-1].lower() not in _NOT_ROLE and cand.split()[0].lower() not in {"big", "huge", "very", "quick",
                                                                                          "fast", "good", "great", "team"}:
            role = cand
            break
    years: float | None = None
    m2 = _YEARS.search(text)
    if m2:
        word = m2.group(1).lower()
        years = float(_NUM.get(word, 0) or word) if not word.replace(".", "", 1).isdigit() else float(word)
    return role, years


# --- the three formats -------------------------------------------------------------------------

def _read_prose(text: str, name: str) -> Profile:
    spans = sentences(text)
    goals, rest = _split_goals(spans)
    background = " ".join(rest) if goals else _one_line(text)
    role, years = _role_years(text)
    return Profile(text=text, format="prose", current_role=role, years=years, background=background,
                   goals=tuple(goals), goals_given=bool(goals))


def _strs(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str) and v.strip()]
    return []


def _read_schema(data: dict[str, Any], text: str, name: str, fmt: str) -> Profile:
    model = _validate(_ProfileFile, data, name)
    loc = _Locator(text)
    root = loc.root
    goals: list[GoalInput] = []
    raw = model.goals
    goals_node = _child(root, "goals")
    if isinstance(raw, str):
        if raw.strip():
            s, e = loc.span(goals_node, raw)
            if (s, e) == (0, 0):
                spans = sentences(raw)
                goals = [GoalInput(text=_one_line(sp.text), horizon=_horizon(sp.text)) for sp in spans]
            else:
                for sp in sentences(text[s:e]):
                    goals.append(GoalInput(text=_one_line(sp.text), horizon=_horizon(sp.text),
                                           start=s + sp.start, end=s + sp.end))
    elif isinstance(raw, list):
        for i, item in enumerate(raw):
            node = _item(goals_node, i)
            if isinstance(item, str):
                if not item.strip():
                    continue
                s, e = loc.span(node, item)
                goals.append(GoalInput(text=_one_line(item), start=s, end=e))
            elif isinstance(item, dict):
                g = _validate(_Goal, item, name, ("goals", i))
                if not g.text.strip():
                    raise InputError(f"{name}: goals[{i}].text: is empty")
                s, e = loc.span(_child(node, "text"), g.text)
                goals.append(GoalInput(text=_one_line(g.text), horizon=g.horizon, start=s, end=e))
            else:
                raise InputError(f"{name}: goals[{i}]: must be a string or a mapping with text and horizon")
    elif raw is not None:
        raise InputError(f"{name}: goals: must be a list of goals or one paragraph")
    evidence: list[EvidenceItem] = []
    if model.evidence is not None:
        ev_node = _child(root, "evidence")
        for key, kind in _EVIDENCE_KIND.items():
            items = getattr(model.evidence, key) or []
            node = _child(ev_node, key)
            for i, item in enumerate(items):
                if item.strip():
                    s, e = loc.span(_item(node, i), item)
                    evidence.append(EvidenceItem(kind=kind, text=_one_line(item), start=s, end=e))
    skills = tuple(s.strip() for s in (model.skills or []) if s.strip())
    years = model.years
    if years is not None and not 0 <= years <= 80:
        raise InputError(f"{name}: years: must be between 0 and 80")
    profile = Profile(
        text=text, format=fmt, name=(model.name or "").strip(), current_role=(model.current_role or "").strip(),
        level=model.level, years=years, skills=skills, background=(model.background or "").strip(),
        evidence=tuple(evidence), goals=tuple(goals), pivot_from=(model.pivot_from or "").strip() or None,
        long_term_open=model.long_term_open, goals_given=bool(goals),
    )
    return profile


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    m = re.match(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def _work_years(work: list[Any]) -> float | None:
    spans: list[tuple[date, date]] = []
    for job in work:
        if not isinstance(job, dict):
            continue
        start = _parse_date(job.get("startDate"))
        if start is None:
            continue
        end = _parse_date(job.get("endDate")) or date.today()
        if end > start:
            spans.append((start, end))
    if not spans:
        return None
    spans.sort()
    total = 0
    cur_s, cur_e = spans[0]
    for s, e in spans[1:]:
        if s <= cur_e:
            cur_e = max(cur_e, e)
        else:
            total += (cur_e - cur_s).days
            cur_s, cur_e = s, e
    total += (cur_e - cur_s).days
    return round(total / 365.25, 1)


def _looks_resume(data: dict[str, Any]) -> bool:
    schema = data.get("$schema")
    if isinstance(schema, str) and "jsonresume" in schema.lower():
        return True
    return isinstance(data.get("basics"), dict) or (isinstance(data.get("work"), list)
                                                    and not set(data) & set(_ProfileFile.model_fields) - _RESUME_KEYS)


def _read_resume(data: dict[str, Any], text: str, name: str) -> Profile:
    loc = _Locator(text)
    root = loc.root
    basics = data.get("basics") if isinstance(data.get("basics"), dict) else {}
    assert isinstance(basics, dict)
    b_node = _child(root, "basics")
    evidence: list[EvidenceItem] = []

    def add(kind: str, label: str, node: _Node | None, value: str) -> None:
        if label.strip():
            s, e = loc.span(node, value) if value else (0, 0)
            evidence.append(EvidenceItem(kind=kind, text=_one_line(label), start=s, end=e))

    def entries(key: str) -> list[tuple[dict[str, Any], _Node | None]]:
        value = data.get(key)
        node = _child(root, key)
        if not isinstance(value, list):
            return []
        return [(v, _item(node, i)) for i, v in enumerate(value) if isinstance(v, dict)]

    def s(d: dict[str, Any], *keys: str) -> str:
        for k in keys:
            v = d.get(k)
            if isinstance(v, str) and v.strip():
                return v.strip()
        return ""

    work = entries("work")
    current_role = s(basics, "label")
    for job, node in work:
        position, org = s(job, "position"), s(job, "name", "company")
        label = f"{position} at {org}" if position and org else position or org
        add("role", label, _child(node, "position") if position else _child(node, "name"), position or org)
        for i, h in enumerate(_strs(job.get("highlights"))):
            add("result", h, _item(_child(node, "highlights"), i), h)
        if not current_role and position and not job.get("endDate"):
            current_role = position
    for proj, node in entries("projects"):
        title, desc = s(proj, "name"), s(proj, "description")
        label = f"{title}: {desc}" if title and desc else title or desc
        add("project", label, _child(node, "description") if desc else _child(node, "name"), desc or title)
        for i, h in enumerate(_strs(proj.get("highlights"))):
            add("result", h, _item(_child(node, "highlights"), i), h)
    for cert, node in entries("certificates"):
        title, issuer = s(cert, "name"), s(cert, "issuer")
        add("certification", f"{title} ({issuer})" if title and issuer else title, _child(node, "name"), title)
    for award, node in entries("awards"):
        title = s(award, "title")
        add("result", title, _child(node, "title"), title)
    for edu, node in entries("education"):
        study, area, inst = s(edu, "studyType"), s(edu, "area"), s(edu, "institution")
        degree = " ".join(p for p in (study, area) if p)
        label = f"{degree}, {inst}" if degree and inst else degree or inst
        key = "area" if area else "studyType" if study else "institution"
        add("education", label, _child(node, key), s(edu, key))
    skills: list[str] = []
    for sk, _node in entries("skills"):
        for v in [s(sk, "name"), *_strs(sk.get("keywords"))]:
            v = v.strip()
            if v and v.lower() not in {x.lower() for x in skills}:
                skills.append(v)
    summary = basics.get("summary") if isinstance(basics.get("summary"), str) else ""
    assert isinstance(summary, str)
    goals: list[GoalInput] = []
    background = _one_line(summary)
    if summary.strip():
        s0, e0 = loc.span(_child(b_node, "summary"), summary)
        base = text[s0:e0] if e0 > s0 else summary
        spans = sentences(base)
        found, rest = _split_goals(spans)
        shift = s0 if e0 > s0 else 0
        goals = [GoalInput(g.text, g.horizon, g.start + shift, g.end + shift) if e0 > s0 else
                 GoalInput(g.text, g.horizon) for g in found]
        if goals:
            background = " ".join(rest)
    role_from_text, years_from_text = _role_years(summary)
    years = _work_years([j for j, _ in work])
    return Profile(
        text=text, format="jsonresume", name=s(basics, "name"), current_role=current_role or role_from_text,
        years=years if years is not None else years_from_text, skills=tuple(skills), background=background,
        evidence=tuple(evidence), goals=tuple(goals), goals_given=bool(goals),
    )


def _load(text: str, fmt: str, name: str) -> Any:
    if fmt == "json":
        return load_json(text, name)
    try:
        return yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f" at line {mark.line + 1}:{mark.column + 1}" if mark else ""
        raise InputError(f"{name}: invalid YAML{where}: {e.problem or e.context or 'cannot parse'}") from None
    except (yaml.YAMLError, RecursionError, ValueError) as e:
        raise InputError(f"{name}: invalid YAML: {type(e).__name__}") from None


_KNOWN = set(_ProfileFile.model_fields) | _RESUME_KEYS | {"$schema"}


def read_profile(data: str | bytes, *, name: str = "<profile>", format: str | None = None) -> Profile:
    """Read a profile: our YAML/JSON schema, a JSON Resume, or prose.

    The format is `format`, else the extension of `name` (.yaml/.yml, .json, .txt/.md), else sniffed from the content.

    Errors raise `InputError` with one line naming `name` and the field path.
    """
    text = decode_bytes(data, name)
    if not text.strip():
        raise InputError(f"{name}: the profile is empty")
    fmt = format.lower().lstrip(".") if format else _EXTENSIONS.get(Path(name).suffix.lower())
    fmt = {"yml": "yaml", "txt": "prose", "text": "prose", "md": "prose", "markdown": "prose",
           "jsonresume": "json"}.get(fmt or "", fmt)
    if fmt is not None and fmt not in PROFILE_FORMATS:
        raise InputError(f"{name}: unknown profile format {format!r} (use one of yaml, json, prose)")
    if fmt is None:
        s = text.lstrip()
        if s.startswith("{"):
            fmt = "json"
        else:
            try:
                loaded = yaml.safe_load(text)
            except (yaml.YAMLError, RecursionError, ValueError):
                loaded = None
            # a paragraph with a colon parses as a mapping too: only known keys make it structured
            fmt = "yaml" if isinstance(loaded, dict) and set(map(str, loaded)) & _KNOWN else "prose"
    if fmt == "prose":
        profile = _read_prose(text, name)
    else:
        loaded = _load(text, fmt, name)
        if loaded is None:
            raise InputError(f"{name}: the profile is empty")
        if not isinstance(loaded, dict):
            if isinstance(loaded, (str, list)):
                profile = _read_prose(text, name)
            else:
                raise InputError(f"{name}: expected a mapping of profile fields, found {type(loaded).__name__}")
        else:
            bad = [k for k in loaded if not isinstance(k, str)]
            if bad:
                raise InputError(f"{name}: field names must be text, found {bad[0]!r}")
            if _looks_resume(loaded):
                profile = _read_resume(loaded, text, name)
            else:
                profile = _read_schema(loaded, text, name, fmt)
    if not (profile.goals or profile.background or profile.skills or profile.evidence or profile.current_role):
        raise InputError(f"{name}: the profile is empty (no role, background, skills, evidence or goals)")
    return profile


def read_profile_file(path: str | Path) -> Profile:
    """Read a profile file; the format comes from the extension (.yaml/.yml, .json, .txt/.md), else the content."""
    name, data, _ = read_file_bytes(path)
    return read_profile(data, name=name)


def profile_template() -> str:
    """The commented profile template (`careeralign/data/profile_template.yaml`)."""
    return (resources.files("careeralign") / "data" / "profile_template.yaml").read_text(encoding="utf-8")
