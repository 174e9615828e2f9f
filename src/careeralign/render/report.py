"""The preparation report and the dissected posting as terminal text, Markdown and standalone HTML."""

from __future__ import annotations

from html import escape

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from careeralign.models import JobInsight, Quote, Report
from careeralign.render.markdown import critique_markdown
from careeralign.render.svg import venn_svg
from careeralign.render.text import critique_renderable


def _q(q: Quote) -> str:
    text = " ".join(q.text.split())
    if len(text) > 120:
        text = text[:117] + "..."
    return f"\u201c{text}\u201d ({q.source} {q.start}-{q.end})" if q.source != "inferred" else f"\u201c{text}\u201d (inferred)"


def _sections(ins: JobInsight) -> list[tuple[str, list[str]]]:
    """The posting's parts as (heading, lines) with evidence, shared by every format."""
    ev = []
    for name, e in ins.evidence:
        quotes = "; ".join(_q(q) for q in e.quotes[:3])
        ev.append(f"{name}: {e.value}: {e.why}" + (f" [{quotes}]" if quotes else ""))
    skills = sorted({s.canonical: s for s in ins.skills}.values(), key=lambda s: s.start)
    return [
        ("Inferred, with evidence", ev),
        (f"Skills ({sum(1 for s in skills if s.kind == 'skill')})", [f"{s.text} ({s.start}-{s.end})" for s in skills if s.kind == "skill"]),
        (f"Knowledge: tools, technologies, domains ({sum(1 for s in skills if s.kind == 'knowledge')})",
         [f"{s.text} ({s.start}-{s.end})" for s in skills if s.kind == "knowledge"]),
        ("Responsibilities", [_q(i.quote) for i in ins.responsibilities]),
        ("Challenges", [f"{_q(i.quote)}, cue {i.cue!r}" for i in ins.challenges]),
        ("Processes", [f"{i.text} ({i.quote.start}-{i.quote.end})" for i in ins.processes]),
        ("What the company offers", [f"{i.category}: {_q(i.quote)}" for i in ins.offers]),
        ("Company direction", [f"{i.category}: {_q(i.quote)}" for i in ins.direction]),
    ]


def insight_renderable(ins: JobInsight) -> RenderableType:
    """The dissected posting for the terminal."""
    head = Text.assemble((ins.title or "(untitled posting)", "bold"), f"  level {ins.level} \u00b7 {ins.employer_kind} \u00b7 {ins.industry or 'industry unknown'}")
    parts: list[RenderableType] = [head]
    for title, lines in _sections(ins):
        if lines:
            parts.append(Text(f"\n{title}", style="bold cyan"))
            parts += [Text(f"  \u2022 {line}") for line in lines[:25]]
            if len(lines) > 25:
                parts.append(Text(f"  ... and {len(lines) - 25} more (use --format json for all)", style="dim"))
    return Group(*parts)


def _goal_lines(r: Report) -> list[str]:
    out = []
    for i, g in enumerate(r.goals):
        flag = "".join(f" \u26a0 {rule}: {msg}" for rule, msg in g.flags)
        src = f" from {g.quote.source} {g.quote.start}-{g.quote.end}" if g.quote.source != "inferred" else " (inferred: " + "; ".join(_q(q) for q in g.sources[:3]) + ")"
        out.append(f"[{i}] {g.horizon}-term {g.kind}: {g.text}{src}. Horizon: {g.horizon_why}. Kind: {g.kind_why}.{flag}")
    return out


