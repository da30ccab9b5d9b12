"""``onrecord ingest`` reads a file edited at the same path again, and only then."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from onrecord.cli import cli

# Invented.
FIRST = ("Harbour tolls to rise\n\n"
         "The harbour board will raise tolls in April, its chair Piet Lind said on Monday.\n\n"
         '"The old tolls no longer pay for the dredging," Lind said.\n')
EDITED = ("Harbour tolls to rise\n\n"
          "The harbour board will raise tolls in April, its chair Piet Lind said on Monday.\n\n"
          '"We will keep the fishing fleet exempt," Lind said.\n')


@pytest.fixture
def shared_model(monkeypatch, nlp):
    monkeypatch.setattr("onrecord.pipeline.load_nlp", lambda model, **_: nlp)


def ingest(*args: str):
    return CliRunner().invoke(cli, ["ingest", *args], catch_exceptions=False)


def statements(db) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(text for (text,) in conn.execute("SELECT text FROM statements"))
    finally:
        conn.close()


def test_ingest_edited_file_replaces_its_earlier_version(tmp_path, shared_model) -> None:
    page, db = tmp_path / "tolls.txt", tmp_path / "news.db"
    page.write_text(FIRST, encoding="utf-8")
    assert ingest(str(page), "--db", str(db)).exit_code == 0
    assert "The old tolls no longer pay for the dredging" in statements(db)

    page.write_text(FIRST, encoding="utf-8")  # saved again, same bytes: nothing to do
    again = ingest(str(page), "--db", str(db))
    assert "ingested 0 articles" in again.stdout and "1 already in the database" in again.stdout

    page.write_text(EDITED, encoding="utf-8")
    edited = ingest(str(page), "--db", str(db))
    assert edited.exit_code == 0, edited.output
    assert "ingested 1 articles" in edited.stdout and "1 updated since the last run" in edited.stdout
    now = statements(db)
    assert "We will keep the fishing fleet exempt" in now
    assert "The old tolls no longer pay for the dredging" not in now
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    conn.close()


def test_ingest_edited_file_that_now_fails_keeps_the_stored_version(tmp_path, shared_model) -> None:
    page, db = tmp_path / "tolls.txt", tmp_path / "news.db"
    page.write_text(FIRST, encoding="utf-8")
    ingest(str(page), "--db", str(db))
    page.write_text("", encoding="utf-8")
    broken = ingest(str(page), "--db", str(db))
    assert broken.exit_code == 1 and "E002" in broken.output
    assert "The old tolls no longer pay for the dredging" in statements(db)  # nothing stored is lost
    page.write_text(EDITED, encoding="utf-8")
    fixed = ingest(str(page), "--db", str(db))
    assert fixed.exit_code == 0 and "1 updated since the last run" in fixed.stdout
    assert "We will keep the fishing fleet exempt" in statements(db)
