"""Per-answer analysis computed once and shared by every rule (the rules' Context)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from careeralign import lexicon as lx
from careeralign.models import Candidate
from careeralign.text import Span, sentences, word_count
from careeralign.understand.context import RoleContext, stem
from careeralign.understand.horizon import years_horizon

CONCEPTS = (
    "horizon_short", "horizon_mid", "horizon_long", "uncertain", "intent", "role_ref", "employer_value",
    "personal_gain", "vague_goal", "elaboration", "cliche", "experience", "bridge", "leadership_target",
    "stop_doing", "mastery", "startup_fit", "corporate_fit", "employer_specific_hint", "pivot_claim",
    "preparation", "exit_plan", "exit_weak", "exit_negation", "commitment", "direction", "conflation",
)

# Title words and their rank on a generic ladder (entry 0 ... top 6).
TITLE_RANK = [
    (re.compile(r"\b(ceo|cto|cfo|coo|cmo|cio|chief [a-z]+ officer|chief executive|c-suite|c-level|(?<!vice )president|owner of the (company|business)|run(ning)? (the|a) (whole |entire )?(company|business|firm|organi[sz]ation|hospital|school|agency|bank|group|chain)|run(ning)? [a-z&]+ for (a|the) (whole|entire) (company|organi[sz]ation|business|group)|managing partner)\b"), 7),
    (re.compile(r"\b(vp|svp|evp|vice[- ]president|general manager|managing director|executive director|head of the (whole |entire )?(department|division|company|organi[sz]ation|region|function)|run(ning)? the (whole |entire )?(department|division|region|practice|newsroom|plant|unit|function|site|operation)|department head|editor[- ]in[- ]chief|(make|making|become|becoming|made) partner|(equity|managing|salaried) partner|(be|become|becoming|as) (a |an )?partner\b(?! (to|with|for))|chief (?!of staff)[a-z]+)\b"), 5),
    (re.compile(r"\b(director|head of [a-z&]+|head(ing)? up (the |a |our |your )?[a-z&]+|superintendent|dean|head ?teacher|(plant|regional|area|country|divisional|division|national|district|general) manager)\b"), 4),
    (re.compile(r"\b(manager|team lead|team leader|(lead|principal) ([a-z]+ )?([a-z]+(er|or|ist|ian|ant|ect)|nurse|chef|designer|scientist|counsel|associate)|supervisor|leading a team|managing a team|manage a team|lead a team|charge nurse|head chef|foreman)\b"), 3),
    (re.compile(r"\b(senior [a-z]+|staff [a-z]+)\b"), 2),
]
_TARGET_CUE = re.compile(r"\b(be|become|becoming|being|as|into|reach|reaching|make|making|promoted|promotion|seat|title|role of|position of|run|running|head|heading|lead|leading|manage|managing|step up|move up|work up|toward|towards|to|see myself|i'?m|i am|then|next|after that|soon after|now|is)\b|[:;]\s*(an? |the )?([a-z-]+ ){0,2}$")
_BLOCK_BEFORE = re.compile(r"\b(with|for|from|by|at|under|alongside|our|your|their|his|her|other|the other|they|he|she|who|whom|whose|which|report(ing)? to|work(ing)? with|sit with)\s+((an?|the|my)\s+)?([a-z&-]+\s+){0,2}$")
_CLAUSE_SPLIT = re.compile(r",\s*(?:and\s+)?(?:then|after that|afterwards|later)\b|;|\bthen\b|,\s+and\s+|\band after that\b|\band eventually\b|\band long[- ]term\b")
LEVEL_RANK = {"entry": 0, "mid": 1, "senior": 2, "lead": 3, "executive": 5}
_NUM = re.compile(r"\b\d[\d,.]*\s?(%|percent|k\b|m\b)?|\$\s?\d")
_CONTENT = re.compile(r"[a-z][a-z0-9+#&-]*[a-z0-9+#]")
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-zA-Z0-9&+#-]+|[A-Z]{2,}[a-z]?)\b")
@dataclass
class Sentence:
    """One sentence of the answer with its features."""

    index: int
    span: Span
    low: str
    hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    horizons: set[str] = field(default_factory=set)
    overlap: set[str] = field(default_factory=set)
    concrete: int = 0
    specific: int = 0
    numbers: int = 0
    title_rank: int = 0
    title_spans: list[tuple[int, int]] = field(default_factory=list)
    title_ranks: list[int] = field(default_factory=list)
    title_horizons: list[set[str]] = field(default_factory=list)
    lead_targets: list[tuple[tuple[int, int], int, set[str]]] = field(default_factory=list)

    def targets(self) -> list[tuple[tuple[int, int], int, set[str]]]:
        """Every ambition with a rank on the ladder: named titles and leadership scopes."""
        return list(zip(self.title_spans, self.title_ranks, self.title_horizons)) + self.lead_targets

    def has(self, concept: str) -> bool:
        """Whether the concept occurs in this sentence."""
        return bool(self.hits.get(concept))

    def first(self, concept: str) -> tuple[int, int] | None:
        """Absolute offsets of the concept's first match in this sentence."""
        h = self.hits.get(concept)
        return h[0] if h else None


