"""The HTML pages, one route per page; each page's context is also served as JSON.

``/speakers/3`` renders ``speaker.html``; ``/speakers/3.json`` returns the very context
the template got, so what a page shows can be checked (and scripted) as data.
"""
from __future__ import annotations

import sqlite3
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

from ..errors import OnrecordError
from ..records import ACTS, KINDS, SPEAKER_TYPES
from ..store import read
from .api import found, next_url
from .chart import timeline_chart
from .deps import get_conn, search_filters
from .marks import article_segments, highlight_segments

router = APIRouter(include_in_schema=False)

SORT_LABELS = {"": "newest first", "relevance": "relevance (best match first)",
               "date": "oldest first", "outlets": "most outlets first"}


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    """The page as HTML, or its context as JSON when the path ends in ``.json``."""
    if request.url.path.endswith(".json"):
        return JSONResponse(jsonable_encoder(context), status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, template, {**context, "read_only": request.app.state.read_only},
                                      status_code=status)


def outlets(request: Request, conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The outlets of the filter forms, recounted only when articles were added
    (counting them takes tens of ms on a large store, on every search page)."""
    version = read.data_version(conn)
    cached = getattr(request.app.state, "outlets", None)
    if cached is None or cached[0] != version:
        cached = request.app.state.outlets = (version, read.list_outlets(conn))
    return cached[1]


def with_highlights(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``segments`` (text pieces, matched or not) to statement rows for the template."""
    for item in items:
        item["segments"] = highlight_segments(item["text"], item["matches"])
    return items


@router.get("/")
@router.get("/search")
@router.get("/search.json")
def search_page(request: Request, filters: dict = Depends(search_filters),
                cursor: str | None = None, limit: int = Query(50),
                conn: sqlite3.Connection = Depends(get_conn)) -> Response:
    """Full-text search over statements with filters, sorting and pages.

    A bad query or filter shows the form again with the message (HTTP 400), so that
    the user can correct it in place.
    """
    problem, status = None, 200
    try:
        page = read.search_statements(conn, cursor=cursor, limit=limit, **filters)
    except OnrecordError as exc:
        if request.url.path.endswith(".json"):
            raise
        problem, status, page = str(exc), 400, read.Page(items=[])
    with_highlights(page.items)
    query = urlencode(filters)
    context = {"title": f"Search: {filters['q']}" if filters.get("q") else "Statements",
               "error": problem,
               "filters": filters, "page": page, "next_url": next_url(request, page.next_cursor),
               "first_url": "/search" + (f"?{query}" if query else "") if cursor else None,
               "export_csv": f"/api/export.csv?{query}", "export_jsonl": f"/api/export.jsonl?{query}",
               "outlets": outlets(request, conn), "kinds": KINDS, "acts": ACTS,
               "speaker_types": SPEAKER_TYPES, "sorts": SORT_LABELS}
    return render(request, "search.html", context, status)


@router.get("/speakers")
@router.get("/speakers.json")
def speakers_page(request: Request, q: str | None = None, speaker_type: str | None = None,
                  sort: str = "statements", cursor: str | None = None, limit: int = Query(50),
                  conn: sqlite3.Connection = Depends(get_conn)) -> Response:
    """Every speaker, most quoted first."""
    page = read.list_speakers(conn, q=q or None, speaker_type=speaker_type or None, sort=sort,
                              cursor=cursor, limit=limit)
    context = {"title": "Speakers", "q": q or "", "speaker_type": speaker_type or "", "sort": sort,
               "page": page, "next_url": next_url(request, page.next_cursor),
               "speaker_types": SPEAKER_TYPES}
    return render(request, "speakers.html", context)


@router.get("/speakers/{speaker_id:int}")
@router.get("/speakers/{speaker_id:int}.json")
def speaker_page(request: Request, speaker_id: int, bucket: str | None = None,
                 cursor: str | None = None, limit: int = Query(50),
                 conn: sqlite3.Connection = Depends(get_conn)) -> Response:
    """A speaker: names, roles, counts, timeline chart, outlets, subjects, statements."""
    speaker = found(read.get_speaker(conn, speaker_id, bucket=bucket or None, cursor=cursor,
                                     limit=limit), "speaker", speaker_id)
    with_highlights(speaker["statements"].items)
    context = {"title": speaker["name"], "speaker": speaker,
               "chart": timeline_chart(speaker["timeline"]),
               "next_url": next_url(request, speaker["statements"].next_cursor),
               "search_url": "/search?" + urlencode({"speaker_id": speaker_id})}
    return render(request, "speaker.html", context)


@router.get("/articles")
@router.get("/articles.json")
def articles_page(request: Request, q: str | None = None, outlet: str | None = None,
                  since: str | None = None, until: str | None = None, cursor: str | None = None,
                  limit: int = Query(50), conn: sqlite3.Connection = Depends(get_conn)) -> Response:
    """Every article, newest first."""
    page = read.list_articles(conn, q=q or None, outlet=outlet or None, since=since or None,
                              until=until or None, cursor=cursor, limit=limit)
    context = {"title": "Articles", "q": q or "", "outlet": outlet or "", "since": since or "",
               "until": until or "", "page": page, "next_url": next_url(request, page.next_cursor),
               "outlets": outlets(request, conn)}
    return render(request, "articles.html", context)


@router.get("/articles/{article_id:int}")
@router.get("/articles/{article_id:int}.json")
def article_page(request: Request, article_id: int,
                 conn: sqlite3.Connection = Depends(get_conn)) -> Response:
    """An article's text with every statement marked, its metadata and source link."""
    article = found(read.get_article(conn, article_id), "article", article_id)
    context = {"title": article["title"] or article["ext_id"], "article": article,
               "segments": article_segments(article["text"], article["occurrences"]),
               "source_url": safe_url(article["url"] or article["canonical_url"])}
    return render(request, "article.html", context)


@router.get("/statements/{statement_id:int}")
@router.get("/statements/{statement_id:int}.json")
def statement_page(request: Request, statement_id: int,
                   conn: sqlite3.Connection = Depends(get_conn)) -> Response:
    """A statement with every outlet and article that carried it, first seen first."""
    statement = found(read.get_statement(conn, statement_id), "statement", statement_id)
    for occurrence in statement["occurrences"]:
        occurrence["safe_url"] = safe_url(occurrence["url"])
    context = {"title": statement["text"][:80], "statement": statement}
    return render(request, "statement.html", context)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is http(s), else None: a stored ``javascript:`` URL is never a link."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None
