"""Evaluation: run extraction on a gold collection and score it, beside a textacy baseline.

The whole run, as ``onrecord evaluate GOLD`` does it::

    from onrecord.evaluate import evaluate
    report = evaluate("../shared/datasets/polnear/dev", act=None, baseline=True)
    print(report.table()); report.to_dict()  # every figure, as --json writes it

Scoring only, for bench scripts that produce their own predictions (stable API)::

    from onrecord.evaluate import read_gold, score_predictions
    gold = read_gold("../shared/datasets/polnear/dev")          # or a .jsonl file
    scores = score_predictions(gold, {record["id"]: record["quotes"] for record in records})
    scores.content["0.3"].f1, scores.quoted["0.8"].f1, scores.speaker.value,
    scores.attribution.f1, scores.cue.f1, scores.act.value     # Scores.to_dict() for all

``score_predictions`` also takes an iterable of whole records (``ArticleRecord.to_json()``
dicts or lines of ``onrecord extract`` output), ``act="speech"`` to score speech only,
and ``details=True`` to collect each article's missed, spurious and wrongly attributed
statements in ``scores.details``. How matching works: ``onrecord.evaluate.match``;
what each figure counts: ``onrecord.evaluate.score``; gold formats and the gold act:
``onrecord.evaluate.gold``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import Warnings, error
from ..settings import Settings
from .agreement import annotator_agreement
from .baseline import baseline_quotes, load_direct_quotations
from .gold import Attribution, GoldArticle, detect_format, read_brat_annotators, read_gold, read_predictions
from .report import format_summary, format_table
from .score import PRF, Accuracy, Scores, score_predictions

__all__ = [
    "evaluate", "EvalReport", "read_gold", "read_predictions", "score_predictions",
    "Scores", "PRF", "Accuracy", "Attribution", "GoldArticle",
]


ONRECORD, TEXTACY, ANNOTATORS = "onrecord", "textacy", "annotators"
ACT_CHOICES = ("speech", "belief")


@dataclass(slots=True)
class EvalReport:
    """The figures of every system on one gold collection, with timings and problems.

    systems (dict[str, Scores]): "onrecord", and "textacy" when the baseline ran.
    timing (dict[str, float]): seconds spent reading gold, extracting, on the
        baseline and scoring.
    failures (list[str]): articles onrecord failed on (scored as no predictions).
    misaligned (list[str]): articles whose extracted text differs from the gold
        text, so that offsets may not line up.
    gold, predictions: what was scored, kept so that a caller can score again
        (``score_predictions(report.gold, report.predictions, act="speech")``)
        without extracting again.
    """

    gold_path: str
    act: str | None
    systems: dict[str, Scores] = field(default_factory=dict)
    timing: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    misaligned: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    predictions_from: str | None = None
    annotator_pairs: int = 0
    gold: list[GoldArticle] = field(default_factory=list, repr=False)
    predictions: dict[str, list[Attribution]] = field(default_factory=dict, repr=False)

    def table(self) -> str:
        return format_table(self)

    def summary(self) -> str:
        return format_summary(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold_path, "act": self.act or "all",
            "predictions": self.predictions_from or "extracted",
            **({"annotator_pairs": self.annotator_pairs} if self.annotator_pairs else {}),
            "systems": {name: s.to_dict() for name, s in self.systems.items()},
            "timing_s": {k: round(v, 2) for k, v in self.timing.items()},
            "failures": self.failures, "misaligned": self.misaligned, "warnings": self.warnings,
        }


class _DocTap:
    """Stands in for the spaCy pipeline inside an Extractor and hands each Doc to a callback.

    The Extractor parses in batches with ``nlp.pipe``; the tap passes every Doc on
    unchanged, so onrecord's output is what it is without the tap, and the
    baseline runs on the same parse without parsing twice.
    """

    def __init__(self, nlp: Any, on_doc: Callable[[Any], None]) -> None:
        self._nlp = nlp
        self._on_doc = on_doc

    def pipe(self, texts: Any, *args: Any, **kwargs: Any):
        for doc in self._nlp.pipe(texts, *args, **kwargs):
            self._on_doc(doc)
            yield doc

    def __call__(self, text: str, *args: Any, **kwargs: Any):
        doc = self._nlp(text, *args, **kwargs)
        self._on_doc(doc)
        return doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)


@dataclass(slots=True)
class _Extraction:
    predictions: dict[str, list[Attribution]] = field(default_factory=dict)
    baseline: dict[str, list[Attribution]] | None = None  # by parsed text
    failures: list[str] = field(default_factory=list)
    misaligned: list[str] = field(default_factory=list)
    baseline_seconds: float = 0.0


def _pages(gold: list[GoldArticle]):
    from ..records import RawPage

    # format "text": the gold text is the article, exactly as `onrecord extract` reads a .txt
    return [RawPage(source=a.source or a.id, key=a.id, content=a.text, format="text", id=a.id)
            for a in gold]


def _extract(gold: list[GoldArticle], settings: Settings, *, extractor: Any | None,
             direct_quotations: Any | None) -> _Extraction:
    """Run onrecord's pipeline on every gold text, and textacy on the same Docs."""
    from ..pipeline import Extractor, run
    from ..records import Failure

    out = _Extraction(baseline={} if direct_quotations else None)

    def on_doc(doc: Any) -> None:
        if out.baseline is not None:
            started = time.perf_counter()
            out.baseline[doc.text] = baseline_quotes(doc, direct_quotations)
            out.baseline_seconds += time.perf_counter() - started

    if settings.workers > 1:  # worker processes parse: the baseline will parse on its own
        results = run(_pages(gold), settings)
    else:
        extractor = extractor or Extractor(settings)
        results = _tapped_run(extractor, _pages(gold), settings, on_doc)
    texts = {a.id: a.text for a in gold}
    for result in results:
        if isinstance(result, Failure):
            out.failures.append(f"{result.key}: {result.reason}")
            continue
        key = result.article.key
        if result.article.text != texts.get(key):
            out.misaligned.append(key)
        out.predictions[key] = [_as_attribution(s) for s in result.statements]
    return out


