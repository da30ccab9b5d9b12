"""`onrecord ingest` of URL lists and feeds from a loopback server: --allow-private, robots.txt,
and every refused item listed by `onrecord errors` with its reason."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli.ingest import errors_cli, ingest_cli

from fixtures.invented_news import article_page
from fixtures.loopback import Route


@pytest.fixture
def shared_model(monkeypatch, nlp):
    monkeypatch.setattr("onrecord.pipeline.load_nlp", lambda model, **_: nlp)


def serve_news(loopback) -> None:
    for n in (1, 2, 3):
        loopback.routes[f"/news/{n}.html"] = Route(article_page(n).html.encode())
    loopback.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n",
                                           headers={"Content-Type": "text/plain"})
    loopback.routes["/feed.rss"] = Route(f"""<?xml version="1.0"?><rss version="2.0"><channel>
<title>The Lantern</title><item><title>Third</title><link>{loopback.url('/news/3.html')}</link>
<pubDate>Tue, 07 May 2024 09:15:00 +0000</pubDate></item></channel></rss>""".encode(),
                                         headers={"Content-Type": "application/rss+xml"})


def test_ingest_fetches_urls_and_feeds_only_with_allow_private(tmp_path: Path, loopback, shared_model) -> None:
    serve_news(loopback)
    urls = tmp_path / "links.urls"
    urls.write_text("\n".join([loopback.url("/news/1.html"), loopback.url("/news/2.html"),
                               loopback.url("/private/4.html")]) + "\n")
    runner = CliRunner()
    refused_db = tmp_path / "refused.db"
    refused = runner.invoke(ingest_cli, [str(urls), "--db", str(refused_db), "-s", "fetch_delay=0"])
    assert refused.exit_code == 1
    assert loopback.requests == []
    listed = runner.invoke(errors_cli, ["--db", str(refused_db)]).output
    assert listed.count("\tE040\t") == 3 and "--allow-private" in listed

    db = tmp_path / "news.db"
    result = runner.invoke(ingest_cli, [str(urls), "--db", str(db), "--allow-private", "-s", "fetch_delay=0"])
    assert "ingested 2 articles" in result.output
    assert result.exit_code == 1  # the page robots.txt disallows is a failure
    listed = runner.invoke(errors_cli, ["--db", str(db)]).output
    assert "\tE042\t" in listed and "/private/4.html" in listed
    assert "/private/4.html" not in [p for p, _ in loopback.requests]


def test_ingest_reads_a_feed_given_by_url(tmp_path: Path, loopback, shared_model) -> None:
    serve_news(loopback)
    db = tmp_path / "feed.db"
    result = CliRunner().invoke(ingest_cli, [loopback.url("/feed.rss"), "--db", str(db), "--allow-private",
                                             "-s", "fetch_delay=0"])
    assert result.exit_code == 0, result.output
    assert "ingested 1 articles" in result.output


def test_ingest_again_does_not_download_what_it_has(tmp_path: Path, loopback, shared_model) -> None:
    serve_news(loopback)
    urls = tmp_path / "links.urls"
    urls.write_text("\n".join([loopback.url("/news/1.html"), loopback.url("/news/2.html")]) + "\n")
    db = tmp_path / "news.db"
    runner = CliRunner()
    args = ["--db", str(db), "--allow-private", "-s", "fetch_delay=0"]
    first = runner.invoke(ingest_cli, [str(urls), *args])
    assert "ingested 2 articles" in first.output
    pages = [path for path, _ in loopback.requests if path.startswith("/news/")]
    assert sorted(pages) == ["/news/1.html", "/news/2.html"]

    urls.write_text(urls.read_text() + loopback.url("/news/3.html") + "\n")
    again = runner.invoke(ingest_cli, [str(urls), *args])
    assert again.exit_code == 0, again.output
    assert "ingested 1 articles" in again.output and "(2 already in the database)" in again.output
    pages = [path for path, _ in loopback.requests if path.startswith("/news/")]
    assert sorted(pages) == ["/news/1.html", "/news/2.html", "/news/3.html"]  # only the new page

    # the feed's one entry links to a page stored above: nothing to download
    feed = runner.invoke(ingest_cli, [loopback.url("/feed.rss"), *args])
    assert feed.exit_code == 0, feed.output
    assert "(1 already in the database)" in feed.output
    assert len([path for path, _ in loopback.requests if path.startswith("/news/")]) == 3
