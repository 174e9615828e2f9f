"""The local web app: server-rendered pages with htmx, and the JSON API under /api/v1. Front end only: it calls the public API."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import careeralign as ca
from careeralign.render.report import report_html, report_markdown
from careeralign.render.svg import venn_svg

MAX_BYTES = 1_048_576
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
QUESTIONS = ca.models.QUESTION_VARIANTS
WEB = Path(str(resources.files("careeralign").joinpath("web")))


def error_body(status: int, error: str, errors: list[Any] | None = None) -> dict[str, Any]:
    """The one error shape of the web app and the API."""
    return {"ok": False, "error": error, "errors": errors or [], "status": status}


class LimitBody:
    """Refuse request bodies over the limit with a clear 413 before the app reads them."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(send)
            return
        # Read the body first (it is small by design), so an oversized one gets a clear 413 even without Content-Length.
        messages: list[Message] = []
        seen = 0
        while True:
            msg = await receive()
            messages.append(msg)
            if msg["type"] != "http.request":
                break
            seen += len(msg.get("body", b""))
            if seen > self.max_bytes:
                await self._too_large(send)
                return
            if not msg.get("more_body"):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, send: Send) -> None:
        body = json.dumps(error_body(413, f"request body is over the limit of {self.max_bytes} bytes")).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


_SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                     (b"referrer-policy", b"no-referrer")]


