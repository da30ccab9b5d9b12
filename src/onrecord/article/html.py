"""HTML page -> main text and metadata, with trafilatura and htmldate.

The extraction is a numbered cascade; ``method`` records which step gave the text:
1. trafilatura favouring precision (less boilerplate);
2. trafilatura favouring recall, when step 1 kept less than an article's worth;
then the page is checked for what it is: an empty shell or a section front / tag
page is skipped with W002, a page with text but no main text fails with E010.
The date comes from trafilatura's metadata, else htmldate, else a date line in the text.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..errors import error, warning
from ..settings import Settings

logger = logging.getLogger(__name__)
# trafilatura logs "discarding data" for pages that W002/E010 already report, with the reason
logging.getLogger("trafilatura").setLevel(logging.ERROR)

# og:type values of pages that are articles (or may be, when a site sets none)
ARTICLE_TYPES = frozenset({"article", "newsarticle", "news", "blogposting", "reportage", ""})
# A page where this share of the words sits inside links is a list of links.
MAX_LINK_SHARE = 0.5
MIN_LINKS_FOR_FRONT = 15
FRONT_PARAGRAPH_WORDS = 12
TAG = re.compile(r"<[A-Za-z][A-Za-z0-9]*[\s/>]")
TRAFILATURA_OPTIONS = dict(include_comments=False, include_tables=False, include_images=False,
                           include_links=False, with_metadata=True,
                           date_extraction_params={"extensive_search": False, "original_date": True})


@dataclass(slots=True)
class PageText:
    """What an HTML page gives: the article text and its metadata.

    text (str): the title line, a blank line, then the paragraphs separated by blank lines.
    language (str | None): the language the page declares (<html lang>), not a detection.
    """

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    method: str = ""


@dataclass(slots=True)
class PageShape:
    """Counts taken from the whole page before extraction, to tell articles from fronts."""

    words: int
    link_words: int
    links: int
    og_type: str
    canonical_url: str | None
    lang: str | None


def read_html(html: str, *, path: str, url: str | None, settings: Settings) -> PageText:
    """Extract the main text and metadata of an HTML page.

    path (str): the page's source, named in errors.
    url (str | None): the page's URL when known (helps trafilatura and htmldate).
    RETURNS (PageText): the text and metadata.
    RAISES: E006 for HTML that cannot be parsed, E010 when no main text is found,
        W002 for pages that are not articles.
    """
    from trafilatura.utils import load_html

    if not TAG.search(html):
        raise error("E006", path=path, detail="it holds no HTML tags")
    tree = load_html(html)
    if tree is None:
        raise error("E006", path=path, detail="no HTML document structure could be parsed")
    shape = page_shape(tree)
    doc, method = _extract(html, url, settings)
    body = _paragraph_lines(doc.text or "", doc.title) if doc is not None else []
    words = sum(len(p.split()) for p in body)
    _check_article(path, shape, body, words, settings)
    title = _clean(doc.title)
    text = "\n\n".join(([title] if title else []) + body)
    return PageText(
        text=text, title=title, outlet=_clean(doc.sitename) or _host(url or doc.url),
        published=doc.date or _htmldate(html, url), authors=_split_authors(doc.author),
        url=url or _clean(doc.url), canonical_url=shape.canonical_url or _clean(doc.url),
        language=shape.lang, method=method,
    )


def _extract(html: str, url: str | None, settings: Settings):
    """Steps 1 and 2 of the cascade: the trafilatura Document and the method that made it."""
    import trafilatura

    best, method = None, ""
    for step, options in (("html/trafilatura-precision", {"favor_precision": True}),
                          ("html/trafilatura-recall", {"favor_recall": True})):
        try:
            doc = trafilatura.bare_extraction(html, url=url, **options, **TRAFILATURA_OPTIONS)
        except Exception as exc:  # noqa: BLE001 - a failed step hands over to the next
            logger.warning("trafilatura (%s) failed: %s", step, exc)
            continue
        if doc is not None and (best is None or _words(doc.text) > _words(best.text)):
            best, method = doc, step
        if best is not None and _words(best.text) >= settings.min_article_words:
            break
    return best, method


def _check_article(path: str, shape: PageShape, body: list[str], words: int, settings: Settings) -> None:
    """Raise W002 for an empty shell or a list of links, E010 for text without main text."""
    if shape.words < settings.min_article_words:
        raise warning("W002", path=path, detail=f"an empty shell ({shape.words} words on the whole page)")
    if shape.links >= MIN_LINKS_FOR_FRONT and shape.link_words > MAX_LINK_SHARE * shape.words:
        raise warning("W002", path=path, detail=f"a section front or tag page ({shape.links} links "
                                                 f"hold {shape.link_words} of its {shape.words} words)")
    if not body:
        raise error("E010", path=path, detail=f"the page has {shape.words} words but no main text")
    if words < settings.min_article_words:
        raise warning("W002", path=path, detail=f"a page with little main text ({words} words, "
                                                 f"fewer than min_article_words={settings.min_article_words})")
    short = sorted(len(p.split()) for p in body)[len(body) // 2] < FRONT_PARAGRAPH_WORDS
    if shape.og_type not in ARTICLE_TYPES and shape.links >= MIN_LINKS_FOR_FRONT and short:
        raise warning("W002", path=path, detail=f"a '{shape.og_type}' page of short link blocks")


def page_shape(tree) -> PageShape:
    """Words, words inside links, links, og:type, canonical URL and language tag of a parsed page."""
    body = tree.find(".//body")
    scope = body if body is not None else tree
    for junk in scope.xpath(".//script|.//style|.//noscript|.//template"):
        junk.drop_tree()
    words = _element_words(scope)
    anchors = scope.xpath(".//a")
    link_words = sum(_element_words(a) for a in anchors)
    og_type = (tree.xpath("string(//meta[@property='og:type']/@content)") or "").strip().lower()
    canonical = (tree.xpath("string(//link[@rel='canonical']/@href)") or "").strip() or None
    lang = (tree.xpath("string(/html/@lang)") or "").strip() or None
    return PageShape(words, link_words, len(anchors), og_type, canonical, lang)


def _element_words(element) -> int:
    """Words in an element; adjacent elements count apart even without spaces between them."""
    return sum(len(piece.split()) for piece in element.itertext())


def _paragraph_lines(text: str, title: str | None) -> list[str]:
    """trafilatura's text as paragraphs, without a first line that repeats the title."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0].casefold() == " ".join(title.split()).casefold():
        lines = lines[1:]
    return lines


def _htmldate(html: str, url: str | None) -> str | None:
    try:
        from htmldate import find_date

        return find_date(html, url=url, original_date=True, extensive_search=True)
    except Exception as exc:  # noqa: BLE001 - a missing date is not a failure
        logger.info("htmldate failed: %s", exc)
        return None


def _split_authors(value: str | None) -> list[str]:
    return [a.strip() for a in re.split(r";|\band\b", value or "") if a.strip()]


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0
