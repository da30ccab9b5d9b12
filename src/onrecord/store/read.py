"""The query layer of the store: plain functions over a ``sqlite3.Connection``.

The web app (``onrecord.serve``) and the CLI (``onrecord quotes/speakers/articles/show``)
both read the store through this module only, so both answer the same question the
same way. Every query is parameterised; user text never becomes SQL.

Lists are paged by keyset: a page carries an opaque ``next_cursor`` (the sort key of
its last row), and the next page starts strictly after it. Unlike OFFSET, this costs the
same on page 1000 as on page 1, and a row inserted meanwhile cannot shift a page.

Errors: a malformed full-text query raises E060, a bad filter value E062, a cursor
from another search E063 (all ``OnrecordError``; the web app maps them to HTTP 400).
"""
from __future__ import annotations

import base64
import json
import math
import re
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterator

from ..errors import error
from ..records import ACTS, KINDS, SPEAKER_TYPES
from .identity import fold, name_tokens

SORTS: tuple[str, ...] = ("relevance", "-date", "date", "outlets")
MAX_LIMIT = 1000
# Counting stops here: an exact count of a million rows would cost more than the page.
COUNT_CAP = 10_000
# ... and within this time: past it the count is a lower bound ("4,500+"), so that a
# count never costs more than the page it describes.
COUNT_SECONDS = 0.02
CHECK_STEPS = 10_000  # SQLite steps between two looks at the clock (see _time_limit)
# A full-text query with at least this many matches (more on large stores) is answered
# by walking the statements in the page's order instead of sorting all its matches,
# with the set of matches in memory up to MATCH_SET_MAX of them (see ``_plan``).
DENSE_MATCHES = 1_000
MATCH_SET_MAX = 40_000
# ... unless the walk takes longer than this: the matches then cluster away from the
# start of the order (a word of one season), and sorting them is cheaper.
WALK_SECONDS = 0.15
# The outlets, subjects and articles of a speaker are counted over at most this many
# of their latest statements (see ``get_speaker``).
SPEAKER_BASIS = 2_000
# Control characters cannot occur in article text after normalisation, and the
# highlight is checked against the stored text anyway (see ``_matches``).
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# SQLite integers are 64-bit: a larger id from a URL or a cursor names no row, and
# binding it would raise OverflowError
INT_MIN, INT_MAX = -(2 ** 63), 2 ** 63 - 1
# FTS5 syntax a user may type on purpose; plain words are quoted one by one instead.
_FTS_SYNTAX = re.compile(r'["*^():{}+]|\b(AND|OR|NOT|NEAR)\b')


@dataclass(slots=True)
class Page:
    """One page of a list.

    items (list[dict]): the rows, shaped as the function that made the page documents.
    next_cursor (str | None): pass it back as ``cursor`` for the next page; None on the last.
    total (int | None): the number of matching rows, counted up to ``COUNT_CAP``;
        None when not counted.
    total_exact (bool): False when there are more than ``total`` rows (the count stopped).
    """

    items: list[dict[str, Any]]
    next_cursor: str | None = None
    total: int | None = None
    total_exact: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"items": self.items, "next_cursor": self.next_cursor,
                "total": self.total, "total_exact": self.total_exact}


@dataclass(slots=True)
class _Query:
    """The FROM and WHERE of a list query, built up filter by filter."""

    select: str
    joins: str
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.where.append(clause)
        self.params.extend(params)

    def sql(self, extra: list[str] | tuple[str, ...] = (), order: str = "",
            select: str | None = None) -> str:
        where = " AND ".join([*self.where, *extra]) or "1"
        return f"SELECT {select or self.select} FROM {self.joins} WHERE {where} {order}"


@dataclass(frozen=True, slots=True)
class _Key:
    """A sort order: a key expression, its direction, and whether it can be NULL.

    Rows whose key is NULL come last in either direction (a second "segment" of the
    keyset), so that undated statements never hide dated ones.
    """

    name: str
    expr: str
    desc: bool
    nullable: bool


_STATEMENT_KEYS = {
    "-date": _Key("-date", "s.first_published", True, True),
    "date": _Key("date", "s.first_published", False, True),
    "relevance": _Key("relevance", "statements_fts.rank", False, False),
    "outlets": _Key("outlets", "s.n_outlets", True, False),
}

_STATEMENT_COLUMNS = """s.id, s.text, s.speaker_id, s.speaker_name, s.speaker_type, s.kind, s.act,
    s.first_published, s.first_article_id, s.n_occurrences, s.n_outlets,
    a.outlet AS first_outlet, a.title AS first_title, a.url AS first_url"""


# ---------------------------------------------------------------------------
# statements


