"""``onrecord ingest`` over a folder where one item holds characters no text may hold."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli

BODY = "The council met on Tuesday night and argued about the price of the new road."


@pytest.fixture
def shared_model(monkeypatch, nlp):
    """Every Extractor made by the command reuses the session's model instead of loading it."""
    monkeypatch.setattr("onrecord.pipeline.load_nlp", lambda model, **_: nlp)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Road plan delayed\n\n{BODY} Lind said the plan would wait.\n")
    record = {"text": f"Ferry late\n\n{BODY} Okafor said the ferry was late.", "title": "Ferry late"}
    line = json.dumps(record).replace("Ferry late", r"Ferry \ud800 late").replace("Okafor", r"Oka\u0000for")
    (folder / "b.jsonl").write_text(line + "\n")
    (folder / "c.txt").write_text(f"School opens\n\n{BODY} Varga said the school would open.\n")
    return folder


def test_ingest_stores_every_item_of_a_folder_with_a_lone_surrogate(tmp_path: Path, shared_model) -> None:
    db = tmp_path / "news.db"
    folder = _folder(tmp_path)
    first = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db)], catch_exceptions=False)
    assert first.exit_code == 0 and first.stdout.startswith("ingested 3 articles, ")
    conn = sqlite3.connect(db)
    try:
        statuses = dict(conn.execute("SELECT key, status FROM items"))
        nul = conn.execute("SELECT count(*) FROM articles WHERE instr(text, char(0)) > 0").fetchone()[0]
    finally:
        conn.close()
    assert statuses == {f"{folder}/a.txt": "done", f"{folder}/b.jsonl#L1": "done", f"{folder}/c.txt": "done"}
    assert nul == 0
    again = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db)], catch_exceptions=False)
    assert again.exit_code == 0 and "3 already in the database" in again.stdout
