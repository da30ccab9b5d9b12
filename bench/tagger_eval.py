"""Does the trained tagger lift the rules? Rules alone, tagger alone, and merges, on PolNeAR.

    .venv/bin/python bench/tagger_eval.py                       # dev, for reporting
    .venv/bin/python bench/tagger_eval.py --split heldout       # the held-out part of train, for tuning

For every system it prints content F1 at overlap 0.3 and 0.8 (all, quoted, unquoted),
cue F1, speaker accuracy on matched contents, end-to-end attribution F1 and act
accuracy on matched contents, with the project's scorer (``onrecord.evaluate.score_predictions``). "rules" is whatever
``StatementExtractor`` produces today; the merges combine its statements (as
Candidates) with the tagger's Candidates. Then the time per article of the spaCy
pipeline, the rules and the tagger, and the tagger's cost as a share of spaCy's.
Dev is for reporting only: choose thresholds with ``--split heldout``.
"""
from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "datasets" / "polnear"
HELDOUT_SEED, HELDOUT_SHARE = 13, 0.1  # as scripts/train_tagger.py defaults


def heldout_gold(gold: list) -> list:
    """The train articles that scripts/train_tagger.py holds out (same seed, same share)."""
    order = list(range(len(gold)))
    random.Random(HELDOUT_SEED).shuffle(order)
    keep = set(order[:max(1, int(len(order) * HELDOUT_SHARE))])
    return [g for i, g in enumerate(gold) if i in keep]


def statement_as_candidate(statement):
    """A rules Statement back as a Candidate, so that it can be merged with the tagger's."""
    from onrecord.statements.candidates import Candidate

    mention = statement.speaker.mention if statement.speaker else None
    return Candidate(spans=list(statement.spans), kind=statement.kind,
                     cue=statement.cue.span if statement.cue else None,
                     source=mention.span if mention else None, act=statement.act,
                     confidence=statement.confidence, method=statement.method or "rules")


def candidate_json(candidate) -> dict:
    """A Candidate as a quote object the scorer reads."""
    return {
        "spans": [list(s) for s in candidate.spans],
        "cue": {"span": list(candidate.cue)} if candidate.cue else None,
        "speaker": {"mention": {"span": list(candidate.source)}} if candidate.source else None,
        "act": candidate.act,
    }


def merges() -> dict[str, Callable[[list, list], list]]:
    """The merge strategies compared, by name."""
    from onrecord.statements import tagger as t

    strategies: dict[str, Callable[[list, list], list]] = {
        "rules": lambda rules, tagged: rules,
        "tagger": lambda rules, tagged: tagged,
        "merge_with_rules (shipped)": t.merge_with_rules,
    }
    for threshold in (0.0, 0.5, 0.6, 0.7, 0.8):
        for quoted in (False, True):
            for attribution in (False, True):
                name = (f"tagger, rules around{' (quoted rules win)' if quoted else ''}"
                        f"{' +rule attribution' if attribution else ''}, conf>={threshold}")
                strategies[name] = (
                    lambda rules, tagged, x=threshold, q=quoted, a=attribution: t.with_rules_around(
                        tagged, rules, min_confidence=x, quoted_rules_win=q, rule_attribution=a))
    for threshold in (0.0, 0.5, 0.6, 0.7, 0.8):
        strategies[f"add non-overlapping, conf>={threshold}"] = (
            lambda rules, tagged, x=threshold: t.merge_with_rules(rules, tagged, min_confidence=x,
                                                                  boundaries=False, fill=False))
    for threshold in (0.5, 0.6, 0.7):
        for share in (0.2, 0.5):
            strategies[f"add overlapping <= {share}, conf>={threshold}"] = (
                lambda rules, tagged, x=threshold, y=share: t.merge_with_rules(rules, tagged, min_confidence=x,
                                                                               max_overlap=y))
    for threshold in (0.5, 0.7):
        strategies[f"add + tagger boundaries for indirect, conf>={threshold}"] = (
            lambda rules, tagged, x=threshold: t.merge_with_rules(rules, tagged, min_confidence=x,
                                                                  boundaries=True, fill=False))
        strategies[f"add + boundaries + fill cue/source, conf>={threshold}"] = (
            lambda rules, tagged, x=threshold: t.merge_with_rules(rules, tagged, min_confidence=x,
                                                                  boundaries=True, fill=True))
    return strategies


def row(name: str, scores) -> str:
    c3, c8 = scores.content["0.3"], scores.content["0.8"]
    q8, u3 = scores.quoted["0.8"].f1, scores.unquoted["0.3"].f1
    return (f"{name:52s} {c3.precision:5.3f} {c3.recall:5.3f} {c3.f1:5.3f}  {c8.f1:5.3f}  {q8:5.3f}  {u3:5.3f}  "
            f"{scores.cue.f1:5.3f}  {scores.speaker.value:5.3f}  {scores.attribution.f1:5.3f}  {scores.act.value:5.3f}")


