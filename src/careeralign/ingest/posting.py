"""Read a job posting from plain text, Markdown, HTML or schema.org JSON-LD into a `Job`."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from careeralign.errors import InputError
from careeralign.models import Job

FORMATS: tuple[str, ...] = ("text", "markdown", "html", "json")
_FORMAT_ALIASES = {"txt": "text", "md": "markdown", "htm": "html", "jsonld": "json", "json-ld": "json"}
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json", ".jsonld": "json",
}


# --- bytes to text -----------------------------------------------------------------------------

def decode_bytes(data: str | bytes, name: str) -> str:
    """Text from bytes: UTF-8 (BOM allowed), else cp1252, else latin-1; NUL bytes mean binary.

    Line ends become "\\n"; a leading BOM is dropped.
    """
    if isinstance(data, bytes):
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                text = data.decode("utf-16")
            except UnicodeDecodeError:
                raise InputError(f"{name}: not readable text (a broken UTF-16 file)") from None
        elif b"\x00" in data:
            raise InputError(f"{name}: this is a binary file, not text")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                try:
                    text = data.decode("cp1252")
                except UnicodeDecodeError:
                    text = data.decode("latin-1")
    elif isinstance(data, str):
        text = data
    else:
        raise InputError(f"{name}: expected text or bytes, got {type(data).__name__}")
    if "\x00" in text:
        raise InputError(f"{name}: this is a binary file, not text")
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _normal_format(format: str | None, name: str) -> str | None:
    if format is None:
        return None
    f = format.lower().lstrip(".")
    f = _FORMAT_ALIASES.get(f, f)
    if f not in FORMATS:
        raise InputError(f"{name}: unknown posting format {format!r} (use one of text, markdown, html, json)")
    return f


# --- HTML to visible text ----------------------------------------------------------------------

_SKIP = {"head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup",
    "hr", "html", "legend", "main", "menu", "nav", "ol", "pre", "section", "summary", "table", "tbody",
    "tfoot", "thead", "tr", "ul",
}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
_CELL = {"td", "th"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs:
        return True
    if (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(attrs.get("style") or ""))


class _VisibleText(HTMLParser):
    """Collects the visible text of a page and its JSON-LD blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.jsonld: list[str] = []
        self.h1: list[str] = []
        self._skip_tag: str | None = None
        self._skip_depth = 0
        self._ld: list[str] | None = None
        self._pre = 0
        self._in_h1 = 0
        self._h1_buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): v for k, v in attrs}
        if tag == "script" and (a.get("type") or "").strip().lower() == "application/ld+json":
            self._ld = []  # JSON-LD counts even inside <head> or a hidden block
            return
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth += 1
            return
        if tag in _VOID:
            if tag == "br":
                self.out.append("\n")
            elif tag == "hr":
                self.out.append(_PARA)
            elif tag == "img" and not _is_hidden(a):
                pass  # alt text is not part of the posting's prose
            return
        if tag in _SKIP or _is_hidden(a):
            self._skip_tag, self._skip_depth = tag, 1
            return
        self._open(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID or self._skip_tag is not None:
            self.handle_starttag(tag, attrs)
        # a self-closed non-void element (<div/>) opens and closes nothing visible

    def _open(self, tag: str) -> None:
        if tag == "li":
            self.out.append(_BREAK + "- ")
        elif tag in _PARAGRAPH:
            self.out.append(_PARA)
        elif tag in _BLOCK:
            self.out.append(_BREAK)
        elif tag in _CELL:
            self.out.append(" ")
        if tag == "pre":
            self._pre += 1
        if tag == "h1":
            self._in_h1 += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._ld is not None:
            self.jsonld.append("".join(self._ld))
            self._ld = None
            return
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth -= 1
                if self._skip_depth == 0:
                    self._skip_tag = None
            return
        if tag in _PARAGRAPH:
            self.out.append(_PARA)
        elif tag in _BLOCK or tag == "li":
            self.out.append(_BREAK)
        elif tag in _CELL:
            self.out.append(" ")
        if tag == "pre" and self._pre:
            self._pre -= 1
        if tag == "h1" and self._in_h1:
            self._in_h1 -= 1
            if not self._in_h1:
                self.h1.append(" ".join("".join(self._h1_buf).split()))
                self._h1_buf = []

    def handle_data(self, data: str) -> None:
        if self._ld is not None:
            self._ld.append(data)
            return
        if self._skip_tag is not None:
            return
        if self._pre:
            # inside <pre> the line breaks are the author's; keep them
            self.out.append(data)
        else:
            self.out.append(data.replace("\n", " ").replace("\t", " "))
        if self._in_h1:
            self._h1_buf.append(data)

    def text(self) -> str:
        return _tidy_lines(_BREAKS.sub(_resolve_break, "".join(self.out)))


# Block boundaries are marked while parsing and resolved afterwards, so that nested blocks
# (</li><li>, <li><p>) make one line break, and paragraphs one blank line.
_BREAK, _PARA = "\x01", "\x02"
_BREAKS = re.compile(r"[ \t]*[\x01\x02](?:\s*[\x01\x02])*[ \t]*")


def _resolve_break(m: re.Match[str]) -> str:
    return "\n\n" if _PARA in m.group(0) else "\n"


_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def _tidy_lines(raw: str) -> str:
    """Collapse whitespace within lines, join lone bullets to their text, keep at most one blank line."""
    lines = [_SPACES.sub(" ", line).strip() for line in raw.split("\n")]
    out: list[str] = []
    pending_bullet = False
    for line in lines:
        if line == "-":
            pending_bullet = True
            continue
        if pending_bullet:
            if not line:
                continue
            line = "- " + line
            pending_bullet = False
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page or fragment, one block per line."""
    return _parse_html(html).text()


def _parse_html(html: str) -> _VisibleText:
    p = _VisibleText()
    try:
        p.feed(html)
        p.close()
    except Exception:  # html.parser is lenient; this guards against the odd internal assertion
        pass
    return p


_LOOKS_HTML = re.compile(r"<(?:/?(?:p|div|br|ul|ol|li|h[1-6]|b|i|strong|em|span|a|table|tr|td|section)\b[^>]*>)", re.I)


# --- Markdown to plain text --------------------------------------------------------------------

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_MD_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+|[^>\s@]+@[^>\s]+)>"), r"\1"),
    (re.compile(r"<br\s*/?>", re.I), " "),
    (re.compile(r"`+([^`\n]+?)`+"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),
]
_LOOKS_MARKDOWN = re.compile(
    r"^\s{0,3}#{1,6}\s+\S|\*\*[^*\n]+\*\*|__[^_\n]+__|\[[^\]\n]+\]\([^)\s]+\)|^\s*[*+]\s+\S|^\s{0,3}```", re.M)


def markdown_to_text(md: str) -> str:
    """Readable plain text from Markdown: no heading marks, emphasis or link URLs; bullets as "- "."""
    out: list[str] = []
    lines = md.split("\n")
    in_fence = False
    for i, line in enumerate(lines):
        if _MD_FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line.rstrip())
            continue
        prev_raw = lines[i - 1] if i else ""
        if re.match(r"^\s{0,3}(?:=+|-+)\s*$", line) and prev_raw.strip() and out and out[-1].strip() \
                and not _MD_BULLET.match(prev_raw) and not _MD_HEADING.match(prev_raw):
            continue  # the underline of a setext heading (the line above is the heading)
        if _MD_RULE.match(line):
            out.append("")
            continue
        if _MD_REFDEF.match(line):
            continue
        m = _MD_HEADING.match(line)
        if m:
            line = m.group(1)
        else:
            line = re.sub(r"^\s*>\s?", "", line)
            line = re.sub(r"^\s*>\s?", "", line)
            b = _MD_BULLET.match(line)
            if b:
                line = b.group(1) + "- " + line[b.end():]
        for pat, rep in _MD_INLINE:
            line = pat.sub(rep, line)
        out.append(line.rstrip())
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


# --- schema.org JobPosting ---------------------------------------------------------------------

def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type", obj.get("type"))
    items = t if isinstance(t, list) else [t]
    return [i.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for i in items if isinstance(i, str)]


def find_job_posting(obj: Any, depth: int = 0) -> dict[str, Any] | None:
    """The first schema.org JobPosting in a JSON-LD value (top level, a list, @graph, or nested)."""
    if depth > 6:
        return None
    if isinstance(obj, dict):
        if "JobPosting" in _types(obj):
            return obj
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item"):
            if key in obj:
                found = find_job_posting(obj[key], depth + 1)
                if found is not None:
                    return found
        return None
    if isinstance(obj, list):
        for item in obj:
            found = find_job_posting(item, depth + 1)
            if found is not None:
                return found
    return None


def _all_types(obj: Any, depth: int = 0) -> list[str]:
    if depth > 4:
        return []
    if isinstance(obj, dict):
        out = _types(obj)
        for key in ("@graph",):
            out += _all_types(obj.get(key), depth + 1)
        return out
    if isinstance(obj, list):
        return [t for item in obj for t in _all_types(item, depth + 1)]
    return []


def _plain(value: str) -> str:
    """A JSON-LD string as plain text: HTML becomes its visible text."""
    if _LOOKS_HTML.search(value) or re.search(r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);", value, re.I):
        return html_to_text(value)
    return _tidy_lines(value.replace("\r\n", "\n"))


def _as_text(value: Any, depth: int = 0) -> str:
    """A schema.org value (text, number, Place, MonetaryAmount, Organization, list) as one line of text."""
    if depth > 5 or value is None or isinstance(value, bool):
        return ""
    if isinstance(value, str):
        return " ".join(_plain(value).split())
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, list):
        parts = [_as_text(v, depth + 1) for v in value]
        return "; ".join(p for p in parts if p)
    if not isinstance(value, dict):
        return ""
    types = _types(value)
    if "MonetaryAmount" in types or "currency" in value:
        cur = _as_text(value.get("currency"), depth + 1)
        amount = _as_text(value.get("value"), depth + 1)
        inner = value.get("value")
        unit = _as_text(inner.get("unitText"), depth + 1) if isinstance(inner, dict) else ""
        unit = unit or _as_text(value.get("unitText"), depth + 1)
        return " ".join(p for p in (cur, amount, f"per {unit.lower()}" if unit else "") if p)
    if "QuantitativeValue" in types or {"minValue", "maxValue"} & value.keys():
        if "value" in value:
            return _as_text(value["value"], depth + 1)
        lo, hi = _as_text(value.get("minValue"), depth + 1), _as_text(value.get("maxValue"), depth + 1)
        return f"{lo}\u2013{hi}" if lo and hi else (lo or hi)
    if "address" in value:
        return _as_text(value["address"], depth + 1)
    address_keys = ("streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry")
    if "PostalAddress" in types or any(k in value for k in address_keys):
        parts = [_as_text(value.get(k), depth + 1) for k in address_keys]
        return ", ".join(p for p in parts if p)
    if "monthsOfExperience" in value:
        months = _as_text(value["monthsOfExperience"], depth + 1)
        desc = _as_text(value.get("description"), depth + 1)
        return "; ".join(p for p in (f"{months} months of experience" if months else "", desc) if p)
    for key in ("name", "description", "credentialCategory", "value"):
        if key in value:
            got = _as_text(value[key], depth + 1)
            if got:
                return got
    return ""


_SECTIONS = (
    ("responsibilities", "Responsibilities"),
    ("qualifications", "Qualifications"),
    ("skills", "Skills"),
    ("experienceRequirements", "Experience"),
    ("educationRequirements", "Education"),
    ("jobBenefits", "Benefits"),
)
_FIELDS = ("employmentType", "datePosted", "industry", "experienceRequirements", "baseSalary", "jobLocation",
           "jobLocationType", "occupationalCategory")


def _section_lines(value: Any) -> list[str]:
    if isinstance(value, list):
        items = [_as_text(v) for v in value]
        return [f"- {i}" for i in items if i]
    if isinstance(value, str):
        text = _plain(value)
        return text.split("\n") if text else []
    one = _as_text(value)
    return [one] if one else []


def job_from_jsonld(posting: dict[str, Any], name: str) -> Job:
    """Build a Job from a schema.org JobPosting object."""
    title = _as_text(posting.get("title")) or _as_text(posting.get("name"))
    raw_desc = posting.get("description")
    description = _plain(raw_desc) if isinstance(raw_desc, str) else _as_text(raw_desc)
    if not title and not description:
        raise InputError(f"{name}: the JobPosting has neither a title nor a description")
    company = _as_text(posting.get("hiringOrganization"))
    lines: list[str] = []
    if title:
        lines.append(title)
    if company:
        lines.append(f"Company: {company}")
    if description:
        lines += ["", description]
    for key, heading in _SECTIONS:
        body = _section_lines(posting.get(key))
        if body:
            lines += ["", f"{heading}:", *body]
    fields: list[tuple[str, str]] = []
    for key in _FIELDS:
        text = _as_text(posting.get(key))
        if text:
            fields.append((key, text))
    text = "\n".join(lines).strip("\n")
    return Job(text=text, title=title, company=company, format="jsonld", fields=tuple(fields))


def load_json(text: str, name: str) -> Any:
    """Parse JSON; every failure is one InputError line naming the file (and line:column for syntax errors)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"{name}: invalid JSON at line {e.lineno}:{e.colno}: {e.msg}") from None
    except RecursionError:
        raise InputError(f"{name}: invalid JSON: nested too deeply") from None
    except ValueError as e:  # e.g. an integer too long to convert
        raise InputError(f"{name}: invalid JSON: {e}") from None


