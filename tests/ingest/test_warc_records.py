"""Reading web archives: pages kept with URL and date, other records skipped with a reason,
broken gzip members reported while the rest of the file is still read."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from onrecord.ingest.warc import read_warc
from onrecord.records import Failure, RawPage
from onrecord.settings import Settings

from fixtures.invented_news import (Capture, article_page, page_capture, section_front_page,
                                    write_arc, write_warc)

SETTINGS = Settings()
RUSSIAN = ("<html><head><title>Мэр Кордальпорта</title></head><body><p>«Мы построим мост до "
           "зимы», — сказал мэр.</p></body></html>")


def mixed_captures() -> list[Capture]:
    """Two articles, an image, a page in cp1251, a section front, a 404 and a revisit."""
    return [
        page_capture(article_page(1)),
        Capture("https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "image/png"),
        Capture("https://news.example.ru/mer.html", RUSSIAN.encode("cp1251"), "text/html; charset=windows-1251"),
        page_capture(section_front_page(1)),
        Capture("https://news.example.com/gone.html", b"<html><body>Not found</body></html>",
                status="404 Not Found"),
        Capture("https://news.example.com/untyped", page_capture(article_page(3)).body, None),
        Capture("https://news.example.com/again.html", b"", rec_type="revisit"),
        page_capture(article_page(2)),
    ]


def by_url(items: list) -> dict[str, RawPage | Failure]:
    out = {}
    for item in items:
        url = item.url if isinstance(item, RawPage) else item.reason
        out[url] = item
    return out


@pytest.mark.parametrize("compressed", [True, False])
def test_warc_keeps_html_pages_and_skips_the_rest_with_reasons(tmp_path: Path, compressed: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    offsets = write_warc(path, mixed_captures(), gzip=compressed, with_requests=True)
    items = list(read_warc(str(path), SETTINGS))
    pages = [i for i in items if isinstance(i, RawPage)]
    skipped = [i for i in items if isinstance(i, Failure)]
    assert [p.url for p in pages] == [
        article_page(1).url, "https://news.example.ru/mer.html", section_front_page(1).url,
        "https://news.example.com/untyped", article_page(2).url]
    # every page keeps its record's URL and date, and its key names the record's offset
    first = pages[0]
    assert first.fetched == f"{article_page(1).date}T08:30:00Z"
    assert first.key == f"{path}@{offsets[0]}" and first.source == str(path)
    assert first.format == "html" and article_page(1).title in first.content
    # image, 404 and revisit are reported, each with its reason; requests and warcinfo are not items
    assert all(f.skipped and f.code == "W004" for f in skipped)
    reasons = " | ".join(f.reason for f in skipped)
    assert len(skipped) == 3
    assert "image/png" in reasons and "404" in reasons and "revisit" in reasons


def test_warc_decodes_a_page_in_another_encoding(tmp_path: Path) -> None:
    path = tmp_path / "ru.warc.gz"
    write_warc(path, mixed_captures())
    page = next(i for i in read_warc(str(path), SETTINGS) if isinstance(i, RawPage) and i.url.endswith("mer.html"))
    assert isinstance(page.content, str) and "сказал мэр" in page.content


def test_warc_reads_on_after_a_truncated_gzip_member(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    captures = [page_capture(article_page(n)) for n in range(1, 5)]
    offsets = write_warc(path, captures)
    data = path.read_bytes()
    # cut the second page's member in half, keep everything after it
    cut = offsets[1] + (offsets[2] - offsets[1]) // 2
    path.write_bytes(data[:cut] + data[offsets[2]:])
    items = list(read_warc(str(path), SETTINGS))
    assert [type(i).__name__ for i in items] == ["RawPage", "Failure", "RawPage", "RawPage"]
    broken = items[1]
    assert broken.code == "E011" and not broken.skipped and broken.key == f"{path}@{offsets[1]}"
    assert [i.url for i in items if isinstance(i, RawPage)] == [c.url for c in captures[:1] + captures[2:]]


def test_warc_stops_cleanly_when_the_file_ends_inside_a_record(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    captures = [page_capture(article_page(n)) for n in range(1, 4)]
    offsets = write_warc(path, captures)
    path.write_bytes(path.read_bytes()[:offsets[2] + 60])
    items = list(read_warc(str(path), SETTINGS))
    assert [type(i).__name__ for i in items] == ["RawPage", "RawPage", "Failure"]
    assert items[2].code == "E011" and "ends inside" in items[2].reason


def test_warc_reports_garbage_after_the_last_record(tmp_path: Path) -> None:
    path = tmp_path / "tail.warc.gz"
    write_warc(path, [page_capture(article_page(1))])
    path.write_bytes(path.read_bytes() + b"this is not gzip data\n" * 3)
    items = list(read_warc(str(path), SETTINGS))
    assert isinstance(items[0], RawPage)
    assert isinstance(items[-1], Failure) and items[-1].code == "E011"


def test_warc_skips_a_record_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    write_warc(path, [page_capture(article_page(1)), page_capture(article_page(2))])
    items = list(read_warc(str(path), SETTINGS.with_(max_bytes=1000)))
    assert [i.code for i in items] == ["E005", "E005"]


def test_warc_reads_a_file_gzipped_as_one_member(tmp_path: Path) -> None:
    plain = tmp_path / "plain.warc"
    write_warc(plain, [page_capture(article_page(n)) for n in range(1, 4)], gzip=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    items = list(read_warc(str(whole), SETTINGS))
    assert [i.url for i in items] == [article_page(n).url for n in range(1, 4)]
    assert len({i.key for i in items}) == 3


@pytest.mark.parametrize("compressed", [False, True])
def test_arc_files_give_pages_with_url_and_date(tmp_path: Path, compressed: bool) -> None:
    plain = tmp_path / "old.arc"
    write_arc(plain, [page_capture(article_page(5)),
                      Capture("http://old.example.com/a.gif", b"GIF89a", "image/gif")])
    path = plain
    if compressed:
        path = tmp_path / "old.arc.gz"
        path.write_bytes(gzip.compress(plain.read_bytes()))
    items = list(read_warc(str(path), SETTINGS))
    assert isinstance(items[0], RawPage) and items[0].url == article_page(5).url
    assert items[0].fetched and items[0].fetched.startswith("2024-05-01")
    assert isinstance(items[1], Failure) and "image/gif" in items[1].reason


def test_warc_keys_are_stable_across_reads(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, mixed_captures())
    first = [i.key for i in read_warc(str(path), SETTINGS)]
    assert first == [i.key for i in read_warc(str(path), SETTINGS)]
    assert len(set(first)) == len(first)


def test_warc_reads_on_when_a_cut_member_runs_into_the_next_ones(tmp_path: Path) -> None:
    """Stored (level 0) gzip members: the cut one decompresses straight on into the members after
    it and only fails at the end of the file; the intact member after the cut is still read."""
    plain = tmp_path / "plain.warc"
    big = Capture("https://news.example.com/big.html", article_page(2).html.encode() * 8, "text/html")
    captures = [page_capture(article_page(1)), big, page_capture(article_page(3))]
    offsets = write_warc(plain, captures, gzip=False)
    data = plain.read_bytes()
    records = [data[:offsets[0]]] + [data[a:b] for a, b in zip(offsets, offsets[1:] + [len(data)])]
    members = [gzip.compress(record, compresslevel=0) for record in records]
    assert len(members[3]) < len(members[2]) // 2  # what follows the cut is shorter than what is missing
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(members[0] + members[1] + members[2][:len(members[2]) // 2] + members[3])
    items = list(read_warc(str(path), SETTINGS))
    assert [type(i).__name__ for i in items] == ["RawPage", "Failure", "RawPage"]
    assert items[1].code == "E011" and "read again from byte" in items[1].reason
    assert items[2].url == captures[2].url
