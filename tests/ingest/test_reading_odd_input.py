"""Odd input met while reading: characters no text may hold (JSON escapes, feed character
references), a file with no end, junk web archives, one-element HTML fragments. Each item
is read cleanly or fails alone with a coded reason."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from onrecord.article import build_article
from onrecord.ingest.feeds import read_feed
from onrecord.ingest.files import read_file
from onrecord.ingest.warc import read_warc
from onrecord.records import Failure, RawPage
from onrecord.settings import Settings

from fixtures.invented_news import write_warc

SETTINGS = Settings()
BODY = ("The council met on Tuesday night and members argued about the price of the new road "
        "for a long time before the vote. ") * 3
FULL_TEXT = BODY + "“We will win,” Lind said."


def _jsonl(tmp_path: Path, *records: str) -> list[RawPage | Failure]:
    """Read JSON Lines given as raw lines, so that a test can write any escape."""
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return list(read_file(str(path), SETTINGS))


def test_jsonl_lone_surrogate_becomes_a_replacement_character(tmp_path: Path) -> None:
    good = json.dumps({"text": "Bridge opens\n\n" + FULL_TEXT})
    bad = r'{"text": "Ferry \ud800 late\n\nVarga said the ferry was late.", "title": "Ferry \udfff late",' \
          r' "authors": ["Ruiz \ud800"]}'
    first, second = _jsonl(tmp_path, bad, good)
    assert isinstance(first, RawPage) and isinstance(second, RawPage)
    assert first.content.startswith("Ferry \ufffd late\n")  # one for one: offsets stay
    assert first.title == "Ferry \ufffd late" and first.authors == ["Ruiz \ufffd"]
    first.fingerprint()  # raised UnicodeEncodeError and ended the whole ingest run


def test_jsonl_nul_escapes_are_dropped_from_text_and_fields(tmp_path: Path) -> None:
    record = r'{"text": "Ferry late\n\nAnna Li\u0000nd said the ferry was late.\u0000", "title": "Ferry\u0000 late",' \
             r' "html": null, "authors": "Anna Li\u0000nd", "outlet": "Coast\u0000 Wire"}'
    [page] = _jsonl(tmp_path, record)
    assert isinstance(page, RawPage)
    assert page.content == "Ferry late\n\nAnna Lind said the ferry was late."
    assert (page.title, page.outlet, page.authors) == ("Ferry late", "Coast Wire", ["Anna Lind"])


def test_jsonl_html_field_is_cleaned_too(tmp_path: Path) -> None:
    [page] = _jsonl(tmp_path, r'{"html": "<html><body><p>Okafor \u0000said \ud800 no.</p></body></html>"}')
    assert isinstance(page, RawPage) and page.format == "html"
    assert page.content == "<html><body><p>Okafor said \ufffd no.</p></body></html>"


def _feed(tmp_path: Path, title: str, content: str) -> Path:
    """An RSS file of two full-text entries, the first with ``title`` and ``content``."""
    items = "".join(f"<item><title>{t}</title><guid>urn:wire:{n}</guid>"
                    f"<content:encoded><![CDATA[<p>{c}</p>]]></content:encoded></item>"
                    for n, (t, c) in enumerate([(title, content), ("Harbour reopens", FULL_TEXT)], 1))
    path = tmp_path / "wire.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0" '
                    'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
                    f"<channel><title>Coast Wire</title>{items}</channel></rss>", encoding="utf-8")
    return path


@pytest.mark.parametrize("reference", ["&#xD800;", "&#55296;", "&#x0DFFF;", "&#0;", "&#x110000;", "&#99999999999;"])
def test_feed_reference_to_no_character_reads_as_replacement(tmp_path: Path, reference: str) -> None:
    path = _feed(tmp_path, f"Ferry {reference} late", f"{BODY} {reference} Varga said so.")
    first, second = list(read_feed(str(path), SETTINGS))
    assert isinstance(first, RawPage) and isinstance(second, RawPage)
    assert first.title == "Ferry \ufffd late"
    first.fingerprint()


def test_feed_valid_references_are_kept(tmp_path: Path) -> None:
    path = _feed(tmp_path, "Caf&#233; &#x1F600; closes", FULL_TEXT)
    first, _ = list(read_feed(str(path), SETTINGS))
    assert first.title == "Caf\u00e9 \U0001F600 closes"


def test_feed_parser_error_is_a_coded_feed_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_raw: bytes) -> None:
        raise ValueError("an odd feed")
    monkeypatch.setattr("onrecord.ingest.feeds.feedparser.parse", broken)
    [failure] = list(read_feed(str(_feed(tmp_path, "Ferry late", FULL_TEXT)), SETTINGS))
    assert isinstance(failure, Failure) and failure.code == "E012" and "an odd feed" in failure.reason


def test_file_whose_size_says_zero_is_read_only_to_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a device or a /proc file reports size 0 and may never end (/dev/zero): the read is capped
    path = tmp_path / "device.txt"
    path.write_text("Varga said the ferry was late. " * 100)
    settings = SETTINGS.with_(max_bytes=1000)
    real_stat = Path.stat
    monkeypatch.setattr(Path, "stat", lambda self, **kw: SimpleNamespace(st_size=0) if self == path
                        else real_stat(self, **kw))
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("must not read without a limit"))
    [failure] = list(read_file(str(path), settings))
    assert isinstance(failure, Failure) and failure.code == "E005"
    assert "1,001 bytes" in failure.reason and "1,000" in failure.reason


def test_warc_of_junk_after_a_version_line_is_broken_data(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"WARC/1.0\r\n" + b"X" * 5000)
    [failure] = list(read_warc(str(path), SETTINGS))
    assert failure.code == "E011" and "WARC-Type" in failure.reason and not failure.skipped


@pytest.mark.parametrize("content, detail", [(b"", "no web archive records"), (None, "only warcinfo records (1)")])
def test_warc_with_no_captured_page_says_so(tmp_path: Path, content: bytes | None, detail: str) -> None:
    path = tmp_path / "quiet.warc"
    if content is None:
        write_warc(path, [], gzip=False)  # a warcinfo record and nothing else
    else:
        path.write_bytes(content)
    [skip] = list(read_warc(str(path), SETTINGS))
    assert skip.code == "W001" and skip.skipped and detail in skip.reason


FRAGMENT = f'<div class="story"><p>{FULL_TEXT}</p></div>'


@pytest.mark.parametrize("data", [FRAGMENT.encode(), b"\xef\xbb\xbf" + FRAGMENT.encode(),
                                  f"<p>{FULL_TEXT}</p>".encode()])
def test_html_fragment_of_one_root_is_read_as_a_page(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "story.html"
    path.write_bytes(data)
    [page] = list(read_file(str(path), SETTINGS))
    article = build_article(page, SETTINGS)  # was E006 "no HTML document structure"
    assert "Lind said" in article.text


def test_jsonl_html_fragment_of_one_root_is_read_as_a_page(tmp_path: Path) -> None:
    [page] = _jsonl(tmp_path, json.dumps({"html": FRAGMENT}))
    assert "Lind said" in build_article(page, SETTINGS).text


@pytest.mark.parametrize("html", [f"<p>{BODY}</p><p>{FULL_TEXT}</p>",
                                  f"<!DOCTYPE html><html><body><p>{FULL_TEXT}</p></body></html>"])
def test_html_documents_and_longer_fragments_stay_as_read(tmp_path: Path, html: str) -> None:
    # their fingerprints must not change: the store would take them for edited items
    path = tmp_path / "story.html"
    path.write_text(html, encoding="utf-8")
    [page] = list(read_file(str(path), SETTINGS))
    assert page.content == html.encode()
