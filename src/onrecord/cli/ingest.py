"""``onrecord ingest``, ``onrecord errors`` and ``onrecord db-migrate``.

``ingest`` is the one code path from sources to the store (the CLI and
``bench/ingest_polnear.py`` both call it): read the items, drop those the store has
already done (before any parsing), extract the rest, and write each article in its
own transaction. A killed run keeps what it committed; the same command run again
finishes the rest. An item whose content changed since it was done (a file edited at
the same path) is not done: it is processed again and replaces its earlier version.
"""
from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from functools import partial
from itertools import chain
from typing import Callable, Iterable, Iterator

import click

from ..errors import OnrecordError, error
from ..records import ArticleRecord, Failure, RawPage
from ..settings import Settings
from ..store.base import ALREADY, DONE, DUPLICATE, FAILED, Store
from ..store.write import changed
from .common import db_option, settings_options

PLAIN_PROGRESS_EVERY = 5.0  # seconds between progress lines when stderr is not a terminal
UNREADABLE = ""  # the fingerprint of an item that no longer reads


@dataclass(slots=True)
class IngestSummary:
    """What one ``ingest`` run did."""

    articles: int = 0
    statements: int = 0
    duplicates: int = 0
    updated: int = 0  # stored articles that replaced their earlier version
    already: int = 0
    skipped: int = 0
    failed: int = 0
    failed_before: int = 0  # items passed over because an earlier run failed them
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Articles (stored or duplicate) per second."""
        return (self.articles + self.duplicates) / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        text = (f"ingested {self.articles} articles, {self.statements} statements, "
                f"{self.skipped} skipped, {self.failed} failed in {self.seconds:.1f} s")
        extra = []
        if self.updated:
            extra.append(f"{self.updated} updated since the last run")
        if self.duplicates:
            extra.append(f"{self.duplicates} duplicates of stored articles")
        if self.already:
            extra.append(f"{self.already} already in the database")
        if self.failed_before:
            extra.append(f"{self.failed_before} of them failed in an earlier run: "
                         f"--retry-failed tries them again")
        return text + (f" ({', '.join(extra)})" if extra else "")


Listener = Callable[[IngestSummary, "Failure | None"], None]


def ingest(paths: Iterable[str], store: Store, settings: Settings, *, extractor=None,
           retry_failed: bool = False, on_item: Listener | None = None) -> IngestSummary:
    """Extract the articles of ``paths`` and write them to ``store``, skipping what it has.

    paths: files, folders, WARC files, feeds, URLs or '-' (as ``read_pages`` takes them).
    store (Store): an open, migrated store.
    extractor (pipeline.Extractor | None): a loaded extractor to reuse (one worker only).
    retry_failed (bool): process again the items that failed in an earlier run.
    on_item: called after every item with the running summary and the item's Failure
        (None for a stored article), for progress displays.
    RETURNS (IngestSummary): the counts of this run.
    """
    from ..pipeline import read_pages, run

    summary = IngestSummary()
    started = time.perf_counter()
    # feeds and URL lists ask before fetching, so that a second run downloads only what is new
    done = partial(_is_done, store, retry_failed=retry_failed)
    fingerprints: dict[str, str] = {}  # of the items in flight, by key, until written
    pages = _not_done(read_pages(paths, settings, skip=done), store, summary, retry_failed, fingerprints)
    first = next(pages, None)
    if first is None:  # everything is done already: no need to load the model
        summary.seconds = time.perf_counter() - started
        return summary
    for result in run(chain([first], pages), settings, extractor=extractor):
        key = result.article.key if isinstance(result, ArticleRecord) else result.key
        failure = _write(store, result, summary, fingerprints.pop(key, None))
        summary.seconds = time.perf_counter() - started
        if on_item is not None:
            on_item(summary, failure)
    summary.seconds = time.perf_counter() - started
    return summary


def _is_done(store: Store, key: str, *, retry_failed: bool) -> bool:
    """True when the store has finished with the item ``key``."""
    return _finished(store.item_status(key), retry_failed)


def _finished(status: str | None, retry_failed: bool) -> bool:
    """True for an item stored or skipped before, or failed before unless failures are retried."""
    return status is not None and not (retry_failed and status == FAILED)


def _not_done(pages: Iterable[RawPage | Failure], store: Store, summary: IngestSummary,
              retry_failed: bool, fingerprints: dict[str, str]) -> Iterator[RawPage | Failure]:
    """The items the store has not done yet, or done with other content (a key lookup and
    a hash of the content, before any parsing); each page's fingerprint goes in ``fingerprints``."""
    from ..ingest.fetch import NOT_FETCHED

    for page in pages:
        status = store.item_status(page.key)
        if isinstance(page, Failure):
            # an item stored before that no longer reads (emptied, now binary): say so; the
            # stored version stays, and the empty fingerprint differs from any content to come
            fingerprint = UNREADABLE if status in (DONE, DUPLICATE) else None
        else:  # a page not fetched (the caller had it) holds nothing to compare
            fingerprint = None if page.meta.get(NOT_FETCHED) else page.fingerprint()
        if not _finished(status, retry_failed) or changed(store.item_fingerprint(page.key), fingerprint):
            if fingerprint is not None:
                fingerprints[page.key] = fingerprint
            yield page
        else:
            summary.already += 1
            summary.failed_before += status == FAILED


