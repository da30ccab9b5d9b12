"""HTML pages: main text and metadata; pages that are not articles are skipped (W002)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.article import build_article
from onrecord.errors import OnrecordError
from onrecord.ingest import read_sources
from onrecord.pipeline import build_articles
from onrecord.records import Article, Failure, RawPage
from onrecord.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def _page(name: str, **given) -> RawPage:
    path = FIXTURES / name
    return RawPage(source=str(path), key=str(path), content=path.read_bytes(), format="html", **given)


def test_html_metadata_and_text() -> None:
    expected = json.loads((FIXTURES / "museum-reopening.expected.json").read_text(encoding="utf-8"))
    article = build_article(_page("museum-reopening.html"), Settings())
    assert article.method.startswith("html/trafilatura")
    for name in ("title", "outlet", "published", "authors", "canonical_url"):
        assert getattr(article, name) == expected[name], name
    assert article.text[slice(*article.headline)] == expected["headline"]
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    assert len(paragraphs) == len(expected["paragraphs"])
    for got, start in zip(paragraphs, expected["paragraphs"]):
        assert got.startswith(start)
    # navigation and side lists are not article text
    assert "Most read" not in article.text and "Sport" not in article.text


def test_html_given_metadata_wins() -> None:
    page = _page("museum-reopening.html", url="https://kestrel.example/m", outlet="KBC", published="2024-08-20",
                 id="museum")
    article = build_article(page, Settings())
    assert (article.id, article.url, article.outlet, article.published) == (
        "museum", "https://kestrel.example/m", "KBC", "2024-08-20")


@pytest.mark.parametrize("name, detail", [
    ("section-front.html", "section front"),
    ("empty-shell.html", "empty shell"),
])
def test_html_non_article_is_skipped_with_w002(name: str, detail: str) -> None:
    [failure] = build_articles([_page(name)], Settings())
    assert isinstance(failure, Failure)
    assert (failure.code, failure.skipped, failure.stage) == ("W002", True, "article")
    assert detail in failure.reason and name in failure.reason


def test_html_little_text_is_not_an_article() -> None:
    html = "<html><head><title>Brief</title></head><body><p>Roads closed today.</p></body></html>"
    with pytest.raises(OnrecordError) as info:
        build_article(RawPage(source="brief.html", key="brief.html", content=html, format="html"), Settings())
    assert info.value.code == "W002"
    # a lower threshold lets the same page through
    settings = Settings().with_(min_article_words=2)
    article = build_article(RawPage(source="brief.html", key="brief.html", content=html, format="html"), settings)
    assert "Roads closed today." in article.text


def test_html_charset_from_meta(tmp_path: Path) -> None:
    body = " ".join(["The caf\xe9 owner said \u201cwe stay open\u201d, and the council agreed."] * 6)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            f"<title>Caf\xe9 stays open</title></head><body><article><p>{body}</p></article></body></html>")
    path = tmp_path / "cafe.html"
    path.write_bytes(html.encode("cp1252"))
    [article] = build_articles(read_sources([str(path)], Settings()), Settings())
    assert isinstance(article, Article)
    assert "caf\xe9 owner said \u201cwe stay open\u201d" in article.text


def test_html_record_from_jsonl(tmp_path: Path) -> None:
    html = (FIXTURES / "museum-reopening.html").read_text(encoding="utf-8")
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "m1", "html": html, "outlet": "Given Outlet"}) + "\n", encoding="utf-8")
    [article] = build_articles(read_sources([str(path)], Settings()), Settings())
    assert (article.id, article.outlet, article.title) == (
        "m1", "Given Outlet", "Maritime museum reopens after roof repairs")


def test_html_text_without_main_text_fails_with_e010(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    [failure] = build_articles([_page("museum-reopening.html")], Settings())
    assert (failure.code, failure.skipped) == ("E010", False)
    assert "museum-reopening.html" in failure.reason


def test_html_records_of_one_archive_get_ids_from_their_urls() -> None:
    content = (FIXTURES / "museum-reopening.html").read_bytes()
    ids = [build_article(RawPage(source="crawl.warc.gz", key=f"crawl.warc.gz@{offset}", content=content,
                                 format="html", url=url), Settings()).id
           for offset, url in ((0, "https://kestrel.example/2024/museum-reopens/"),
                               (900, "https://other.example/arts/museum.html"))]
    assert ids == ["museum-reopens", "museum"]


def test_html_failure_names_the_record_not_only_its_archive() -> None:
    page = RawPage(source="crawl.warc.gz", key="crawl.warc.gz@0", format="html",
                   content=b"<html><body><p>Nothing here</p></body></html>", url="https://kestrel.example/empty")
    with pytest.raises(OnrecordError) as info:
        build_article(page, Settings())
    assert info.value.code == "W002" and "https://kestrel.example/empty (in crawl.warc.gz)" in str(info.value)
