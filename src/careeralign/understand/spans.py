"""Find skill and knowledge spans in a job posting with a CRF trained on SkillSpan."""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

import pycrfsuite

from careeralign.models import SkillSpan

# Characters peeled off the front / back of a whitespace-separated chunk, each becoming a token of its own.
LEAD = frozenset("([{\"'\u201c\u2018\u00ab*\u2022\u00b7\u25aa\u25cf\u25e6\u25a0\u25a1\u27a2\u2713\u2714\u2013\u2014-~>,;:!?")
TRAIL = frozenset(")]}\"'\u201d\u2019\u00bb,;:!?.\u2026*")
_ABBREV = frozenset({
    "e.g.", "i.e.", "etc.", "incl.", "approx.", "vs.", "inc.", "ltd.", "co.", "jr.", "sr.", "no.", "dr.", "mr.",
    "ms.", "mrs.", "u.s.", "u.k.", "ph.d.", "b.sc.", "m.sc.", "b.s.", "m.s.", "b.a.", "m.a.", "a.m.", "p.m.",
})
_CHUNK = re.compile(r"\S+")
_SENT_END = frozenset(".!?")
_BULLETS = frozenset("-*\u2022\u00b7\u25aa\u25cf\u25e6\u25a0\u25a1\u27a2\u2713\u2714\u2013\u2014>~")
_MAX_SEQ = 200
_LABELS = {"S": "skill", "K": "knowledge"}
_TRAILING_PUNCT = ".,;:!?)]}\"'\u201d\u2019 \t"


