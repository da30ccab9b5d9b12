"""The SQLite store: one file, no server; WAL so that readers never block the writer.

``open_store(path)`` opens (creating and migrating) a database for writing;
``open_store(path, read_only=True)`` opens an existing one for the query layer and
refuses one that needs migrations (E035).
"""
from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path
from typing import Any

from ..errors import error
from ..records import ArticleRecord, Failure
from ..settings import Settings
from .base import WriteResult
from .migrations import migrate, pending_migrations
from .write import StoryHooks, write_article, write_failure_rows

# synchronous=NORMAL in WAL mode: a commit survives a killed process (what resuming
# needs); only a power loss may lose the last commits
_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
    "PRAGMA temp_store = MEMORY",
)
# page cache, in KiB: searches read widely and gain from a large one; an ingest touches
# the same index pages over and over and needs little, and a large cache filling up as
# the database grows would look like memory growing with the input
_READ_CACHE_KIB = 32000
_WRITE_CACHE_KIB = 4000


class SQLiteStore:
    """The SQLite implementation of ``base.Store``.

    path (str): the database file.
    conn (sqlite3.Connection): in autocommit mode; ``write`` opens one transaction
        per article.
    settings (Settings | None): for the near-duplicate grouping (``stories.py``).
    """

    def __init__(self, path: str, conn: sqlite3.Connection, *, settings: Any = None) -> None:
        self.path = path
        self.conn = conn
        self.settings = settings if settings is not None else Settings()
        self._stories: StoryHooks | None = _load_story_hooks()

    @property
    def connection(self) -> sqlite3.Connection:
        return self.conn

    def migrate(self) -> list[str]:
        return migrate(self.conn, self.path)

    def is_done(self, key: str) -> bool:
        return self.item_status(key) is not None

    def item_status(self, key: str) -> str | None:
        row = self.conn.execute("SELECT status FROM items WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def item_fingerprint(self, key: str) -> str | None:
        row = self.conn.execute("SELECT fingerprint FROM items WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def write(self, record: ArticleRecord, key: str, fingerprint: str | None = None) -> WriteResult:
        """Store one article in one transaction; nothing of it stays if anything fails."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            result = write_article(self.conn, record, key, stories=self._stories,
                                   settings=self.settings, fingerprint=fingerprint)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        return result

    def write_failure(self, failure: Failure, fingerprint: str | None = None) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            write_failure_rows(self.conn, failure, fingerprint)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _load_story_hooks() -> StoryHooks | None:
    """The near-duplicate grouping of ``stories.py`` when it is there, else None."""
    try:
        module = importlib.import_module("onrecord.store.stories")
    except ImportError:
        return None
    assign = getattr(module, "assign_story", None)
    if assign is None:
        return None
    return StoryHooks(assign, getattr(module, "find_statement_in_story", None))


def connect(path: str | Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A configured connection (autocommit, WAL, foreign keys).

    Rows are plain tuples, as the writers compare them with tuples; the query layer
    asks its cursors for ``sqlite3.Row``.
    """
    path = str(path)
    try:
        if read_only:
            uri = Path(path).resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        conn.execute(f"PRAGMA cache_size = -{_READ_CACHE_KIB if read_only else _WRITE_CACHE_KIB}")
    except sqlite3.Error as exc:
        raise error("E032", path=path, detail=str(exc)) from None
    return conn


def open_store(path: str | Path, *, read_only: bool = False, settings: Any = None) -> SQLiteStore:
    """Open the database at ``path``.

    read_only (bool): for reading: the file must exist (E033) and be migrated (E035).
        Otherwise the file is created when missing and migrated to the current schema.
    settings: the run's settings, for the near-duplicate grouping.
    RETURNS (SQLiteStore): the open store; close it, or use it in a ``with`` block.
    """
    path = str(path)
    if read_only and not Path(path).is_file():
        raise error("E033", path=path)
    conn = connect(path, read_only=read_only)
    store = SQLiteStore(path, conn, settings=settings)
    try:
        if read_only:
            pending = pending_migrations(conn, path)
            if pending:
                raise error("E035", path=path, pending=", ".join(name for name, _ in pending))
        else:
            store.migrate()
    except sqlite3.Error as exc:
        conn.close()
        raise error("E032", path=path, detail=str(exc)) from None
    except BaseException:
        conn.close()
        raise
    return store
