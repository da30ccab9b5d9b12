"""Dependencies of the routes: one SQLite connection per request, and the search filters.

Every route reads through a read-only connection (``mode=ro`` URI), so a bug in a
route cannot change the user's file; the upload (when enabled) writes through a store
of its own.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Iterator

from fastapi import Query, Request

from ..errors import error
from ..store.sqlite import connect as store_connect


def connect(db_path: str | Path) -> sqlite3.Connection:
    """Open the store read-only for one request (or one export stream); E033 when it is missing.

    The store's own ``connect`` turns off ``check_same_thread``: FastAPI may run a
    dependency, its route and a streamed body in different threadpool threads, and a
    connection is still used by one request at a time.
    """
    if not Path(db_path).is_file():
        raise error("E033", path=str(db_path))
    return store_connect(db_path, read_only=True)


def get_conn(request: Request) -> Iterator[sqlite3.Connection]:
    """Yield a read-only connection to the app's store, closed after the request.

    Read-only even when uploads are enabled: only the upload writes, through its own
    store, so no read route can change the user's file.
    """
    conn = connect(request.app.state.db_path)
    try:
        yield conn
    finally:
        conn.close()


def search_filters(
    q: str | None = Query(None, description="Full-text query: words (all must occur), "
                          '"a phrase", OR, NOT, prefix*.'),
    speaker: str | None = Query(None, description="A speaker's name or any alias."),
    speaker_id: int | None = Query(None, description="One speaker by id."),
    outlet: str | None = Query(None, description="Statements carried by this outlet."),
    since: str | None = Query(None, description="First published on or after YYYY[-MM[-DD]]."),
    until: str | None = Query(None, description="First published on or before YYYY[-MM[-DD]]."),
    kind: str | None = Query(None, description="direct, indirect, mixed or continuation."),
    act: str | None = Query(None, description="speech or belief."),
    speaker_type: str | None = Query(None, description="person, organization, anonymous, "
                                     "document or unknown."),
    sort: str | None = Query(None, description="relevance (with q), -date, date or outlets."),
) -> dict[str, Any]:
    """The filters of a statement search, as keyword arguments of ``read.search_statements``.

    Empty form fields ("?kind=") count as absent. Values are checked by ``store.read``,
    which raises coded errors that the app turns into HTTP 400.
    """
    values = dict(q=q, speaker=speaker, speaker_id=speaker_id, outlet=outlet, since=since,
                  until=until, kind=kind, act=act, speaker_type=speaker_type, sort=sort)
    return {k: v for k, v in values.items() if v not in (None, "")}
