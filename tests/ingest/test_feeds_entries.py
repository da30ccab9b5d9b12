"""Feeds: each entry a page, from its full content or its fetched link, with its metadata."""
from __future__ import annotations

from pathlib import Path

from onrecord.ingest.feeds import read_feed
from onrecord.ingest.fetch import normalise_url
from onrecord.records import Failure, RawPage
from onrecord.settings import Settings

from fixtures.invented_news import article_page
from fixtures.loopback import Route

LOCAL = Settings(allow_private=True, fetch_delay=0.0, fetch_timeout=2.0)
FULL_TEXT = " ".join(["The ferry board of Kordalport met for the third time this month."] * 8)


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Lantern</title><link>{base}/</link><description>Local news</description>
<item><title>Ferry board meets again</title><link>{base}/ferry.html</link>
  <pubDate>Tue, 07 May 2024 09:15:00 +0000</pubDate><dc:creator>Selma Vardor</dc:creator>
  <description>A short teaser.</description>
  <content:encoded><![CDATA[<p>{FULL_TEXT}</p>]]></content:encoded></item>
<item><title>Bridge costs rise</title><link>{base}/bridge.html</link>
  <pubDate>Wed, 08 May 2024 10:00:00 +0000</pubDate><dc:creator>Jonas Brakmun</dc:creator>
  <description>Costs rise again. Read more.</description></item>
<item><title>Members only</title><link>{base}/private/club.html</link>
  <pubDate>Thu, 09 May 2024 10:00:00 +0000</pubDate><description>Teaser.</description></item>
</channel></rss>"""


def test_feed_from_url_uses_full_content_or_fetches_the_link(loopback) -> None:
    base = loopback.base
    loopback.routes["/feed.rss"] = Route(rss(base).encode(), headers={"Content-Type": "application/rss+xml"})
    loopback.routes["/bridge.html"] = Route(article_page(7).html.encode())
    loopback.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n",
                                           headers={"Content-Type": "text/plain"})
    items = list(read_feed(loopback.url("/feed.rss"), LOCAL))
    assert [type(i).__name__ for i in items] == ["RawPage", "RawPage", "Failure"]
    ferry, bridge, club = items
    # the full text came in the feed: no request for it
    assert "/ferry.html" not in [p for p, _ in loopback.requests]
    assert "third time this month" in ferry.content and ferry.format == "html"
    assert (ferry.title, ferry.published, ferry.authors, ferry.outlet) == (
        "Ferry board meets again", "2024-05-07", ["Selma Vardor"], "The Lantern")
    assert ferry.key == normalise_url(loopback.url("/ferry.html"))
    # a teaser: the link is fetched, and the entry's metadata fills the page's
    assert article_page(7).title in bridge.content
    assert (bridge.title, bridge.published, bridge.authors) == ("Bridge costs rise", "2024-05-08", ["Jonas Brakmun"])
    assert bridge.url == loopback.url("/bridge.html")
    assert club.code == "E042"


def test_feed_from_an_atom_file(tmp_path: Path) -> None:
    feed = tmp_path / "wire.atom"
    feed.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Wire</title><id>urn:wire</id>
<updated>2024-06-01T00:00:00Z</updated>
<entry><title>Harbour strike ends</title><id>urn:wire:1</id>
  <published>2024-06-01T07:00:00Z</published><updated>2024-06-01T08:00:00Z</updated>
  <author><name>Ruth Selkor</name></author>
  <content type="html">&lt;p&gt;{FULL_TEXT}&lt;/p&gt;</content></entry>
<entry><title>No text here</title><id>urn:wire:2</id><updated>2024-06-02T00:00:00Z</updated>
  <summary>Just a line.</summary></entry>
</feed>""", encoding="utf-8")
    items = list(read_feed(str(feed), Settings()))
    page, empty = items
    assert isinstance(page, RawPage) and page.outlet == "Coast Wire"
    assert page.published == "2024-06-01" and page.authors == ["Ruth Selkor"]
    assert page.key == f"{feed}#urn:wire:1"
    assert isinstance(empty, Failure) and empty.skipped and "neither a link nor the full text" in empty.reason


def test_a_file_that_is_not_a_feed_is_one_failure(tmp_path: Path) -> None:
    bad = tmp_path / "broken.xml"
    bad.write_text("<html><body>not a feed</body></html>")
    items = list(read_feed(str(bad), Settings()))
    assert len(items) == 1 and isinstance(items[0], Failure) and items[0].code == "E012"


def test_a_feed_url_is_refused_like_any_page_without_allow_private(loopback) -> None:
    loopback.routes["/feed.rss"] = Route(rss(loopback.base).encode())
    items = list(read_feed(loopback.url("/feed.rss"), Settings(fetch_delay=0.0)))
    assert len(items) == 1 and items[0].code == "E040"
    assert loopback.requests == []
