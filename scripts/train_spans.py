"""Train the skill/knowledge span CRF of careeralign.understand.spans on SkillSpan; deterministic.

Reads ../shared/data/skillspan/{train,dev}.json (SkillSpan, Zhang et al., NAACL 2022, MIT license; never copied
into the repository), rebuilds each posting's text exactly as bench/skillspan.py does (a line's tokens joined by
one space, lines by "\n"), tokenizes it with the extractor's own tokenizer and labels the tokens BIOES from the
gold spans (joint label set: B/I/E/S-S for skill, B/I/E/S-K for knowledge, O; where a skill and a knowledge span
overlap, the longer one is kept). Features are those of `spans.features`: word, lemma-ish, affixes, shape, a
+-2 window, lemma bags further out, line features (bullet, header, first word, length) and distributional word
classes computed here from the training text (PPMI of left/right neighbours, SVD, k-means at three granularities;
fixed seeds). An optional phrase gazetteer of gold spans is built cross-fold while training (each fold's features
come from the other folds, so the CRF does not learn to trust a list holding its own answers); it gave no gain on
dev and is off by default. Training is L-BFGS (python-crfsuite) with fixed settings: for the same data, options
and library versions the model files are byte-identical.

Default: trains on train + dev (the shipped model) and writes src/careeralign/data/spans.crfsuite.gz and
spans.json (word classes, gazetteer if any, model list and provenance: data hash, options, library versions).
--eval-dev trains on train only, writes to build/spans-dev/ (unless --out) and prints dev scores: use it to tune.
The test split is never read here.

Usage: pip install -e '.[train]' && python scripts/train_spans.py [--eval-dev] [options]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.metadata
import json
import platform
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

import skillspan as bench  # noqa: E402

from careeralign.understand import spans  # noqa: E402

OUT = ROOT / "src" / "careeralign" / "data"
Posting = tuple[str, str, set[tuple[int, int, str]]]
KIND_CODE = {"skill": "S", "knowledge": "K"}
KINDS = ("skill", "knowledge")


def labelled_sequences(text: str, gold: set[tuple[int, int, str]], res: spans.Resources, overlap: str,
                       kinds: tuple[str, ...], scheme: str = "bio") -> list[tuple[list[list[str]], list[str]]]:
    """(features, BIO labels) for every sequence of a posting."""
    out = []
    ordered = sorted((g for g in gold if g[2] in kinds),
                     key=(lambda g: (-(g[1] - g[0]), g[0])) if overlap == "longer" else
                     (lambda g: (g[2] != "knowledge", g[0])))
    for seq, feats in spans.featurize(text, res):
        labels = ["O"] * len(seq)
        for a, b, kind in ordered:
            idx = [i for i, (s, e) in enumerate(seq) if s >= a and e <= b]
            if not idx or any(labels[i] != "O" for i in idx):
                continue
            code = KIND_CODE[kind]
            for i in idx:
                labels[i] = "I-" + code
            if scheme == "bioes" and len(idx) == 1:
                labels[idx[0]] = "S-" + code
            else:
                labels[idx[0]] = "B-" + code
                if scheme == "bioes":
                    labels[idx[-1]] = "E-" + code
        out.append((feats, labels))
    return out


def phrase_of(text: str, a: int, b: int) -> str:
    """The gazetteer key of text[a:b]: its lowercased tokens joined by one space."""
    return " ".join(text[s:e].lower() for s, e in spans.tokenize(text[a:b]))


def bucket(ratio: float) -> int:
    """Reliability bucket of a phrase: how often its occurrences are labelled."""
    return 0 if ratio < 0.2 else 1 if ratio < 0.5 else 2 if ratio < 0.8 else 3


def build_gazetteer(posts: list[Posting], max_len: int, min_count: int) -> dict[str, dict[str, int]]:
    """Gold phrases of `posts` with, per kind, the bucket of (labelled occurrences / occurrences)."""
    labelled: dict[str, Counter[str]] = defaultdict(Counter)
    for _, text, gold in posts:
        for a, b, kind in gold:
            key = phrase_of(text, a, b)
            if key and key.count(" ") < max_len:
                labelled[key][KIND_CODE[kind]] += 1
    occurs: Counter[str] = Counter()
    for _, text, _ in posts:
        for seq in spans.sequences(text):
            lows = [text[s:e].lower() for s, e in seq]
            for i in range(len(lows)):
                for L in range(1, min(max_len, len(lows) - i) + 1):
                    key = " ".join(lows[i:i + L])
                    if key in labelled:
                        occurs[key] += 1
    gaz: dict[str, dict[str, int]] = {}
    for key in sorted(labelled):
        if all(not c.isalnum() for c in key):
            continue
        entry = {}
        for code, n in sorted(labelled[key].items()):
            if n >= min_count:
                entry[code] = bucket(n / max(occurs[key], n))
        if entry:
            gaz[key] = entry
    return gaz


def build_clusters(posts: list[Posting], min_count: int, dims: int, sizes: tuple[int, ...],
                   window: int = 0) -> dict[str, str]:
    """Distributional word classes from the postings' text (a stand-in for POS tags and Brown clusters).

    Each word seen `min_count` times or more gets a vector of PPMI-weighted left and right neighbour counts,
    reduced by SVD and clustered by k-means at each granularity in `sizes`; its class string is the cluster
    ids joined ("12.201"). Deterministic (fixed seeds, sorted vocabulary).
    """
    import numpy as np
    from sklearn.cluster import KMeans

    counts: Counter[str] = Counter()
    seqs = []
    for _, text, _ in posts:
        for seq in spans.sequences(text):
            lows = [text[a:b].lower() for a, b in seq]
            counts.update(lows)
            seqs.append(lows)
    vocab = sorted(w for w, c in counts.items() if c >= min_count)
    index = {w: i for i, w in enumerate(vocab)}
    ctx_words = sorted(vocab, key=lambda w: (-counts[w], w))[:2000] + ["<s>", "</s>"]
    cindex = {w: i for i, w in enumerate(ctx_words)}
    m = np.zeros((len(vocab), (3 if window else 2) * len(ctx_words)), dtype=np.float64)
    for lows in seqs:
        padded = ["<s>"] + lows + ["</s>"]
        for k in range(1, len(padded) - 1):
            i = index.get(padded[k])
            if i is None:
                continue
            left, right = cindex.get(padded[k - 1]), cindex.get(padded[k + 1])
            if left is not None:
                m[i, left] += 1
            if right is not None:
                m[i, len(ctx_words) + right] += 1
            for d in range(2, window + 1):  # a bag of words further out: topical rather than syntactic classes
                for c in (k - d, k + d):
                    if 0 <= c < len(padded):
                        ci = cindex.get(padded[c])
                        if ci is not None:
                            m[i, 2 * len(ctx_words) + ci] += 1
    total = m.sum()
    pw = m.sum(1, keepdims=True) / total
    pc = m.sum(0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((m / total) / (pw * pc))
    ppmi = np.nan_to_num(np.maximum(pmi, 0), posinf=0.0)
    u, sv, _ = np.linalg.svd(ppmi, full_matrices=False)
    x = u[:, :dims] * np.sqrt(sv[:dims])
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    ids = []
    for k in sizes:
        ids.append(KMeans(n_clusters=k, n_init=4, random_state=0).fit_predict(x))
    return {w: ".".join(str(int(c[i])) for c in ids) for i, w in enumerate(vocab)}


def build_data(posts: list[Posting], args: argparse.Namespace,
               clusters: dict[str, str]) -> list[tuple[int, list[list[str]], list[str]]]:
    """Training sequences as (fold, features, labels); gazetteer features, if any, come from the other folds."""
    data = []
    k = args.folds
    for f in range(k):
        fold = [p for i, p in enumerate(posts) if i % k == f]
        rest = [p for i, p in enumerate(posts) if i % k != f]
        gaz = build_gazetteer(rest, args.gaz_max_len, args.gaz_min_count) if args.gazetteer else None
        res = spans.Resources(gaz, clusters)
        for _, text, gold in fold:
            data.extend((f, x, y) for x, y in labelled_sequences(text, gold, res, args.overlap, KINDS, args.scheme))
    return data


def train(data: list[tuple[list[list[str]], list[str]]], path: Path, args: argparse.Namespace) -> None:
    """Fit one CRF and write it to `path`."""
    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in data:
        tr.append(x, y)
    tr.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                   "feature.possible_transitions": True, "feature.minfreq": args.minfreq})
    tr.train(str(path))


_JOB: dict = {}


def _fold_stage2(f: int) -> list[tuple[list[list[str]], list[str]]]:
    """Train stage 1 without fold f and return fold f's sequences with stacking features from it."""
    data, args, tmp = _JOB["data"], _JOB["args"], _JOB["tmp"]
    path = Path(tmp) / f"fold{f}.crfsuite"
    train([(x, y) for g, x, y in data if g != f], path, args)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return [(spans.stack_features(x, tagger), y) for g, x, y in data if g == f]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=bench.DATA, help="SkillSpan folder (default %(default)s)")
    ap.add_argument("--eval-dev", action="store_true",
                    help="train on train only, write to build/spans-dev/ (or --out) and print dev scores")
    ap.add_argument("--no-dev", dest="use_dev", action="store_false", help="train on train only, without scoring dev")
    ap.add_argument("--out", type=Path, default=None,
                    help=f"output folder (default {OUT.relative_to(ROOT)}, or build/spans-dev with --eval-dev)")
    ap.add_argument("--stack", action="store_true",
                    help="add a second CRF reading the first one's labels and marginals (trained cross-fold)")
    ap.add_argument("--jobs", type=int, default=2, help="parallel fold trainings for --stack (default %(default)s)")
    ap.add_argument("--overlap", choices=("longer", "knowledge"), default="longer",
                    help="which of two overlapping gold spans is kept (default %(default)s)")
    ap.add_argument("--scheme", choices=("bio", "bioes"), default="bioes", help="label scheme (default %(default)s)")
    ap.add_argument("--c1", type=float, default=0.1, help="L1 weight (default %(default)s)")
    ap.add_argument("--c2", type=float, default=1.0, help="L2 weight (default %(default)s)")
    ap.add_argument("--oversample", type=int, default=2,
                    help="repeat each sentence that has a gold span this many times (default %(default)s)")
    ap.add_argument("--iterations", type=int, default=200, help="L-BFGS iterations (default %(default)s)")
    ap.add_argument("--minfreq", type=float, default=0, help="drop features seen fewer times (default %(default)s)")
    ap.add_argument("--folds", type=int, default=5,
                    help="folds for the cross-fold gazetteer and --stack (default %(default)s)")
    ap.add_argument("--gazetteer", action="store_true",
                    help="add gazetteer features (cross-fold while training; off by default: no gain on dev)")
    ap.add_argument("--gaz-max-len", type=int, default=6, help="longest gazetteer phrase in tokens (default %(default)s)")
    ap.add_argument("--gaz-min-count", type=int, default=1, help="min labelled count of a phrase (default %(default)s)")
    ap.add_argument("--cluster-sizes", type=int, nargs="*", default=[30, 100, 500],
                    help="k-means word class granularities, none to disable (default %(default)s)")
    ap.add_argument("--cluster-window", type=int, default=0,
                    help="also count words 2..N away as context (0: only the adjacent words; default %(default)s)")
    ap.add_argument("--cluster-dims", type=int, default=100, help="SVD dimensions (default %(default)s)")
    ap.add_argument("--cluster-min-count", type=int, default=3, help="min word count (default %(default)s)")
    args = ap.parse_args(argv)
    if not (args.data / "train.json").is_file():
        print(f"SkillSpan data not found in {args.data}", file=sys.stderr)
        return 2
    if args.out is None:
        args.out = ROOT / "build" / "spans-dev" if args.eval_dev else OUT
    t0 = time.perf_counter()
    posts = bench.load("train", args.data)
    if args.use_dev and not args.eval_dev:
        posts += bench.load("dev", args.data)
    clusters = build_clusters(posts, args.cluster_min_count, args.cluster_dims, tuple(args.cluster_sizes),
                              args.cluster_window) \
        if args.cluster_sizes else {}
    names = ["spans.crfsuite", "spans_stage2.crfsuite"] if args.stack else ["spans.crfsuite"]
    args.out.mkdir(parents=True, exist_ok=True)
    data = build_data(posts, args, clusters)
    train([(x, y) for _, x, y in data for _ in range(args.oversample if set(y) != {"O"} else 1)],
          args.out / names[0], args)
    if args.stack:
        import multiprocessing
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            _JOB.update(data=data, args=args, tmp=tmp)
            with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
                parts = pool.map(_fold_stage2, range(args.folds))
        train([item for part in parts for item in part], args.out / names[1], args)
    for name in names:  # ship the models compressed, deterministically (no timestamp in the gzip header)
        raw_path = args.out / name
        (args.out / (name + ".gz")).write_bytes(gzip.compress(raw_path.read_bytes(), compresslevel=9, mtime=0))
        raw_path.unlink()
    names = [name + ".gz" for name in names]
    gaz = build_gazetteer(posts, args.gaz_max_len, args.gaz_min_count) if args.gazetteer else {}
    seconds = time.perf_counter() - t0
    digest = hashlib.sha256()
    for split in (("train", "dev") if args.use_dev and not args.eval_dev else ("train",)):
        digest.update((args.data / f"{split}.json").read_bytes())
    meta = {
        "models": names,
        "provenance": {
            "data": "SkillSpan (Zhang, Jensen, Sonniks, Plank, NAACL 2022), MIT license",
            "splits": ["train", "dev"] if args.use_dev and not args.eval_dev else ["train"],
            "postings": len(posts),
            "data_sha256": digest.hexdigest(),
            "script": "scripts/train_spans.py",
            "options": {k: v for k, v in sorted(vars(args).items()) if k not in ("data", "out", "jobs")},
            "versions": {name: importlib.metadata.version(name)
                         for name in ("python-crfsuite", "numpy", "scikit-learn")},
            "python": platform.python_version(),
        },
        "gazetteer": gaz,
        "clusters": clusters,
    }
    (args.out / "spans.json").write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
                                          "utf-8")
    print(f"trained {names} on {len(posts)} postings in {seconds:.0f}s -> {args.out}")
    if args.eval_dev:
        model = spans.load(args.out)
        scores, rate = bench.evaluate(bench.load("dev", args.data),
                                      lambda text: [(x.start, x.end, x.kind) for x in model.extract(text)])
        print(bench.report(scores))
        print(f"{rate:.1f} postings/s")
        (args.out / "dev_scores.json").write_text(json.dumps(scores, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
