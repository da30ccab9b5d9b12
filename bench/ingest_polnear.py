"""Ingest speed against spaCy alone, on the PolNeAR train texts (issue 2, "How we will check it").

    .venv/bin/python bench/ingest_polnear.py                 # all 840 train texts, one worker
    .venv/bin/python bench/ingest_polnear.py --limit 100 --workers 2
    .venv/bin/python bench/ingest_polnear.py --rounds 1     # each side once, one after the other

In one run, over the same texts:

1. ``onrecord ingest``, in this process and through the very function the CLI calls
   (``onrecord.cli.ingest.ingest``): read the files, build the articles, parse, extract
   statements, resolve speakers, group stories and write every article to a new SQLite
   database in its own transaction;
2. the full spaCy pipeline alone: every component the model enables, as published
   (``spacy.load``: spaCy's own attribute ruler and lemmatizer, which onrecord runs as the
   array code of ``onrecord.spacy_arrays`` with the same output), ``nlp.pipe`` with the
   same batch size, over the file texts.

The texts are cut into ``--rounds`` slices (12 by default) and the two sides take turns on
each slice, the one that starts changing from slice to slice, their times summed: this
host's speed drifts by 10 to 40% within the hour, and a run of each side in one block
measured the drift as much as the code (bench/README.md, "Speed: the runs so far").
The store is the same database throughout, as an ingest that is stopped and resumed.
With ``--workers`` N > 1 the workers start, and load the model, in every round: give
``--rounds 1`` there. With one round the peak memory of onrecord is read before spaCy's model is loaded;
with more, both are loaded throughout and the peak is an upper bound of onrecord's.

The models are loaded before either clock starts: spaCy's, and onrecord's language
identifier (with ``--workers N`` > 1 the workers load their own spaCy model inside
onrecord's time, as a real run does). Printed: articles/s, words/s,
peak memory (``ru_maxrss`` of this process, and of the worker processes when there are
any), the ratio onrecord / spaCy of wall time (target at most 1.25) and of CPU time
(this process and its workers; steadier than wall time when other jobs share the
machine), the date, the machine and its load average. The texts are read from
../shared and never copied.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "datasets" / "polnear" / "train" / "text"
TARGET_RATIO = 1.25
TARGET_MEMORY_MB = 1024


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory in MB (ru_maxrss is in kilobytes on Linux)."""
    return resource.getrusage(who).ru_maxrss / 1024


