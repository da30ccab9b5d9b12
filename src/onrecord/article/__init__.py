"""Article extraction: RawPage -> Article (text, paragraphs, headline, outlet, date)."""
from __future__ import annotations

import hashlib
import re

from ..records import Article, RawPage
from ..settings import Settings


def build_article(page: RawPage, settings: Settings) -> Article:
    """Placeholder: plain text only; the article package replaces it."""
    text = page.content if isinstance(page.content, str) else page.content.decode("utf-8")
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    return Article(id=page.id or page.key, source=page.source, key=page.key, text=text,
                   title=page.title, paragraphs=paragraphs,
                   content_hash=hashlib.sha1(text.encode()).hexdigest())
