"""The only module that knows the order of the stages.

    sources --ingest--> RawPage --article--> Article --statements--> ArticleRecord --store

Extraction of one article is a pure function of the article and the settings:
``Extractor.process`` holds nothing between articles but the loaded model, so the
same code runs in one process, in a pool of worker processes, or on Ray Data.
Every stage streams: iterators in, iterators out.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
from dataclasses import dataclass
from typing import Iterable, Iterator

from .errors import OnrecordError, Warnings, error
from .records import Article, ArticleRecord, Failure, RawPage
from .settings import Settings

logger = logging.getLogger(__name__)

Result = ArticleRecord | Failure


def load_nlp(model: str):
    """Load the spaCy pipeline named by the ``model`` setting.

    RETURNS (spacy.language.Language): the loaded pipeline.
    """
    import spacy

    try:
        return spacy.load(model)
    except (OSError, ImportError) as exc:
        raise error("E022", model=model, detail=str(exc).splitlines()[0]) from None


@dataclass(slots=True)
class _Parsed:
    article: Article
    text: str  # the part of the text given to the parser (max_chars)


class Extractor:
    """Article -> ArticleRecord, with the language model loaded once.

    settings (Settings): the run's settings.
    nlp: a loaded spaCy pipeline; loaded from ``settings.model`` when not given.
    """

    def __init__(self, settings: Settings | None = None, *, nlp=None) -> None:
        from .statements import StatementExtractor

        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else load_nlp(self.settings.model)
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


def read_pages(sources: Iterable[str], settings: Settings) -> Iterator[RawPage | Failure]:
    """Every input item of the given sources (files, folders, '-', WARC, feeds, URLs)."""
    from .ingest import read_sources

    return read_sources(sources, settings)


# --- worker processes -------------------------------------------------------------
_worker: Extractor | None = None


def _init_worker(settings: Settings) -> None:
    global _worker  # one model per worker process, loaded once
    _worker = Extractor(settings)


def _work(chunk: list[RawPage | Failure]) -> list[Result]:
    assert _worker is not None
    return list(_worker.process(build_articles(chunk, _worker.settings)))


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
        ex = extractor or Extractor(settings)
        yield from ex.process(build_articles(pages, settings))
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(settings.workers, initializer=_init_worker, initargs=(settings,)) as pool:
        # imap pulls chunks lazily enough for memory to stay flat; ordered for determinism
        for results in pool.imap(_work, _chunks(pages, settings.batch_size)):
            yield from results


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
