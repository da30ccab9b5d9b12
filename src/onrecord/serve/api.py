"""The JSON API: statements, speakers, articles, streamed exports, and the optional upload.

Routes are ``def`` (sqlite3 blocks), so FastAPI runs them in its threadpool. Every
error is JSON ``{"ok": false, "status", "code", "error"}`` (see ``app.py``).
"""
from __future__ import annotations

import csv
import io
import json
import secrets
import sqlite3
from typing import Any, Iterator
from urllib.parse import urlencode

from fastapi import APIRouter, Body, Depends, Header, Query, Request
from fastapi.responses import StreamingResponse

from ..errors import error
from ..store import read
from . import schemas
from .deps import connect, get_conn, search_filters

router = APIRouter(prefix="/api", tags=["api"])

ERRORS = {400: {"model": schemas.ErrorOut, "description": "A bad parameter or query."},
          404: {"model": schemas.ErrorOut, "description": "No such record."}}
EXPORT_COLUMNS = ("id", "text", "speaker_id", "speaker_name", "speaker_type", "kind", "act",
                  "first_published", "first_outlet", "first_title", "first_url",
                  "first_article_id", "n_occurrences", "n_outlets")
EXPORT_BATCH = 500  # rows per chunk sent: fewer thread hops than one row at a time
MAX_UPLOAD = 100


def next_url(request: Request, cursor: str | None) -> str | None:
    """This request's path and query with the cursor of the next page (relative, so
    that it stays right behind a proxy)."""
    if not cursor:
        return None
    params = {**request.query_params, "cursor": cursor}
    return f"{request.url.path}?{urlencode(params)}"


def page_json(request: Request, page: read.Page) -> dict[str, Any]:
    """A page as JSON, with the URL of the next page."""
    return {**page.to_json(), "next_url": next_url(request, page.next_cursor)}


def found(record: dict[str, Any] | None, what: str, record_id: int) -> dict[str, Any]:
    """``record``, or a 404 (E065) when the store has none."""
    if record is None:
        raise error("E065", what=what, id=record_id)
    return record


