"""The careeralign command line: parse arguments, call the public API, render, set the exit code."""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markdown import Markdown

import careeralign as ca
from careeralign.render.json import dumps
from careeralign.render.markdown import critique_markdown
from careeralign.render.text import print_critique, rule_page, rules_table

app = typer.Typer(help="Coach your answer to 'How does this position align with your career goals?'. Offline and deterministic.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
batch_app = typer.Typer(help="Process many requests from a JSONL file.", no_args_is_help=True)
rules_app = typer.Typer(help="List the critique rules, or explain one.", invoke_without_command=True)
config_app = typer.Typer(help="Inspect the configuration.", no_args_is_help=True)
app.add_typer(batch_app, name="batch")
app.add_typer(rules_app, name="rules")
app.add_typer(config_app, name="config")

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class Fmt(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


class ListFmt(str, Enum):
    text = "text"
    json = "json"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    none = "none"


def fail(message: str, code: int = 4) -> typer.Exit:
    """Print one clear error line and return the exit to raise."""
    err.print(f"[bold red]error:[/] {message}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _read_answer(file: str, max_bytes: int) -> str:
    if file == "-":
        raw = sys.stdin.buffer.read(max_bytes + 1)
        if len(raw) > max_bytes:
            raise ca.InputError(f"stdin: over the limit of {max_bytes} bytes (max_bytes)")
        return ca.decode(raw, "stdin")
    return ca.read_text(file, what="answer file", max_bytes=max_bytes)


def _exit_code(c: ca.Critique, fail_on: str) -> int:
    if fail_on == "none":
        return 0
    worst = max((SEVERITY_RANK[f.severity] for f in c.findings), default=-1)
    return 1 if worst >= SEVERITY_RANK[fail_on] else 0


def _emit(c: ca.Critique, fmt: Fmt) -> None:
    if fmt is Fmt.json:
        sys.stdout.write(dumps(c.to_dict(), pretty=True) + "\n")
    elif fmt is Fmt.markdown:
        sys.stdout.write(critique_markdown(c))
    else:
        print_critique(c, out)


@app.command()
def critique(
    file: str = typer.Argument("-", help="The answer: a UTF-8 text file, - for stdin, or a .json file holding a whole request (io.md)."),
    job: Optional[Path] = typer.Option(None, "--job", help="The job posting (plain text)."),
    title: Optional[str] = typer.Option(None, "--title", help="The role's title."),
    level: Optional[str] = typer.Option(None, "--level", help="The role's level: entry|mid|senior|lead|executive (inferred from the posting when left out)."),
    employer_kind: Optional[str] = typer.Option(None, "--employer-kind", help="The kind of employer: specialist|startup|corporate|general (inferred when left out)."),
    company: Optional[str] = typer.Option(None, "--company", help="The company's name."),
    question: Optional[str] = typer.Option(None, "--question", help="The question as asked (default: the classic wording)."),
    fmt: Fmt = typer.Option(Fmt.text, "--format", "-f", help="Output format."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 when a finding is at or above this severity (default from config: error)."),
    config: Optional[Path] = typer.Option(None, "--config", help="A careeralign.toml to use instead of the one found."),
) -> None:
    """Critique an answer: findings tied to the exact words, fixes, and seven scores."""
    try:
        cfg = ca.load_config(config, fail_on=fail_on.value if fail_on else None)
        answer = _read_answer(file, cfg.max_bytes)
        role: dict[str, Any] = {}
        if job is not None:
            role["job_description"] = ca.read_text(job, what="job file", max_bytes=cfg.max_bytes)
        for key, val in (("title", title), ("company", company)):
            if val:
                role[key] = val
        for key, val, allowed in (("level", level, ca.LEVELS), ("employer_kind", employer_kind, ca.EMPLOYER_KINDS)):
            if val is not None:
                if val.strip().lower() not in allowed:
                    raise ca.InputError(f"--{key.replace('_', '-')}: {val!r} is not one of {'|'.join(allowed)}")
                role[key] = val.strip().lower()
        if file.lower().endswith(".json"):
            # A whole io.md request; command-line options fill in or override its role.
            try:
                request = json.loads(answer)
            except json.JSONDecodeError as e:
                raise ca.InputError(f"{file}: not valid JSON ({e.msg} at line {e.lineno})") from None
            if isinstance(request, dict):
                request = {**request, "role": {**(request.get("role") or {}), **role}} if role else request
                if question:
                    request["question"] = question
            result = ca.critique(request, config=cfg)
        else:
            result = ca.critique(answer, role=role or None, question=question, config=cfg)
    except ca.CareerAlignError as e:
        raise fail(str(e)) from None
    _emit(result, fmt)
    raise typer.Exit(_exit_code(result, cfg.fail_on))


@batch_app.command("critique")
def batch_critique(
    infile: str = typer.Argument(..., metavar="IN.jsonl", help="Requests, one JSON object per line (io.md shape), or - for stdin."),
    output: str = typer.Option("-", "-o", "--output", help="Where to write results (JSONL), - for stdout."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, help="Worker processes."),
    config: Optional[Path] = typer.Option(None, "--config", help="A careeralign.toml to use instead of the one found."),
) -> None:
    """Critique every line of a JSONL file; one result line per input line, in order."""
    _run_batch(infile, output, workers, config, "critique")


@batch_app.command("dissect")
def batch_dissect(
    infile: str = typer.Argument(..., metavar="IN.jsonl", help='Postings, one JSON object per line: {"id", "job_description"} (optional "company_notes"), or - for stdin.'),
    output: str = typer.Option("-", "-o", "--output", help="Where to write results (JSONL), - for stdout."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, help="Worker processes."),
    config: Optional[Path] = typer.Option(None, "--config", help="A careeralign.toml to use instead of the one found."),
) -> None:
    """Dissect every posting of a JSONL file; one flat {"id", "level", "employer_kind", "skills", ...} line per input line, in order."""
    _run_batch(infile, output, workers, config, "dissect")


def _run_batch(infile: str, output: str, workers: int, config: Optional[Path], task: str) -> None:
    from careeralign.batch import run_batch

    try:
        cfg = ca.load_config(config)
        if infile == "-":
            raw_lines = sys.stdin.buffer.read().splitlines()
        else:
            p = Path(infile)
            try:
                raw_lines = p.read_bytes().splitlines()
            except FileNotFoundError:
                raise ca.InputError(f"{p}: input file not found") from None
            except OSError as e:
                raise ca.InputError(f"{p}: cannot read input file: {e.strerror}") from None
        sink = sys.stdout if output == "-" else None
        tmp = None
        if sink is None:
            target = Path(output)
            tmp = target.with_name(target.name + ".part")
            try:
                sink = tmp.open("w", encoding="utf-8", newline="\n")
            except OSError as e:
                raise ca.InputError(f"{target}: cannot write output file: {e.strerror}") from None
    except ca.CareerAlignError as e:
        raise fail(str(e)) from None
    show = err.is_terminal and output != "-" or (err.is_terminal and not sys.stdout.isatty())
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    verb = {"critique": ("critiquing", "critiqued"), "dissect": ("dissecting", "dissected")}[task]
    with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, disable=not show, transient=True) as prog:
        bar = prog.add_task(verb[0], total=len(raw_lines))
        try:
            n, bad = run_batch(raw_lines, sink.write, workers=workers, config=cfg, progress=lambda k: prog.advance(bar, k), task=task)
        finally:
            if tmp is not None:
                sink.close()
    if tmp is not None:
        tmp.replace(Path(output))
    err.print(f"{n} line{'s' if n != 1 else ''}: {n - bad} {verb[1]}, {bad} with errors", style="dim")


class ReportFmt(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


def _read_job(path: Path, max_bytes: int) -> ca.Job:
    if str(path) == "-":
        raw = sys.stdin.buffer.read(max_bytes + 1)
        if len(raw) > max_bytes:
            raise ca.InputError(f"stdin: over the limit of {max_bytes} bytes (max_bytes)")
        return ca.read_job(raw, name="stdin")
    _check_size(path, "job file", max_bytes)
    return ca.read_job(path)


def _inputs(job: Path, profile: Optional[Path], notes: Optional[Path], cfg: ca.Config) -> tuple[ca.Job, Optional[ca.Profile], str]:
    """The posting, the profile (when given) and the notes, each read with the size limit and one-line errors."""
    posting = _read_job(job, cfg.max_bytes)
    prof = None
    if profile is not None:
        _check_size(profile, "profile", cfg.max_bytes)
        prof = ca.read_profile(profile)
    note_text = ca.read_text(notes, what="notes file", max_bytes=cfg.max_bytes) if notes else ""
    return posting, prof, note_text


def _check_size(path: Path, what: str, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ca.InputError(f"{path}: {what} not found") from None
    except OSError as e:
        raise ca.InputError(f"{path}: cannot read {what}: {e.strerror}") from None
    if path.is_dir():
        raise ca.InputError(f"{path}: {what} is a directory")
    if size > max_bytes:
        raise ca.InputError(f"{path}: {size} bytes is over the limit of {max_bytes} bytes (max_bytes)")


def _write(text: str, output: Optional[Path]) -> None:
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        return
    tmp = output.with_name(output.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
    except OSError as e:
        raise ca.InputError(f"{output}: cannot write: {e.strerror}") from None


@app.command()
def dissect(
    job: Path = typer.Option(..., "--job", help="The posting: .txt, .md, .html (visible text or schema.org JobPosting JSON-LD) or .json (JSON-LD); - for stdin."),
    notes: Optional[Path] = typer.Option(None, "--notes", help="Notes on the company's direction (plain text)."),
    fmt: ListFmt = typer.Option(ListFmt.text, "--format", "-f", help="Output format."),
    config: Optional[Path] = typer.Option(None, "--config", help="A careeralign.toml to use instead of the one found."),
) -> None:
    """Dissect a posting: level, employer kind, industry, skills and knowledge, duties, challenges, offers, with evidence."""
    from careeralign.render.report import insight_renderable

    try:
        cfg = ca.load_config(config)
        posting = _read_job(job, cfg.max_bytes)
        note_text = ca.read_text(notes, what="notes file", max_bytes=cfg.max_bytes) if notes else ""
        insight = ca.dissect(posting, notes=note_text, name=str(job))
    except ca.CareerAlignError as e:
        raise fail(str(e)) from None
    if fmt is ListFmt.json:
        sys.stdout.write(dumps(insight.to_dict(), pretty=True) + "\n")
    else:
        out.print(insight_renderable(insight))


@app.command()
def analyze(
    job: Path = typer.Option(..., "--job", help="The posting: .txt, .md, .html or .json (JSON-LD)."),
    profile: Path = typer.Option(..., "--profile", help="Your profile: YAML/JSON (see `careeralign init-profile`), JSON Resume, or a plain-text background paragraph."),
    notes: Optional[Path] = typer.Option(None, "--notes", help="Notes on the company's direction (plain text)."),
    answer: Optional[Path] = typer.Option(None, "--answer", help="Your draft answer (plain text): critiqued with the posting and goals as context."),
    question: Optional[str] = typer.Option(None, "--question", help="The question as asked (default: the classic wording)."),
    fmt: ReportFmt = typer.Option(ReportFmt.text, "--format", "-f", help="Output format (Markdown and HTML include the Venn diagram as SVG)."),
    drafts: int = typer.Option(2, "--drafts", min=0, max=10, help="How many self-checked drafts of the answer to include (0: none)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write the report to this file instead of stdout."),
    config: Optional[Path] = typer.Option(None, "--config", help="A careeralign.toml to use instead of the one found."),
) -> None:
    """The whole preparation: the dissected posting, your goals by horizon, the overlap (Venn), the goal matrix, and the critique."""
    from careeralign.render import report as rr

    try:
        cfg = ca.load_config(config)
        posting, prof, note_text = _inputs(job, profile, notes, cfg)
        assert prof is not None  # --profile is required here
        answer_text = ca.read_text(answer, what="answer file", max_bytes=cfg.max_bytes) if answer else None
        report = ca.analyze(posting, prof, notes=note_text, answer=answer_text, question=question, config=cfg, drafts=drafts)
        if fmt is ReportFmt.json:
            _write(dumps(report.to_dict(), pretty=True) + "\n", output)
        elif fmt is ReportFmt.markdown:
            _write(rr.report_markdown(report), output)
        elif fmt is ReportFmt.html:
            _write(rr.report_html(report), output)
        elif output is not None:
            with open(os.devnull, "w") as sink:
                console = Console(record=True, width=110, file=sink)
                console.print(rr.report_renderable(report))
            _write(console.export_text(), output)
        else:
            out.print(rr.report_renderable(report))
    except ca.CareerAlignError as e:
        raise fail(str(e)) from None


class QuestionKind(str, Enum):
    align = "align"
    path = "path"
    aspirations = "aspirations"
    five_years = "five-years"
    next_step = "next-step"


class KindOpt(str, Enum):
    specialist = "specialist"
    startup = "startup"
    corporate = "corporate"
    general = "general"


def _model(url: Optional[str], model: Optional[str], key_env: str) -> Any:
    if not url:
        return None
    if not model:
        raise ca.InputError("--llm-model: required with --llm-url")
    from careeralign.drafting.llm import OpenAICompatible

    return OpenAICompatible(url=url, model=model, key=os.environ.get(key_env, ""))


def _draft_text(d: ca.Draft, i: int) -> str:
    c = d.critique
    head = f"Draft {i} \u00b7 {d.words} words \u00b7 overall {c.overall if c else '-'}/100 \u00b7 " + ", ".join(f"{k} {v}" for k, v in d.variant)
    lines = [head, "", d.text, ""]
    if d.assumed_goals:
        lines.append("Assumed goals (your profile states none): " + "; ".join(d.assumed_goals))
    if d.polish:
        lines.append(f"Language-model polish: {d.polish}")
    if c and c.findings:
        lines.append("Critic notes: " + "; ".join(f"{f.rule} ({f.severity})" for f in c.findings))
    lines.append("Sources:")
    for s in d.sentences:
        lines.append(f"  [{s.part}] {s.text}")
        for q in s.sources[:3]:
            lines.append(f"      \u2190 {q.source} {q.start}-{q.end}: \u201c{' '.join(q.text.split())[:90]}\u201d")
    return "\n".join(lines) + "\n"


@app.command()
def draft(
    job: Path = typer.Option(..., "--job", help="The posting: .txt, .md, .html or .json (JSON-LD)."),
    profile: Path = typer.Option(..., "--profile", help="Your profile (YAML/JSON, JSON Resume, or a background paragraph)."),
    notes: Optional[Path] = typer.Option(None, "--notes", help="Notes on the company's direction (plain text)."),
    question: QuestionKind = typer.Option(QuestionKind.align, "--question", help="Which variant of the question the draft answers."),
    employer_kind: Optional[KindOpt] = typer.Option(None, "--employer-kind", help="Frame for this kind of employer (default: inferred from the posting)."),
    variants: int = typer.Option(3, "--variants", "-n", min=1, max=10, help="How many drafts, best first."),
    fmt: Fmt = typer.Option(Fmt.text, "--format", "-f", help="Output format."),
    llm_url: Optional[str] = typer.Option(None, "--llm-url", help="Optional OpenAI-compatible server (e.g. http://localhost:11434/v1) to polish the wording."),
    llm_model: Optional[str] = typer.Option(None, "--llm-model", help="The model name on that server."),
    llm_key_env: str = typer.Option("CAREERALIGN_LLM_KEY", "--llm-key-env", help="Environment variable holding the server's API key, if it needs one."),
    config: Optional[Path] = typer.Option(None, "--config", help="A careeralign.toml to use instead of the one found."),
) -> None:
    """Draft the answer from your own facts: short-term focus, bridge, long-term vision; every draft self-checked."""
    try:
        cfg = ca.load_config(config)
        posting, prof, note_text = _inputs(job, profile, notes, cfg)
        assert prof is not None  # --profile is required here
        drafts = ca.draft(posting, prof, notes=note_text, question=question.value, variants=variants,
                          employer_kind=employer_kind.value if employer_kind else None, config=cfg,
                          model=_model(llm_url, llm_model, llm_key_env))
    except ca.CareerAlignError as e:
        raise fail(str(e)) from None
    if fmt is Fmt.json:
        sys.stdout.write(dumps({"schema": ca.SCHEMA, "drafts": [d.to_dict() for d in drafts]}, pretty=True) + "\n")
    elif fmt is Fmt.markdown:
        parts = ["# careeralign drafts", ""]
        for i, d in enumerate(drafts, 1):
            parts += [f"## Draft {i} ({d.words} words, overall {d.critique.overall if d.critique else '-'}/100)", "", d.text, ""]
            if d.assumed_goals:
                parts += ["*Assumed goals:* " + "; ".join(d.assumed_goals), ""]
        sys.stdout.write("\n".join(parts) if drafts else "# careeralign drafts\n\nNo draft passed the critic's checks.\n")
    else:
        if not drafts:
            out.print("No draft passed the critic's checks: add goals or evidence to your profile and try again.")
        for i, d in enumerate(drafts, 1):
            sys.stdout.write(_draft_text(d, i) + "\n")
    if not drafts:
        raise typer.Exit(1)


@app.command()
def rewrite(
    answer: Path = typer.Argument(..., help="Your answer (plain text)."),
    job: Path = typer.Option(..., "--job", help="The posting."),
    profile: Optional[Path] = typer.Option(None, "--profile", help="Your profile (improves the full rewrite)."),
    notes: Optional[Path] = typer.Option(None, "--notes", help="Notes on the company's direction."),
    question: Optional[str] = typer.Option(None, "--question", help="The question as asked."),
    fmt: Fmt = typer.Option(Fmt.text, "--format", "-f", help="Output format."),
    config: Optional[Path] = typer.Option(None, "--config", help="A careeralign.toml to use instead of the one found."),
) -> None:
    """Repair your answer: a minimal edit that fixes its findings and keeps your words (with a diff), and a full rewrite."""
    try:
        cfg = ca.load_config(config)
        text = ca.read_text(answer, what="answer file", max_bytes=cfg.max_bytes)
        posting, prof, note_text = _inputs(job, profile, notes, cfg)
        before, rw = ca.rewrite(text, posting, prof, notes=note_text, question=question, config=cfg)
    except ca.CareerAlignError as e:
        raise fail(str(e)) from None
    if fmt is Fmt.json:
        d = rw.to_dict()
        d["schema"] = ca.SCHEMA
        d["critique_before"] = before.to_dict()
        sys.stdout.write(dumps(d, pretty=True) + "\n")
        return
    if fmt is Fmt.markdown:
        sys.stdout.write("# careeralign rewrite\n\n## Minimal edit\n\n" + rw.minimal + "\n\n```diff\n" + rw.diff + "\n```\n\n"
                         + "## Changes\n\n" + "\n".join(f"- {c}" for c in rw.minimal_changes) + "\n\n## Full rewrite\n\n"
                         + (rw.full.text if rw.full else "(no rewrite passed the critic's checks)") + "\n")
        return
    after = rw.minimal_critique
    out.print(f"[bold]Your answer:[/] overall {before.overall}/100, {len(before.findings)} finding(s)"
              + (f"; the minimal edit: {after.overall}/100, {len(after.findings)} finding(s)" if after else ""))
    out.print("\n[bold]Minimal edit[/] (your words kept where they work):\n")
    sys.stdout.write(rw.minimal + "\n\n")
    out.print("[bold]Diff[/]")
    sys.stdout.write((rw.diff or "(no change)") + "\n\n")
    for c in rw.minimal_changes:
        sys.stdout.write(f"  - {c}\n")
    out.print("\n[bold]Full rewrite[/]\n")
    sys.stdout.write((rw.full.text if rw.full else "(no rewrite passed the critic's checks)") + "\n")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (localhost by default: nothing is exposed)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(1, "--workers", min=1, max=16, help="Worker processes."),
) -> None:
    """Run the local web app in the foreground: paste a posting, type your answer, see it critiqued live."""
    from careeralign.web.app import run

    err.print(f"careeralign web app on http://{host}:{port}/ (Ctrl+C to stop)")
    try:
        run(host=host, port=port, workers=workers)
    except OSError as e:
        raise fail(f"cannot listen on {host}:{port}: {e.strerror}") from None


@app.command("init-profile")
def init_profile(
    path: Path = typer.Argument(Path("profile.yaml"), help="Where to write the template."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented profile template (YAML) to fill in."""
    if str(path) == "-":
        sys.stdout.write(ca.profile_template())
        return
    if path.exists() and not force:
        raise fail(f"{path}: already exists (use --force to overwrite)")
    try:
        path.write_text(ca.profile_template(), encoding="utf-8")
    except OSError as e:
        raise fail(f"{path}: cannot write: {e.strerror}") from None
    err.print(f"wrote {path}: fill it in, then run `careeralign analyze --job POSTING --profile {path}`")


@rules_app.callback()
def rules_list(ctx: typer.Context, fmt: ListFmt = typer.Option(ListFmt.text, "--format", "-f", help="Output format.")) -> None:
    """List every rule: id, code, severity, dimension, summary."""
    if ctx.invoked_subcommand:
        return
    rules = ca.rules()
    if fmt is ListFmt.json:
        sys.stdout.write(dumps([r.to_dict() for r in rules], pretty=True) + "\n")
    else:
        out.print(rules_table(rules))


@rules_app.command("explain")
def rules_explain(name: str = typer.Argument(..., help="A rule id (e.g. retention-risk) or code (e.g. CA301).")) -> None:
    """Show a rule's documentation page and examples."""
    try:
        r = ca.explain_rule(name)
    except ca.CareerAlignError as e:
        raise fail(str(e)) from None
    page = rule_page(r)
    page += "\n## Examples that fire\n\n" + "\n".join(f"- {e.answer}" for e in r.bad)
    page += "\n\n## Examples that do not fire\n\n" + "\n".join(f"- {e.answer}" for e in r.good) + "\n"
    if out.is_terminal:
        out.print(Markdown(page))
    else:
        sys.stdout.write(page)


@app.command()
def demo(fmt: ReportFmt = typer.Option(ReportFmt.text, "--format", "-f", help="Output format.")) -> None:
    """Run the whole preparation on a bundled example: a Junior Data Analyst posting, a profile, notes and a first-draft answer."""
    from careeralign.render import report as rr

    base = resources.files("careeralign").joinpath("examples")
    job = ca.read_job(base.joinpath("job.txt").read_text("utf-8"), name="job.txt")
    profile = ca.read_profile(base.joinpath("profile.yaml").read_text("utf-8"), name="profile.yaml", format="yaml")
    notes = base.joinpath("notes.txt").read_text("utf-8")
    answer = base.joinpath("answer.txt").read_text("utf-8")
    report = ca.analyze(job, profile, notes=notes, answer=answer, drafts=1)
    if fmt is ReportFmt.json:
        sys.stdout.write(dumps(report.to_dict(), pretty=True) + "\n")
    elif fmt is ReportFmt.markdown:
        sys.stdout.write(rr.report_markdown(report))
    elif fmt is ReportFmt.html:
        sys.stdout.write(rr.report_html(report))
    else:
        out.print("[bold]Demo:[/] preparing a first-draft answer for a Junior Data Analyst posting at Brightline Logistics.\n")
        out.print(rr.report_renderable(report))


@config_app.command("show")
def config_show(config: Optional[Path] = typer.Option(None, "--config", help="A careeralign.toml to use instead of the one found.")) -> None:
    """Print the merged configuration and where it came from."""
    try:
        cfg = ca.load_config(config)
    except ca.CareerAlignError as e:
        raise fail(str(e)) from None
    data = cfg.to_dict()
    data["rules_enabled"] = [r.code for r in ca.enabled_rules(cfg)]
    sys.stdout.write(json.dumps(data, indent=2) + "\n")


@app.callback()
def _root(version: bool = typer.Option(False, "--version", help="Show the version and exit.", is_eager=True)) -> None:
    if version:
        out.print(f"careeralign {ca.__version__}")
        raise typer.Exit(0)


def main() -> None:
    """Entry point: run the app; usage errors exit 2, careeralign errors 4."""
    try:
        app()
    except ca.CareerAlignError as e:  # pragma: no cover - commands catch their own
        err.print(f"error: {e}")
        sys.exit(4)
