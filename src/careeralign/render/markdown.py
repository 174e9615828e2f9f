"""Markdown report of a critique."""

from __future__ import annotations

from careeralign.models import DIMENSIONS, Critique


def _bar(score: int, width: int = 20) -> str:
    filled = round(score / 100 * width)
    return "\u2588" * filled + "\u2591" * (width - filled)


def critique_markdown(c: Critique) -> str:
    """The critique as a Markdown document: score table, findings with quotes and fixes."""
    lines = ["# careeralign critique", "", f"**Overall: {c.overall}/100**", "", "| dimension | score | |", "|---|---:|---|"]
    for d in DIMENSIONS:
        lines.append(f"| {d.replace('_', ' ')} | {c.scores[d]} | `{_bar(c.scores[d])}` |")
    lines += ["", f"## Findings ({len(c.findings)})", ""]
    if not c.findings:
        lines.append("No missteps found.")
    for i, f in enumerate(c.findings, 1):
        quote = f.quote.replace("\n", " ")
        if len(quote) > 160:
            quote = quote[:157] + "..."
        lines += [f"{i}. **{f.rule}** (`{f.code}`, {f.severity}) at {f.start}-{f.end}", f"   > {quote}", f"   - {f.message}", f"   - *Instead:* {f.suggestion}", ""]
    if c.inferred:
        lines += ["## Inferred context", ""]
        lines += [f"- {i.field}: **{i.value}** ({i.evidence})" for i in c.inferred]
    return "\n".join(lines).rstrip() + "\n"
