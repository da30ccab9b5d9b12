"""Precision, recall, F1 and accuracies of predicted attributions against gold.

For each article, predicted and gold contents are matched one-to-one
(``match.one_to_one``) three times: at overlap 0.3, at overlap 0.8 and exactly.
Then, over all articles:

- content P/R/F1 at each threshold: tp = matched pairs, fp = unmatched
  predictions, fn = unmatched gold;
- the same split by quotation marks (``match.is_quoted``): a matched pair and an
  unmatched gold count in the gold content's group, an unmatched prediction in the
  group its own content falls in; so the groups add up to the whole;
- speaker accuracy over the pairs matched at 0.3 whose gold has a Source: right
  when the predicted speaker mention shares a character with the Source. A gold
  speaker given by name only (JSON Lines gold without a speaker span) is right
  when the names agree (``names_agree``). Gold attributions with neither are
  counted apart, as ``no_source``;
- speaker name accuracy over the pairs matched at 0.3 whose gold names the
  speaker (JSON Lines gold): the predicted name agrees with the gold name;
- end-to-end attribution P/R/F1: a pair matched at 0.3 whose speaker is right is
  a true positive; for a gold without a Source the speaker is right when the
  prediction names no mention either. fp = predictions - tp, fn = gold - tp;
- cue P/R/F1: the distinct cue spans of each side matched one-to-one when they
  share a character;
- act accuracy over the pairs matched at 0.3 where both sides have an act. It is
  always measured on all acts, also when ``act`` restricts the other figures
  (within one act it would be 1 by construction).

A gold article without predictions counts all its gold as missed.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from .gold import Attribution, GoldArticle, attribution_from_json, span_text
from .match import Intervals, is_quoted, merge, one_to_one, overlap, overlap_ratio, trim

THRESHOLDS: tuple[str, ...] = ("0.3", "0.8", "exact")
_EPS = 1e-9


@dataclass(slots=True)
class PRF:
    """Counts of true positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(slots=True)
class Accuracy:
    """Right answers out of a total."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.value, 4), "correct": self.correct, "total": self.total}


def _prf_by_threshold() -> dict[str, PRF]:
    return {t: PRF() for t in THRESHOLDS}


@dataclass(slots=True)
class Scores:
    """All figures of one system on one gold collection; ``to_dict()`` for JSON.

    content, quoted, unquoted (dict[str, PRF]): keyed by "0.3", "0.8", "exact".
    no_source (int): pairs matched at 0.3 whose gold has no Source (not in ``speaker``).
    act_confusion (Counter): "gold->predicted" act over matched pairs.
    missing (list[str]): gold articles that had no predictions at all.
    details (list[dict]): per-article errors, when asked for.
    """

    articles: int = 0
    gold: int = 0
    predicted: int = 0
    content: dict[str, PRF] = field(default_factory=_prf_by_threshold)
    quoted: dict[str, PRF] = field(default_factory=_prf_by_threshold)
    unquoted: dict[str, PRF] = field(default_factory=_prf_by_threshold)
    speaker: Accuracy = field(default_factory=Accuracy)
    no_source: int = 0
    speaker_name: Accuracy = field(default_factory=Accuracy)
    attribution: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    act: Accuracy = field(default_factory=Accuracy)
    act_confusion: Counter = field(default_factory=Counter)
    missing: list[str] = field(default_factory=list)
    details: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles, "gold": self.gold, "predicted": self.predicted,
            "content": {t: v.to_dict() for t, v in self.content.items()},
            "quoted": {t: v.to_dict() for t, v in self.quoted.items()},
            "unquoted": {t: v.to_dict() for t, v in self.unquoted.items()},
            "speaker": {**self.speaker.to_dict(), "no_source": self.no_source},
            "speaker_name": self.speaker_name.to_dict(),
            "attribution": self.attribution.to_dict(),
            "cue": self.cue.to_dict(),
            "act": {**self.act.to_dict(), "confusion": dict(sorted(self.act_confusion.items()))},
            "missing_articles": len(self.missing),
        }


@dataclass(slots=True)
class _Side:
    """An attribution with what matching needs, computed once."""

    item: Attribution
    content: Intervals
    trimmed: Intervals
    speaker: Intervals
    quoted: bool


def _side(item: Attribution, text: str) -> _Side:
    return _Side(item, merge(item.content), trim(text, item.content), merge(item.speaker),
                 is_quoted(text, item.content))


def _matcher(threshold: str):
    if threshold == "exact":
        return lambda p, g: 1.0 if p.trimmed and p.trimmed == g.trimmed else None

    t = float(threshold)

    def at_threshold(p: _Side, g: _Side) -> float | None:
        r = overlap_ratio(p.content, g.content)
        return r if r + _EPS >= t and r > 0 else None

    return at_threshold


def _words(name: str | None) -> list[str]:
    return re.findall(r"\w+", (name or "").casefold())


def names_agree(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted speaker name denotes the gold one.

    Names agree when, ignoring case and punctuation, the words of one are all among
    the words of the other ("Okafor" and "Tom Okafor"; "Ilham Aliyev" and "President
    Ilham Aliyev"); an empty name agrees with nothing.
    """
    p, g = set(_words(predicted)), set(_words(gold))
    return bool(p and g) and (p <= g or g <= p)


