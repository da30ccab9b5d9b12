"""`onrecord ingest` of a web archive: articles stored with their URL and date; every record
that is not an article listed by `onrecord errors` with its reason; a broken member reported."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli.ingest import errors_cli, ingest_cli

from fixtures.invented_news import Capture, article_page, page_capture, section_front_page, write_warc

RUSSIAN = ("<html><head><title>Мост в Кордальпорте</title></head><body><article><h1>Мост в Кордальпорте</h1>"
           + "".join(f"<p>Мэр Кордальпорта Сельма Вардор заявила во вторник, что новый мост через реку "
                     f"откроется до зимы, а работы на участке номер {n} закончатся в срок.</p>" for n in range(8))
           + "</article></body></html>")


@pytest.fixture
def shared_model(monkeypatch, nlp):
    monkeypatch.setattr("onrecord.pipeline.load_nlp", lambda model, **_: nlp)


def test_ingest_of_a_warc_stores_articles_and_lists_every_skip(tmp_path: Path, shared_model) -> None:
    archive = tmp_path / "crawl.warc.gz"
    captures = [page_capture(article_page(1)),
                Capture("https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
                Capture("https://news.example.ru/most.html", RUSSIAN.encode("cp1251"),
                        "text/html; charset=windows-1251"),
                page_capture(section_front_page(1)),
                page_capture(article_page(2)),
                page_capture(article_page(3))]
    offsets = write_warc(archive, captures, with_requests=True)
    data = archive.read_bytes()  # cut the member of article 2 in half
    cut = offsets[4] + (offsets[5] - offsets[4]) // 2
    archive.write_bytes(data[:cut] + data[offsets[5]:])
    db = tmp_path / "news.db"

    runner = CliRunner()
    result = runner.invoke(ingest_cli, [str(archive), "--db", str(db)])
    assert result.exit_code == 1, result.output  # the broken member is a failure

    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT url, published, language, status, text FROM articles ORDER BY id").fetchall()
    assert [r[0] for r in rows] == [article_page(1).url, "https://news.example.ru/most.html", article_page(3).url]
    assert rows[0][1] == article_page(1).date
    assert rows[1][2] == "ru" and rows[1][3] == "no_model" and "Сельма Вардор" in rows[1][4]

    listed = [json.loads(line) for line in runner.invoke(errors_cli, ["--db", str(db), "--json"]).output.splitlines()]
    by_code = {item["code"]: item for item in listed}
    assert set(by_code) == {"W004", "W002", "E011"}
    assert "image/png" in by_code["W004"]["reason"] and by_code["W004"]["skipped"]
    assert by_code["W002"]["skipped"] and by_code["W002"]["key"] == f"{archive}@{offsets[3]}"
    assert not by_code["E011"]["skipped"] and by_code["E011"]["key"] == f"{archive}@{offsets[4]}"

    again = runner.invoke(ingest_cli, [str(archive), "--db", str(db)])
    assert "ingested 0 articles" in again.output
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
