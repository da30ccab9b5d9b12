"""Article extraction: RawPage -> Article (text, paragraphs, headline, outlet, date).

build.py chooses the path by format; plaintext.py reads the layout of plain text,
html.py extracts pages with trafilatura, metadata.py reads dates, titles and
furniture from lines, normalize.py decodes bytes and hashes text, language.py
detects the language.
"""
from __future__ import annotations

from .build import build_article
from .language import detect_language, has_statement_model

__all__ = ["build_article", "detect_language", "has_statement_model"]
