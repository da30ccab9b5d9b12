"""onrecord on invented articles in styles PolNeAR lacks (``fixtures/styles_gold.py``).

British single quotation marks, headline quotes with a role or a trailing phrase, a
speaker named after a run of quotes, wire datelines, anonymous sources, a name the NER
misses beside pronouns of two genders; then features, sport, tabloids, a press conference,
block quotes, asides between dashes and a Q&A. The gold says
what a reader takes from each article; it was written before onrecord ran on it. The
floors guard against losing what works on these styles; twenty-one articles measure little
about accuracy at large (PolNeAR dev does that, in the README).
"""
from __future__ import annotations

import pytest

from fixtures.styles_gold import ARTICLES, build, parse, write
from onrecord.evaluate import evaluate


@pytest.fixture(scope="module")
def report(extractor, tmp_path_factory):
    gold = write(tmp_path_factory.mktemp("styles") / "styles.jsonl")
    return evaluate(gold, baseline=False, details=True, extractor=extractor)


def test_the_markup_gives_plain_text_and_spans():
    text, quotes = parse("⟨1 He=Tom Varga⟩ ⟪1 said⟫ '⟦1 No.⟧' Then ⟦2 it⟧ ended.")
    assert text == "He said 'No.' Then it ended."
    assert quotes == [{"spans": [[9, 12]], "cue": {"span": [3, 7]}, "speaker": {"span": [0, 2], "name": "Tom Varga"}},
                      {"spans": [[19, 21]]}]


def test_the_collection_holds_every_article():
    records = build()
    assert [r["id"] for r in records] == list(ARTICLES)
    assert all("⟦" not in r["text"] and "=" not in r["text"] for r in records)
    assert sum(len(r["quotes"]) for r in records) == 102


def test_quotes_in_these_styles_are_found_with_their_boundaries(report):
    scores = report.systems["onrecord"]
    # '"A", he told Y, and "B"' is one statement in two parts, in the gold and in the output
    assert scores.quoted["0.8"].f1 >= 0.95, scores.details
    assert scores.content["0.3"].f1 >= 0.9, scores.details


def test_speakers_in_these_styles_are_found_and_named(report):
    scores = report.systems["onrecord"]
    assert scores.speaker.value >= 0.95, scores.details
    assert scores.speaker_name.value >= 0.9, scores.details
    assert scores.attribution.f1 >= 0.9, scores.details