def _write(store: Store, result: ArticleRecord | Failure, summary: IngestSummary,
           fingerprint: str | None = None) -> Failure | None:
    """Write one result; RETURNS the Failure recorded for it, or None when stored."""
    if isinstance(result, ArticleRecord):
        try:
            written = store.write(result, result.article.key, fingerprint)
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the run
            result = Failure(result.article.source, result.article.key, "store", "E034",
                             str(error("E034", path=result.article.source,
                                       detail=f"{type(exc).__name__}: {exc}")))
        else:
            summary.updated += written.replaced
            if written.status == DUPLICATE:
                summary.duplicates += 1
            elif written.status == ALREADY:
                summary.already += 1
            else:
                summary.articles += 1
                summary.statements += written.n_statements
            return None
    store.write_failure(result, fingerprint)
    if result.skipped:
        summary.skipped += 1
    else:
        summary.failed += 1
    return result


# --- progress -------------------------------------------------------------------------
def _progress_fields(s: IngestSummary) -> str:
    return (f"{s.articles + s.duplicates} articles, {s.rate:.1f}/s, {s.statements} statements, "
            f"{s.already} already done, {s.skipped} skipped, {s.failed} failed")


def _failure_text(failure: Failure) -> str:
    label = "skipped" if failure.skipped else "error"
    return f"{label}: {failure.source}: {failure.reason}"


class _PlainProgress:
    """A progress line on stderr every few seconds, for logs and pipes."""

    def __init__(self) -> None:
        self.last = time.monotonic()

    def __call__(self, summary: IngestSummary, failure: Failure | None) -> None:
        if failure is not None:
            click.echo(_failure_text(failure), err=True)
        now = time.monotonic()
        if now - self.last >= PLAIN_PROGRESS_EVERY:
            self.last = now
            click.echo(f"ingest: {_progress_fields(summary)}", err=True)


class _RichProgress:
    """A live progress display on a terminal (rich), with failures printed above it."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                 TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task("starting (loading the language model)")

    def __enter__(self) -> "_RichProgress":
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def __call__(self, summary: IngestSummary, failure: Failure | None) -> None:
        if failure is not None:
            self.progress.console.print(_failure_text(failure), markup=False, highlight=False)
        self.progress.update(self.task, description=_progress_fields(summary))


# --- commands -------------------------------------------------------------------------
@click.command(name="ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (each loads the model once); default: the 'workers' setting.")
@click.option("--retry-failed", is_flag=True,
              help="Process again the items that failed in an earlier run.")
@settings_options(fetching=True)
def ingest_cli(paths: tuple[str, ...], db_path: str, workers: int | None, retry_failed: bool,
               settings: Settings) -> None:
    """Extract the statements of articles and store them in a SQLite database.

    PATHS are files, folders (read recursively), WARC files, feeds, URLs, or '-'
    for standard input. Each article is one transaction: a run that is stopped keeps
    what it stored, and the same command run again does only the rest. Items already
    in the database are skipped before parsing, unless their content changed (a file
    edited at the same path): then the new version replaces the stored one. An article
    stored under another path is recorded as a duplicate. Problems go to standard error
    and to 'onrecord errors'; the exit status is 1 when any item failed (skipped items
    are not failures).

    Example:

        onrecord ingest samples/articles --db onrecord.db --workers 2
    """
    from ..store.sqlite import open_store

    if workers is not None:
        settings = settings.with_(workers=workers)
    try:
        store = open_store(db_path, settings=settings)
    except OnrecordError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        summary = _run_with_progress(paths, store, settings, retry_failed)
    except KeyboardInterrupt:
        click.echo(f"interrupted: what was stored stays in {db_path}; run the same command "
                   "again to finish", err=True)
        sys.exit(130)
    except OnrecordError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(summary.line())
    sys.exit(1 if summary.failed else 0)


def _run_with_progress(paths: tuple[str, ...], store: Store, settings: Settings,
                       retry_failed: bool) -> IngestSummary:
    if sys.stderr.isatty():
        with _RichProgress() as progress:
            return ingest(paths, store, settings, retry_failed=retry_failed, on_item=progress)
    return ingest(paths, store, settings, retry_failed=retry_failed, on_item=_PlainProgress())


@click.command(name="errors")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per item, one per line.")
@click.option("--failed-only", is_flag=True, help="Leave out deliberately skipped items.")
def errors_cli(db_path: str, as_json: bool, failed_only: bool) -> None:
    """List the items that were skipped or failed, with the reason.

    Example:

        onrecord errors --db onrecord.db --failed-only
    """
    from ..store.sqlite import open_store

    try:
        store = open_store(db_path, read_only=True)
    except OnrecordError as exc:
        raise click.ClickException(str(exc)) from None
    columns = ("source", "key", "stage", "code", "reason", "skipped", "at")
    with store:
        rows = store.connection.execute(
            f"SELECT {', '.join(columns)} FROM errors "
            + ("WHERE skipped = 0 " if failed_only else "") + "ORDER BY id").fetchall()
    for row in rows:
        item = dict(zip(columns, row))
        item["skipped"] = bool(item["skipped"])
        if as_json:
            click.echo(json.dumps(item, ensure_ascii=False))
        else:
            label = "skipped" if item["skipped"] else "failed"
            click.echo(f"{label}\t{item['code']}\t{item['stage']}\t{item['key']}\t{item['reason']}")
    if not as_json:
        click.echo(f"{len(rows)} items", err=True)


@click.command(name="db-migrate")
@db_option
def db_migrate_cli(db_path: str) -> None:
    """Bring a database to the current schema (creating it when missing). Safe to re-run.

    Example:

        onrecord db-migrate --db onrecord.db
    """
    from ..store.migrations import applied_migrations, migrate
    from ..store.sqlite import connect

    try:
        conn = connect(db_path)
        try:
            applied = migrate(conn, db_path)
            current = applied_migrations(conn)[-1]
        finally:
            conn.close()
    except OnrecordError as exc:
        raise click.ClickException(str(exc)) from None
    if applied:
        click.echo(f"applied {len(applied)} migrations to {db_path}: {', '.join(applied)}")
    else:
        click.echo(f"{db_path} is up to date ({current})")
