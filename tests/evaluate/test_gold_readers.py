"""The brat and JSON Lines gold readers, on small invented collections."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.errors import OnrecordError
from onrecord.evaluate.gold import act_from_cue, read_gold, read_predictions, span_text

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"


@pytest.fixture(scope="module")
def brat():
    return {a.id: a for a in read_gold(GOLD / "brat")}


def test_brat_reads_every_text_even_without_annotations(brat):
    assert sorted(brat) == ["council", "harbour", "weather"]
    assert brat["weather"].quotes == []


def test_brat_uses_the_first_ann_in_sorted_order(brat):
    # harbour_k1.ann has four attributions; harbour_k2.ann (one) is ignored
    assert len(brat["harbour"].quotes) == 4


def test_brat_reads_source_cue_content(brat):
    a = brat["harbour"]
    first = a.quotes[0]
    assert span_text(a.text, first.content) == "the harbour would reopen in May"
    assert span_text(a.text, first.speaker) == "Mayor Ana Ruiz"
    assert span_text(a.text, first.cue) == "said"


def test_brat_reads_discontinuous_spans(brat):
    a = brat["harbour"]
    second = a.quotes[1]
    assert len(second.content) == 2
    assert span_text(a.text, second.content) == "“We will rebuild,” “and we will do it fast.”"
    assert span_text(a.text, second.speaker) == "she"


def test_brat_attribution_without_source(brat):
    a = brat["harbour"]
    last = a.quotes[3]
    assert last.speaker == ()
    assert span_text(a.text, last.content) == "Ships to return by June"


def test_brat_adds_content2_to_the_content(brat):
    a = brat["council"]
    assert span_text(a.text, a.quotes[1].content) == "it will publish the plan before the vote"


def test_brat_ignores_notes_continuation_lines_and_events_without_content(brat):
    # harbour_k1.ann also holds a note, a span text over a line break and "E5 Attribution:T4"
    assert [q.cue for q in brat["harbour"].quotes].count(()) == 0
    assert len(brat["harbour"].quotes) == 4


def test_brat_gold_act_comes_from_the_cue(brat):
    assert [q.act for q in brat["harbour"].quotes] == ["speech", "speech", "belief", "belief"]


@pytest.mark.parametrize("cue, act", [
    ("said", "speech"), ("told reporters", "speech"), ("according to", "speech"),
    ("believes", "belief"), ("is expected", "belief"), ("planned", "belief"),
    ("wants", "belief"), ("worries", "belief"), ("", "speech"), ("―", "speech"),
])
def test_act_from_cue(cue, act):
    assert act_from_cue(cue) == act


def test_jsonl_reads_spans_speaker_cue_and_act():
    gold = read_gold(GOLD / "tiny.jsonl")
    assert [a.id for a in gold] == ["bridge", "library"]
    bridge = gold[0]
    first, second = bridge.quotes
    assert span_text(bridge.text, first.content) == '"The bridge is safe again,"'
    assert span_text(bridge.text, first.speaker) == "engineer Tom Okafor"
    assert first.name == "Tom Okafor"
    assert first.act == "speech"  # derived from the cue "said"
    assert second.act == "belief"  # given
    assert read_gold(GOLD / "tiny.jsonl", limit=1)[0].id == "bridge"


def test_format_is_guessed_and_can_be_forced():
    assert len(read_gold(GOLD / "brat", fmt="brat")) == 3
    with pytest.raises(OnrecordError, match="E050"):
        read_gold(GOLD / "brat" / "text", fmt="brat")


def test_folder_of_collections_names_them_in_e050():
    with pytest.raises(OnrecordError, match="E050") as info:
        read_gold(GOLD)  # holds brat/ and tiny.jsonl, is neither
    assert str(GOLD / "brat") in str(info.value) and str(GOLD / "tiny.jsonl") in str(info.value)


def test_jsonl_with_spans_outside_the_text_is_a_coded_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "short", "quotes": [{"spans": [[0, 99]]}]}) + "\n")
    with pytest.raises(OnrecordError, match=r"E051.*line 1"):
        read_gold(bad)


def test_brat_event_pointing_to_an_undefined_span_is_a_coded_error(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "x.txt").write_text("He said so.")
    (tmp_path / "attributions" / "x_a.ann").write_text("E1\tAttribution:T1 Content:T9\n")
    with pytest.raises(OnrecordError, match="E051"):
        read_gold(tmp_path)


def test_predictions_file_keys_quotes_by_article_id(tmp_path):
    path = tmp_path / "pred.jsonl"
    record = {"id": "library", "text": "...", "quotes": [
        {"text": "x", "spans": [[14, 45]], "act": "speech", "cue": {"text": "said", "span": [56, 60]},
         "speaker": {"name": None, "mention": {"text": "the town", "span": [47, 55]}}}]}
    path.write_text(json.dumps(record) + "\n" + '{"error": "not a record"}\n')
    predicted = read_predictions(path)
    assert list(predicted) == ["library"]
    quote = predicted["library"][0]
    assert quote.content == ((14, 45),) and quote.speaker == ((47, 55),) and quote.cue == ((56, 60),)