def _has_speaker(side: _Side) -> bool:
    return bool(side.speaker or side.item.name)


def _speaker_right(p: _Side, g: _Side) -> bool:
    if g.speaker:
        return bool(p.speaker) and overlap(p.speaker, g.speaker) > 0
    if g.item.name:
        return names_agree(p.item.name, g.item.name)
    return not p.speaker


def _score_cues(preds: Sequence[Attribution], golds: Sequence[Attribution]) -> PRF:
    pred_cues = sorted({merge(a.cue) for a in preds if merge(a.cue)})
    gold_cues = sorted({merge(a.cue) for a in golds if merge(a.cue)})
    pairs = one_to_one(pred_cues, gold_cues,
                       lambda p, g: overlap_ratio(p, g) if overlap(p, g) > 0 else None)
    return PRF(len(pairs), len(pred_cues) - len(pairs), len(gold_cues) - len(pairs))


def score_article(scores: Scores, article: GoldArticle, predictions: Sequence[Attribution], *,
                  details: bool = False) -> None:
    """Add one article's counts to ``scores``."""
    text = article.text
    golds = [_side(g, text) for g in article.quotes]
    preds = [_side(p, text) for p in predictions if p.content]
    scores.articles += 1
    scores.gold += len(golds)
    scores.predicted += len(preds)
    matched_at: dict[str, list[tuple[int, int]]] = {}
    for t in THRESHOLDS:
        pairs = one_to_one(preds, golds, _matcher(t))
        matched_at[t] = pairs
        _count_groups(scores, t, pairs, preds, golds)
    e2e = 0
    for pi, gi in matched_at["0.3"]:
        p, g = preds[pi], golds[gi]
        right = _speaker_right(p, g)
        e2e += right
        if _has_speaker(g):
            scores.speaker.total += 1
            scores.speaker.correct += right
        else:
            scores.no_source += 1
        if g.item.name:
            scores.speaker_name.total += 1
            scores.speaker_name.correct += names_agree(p.item.name, g.item.name)
        if p.item.act and g.item.act:
            scores.act.total += 1
            scores.act.correct += p.item.act == g.item.act
            scores.act_confusion[f"{g.item.act}->{p.item.act}"] += 1
    scores.attribution.tp += e2e
    scores.attribution.fp += len(preds) - e2e
    scores.attribution.fn += len(golds) - e2e
    cue = _score_cues([p.item for p in preds], article.quotes)
    scores.cue.tp += cue.tp
    scores.cue.fp += cue.fp
    scores.cue.fn += cue.fn
    if details:
        scores.details.append(_article_details(article, preds, golds, matched_at["0.3"]))


def _count_groups(scores: Scores, t: str, pairs: list[tuple[int, int]],
                  preds: list[_Side], golds: list[_Side]) -> None:
    matched_p = {pi for pi, _ in pairs}
    matched_g = {gi for _, gi in pairs}
    for _, gi in pairs:
        _group(scores, golds[gi].quoted)[t].tp += 1
    for gi, g in enumerate(golds):
        if gi not in matched_g:
            _group(scores, g.quoted)[t].fn += 1
    for pi, p in enumerate(preds):
        if pi not in matched_p:
            _group(scores, p.quoted)[t].fp += 1
    whole = scores.content[t]
    whole.tp += len(pairs)
    whole.fp += len(preds) - len(pairs)
    whole.fn += len(golds) - len(pairs)