def report_renderable(r: Report) -> RenderableType:
    """The whole report for the terminal."""
    a = r.alignment
    parts: list[RenderableType] = [Panel(insight_renderable(r.insight), title="The posting", expand=False)]
    note = "  (inferred from your background and the posting: your profile states no goals)" if r.goals_inferred else ""
    parts.append(Text(f"\nYour goals{note}", style="bold cyan"))
    parts += [Text(f"  {line}") for line in _goal_lines(r)]
    parts.append(Text(f"\nAlignment {a.score}/100", style="bold"))
    parts += [Text(f"  {p.name}: {p.points}/{p.max}: {p.why}") for p in a.parts]
    for f in a.flags:
        parts.append(Text(f"  \u26a0 {f.rule}: {f.message}", style="yellow"))
    parts.append(Text("\nOverlap: build the answer from these", style="bold green"))
    parts += [Text(f"  [{p.goal}] {r.goals[p.goal].text}  \u2194  {_q(p.offer.quote)}  ({p.similarity:.2f}; {p.why})") for p in a.pairs]
    parts.append(Text("\nWants only: retention risks to handle", style="bold red"))
    parts += [Text(f"  [{w.goal}] {r.goals[w.goal].text}\n      risk: {w.risk}\n      handle: {w.handle}") for w in a.wants_only] or [Text("  none")]
    parts.append(Text("\nOffers only: talking points you have not used", style="bold blue"))
    parts += [Text(f"  {o.category}: {_q(o.quote)}") for o in a.offers_only] or [Text("  none")]
    t = Table(title="Goal matrix", show_lines=True)
    for col in ("horizon", "focus", "how this role aligns", "evidence"):
        t.add_column(col, overflow="fold")
    for row in r.matrix:
        t.add_row(f"{row.horizon} ({row.years})" + (" *" if row.inferred else ""), row.focus, row.alignment, "\n".join(_q(q) for q in row.evidence[:3]))
    parts += [Text(""), t]
    if any(row.inferred for row in r.matrix):
        parts.append(Text("  * inferred from the posting and your background", style="dim"))
    for i, d in enumerate(r.drafts, 1):
        parts.append(Text(f"\nDraft {i} ({d.words} words, overall {d.critique.overall if d.critique else '-'}/100)", style="bold green"))
        parts.append(Text(d.text))
        if d.assumed_goals:
            parts.append(Text("  assumed goals: " + "; ".join(d.assumed_goals), style="dim"))
    if r.critique is not None:
        parts += [Text("\nYour answer", style="bold cyan"), critique_renderable(r.critique)]
    return Group(*parts)


def insight_markdown(ins: JobInsight) -> str:
    """The dissected posting as Markdown."""
    lines = [f"## {ins.title or '(untitled posting)'}", "", f"**Level:** {ins.level} \u00b7 **Employer kind:** {ins.employer_kind} \u00b7 **Industry:** {ins.industry or 'unknown'}", ""]
    for title, items in _sections(ins):
        if items:
            lines += [f"### {title}", ""] + [f"- {_md(x)}" for x in items] + [""]
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def report_markdown(r: Report) -> str:
    """The whole report as Markdown, with the Venn diagram as inline SVG and the goal matrix as a table."""
    a = r.alignment
    lines = ["# careeralign preparation report", "", insight_markdown(r.insight), "## Your goals", ""]
    if r.goals_inferred:
        lines += ["*Your profile states no goals: these were inferred from your background and the posting.*", ""]
    lines += [f"- {_md(x)}" for x in _goal_lines(r)] + ["", f"## Alignment: {a.score}/100", "", "| part | points | why |", "|---|---:|---|"]
    lines += [f"| {p.name} | {p.points}/{p.max} | {_md(p.why)} |" for p in a.parts]
    lines += [""] + [f"- **{f.rule}**: {_md(f.message)}" for f in a.flags] + ["", "## What you want and what this job offers", "", venn_svg(r), ""]
    lines += ["### Overlap (build the answer from these)", ""]
    lines += [f"- **{_md(r.goals[p.goal].text)}** \u2194 {_md(_q(p.offer.quote))} ({p.similarity:.2f}; {_md(p.why)})" for p in a.pairs] or ["- none"]
    lines += ["", "### Wants only (retention risks to handle)", ""]
    lines += [f"- **{_md(r.goals[w.goal].text)}**: {_md(w.risk)} *Handle it:* {_md(w.handle)}" for w in a.wants_only] or ["- none"]
    lines += ["", "### Offers only (talking points you have not used)", ""]
    lines += [f"- {o.category}: {_md(_q(o.quote))}" for o in a.offers_only] or ["- none"]
    lines += ["", "## Goal matrix", "", "| horizon | focus | how this role aligns | evidence |", "|---|---|---|---|"]
    for row in r.matrix:
        ev = "<br>".join(_md(_q(q)) for q in row.evidence[:3])
        lines.append(f"| {row.horizon} ({row.years}){' *' if row.inferred else ''} | {_md(row.focus)} | {_md(row.alignment)} | {ev} |")
    if any(row.inferred for row in r.matrix):
        lines += ["", "\\* inferred from the posting and your background"]
    for i, d in enumerate(r.drafts, 1):
        lines += ["", f"## Draft {i} ({d.words} words, overall {d.critique.overall if d.critique else '-'}/100)", "", _md(d.text)]
        if d.assumed_goals:
            lines += ["", "*Assumed goals:* " + _md("; ".join(d.assumed_goals))]
    if r.critique is not None:
        lines += ["", critique_markdown(r.critique).replace("# careeralign critique", "## Your answer", 1)]
    return "\n".join(lines).rstrip() + "\n"


