"""The only module that knows the order of the stages.

    sources --ingest--> RawPage --article--> Article --statements--> ArticleRecord --store

Extraction of one article is a pure function of the article and the settings:
``Extractor.process`` holds nothing between articles but the loaded model, so the
same code runs in one process, in a pool of worker processes, or on Ray Data.
Every stage streams: iterators in, iterators out.
"""
from __future__ import annotations

import itertools
import logging
import multiprocessing as mp
import os
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .errors import OnrecordError, Warnings
from .nlp import load_nlp
from .records import Article, ArticleRecord, Failure, RawPage
from .settings import Settings

logger = logging.getLogger(__name__)

Result = ArticleRecord | Failure


class Extractor:
    """Article -> ArticleRecord, with the language model loaded once.

    settings (Settings): the run's settings.
    nlp: a loaded spaCy pipeline; loaded from ``settings.model`` when not given.
    """

    def __init__(self, settings: Settings | None = None, *, nlp=None) -> None:
        from .statements import StatementExtractor

        self.settings = settings or Settings()
        if nlp is None:
            nlp = load_nlp(self.settings.model, array_components=self.settings.array_components,
                           title_case=self.settings.title_case)
        self.nlp = nlp
        self.statements = StatementExtractor(self.nlp, self.settings)

    def process(self, articles: Iterable[Article | Failure]) -> Iterator[Result]:
        """Extract statements and entities from each article, in input order.

        Failures pass through unchanged; an article whose extraction raises becomes a
        Failure, so one bad article never stops a run.
        """
        from .article.language import has_statement_model

        batch: list[Article] = []
        for item in articles:
            if isinstance(item, Failure):
                yield from self._run_batch(batch)
                batch = []
                yield item
                continue
            if not has_statement_model(item.language, self.settings):
                yield from self._run_batch(batch)
                batch = []
                yield ArticleRecord(article=item, status="no_model")
                logger.info(Warnings.W003.format(language=item.language, path=item.source))
                continue
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield from self._run_batch(batch)
                batch = []
        yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> Iterator[Result]:
        if not batch:
            return
        limit = self.settings.max_chars
        texts = []
        for article in batch:
            if len(article.text) > limit:
                logger.warning(Warnings.W005.format(path=article.source, limit=limit))
            texts.append(article.text[:limit])
        try:
            docs = list(self.nlp.pipe(texts))
        except Exception:  # one bad text must not sink its batch: retry one by one
            docs = None
        for i, article in enumerate(batch):
            try:
                doc = docs[i] if docs is not None else self.nlp(texts[i])
                statements, entities = self.statements.extract(article, doc)
                yield ArticleRecord(article=article, statements=statements, entities=entities)
            except OnrecordError as exc:
                yield Failure(article.source, article.key, "statements", exc.code, str(exc))
            except Exception as exc:  # noqa: BLE001 - reported, never raised
                logger.exception("extraction failed for %s", article.source)
                yield Failure(article.source, article.key, "statements", "E000",
                              f"{type(exc).__name__}: {exc}")


def build_articles(pages: Iterable[RawPage | Failure], settings: Settings) -> Iterator[Article | Failure]:
    """RawPage -> Article for each page; a page that cannot be read becomes a Failure."""
    from .article import build_article

    for page in pages:
        if isinstance(page, Failure):
            yield page
            continue
        try:
            yield build_article(page, settings)
        except OnrecordError as exc:
            yield Failure(page.source, page.key, "article", exc.code, str(exc),
                          skipped=exc.code.startswith("W"))
        except Exception as exc:  # noqa: BLE001
            logger.exception("article extraction failed for %s", page.source)
            yield Failure(page.source, page.key, "article", "E000", f"{type(exc).__name__}: {exc}")


def read_pages(sources: Iterable[str], settings: Settings, *,
               skip: Callable[[str], bool] | None = None) -> Iterator[RawPage | Failure]:
    """Every input item of the given sources (files, folders, '-', WARC, feeds, URLs).

    skip: True for item keys the caller already has: feeds and URLs do not fetch those.
    """
    from .ingest import read_sources

    return read_sources(sources, settings, skip=skip)


# --- worker processes -------------------------------------------------------------
_worker: Extractor | None = None


def _init_worker(settings: Settings) -> None:
    global _worker  # one model per worker process, loaded once
    _exit_with_parent(os.getppid())
    _worker = Extractor(settings)


def _exit_with_parent(parent: int, every: float = 1.0) -> None:
    """End this worker when its parent is gone (killed with SIGKILL or SIGTERM).

    A worker blocked on the results pipe would otherwise wait for the dead parent
    forever, keeping its model in memory.
    """
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _work(chunk: list[RawPage | Failure]) -> list[Result]:
    assert _worker is not None
    return _process_chunk(_worker, chunk, _worker.settings)


