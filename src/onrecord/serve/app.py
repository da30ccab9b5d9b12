"""The web application: pages and JSON API over one SQLite store.

``create_app`` builds a FastAPI app for a store file. Every request reads the store
through a read-only connection; writing (``POST /api/articles``) is off unless enabled,
and then needs a token. Errors are JSON ``{"ok": false, "status", "code", "error"}`` under
``/api`` and for ``.json`` pages, an HTML page elsewhere; nothing a client sends makes
a 500.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import OnrecordError, error
from ..store.sqlite import open_store
from . import api, pages

HERE = Path(__file__).parent
log = logging.getLogger(__name__)

# coded errors that are the client's doing, by HTTP status
STATUS = {"E066": 413, "E035": 503, "E060": 400, "E062": 400, "E063": 400, "E061": 403, "E064": 401, "E065": 404,
          "E031": 404, "E032": 503, "E033": 503}

Ingest = Callable[[list[dict[str, Any]]], dict[str, Any]]


def create_app(db_path: str | Path, *, read_only: bool = True, write_token: str | None = None,
               settings: Any = None, ingest: Ingest | None = None) -> FastAPI:
    """Build the app for the store at ``db_path``.

    read_only (bool): True (the default) keeps the upload endpoint off. With False it
        is on, and needs ``write_token`` and ``ingest``; reads stay read-only either way.
    write_token (str | None): the token ``POST /api/articles`` requires (Bearer).
    settings (Settings | None): the run settings, kept for the ingest callable.
    ingest (callable | None): stores uploaded articles: list of {text|html, id, url,
        title, outlet, published} -> {"stored": [...], "failed": [...]}. The CLI passes
        one built on the pipeline; ``serve`` itself never imports the NLP stages.
    RETURNS (FastAPI): the app; raises E033 when the store does not exist, E062 when
        writing is enabled without a token.
    """
    if not Path(db_path).is_file():
        raise error("E033", path=str(db_path))
    if not read_only and not write_token:
        raise error("E062", name="write_token", value=write_token,
                    detail="writing needs a token: pass --token with --allow-write")
    # refuse a store that needs migrations (E035) now rather than on every request; a
    # writable store is migrated here
    open_store(db_path, read_only=read_only, settings=settings).close()
    app = FastAPI(title="onrecord", version="0.1.0", docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Statements in the news, attributed to their speakers: search them, "
                              "follow them across outlets, export them. Errors are JSON with a message.")
    app.state.db_path = str(db_path)
    app.state.read_only = read_only
    app.state.write_token = write_token
    app.state.settings = settings
    app.state.ingest = ingest
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    app.state.templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    _add_error_handlers(app)
    _add_write_gate(app)
    _add_security_headers(app)
    return app


# the largest upload body; checked from Content-Length before the body is read
MAX_UPLOAD_BYTES = 20_000_000
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _add_write_gate(app: FastAPI) -> None:
    """Refuse a write request before its body is read: writing off (403), no or wrong
    token (401), no Content-Length or too large a body (413), so an anonymous client
    cannot make the server read a large upload."""

    @app.middleware("http")
    async def write_gate(request: Request, call_next: Callable) -> Response:
        if request.method in _SAFE_METHODS:
            return await call_next(request)
        try:
            api.check_write_access(request, request.headers.get("authorization"))
            length = request.headers.get("content-length")
            if length is None or not length.isdigit():
                raise error("E066", detail="no Content-Length", limit=MAX_UPLOAD_BYTES)
            if int(length) > MAX_UPLOAD_BYTES:
                raise error("E066", detail=f"{int(length):,} bytes", limit=MAX_UPLOAD_BYTES)
        except OnrecordError as exc:
            return error_response(request, STATUS.get(exc.code, 400), exc.code, str(exc))
        return await call_next(request)


# Pages run no script at all: should escaping ever fail, the browser still refuses to
# run one (defence in depth), and nothing is loaded from elsewhere.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'none'; object-src 'none'; "
                               "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _add_security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def wants_json(request: Request) -> bool:
    """True for the API and for ``.json`` pages, whose errors must be JSON too."""
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json") or path == "/openapi.json"


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    """An error as JSON or as an HTML page, whichever the path serves."""
    if wants_json(request):
        return JSONResponse({"ok": False, "status": status, "code": code, "error": message},
                            status_code=status)
    context = {"title": f"Error {status}", "status": status, "code": code, "message": message,
               "read_only": request.app.state.read_only}
    return request.app.state.templates.TemplateResponse(request, "error.html", context,
                                                        status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(OnrecordError)
    def coded(request: Request, exc: OnrecordError) -> Response:
        return error_response(request, STATUS.get(exc.code, 400), exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"
                             for e in exc.errors())
        return error_response(request, 400, "E062", f"[E062] Bad request: {problems}.")

    @app.exception_handler(StarletteHTTPException)
    def http(request: Request, exc: StarletteHTTPException) -> Response:
        message = "Not found. Search at / or read the API at /openapi.json." \
            if exc.status_code == 404 else str(exc.detail)
        return error_response(request, exc.status_code, f"HTTP{exc.status_code}", message)

    @app.exception_handler(Exception)
    def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "E000", "Internal error; the server log has the details.")
