"""Layering (import-linter), typing (mypy) and docs stay true."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_layers_flow_one_way() -> None:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    r = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_clean() -> None:
    pytest.importorskip("mypy")
    r = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_every_module_has_a_docstring() -> None:
    import ast

    for f in (ROOT / "src" / "careeralign").rglob("*.py"):
        assert ast.get_docstring(ast.parse(f.read_text())), f"{f} has no module docstring"


def test_readme_quickstart_has_two_bash_blocks() -> None:
    text = (ROOT / "README.md").read_text()
    section = text.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    assert section.count("```bash") == 2