def _group(scores: Scores, quoted: bool) -> dict[str, PRF]:
    return scores.quoted if quoted else scores.unquoted


def _article_details(article: GoldArticle, preds: list[_Side], golds: list[_Side],
                     pairs: list[tuple[int, int]]) -> dict[str, Any]:
    """The errors of one article at overlap 0.3, for error analysis (``--details``)."""
    text = article.text

    def show(side: _Side) -> dict[str, Any]:
        a = side.item
        return {"content": span_text(text, a.content), "spans": [list(s) for s in a.content],
                "speaker": span_text(text, a.speaker) or None, "cue": span_text(text, a.cue) or None,
                "act": a.act, "quoted": side.quoted}

    matched_p = {pi for pi, _ in pairs}
    matched_g = {gi for _, gi in pairs}
    wrong = [{"gold": show(golds[gi]), "predicted": show(preds[pi]),
              "overlap": round(overlap_ratio(preds[pi].content, golds[gi].content), 3)}
             for pi, gi in pairs if not _speaker_right(preds[pi], golds[gi])]
    # the speaker mention is right but resolves to another name than the gold's
    misnamed = [{"gold": {**show(golds[gi]), "name": golds[gi].item.name},
                 "predicted": {**show(preds[pi]), "name": preds[pi].item.name}}
                for pi, gi in pairs if golds[gi].item.name and _speaker_right(preds[pi], golds[gi])
                and not names_agree(preds[pi].item.name, golds[gi].item.name)]
    return {"id": article.id,
            "missed": [show(g) for gi, g in enumerate(golds) if gi not in matched_g],
            "spurious": [show(p) for pi, p in enumerate(preds) if pi not in matched_p],
            "wrong_speaker": wrong, "wrong_name": misnamed}


PredictionsInput = Mapping[str, Sequence[Attribution | dict[str, Any]]] | Iterable[dict[str, Any]]


def as_prediction_map(predictions: PredictionsInput) -> dict[str, list[Attribution]]:
    """Predictions in any accepted shape -> attributions by article id.

    Accepted: a mapping of article id to quotes (``Attribution`` objects or quote
    dicts of the ``onrecord extract`` output), or an iterable of whole records
    (dicts with "id" and "quotes", as ``ArticleRecord.to_json()`` gives).
    """
    if isinstance(predictions, Mapping):
        items = predictions.items()
    else:
        items = ((str(r["id"]), r.get("quotes") or []) for r in predictions)
    return {str(k): [q if isinstance(q, Attribution) else attribution_from_json(q) for q in v]
            for k, v in items}


def filter_act(quotes: Iterable[Attribution], act: str | None) -> list[Attribution]:
    """The attributions of one act ("speech" or "belief"); all of them when act is None."""
    return [q for q in quotes if act is None or q.act == act]


def score_predictions(gold: Sequence[GoldArticle], predictions: PredictionsInput, *,
                      act: str | None = None, details: bool = False) -> Scores:
    """Score predicted attributions against gold articles.

    gold (Sequence[GoldArticle]): from ``read_gold``.
    predictions: by article id (see ``as_prediction_map``); a gold article with no
        entry counts as having no predictions.
    act (str | None): "speech" or "belief" to score only that act, on both sides.
    details (bool): collect per-article errors in ``Scores.details``.
    RETURNS (Scores): every figure; ``Scores.to_dict()`` for JSON.
    """
    by_id = as_prediction_map(predictions)
    scores = Scores()
    for article in gold:
        if article.id not in by_id:
            scores.missing.append(article.id)
        preds = filter_act(by_id.get(article.id, []), act)
        golden = GoldArticle(article.id, article.text, filter_act(article.quotes, act), article.source)
        score_article(scores, golden, preds, details=details)
    if act is not None:
        everything = score_predictions(gold, by_id)
        scores.act, scores.act_confusion = everything.act, everything.act_confusion
    return scores
