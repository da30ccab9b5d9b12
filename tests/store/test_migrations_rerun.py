"""store/migrations.py and open_store: ordered, recorded, safe to re-run; clear refusals."""
from __future__ import annotations

import sqlite3

import pytest

from onrecord.errors import OnrecordError
from onrecord.store.migrations import applied_migrations, migrate
from onrecord.store.schema import MIGRATIONS
from onrecord.store.sqlite import open_store


def test_migrations_apply_in_order_once(tmp_path):
    conn = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    assert migrate(conn) == [name for name, _ in MIGRATIONS]
    assert applied_migrations(conn) == [name for name, _ in MIGRATIONS]
    assert migrate(conn) == []  # re-run: nothing to do, nothing fails
    assert applied_migrations(conn) == [name for name, _ in MIGRATIONS]


def test_open_store_creates_and_migrates_then_reopens(tmp_path):
    path = tmp_path / "new.db"
    open_store(path).close()
    store = open_store(path)
    assert store.migrate() == []
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


def test_a_database_from_a_newer_onrecord_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _migrations VALUES ('9999_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(OnrecordError, match=r"\[E030\]"):
        open_store(path)


def test_reading_needs_an_existing_migrated_database(tmp_path):
    with pytest.raises(OnrecordError, match=r"\[E033\].*missing.db"):
        open_store(tmp_path / "missing.db", read_only=True)
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    name, sql = MIGRATIONS[0]
    conn.executescript(sql)
    conn.execute("INSERT INTO _migrations VALUES (?, 'then')", (name,))
    conn.close()
    with pytest.raises(OnrecordError, match=r"\[E035\].*db-migrate"):
        open_store(tmp_path / "old.db", read_only=True)
    open_store(tmp_path / "old.db").close()  # writing migrates it
    open_store(tmp_path / "old.db", read_only=True).close()


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(OnrecordError, match=r"\[E032\]"):
        open_store(path)