_CSS = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a202c;line-height:1.5}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #cbd5e0;padding:.4rem;vertical-align:top;text-align:left}
.q{color:#4a5568}.flag{color:#9c4221}svg{max-width:100%;height:auto}svg .item:focus text{font-weight:bold}
@media print{body{margin:0}}"""


def _h(text: str) -> str:
    return escape(text)


def report_html(r: Report) -> str:
    """The whole report as one standalone HTML page (no script, no external files)."""
    a = r.alignment
    ins = r.insight
    body = [f"<h1>Preparation report: {_h(ins.title or 'posting')}</h1>",
            f"<p><strong>Level:</strong> {_h(ins.level)} &middot; <strong>Employer kind:</strong> {_h(ins.employer_kind)} &middot; <strong>Industry:</strong> {_h(ins.industry or 'unknown')}</p>"]
    for title, items in _sections(ins):
        if items:
            body.append(f"<h2>{_h(title)}</h2><ul>" + "".join(f"<li>{_h(x)}</li>" for x in items) + "</ul>")
    body.append("<h2>Your goals</h2>")
    if r.goals_inferred:
        body.append("<p><em>Your profile states no goals: these were inferred from your background and the posting.</em></p>")
    body.append("<ul>" + "".join(f"<li>{_h(x)}</li>" for x in _goal_lines(r)) + "</ul>")
    body.append(f"<h2>Alignment: {a.score}/100</h2><table><tr><th>part</th><th>points</th><th>why</th></tr>"
                + "".join(f"<tr><td>{_h(p.name)}</td><td>{p.points}/{p.max}</td><td>{_h(p.why)}</td></tr>" for p in a.parts) + "</table>")
    if a.flags:
        body.append("<ul>" + "".join(f'<li class="flag"><strong>{_h(f.rule)}</strong>: {_h(f.message)}</li>' for f in a.flags) + "</ul>")
    body.append("<h2>What you want and what this job offers</h2>" + venn_svg(r))
    body.append("<h3>Overlap</h3><ul>" + "".join(f"<li><strong>{_h(r.goals[p.goal].text)}</strong> &harr; {_h(_q(p.offer.quote))} <span class=q>({p.similarity:.2f}; {_h(p.why)})</span></li>" for p in a.pairs) + "</ul>")
    body.append("<h3>Wants only (retention risks)</h3><ul>" + "".join(f"<li><strong>{_h(r.goals[w.goal].text)}</strong>: {_h(w.risk)} <em>Handle it:</em> {_h(w.handle)}</li>" for w in a.wants_only) + "</ul>")
    body.append("<h3>Offers only (unused talking points)</h3><ul>" + "".join(f"<li>{_h(o.category)}: {_h(_q(o.quote))}</li>" for o in a.offers_only) + "</ul>")
    body.append("<h2>Goal matrix</h2><table><tr><th>horizon</th><th>focus</th><th>how this role aligns</th><th>evidence</th></tr>")
    for row in r.matrix:
        ev = "<br>".join(_h(_q(q)) for q in row.evidence[:3])
        body.append(f"<tr><td>{_h(row.horizon)} ({_h(row.years)}){' *' if row.inferred else ''}</td><td>{_h(row.focus)}</td><td>{_h(row.alignment)}</td><td class=q>{ev}</td></tr>")
    body.append("</table>")
    for i, d in enumerate(r.drafts, 1):
        body.append(f"<h2>Draft {i} ({d.words} words, overall {d.critique.overall if d.critique else '-'}/100)</h2><p>{_h(d.text)}</p>"
                    + (f"<p><em>Assumed goals:</em> {_h('; '.join(d.assumed_goals))}</p>" if d.assumed_goals else ""))
    if r.critique is not None:
        c = r.critique
        body.append(f"<h2>Your answer: {c.overall}/100</h2><ol>" + "".join(
            f"<li><strong>{_h(f.rule)}</strong> ({_h(f.severity)}): &ldquo;{_h(f.quote)}&rdquo; &mdash; {_h(f.message)} <em>Instead:</em> {_h(f.suggestion)}</li>" for f in c.findings) + "</ol>")
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>careeralign report</title><style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