def _read_json(text: str, name: str) -> Job:
    data = load_json(text, name)
    posting = find_job_posting(data)
    if posting is None:
        if isinstance(data, dict) and not _types(data) and ("title" in data or "description" in data):
            posting = data  # an untyped export with JobPosting field names
        else:
            found = sorted(set(_all_types(data)))
            what = f" (found @type {', '.join(found)})" if found else ""
            raise InputError(f"{name}: not a schema.org JobPosting{what}")
    return job_from_jsonld(posting, name)


# --- title and company guesses -----------------------------------------------------------------

_LABEL = re.compile(r"^(?:job\s*title|title|position|role)\s*:\s*(.+)$", re.I)
_COMPANY_LABEL = re.compile(r"^(?:company|employer|organi[sz]ation|hiring\s+company)\s*:\s*(.+)$", re.I)
_AT_COMPANY = re.compile(
    r"\bat\s+((?:[A-Z0-9][\w&'.-]*)(?:\s+(?:[A-Z0-9&][\w&'.-]*|of|and|for|the|de))*)")


def _clean_company(value: str) -> str:
    value = re.split(r"\s+[-|\u2013\u2014]\s+|[,;()!?]|\s+in\s+", value)[0]
    return value.strip(" .:")


def guess_title_company(text: str) -> tuple[str, str]:
    """A title from the first short line, and a company from an "at X" / "Company: X" line near the top."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:6]
    title = ""
    company = ""
    for line in lines:
        m = _COMPANY_LABEL.match(line)
        if m:
            company = _clean_company(m.group(1))
            break
    if lines:
        first = re.sub(r"^[-*\u2022]\s+", "", lines[0])
        m = _LABEL.match(first)
        if m:
            first = m.group(1).strip()
        if (len(first.split()) <= 12 and not first.endswith((".", "?", ":", ";", ","))
                and not _COMPANY_LABEL.match(first)):
            title = first
    if not company:
        for idx, line in enumerate(lines[:3]):
            m = _AT_COMPANY.search(line)
            if m and len(line.split()) <= 12:
                company = _clean_company(m.group(1))
                t = _AT_COMPANY.search(title) if idx == 0 and title else None
                if t:
                    title = title[:t.start()].strip(" -,|\u2013\u2014") or title
                break
    return title, company


# --- is it a posting? --------------------------------------------------------------------------

def _cues(words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(w.strip() for w in words.split("|")) + r")\b", re.I)


# Each distinct cue counts once: strong cues 2, weak cues 1; refusal cues count against.
_STRONG = _cues(
    "responsibilit(?:y|ies)|requirements?|qualifications?|qualified|candidates?|applicants?|apply|applications?"
    "|salary|salaries|vacanc(?:y|ies)|hiring|hire|recruit(?:ing|ment|er)?|job|jobs|position|positions|role"
    "|you will|you'll|we are looking|we're looking|looking for|we are searching|we offer|we can offer|what we offer"
    "|full[- ]time|part[- ]time|must have|wanted|join (?:our|us|the)|cv|resumes?|résumé|employment|employer"
    "|years? of (?:relevant |professional |work |working )?experience|job description|scholarship|internship"
    "|trainee|apprentice(?:ship)?|deadline|benefits|compensation|working hours|shifts?|contract"
    "|appointing|(?:will )?reports? (?:directly )?to|the successful (?:candidate|applicant)")
_WEAK = _cues(
    "experience|experienced|skills?|team|teams|work with|degree|bachelor'?s?|master'?s?|phd|knowledge of"
    "|ability to|able to|familiar(?:ity)? with|proficien(?:t|cy)|opportunit(?:y|ies)|career|responsible"
    "|manage|managing|develop|colleagues?|staff|workplace|office|remote|hybrid|department|duties|tasks"
    "|customers?|clients?|projects?|company|business|professional|motivated|communication|english|license"
    "|certificat(?:e|ion)|training|hours|week|start|onboarding|interview|needed|we are|our|your")
_REFUSE = _cues(
    "ingredients?|preheat|tablespoons?|teaspoons?|tbsp|tsp|oven|bake|baking|simmer|whisk|stir|saute|sauté"
    "|serves \\d+|cups? of|chopped|minced|season with|recipe"
    "|said|says|told reporters|according to|reported|reuters|associated press|spokes(?:man|woman|person)"
    "|police|officials|percent|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    "|chorus|verse|oh|baby|heart|love|soul|moon|thee|thou|thy|o'er|ne'er|lorem|ipsum|dolor|amet"
    "|consectetur|adipiscing|sed do eiusmod")
_LOREM = re.compile(r"\blorem ipsum\b|\bdolor sit amet\b", re.I)


_TITLE_LINE = re.compile(
    r"\b(officer|manager|engineer|analyst|developer|designer|director|assistant|specialist|coordinator|nurse|teacher"
    r"|lead|head of|consultant|technician|scientist|administrator|representative|associate|executive|adviser|advisor"
    r"|accountant|architect|chef|cook|writer|editor|researcher|clerk|agent|operator|supervisor|intern|professor|lecturer"
    r"|postdoc|controller|planner|buyer|recruiter|paralegal|solicitor|attorney|counsel|pharmacist|therapist|driver|worker|president|vp)s?\b", re.I)


def posting_score(text: str) -> tuple[int, int]:
    """The cue counts behind `check_posting`: (job cues, non-posting cues), each distinct cue counted once.

    A first line that is a short job title ("Chief Risk Officer - Harbourside Mutual") counts as a strong cue.
    """
    strong = {m.group(0).lower() for m in _STRONG.finditer(text)}
    weak = {m.group(0).lower() for m in _WEAK.finditer(text)}
    refuse = {m.group(0).lower() for m in _REFUSE.finditer(text)}
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    title = 2 if len(first.split()) <= 12 and not first.endswith(".") and _TITLE_LINE.search(first) else 0
    return 2 * len(strong) + len(weak) + title, len(refuse)


def check_posting(text: str, name: str) -> None:
    """Refuse an empty text, or one that does not read like a job posting (a transparent cue count).

    A posting needs job cues (role, duties, requirements, apply, salary, experience, team...) worth
    at least 5 points (strong cue 2, weak cue 1, each distinct cue once), and more of them than
    cues of recipes, news stories, songs and poems, or lorem ipsum.
    """
    if not text.strip():
        raise InputError(f"{name}: the posting is empty")
    if _LOREM.search(text):
        raise InputError(f"{name}: this is placeholder text (lorem ipsum), not a job posting")
    job, other = posting_score(text)
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    need = 4 if len(first.split()) <= 12 and _TITLE_LINE.search(first) else 5  # a short posting under a job title
    if job < need or job < 2 * other:
        raise InputError(f"{name}: this does not read like a job posting (no role, duties or requirements found)")


# --- public entry points -----------------------------------------------------------------------

def sniff_format(text: str) -> str:
    """Guess the format of a posting from its content: json, html, markdown or text."""
    s = text.strip()
    if s.startswith("{") and s.endswith("}"):
        return "json"
    if s.startswith("[") and s.endswith("]"):
        try:
            json.loads(s)
            return "json"
        except (ValueError, RecursionError):
            pass
    head = s[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or (
            s.startswith("<") and _LOOKS_HTML.search(s)) or len(_LOOKS_HTML.findall(s)) >= 3:
        return "html"
    if _LOOKS_MARKDOWN.search(s):
        return "markdown"
    return "text"


def read_job(data: str | bytes, *, name: str = "<job>", format: str | None = None, check: bool = True) -> Job:
    """Read a posting in text, Markdown, HTML or JSON(-LD) form.

    The format is `format`, else the extension of `name` (a file name: .txt, .md, .html, .json...), else sniffed.

    With `check` (the default) a text that is empty or does not read like a job posting raises
    `InputError` (see `check_posting`); a schema.org JobPosting is trusted to be one.
    """
    text = decode_bytes(data, name)
    fmt = _normal_format(format, name) or _EXTENSIONS.get(Path(name).suffix.lower()) or sniff_format(text)
    if not text.strip():
        raise InputError(f"{name}: the posting is empty")
    job: Job | None
    if fmt == "json":
        job = _read_json(text, name)
    elif fmt == "html":
        parsed = _parse_html(text)
        job = None
        for block in parsed.jsonld:
            try:
                posting = find_job_posting(json.loads(block))
                if posting is not None:
                    job = job_from_jsonld(posting, name)
                    break
            except (ValueError, RecursionError, InputError):
                continue  # a broken JSON-LD block: the visible text still serves
        if job is None:
            visible = parsed.text()
            title, company = guess_title_company(visible)
            h1 = next((h for h in parsed.h1 if h and len(h.split()) <= 12), "")
            job = Job(text=visible, title=h1 or title, company=company, format="html")
    elif fmt == "markdown":
        plain = markdown_to_text(text)
        title, company = guess_title_company(plain)
        job = Job(text=plain, title=title, company=company, format="markdown")
    else:
        title, company = guess_title_company(text)
        job = Job(text=text, title=title, company=company, format="text")
    assert job is not None
    if check and job.format != "jsonld":  # a declared JobPosting needs no content test
        check_posting(job.text, name)
    return job


def read_file_bytes(path: str | Path) -> tuple[str, bytes, str]:
    """A file's name (as given), bytes and lowercase suffix; an unreadable file is an InputError naming it."""
    p = Path(path)
    try:
        return str(path), p.read_bytes(), p.suffix.lower()
    except OSError as e:
        raise InputError(f"{path}: cannot read the file ({e.strerror or type(e).__name__})") from None


def read_job_file(path: str | Path) -> Job:
    """Read a posting file; the format comes from the extension, else from the content."""
    name, data, _ = read_file_bytes(path)
    return read_job(data, name=name)
