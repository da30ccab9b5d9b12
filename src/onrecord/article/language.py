"""Language of an article, and whether statement rules exist for it."""
from __future__ import annotations

from ..settings import Settings

STATEMENT_LANGUAGES = frozenset({"en"})


def has_statement_model(language: str, settings: Settings) -> bool:
    """True when the statement rules cover ``language``."""
    return language in STATEMENT_LANGUAGES
