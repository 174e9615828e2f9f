"""The batch contract: order, ids, per-line errors, exit codes, identical bytes for any worker count."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import labelled, request_of, run_cli


def _write(tmp_path: Path, lines: list[bytes]) -> Path:
    p = tmp_path / "in.jsonl"
    p.write_bytes(b"\n".join(lines) + b"\n")
    return p


def test_order_ids_and_per_line_errors(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "answer": "My goal is to become a CEO one day."}).encode(),
        b"{not json",
        json.dumps({"id": "c", "answer": "x", "colour": "red"}).encode(),
        json.dumps({"id": "d", "answer": "x", "role": {"level": "junior"}}).encode(),
        "caf\xe9".encode("latin-1"),
        json.dumps({"id": 7, "answer": ""}).encode(),
    ]
    src = _write(tmp_path, lines)
    out = tmp_path / "out.jsonl"
    r = run_cli("batch", "critique", str(src), "-o", str(out))
    assert r.returncode == 0, r.stderr
    res = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(res) == len(lines)
    assert res[0]["id"] == "a" and res[0]["schema"] == "careeralign/1"
    assert set(res[1]) == {"id", "error"} and "line 2" in res[1]["error"]
    assert res[2]["id"] == "c" and "colour" in res[2]["error"]
    assert res[3]["id"] == "d" and "role.level" in res[3]["error"]
    assert "UTF-8" in res[4]["error"]
    assert res[5]["id"] == 7 and res[5]["findings"][0]["rule"] == "length"


def test_same_bytes_whatever_workers(tmp_path: Path) -> None:
    items = [json.dumps(request_of(it)).encode() for it in (labelled("dev") or [{"answer": "I want to grow."}])]
    items = (items * 3)[:300] + [b"broken"]
    src = _write(tmp_path, items)
    outs = []
    for w in ("1", "2", "3"):
        out = tmp_path / f"out{w}.jsonl"
        r = run_cli("batch", "critique", str(src), "-o", str(out), "--workers", w)
        assert r.returncode == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
    assert len(outs[0].splitlines()) == len(items)


def test_stdin_stdout_and_fatal_errors(tmp_path: Path) -> None:
    r = run_cli("batch", "critique", "-", input=b'{"id": "s", "answer": "I want to grow."}\n')
    assert r.returncode == 0 and json.loads(r.stdout)["id"] == "s"
    r = run_cli("batch", "critique", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl"))
    assert r.returncode == 4 and b"not found" in r.stderr
    assert not (tmp_path / "o.jsonl").exists()
    r = run_cli("batch", "critique", str(tmp_path))
    assert r.returncode == 4