def search_statements(conn: sqlite3.Connection, *, q: str | None = None,
                      speaker: str | None = None, speaker_id: int | None = None,
                      outlet: str | None = None, since: str | None = None,
                      until: str | None = None, kind: str | None = None,
                      act: str | None = None, speaker_type: str | None = None,
                      sort: str | None = None, cursor: str | None = None,
                      limit: int = 50, count: bool = True) -> Page:
    """Search statements by words and filters, one page at a time.

    q (str | None): full-text query. Plain words must all occur (porter stemming, so
        "warn" finds "warned"); FTS5 syntax ("exact phrase", OR, NOT, NEAR, prefix*) is
        used as typed when present. Malformed syntax raises E060.
    speaker (str | None): a speaker's name or any alias, case-insensitive ("Aliyev");
        when no name matches exactly, any speaker whose name or alias contains it.
    speaker_id (int | None): one speaker by id.
    outlet (str | None): statements carried by this outlet (any of their occurrences).
    since, until (str | None): "YYYY", "YYYY-MM" or "YYYY-MM-DD", inclusive, on the
        date the statement was first published.
    kind, act, speaker_type (str | None): one of ``records.KINDS``, ``ACTS``,
        ``SPEAKER_TYPES``.
    sort (str | None): "-date" (newest first, the default), "date" (oldest first),
        "outlets" (most outlets first) or "relevance" (bm25; needs q, else -date).
        Relevance ranks every match, so it is slower for very common words (hundreds of
        ms for 100,000 matches); the date orders stay fast whatever the words.
    cursor (str | None): ``next_cursor`` of the previous page.
    limit (int): rows per page, 1 to ``MAX_LIMIT``.
    count (bool): also count the matching rows (up to ``COUNT_CAP`` and within
        ``COUNT_SECONDS``; ``total_exact`` is False when the count stopped early).
    RETURNS (Page): items are dicts {id, text, speaker_id, speaker_name, speaker_type,
        kind, act, first_published, first_article_id, n_occurrences, n_outlets,
        first_outlet, first_title, first_url, matches}; ``matches`` lists the
        [start, end] offsets in ``text`` of the words the query matched (empty without q).
    """
    limit = _check_limit(limit)
    key = _STATEMENT_KEYS[_statement_sort(sort, q)]
    filters = dict(q=q, speaker=speaker, speaker_id=speaker_id, outlet=outlet, since=since,
                   until=until, kind=kind, act=act, speaker_type=speaker_type)
    with _fts_errors(q):
        # two steps: the ids of the page in order (cheap to sort), then the columns and
        # highlights of those rows only (highlight() per match would cost more than all)
        page, n_matches = _statement_ids_page(conn, filters, key, cursor, limit)
        page.items = _statement_items(conn, page.items, q)
        if count:
            page.total, page.total_exact = _count_statements(conn, filters, page, cursor, n_matches)
    return page


def _statement_ids_page(conn: sqlite3.Connection, filters: dict[str, Any], key: _Key,
                        cursor: str | None, limit: int) -> tuple[Page, int | None]:
    """The ids of one page of a search, by the plan that suits its words (``_plan``).

    RETURNS (Page, int | None): the page (items are ids), and the number of matches
        of the words when known exactly.
    """
    plan, matches, n_matches = _plan(conn, filters.get("q"), key, limit)
    query = _statement_query(conn, plan=plan, **filters)
    if plan in ("set", "probe"):
        try:
            with _time_limit(conn, WALK_SECONDS):
                return _keyset_page(conn, query, key, cursor, limit, _row_id, keep=matches), n_matches
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc):
                raise
        # the matches are not spread over time as walking assumes (the word of one
        # season, read newest first): sort them all instead
        query = _statement_query(conn, plan="fts", **filters)
    return _keyset_page(conn, query, key, cursor, limit, _row_id), n_matches


def iter_statements(conn: sqlite3.Connection, *, sort: str | None = None,
                    **filters: Any) -> Iterator[dict[str, Any]]:
    """Yield every statement a search matches, in order, without a cap (for export).

    filters: the filters of ``search_statements`` (q, speaker, speaker_id, outlet,
        since, until, kind, act, speaker_type).
    sort (str | None): as in ``search_statements``.
    YIELDS (dict): the rows of ``search_statements`` items. Rows are read lazily, so a
        million statements stream in constant memory.
    """
    q = filters.get("q")
    key = _STATEMENT_KEYS[_statement_sort(sort, q)]
    with _fts_errors(q):
        query = _statement_query(conn, plan="fts" if q and q.strip() else "", full=True, **filters)
        for segment in _segments(key):
            rows = _execute(conn, query.sql([segment], _order(key)), query.params)
            for row in rows:
                yield _statement_row(row)


def get_statement(conn: sqlite3.Connection, statement_id: int) -> dict[str, Any] | None:
    """One statement with every article that carried it, first seen first.

    RETURNS (dict | None): None when there is no such statement; else {id, text,
        speaker_id, speaker_name, speaker_type, kind, act, first_published,
        first_article_id, n_occurrences, n_outlets, first_outlet, first_title,
        first_url, matches: [], about: [str], occurrences: [{id, article_id, outlet,
        title, published, url, start, end, spans: [[s, e]], text, kind, act, cue,
        mention, addressee: {text, span} | None, occasion, role, confidence, headline}]}.
        Occurrences are ordered by the article's publication date (undated last), then
        by article id.
    """
    if not _is_int64(statement_id):
        return None
    row = _execute(conn,
        f"SELECT {_STATEMENT_COLUMNS} FROM statements s "
        "LEFT JOIN articles a ON a.id = s.first_article_id WHERE s.id = ?",
        (statement_id,)).fetchone()
    if row is None:
        return None
    statement = _statement_row(row)
    statement["about"] = [r[0] for r in _execute(conn,
        "SELECT name FROM statement_about WHERE statement_id = ? ORDER BY name", (statement_id,))]
    rows = _execute(conn,
        "SELECT o.*, a.outlet, a.title, a.published, a.url FROM occurrences o "
        "JOIN articles a ON a.id = o.article_id WHERE o.statement_id = ? "
        "ORDER BY a.published IS NULL, a.published, a.id, o.start", (statement_id,))
    statement["occurrences"] = [_occurrence_row(r) for r in rows]
    return statement


