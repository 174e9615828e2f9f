"""The Venn diagram of what the candidate wants and what the job offers, drawn as plain SVG."""

from __future__ import annotations

from html import escape

from careeralign.models import Report

_W, _H = 760, 420


def _clip(text: str, n: int = 34) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "\u2026"


def _label(x: int, y: int, text: str, tip: str, anchor: str = "middle") -> str:
    return (f'<g class="item" tabindex="0"><title>{escape(tip)}</title>'
            f'<text x="{x}" y="{y}" text-anchor="{anchor}" font-size="12">{escape(_clip(text))}</text></g>')


def venn_svg(report: Report, max_items: int = 6) -> str:
    """Two circles: wants only (left), both (middle, the answer's material), offers only (right).

    Every label carries its evidence in a <title> (shown on hover and focus); all text is escaped.
    """
    goals = report.goals
    a = report.alignment
    both: dict[int, tuple[str, str]] = {}
    for p in a.pairs:
        if p.goal not in both:
            g = goals[p.goal]
            both[p.goal] = (g.text, f"want: {g.text}\noffer: {p.offer.text} (job, {p.offer.quote.start}-{p.offer.quote.end})\n{p.why}")
    wants = [(goals[w.goal].text, f"{goals[w.goal].text}\nrisk: {w.risk}\nhandle it: {w.handle}") for w in a.wants_only]
    offers = [(o.text, f"{o.category}: {o.text} ({o.quote.source}, {o.quote.start}-{o.quote.end})") for o in a.offers_only]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {_H}" width="{_W}" height="{_H}" role="img" '
           f'aria-labelledby="venn-title venn-desc" font-family="system-ui, sans-serif">',
           '<title id="venn-title">What you want and what this job offers</title>',
           f'<desc id="venn-desc">{len(wants)} wants only, {len(both)} in both, {len(offers)} offers only; alignment {a.score}/100</desc>',
           '<circle cx="270" cy="215" r="190" fill="#2b6cb0" fill-opacity="0.16" stroke="#2b6cb0" stroke-width="2"/>',
           '<circle cx="490" cy="215" r="190" fill="#2f855a" fill-opacity="0.16" stroke="#2f855a" stroke-width="2"/>',
           '<text x="170" y="22" text-anchor="middle" font-size="15" font-weight="bold" fill="#1a365d">What you want</text>',
           '<text x="590" y="22" text-anchor="middle" font-size="15" font-weight="bold" fill="#1c4532">What this job offers</text>',
           '<text x="380" y="22" text-anchor="middle" font-size="13" fill="#333">Build the answer here</text>']

    def column(items: list[tuple[str, str]], x: int, title: str) -> None:
        out.append(f'<text x="{x}" y="72" text-anchor="middle" font-size="12" font-style="italic" fill="#444">{escape(title)} ({len(items)})</text>')
        for i, (text, tip) in enumerate(items[:max_items]):
            out.append(_label(x, 100 + i * 40, text, tip))
        if len(items) > max_items:
            out.append(f'<text x="{x}" y="{100 + max_items * 40}" text-anchor="middle" font-size="11" fill="#555">+{len(items) - max_items} more</text>')

    column(wants, 165, "retention risks")
    column(list(both.values()), 380, "overlap")
    column(offers, 595, "unused talking points")
    out.append(f'<text x="380" y="{_H - 8}" text-anchor="middle" font-size="13" fill="#222">alignment {a.score}/100</text>')
    out.append("</svg>")
    return "\n".join(out)