def _peel(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Append the tokens of one whitespace chunk text[start:end]."""
    tail: list[tuple[int, int]] = []
    while start < end - 1 and text[start] in LEAD:
        out.append((start, start + 1))
        start += 1
    while end > start + 1 and text[end - 1] in TRAIL:
        c = text[end - 1]
        if c == ")" and "(" in text[start:end - 1]:
            break
        if c == "]" and "[" in text[start:end - 1]:
            break
        if c == "." and text[start:end].lower() in _ABBREV:
            break
        tail.append((end - 1, end))
        end -= 1
    out.append((start, end))
    out.extend(reversed(tail))


def tokenize(text: str) -> list[tuple[int, int]]:
    """Tokens of `text` as (start, end) offsets: whitespace chunks with edge punctuation split off."""
    out: list[tuple[int, int]] = []
    for m in _CHUNK.finditer(text):
        _peel(text, m.start(), m.end(), out)
    return out


def _is_punct(tok: str) -> bool:
    return not any(c.isalnum() for c in tok)


def sequences(text: str) -> list[list[tuple[int, int]]]:
    """Split the tokens of `text` into sentence-like sequences (lines, then sentence ends, then length)."""
    seqs: list[list[tuple[int, int]]] = []
    pos = 0
    for line in text.split("\n"):
        toks = [(a + pos, b + pos) for a, b in tokenize(line)]
        pos += len(line) + 1
        cur: list[tuple[int, int]] = []
        for i, (a, b) in enumerate(toks):
            if text[a:b] == ",":  # SkillSpan has its commas stripped: leave them out, `decode` splits spans there
                continue
            cur.append((a, b))
            if len(cur) >= _MAX_SEQ:
                seqs.append(cur)
                cur = []
            elif text[a:b] in _SENT_END and i + 1 < len(toks):
                nxt = text[toks[i + 1][0]]
                if nxt.isupper() or nxt in _BULLETS:
                    seqs.append(cur)
                    cur = []
        if cur:
            seqs.append(cur)
    return seqs


def _shape(w: str) -> str:
    s: list[str] = []
    for c in w:
        k = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not s or s[-1] != k:
            s.append(k)
    return "".join(s)[:8]


def _lemma(lw: str) -> str:
    if len(lw) > 5 and lw.endswith("ing"):
        return lw[:-3]
    if len(lw) > 4 and lw.endswith("ies"):
        return lw[:-3] + "y"
    if len(lw) > 4 and lw.endswith("ed"):
        return lw[:-2]
    if len(lw) > 3 and lw.endswith("s") and not lw.endswith(("ss", "us", "is")):
        return lw[:-1]
    return lw


def _word_feats(w: str, clusters: Mapping[str, str], cache: dict[str, list[str]]) -> list[str]:
    """Features of a token on its own (cached per surface form)."""
    f = cache.get(w)
    if f is not None:
        return f
    lw = w.lower()
    f = [
        "w=" + lw, "lem=" + _lemma(lw), "sh=" + _shape(w), "p3=" + lw[:3], "s2=" + lw[-2:], "s3=" + lw[-3:],
        "s4=" + lw[-4:], "len=" + str(min(len(w), 10)),
    ]
    if w.isupper() and len(w) > 1:
        f.append("upper")
    elif w[:1].isupper():
        f.append("title")
    if any(c.isdigit() for c in w):
        f.append("digit")
    if _is_punct(w):
        f.append("punct")
    elif not w.isalnum():
        f.append("inner")
    c = clusters.get(lw)
    if c is not None:
        for k, part in enumerate(c.split(".")):
            f.append(f"c{k}={part}")
    if len(cache) < 100_000:
        cache[w] = f
    return f


def _gaz_marks(lows: Sequence[str], gaz: Mapping[str, Any], first: frozenset[str], maxlen: int) -> list[list[str]]:
    """Longest-match gazetteer features for each token of a sequence."""
    n = len(lows)
    marks: list[list[str]] = [[] for _ in range(n)]
    for kind in ("S", "K"):
        i = 0
        while i < n:
            hit = 0
            if lows[i] in first:
                for L in range(min(maxlen, n - i), 0, -1):
                    e = gaz.get(" ".join(lows[i:i + L]))
                    if e is not None and kind in e:
                        hit = L
                        r = e[kind]
                        break
            if hit:
                marks[i].append(f"g{kind}=B")
                marks[i].append(f"g{kind}r=B{r}")
                for j in range(i + 1, i + hit):
                    marks[j].append(f"g{kind}=I")
                    marks[j].append(f"g{kind}r=I{r}")
                if hit > 1:
                    marks[i + hit - 1].append(f"g{kind}=E")
                i += hit
            else:
                i += 1
    return marks


class Resources:
    """What the features need beyond the tokens: a gazetteer and word clusters."""

    def __init__(self, gazetteer: Mapping[str, Any] | None = None, clusters: Mapping[str, str] | None = None):
        """Index a gazetteer ({phrase: {"S"|"K": ratio bucket}}) and a cluster table ({word: bit string})."""
        self.gaz: Mapping[str, Any] = gazetteer or {}
        self.clusters: Mapping[str, str] = clusters or {}
        self.first = frozenset(k.split(" ", 1)[0] for k in self.gaz)
        self.maxlen = max((k.count(" ") + 1 for k in self.gaz), default=0)
        self.cache: dict[str, list[str]] = {}


def features(words: Sequence[str], res: Resources) -> list[list[str]]:
    """CRF features (lists of strings) for one sequence of tokens."""
    n = len(words)
    lows = [w.lower() for w in words]
    base = [_word_feats(w, res.clusters, res.cache) for w in words]
    cl = [res.clusters.get(lw, "-") for lw in lows]
    cc = [c.split(".", 1)[0] for c in cl]
    lem = [_lemma(lw) for lw in lows]
    gz = _gaz_marks(lows, res.gaz, res.first, res.maxlen) if res.gaz else None
    first_word = next((lw for lw in lows if not _is_punct(lw)), "")
    bullet = bool(words) and (words[0] in _BULLETS or (words[0][:1].isdigit() and n > 1 and words[1] in ".)"))
    header = bool(words) and words[-1] == ":"
    line = ["fw=" + first_word, "nlen=" + str(min(n // 4, 8))]
    if bullet:
        line.append("bullet")
    if header:
        line.append("header")
    out = []
    for i in range(n):
        f = list(base[i])
        f.extend(line)
        f.append("pos=" + str(min(i, 4)))
        if i == n - 1:
            f.append("last")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"{d}w={lows[j]}")
                f.append(f"{d}c={cc[j]}")
                if d in (-1, 1):
                    f.append(f"{d}sh={_shape(words[j])}")
                    f.append(f"{d}lem={lem[j]}")
                    f.append(f"{d}cf={cl[j]}")
            else:
                f.append(f"{d}w=<pad>")
        if i > 2:
            for j in range(max(0, i - 6), i - 2):
                f.append("bag-=" + lem[j])
        if i + 3 < n:
            for j in range(i + 3, min(n, i + 7)):
                f.append("bag+=" + lem[j])
        if i > 0 and words[i][:1].isupper():
            f.append("midcap")
        if i > 0:
            f.append(f"lb-={lem[i - 1]}|{lem[i]}")
        if i + 1 < n:
            f.append(f"lb+={lem[i]}|{lem[i + 1]}")
        if i > 0:
            f.append(f"bg-={lows[i - 1]}|{lows[i]}")
        if i + 1 < n:
            f.append(f"bg+={lows[i]}|{lows[i + 1]}")
        if gz is not None:
            f.extend(gz[i])
            if i > 0:
                f.extend("-" + g for g in gz[i - 1] if "r=" not in g)
            if i + 1 < n:
                f.extend("+" + g for g in gz[i + 1] if "r=" not in g)
        out.append(f)
    return out


def featurize(text: str, res: Resources) -> list[tuple[list[tuple[int, int]], list[list[str]]]]:
    """Every sequence of `text` with its token offsets and features (shared by training and inference)."""
    out = []
    for seq in sequences(text):
        words = [text[a:b] for a, b in seq]
        out.append((seq, features(words, res)))
    return out


_KEEP_S = ("ss", "us", "is", "ics", "ous", "'s", "news", "series", "species", "aws", "kubernetes", "pandas",
           "jenkins", "sas", "ios", "dns", "gis", "os")


def canonical(span: str) -> str:
    """Normalised form of a span: lowercase, whitespace collapsed, edge punctuation dropped, and a lowercase
    plural last word made singular ("data pipelines" -> "data pipeline"; "Kubernetes", "analytics" kept)."""
    words = span.replace("\u2019", "'").split()
    if not words:
        return ""
    last = words[-1].rstrip(_TRAILING_PUNCT)
    if last.islower() and last.isalpha() and not last.endswith(_KEEP_S):
        if len(last) > 4 and last.endswith("ies"):
            last = last[:-3] + "y"
        elif len(last) > 3 and last.endswith("s"):
            last = last[:-1]
    words[-1] = last
    return " ".join(words).lower().strip(_TRAILING_PUNCT)


def decode(text: str, seq: Sequence[tuple[int, int]], labels: Sequence[str]) -> list[SkillSpan]:
    """Turn BIOES labels (B-S, I-K, E-S, S-K, O) over a token sequence into spans trimmed of edge punctuation.

    A span never crosses a comma left out of the sequence (see `sequences`): it is split there.
    """
    out: list[SkillSpan] = []
    spans: list[tuple[int, int, str]] = []
    cur: tuple[int, int, str] | None = None
    for i, lab in enumerate(labels):
        if lab == "O":
            if cur:
                spans.append(cur)
            cur = None
            continue
        bio, kind = lab[0], lab[2:]
        if bio in "IE" and cur is not None and cur[2] == kind and "," not in text[seq[i - 1][1]:seq[i][0]]:
            cur = (cur[0], i, kind)
        else:
            if cur:
                spans.append(cur)
            cur = (i, i, kind)
        if bio in "ES":
            spans.append(cur)
            cur = None
    if cur:
        spans.append(cur)
    for i, j, kind in spans:
        while i <= j and _is_punct(text[seq[i][0]:seq[i][1]]):
            i += 1
        while j >= i and _is_punct(text[seq[j][0]:seq[j][1]]):
            j -= 1
        if i > j:
            continue
        a, b = seq[i][0], seq[j][1]
        s = text[a:b]
        out.append(SkillSpan(text=s, start=a, end=b, kind=_LABELS.get(kind, kind), canonical=canonical(s)))
    return out


def stack_features(feats: list[list[str]], tagger: pycrfsuite.Tagger) -> list[list[str]]:
    """Features for a later stage of the cascade: `feats` plus the earlier stage's labels and marginals nearby."""
    tagger.set(feats)
    y = tagger.tag()
    labels = [lab for lab in tagger.labels() if lab != "O"]
    n = len(feats)
    marg: list[list[str]] = []
    for i in range(n):
        m = []
        for lab in labels:
            p = tagger.marginal(lab, i)
            if p >= 0.1:
                m.append(f"{lab}:{min(int(p * 5), 4)}")
        marg.append(m)
    out = []
    for i in range(n):
        f = list(feats[i])
        for d in (-1, 0, 1):
            j = i + d
            if 0 <= j < n:
                f.append(f"y{d}={y[j]}")
                f.extend(f"m{d}={x}" for x in marg[j])
        if i > 0:
            f.append(f"yy={y[i - 1]}|{y[i]}")
        out.append(f)
    return out


class Extractor:
    """A loaded span model: features, then a cascade of CRFs, each later one reading the one before."""

    def __init__(self, meta: Mapping[str, Any], blobs: Sequence[bytes]) -> None:
        """Open the CRFs (`blobs`, in cascade order) with the gazetteer and word classes of `meta`."""
        self.res = Resources(meta.get("gazetteer"), meta.get("clusters"))
        self.blobs = list(blobs)  # crfsuite reads a model in place: its bytes must outlive the tagger
        self.taggers: list[pycrfsuite.Tagger] = []
        for blob in self.blobs:
            t = pycrfsuite.Tagger()
            t.open_inmemory(blob)
            self.taggers.append(t)
        self.lock = threading.Lock()

    def labels(self, feats: list[list[str]]) -> list[str]:
        """Labels of one sequence from the last CRF of the cascade."""
        for tagger in self.taggers[:-1]:
            feats = stack_features(feats, tagger)
        return list(self.taggers[-1].tag(feats))

    def extract(self, text: str) -> tuple[SkillSpan, ...]:
        """Spans of `text`, sorted by (start, end, kind)."""
        if not text or text.isspace():
            return ()
        out: list[SkillSpan] = []
        with self.lock:  # a crfsuite tagger is not thread-safe
            for seq, feats in featurize(text, self.res):
                out.extend(decode(text, seq, self.labels(feats)))
        return tuple(sorted(out, key=lambda s: (s.start, s.end, s.kind)))


def load(folder: Any = None) -> Extractor:
    """Load the model from `folder` (a path or importlib Traversable; default: the package's data folder)."""
    base = folder if folder is not None else resources.files("careeralign").joinpath("data")
    meta = json.loads(base.joinpath("spans.json").read_text("utf-8"))
    blobs = [base.joinpath(name).read_bytes() for name in meta["models"]]
    # Models ship gzip-compressed (a 9.8 MB CRF is 3.7 MB compressed); crfsuite opens the bytes in memory.
    return Extractor(meta, [gzip.decompress(b) if name.endswith(".gz") else b for name, b in zip(meta["models"], blobs)])


_model: Extractor | None = None
_model_lock = threading.Lock()


def _get_model() -> Extractor:
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = load()
    return _model


def extract_spans(text: str) -> tuple[SkillSpan, ...]:
    """Skill and knowledge spans of a posting, sorted by start; `text[s.start:s.end] == s.text` for each.

    `kind` is "skill" or "knowledge"; the two kinds never overlap. The model loads once, on first use.
    """
    if not text or text.isspace():
        return ()
    return _get_model().extract(text)
