"""Build data/posting_vocabulary.toml: words so common in real job postings that sharing them says nothing specific.

Reads the SkillSpan train and dev postings (real postings, MIT) from ../shared/data/skillspan/ and keeps every
word found in at least 20% of postings. Only the derived word list is written; the data stays where it is.

Usage: python scripts/build_posting_vocabulary.py [--min-share 0.08]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "skillspan"
OUT = ROOT / "src" / "careeralign" / "data" / "posting_vocabulary.toml"


# Frequent in SkillSpan only because it is mostly tech postings: these still name a domain, so they stay specific.
DOMAIN = set("""java javascript python cloud agile architecture code programming software web mobile infrastructure platform testing test
design data insurance financial health research science computer digital engineering engineer engineers developer product products
production technical technologies technology systems system security network sales marketing finance legal""".split())


def postings(split: str) -> list[str]:
    docs: dict[tuple[str, int], list[str]] = {}
    for line in (DATA / f"{split}.json").read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            docs.setdefault((row["source"], row["idx"]), []).extend(row["tokens"])
    return [" ".join(toks) for toks in docs.values()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--min-share", type=float, default=0.2)
    args = ap.parse_args()
    docs = postings("train") + postings("dev")
    df: Counter[str] = Counter()
    for d in docs:
        df.update(set(re.findall(r"[a-z][a-z'-]+[a-z]", d.lower())))
    words = sorted(w for w, n in df.items() if n / len(docs) >= args.min_share and len(w) > 2 and w not in DOMAIN)
    body = ", ".join(f'"{w}"' for w in words)
    OUT.write_text(
        "# Words found in at least {:.0%} of {} real job postings (SkillSpan train+dev, MIT), built by\n"
        "# scripts/build_posting_vocabulary.py. Sharing one of these with a posting is not evidence of specificity.\n"
        "[posting_vocabulary]\ndescription = \"Words common to most job postings.\"\npatterns = []\nwords = [{}]\n".format(args.min_share, len(docs), body),
        "utf-8")
    print(f"{len(words)} words from {len(docs)} postings -> {OUT}")


if __name__ == "__main__":
    main()
