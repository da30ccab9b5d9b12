"""The small interface every store implements: SQLite now, PostgreSQL later.

The ingest command talks to a store only through ``Store``; the query layer
(``store/read.py``) gets a DB-API connection from ``Store.connection``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from ..records import ArticleRecord, Failure

# items.status values
DONE = "done"
DUPLICATE = "duplicate"
SKIPPED = "skipped"
FAILED = "failed"
# returned by Store.write for an item key already recorded; never stored
ALREADY = "already"


@dataclass(slots=True, frozen=True)
class WriteResult:
    """What ``Store.write`` did with one article.

    status (str): "done" (stored now), "duplicate" (the same content was already
        stored under another key; only the item row was written) or "already" (this
        item key was recorded before; nothing was written).
    article_id (int): the stored article (the earlier one for a duplicate).
    n_statements (int): statements this article carried (0 for a duplicate).
    replaced (bool): the item had been stored before with other content, and that
        earlier version was removed in the same transaction.
    """

    status: str
    article_id: int
    n_statements: int
    replaced: bool = False


@runtime_checkable
class Store(Protocol):
    """Where ingested articles go. One transaction per article; idempotent by item key.

    A store is opened (``open_store`` of its module), migrated, written, closed.
    """

    path: str

    @property
    def connection(self) -> Any:
        """The DB-API connection, for the read-side queries of ``store/read.py``."""

    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied; RETURNS the names applied now."""

    def is_done(self, key: str) -> bool:
        """True when the input item ``key`` was already processed (any status)."""

    def item_status(self, key: str) -> str | None:
        """The item's status ("done", "duplicate", "skipped", "failed"), None when new."""

    def item_fingerprint(self, key: str) -> str | None:
        """The fingerprint the item had when it was processed; None when unknown."""

    def write(self, record: ArticleRecord, key: str, fingerprint: str | None = None) -> WriteResult:
        """Store one article and everything in it in one transaction.

        An item stored before with another fingerprint is replaced: its earlier version
        goes in the same transaction.
        """

    def write_failure(self, failure: Failure, fingerprint: str | None = None) -> None:
        """Record a skipped or failed item, so that ``onrecord errors`` lists it."""

    def close(self) -> None:
        """Commit nothing pending and release the database."""