class Context:
    """Everything a rule may read about one answer: text, sentences, features, role."""

    def __init__(self, answer: str, role: RoleContext, candidate: Candidate, question: str) -> None:
        self.answer = answer
        self.low = lx.norm(answer)
        self.role = role
        self.candidate = candidate
        self.question = question
        self.words = word_count(answer)
        self.sentences: list[Sentence] = [
            Sentence(i, s, self.low[s.start:s.end]) for i, s in enumerate(sentences(answer))
        ]
        starts = [s.span.start for s in self.sentences]
        for concept in CONCEPTS:
            for m in lx.pattern(concept).finditer(self.low):
                i = bisect_right(starts, m.start()) - 1
                if i >= 0 and m.start() < self.sentences[i].span.end:
                    self.sentences[i].hits.setdefault(concept, []).append((m.start(), m.end()))
        generic = lx.wordset("generic_vocabulary")
        company_low = lx.norm(role.company)
        runs_company = re.compile(r"\b(run|running|lead|leading|head|heading|be in charge of|in charge of) (the whole |all of )?"
                                  + re.escape(company_low) + r"\b") if company_low else None
        for s in self.sentences:
            hz = s.horizons
            if s.has("horizon_short"):
                hz.add("short")
            if s.has("horizon_long"):
                hz.add("long")
            if s.has("horizon_mid"):
                hz.add("mid")
            hz |= years_horizon(s.low)
            toks = [t for t in _CONTENT.findall(s.low) if len(t) > 3]
            stems = {stem(t) for t in toks}
            s.overlap = {t for t in stems if t in role.terms and t not in generic}
            big = {a + " " + stem(b) for a, b in zip([stem(t) for t in toks], toks[1:])}
            s.overlap |= big & role.bigrams
            if company_low and company_low in s.low:
                s.overlap.add(company_low)
            s.numbers = len(_NUM.findall(s.low))
            proper = [p for p in _PROPER.findall(s.span.text) if p not in ("I", "I'm", "I'd", "I've", "I'll")]
            content = {t for t in toks if t not in generic and t not in _STOPWORDS}
            s.concrete = len(s.overlap) * 2 + s.numbers + len(proper) + len(content)
            named = [p for p in proper if p.lower() not in company_low.split()] if company_low else proper
            s.specific = len(s.overlap - {company_low}) + s.numbers + len(named)
            if not role.has_posting:
                s.specific += len(content) // 3
            first_person = re.search(r"\b(i|i'?d|i'?m|i'?ll|my|me|myself)\b", s.low) is not None
            if runs_company:
                for m in runs_company.finditer(s.low):
                    a0, b0 = s.span.start + m.start(), s.span.start + m.end()
                    s.lead_targets.append(((a0, b0), 7, self._clause_horizon(s, m.start(), m.end())))
            for a0, b0 in s.hits.get("leadership_target", []):
                seg = self.low[a0:b0]
                if "my own" in seg:  # running one's own business is a plan to leave, not a rung here
                    continue
                rank = 7 if re.search(r"\b(company|business|organi[sz]ation|firm)\b", seg) else 5 if re.search(
                    r"\b(department|departments|division|function|region)\b", seg) else 4 if re.search(
                    r"\b(operations|practice|site|plant|office|newsroom|group)\b", seg) else 3
                s.lead_targets.append(((a0, b0), rank, self._clause_horizon(s, a0 - s.span.start, b0 - s.span.start)))
            for rx, rank in TITLE_RANK:
                for m in rx.finditer(s.low):
                    a, b = s.span.start + m.start(), s.span.start + m.end()
                    if any(x <= a < y for x, y in s.title_spans):
                        continue
                    before = s.low[:m.start()]
                    after = s.low[m.end():m.end() + 12]
                    listed = bool(s.title_spans) and not _BLOCK_BEFORE.search(before)
                    if not (first_person or s.horizons) or not (listed or _TARGET_CUE.search(before[-40:]) or after.startswith((" title", " seat", " role", " job"))) \
                            or _BLOCK_BEFORE.search(before):
                        continue
                    s.title_spans.append((a, b))
                    s.title_ranks.append(rank)
                    s.title_rank = max(s.title_rank, rank)
                    s.title_horizons.append(self._clause_horizon(s, m.start(), m.end()))

    @staticmethod
    def _clause_horizon(s: Sentence, a: int, b: int) -> set[str]:
        """The time horizon of the clause around [a, b) of a sentence (its own, else the sentence's if unique)."""
        cuts = [0] + [m.start() for m in _CLAUSE_SPLIT.finditer(s.low)] + [len(s.low)]
        lo = max(c for c in cuts if c <= a)
        hi = min(c for c in cuts if c >= b)
        seg = s.low[lo:hi]
        hz: set[str] = set(years_horizon(seg))
        for concept, name in (("horizon_short", "short"), ("horizon_mid", "mid"), ("horizon_long", "long")):
            if lx.has(concept, seg):
                hz.add(name)
        if not hz and len(s.horizons) == 1:
            hz = set(s.horizons)
        return hz

    # ---- helpers the rules share -------------------------------------------------
    def count(self, concept: str) -> int:
        """How many times a lexicon concept occurs in the whole answer."""
        return sum(len(s.hits.get(concept, [])) for s in self.sentences)

    @cached_property
    def whole(self) -> tuple[int, int]:
        """The answer without surrounding whitespace (or 0,0 when empty)."""
        if not self.sentences:
            return (0, len(self.answer)) if self.answer.strip() else (0, 0)
        return self.sentences[0].span.start, self.sentences[-1].span.end

    @cached_property
    def level_rank(self) -> int | None:
        """The role's rank on the generic ladder, when its level is known."""
        return LEVEL_RANK.get(self.role.level or "")

    @cached_property
    def ladder_rank(self) -> int:
        """The role's rank on the ladder, taken as mid-level when the level is unknown."""
        return self.level_rank if self.level_rank is not None else LEVEL_RANK["mid"]

    def is_goal_sentence(self, s: Sentence) -> bool:
        """A sentence that states what the candidate wants (intent or horizon)."""
        return s.has("intent") or bool(s.horizons) or s.has("horizon_long")

    def tied_to_role(self, s: Sentence) -> bool:
        """Whether a sentence is about this role's actual work."""
        if s.overlap:
            return True
        if s.has("role_ref") and s.concrete >= 2:
            return True
        return not self.role.has_posting and s.concrete >= 3

    @cached_property
    def short_term(self) -> list[Sentence]:
        """Sentences that state a near-term goal tied to the role's work."""
        out = []
        for s in self.sentences:
            near = "short" in s.horizons or (not s.horizons & {"long", "mid"} and s.has("intent"))
            if not near or not self.tied_to_role(s) or not (s.has("intent") or s.has("horizon_short")):
                continue
            if s.has("exit_plan") or s.has("stop_doing") or s.has("personal_gain"):
                continue
            if s.has("vague_goal") and s.concrete < 4 and not s.overlap:
                continue
            if s.has("leadership_target") and not self.role.is_management_role and not s.has("mastery"):
                continue
            out.append(s)
        return out

    @cached_property
    def long_term(self) -> list[Sentence]:
        """Sentences that state a long-term direction (5+ years)."""
        out = []
        for s in self.sentences:
            if "long" in s.horizons and (s.has("intent") or s.title_rank or s.has("leadership_target")
                                         or s.has("mastery") or s.concrete >= 2 or s.has("horizon_long")):
                out.append(s)
            elif (s.title_rank >= 3 or s.has("leadership_target")) and s.has("intent") and "short" not in s.horizons:
                out.append(s)
        return out

    @cached_property
    def direction(self) -> list[Sentence]:
        """Sentences that give any direction beyond the near term (even a vague or risky one)."""
        out = []
        for s in self.sentences:
            if "long" in s.horizons or s in self.long_term:
                out.append(s)
            elif "short" in s.horizons or re.search(r"\b(next step|next move|quickly|soon|right away|fast)\b", s.low):
                continue
            elif s.horizons or s.has("exit_plan") or s.has("direction") or s.has("leadership_target") or s.title_rank >= 2:
                out.append(s)
        return out

    @cached_property
    def uncertainty(self) -> list[Sentence]:
        """Sentences where the candidate says the long-term path is open."""
        return [s for s in self.sentences if s.has("uncertain")]

    @cached_property
    def bridge(self) -> list[Sentence]:
        """Sentences that link today's skills, through this role, to the future goal."""
        out = []
        for i, s in enumerate(self.sentences):
            prev = self.sentences[i - 1] if i else None
            linked = s.has("bridge") and (s.has("role_ref") or s.overlap or s.has("experience") or (prev is not None and prev.has("experience")))
            through = s.has("experience") and (
                (s.has("role_ref") or s.overlap) and (s.has("intent") or bool(s.horizons) or s.has("bridge"))
                or s.has("role_ref") and s.overlap or len(s.overlap) >= 2)
            if (linked or through) and not s.has("exit_plan"):
                out.append(s)
        return out

    @cached_property
    def goal_sentences(self) -> list[Sentence]:
        """Sentences that state a goal."""
        return [s for s in self.sentences if self.is_goal_sentence(s)]


_STOPWORDS = frozenset(
    """the and for with that this from have will would could should about into there their they them then than what which when where while your
    you our ours mine very just also over under been being were does done doing make made each such some more most much many only other others
    like want into onto upon because since though although these those here even ever every everything anything something someone anyone
    again still well really truly quite rather maybe perhaps within without across through after before during toward towards among""".split()
)
