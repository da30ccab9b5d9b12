"""onrecord: who said what, to whom, when, where and about whom, in the news.

    >>> import onrecord
    >>> record = onrecord.extract('"We will rebuild," Mayor Ana Ruiz said on Monday.')
    >>> record.statements[0].speaker.name
    'Ana Ruiz'
"""
from __future__ import annotations

import logging

from .errors import OnrecordError
from .pipeline import Extractor, extract
from .records import Article, ArticleRecord, Entity, Failure, RawPage, Speaker, Statement, TextSpan
from .settings import Settings, load_settings

__all__ = [
    "extract", "Extractor", "Settings", "load_settings", "OnrecordError",
    "Article", "ArticleRecord", "Statement", "Speaker", "Entity", "TextSpan", "RawPage", "Failure",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
