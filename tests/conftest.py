"""Shared fixtures: the labelled data and a CLI runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REQUEST_KEYS = {"id", "question", "answer", "role", "candidate"}


def labelled(split: str) -> list[dict]:
    out = []
    for f in sorted((DATA / split).glob("*.jsonl")):
        out += [json.loads(line) for line in f.read_text("utf-8").splitlines() if line.strip()]
    return out


def request_of(item: dict) -> dict:
    return {k: v for k, v in item.items() if k in REQUEST_KEYS}


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="120", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "careeralign", *args], input=input, capture_output=True, cwd=cwd, env=env, timeout=120)


@pytest.fixture
def cli():
    return run_cli
