"""How well annotators agree with each other, measured with the same scorer as the extraction.

A target for an extractor means little without the agreement of the people who made
the gold: an annotator scored against another is the ceiling a system can be expected
to reach on that collection. PolNeAR had 18 of its train and dev articles annotated by
five or six people each; ``onrecord evaluate GOLD --agreement`` scores every ordered
pair of their annotations (one as the gold, the other as the prediction), pooled, beside
onrecord on the same articles.

Pooling both orders makes precision equal recall; speaker accuracy stays one-sided
(whose Source is the gold), so both orders count.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import permutations
from typing import Sequence

from .gold import GoldArticle
from .score import Scores, score_predictions


def annotator_pairs(annotations: Sequence[Sequence[GoldArticle]]) -> tuple[list[GoldArticle], dict]:
    """Every ordered pair of one article's annotations, as a gold article and its predictions.

    annotations: per article, one GoldArticle per annotator (``gold.read_brat_annotators``).
    RETURNS: the gold articles, under ids "<article>#<gold annotator>:<other annotator>",
        and the other annotator's attributions by those ids.
    """
    gold: list[GoldArticle] = []
    predicted: dict[str, list] = {}
    for versions in annotations:
        for i, j in permutations(range(len(versions)), 2):
            key = f"{versions[i].id}#{i}:{j}"
            gold.append(replace(versions[i], id=key))
            predicted[key] = list(versions[j].quotes)
    return gold, predicted


def annotator_agreement(annotations: Sequence[Sequence[GoldArticle]], *, act: str | None = None) -> Scores:
    """The scores of annotators against each other, pooled over every ordered pair.

    act (str | None): "speech" to score speech only, as ``score_predictions`` does.
    RETURNS (Scores): ``articles`` counts the ordered pairs.
    """
    gold, predicted = annotator_pairs(annotations)
    return score_predictions(gold, predicted, act=act)