# ---------------------------------------------------------------------------
# speakers


def get_speaker(conn: sqlite3.Connection, speaker_id: int, *, bucket: str | None = None,
                cursor: str | None = None, limit: int = 50,
                top: int = 10) -> dict[str, Any] | None:
    """One speaker: names, roles, counts, timeline, outlets, subjects and statements.

    bucket (str | None): "day" or "week" for the timeline; by default "day" when the
        statements span at most 90 days, else "week".
    cursor, limit: page through the speaker's statements (newest first).
    top (int): how many outlets and subjects to list.
    RETURNS (dict | None): None when there is no such speaker; else {id, name, type,
        roles: [str], aliases: [str], n_statements, n_articles, first_published,
        last_published, timeline: {bucket, points: [{period, count}]} (periods are
        "YYYY-MM-DD", the day or the Monday of the week; periods without statements
        are absent), top_outlets: [{outlet, count}] (distinct statements),
        about: [{name, count, speaker_id | None}], basis: {latest, of},
        statements: Page (as ``search_statements``)}. ``n_articles``, ``top_outlets``
        and ``about`` are counted over the speaker's ``basis["latest"]`` latest
        statements (all of them up to ``SPEAKER_BASIS``), so that the page of a speaker
        quoted 50,000 times costs what a page of one quoted 2,000 times does; the
        count and the timeline cover every statement.
    """
    if not _is_int64(speaker_id):
        return None
    row = _execute(conn, "SELECT id, name, type, roles FROM speakers WHERE id = ?",
                       (speaker_id,)).fetchone()
    if row is None:
        return None
    speaker = {"id": row[0], "name": row[1], "type": row[2], "roles": _json_list(row[3])}
    speaker["aliases"] = [r[0] for r in _execute(conn,
        "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias", (speaker_id,))]
    n, first, last = _execute(conn,
        "SELECT count(*), min(first_published), max(first_published) FROM statements "
        "WHERE speaker_id = ?", (speaker_id,)).fetchone()
    speaker.update(n_statements=n, first_published=first, last_published=last,
                   basis={"latest": min(n, SPEAKER_BASIS), "of": n})
    speaker["timeline"] = _timeline(conn, speaker_id, bucket or _auto_bucket(first, last))
    speaker["n_articles"] = _execute(conn,
        f"SELECT count(DISTINCT o.article_id) FROM ({_latest()}) r "
        "JOIN occurrences o ON o.statement_id = r.id", (speaker_id,)).fetchone()[0]
    speaker["top_outlets"] = _top_outlets(conn, speaker_id, top)
    speaker["about"] = _about(conn, speaker_id, top)
    speaker["statements"] = search_statements(conn, speaker_id=speaker_id, sort="-date",
                                              cursor=cursor, limit=limit, count=False)
    speaker["statements"].total = n
    return speaker


def list_speakers(conn: sqlite3.Connection, *, q: str | None = None,
                  speaker_type: str | None = None, sort: str = "statements",
                  cursor: str | None = None, limit: int = 50) -> Page:
    """List speakers, most quoted first (or by name).

    q (str | None): part of the name or of any alias, case-insensitive.
    speaker_type (str | None): one of ``records.SPEAKER_TYPES``.
    sort (str): "statements" (most first) or "name".
    RETURNS (Page): items are {id, name, type, roles: [str], n_statements}.
    """
    limit = _check_limit(limit)
    keys = {"statements": _Key("statements", "sp.n_statements", True, False),
            "name": _Key("name", "sp.name", False, False)}
    if sort not in keys:
        raise error("E062", name="sort", value=sort, detail="use " + " or ".join(keys))
    query = _Query("sp.id, sp.name, sp.type, sp.roles, sp.n_statements", "speakers sp")
    if q:
        like = f"%{_escape_like(q.strip())}%"
        query.add("(sp.name LIKE ? ESCAPE '\\' OR sp.id IN (SELECT speaker_id FROM "
                  "speaker_aliases WHERE alias LIKE ? ESCAPE '\\'))", like, like)
    if speaker_type:
        query.add("sp.type = ?", _check_choice("speaker_type", speaker_type, SPEAKER_TYPES))

    def shape(r: sqlite3.Row) -> dict[str, Any]:
        return {"id": r[0], "name": r[1], "type": r[2], "roles": _json_list(r[3]),
                "n_statements": r[4]}

    page = _keyset_page(conn, query, keys[sort], cursor, limit, shape, id_expr="sp.id")
    page.total, page.total_exact = _count(conn, query)
    return page


