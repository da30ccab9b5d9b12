"""RSS and Atom feeds, from a file or a URL -> RawPage for each entry.

Contract with ``ingest/__init__.py``: ``read_feed(source, settings)`` yields, for each
entry in feed order, a RawPage or a Failure.

An entry becomes a page in one of two ways:

1. its ``content:encoded`` (RSS) or ``<content>`` (Atom) when that holds the full
   article, that is at least ``settings.min_article_words`` words of text: no request
   is made, and the page is that HTML;
2. otherwise its link is fetched (``fetch.fetch_page``: robots.txt, delays, address
   checks, size cap), since summaries are teasers, not articles.

Either way the entry's title, publication date (YYYY-MM-DD, UTC), authors and the
feed's title (as the outlet) are set on the RawPage, and its key is the normalised
link, so that the same article from a feed, a URL list or an archive of that URL is
one item. A feed given by URL is fetched with the same client; feedparser never
fetches anything itself.
"""
from __future__ import annotations

import html
import re
import time
from pathlib import Path
from typing import Any, Iterator

import feedparser

from ..errors import Errors, OnrecordError, Warnings, error
from ..records import Failure, RawPage
from ..settings import Settings
from .fetch import Skip, fetch_page, fetcher_for, normalise_url

_TAG = re.compile(r"<[^>]+>")
# a numeric character reference, decimal or hexadecimal; feedparser also reads one without ";"
_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
REPLACEMENT_REFERENCE = b"&#xFFFD;"
_WORD = re.compile(r"\w+")
URL_SCHEMES = ("http://", "https://")


def read_feed(source: str, settings: Settings, *, skip: Skip | None = None) -> Iterator[RawPage | Failure]:
    """Every entry of an RSS or Atom feed (a file or an http(s) URL) as a page.

    skip: ``skip(key)`` is True for entries the caller already has; their links are not
        fetched again (see ``fetch.fetch_page``).
    """
    try:
        raw = _feed_bytes(source, settings)
    except OnrecordError as exc:
        yield Failure(source, source, "read", exc.code, str(exc))
        return
    try:
        parsed = feedparser.parse(safe_character_references(raw))
    except Exception as exc:  # noqa: BLE001 - feedparser's loose parser raises many kinds on odd input
        yield Failure(source, source, "read", "E012", Errors.E012.format(
            path=source, detail=f"{type(exc).__name__}: {exc}"))
        return
    if not parsed.entries:
        detail = str(parsed.get("bozo_exception") or "it has no entries")
        yield Failure(source, source, "read", "E012", Errors.E012.format(path=source, detail=detail))
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        yield _entry_page(entry, number, source, outlet, settings, skip)


def safe_character_references(raw: bytes) -> bytes:
    """The feed with "&#xFFFD;" for each reference to NUL, a surrogate or a number past
    U+10FFFF: feedparser's loose parser fails on the whole feed for one of them, and an
    HTML parser reads each as U+FFFD too."""
    return _CHARACTER_REFERENCE.sub(_safe_reference, raw) if b"&#" in raw else raw


def _safe_reference(match: re.Match[bytes]) -> bytes:
    hexadecimal, decimal = match.groups()
    digits = (hexadecimal or decimal).lstrip(b"0")
    if len(digits) > 7:  # past U+10FFFF in either base; also spares int() an enormous number
        return REPLACEMENT_REFERENCE
    code = int(digits or b"0", 16 if hexadecimal else 10)
    return REPLACEMENT_REFERENCE if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else match.group()


def _feed_bytes(source: str, settings: Settings) -> bytes:
    """The feed document: fetched politely for a URL, read (size-capped) for a file."""
    if source.lower().startswith(URL_SCHEMES):
        resp = fetcher_for(settings).get(source)
        if resp.status >= 400:
            raise error("E041", url=source, detail=f"HTTP status {resp.status}")
        return resp.body
    with Path(source).open("rb") as fh:
        raw = fh.read(settings.max_bytes + 1)
    if len(raw) > settings.max_bytes:
        raise error("E005", path=source, size=Path(source).stat().st_size, limit=settings.max_bytes)
    return raw


def _entry_page(entry: Any, number: int, source: str, outlet: str | None,
                settings: Settings, skip: Skip | None) -> RawPage | Failure:
    link = entry.get("link") or ""
    link = link if link.lower().startswith(URL_SCHEMES) else None  # feedparser may copy a urn: id
    key = normalise_url(link) if link else f"{source}#{entry.get('id') or number}"
    title = entry.get("title") or None
    content = full_content(entry, settings.min_article_words)
    if content is not None:
        page: RawPage | Failure = RawPage(
            source=source, key=key, content=_as_page(content, title), format="html", url=link,
            meta={"feed": source, "from": "feed content"})
    elif link:
        page = fetch_page(link, settings, key=key, source=source, skip=skip)
    else:
        return Failure(source, key, "read", "W001", Warnings.W001.format(
            path=f"entry {number} of {source}", detail="it has neither a link nor the full text"),
            skipped=True)
    if isinstance(page, RawPage):
        page.title = page.title or title
        page.published = page.published or entry_date(entry)
        page.authors = page.authors or entry_authors(entry)
        page.outlet = page.outlet or outlet
    return page


def full_content(entry: Any, min_words: int) -> str | None:
    """The entry's full-text HTML (content:encoded / Atom content), or None for a teaser."""
    best = max((c.get("value") or "" for c in entry.get("content") or []), key=len, default="")
    text = html.unescape(_TAG.sub(" ", best))
    return best if len(_WORD.findall(text)) >= min_words else None


def _as_page(fragment: str, title: str | None) -> str:
    """An HTML document around a feed's content fragment, so the article stage reads it as a page."""
    head = f"<title>{html.escape(title)}</title>" if title else ""
    return f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body><article>" \
           f"{fragment}</article></body></html>"


def entry_date(entry: Any) -> str | None:
    """The entry's publication (or update) date as YYYY-MM-DD, or None."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def entry_authors(entry: Any) -> list[str]:
    """The entry's author names, in order, without repeats."""
    names = [a.get("name") for a in entry.get("authors") or [] if a.get("name")]
    if not names and entry.get("author"):
        names = [entry.get("author")]
    return list(dict.fromkeys(names))
