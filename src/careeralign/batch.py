"""Batch critique and dissection: JSONL in, JSONL out, one result line per input line, per-line errors."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import careeralign as ca
from careeralign.render.json import dumps

_CONFIG: ca.Config | None = None
_TASK = "critique"
_DISSECT_FIELDS = {"id", "job_description", "company_notes"}


def _init(config: ca.Config, task: str) -> None:
    global _CONFIG, _TASK
    _CONFIG = config
    _TASK = task


def _dissect(data: Any, cfg: ca.Config) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ca.InputError(f"expected a JSON object with \"id\" and \"job_description\", got {type(data).__name__}")
    unknown = sorted(set(data) - _DISSECT_FIELDS)
    if unknown:
        raise ca.InputError(f"unknown field(s) {', '.join(map(repr, unknown))}; expected id, job_description, company_notes")
    text = data.get("job_description")
    if not isinstance(text, str):
        raise ca.InputError("job_description: missing" if text is None else f"job_description: must be a string, not {type(text).__name__}")
    notes = data.get("company_notes") or ""
    if not isinstance(notes, str):
        raise ca.InputError(f"company_notes: must be a string, not {type(notes).__name__}")
    if len(text.encode("utf-8")) > cfg.max_bytes:
        raise ca.InputError(f"job_description: over the limit of {cfg.max_bytes} bytes (max_bytes)")
    # Offsets must index job_description exactly as received: no newline normalisation here.
    insight = ca.dissect(ca.Job(text=text), notes=notes, name="job_description")
    return {"id": data.get("id"), **insight.to_dict()}


def process_line(raw: bytes, lineno: int, config: ca.Config | None = None, task: str | None = None) -> tuple[str, bool]:
    """Critique (or dissect) one JSONL line: the output line and whether it succeeded; a failure is `{"id", "error"}`."""
    cfg = config or _CONFIG or ca.Config()
    task = task or _TASK
    rid: Any = None
    try:
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8").rstrip("\r\n")
        except UnicodeDecodeError as e:
            raise ca.InputError(f"not valid UTF-8 (byte {e.start})") from None
        if not line.strip():
            raise ca.InputError("empty line")
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            raise ca.InputError(f"not valid JSON ({e.msg} at column {e.colno})") from None
        if isinstance(data, dict):
            rid = data.get("id")
        result = _dissect(data, cfg) if task == "dissect" else ca.critique(data, config=cfg).to_dict()
        return dumps(result), True
    except ca.CareerAlignError as e:
        return dumps({"id": rid, "error": f"line {lineno}: {e}"}), False
    except Exception as e:  # noqa: BLE001  one bad line must never stop the batch
        return dumps({"id": rid, "error": f"line {lineno}: internal error: {type(e).__name__}: {e}"}), False


def _chunk(args: list[tuple[bytes, int]]) -> list[tuple[str, bool]]:
    return [process_line(raw, n) for raw, n in args]


def run_batch(raw_lines: Iterable[bytes], write: Callable[[str], object], *, workers: int = 1,
              config: ca.Config | None = None, progress: Callable[[int], None] | None = None,
              task: str = "critique") -> tuple[int, int]:
    """Critique (or dissect) every line in order, one output line per input line. Returns (lines, errors)."""
    cfg = config or ca.Config()
    lines = [(raw, n) for n, raw in enumerate(raw_lines, 1)]
    outputs: Iterable[tuple[str, bool]]
    if workers <= 1 or len(lines) < 64:
        outputs = (process_line(raw, n, cfg, task) for raw, n in lines)
    else:
        size = max(4 if task == "dissect" else 16, len(lines) // (workers * 8))
        chunks = [lines[i:i + size] for i in range(0, len(lines), size)]
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(cfg, task))

        def gen() -> Iterator[tuple[str, bool]]:
            with pool:
                for res in pool.map(_chunk, chunks):
                    yield from res

        outputs = gen()
    count = errors = 0
    for out, ok in outputs:
        write(out + "\n")
        count += 1
        errors += not ok
        if progress:
            progress(1)
    return count, errors