def _process_chunk(extractor: Extractor, chunk: list[RawPage | Failure],
                   settings: Settings) -> list[Result]:
    """Every result of one chunk, with the strings the parser added for it freed after.

    spaCy adds every new word to its vocabulary, so without a memory zone a long run
    grows with the number of distinct words it has seen (names, places). The records
    hold plain strings and offsets, never a Doc, so nothing points into the zone after.
    """
    zone = getattr(extractor.nlp, "memory_zone", None)  # spaCy >= 3.8; absent on stand-ins
    with zone() if zone is not None else nullcontext():
        return list(extractor.process(build_articles(chunk, settings)))


# Pages parsed in one spaCy memory zone by a single process. The zone frees the strings
# its articles added to the vocabulary, so that a long run stays flat; but its exit, and
# the words parsed again after it, cost time: one zone per batch of 16 cost 3% of the run.
ZONE_PAGES = 256


def _zoned(extractor: Extractor, pages: Iterable[RawPage | Failure], settings: Settings) -> Iterator[Result]:
    """``Extractor.process`` over the pages, streaming, ZONE_PAGES pages to a memory zone.

    Results are yielded as they come, inside the zone: they hold plain strings and
    offsets, never a Doc, so they stay valid after it.
    """
    zone = getattr(extractor.nlp, "memory_zone", None)  # spaCy >= 3.8; absent on stand-ins
    items = iter(pages)
    while True:
        first = list(itertools.islice(items, 1))
        if not first:
            return
        group = itertools.chain(first, itertools.islice(items, ZONE_PAGES - 1))
        with zone() if zone is not None else nullcontext():
            yield from extractor.process(build_articles(group, settings))


def _chunks(items: Iterable[RawPage | Failure], size: int) -> Iterator[list[RawPage | Failure]]:
    chunk: list[RawPage | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(pages: Iterable[RawPage | Failure], settings: Settings, *,
        extractor: Extractor | None = None) -> Iterator[Result]:
    """The whole chain from pages to records, in input order, streaming.

    With ``settings.workers > 1`` chunks of pages are spread over worker processes
    that each load the model once; results come back in input order, so a run gives
    the same records whatever the number of workers.
    """
    if settings.workers <= 1:
        yield from _zoned(extractor or Extractor(settings), pages, settings)
        return
    yield from _run_in_workers(pages, settings)


# chunks submitted to the pool and not yet yielded, per worker: enough to keep every
# worker busy while the parent writes results, few enough for memory to stay flat
IN_FLIGHT_PER_WORKER = 2


def _run_in_workers(pages: Iterable[RawPage | Failure], settings: Settings) -> Iterator[Result]:
    """``run`` over worker processes, with a bounded window of chunks in flight.

    Pool.imap would read the whole input ahead of the workers (its feeder thread
    drains the iterator), so memory would grow with the input; here at most
    ``IN_FLIGHT_PER_WORKER * workers`` chunks are submitted and not yet yielded.
    A worker that dies (killed, out of memory) turns its chunks into Failures and a
    new pool takes over, so one bad article never sinks the run.
    """
    window = IN_FLIGHT_PER_WORKER * settings.workers
    chunks = _chunks(pages, settings.batch_size)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(settings.workers, mp_context=mp.get_context("spawn"),
                                   initializer=_init_worker, initargs=(settings,))

    pool = new_pool()
    any_worked = False  # a pool that breaks before any result at all cannot start: stop
    in_flight: deque = deque()
    try:
        while True:
            while len(in_flight) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                in_flight.append((chunk, pool.submit(_work, chunk)))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                if not any_worked:
                    raise OnrecordError("[E000] The worker processes could not start or died at "
                                        "once; run with --setting workers=1 to see why.") from None
                pool = new_pool()
                yield from _worker_died(chunk)
                # the chunks queued behind it went down with the pool: run them again
                in_flight = deque((c, pool.submit(_work, c)) for c, _ in in_flight)
                continue
            any_worked = True
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _worker_died(chunk: list[RawPage | Failure]) -> Iterator[Failure]:
    for item in chunk:
        if isinstance(item, Failure):
            yield item
        else:
            yield Failure(item.source, item.key, "statements", "E000",
                          "the worker process extracting this chunk died (killed or out of "
                          "memory); run again with fewer workers or a lower max_chars")


def extract(text: str, *, settings: Settings | None = None, title: str | None = None,
            id: str = "text", extractor: Extractor | None = None) -> ArticleRecord:
    """Extract the statements of one article given as plain text.

    text (str): the article, as a saved page's text.
    RETURNS (ArticleRecord): the article with its statements and entities.
    """
    settings = settings or Settings()
    page = RawPage(source="<text>", key=id, content=text, format="text", id=id, title=title)
    result = next(run([page], settings.with_(workers=1), extractor=extractor))
    if isinstance(result, Failure):
        raise OnrecordError(result.reason)
    return result
