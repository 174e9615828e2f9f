"""The web app over HTTP (in-process): API shapes, one error shape, size limit, CSP, inert markup, pages, schema fuzz."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from careeralign.web.app import CSP, asgi, create_app

ROOT = Path(__file__).resolve().parent.parent.parent
JOB = (ROOT / "src/careeralign/examples/job.txt").read_text()
EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>"\'&'


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(asgi())


def test_home_has_a_strict_csp_and_works_without_cdn(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert csp == CSP and "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "<script>" not in r.text.replace('<script src="/static/htmx.min.js" defer></script>', "").replace(
        '<script src="/static/app.js" defer></script>', "")  # no inline script at all
    assert "http://" not in r.text and "https://" not in r.text  # every asset is local
    assert client.get("/static/htmx.min.js").status_code == 200
    assert "Zero-Clause BSD" in client.get("/static/htmx.LICENSE.txt").text


def test_api_critique_is_the_io_md_shape(client: TestClient) -> None:
    body = {"id": "r1", "answer": "My goal is to become a CEO one day.", "role": {"level": "entry", "job_description": JOB}}
    r = client.post("/api/v1/critique", json=body)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    d = r.json()
    assert d["schema"] == "careeralign/1" and d["id"] == "r1"
    assert {"findings", "scores", "overall", "parts", "inferred"} <= set(d)
    assert "unrealistic-for-level" in {f["rule"] for f in d["findings"]}


@pytest.mark.parametrize("path,body", [
    ("/api/v1/dissect", {"id": 1, "job_description": JOB}),
    ("/api/v1/analyze", {"job_description": JOB, "profile": "Two years building weekly sales reports in Excel.", "drafts": 1}),
    ("/api/v1/draft", {"job_description": JOB, "profile": "goals:\n  - text: Own the demand forecasts\n    horizon: short\n", "variants": 1}),
])
def test_api_endpoints(client: TestClient, path: str, body: dict) -> None:
    r = client.post(path, json=body)
    assert r.status_code == 200, r.text
    assert r.json()
    assert client.get("/api/v1/rules").json()[0]["code"] == "CA101"


@pytest.mark.parametrize("body,status,field", [
    ({"answer": "x", "bogus": 1}, 422, "bogus"),
    ({"role": {}}, 422, "answer"),
    ({"answer": 5}, 422, "answer"),
    ({"answer": "x", "role": {"level": "boss"}}, 422, "role.level"),
])
def test_one_error_shape(client: TestClient, body: dict, status: int, field: str) -> None:
    r = client.post("/api/v1/critique", json=body)
    d = r.json()
    assert r.status_code == status and d["ok"] is False and d["status"] == status
    assert field in d["error"] and isinstance(d["errors"], list)


def test_refused_inputs_and_unknown_paths(client: TestClient) -> None:
    r = client.post("/api/v1/dissect", json={"job_description": "   "})
    assert r.status_code == 400 and "empty" in r.json()["error"]
    r = client.post("/api/v1/critique", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["ok"] is False
    r = client.get("/nowhere")
    assert r.status_code == 404 and r.json() == {"ok": False, "error": "Not Found", "errors": [], "status": 404}
    assert client.get("/rules/no-such-rule").status_code == 404


def test_size_limit_is_clear(client: TestClient) -> None:
    big = json.dumps({"answer": "a" * 1_100_000}).encode()
    r = client.post("/api/v1/critique", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "limit" in r.json()["error"]
    r = client.post("/api/v1/critique", content=iter([big[:600_000], big[600_000:]]), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["status"] == 413  # streamed without Content-Length: the same clear answer


FIELDS = ["job_description", "company_notes", "current_role", "background", "skills", "goal_short", "goal_mid", "goal_long", "answer"]


@pytest.mark.parametrize("route", ["/ui/critique", "/ui/prepare", "/ui/drafts", "/ui/rewrite"])
def test_markup_in_every_field_comes_back_inert(client: TestClient, route: str) -> None:
    form = {f: f"{EVIL} {f}" for f in FIELDS}
    form["job_description"] = JOB + "\n" + EVIL
    form["answer"] = "In the first year I want to own the forecasts. " + EVIL
    form["question"] = "align"
    r = client.post(route, data=form)
    assert r.status_code == 200
    assert "<script>" not in r.text and "<img" not in r.text and "onerror=alert" not in r.text.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;" in r.text or "&lt;img" in r.text or route == "/ui/drafts"


def test_uploads_and_export(client: TestClient) -> None:
    files = {"job_file": ("job.html", b"<html><body><h1>Data Analyst</h1><p>You will build dashboards in SQL. Requirements: 2 years of experience.</p></body></html>", "text/html"),
             "profile_file": ("me.yaml", b"goals:\n  - text: Own the dashboards\n    horizon: short\n", "application/yaml")}
    r = client.post("/ui/prepare", data={"job_description": ""}, files=files)
    assert r.status_code == 200 and "<svg" in r.text and "Own the dashboards" in r.text
    r = client.post("/ui/export?format=markdown", data={"job_description": JOB, "goal_short": "Own the forecasts"})
    assert r.status_code == 200 and r.text.startswith("# careeralign preparation report")
    assert "attachment" in r.headers["content-disposition"]
    r = client.post("/ui/prepare", data={"job_description": JOB})
    assert "fill in your background" in r.text  # a clear message in the page, not a crash


def test_pages_and_docs(client: TestClient) -> None:
    assert "retention-risk" in client.get("/rules").text
    page = client.get("/rules/CA301").text
    assert "What it flags" in page and "Examples that fire" in page
    docs = client.get("/docs").text
    assert "/api/v1/critique" in docs and "RequestIn" in docs
    spec = client.get("/openapi.json").json()
    assert {"/api/v1/critique", "/api/v1/analyze", "/api/v1/dissect", "/api/v1/draft", "/api/v1/rules"} <= set(spec["paths"])


def test_schema_fuzz_never_5xx() -> None:
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings

    schemathesis.experimental.OPEN_API_3_1.enable()  # FastAPI writes OpenAPI 3.1
    schema = schemathesis.from_asgi("/openapi.json", create_app())
    failures = []
    for op in schema.get_all_operations():
        operation = op.ok()

        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
        @given(case=operation.as_strategy())
        def check(case) -> None:  # type: ignore[no-untyped-def]
            response = case.call()
            if response.status_code >= 500:
                failures.append((case.method, case.path, response.status_code, response.text[:200]))

        check()
    assert not failures, failures[:3]
