"""The command line as a user runs it: exit codes, formats, errors, batch contract."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

THIN = "My goal is to become a CEO one day.\n"


def test_critique_json_on_stdout_even_when_failing(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(THIN)
    r = run_cli("critique", str(f), "--format", "json", "--level", "entry")
    assert r.returncode == 1
    d = json.loads(r.stdout)
    assert d["schema"] == "careeralign/1"
    assert "unrealistic-for-level" in {x["rule"] for x in d["findings"]}
    r = run_cli("critique", str(f), "--format", "json", "--level", "entry", "--fail-on", "none")
    assert r.returncode == 0 and json.loads(r.stdout) == d


def test_fail_on_levels(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("I want to learn new things.")
    assert run_cli("critique", str(f), "--fail-on", "error").returncode == 0
    assert run_cli("critique", str(f), "--fail-on", "warning").returncode == 1


def test_stdin_and_text_and_markdown() -> None:
    r = run_cli("critique", "-", input=THIN.encode())
    assert r.returncode == 0
    assert "Scores" in r.stdout.decode() and "missing-bridge" in r.stdout.decode()
    r = run_cli("critique", "-", "--format", "markdown", input=THIN.encode())
    assert r.stdout.decode().startswith("# careeralign critique")


def test_job_file_and_inference(tmp_path: Path) -> None:
    job = tmp_path / "job.txt"
    job.write_text("Junior Accountant at a Fortune 500 bank. Reconcile accounts and prepare month-end journals.")
    r = run_cli("critique", "-", "--job", str(job), "--format", "json", "--fail-on", "none", input=THIN.encode())
    d = json.loads(r.stdout)
    assert d["inferred"]["level"] == "entry" and d["inferred"]["employer_kind"] == "corporate"


def test_bad_inputs_exit_4_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9 na\xefve".encode("latin-1"))
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000)
    cases = [
        ("critique", str(bad)),
        ("critique", str(big)),
        ("critique", str(tmp_path / "missing.txt")),
        ("critique", str(tmp_path)),
    ]
    for args in cases:
        r = run_cli(*args)
        assert r.returncode == 4, (args, r.stderr)
        lines = r.stderr.decode().strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error:"), lines
        assert "Traceback" not in r.stderr.decode()


def test_invalid_level_or_kind_exit_4_with_one_line() -> None:
    for args, needle in ((("--level", "junior"), b"--level: 'junior'"), (("--employer-kind", "bank"), b"--employer-kind: 'bank'")):
        r = run_cli("critique", "-", *args, input=b"x")
        assert r.returncode == 4 and needle in r.stderr, r.stderr
        assert len(r.stderr.decode().strip().splitlines()) == 1
    r = run_cli("critique", "-", "--level", "Senior", "--format", "json", "--fail-on", "none", input=b"I want to grow.")
    assert r.returncode == 0


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    (tmp_path / "careeralign.toml").write_text("max_bytes = 20\n")
    (tmp_path / "a.txt").write_text("This answer is longer than twenty bytes.")
    r = run_cli("critique", "a.txt", cwd=tmp_path)
    assert r.returncode == 4 and b"max_bytes" in r.stderr


def test_rules_json_and_explain() -> None:
    r = run_cli("rules", "--format", "json")
    rules = json.loads(r.stdout)
    assert len(rules) == 15
    assert all(set(x) >= {"id", "code", "severity", "dimension", "summary"} for x in rules)
    for name in ("retention-risk", "CA301", "ca301"):
        r = run_cli("rules", "explain", name)
        out = r.stdout.decode()
        assert r.returncode == 0 and "What it flags" in out and "Instead" in out
    r = run_cli("rules", "explain", "nope")
    assert r.returncode == 4


def test_demo_runs() -> None:
    r = run_cli("demo")
    assert r.returncode == 0 and "retention-risk" in r.stdout.decode()
    d = json.loads(run_cli("demo", "--format", "json").stdout)
    assert d["critique"]["findings"] and d["matrix"] and d["alignment"]["pairs"]


def test_config_file_select_ignore_and_show(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.careeralign]\nignore = ["cliche", "CA1"]\nfail_on = "warning"\n')
    (tmp_path / "a.txt").write_text("I'm a team player. My goal is to become a CEO one day.")
    r = run_cli("critique", "a.txt", "--format", "json", cwd=tmp_path)
    rules = {x["rule"] for x in json.loads(r.stdout)["findings"]}
    assert "cliche" not in rules and "length" not in rules and rules
    assert r.returncode == 1
    show = json.loads(run_cli("config", "show", cwd=tmp_path).stdout)
    assert show["ignore"] == ["cliche", "CA1"] and show["fail_on"] == "warning"
    assert "CA202" not in show["rules_enabled"] and "CA301" in show["rules_enabled"]
    (tmp_path / "careeralign.toml").write_text('colour = "red"\n')
    r = run_cli("config", "show", cwd=tmp_path)
    assert r.returncode == 4 and b"colour" in r.stderr


def test_every_command_has_help() -> None:
    for args in ([], ["critique"], ["batch"], ["batch", "critique"], ["rules"], ["rules", "explain"], ["demo"], ["config"], ["config", "show"]):
        r = run_cli(*args, "--help")
        assert r.returncode == 0, args
        assert len(r.stdout.decode().strip()) > 50, args


def test_json_request_file(tmp_path: Path) -> None:
    req = tmp_path / "req.json"
    req.write_text(json.dumps({"id": "r1", "answer": "My goal is to become a CEO one day.", "role": {"level": "entry"}}))
    r = run_cli("critique", str(req), "--format", "json", "--fail-on", "none")
    d = json.loads(r.stdout)
    assert d["id"] == "r1" and "unrealistic-for-level" in {f["rule"] for f in d["findings"]}
    req.write_text(json.dumps({"answer": "x", "colour": "red"}))
    r = run_cli("critique", str(req))
    assert r.returncode == 4 and b"unknown field 'colour'" in r.stderr
    req.write_text("{broken")
    r = run_cli("critique", str(req))
    assert r.returncode == 4 and b"not valid JSON" in r.stderr
