"""Batch critique: JSONL in, JSONL out, one result line per input line, per-line errors."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import careeralign as ca
from careeralign.render.json import dumps

_CONFIG: ca.Config | None = None


def _init(config: ca.Config) -> None:
    global _CONFIG
    _CONFIG = config


def process_line(line: str, lineno: int, config: ca.Config | None = None) -> str:
    """Critique one JSONL line; a failure becomes an `{"id", "error"}` line."""
    cfg = config or _CONFIG or ca.Config()
    rid: Any = None
    try:
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


def _chunk(args: list[tuple[str, int]]) -> list[str]:
    return [process_line(line, n) for line, n in args]


def _decode_lines(raw_lines: Iterable[bytes]) -> Iterator[tuple[str, int]]:
    for n, raw in enumerate(raw_lines, 1):
        try:
            text = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as e:
            text = "\x00" + f"not valid UTF-8 (byte {e.start})"
        yield text.rstrip("\r\n"), n


def run_batch(raw_lines: Iterable[bytes], write: Callable[[str], object], *, workers: int = 1,
              config: ca.Config | None = None, progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Critique every line in order, writing one output line per input line. Returns (lines, errors)."""
    cfg = config or ca.Config()
    lines = list(_decode_lines(raw_lines))
    outputs: Iterable[str]

    def one(item: tuple[str, int]) -> str:
        text, n = item
        if text.startswith("\x00"):
            return dumps({"id": None, "error": f"line {n}: {text[1:]}"})
        return process_line(text, n, cfg)

    if workers <= 1 or len(lines) < 64:
        outputs = (one(i) for i in lines)
    else:
        size = max(16, len(lines) // (workers * 8))
        chunks = [lines[i:i + size] for i in range(0, len(lines), size)]
        bad = {n for t, n in lines if t.startswith("\x00")}
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(cfg,))

        def gen() -> Iterator[str]:
            with pool:
                for chunk, res in zip(chunks, pool.map(_chunk, chunks)):
                    for (text, n), out in zip(chunk, res):
                        yield one((text, n)) if n in bad else out

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


def default_workers() -> int:
    """One worker per core, at most 8."""
    return max(1, min(8, os.cpu_count() or 1))