def find_speakers(conn: sqlite3.Connection, name: str) -> list[int]:
    """The ids of the speakers called ``name`` (their name or an alias, any case).

    When no name matches exactly, the speakers whose name or alias contains ``name``.
    RETURNS (list[int]): speaker ids, possibly empty.
    """
    name = " ".join(name.split())
    norm = " ".join(name_tokens(name))
    exact = [r[0] for r in _execute(conn,
        "SELECT id FROM speakers WHERE norm = ? OR name = ? COLLATE NOCASE "
        "UNION SELECT speaker_id FROM speaker_aliases WHERE norm = ? OR alias = ? COLLATE NOCASE",
        (norm, name, fold(name), name))]
    if exact:
        return exact
    like = f"%{_escape_like(name)}%"
    return [r[0] for r in _execute(conn,
        "SELECT id FROM speakers WHERE name LIKE ? ESCAPE '\\' "
        "UNION SELECT speaker_id FROM speaker_aliases WHERE alias LIKE ? ESCAPE '\\'",
        (like, like))]


# ---------------------------------------------------------------------------
# articles


def get_article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """One article with its text, metadata, statements as they occur in it, and speakers.

    RETURNS (dict | None): None when there is no such article; else {id, key, ext_id,
        source, url, canonical_url, title, outlet, published, authors: [str], language,
        status, text, n_statements, story_id, ingested_at,
        occurrences: [{id, statement_id, start, end, spans: [[s, e]], text, kind, act,
        cue: {text, span} | None, mention: {text, span} | None, addressee, occasion,
        role, confidence, headline, speaker_id, speaker_name, speaker_type}] in text order,
        speakers: [{id, name, type, count}] most statements first,
        copies: [{id, outlet, title, published}] (other articles of the same story)}.
        Spans are character offsets into ``text``.
    """
    if not _is_int64(article_id):
        return None
    row = _execute(conn, "SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    article = {k: row[k] for k in row.keys()}
    article["authors"] = _json_list(article.get("authors"))
    article.pop("content_hash", None)
    rows = _execute(conn,
        "SELECT o.*, s.speaker_id, s.speaker_name, s.speaker_type FROM occurrences o "
        "JOIN statements s ON s.id = o.statement_id WHERE o.article_id = ? "
        "ORDER BY o.start, o.end", (article_id,))
    article["occurrences"] = occurrences = []
    for r in rows:
        occurrence = _occurrence_row(r)
        occurrence.update(speaker_id=r["speaker_id"], speaker_name=r["speaker_name"],
                          speaker_type=r["speaker_type"])
        occurrences.append(occurrence)
    article["speakers"] = _article_speakers(occurrences)
    copies = _execute(conn,
        "SELECT id, outlet, title, published FROM articles WHERE story_id = ? AND id != ? "
        "ORDER BY published IS NULL, published, id", (row["story_id"], article_id))
    article["copies"] = [{k: r[k] for k in r.keys()} for r in copies]
    return article


def find_article(conn: sqlite3.Connection, ref: str | int) -> int | None:
    """The id of the article that ``ref`` names: its input key, its id string, its URL,
    or its database id (a number). RETURNS (int | None): None when nothing matches."""
    ref = str(ref)
    for column in ("key", "ext_id", "url", "canonical_url"):
        row = _execute(conn, f"SELECT id FROM articles WHERE {column} = ? ORDER BY id LIMIT 1",
                           (ref,)).fetchone()
        if row:
            return row[0]
    if ref.isascii() and ref.isdigit() and _is_int64(int(ref)):
        row = _execute(conn, "SELECT id FROM articles WHERE id = ?", (int(ref),)).fetchone()
        return row[0] if row else None
    return None


def list_articles(conn: sqlite3.Connection, *, q: str | None = None,
                  outlet: str | None = None, since: str | None = None,
                  until: str | None = None, cursor: str | None = None,
                  limit: int = 50) -> Page:
    """List articles, newest first (undated last).

    q (str | None): part of the title, case-insensitive.
    outlet, since, until: as in ``search_statements``, on the article's own date.
    RETURNS (Page): items are {id, ext_id, title, outlet, published, url, language,
        status, n_statements}.
    """
    limit = _check_limit(limit)
    query = _Query("a.id, a.ext_id, a.title, a.outlet, a.published, a.url, a.language, "
                   "a.status, a.n_statements", "articles a")
    if q:
        query.add("a.title LIKE ? ESCAPE '\\'", f"%{_escape_like(q.strip())}%")
    if outlet:
        query.add("a.outlet = ?", outlet)
    _add_dates(query, "a.published", since, until)
    columns = ("id", "ext_id", "title", "outlet", "published", "url", "language", "status",
               "n_statements")
    page = _keyset_page(conn, query, _Key("-date", "a.published", True, True), cursor, limit,
                        lambda r: dict(zip(columns, r)), id_expr="a.id")
    page.total, page.total_exact = _count(conn, query)
    return page


def data_version(conn: sqlite3.Connection) -> tuple[int, int]:
    """A value that changes when articles or statements are added (their highest ids),
    for caching what is costly to recount. RETURNS (int, int)."""
    row = _execute(conn, "SELECT (SELECT max(id) FROM articles), (SELECT max(id) FROM statements)").fetchone()
    return row[0] or 0, row[1] or 0


def list_outlets(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every outlet with its number of articles, most first. RETURNS [{outlet, count}]."""
    return [{"outlet": r[0], "count": r[1]} for r in _execute(conn,
        "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL "
        "GROUP BY outlet ORDER BY count(*) DESC, outlet")]


# ---------------------------------------------------------------------------
# building queries


def _statement_sort(sort: str | None, q: str | None) -> str:
    if sort is None or sort == "":
        return "-date"
    if sort not in SORTS:
        raise error("E062", name="sort", value=sort, detail="use one of " + ", ".join(SORTS))
    if sort == "relevance" and not (q and q.strip()):
        return "-date"  # nothing to rank by: newest first is the useful order
    return sort


def _plan(conn: sqlite3.Connection, q: str | None, key: _Key,
          limit: int) -> tuple[str, frozenset[int] | None, int | None]:
    """How to apply the full-text query, by how many statements it matches.

    1. "fts" (few matches, or an order without an index): start from the matches and
       sort them all; each costs a row read (a few µs).
    2. "set" (many matches): read the ids of every match from the index (under a µs
       each), then walk the statements in the page's order (an index) and keep
       those in the set: the page is found after about limit / (share that matches)
       rows.
    3. "probe" (more than ``MATCH_SET_MAX``): walk the same way, but test each row
       against the query (tens of µs a row) rather than building a huge set.
    Sorting and walking cost the same near sqrt(limit * statements / 4) matches.
    The query is evaluated once, up to ``MATCH_SET_MAX`` matches (a phrase costs).
    RETURNS (str, frozenset | None, int | None): the plan ("" without q), the set of
        the "set" plan, and the number of matches when known exactly.
    """
    if not (q and q.strip()):
        return "", None, None
    if key.name not in ("-date", "date"):
        return "fts", None, None  # only the date orders have an index to walk
    # the ids as one string rather than one row each: a third of the time in Python
    n, ids = _execute(conn, "SELECT count(*), group_concat(rowid) FROM (SELECT rowid FROM "
                      "statements_fts WHERE statements_fts MATCH ? LIMIT ?)",
                      (fts_query(q.strip()), MATCH_SET_MAX)).fetchone()
    if n >= MATCH_SET_MAX:
        return "probe", None, None
    if n < _dense_threshold(conn, limit):
        return "fts", None, n
    return "set", frozenset(map(int, ids.split(","))), n


def _dense_threshold(conn: sqlite3.Connection, limit: int) -> int:
    """The number of matches from which walking beats sorting (see ``_plan``)."""
    n_statements = _execute(conn, "SELECT max(rowid) FROM statements").fetchone()[0] or 0
    return max(DENSE_MATCHES, int(math.sqrt((limit + 1) * n_statements / 4)))


def _fts_count(conn: sqlite3.Connection, q: str, cap: int) -> int:
    """The number of statements ``q`` matches, counting up to ``cap`` (cheap: no row reads)."""
    return _execute(conn, "SELECT count(*) FROM (SELECT 1 FROM statements_fts WHERE statements_fts "
                    "MATCH ? LIMIT ?)", (fts_query(q.strip()), cap)).fetchone()[0]


def _statement_query(conn: sqlite3.Connection, *, plan: str, full: bool = False,
                     q: str | None = None, speaker: str | None = None,
                     speaker_id: int | None = None, outlet: str | None = None,
                     since: str | None = None, until: str | None = None,
                     kind: str | None = None, act: str | None = None,
                     speaker_type: str | None = None) -> _Query:
    """The statements a search matches: only their ids, or (``full``) every column."""
    select = _STATEMENT_COLUMNS if full else "s.id AS id"
    joins = "statements s"
    if plan == "fts":
        joins = "statements_fts JOIN statements s ON s.id = statements_fts.rowid"
    if full:
        joins += " LEFT JOIN articles a ON a.id = s.first_article_id"
    query = _Query(select, joins)
    if plan == "fts":
        query.add("statements_fts MATCH ?", fts_query(q.strip()))
    elif plan == "probe":
        # correlated, so that each row is one cheap lookup; "s.id IN (SELECT ...)" would
        # build the whole set of matches first
        query.add("EXISTS (SELECT 1 FROM statements_fts WHERE statements_fts MATCH ? "
                  "AND statements_fts.rowid = s.id)", fts_query(q.strip()))
    if speaker_id is not None:
        query.add("s.speaker_id = ?", _check_int("speaker_id", speaker_id))
    if speaker and speaker.strip():
        ids = find_speakers(conn, speaker)
        query.add(f"s.speaker_id IN ({','.join('?' * len(ids)) or 'NULL'})", *ids)
    if outlet:
        query.add("EXISTS (SELECT 1 FROM occurrences o JOIN articles oa ON oa.id = o.article_id "
                  "WHERE o.statement_id = s.id AND oa.outlet = ?)", outlet)
    _add_dates(query, "s.first_published", since, until)
    for name, value, choices in (("kind", kind, KINDS), ("act", act, ACTS),
                                 ("speaker_type", speaker_type, SPEAKER_TYPES)):
        if value:
            query.add(f"s.{name} = ?", _check_choice(name, value, choices))
    return query


def fts_query(q: str) -> str:
    """The FTS5 query for what a user typed.

    Plain words are quoted one by one (so "U.S." or "don't" cannot be a syntax error)
    and must all occur; text with FTS5 syntax (double quotes, OR/AND/NOT/NEAR, *, ^,
    parentheses, column filters) is passed as typed, and may raise E060 when run.
    """
    if _FTS_SYNTAX.search(q):
        return q
    return " ".join('"' + word.replace('"', '""') + '"' for word in q.split())


def _add_dates(query: _Query, column: str, since: str | None, until: str | None) -> None:
    # Dates are ISO strings, so a prefix compares correctly: until "2020-10" must
    # include "2020-10-31", hence the upper bound on the prefix + "\uffff".
    if since:
        query.add(f"{column} >= ?", _check_date("since", since))
    if until:
        query.add(f"{column} <= ?", _check_date("until", until) + "\uffff")


def _segments(key: _Key) -> list[str]:
    if not key.nullable:
        return ["1"]
    return [f"{key.expr} IS NOT NULL", f"{key.expr} IS NULL"]


def _order(key: _Key, id_expr: str = "s.id") -> str:
    direction = "DESC" if key.desc else "ASC"
    return f"ORDER BY {key.expr} {direction}, {id_expr} {direction}"


def _keyset_page(conn: sqlite3.Connection, query: _Query, key: _Key, cursor: str | None,
                 limit: int, shape: Any, *, id_expr: str = "s.id",
                 keep: frozenset[int] | None = None) -> Page:
    """Fetch one page after ``cursor`` in ``key`` order (NULL keys in a last segment).

    keep: the ids to keep, tested here rather than in SQL (the "set" plan); rows are
        then read in batches, as plain tuples (fast), until the page is full.
    """
    segment, after = (0, None) if cursor is None else _decode_cursor(cursor, key)
    comparison = "<" if key.desc else ">"
    rows: list[tuple[int, sqlite3.Row]] = []
    segments = _segments(key)
    while segment < len(segments) and len(rows) <= limit:
        extra = [segments[segment]]
        params = list(query.params)
        if after is not None:
            if segment == 0:
                extra.append(f"({key.expr}, {id_expr}) {comparison} (?, ?)")
                params += after
            else:
                extra.append(f"{id_expr} {comparison} ?")
                params.append(after[1])
        select = f"{query.select}, {key.expr} AS sort_key"
        sql = query.sql(extra, _order(key, id_expr), select=select)
        if keep is None:
            params.append(limit + 1 - len(rows))
            rows += [(segment, r) for r in _execute(conn, sql + " LIMIT ?", params)]
        else:
            found = conn.cursor()
            found.row_factory = None
            found.execute(sql, params)
            while len(rows) <= limit and (batch := found.fetchmany(512)):
                rows += [(segment, {"id": r[0], "sort_key": r[-1]}) for r in batch if r[0] in keep]
            found.close()
        segment, after = segment + 1, None
    next_cursor = None
    if len(rows) > limit:
        last_segment, last = rows[limit - 1]
        next_cursor = _encode_cursor(key, last_segment, last)
    return Page(items=[shape(r) for _, r in rows[:limit]], next_cursor=next_cursor)


def _count_statements(conn: sqlite3.Connection, filters: dict[str, Any], page: Page,
                      cursor: str | None, n_matches: int | None) -> tuple[int, bool]:
    """The count of a search: free when the first page holds every match, from the
    full-text index alone when words are the only filter, else counted from the
    matches (never by probing: that suits a page, not a count)."""
    if cursor is None and page.next_cursor is None:
        return len(page.items), True
    q = filters.get("q")
    others = [k for k, v in filters.items() if k != "q" and v not in (None, "")]
    if q and q.strip() and not others:
        n = n_matches if n_matches is not None else _fts_count(conn, q, COUNT_CAP + 1)
        return min(n, COUNT_CAP), n <= COUNT_CAP
    total, exact = _count(conn, _statement_query(conn, plan="fts" if q and q.strip() else "", **filters))
    return (total, True) if exact else (max(total, len(page.items)), False)


def _statement_items(conn: sqlite3.Connection, ids: list[int], q: str | None) -> list[dict[str, Any]]:
    """The rows of ``ids`` in that order, with the offsets of the words ``q`` matched."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {r["id"]: r for r in _execute(conn,
            f"SELECT {_STATEMENT_COLUMNS} FROM statements s LEFT JOIN articles a "
            f"ON a.id = s.first_article_id WHERE s.id IN ({marks})", ids)}
    marked: dict[int, str] = {}
    if q and q.strip():
        marked = {r[0]: r[1] for r in _execute(conn,
                  f"SELECT rowid, highlight(statements_fts, 0, '{_MARK_OPEN}', '{_MARK_CLOSE}') "
                  f"FROM statements_fts WHERE statements_fts MATCH ? AND rowid IN ({marks})",
                  [fts_query(q.strip()), *ids])}
    items = []
    for statement_id in ids:
        item = _statement_row(rows[statement_id])
        item["matches"] = _matches(marked.get(statement_id), item["text"])
        items.append(item)
    return items


