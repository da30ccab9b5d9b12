"""``onrecord ingest`` / ``errors`` / ``db-migrate`` through the CLI (CliRunner, model loaded once)."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli

from fixtures.store.records import dump, row_counts

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "store" / "articles"


@pytest.fixture
def shared_model(monkeypatch, nlp):
    """Every Extractor made by the command reuses the session's model instead of loading it."""
    monkeypatch.setattr("onrecord.pipeline.load_nlp", lambda model, **_: nlp)


def ingest(*args: str):
    return CliRunner().invoke(cli, ["ingest", *args], catch_exceptions=False)


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return row_counts(conn)
    finally:
        conn.close()


def test_ingest_stores_articles_and_reports_a_summary(tmp_path, shared_model):
    db = tmp_path / "news.db"
    result = ingest(str(ARTICLES), "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ingested 3 articles, ")
    assert "0 skipped, 0 failed in " in result.stdout
    n = counts(db)
    assert n["articles"] == 3 and n["items"] == 3 and n["statements"] > 0
    statements = int(result.stdout.split(", ")[1].split()[0])
    assert statements == n["occurrences"]  # the summary counts what each article carried


def test_ingesting_the_same_input_again_adds_nothing(tmp_path, shared_model):
    db = tmp_path / "news.db"
    ingest(str(ARTICLES), "--db", str(db))
    before = dump(db)
    again = ingest(str(ARTICLES), "--db", str(db))
    assert again.exit_code == 0
    assert "ingested 0 articles" in again.stdout and "3 already in the database" in again.stdout
    assert dump(db) == before


def test_the_same_article_under_two_paths_is_stored_once(tmp_path, shared_model):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    shutil.copy(ARTICLES / "school-roof.txt", first / "roof.txt")
    shutil.copy(ARTICLES / "school-roof.txt", second / "roof-copy.txt")
    db = tmp_path / "news.db"
    result = ingest(str(first), str(second), "--db", str(db))
    assert result.exit_code == 0
    assert "ingested 1 articles" in result.stdout and "1 duplicates" in result.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    statuses = dict(conn.execute("SELECT key, status FROM items").fetchall())
    assert sorted(statuses.values()) == ["done", "duplicate"]
    assert all(n == 1 for (n,) in conn.execute("SELECT n_occurrences FROM statements"))


def test_a_failed_item_is_listed_and_the_rest_is_stored(tmp_path, shared_model):
    folder = tmp_path / "in"
    shutil.copytree(ARTICLES, folder)
    (folder / "blank.txt").write_text("")
    db = tmp_path / "news.db"
    result = ingest(str(folder), "--db", str(db))
    assert result.exit_code == 1
    assert "blank.txt" in result.stderr and "[E002]" in result.stderr
    assert "ingested 3 articles" in result.stdout and "1 failed" in result.stdout
    assert counts(db)["articles"] == 3

    listed = CliRunner().invoke(cli, ["errors", "--db", str(db), "--json"])
    assert listed.exit_code == 0
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(Path(r["key"]).name, r["code"], r["skipped"]) for r in rows] == [("blank.txt", "E002", False)]
    # the failed item is not retried by default, and the stored rows stay as they were
    before = dump(db)
    again = ingest(str(folder), "--db", str(db))
    assert again.exit_code == 0 and "4 already in the database" in again.stdout
    assert "1 of them failed in an earlier run: --retry-failed" in again.stdout
    assert dump(db) == before


def test_retry_failed_processes_a_fixed_item(tmp_path, shared_model):
    folder = tmp_path / "in"
    folder.mkdir()
    blank = folder / "roof.txt"
    blank.write_text("")
    db = tmp_path / "news.db"
    assert ingest(str(folder), "--db", str(db)).exit_code == 1
    shutil.copy(ARTICLES / "school-roof.txt", blank)
    result = ingest(str(folder), "--db", str(db), "--retry-failed")
    assert result.exit_code == 0 and "ingested 1 articles" in result.stdout
    n = counts(db)
    assert n["articles"] == 1 and n["errors"] == 0


def test_db_migrate_creates_then_reports_up_to_date(tmp_path):
    db = tmp_path / "new.db"
    runner = CliRunner()
    first = runner.invoke(cli, ["db-migrate", "--db", str(db)])
    assert first.exit_code == 0 and first.output.startswith("applied ")
    second = runner.invoke(cli, ["db-migrate", "--db", str(db)])
    assert second.exit_code == 0 and "is up to date" in second.output


@pytest.mark.parametrize("command", ["ingest", "errors", "db-migrate", "quotes", "speakers",
                                     "articles", "show"])
def test_every_store_command_help_ends_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    doc = result.output.split("Options:")[0].strip()
    assert "Example:" in doc and doc.split("Example:")[1].strip().startswith("onrecord " + command)