class SecurityHeaders:
    """Add the Content-Security-Policy and friends to every response (a plain ASGI wrapper: no per-request task)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                msg = {**msg, "headers": [*msg.get("headers", []), *_SECURITY_HEADERS]}
            await send(msg)

        await self.app(scope, receive, with_headers)


# --- JSON API models (they document the API at /docs and refuse unknown fields) --------------------

class DissectIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str | int | None = None
    job_description: str
    company_notes: str | None = None


class AnalyzeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    job_description: str
    profile: str = Field(..., description="The profile as YAML, JSON, JSON Resume or a prose background paragraph.")
    company_notes: str | None = None
    answer: str | None = None
    question: str | None = None
    drafts: int = Field(0, ge=0, le=5)


class DraftIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    job_description: str
    profile: str
    company_notes: str | None = None
    question: Literal["align", "path", "aspirations", "five-years", "next-step"] = "align"
    employer_kind: Literal["specialist", "startup", "corporate", "general"] | None = None
    variants: int = Field(3, ge=1, le=5)


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: (_clean(v) if isinstance(v, dict) else v) for k, v in d.items() if v is not None}


def create_app(max_bytes: int = MAX_BYTES) -> FastAPI:
    """The ASGI app (`careeralign serve` runs it with uvicorn)."""
    app = FastAPI(title="careeralign", version=ca.__version__, docs_url=None, redoc_url=None,
                  description="Offline coach for 'How does this position align with your career goals?'. "
                              "Every error answers {ok: false, error, errors, status}.")
    templates = Jinja2Templates(directory=str(WEB / "templates"))
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")


    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"field": ".".join(str(p) for p in e.get("loc", ()) if p != "body"), "message": e.get("msg", "")} for e in exc.errors()]
        first = errors[0] if errors else {"field": "", "message": "invalid request"}
        return JSONResponse(error_body(422, f"{first['field'] or 'body'}: {first['message']}", errors), status_code=422)

    @app.exception_handler(ca.CareerAlignError)
    async def refused(request: Request, exc: ca.CareerAlignError) -> JSONResponse:
        return JSONResponse(error_body(400, str(exc)), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(error_body(exc.status_code, str(exc.detail)), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:  # never a traceback to the user
        return JSONResponse(error_body(500, f"internal error: {type(exc).__name__}"), status_code=500)

    # --- JSON API ---------------------------------------------------------------------------------

    @app.post("/api/v1/critique", tags=["api"], summary="Critique an answer (the io.md request and result)")
    async def api_critique(body: ca.CritiqueRequestSchema) -> Response:
        # Runs on the event loop: a critique takes ~5 ms of CPU, and first-come first-served keeps the tail short.
        result = ca.critique(_clean(body.model_dump())).to_dict()
        return Response(json.dumps(result, ensure_ascii=False, separators=(",", ":")), media_type="application/json")

    @app.post("/api/v1/dissect", tags=["api"], summary="Dissect a posting")
    def api_dissect(body: DissectIn) -> dict[str, Any]:
        ins = ca.dissect(ca.Job(text=body.job_description), notes=body.company_notes or "", name="job_description")
        return {"id": body.id, **ins.to_dict()}

    @app.post("/api/v1/analyze", tags=["api"], summary="The whole preparation: posting, goals, overlap, matrix, critique, drafts")
    def api_analyze(body: AnalyzeIn) -> dict[str, Any]:
        r = ca.analyze(ca.Job(text=body.job_description), ca.read_profile(body.profile, name="profile"), notes=body.company_notes or "",
                       answer=body.answer, question=body.question, drafts=body.drafts)
        return r.to_dict()

    @app.post("/api/v1/draft", tags=["api"], summary="Self-checked drafts of the answer, best first")
    def api_draft(body: DraftIn) -> dict[str, Any]:
        drafts = ca.draft(ca.Job(text=body.job_description), ca.read_profile(body.profile, name="profile"), notes=body.company_notes or "",
                          question=body.question, employer_kind=body.employer_kind, variants=body.variants)
        return {"schema": ca.SCHEMA, "drafts": [d.to_dict() for d in drafts]}

    @app.get("/api/v1/rules", tags=["api"], summary="Every rule")
    def api_rules() -> list[dict[str, Any]]:
        return [r.to_dict() for r in ca.rules()]

    # --- pages -------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def workspace(request: Request) -> HTMLResponse:
        base = resources.files("careeralign").joinpath("examples")
        return templates.TemplateResponse(request, "index.html", {
            "questions": QUESTIONS, "example_job": base.joinpath("job.txt").read_text("utf-8"),
            "example_answer": base.joinpath("answer.txt").read_text("utf-8")})

    @app.get("/rules", response_class=HTMLResponse, include_in_schema=False)
    def rules_page(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(request, "rules.html", {"rules": ca.rules()})

    @app.get("/rules/{name}", response_class=HTMLResponse, include_in_schema=False)
    def rule_page(request: Request, name: str) -> HTMLResponse:
        try:
            rule = ca.explain_rule(name)
        except ca.InputError as e:
            raise StarletteHTTPException(404, str(e)) from None
        return templates.TemplateResponse(request, "rule.html", {"rule": rule})

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(request, "docs.html", {"spec": app.openapi()})

    # --- htmx partials (form posts from the workspace) -----------------------------------------------

    async def _inputs(request: Request) -> dict[str, Any]:
        form = await request.form()
        out: dict[str, Any] = {k: (v if isinstance(v, str) else "") for k, v in form.items()}
        for field in ("job_file", "profile_file"):
            up = form.get(field)
            if isinstance(up, UploadFile) or (up is not None and hasattr(up, "read") and not isinstance(up, str)):
                data = await up.read()  # type: ignore[union-attr]
                if data:
                    out[field] = (getattr(up, "filename", "") or field, data)
        return out

    def _job(inp: dict[str, Any]) -> ca.Job:
        if "job_file" in inp:
            name, data = inp["job_file"]
            return ca.read_job(data, name=name)  # the format comes from the file name's extension, else the content
        text = inp.get("job_description", "")
        if not text.strip():
            raise ca.InputError("posting: paste a job posting or upload a file")
        return ca.read_job(text, name="posting")

    def _prof(inp: dict[str, Any]) -> ca.Profile:
        if "profile_file" in inp:
            name, raw = inp["profile_file"]
            return ca.read_profile(raw, name=name)
        if inp.get("profile_text", "").strip():
            return ca.read_profile(inp["profile_text"], name="profile")
        goals = [{"text": inp[f"goal_{h}"].strip(), "horizon": h} for h in ("short", "mid", "long") if inp.get(f"goal_{h}", "").strip()]
        data: dict[str, Any] = {k: inp[k].strip() for k in ("current_role", "background") if inp.get(k, "").strip()}
        skills = [s.strip() for s in inp.get("skills", "").split(",") if s.strip()]
        if skills:
            data["skills"] = skills
        if goals:
            data["goals"] = goals
        if inp.get("long_term_open"):
            data["long_term_open"] = True
        if not data:
            raise ca.InputError("profile: fill in your background or goals, or upload a profile")
        return ca.read_profile(json.dumps(data, indent=1), name="profile form", format="json")

    def _partial(request: Request, name: str, ctx: dict[str, Any], status: int = 200) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def _problem(request: Request, e: Exception) -> HTMLResponse:
        return _partial(request, "error.html", {"message": str(e)}, status=200)

    @app.post("/ui/critique", response_class=HTMLResponse, include_in_schema=False)
    async def ui_critique(request: Request) -> HTMLResponse:
        inp = await _inputs(request)
        answer = inp.get("answer", "")
        if not answer.strip():
            return _partial(request, "critique.html", {"c": None})
        role = _clean({"job_description": inp.get("job_description") or None, "company_notes": inp.get("company_notes") or None})
        try:
            c = ca.critique(answer, role=role or None, question=QUESTIONS.get(inp.get("question", "align"), None))
        except ca.CareerAlignError as e:
            return _problem(request, e)
        return _partial(request, "critique.html", {"c": c, "pieces": highlight(answer, c)})

    @app.post("/ui/prepare", response_class=HTMLResponse, include_in_schema=False)
    async def ui_prepare(request: Request) -> HTMLResponse:
        inp = await _inputs(request)
        try:
            r = ca.analyze(_job(inp), _prof(inp), notes=inp.get("company_notes", ""), drafts=0)
        except ca.CareerAlignError as e:
            return _problem(request, e)
        return _partial(request, "prepare.html", {"r": r, "venn": venn_svg(r), "posting": mark_skills(r.insight)})

    @app.post("/ui/drafts", response_class=HTMLResponse, include_in_schema=False)
    async def ui_drafts(request: Request) -> HTMLResponse:
        inp = await _inputs(request)
        try:
            drafts = ca.draft(_job(inp), _prof(inp), notes=inp.get("company_notes", ""), question=inp.get("question", "align"), variants=3)
        except ca.CareerAlignError as e:
            return _problem(request, e)
        return _partial(request, "drafts.html", {"drafts": drafts})

    @app.post("/ui/rewrite", response_class=HTMLResponse, include_in_schema=False)
    async def ui_rewrite(request: Request) -> HTMLResponse:
        inp = await _inputs(request)
        try:
            prof = None
            if inp.get("profile_text", "").strip() or "profile_file" in inp or inp.get("background", "").strip() or any(inp.get(f"goal_{h}") for h in ("short", "mid", "long")):
                prof = _prof(inp)
            before, rw = ca.rewrite(inp.get("answer", ""), _job(inp), prof, notes=inp.get("company_notes", ""))
        except ca.CareerAlignError as e:
            return _problem(request, e)
        return _partial(request, "rewrite.html", {"before": before, "rw": rw})

    @app.post("/ui/export", include_in_schema=False)
    async def ui_export(request: Request, format: Literal["markdown", "html"] = "markdown") -> Response:
        inp = await _inputs(request)
        try:
            r = ca.analyze(_job(inp), _prof(inp), notes=inp.get("company_notes", ""), answer=inp.get("answer") or None, drafts=1)
        except ca.CareerAlignError as e:
            return JSONResponse(error_body(400, str(e)), status_code=400)
        if format == "html":
            return Response(report_html(r), media_type="text/html; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="careeralign-report.html"'})
        return Response(report_markdown(r), media_type="text/markdown; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="careeralign-report.md"'})

    return app


def highlight(answer: str, c: ca.Critique) -> list[tuple[str, list[Any]]]:
    """The answer cut into pieces, each with the findings that cover it (for <mark> with message and suggestion)."""
    cuts = sorted({0, len(answer), *(f.start for f in c.findings), *(f.end for f in c.findings)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        covering = [f for f in c.findings if f.start <= a and b <= f.end and f.end - f.start < len(answer)]
        pieces.append((answer[a:b], covering))
    return pieces


def mark_skills(ins: ca.JobInsight) -> list[tuple[str, str]]:
    """The posting cut into (text, kind) pieces: kind is "skill", "knowledge" or "" (plain)."""
    out, pos = [], 0
    for s in sorted(ins.skills, key=lambda s: s.start):
        if s.start < pos:
            continue
        out.append((ins.text[pos:s.start], ""))
        out.append((ins.text[s.start:s.end], s.kind))
        pos = s.end
    out.append((ins.text[pos:], ""))
    return out


def run(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Serve in the foreground (uvicorn)."""
    import uvicorn

    if workers > 1:
        uvicorn.run("careeralign.web.app:asgi", factory=True, host=host, port=port, workers=workers, log_level="warning")
    else:
        uvicorn.run(asgi(), host=host, port=port, log_level="warning")


def asgi() -> ASGIApp:
    """The app with its body-size limit (an ASGI factory for uvicorn's --factory and workers)."""
    return SecurityHeaders(LimitBody(create_app(), MAX_BYTES))
