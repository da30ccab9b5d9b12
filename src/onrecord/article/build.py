"""RawPage -> Article: choose the path by format, then fill what every article carries.

Metadata given with the page (JSON Lines fields, a WARC record's URL) overrides what
the text or the HTML says; the id, content hash and language are set last, the same
way for every path.
"""
from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit

from ..errors import error
from ..records import Article, RawPage, safe_text
from ..settings import Settings
from .html import read_html
from .language import article_language
from .metadata import parse_date
from .normalize import content_hash, decode_bytes, unify_line_breaks
from .plaintext import read_layout


def build_article(page: RawPage, settings: Settings) -> Article:
    """Make the Article of one input page.

    page (RawPage): text, HTML or a JSON Lines record, content as str or bytes.
    settings (Settings): min_article_words, detect_language, language.
    RETURNS (Article): text, spans, metadata, id, content hash, language, method.
    RAISES: OnrecordError with an E code (failure) or a W code (the page is skipped).
    """
    html = page.format == "html"
    text = page_text(page, html=html)
    if not text.strip():
        raise error("E002", path=item_name(page))
    if html:
        article, declared = _from_html(page, text, settings)
    else:
        article, declared = _from_text(page, text), None
    _apply_given(article, page)
    article.id = page.id or default_id(page)
    article.content_hash = content_hash(article.text)
    article.language = article_language(_body_text(article), settings, declared=declared)
    return article


def page_text(page: RawPage, *, html: bool) -> str:
    """The page's content as text, decoded when it came as bytes (E004 when it cannot be), with
    old-Mac line ends (a lone CR) made LF one for one, as decoding makes them; text given as a
    string loses what no text holds (NUL, lone surrogates: ``safe_text``)."""
    if isinstance(page.content, str):
        return unify_line_breaks(safe_text(page.content))
    return decode_bytes(page.content, path=item_name(page), declared=page.meta.get("charset"), html=html)


def item_name(page: RawPage) -> str:
    """How messages name one input item: the file, or the record inside its source.

    RETURNS (str): "notes.txt", "line 6 of feed.jsonl", "https://… (in crawl.warc.gz)",
        "standard input".
    """
    source = "standard input" if page.source == "-" else page.source
    line = page.meta.get("line")
    if line:
        return f"line {line} of {source}"
    if page.url and page.url != page.source:
        return f"{page.url} (in {source})"
    return source


def _from_text(page: RawPage, text: str) -> Article:
    """Plain text and JSON Lines text: the text as is, its layout read from its lines."""
    layout = read_layout(text, title_hint=page.title)
    return Article(
        id="", source=page.source, key=page.key, text=text, title=layout.title, outlet=layout.outlet,
        published=layout.published, authors=layout.authors, paragraphs=layout.paragraphs,
        headline=layout.headline, furniture=layout.furniture,
        method="record" if page.format == "record" else "plaintext",
    )


def _from_html(page: RawPage, html: str, settings: Settings) -> tuple[Article, str | None]:
    """HTML: the extracted text (title line, blank line, paragraphs) and the page's metadata.

    RETURNS (tuple[Article, str | None]): the article, and the language the page declares.
    """
    found = read_html(html, path=item_name(page), url=page.url, settings=settings)
    layout = read_layout(found.text, title_hint=found.title)
    return Article(
        id="", source=page.source, key=page.key, text=found.text,
        title=found.title or layout.title, outlet=found.outlet or layout.outlet,
        published=found.published or layout.published, authors=found.authors or layout.authors,
        url=found.url, canonical_url=found.canonical_url, paragraphs=layout.paragraphs,
        headline=layout.headline, furniture=layout.furniture, method=found.method,
    ), found.language


def _apply_given(article: Article, page: RawPage) -> None:
    """Metadata that came with the page wins over what was detected."""
    article.title = page.title or article.title
    article.outlet = page.outlet or article.outlet
    article.url = page.url or article.url
    article.authors = page.authors or article.authors
    if page.published:
        article.published = parse_date(page.published) or article.published


def default_id(page: RawPage) -> str:
    """An id for a page given none: the last part of its URL's path for a page with a URL
    (fetched, or a record of a WARC file or feed, whose records would otherwise all
    share the file's name), else the file name without extension."""
    source = page.source
    url = page.url or (source if source.lower().startswith(("http://", "https://")) else None)
    if url:
        parts = urlsplit(url)
        return PurePosixPath(parts.path).stem or parts.hostname or url
    return PurePosixPath(source.replace("\\", "/")).stem or page.key


def _body_text(article: Article) -> str:
    """The paragraphs' text, for language detection (outlet names and furniture mislead it)."""
    if not article.paragraphs:
        return article.text
    return "\n".join(article.text[s:e] for s, e in article.paragraphs)
