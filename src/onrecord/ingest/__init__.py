"""Ingestion: sources (files, folders, stdin, WARC, feeds, URLs) -> RawPage items.

``detect_kind`` names the kind of a source and ``READERS`` maps each kind to the
function that reads it, as ``(module, function)`` imported on first use, so that a
reader whose module (or dependency) is missing costs nothing until it is needed and
then gives a coded Failure (E009) instead of an ImportError. Every reader has the
signature ``reader(source: str, settings: Settings) -> Iterator[RawPage | Failure]``;
the readers that fetch (``FETCHING_KINDS``) also take ``skip``, a function of an item key
that is True for items the caller already has: those are not downloaded again.
"""
from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import Errors, OnrecordError
from ..records import Failure, RawPage
from ..settings import Settings

logger = logging.getLogger(__name__)

Item = RawPage | Failure
Reader = Callable[[str, Settings], Iterator[Item]]

# kind -> (module relative to this package, function)
READERS: dict[str, tuple[str, str]] = {
    "stdin": (".files", "read_stdin"),
    "file": (".files", "read_file"),
    "folder": (".files", "read_folder"),
    "warc": (".warc", "read_warc"),
    "feed": (".feeds", "read_feed"),
    "urls": (".fetch", "read_url_list"),
    "url": (".fetch", "read_url"),
}

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
URL_LIST_SUFFIXES = (".urls",)
URL_SCHEMES = ("http://", "https://")
# kinds whose readers fetch over the network and take ``skip=``
FETCHING_KINDS = frozenset({"feed", "urls", "url"})
# kinds whose source is a local path, checked for existence before reading
LOCAL_KINDS = frozenset({"file", "folder", "warc", "feed", "urls"})


def detect_kind(path_or_url: str) -> str:
    """The kind of a source: a key of ``READERS``.

    path_or_url (str): a path, a URL, or "-" for standard input.
    RETURNS (str): "stdin", "url", "feed", "warc", "urls", "folder" or "file".
    """
    if path_or_url == "-":
        return "stdin"
    lowered = path_or_url.lower()
    if lowered.startswith(URL_SCHEMES):
        path = lowered.split("?", 1)[0].split("#", 1)[0].rstrip("/")
        return "feed" if path.endswith(FEED_SUFFIXES) or path.endswith("/feed") else "url"
    if Path(path_or_url).is_dir():
        return "folder"
    if lowered.endswith(WARC_SUFFIXES):
        return "warc"
    if lowered.endswith(FEED_SUFFIXES):
        return "feed"
    if lowered.endswith(URL_LIST_SUFFIXES):
        return "urls"
    return "file"


def get_reader(kind: str) -> Reader | None:
    """The reader function of a kind, or None when its module is not available."""
    module_name, func_name = READERS[kind]
    try:
        module = importlib.import_module(module_name, __package__)
    except ImportError as exc:
        logger.warning("no reader for %s sources: %s", kind, exc)
        return None
    return getattr(module, func_name, None)


def read_sources(sources: Iterable[str], settings: Settings, *,
                 skip: Callable[[str], bool] | None = None) -> Iterator[Item]:
    """Every input item of the given sources, in order; unreadable items become Failures.

    skip: True for item keys the caller already has; pages are then not fetched again
        (they come as a RawPage flagged ``fetch.NOT_FETCHED``, with the same key).
    """
    for source in sources:
        yield from read_source(source, settings, skip=skip)


def read_source(source: str, settings: Settings, *,
                skip: Callable[[str], bool] | None = None) -> Iterator[Item]:
    """Every input item of one source, dispatched on its kind (see ``READERS``)."""
    kind = detect_kind(source)
    is_url = source.lower().startswith(URL_SCHEMES)
    if kind in LOCAL_KINDS and not is_url and not Path(source).exists():
        yield Failure(source, source, "read", "E001", Errors.E001.format(path=source))
        return
    reader = get_reader(kind)
    if reader is None:
        yield Failure(source, source, "read", "E009", Errors.E009.format(path=source))
        return
    items = reader(source, settings, skip=skip) if skip is not None and kind in FETCHING_KINDS \
        else reader(source, settings)
    yield from _guarded(items, source)


def _guarded(items: Iterator[Item], source: str) -> Iterator[Item]:
    """Pass items through; an exception inside a reader ends that source as a Failure."""
    try:
        yield from items
    except OnrecordError as exc:
        yield Failure(source, source, "read", exc.code, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad source must not stop the run
        logger.exception("reading %s failed", source)
        yield Failure(source, source, "read", "E000", f"{type(exc).__name__}: {exc}")
