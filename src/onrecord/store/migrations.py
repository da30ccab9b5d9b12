"""Apply the schema's migrations in order, each once, recorded in ``_migrations``.

Safe to re-run: a migration already recorded is never applied again, and a
migration and its record commit together, so a crash leaves either both or
neither.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

from ..errors import error
from .schema import MIGRATIONS

_TABLE = """CREATE TABLE IF NOT EXISTS _migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)"""


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations recorded in the database, oldest first."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'").fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def pending_migrations(conn: sqlite3.Connection, path: str = "") -> list[tuple[str, str]]:
    """The migrations this onrecord knows and the database lacks, in order.

    Raises E030 when the database holds migrations this onrecord does not know.
    """
    done = applied_migrations(conn)
    known = [name for name, _ in MIGRATIONS]
    unknown = [name for name in done if name not in known]
    if unknown:
        raise error("E030", path=path, found=", ".join(unknown), known=known[-1])
    return [(name, sql) for name, sql in MIGRATIONS if name not in done]


def migrate(conn: sqlite3.Connection, path: str = "") -> list[str]:
    """Apply every pending migration, each in its own transaction.

    conn (sqlite3.Connection): a writable connection in autocommit mode.
    RETURNS (list[str]): the names of the migrations applied now (empty when current).
    """
    conn.execute(_TABLE)
    applied = []
    for name, sql in pending_migrations(conn, path):
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        # executescript runs its own statements; BEGIN/COMMIT make the migration and its
        # record one atomic step
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{sql}\n"
                f"INSERT INTO _migrations (name, applied_at) VALUES ('{name}', '{now}');\nCOMMIT;")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise error("E032", path=path, detail=f"migration {name} failed: {exc}") from None
        applied.append(name)
    return applied