class Clock:
    """Wall time and CPU time (this process and its finished children), summed over the
    blocks it times."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0
        self._wall = self._cpu = 0.0

    def __enter__(self) -> "Clock":
        self._wall, self._cpu = time.perf_counter(), _cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall += time.perf_counter() - self._wall
        self.cpu += _cpu_seconds() - self._cpu


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_onrecord(files: list[str], settings, store, extractor, clock: Clock):
    """``ingest`` of the files into the store, timed on ``clock``; RETURNS its summary."""
    from onrecord.cli.ingest import ingest

    with clock:
        return ingest(files, store, settings, extractor=extractor)


def time_spacy(texts: list[str], nlp, batch_size: int, clock: Clock) -> None:
    """The whole spaCy pipeline over the texts, documents consumed one by one, timed on ``clock``."""
    with clock:
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass


def combined(summaries: list):
    """One ingest summary adding up the counts and seconds of several."""
    total = type(summaries[0])()
    for field in dataclasses.fields(total):
        setattr(total, field.name, sum(getattr(s, field.name) for s in summaries))
    return total


def slices(n: int, rounds: int) -> list[slice]:
    """``rounds`` consecutive slices of range(n), as even as can be, none empty."""
    rounds = max(1, min(rounds, n))
    bounds = [n * i // rounds for i in range(rounds + 1)]
    return [slice(a, b) for a, b in zip(bounds, bounds[1:])]


def rate_line(label: str, clock: Clock, n_articles: int, n_words: int) -> str:
    return (f"{label:<22} {clock.wall:8.1f} s  {n_articles / clock.wall:7.1f} articles/s  "
            f"{n_words / clock.wall:9,.0f} words/s   (CPU {clock.cpu:.1f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of .txt articles")
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts (sorted by name)")
    parser.add_argument("--workers", type=int, default=1, help="onrecord worker processes")
    parser.add_argument("--rounds", type=int, default=12,
                        help="slices the two sides take turns on (1: each side once, onrecord first)")
    parser.add_argument("--db", type=Path, default=None, help="keep the database here (default: a temporary file)")
    parser.add_argument("-s", "--setting", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting for onrecord's run, as 'onrecord ingest -s' takes it (repeatable)")
    args = parser.parse_args(argv)

    if not args.texts.is_dir():
        print(f"PolNeAR texts not found at {args.texts}", file=sys.stderr)
        return 2
    files = sorted(str(p) for p in args.texts.glob("*.txt"))[: args.limit]
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    n_words = sum(len(t.split()) for t in texts)

    from onrecord.article.language import load_detector
    from onrecord.pipeline import Extractor
    from onrecord.settings import load_settings
    import spacy

    settings = load_settings(overrides=args.setting, environ={}).with_(workers=args.workers)
    started = time.perf_counter()
    extractor = Extractor(settings) if args.workers == 1 else None  # workers load their own
    load_detector()
    load_seconds = time.perf_counter() - started

    from onrecord.store.sqlite import open_store

    onrecord_clock, spacy_clock = Clock(), Clock()
    summaries, nlp, peak_onrecord = [], None, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "bench.db"
        if db_path.exists():
            print(f"{db_path} exists: give a new file to --db", file=sys.stderr)
            return 2
        store = open_store(db_path, settings=settings)
        try:
            for turn, part in enumerate(slices(len(files), args.rounds)):
                if turn % 2:  # (spaCy's model is loaded by then: at the end of turn 0)
                    time_spacy(texts[part], nlp, settings.batch_size, spacy_clock)
                summaries.append(time_onrecord(files[part], settings, store, extractor, onrecord_clock))
                if nlp is None:
                    peak_onrecord = peak_mb()
                    # the model as published, every component it enables, nothing onrecord adds to
                    # it; loaded after onrecord's first turn so that a one-round run reads
                    # onrecord's own peak
                    nlp = spacy.load(settings.model)
                if not turn % 2:
                    time_spacy(texts[part], nlp, settings.batch_size, spacy_clock)
        finally:
            store.close()
        db_mb = db_path.stat().st_size / 1e6
    if args.rounds > 1:
        peak_onrecord = peak_mb()
    summary = combined(summaries)

    ratio = onrecord_clock.wall / spacy_clock.wall
    cpu_ratio = onrecord_clock.cpu / spacy_clock.cpu
    peak = peak_mb()
    workers_peak = peak_mb(resource.RUSAGE_CHILDREN) if args.workers > 1 else 0.0
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"onrecord ingest vs spaCy alone, {now}")
    print(f"machine: {platform.platform()}, {platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, spaCy {spacy.__version__}, "
          f"load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"spaCy model: {settings.model} ({', '.join(nlp.pipe_names)}); onrecord's extractor "
          f"loaded in {load_seconds:.1f} s (outside both clocks); PyTorch "
          f"{'loaded (by thinc: it counts in memory)' if 'torch' in sys.modules else 'not loaded'}")
    print(f"texts: {len(files)} articles, {n_words:,} words; batch_size {settings.batch_size}, "
          f"rounds {args.rounds}, workers {args.workers}, tagger {'on' if settings.tagger else 'off'}, "
          f"array components "
          f"{'on' if settings.array_components else 'off'} (spaCy alone: its own components)")
    print(rate_line("onrecord ingest", onrecord_clock, len(files), n_words))
    print(f"{'':<22} {summary.line()}; database {db_mb:.1f} MB")
    print(rate_line("spaCy pipeline alone", spacy_clock, len(files), n_words))
    verdict = "ok" if ratio <= TARGET_RATIO else "over target"
    print(f"ratio onrecord / spaCy: {ratio:.2f} wall time (target <= {TARGET_RATIO}: {verdict}); "
          f"{cpu_ratio:.2f} CPU time (steadier when the machine is shared)")
    memory = (f"peak memory: {peak_onrecord:.0f} MB after onrecord, {peak:.0f} MB after both" if args.rounds == 1
              else f"peak memory: {peak:.0f} MB with both pipelines loaded (an upper bound of onrecord's)")
    if workers_peak:
        memory += f", {workers_peak:.0f} MB in the largest worker"
    verdict = "ok" if max(peak_onrecord, workers_peak) < TARGET_MEMORY_MB else "over target"
    print(f"{memory} (target < {TARGET_MEMORY_MB} MB: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
