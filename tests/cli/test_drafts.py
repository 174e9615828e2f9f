"""Drafting from the user's side: draft, rewrite, analyze's drafts, the golden example, and the optional polish."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import run_cli

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "technical_writer"
INPUTS = {"job": GOLDEN / "job.txt", "profile": GOLDEN / "profile.yaml", "notes": GOLDEN / "notes.txt"}


def _sources_are_exact(d: dict, texts: dict[str, str]) -> None:
    for s in d["sources"]:
        assert s["sources"], s  # every sentence traced to an input
        for q in s["sources"]:
            assert texts[q["source"]][q["start"]:q["end"]] == q["text"], q


def test_draft_json_contract_and_bars() -> None:
    r = run_cli("draft", "--job", str(INPUTS["job"]), "--profile", str(INPUTS["profile"]), "--notes", str(INPUTS["notes"]),
                "--format", "json", "--variants", "3")
    assert r.returncode == 0, r.stderr.decode()
    d = json.loads(r.stdout)
    drafts = d["drafts"]
    assert drafts and len(drafts) <= 3
    texts = {k: p.read_text() for k, p in INPUTS.items()}
    overalls = [x["critique"]["overall"] for x in drafts]
    assert overalls == sorted(overalls, reverse=True)  # best first
    for x in drafts:
        assert {"text", "sources", "critique"} <= set(x)
        assert 150 <= len(x["text"].split()) <= 250
        assert not [f for f in x["critique"]["findings"] if f["severity"] == "error"]
        _sources_are_exact(x, texts)


def test_golden_technical_writer_matrix_and_answer() -> None:
    """The method's own example: standards now, strategy next, content-strategy leadership later."""
    r = run_cli("analyze", "--job", str(INPUTS["job"]), "--profile", str(INPUTS["profile"]), "--notes", str(INPUTS["notes"]),
                "--format", "json", "--drafts", "1")
    assert r.returncode == 0, r.stderr.decode()
    d = json.loads(r.stdout)
    rows = {row["horizon"]: row for row in d["matrix"]}
    assert "API documentation standards" in rows["short"]["focus"]
    assert "documentation strategy" in rows["mid"]["focus"]
    assert "director of content strategy" in rows["long"]["focus"]
    assert "standards" in rows["short"]["alignment"]  # the posting's own duty: "Define documentation standards"
    assert "career path" in rows["long"]["alignment"]  # the posting's path into documentation leadership
    text = d["drafts"][0]["text"]
    for must in ("API documentation standards", "documentation strategy", "director of content strategy", "Northwind", "OpenAPI"):
        assert must in text, must
    # short term first, then the bridge, then the long term
    parts = [x["part"] for x in d["drafts"][0]["sources"]]
    order = ["opening", "short_term", "bridge", "long_term", "closing"]
    assert {"short_term", "bridge", "long_term"} <= set(parts)
    assert [order.index(p) for p in parts] == sorted(order.index(p) for p in parts)
    bridge = " ".join(x["text"] for x in d["drafts"][0]["sources"] if x["part"] == "bridge")
    assert "documentation strategy" in bridge  # the bridge leads from today's skills to the mid-term goal
    crit = d["drafts"][0]["critique"]
    assert crit["overall"] >= 85 and not [f for f in crit["findings"] if f["severity"] in ("error", "warning")]
    for cliche in ("passionate", "team player", "next level", "hit the ground running"):
        assert cliche not in text.lower()


