"""Each input format becomes the right RawPage items, and the dispatch routes by kind."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from onrecord.ingest import READERS, detect_kind, read_sources
from onrecord.ingest.files import read_stdin
from onrecord.records import Failure, RawPage
from onrecord.settings import Settings

SETTINGS = Settings()
ARTICLE = "Quay wall to be rebuilt\n\nThe old quay wall will be rebuilt next year, the harbour board said.\n"
PAGE = ("<!DOCTYPE html><html><head><title>Quay wall</title></head><body>"
        "<p>The old quay wall will be rebuilt next year.</p></body></html>")


def _read(*sources: str | Path) -> list[RawPage | Failure]:
    return list(read_sources([str(s) for s in sources], SETTINGS))


def test_files_text_file_is_one_text_page_with_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "quay-wall.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [page] = _read(path)
    assert isinstance(page, RawPage)
    assert (page.format, page.id, page.key, page.source) == ("text", "quay-wall", str(path), str(path))
    assert page.content == ARTICLE.encode("utf-8")


@pytest.mark.parametrize("name", ["quay.html", "quay.htm", "quay.xhtml"])
def test_files_html_by_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    [page] = _read(path)
    assert page.format == "html"


@pytest.mark.parametrize("name", ["saved-page.txt", "saved-page"])
def test_files_html_sniffed_whatever_the_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("\n  " + PAGE, encoding="utf-8")
    [page] = _read(path)
    assert page.format == "html"


def test_files_text_mentioning_tags_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "tags.txt"
    path.write_text("Engineers said the <p> tag was never the problem.\n\nThey fixed it.\n")
    [page] = _read(path)
    assert page.format == "text"


def test_files_jsonl_one_page_per_record_with_fields(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    lines = [
        {"id": "a1", "text": "First story text.", "title": "First", "outlet": "Kestrel Bay Chronicle",
         "published": "2024-03-02", "url": "https://kestrel.example/a1", "authors": ["Ana Ruiz"]},
        {"html": PAGE},
        {"text": "Third story.", "authors": "Ana Ruiz; Ben Cole"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    first, second, third = _read(path)
    assert (first.format, first.id, first.key, first.content) == ("record", "a1", f"{path}#L1", "First story text.")
    assert (first.title, first.outlet, first.published, first.url) == (
        "First", "Kestrel Bay Chronicle", "2024-03-02", "https://kestrel.example/a1")
    assert first.authors == ["Ana Ruiz"]
    assert (second.format, second.id, second.key) == ("html", "wire-L2", f"{path}#L2")
    assert third.authors == ["Ana Ruiz", "Ben Cole"]


def test_files_stdin_text_html_and_jsonl() -> None:
    [text] = read_stdin("-", SETTINGS, io.BytesIO(ARTICLE.encode()))
    assert (text.format, text.id, text.source) == ("text", "stdin", "-")
    [html] = read_stdin("-", SETTINGS, io.BytesIO(PAGE.encode()))
    assert html.format == "html"
    records = list(read_stdin("-", SETTINGS, io.BytesIO(b'{"text": "one"}\n{"text": "two"}\n')))
    assert [r.content for r in records] == ["one", "two"]
    assert len({r.key for r in records}) == 2 and all(r.key.startswith("stdin:") for r in records)


def test_files_stdin_keys_follow_the_content_so_ingest_takes_new_articles() -> None:
    def keys(data: bytes) -> list[str]:
        return [item.key for item in read_stdin("-", SETTINGS, io.BytesIO(data))]

    assert keys(ARTICLE.encode()) == keys(ARTICLE.encode())
    assert keys(ARTICLE.encode()) != keys(ARTICLE.replace("a", "o").encode())
    # a line keeps its key wherever it stands, so a batch piped again adds only new lines
    assert keys(b'{"text": "two"}\n')[0] == keys(b'{"text": "one"}\n{"text": "two"}\n')[1]


def test_files_stdin_through_dispatch(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(ARTICLE.encode())

    monkeypatch.setattr("sys.stdin", FakeStdin())
    [page] = _read("-")
    assert page.content == ARTICLE.encode()


@pytest.mark.parametrize("source, kind", [
    ("-", "stdin"),
    ("https://kestrel.example/news/story-1", "url"),
    ("https://kestrel.example/feed", "feed"),
    ("https://kestrel.example/rss.xml?x=1", "feed"),
    ("crawl.warc", "warc"), ("crawl.WARC.GZ", "warc"), ("old.arc", "warc"), ("old.arc.gz", "warc"),
    ("news.rss", "feed"), ("news.atom", "feed"), ("news.xml", "feed"),
    ("links.urls", "urls"),
    ("story.txt", "file"), ("story.html", "file"), ("wire.jsonl", "file"),
])
def test_files_detect_kind(source: str, kind: str) -> None:
    assert detect_kind(source) == kind
    assert kind in READERS


def test_files_detect_kind_folder(tmp_path: Path) -> None:
    assert detect_kind(str(tmp_path)) == "folder"


def test_files_missing_reader_module_gives_e009(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(READERS, "warc", (".no_such_reader", "read_warc"))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"WARC/1.0\r\n")
    after = tmp_path / "after.txt"
    after.write_text(ARTICLE)
    failure, page = _read(path, after)
    assert isinstance(failure, Failure) and failure.code == "E009" and str(path) in failure.reason
    assert isinstance(page, RawPage)


def test_files_reader_that_raises_ends_as_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    import onrecord.ingest.files as files

    def exploding(source: str, settings: Settings):
        yield RawPage(source=source, key=source, content=b"x")
        raise RuntimeError("disk went away")

    monkeypatch.setattr(files, "read_stdin", exploding)
    page, failure = _read("-")
    assert isinstance(page, RawPage)
    assert isinstance(failure, Failure) and "disk went away" in failure.reason