def _count(conn: sqlite3.Connection, query: _Query) -> tuple[int, bool]:
    """Count the rows of ``query`` up to ``COUNT_CAP``, within ``COUNT_SECONDS``.

    RETURNS (int, bool): the count, and whether it is exact (False: "at least").
    """
    n = 0
    try:
        with _time_limit(conn, COUNT_SECONDS):
            rows = _execute(conn, f"{query.sql(select='1')} LIMIT {COUNT_CAP + 1}", query.params)
            while batch := rows.fetchmany(100):
                n += len(batch)
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        return min(n, COUNT_CAP), False
    return min(n, COUNT_CAP), n <= COUNT_CAP


@contextmanager
def _time_limit(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Interrupt the queries run inside after ``seconds``: they raise
    ``sqlite3.OperationalError("interrupted")``, even while SQLite searches long for
    the next row (it calls the handler every ``CHECK_STEPS`` steps)."""
    deadline = time.perf_counter() + seconds
    conn.set_progress_handler(lambda: time.perf_counter() > deadline, CHECK_STEPS)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


def _row_id(row: sqlite3.Row) -> int:
    return row["id"]


def _encode_cursor(key: _Key, segment: int, row: sqlite3.Row) -> str:
    value = row["sort_key"]
    raw = json.dumps([key.name, segment, value, row["id"]], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, key: _Key) -> tuple[int, list[Any]]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, segment, value, last_id = json.loads(raw)
        valid = (name == key.name and segment in (0, 1) and _is_int64(last_id)
                 and (segment == 0 or key.nullable) and _is_sort_value(value))
    except (ValueError, TypeError):
        valid = False
    if not valid:
        raise error("E063", cursor=cursor[:80])
    return segment, [value, last_id]


_DATABASE_FAILURES = ("locked", "busy", "disk", "no such table", "interrupted", "readonly",
                      "unable to open", "malformed")


@contextmanager
def _fts_errors(q: str | None) -> Iterator[None]:
    """Turn SQLite's complaints about a full-text query into E060.

    FTS5 reports bad syntax in several words ("fts5: syntax error", "unterminated
    string", "no such column"); anything but a database-level failure is the query's.
    """
    try:
        yield
    except sqlite3.OperationalError as exc:
        detail = str(exc)
        if q and not any(word in detail for word in _DATABASE_FAILURES):
            raise error("E060", query=q, detail=detail) from None
        raise


def _execute(conn: sqlite3.Connection, sql: str, params: Any = ()) -> sqlite3.Cursor:
    """Run ``sql`` on a cursor whose rows are ``sqlite3.Row``, whatever the connection's
    own row factory (the CLI and the web app open connections differently)."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql, params)


# ---------------------------------------------------------------------------
# checking values


def _check_limit(limit: Any) -> int:
    value = _check_int("limit", limit)
    if not 1 <= value <= MAX_LIMIT:
        raise error("E062", name="limit", value=limit, detail=f"use 1 to {MAX_LIMIT}")
    return value


def _check_int(name: str, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise error("E062", name=name, value=value, detail="expected a whole number") from None
    if not _is_int64(number):
        raise error("E062", name=name, value=value, detail=f"use a whole number up to {INT_MAX}")
    return number


def _is_int64(value: Any) -> bool:
    """True for an int that SQLite can store (64-bit, signed)."""
    return isinstance(value, int) and INT_MIN <= value <= INT_MAX


def _is_sort_value(value: Any) -> bool:
    """True for a sort key a cursor may carry: NULL, text, or a number SQLite can bind."""
    return value is None or isinstance(value, (str, float)) or _is_int64(value)


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise error("E062", name=name, value=value, detail="use one of " + ", ".join(choices))
    return value


def _check_date(name: str, value: str) -> str:
    """``value`` when it is a real date, month or year in ISO form; else E062."""
    text = value.strip()
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        date.fromisoformat((text + "-01-01")[:10])  # checks the month and the day
    except ValueError:
        raise error("E062", name=name, value=value,
                    detail="write dates as YYYY-MM-DD, YYYY-MM or YYYY") from None
    return text


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# ---------------------------------------------------------------------------
# shaping rows


def _statement_row(row: sqlite3.Row) -> dict[str, Any]:
    item = {k: row[k] for k in ("id", "text", "speaker_id", "speaker_name", "speaker_type",
                                "kind", "act", "first_published", "first_article_id",
                                "n_occurrences", "n_outlets", "first_outlet", "first_title",
                                "first_url")}
    item["matches"] = []
    return item


def _matches(marked: str | None, text: str) -> list[list[int]]:
    """The [start, end] offsets of highlight marks, or [] if they do not fit ``text``."""
    if not marked:
        return []
    spans, plain, start = [], [], None
    for char in marked:
        if char == _MARK_OPEN:
            start = len(plain)
        elif char == _MARK_CLOSE and start is not None:
            spans.append([start, len(plain)])
            start = None
        else:
            plain.append(char)
    return spans if "".join(plain) == text else []


def _occurrence_row(row: sqlite3.Row) -> dict[str, Any]:
    keys = row.keys()
    item = {"id": row["id"], "statement_id": row["statement_id"], "article_id": row["article_id"],
            "start": row["start"], "end": row["end"], "spans": _json_list(row["spans"]),
            "text": row["text"], "kind": row["kind"], "act": row["act"],
            "cue": _span(row, "cue"), "mention": _span(row, "mention"),
            "addressee": _span(row, "addressee"), "occasion": row["occasion"],
            "role": row["role"], "confidence": row["confidence"],
            "headline": bool(row["headline"])}
    for name in ("outlet", "title", "published", "url"):
        if name in keys:
            item[name] = row[name]
    return item


def _span(row: sqlite3.Row, name: str) -> dict[str, Any] | None:
    text, start, end = row[f"{name}_text"], row[f"{name}_start"], row[f"{name}_end"]
    if text is None:
        return None
    return {"text": text, "span": [start, end] if start is not None else None}


def _json_list(value: str | None) -> list[Any]:
    if not value:
        return []
    try:
        data = json.loads(value)
    except ValueError:
        return [value]
    return data if isinstance(data, list) else [data]


def _article_speakers(occurrences: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts: dict[Any, dict[str, Any]] = {}
    for o in occurrences:
        key = o["speaker_id"] if o["speaker_id"] is not None else ("name", o["speaker_name"])
        entry = counts.setdefault(key, {"id": o["speaker_id"], "name": o["speaker_name"],
                                        "type": o["speaker_type"], "count": 0})
        entry["count"] += 1
    return sorted(counts.values(), key=lambda e: (-e["count"], e["name"] or ""))


# ---------------------------------------------------------------------------
# speaker aggregates


def _latest() -> str:
    """SQL for the ids of a speaker's latest statements (``SPEAKER_BASIS`` of them),
    over which the costly aggregates are counted."""
    return ("SELECT id FROM statements WHERE speaker_id = ? "
            f"ORDER BY first_published DESC, id DESC LIMIT {int(SPEAKER_BASIS)}")


def _auto_bucket(first: str | None, last: str | None) -> str:
    if not first or not last:
        return "day"
    try:
        days = (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days
    except ValueError:
        return "week"
    return "day" if days <= 90 else "week"


def _timeline(conn: sqlite3.Connection, speaker_id: int, bucket: str) -> dict[str, Any]:
    if bucket not in ("day", "week"):
        raise error("E062", name="bucket", value=bucket, detail="use day or week")
    # count per day in SQL (the speaker index is in date order), weeks in Python: one
    # date() call per day rather than per statement
    # (grouping on the bare column follows the index, with no sort)
    rows = _execute(conn,
        "SELECT first_published, count(*) FROM statements WHERE speaker_id = ? "
        "AND first_published IS NOT NULL GROUP BY first_published", (speaker_id,))
    counts: dict[str, int] = {}
    for day, n in rows:
        try:
            start = date.fromisoformat(day[:10])
        except ValueError:
            continue  # not a date: left out of the chart, still counted in n_statements
        if bucket == "week":
            start -= timedelta(days=start.weekday())  # the Monday of its week
        counts[start.isoformat()] = counts.get(start.isoformat(), 0) + n
    return {"bucket": bucket, "points": [{"period": p, "count": n} for p, n in sorted(counts.items())]}


def _top_outlets(conn: sqlite3.Connection, speaker_id: int, top: int) -> list[dict[str, Any]]:
    rows = _execute(conn,
        f"SELECT a.outlet, count(DISTINCT o.statement_id) AS n FROM ({_latest()}) r "
        "JOIN occurrences o ON o.statement_id = r.id JOIN articles a ON a.id = o.article_id "
        "WHERE a.outlet IS NOT NULL GROUP BY a.outlet "
        "ORDER BY n DESC, a.outlet LIMIT ?", (speaker_id, top))
    return [{"outlet": r[0], "count": r[1]} for r in rows]


def _about(conn: sqlite3.Connection, speaker_id: int, top: int) -> list[dict[str, Any]]:
    rows = _execute(conn,
        "SELECT ab.name, count(*) AS n, (SELECT speaker_id FROM speaker_aliases al "
        f"  WHERE al.alias = ab.name ORDER BY speaker_id LIMIT 1) FROM ({_latest()}) r "
        "JOIN statement_about ab ON ab.statement_id = r.id "
        "GROUP BY ab.name ORDER BY n DESC, ab.name LIMIT ?", (speaker_id, top))
    return [{"name": r[0], "count": r[1], "speaker_id": r[2]} for r in rows]