def test_background_only_profile_and_empty_notes(tmp_path: Path) -> None:
    bg = tmp_path / "bg.txt"
    bg.write_text("Four years writing API documentation for a payments company; I rebuilt our OpenAPI reference and work in Git every day.\n")
    notes = tmp_path / "notes.txt"
    notes.write_text("")
    r = run_cli("draft", "--job", str(INPUTS["job"]), "--profile", str(bg), "--notes", str(notes), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    d = json.loads(r.stdout)["drafts"][0]
    assert d["assumed_goals"]  # says which goals it assumed
    assert "OpenAPI" in d["text"] or "Git" in d["text"]
    _sources_are_exact(d, {"job": INPUTS["job"].read_text(), "profile": bg.read_text(), "notes": ""})


@pytest.mark.parametrize("question,words", [("five-years", ("five years",)), ("next-step", ("next step",)),
                                            ("aspirations", ("aspiration", "what i'm after"))])
def test_question_variant_changes_the_opening(question: str, words: tuple[str, ...]) -> None:
    r = run_cli("draft", "--job", str(INPUTS["job"]), "--profile", str(INPUTS["profile"]), "--question", question, "--format", "json",
                "--variants", "1")
    first = json.loads(r.stdout)["drafts"][0]["text"].split(".")[0].lower()
    assert any(w in first for w in words), first


def test_rewrite_minimal_edit_keeps_words_and_fixes_findings(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("I am passionate about documentation and a real team player. Honestly this job is a stepping stone until I can "
                 "move into product management. I want to be a director within a year.\n")
    r = run_cli("rewrite", str(a), "--job", str(INPUTS["job"]), "--profile", str(INPUTS["profile"]), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    d = json.loads(r.stdout)
    before = {f["rule"] for f in d["critique_before"]["findings"]}
    assert {"retention-risk", "cliche"} <= before
    minimal = d["minimal"]
    assert "documentation" in minimal["text"] and "stepping stone" not in minimal["text"] and "passionate" not in minimal["text"]
    assert not [f for f in minimal["critique"]["findings"] if f["severity"] == "error"]
    assert minimal["diff"].startswith("--- your answer") and minimal["changes"]
    assert d["full"] and 150 <= len(d["full"]["text"].split()) <= 250
    r = run_cli("rewrite", str(a), "--job", str(INPUTS["job"]))
    assert r.returncode == 0 and "Minimal edit" in r.stdout.decode()


FAKE_SERVER = textwrap.dedent('''
    import json, sys, time
    from http.server import BaseHTTPRequestHandler, HTTPServer
    MODE = sys.argv[1]
    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            draft = body["messages"][-1]["content"].split("ANSWER TO POLISH:\\n", 1)[1]
            if MODE == "slow":
                time.sleep(5)
            text = draft.replace("I'd", "I would")
            if MODE == "invent":
                text += " I also led a team of 40 people at Contoso."
            out = json.dumps({"choices": [{"message": {"role": "assistant", "content": text}}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)
    s = HTTPServer(("127.0.0.1", 0), H)
    print(s.server_address[1], flush=True)
    s.serve_forever()
''')


@pytest.mark.parametrize("mode,expect", [("ok", "used"), ("invent", "added facts"), ("down", "could not be reached")])
def test_language_model_polish_is_checked(tmp_path: Path, mode: str, expect: str) -> None:
    script = tmp_path / "server.py"
    script.write_text(FAKE_SERVER)
    proc = subprocess.Popen([sys.executable, str(script), mode], stdout=subprocess.PIPE, text=True)
    try:
        port = proc.stdout.readline().strip() if proc.stdout else ""
        if mode == "down":
            proc.kill()
            proc.wait()
            time.sleep(0.2)
        r = run_cli("draft", "--job", str(INPUTS["job"]), "--profile", str(INPUTS["profile"]), "--format", "json", "--variants", "1",
                    "--llm-url", f"http://127.0.0.1:{port}/v1", "--llm-model", "fake")
        assert r.returncode == 0, r.stderr.decode()
        d = json.loads(r.stdout)["drafts"][0]
        assert expect in d["polish"]
        if mode == "ok":
            plain = json.loads(run_cli("draft", "--job", str(INPUTS["job"]), "--profile", str(INPUTS["profile"]), "--format", "json",
                                       "--variants", "1").stdout)["drafts"][0]["text"]
            assert d["text"] == " ".join(plain.replace("I'd", "I would").split()) != plain
        else:
            assert "Contoso" not in d["text"] and "40 people" not in d["text"]
    finally:
        proc.kill()
        proc.wait()


def test_llm_url_needs_a_model() -> None:
    r = run_cli("draft", "--job", str(INPUTS["job"]), "--profile", str(INPUTS["profile"]), "--llm-url", "http://127.0.0.1:9/v1")
    assert r.returncode == 4 and "--llm-model" in r.stderr.decode()
