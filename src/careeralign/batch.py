"""Batch critique: JSONL in, JSONL out, one result line per input line, per-line errors."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import careeralign as ca
from careeralign.render.json import dumps

_CONFIG: ca.Config | None = None


def _init(config: ca.Config) -> None:
    global _CONFIG
    _CONFIG = config


def process_line(raw: bytes, lineno: int, config: ca.Config | None = None) -> str:
    """Critique one JSONL line; a failure becomes an `{"id", "error"}` line."""
    cfg = config or _CONFIG or ca.Config()
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
        result = ca.critique(data, config=cfg).to_dict()
        return dumps(result)
    except ca.CareerAlignError as e:
        return dumps({"id": rid, "error": f"line {lineno}: {e}"})
    except Exception as e:  # noqa: BLE001  one bad line must never stop the batch
        return dumps({"id": rid, "error": f"line {lineno}: internal error: {type(e).__name__}: {e}"})


def _chunk(args: list[tuple[bytes, int]]) -> list[str]:
    return [process_line(raw, n) for raw, n in args]


def run_batch(raw_lines: Iterable[bytes], write: Callable[[str], object], *, workers: int = 1,
              config: ca.Config | None = None, progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Critique every line in order, writing one output line per input line. Returns (lines, errors)."""
    cfg = config or ca.Config()
    lines = [(raw, n) for n, raw in enumerate(raw_lines, 1)]
    outputs: Iterable[str]
    if workers <= 1 or len(lines) < 64:
        outputs = (process_line(raw, n, cfg) for raw, n in lines)
    else:
        size = max(16, len(lines) // (workers * 8))
        chunks = [lines[i:i + size] for i in range(0, len(lines), size)]
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(cfg,))

        def gen() -> Iterator[str]:
            with pool:
                for res in pool.map(_chunk, chunks):
                    yield from res

        outputs = gen()
    count = errors = 0
    for out in outputs:
        write(out + "\n")
        count += 1
        if not out.startswith('{"schema"'):
            errors += 1
        if progress:
            progress(1)
    return count, errors