def _tapped_run(extractor: Any, pages: list, settings: Settings, on_doc: Callable[[Any], None]):
    from ..pipeline import run

    original = extractor.nlp
    extractor.nlp = _DocTap(original, on_doc)
    try:
        yield from run(pages, settings.with_(workers=1), extractor=extractor)
    finally:
        extractor.nlp = original


def _as_attribution(statement: Any) -> Attribution:
    from .gold import attribution_from_json

    return attribution_from_json(statement.to_json())


def _textacy_predictions(gold: list[GoldArticle], extraction: _Extraction, settings: Settings,
                         direct_quotations: Any, extractor: Any | None) -> dict[str, list[Attribution]]:
    """textacy's quotes by article id: from the tapped parse, or by parsing here.

    onrecord did not parse here when predictions came from a file or from worker
    processes; then the texts are parsed once more for textacy alone.
    """
    by_text = extraction.baseline
    if not by_text:
        from ..pipeline import load_nlp

        started = time.perf_counter()
        nlp = getattr(extractor, "nlp", None) or load_nlp(
            settings.model, array_components=settings.array_components, title_case=settings.title_case)
        texts = [a.text[:settings.max_chars] for a in gold]
        by_text = {doc.text: baseline_quotes(doc, direct_quotations)
                   for doc in nlp.pipe(texts, batch_size=settings.batch_size)}
        extraction.baseline_seconds = time.perf_counter() - started
    return {a.id: by_text.get(a.text[:settings.max_chars], []) for a in gold}


