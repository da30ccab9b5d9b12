"""Language of an article, and whether statement rules exist for it."""
from __future__ import annotations

from ..settings import Settings

STATEMENT_LANGUAGES = frozenset({"en"})
# Below this many words a detector guesses more than it knows: keep the default.
MIN_WORDS = 12
# The detector reads this much of the text; more changes nothing but the time.
SAMPLE_CHARS = 1000


def has_statement_model(language: str, settings: Settings) -> bool:
    """True when the statement rules cover ``language``."""
    return language in STATEMENT_LANGUAGES


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language (py3langid), or None when it is too short.

    RETURNS (str | None): "en", "fr", "de", ...
    """
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS:
        return None
    import py3langid  # its model ships inside the package; loaded on first use

    code, _score = py3langid.classify(sample)
    return code


def load_detector() -> None:
    """Load the detector's model now (about a second) rather than on the first article: for a run that times its
    articles apart from its start, as ``bench/ingest_polnear.py`` does with the spaCy model."""
    import py3langid

    py3langid.classify("")


def article_language(text: str, settings: Settings, *, declared: str | None = None) -> str:
    """The language to record for an article: detected when the settings say so, else the default.

    declared (str | None): the language the page declares (<html lang="fr-CA">), used
        when the text is too short to detect.
    """
    if not settings.detect_language:
        return settings.language
    fallback = declared.split("-")[0].strip().lower() if declared else ""
    return detect_language(text) or fallback or settings.language
