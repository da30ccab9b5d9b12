"""Ingestion: sources (files, folders, stdin, WARC, feeds, URLs) -> RawPage items."""
from __future__ import annotations

from typing import Iterable, Iterator

from ..records import Failure, RawPage
from ..settings import Settings


def read_sources(sources: Iterable[str], settings: Settings) -> Iterator[RawPage | Failure]:
    """Every input item of the given sources, in order; unreadable items become Failures."""
    from .files import read_path

    for source in sources:
        yield from read_path(source, settings)