@router.get("/statements", response_model=schemas.StatementPage, responses=ERRORS)
def statements(request: Request, filters: dict = Depends(search_filters),
               cursor: str | None = Query(None, description="next_cursor of the previous page."),
               limit: int = Query(50, description=f"Rows per page, 1 to {read.MAX_LIMIT}."),
               conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
    """Search statements by words and filters, one page at a time (keyset cursor)."""
    return page_json(request, read.search_statements(conn, cursor=cursor, limit=limit, **filters))


@router.get("/statements/{statement_id}", response_model=schemas.StatementOut, responses=ERRORS)
def statement(statement_id: int, conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
    """One statement with every outlet and article that carried it, first seen first."""
    return found(read.get_statement(conn, statement_id), "statement", statement_id)


@router.get("/speakers", response_model=schemas.SpeakerPage, responses=ERRORS)
def speakers(request: Request, q: str | None = Query(None, description="Part of a name or alias."),
             speaker_type: str | None = None,
             sort: str = Query("statements", description="statements (most first) or name."),
             cursor: str | None = None, limit: int = 50,
             conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
    """List speakers, most quoted first."""
    page = read.list_speakers(conn, q=q or None, speaker_type=speaker_type or None, sort=sort,
                              cursor=cursor, limit=limit)
    return page_json(request, page)


@router.get("/speakers/{speaker_id}", response_model=schemas.SpeakerOut, responses=ERRORS)
def speaker(request: Request, speaker_id: int,
            bucket: str | None = Query(None, description="Timeline periods: day or week."),
            cursor: str | None = None, limit: int = 50,
            conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
    """One speaker: aliases, roles, timeline, top outlets, subjects, statements (paged)."""
    record = found(read.get_speaker(conn, speaker_id, bucket=bucket or None, cursor=cursor,
                                    limit=limit), "speaker", speaker_id)
    record["statements"] = page_json(request, record["statements"])
    return record


@router.get("/articles", response_model=schemas.ArticlePage, responses=ERRORS)
def articles(request: Request, q: str | None = Query(None, description="Part of the title."),
             outlet: str | None = None, since: str | None = None, until: str | None = None,
             cursor: str | None = None, limit: int = 50,
             conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
    """List articles, newest first."""
    page = read.list_articles(conn, q=q or None, outlet=outlet or None, since=since or None,
                              until=until or None, cursor=cursor, limit=limit)
    return page_json(request, page)


@router.get("/articles/{article_id}", response_model=schemas.ArticleOut, responses=ERRORS)
def article(article_id: int, conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
    """One article: text, metadata, every statement with its spans, cue and mention."""
    return found(read.get_article(conn, article_id), "article", article_id)


@router.get("/export.csv", response_class=StreamingResponse, responses=ERRORS)
def export_csv(request: Request, filters: dict = Depends(search_filters),
               conn: sqlite3.Connection = Depends(get_conn)) -> StreamingResponse:
    """Every statement a search matches, as CSV, streamed (no cap)."""
    read.search_statements(conn, limit=1, count=False, **filters)  # bad filters: 400 before streaming
    rows = _stream_rows(request, filters)
    return StreamingResponse(_csv_chunks(rows), media_type="text/csv; charset=utf-8",
                             headers=_attachment("statements.csv"))


@router.get("/export.jsonl", response_class=StreamingResponse, responses=ERRORS)
def export_jsonl(request: Request, filters: dict = Depends(search_filters),
                 conn: sqlite3.Connection = Depends(get_conn)) -> StreamingResponse:
    """Every statement a search matches, as JSON Lines, streamed (no cap)."""
    read.search_statements(conn, limit=1, count=False, **filters)
    rows = _stream_rows(request, filters)
    return StreamingResponse(_jsonl_chunks(rows), media_type="application/x-ndjson",
                             headers=_attachment("statements.jsonl"))


@router.post("/articles", response_model=schemas.UploadOut,
             responses={401: {"model": schemas.ErrorOut}, 403: {"model": schemas.ErrorOut}})
def upload(request: Request, authorization: str | None = Header(None),
           articles: list[schemas.ArticleIn] = Body(..., max_length=MAX_UPLOAD)) -> dict[str, Any]:
    """Ingest uploaded articles. Off unless the server runs with --allow-write; needs
    ``Authorization: Bearer TOKEN``."""
    check_write_access(request, authorization)
    items = [a.model_dump(exclude_none=True) for a in articles]
    for i, item in enumerate(items):
        if not (item.get("text") or item.get("html")):
            raise error("E062", name=f"articles[{i}]", value=item.get("id"), detail="give text or html")
    return request.app.state.ingest(items)


def check_write_access(request: Request, authorization: str | None) -> None:
    """Raise E061 (403) when writing is off, E064 (401) without the right token."""
    state = request.app.state
    if state.read_only or state.ingest is None:
        raise error("E061")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(token.encode(), state.write_token.encode()):
        raise error("E064")


def _stream_rows(request: Request, filters: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Rows of the export on a connection of their own, open as long as the stream is."""
    db_path = request.app.state.db_path

    def rows() -> Iterator[dict[str, Any]]:
        conn = connect(db_path)
        try:
            yield from read.iter_statements(conn, **filters)
        finally:
            conn.close()

    return rows()


# a cell starting with one of these is run as a formula by spreadsheets
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(value: Any) -> Any:
    """Quote a text cell that a spreadsheet would take for a formula (a leading ')."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_chunks(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for n, row in enumerate(rows, 1):
        writer.writerow({k: _csv_safe(v) for k, v in row.items()})
        if n % EXPORT_BATCH == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl_chunks(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    lines = []
    for row in rows:
        row.pop("matches", None)
        lines.append(json.dumps(row, ensure_ascii=False) + "\n")
        if len(lines) == EXPORT_BATCH:
            yield "".join(lines)
            lines = []
    yield "".join(lines)


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}
