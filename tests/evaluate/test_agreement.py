"""Agreement between annotators (``onrecord evaluate --agreement``), on an invented brat folder.

One article is read by three annotators: "a1" and "c3" annotate the same two statements;
"b2" misses the quote and adds a statement of its own. The right scores are worked out
by hand in each test.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.evaluate.agreement import annotator_agreement, annotator_pairs
from onrecord.evaluate.gold import read_brat, read_brat_annotators

TEXT = 'Lind said the bridge would close. "We are ready," Varga said. Okafor denied it.\n'
OTHER = "Ruiz said the vote was fair.\n"


def span(text: str, words: str, after: int = 0) -> str:
    start = text.index(words, after)
    return f"{start} {start + len(words)}\t{words}"


def relation(number: int, text: str, content: str, cue: str, source: str, cue_after: int = 0) -> str:
    t = 3 * number
    return "\n".join([
        f"T{t + 1}\tSource {span(text, source)}",
        f"T{t + 2}\tCue {span(text, cue, cue_after)}",
        f"T{t + 3}\tContent {span(text, content)}",
        f"E{number + 1}\tAttribution:T{t + 2} Content:T{t + 3} Cue:T{t + 2} Source:T{t + 1}",
    ])


BRIDGE = relation(0, TEXT, "the bridge would close", "said", "Lind")
READY = relation(1, TEXT, '"We are ready,"', "said", "Varga", cue_after=TEXT.index("Varga"))
DENIAL = relation(2, TEXT, "it", "denied", "Okafor")


@pytest.fixture
def brat(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "bridge.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "text" / "vote.txt").write_text(OTHER, encoding="utf-8")
    annotations = {"bridge_a1": [BRIDGE, READY], "bridge_b2": [BRIDGE, DENIAL], "bridge_c3": [BRIDGE, READY],
                   "vote_a1": [relation(0, OTHER, "the vote was fair", "said", "Ruiz")]}
    for name, relations in annotations.items():
        (tmp_path / "attributions" / f"{name}.ann").write_text("\n".join(relations) + "\n", encoding="utf-8")
    return tmp_path


def test_only_articles_annotated_more_than_once_are_read_in_file_order(brat):
    articles = read_brat_annotators(brat)
    assert [[v.source.rsplit("/", 1)[-1] for v in versions] for versions in articles] == [
        ["bridge_a1.ann", "bridge_b2.ann", "bridge_c3.ann"]]
    assert [len(v.quotes) for v in articles[0]] == [2, 2, 2]
    # the first annotation is the gold that read_brat takes for the article
    assert articles[0][0].quotes == next(a for a in read_brat(brat) if a.id == "bridge").quotes


def test_every_ordered_pair_is_scored(brat):
    gold, predicted = annotator_pairs(read_brat_annotators(brat))
    assert sorted(g.id for g in gold) == ["bridge#0:1", "bridge#0:2", "bridge#1:0", "bridge#1:2",
                                          "bridge#2:0", "bridge#2:1"]
    assert set(predicted) == {g.id for g in gold}


def test_agreement_pools_the_pairs(brat):
    scores = annotator_agreement(read_brat_annotators(brat))
    # a1-c3 and c3-a1 agree on both statements (2 + 2 matched); each of the four pairs
    # with b2 matches the bridge only, and has one spurious and one missed statement
    content = scores.content["0.3"]
    assert (content.tp, content.fp, content.fn) == (8, 4, 4)
    assert content.f1 == pytest.approx(8 / 12)
    # the quote is missed by b2 (as gold: a spurious quote, as prediction: a missed one)
    assert (scores.quoted["0.8"].tp, scores.quoted["0.8"].fp, scores.quoted["0.8"].fn) == (2, 2, 2)
    assert scores.speaker.value == 1.0
    assert scores.attribution.f1 == pytest.approx(8 / 12)
    assert scores.articles == 6


def test_cli_adds_the_annotators_row_on_the_same_articles(brat, tmp_path):
    # onrecord's predictions: exactly the first annotation, so onrecord scores 1.0 on it
    first = read_brat_annotators(brat)[0][0]
    quotes = [{"spans": [list(s) for s in q.content], "cue": {"span": list(q.cue[0])},
               "speaker": {"mention": {"span": list(q.speaker[0])}}} for q in first.quotes]
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text(json.dumps({"id": "bridge", "text": TEXT, "quotes": quotes}) + "\n", encoding="utf-8")
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(cli, ["evaluate", str(brat), "--agreement", "--no-baseline",
                                      "--predictions", str(predictions), "--json", str(out)])
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text())
    assert figures["systems"]["onrecord"]["gold"] == 2  # the single-annotator article is left out
    assert figures["systems"]["onrecord"]["content"]["0.3"]["f1"] == 1.0
    assert figures["systems"]["annotators"]["content"]["0.3"]["f1"] == pytest.approx(8 / 12, abs=1e-3)
    assert figures["annotator_pairs"] == 6
    assert "annotators" in result.output.splitlines()[-1]


def test_cli_agreement_without_repeated_annotations_is_a_coded_error(brat):
    (brat / "attributions" / "bridge_b2.ann").unlink()
    (brat / "attributions" / "bridge_c3.ann").unlink()
    jsonl = Path(__file__).resolve().parents[1] / "fixtures" / "gold" / "tiny.jsonl"
    for gold in (brat, jsonl):
        result = CliRunner().invoke(cli, ["evaluate", str(gold), "--agreement", "--no-baseline"])
        assert result.exit_code != 0
        assert "E052" in result.output and "more than once" in result.output
