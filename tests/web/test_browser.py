"""The web app as a person uses it, in Debian's headless Chromium driven by Playwright; screenshots go to test-output/."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs Debian's chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "careeralign", "serve", "--port", str(port)], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
        pg = context.new_page()
        errors: list[str] = []
        pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        pg.goto(server + "/")
        yield pg
        assert not [e for e in errors if "Content Security Policy" in e], errors
        browser.close()


def test_live_critique_highlights_a_misstep(page) -> None:  # type: ignore[no-untyped-def]
    answer = page.locator("#answer")
    answer.fill("I'm passionate about data. This job is a stepping stone until I can move into fintech.")
    mark = page.locator("mark.finding[data-rule='retention-risk']")
    mark.wait_for(timeout=10000)
    assert "stepping stone" in mark.inner_text()
    mark.focus()  # keyboard users get the message and the suggestion too
    tip = page.locator("mark.finding[data-rule='retention-risk'] + .tip")
    assert tip.is_visible() and "Instead:" in tip.inner_text()
    assert page.locator("#critique meter").count() == 7
    page.screenshot(path=str(SHOTS / "critique.png"), full_page=True)


def test_preparation_shows_venn_evidence(page) -> None:  # type: ignore[no-untyped-def]
    page.fill("#goal_short", "Own the weekly demand forecasts in SQL and Python")
    page.fill("#goal_long", "Eventually lead a small analytics team")
    page.get_by_role("button", name="Prepare: Venn and goal matrix").click()
    page.locator("#venn svg").wait_for(timeout=10000)
    item = page.locator("#venn .item").first
    item.focus()
    evidence = page.locator("#venn-evidence")
    assert "Select a label" not in evidence.inner_text() and evidence.inner_text().strip()
    assert page.locator("table.matrix tbody tr").count() == 3
    assert page.locator("pre.posting mark").count() > 0
    page.screenshot(path=str(SHOTS / "preparation.png"), full_page=True)


def test_copy_a_draft_and_apply_it(page) -> None:  # type: ignore[no-untyped-def]
    page.fill("#background", "Two years in retail head office building the weekly sales report in Excel and SQL.")
    page.get_by_role("button", name="Draft answers").click()
    page.locator("article.draft").first.wait_for(timeout=15000)
    first = page.locator("article.draft").first
    first.get_by_role("button", name="Copy").click()
    page.wait_for_timeout(300)
    assert "Copied" in first.locator(".status").inner_text()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() == first.locator("p").first.inner_text().strip()
    first.get_by_role("button", name="Use as my answer").click()
    assert page.locator("#answer").input_value().strip() == copied.strip()
    page.screenshot(path=str(SHOTS / "drafts.png"), full_page=True)


def test_fix_my_answer_and_phone_layout(page) -> None:  # type: ignore[no-untyped-def]
    page.locator("#answer").fill("I'm a team player. Honestly this job is a stepping stone until I can move into fintech.")
    page.get_by_role("button", name="Fix my answer").click()
    page.locator("#minimal").wait_for(timeout=15000)
    assert "stepping stone" not in page.locator("#minimal").inner_text()
    page.get_by_role("button", name="Apply suggestion").click()
    assert "stepping stone" not in page.locator("#answer").input_value()
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(SHOTS / "phone.png"), full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400  # nothing forces sideways scrolling on a phone


def test_rules_pages_are_reachable_by_keyboard(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(server + "/rules")
    page.keyboard.press("Tab")  # the skip link is first
    assert page.evaluate("document.activeElement.textContent").strip() == "Skip to content"
    page.get_by_role("link", name="retention-risk").click()
    assert "What it flags" in page.content()
    page.screenshot(path=str(SHOTS / "rule.png"), full_page=True)
