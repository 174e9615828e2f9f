"""Terminal rendering with Rich: the answer with findings highlighted in place, fixes, score bars."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from careeralign.critique.registry import Rule
from careeralign.models import DIMENSIONS, Critique

STYLE = {"error": "bold white on red", "warning": "black on yellow", "info": "black on cyan"}
COLOR = {"error": "red", "warning": "yellow", "info": "cyan"}
_RANK = {"error": 0, "warning": 1, "info": 2}


def _highlighted(c: Critique) -> Text:
    text = Text(c.answer or "(empty answer)")
    whole = [f for f in c.findings if f.end - f.start >= max(1, len(c.answer.strip())) * 0.9]
    local = [f for f in c.findings if f not in whole]
    for f in sorted(local, key=lambda f: -_RANK[f.severity]):
        text.stylize(STYLE[f.severity], f.start, f.end)
    return text


def critique_renderable(c: Critique) -> Group:
    """Everything the text format shows for one critique."""
    parts: list[RenderableType] = [Panel(_highlighted(c), title="Your answer", title_align="left", border_style="dim")]
    if c.findings:
        t = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
        t.add_column("#", width=3)
        t.add_column("rule", no_wrap=True)
        t.add_column("where and why", ratio=3)
        t.add_column("instead", ratio=3)
        for i, f in enumerate(sorted(c.findings, key=lambda f: (_RANK[f.severity], f.start)), 1):
            q = f.quote.replace("\n", " ")
            q = q if len(q) <= 90 else q[:87] + "..."
            where = Text(f"\u201c{q}\u201d\n", style="italic")
            where.append(f.message, style="")
            t.add_row(str(i), Text(f"{f.rule}\n{f.code} {f.severity}", style=COLOR[f.severity]), where, f.suggestion)
        parts.append(t)
    else:
        parts.append(Text("No missteps found.", style="green"))
    scores = Table(show_header=False, box=None, padding=(0, 1))
    for d in DIMENSIONS:
        s = c.scores[d]
        color = "green" if s >= 75 else "yellow" if s >= 50 else "red"
        bar = Text("\u2588" * round(s / 5), style=color) + Text("\u2591" * (20 - round(s / 5)), style="dim")
        scores.add_row(d.replace("_", " "), bar, f"{s:>3}")
    scores.add_row(Text("overall", style="bold"), Text(""), Text(f"{c.overall:>3}", style="bold"))
    parts.append(Panel(scores, title="Scores", title_align="left", border_style="dim"))
    if c.inferred:
        parts.append(Text("Inferred: " + "; ".join(f"{i.field}={i.value} ({i.evidence})" for i in c.inferred), style="dim"))
    return Group(*parts)


def print_critique(c: Critique, console: Console) -> None:
    """Print a critique to the console."""
    console.print(critique_renderable(c))


def rules_table(rules: list[Rule]) -> Table:
    """All rules as a table."""
    t = Table(show_header=True, header_style="bold")
    for col in ("code", "id", "severity", "dimension"):
        t.add_column(col, no_wrap=True)
    t.add_column("summary")
    for r in rules:
        t.add_row(r.code, r.id, Text(r.severity, style=COLOR[r.severity]), r.dimension, r.summary)
    return t


def rule_page(r: Rule) -> str:
    """A rule's documentation page as Markdown."""
    out = [f"# {r.id} ({r.code})", "", f"Severity: {r.severity} · lowers: {r.dimension}", "", r.summary, ""]
    for head, body in r.sections().items():
        out += [f"## {head}", "", body, ""]
    return "\n".join(out)