def _clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _add_since(total: list[float], started: tuple[float, float]) -> None:
    """Add the wall and CPU seconds since ``started`` to ``total`` ([wall, cpu])."""
    now = _clocks()
    total[0] += now[0] - started[0]
    total[1] += now[1] - started[1]


def parsed(nlp, texts: list[str], cache: Path | None) -> tuple[list, list[float]]:
    """The parsed texts and the [wall, CPU] seconds spaCy took, kept in ``cache`` (outside the
    repository) between runs."""
    import hashlib
    import pickle

    from spacy.tokens import Doc

    key = hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:16]
    path = cache / f"tagger_eval_{key}.pkl" if cache else None
    if path is not None and path.exists():
        blobs, seconds = pickle.loads(path.read_bytes())
        return [Doc(nlp.vocab).from_bytes(b) for b in blobs], seconds
    nlp("warm up the pipeline")
    docs, seconds = [], [0.0, 0.0]
    for text in texts:  # one by one, as the tagger runs, so that the times compare
        started = _clocks()
        docs.append(nlp(text))
        _add_since(seconds, started)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(([d.to_bytes() for d in docs], seconds)))
    return docs, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "heldout"),
                        help="dev (report) or the held-out part of train (tuning)")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--cache", type=Path, default=None,
                        help="folder (outside the repository) to keep parsed texts and spaCy's time between runs")
    parser.add_argument("--model-dir", type=Path, default=None, help="weights to try (default: the shipped ones)")
    args = parser.parse_args(argv)

    from onrecord.evaluate import read_gold, score_predictions
    from onrecord.pipeline import load_nlp
    from onrecord.records import Article
    from onrecord.settings import Settings
    from onrecord.statements import StatementExtractor
    from onrecord.statements.tagger import AttributionTagger

    folder = POLNEAR / ("dev" if args.split == "dev" else "train")
    if not (folder / "text").is_dir():
        print(f"PolNeAR is not available at {folder}.", file=sys.stderr)
        return 2
    gold = read_gold(folder)
    if args.split == "heldout":
        gold = heldout_gold(gold)
    gold = gold[:args.limit] if args.limit else gold
    settings = Settings()
    nlp = load_nlp(settings.model)
    rules_stage = StatementExtractor(nlp, settings)
    tagger = AttributionTagger(args.model_dir)

    timing = {"spacy": [0.0, 0.0], "rules": [0.0, 0.0], "tagger": [0.0, 0.0]}
    rules: dict[str, list] = {}
    tagged: dict[str, list] = {}
    docs, timing["spacy"] = parsed(nlp, [g.text[:settings.max_chars] for g in gold], args.cache)
    for g, doc in zip(gold, docs):
        article = Article(id=g.id, source=g.id, key=g.id, text=g.text)
        started = _clocks()
        statements, _ = rules_stage.extract(article, doc)
        _add_since(timing["rules"], started)
        found = rules_stage.rule_candidates(article, doc)  # the tagger's features; timed with the rules above
        started = _clocks()
        tagged[g.id] = tagger(doc, article, found)
        _add_since(timing["tagger"], started)
        rules[g.id] = [statement_as_candidate(s) for s in statements]

    print(f"PolNeAR {args.split}: {len(gold)} articles, {sum(len(g.quotes) for g in gold)} gold attributions; "
          f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.machine()}, "
          f"{platform.python_version()}")
    print(f"{'system':52s} {'P@.3':>5s} {'R@.3':>5s} {'F@.3':>5s}  {'F@.8':>5s}  {'Fq.8':>5s}  {'Fu.3':>5s}  "
          f"{'cueF':>5s}  {'spkr':>5s}  {'e2eF':>5s}  {'act':>5s}")
    for name, strategy in merges().items():
        predictions = {g.id: [candidate_json(c) for c in strategy(rules[g.id], tagged[g.id])] for g in gold}
        print(row(name, score_predictions(gold, predictions)))
    n = max(1, len(gold))
    for clock, k in (("wall", 0), ("CPU", 1)):
        spacy_s, rules_s, tagger_s = timing["spacy"][k], timing["rules"][k], timing["tagger"][k]
        print(f"per article ({clock} time): spaCy {1000 * spacy_s / n:.1f} ms, rules {1000 * rules_s / n:.1f} ms, "
              f"tagger {1000 * tagger_s / n:.1f} ms (tagger = {tagger_s / max(spacy_s, 1e-9):.1%} of spaCy's time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
