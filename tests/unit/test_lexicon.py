"""The fast first-character dispatch of each concept matches exactly what the plain alternation matches."""

from __future__ import annotations

from tests.conftest import labelled

from careeralign import lexicon as lx


def test_dispatch_equals_plain_alternation_on_every_labelled_answer() -> None:
    texts = [lx.norm(item["answer"]) for split in ("dev", "train", "validation") for item in labelled(split) if item.get("answer")]
    texts += ["i'd love a bigger salary and more vacation", "5+ years, 3-day week, $90k", "in five years i'll move on to another firm"]
    for concept in lx.concepts():
        if "patterns" not in lx._tables()[concept]:
            continue
        fast, plain = lx.pattern(concept), lx.plain_pattern(concept)
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)], (concept, t[:80])