def evaluate(gold_path: str | Path, *, fmt: str | None = None, act: str | None = None,
             settings: Settings | None = None, baseline: bool = True, limit: int | None = None,
             predictions: str | Path | None = None, details: bool = False,
             extractor: Any | None = None, agreement: bool = False) -> EvalReport:
    """Extract statements from every gold article and score them (and textacy's).

    gold_path: a brat folder (``text/``, ``attributions/``) or a JSON Lines file.
    fmt (str | None): "brat" or "jsonl"; guessed from the path when None.
    act (str | None): "speech" to score speech only (gold and predictions).
    settings (Settings | None): the extraction settings (defaults when None).
    baseline (bool): also score textacy's ``direct_quotations`` on the same texts.
    limit (int | None): evaluate only the first N gold articles.
    predictions: an ``onrecord extract`` output file to score instead of extracting.
    details (bool): keep per-article errors in each ``Scores.details``.
    extractor: a loaded ``pipeline.Extractor`` to reuse (tests, notebooks).
    agreement (bool): score only the articles annotated more than once (brat), taking
        the first annotation as the gold, and add a system "annotators": every ordered
        pair of their annotations (``evaluate.agreement``), the ceiling to compare with.
    RETURNS (EvalReport): the figures; ``.table()``, ``.summary()``, ``.to_dict()``.
    """
    if act is not None and act not in ACT_CHOICES:
        raise error("E051", path=str(gold_path), detail=f"unknown act {act!r}; use speech or belief")
    settings = settings or Settings()
    report = EvalReport(gold_path=str(gold_path), act=act,
                        predictions_from=str(predictions) if predictions else None)
    started = time.perf_counter()
    annotations = _annotations(gold_path, fmt, limit) if agreement else None
    gold = [versions[0] for versions in annotations] if annotations else read_gold(gold_path, fmt=fmt, limit=limit)
    report.timing["read"] = time.perf_counter() - started
    direct_quotations, unavailable = load_direct_quotations() if baseline else (None, None)
    if unavailable:
        report.warnings.append(unavailable)

    started = time.perf_counter()
    if predictions:
        extraction = _Extraction(predictions=read_predictions(predictions))
    else:
        extraction = _extract(gold, settings, extractor=extractor,
                              direct_quotations=direct_quotations)
    report.timing["extract"] = time.perf_counter() - started - extraction.baseline_seconds
    report.failures, report.misaligned = extraction.failures, extraction.misaligned
    report.gold, report.predictions = gold, extraction.predictions
    report.warnings += [Warnings.W007.format(id=key) for key in report.misaligned]

    beliefs = _beliefs_against_speech_only_gold(gold, extraction.predictions) if act is None else 0
    if beliefs:
        report.warnings.append(Warnings.W008.format(count=beliefs))

    textacy = None
    if direct_quotations is not None:
        textacy = _textacy_predictions(gold, extraction, settings, direct_quotations, extractor)
        report.timing["baseline"] = extraction.baseline_seconds

    started = time.perf_counter()
    report.systems[ONRECORD] = score_predictions(gold, extraction.predictions, act=act,
                                                 details=details)
    if textacy is not None:
        report.systems[TEXTACY] = score_predictions(gold, textacy, act=act, details=details)
    if annotations:
        report.systems[ANNOTATORS] = annotator_agreement(annotations, act=act)
        report.annotator_pairs = report.systems[ANNOTATORS].articles
    report.timing["score"] = time.perf_counter() - started
    return report


def _beliefs_against_speech_only_gold(gold: list[GoldArticle], predictions: dict[str, list[Attribution]]) -> int:
    """How many beliefs were predicted for a gold collection that holds speech only (0 when it holds any
    belief): collections other than PolNeAR annotate speech alone, where "X plans to" is no statement."""
    if not any(article.quotes for article in gold) or \
            any(quote.act == "belief" for article in gold for quote in article.quotes):
        return 0
    ids = {article.id for article in gold}
    return sum(a.act == "belief" for key, found in predictions.items() if key in ids for a in found)


def _annotations(gold_path: str | Path, fmt: str | None, limit: int | None) -> list[list[GoldArticle]]:
    """The articles annotated more than once, each annotation apart (brat only)."""
    if (fmt or detect_format(gold_path)) != "brat":
        raise error("E052", path=str(gold_path))
    annotations = read_brat_annotators(gold_path, limit=limit)
    if not annotations:
        raise error("E052", path=str(gold_path))
    return annotations
