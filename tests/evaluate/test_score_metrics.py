"""The scorer on small invented articles whose right scores are worked out by hand.

Each test states the lengths and overlaps it relies on, so that the expected
figures can be checked with pencil and paper.
"""
from __future__ import annotations

import pytest

from onrecord.evaluate import Attribution, GoldArticle, score_predictions

TEXT = ('Mayor Ana Ruiz said the harbour would reopen in May. "We will rebuild," she added, '
        '"and fast." The union believes the offer is too low.\n')


def at(sub: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(sub)
    return (start, start + len(sub))


# the three gold attributions of TEXT
REOPEN = Attribution(content=(at("the harbour would reopen in May"),), speaker=(at("Mayor Ana Ruiz"),),
                     cue=(at("said"),), act="speech")
REBUILD = Attribution(content=(at('"We will rebuild,"'), at('"and fast."')), speaker=(at("she"),),
                      cue=(at("added"),), act="speech")
LOW = Attribution(content=(at("the offer is too low"),), speaker=(at("The union"),),
                  cue=(at("believes"),), act="belief")


def gold(*quotes: Attribution, id: str = "a", text: str = TEXT) -> list[GoldArticle]:
    return [GoldArticle(id=id, text=text, quotes=list(quotes))]


def pred(content: list[str] | list[tuple[int, int]], speaker: str | None = None, cue: str | None = None,
         act: str = "speech") -> Attribution:
    spans = tuple(at(c) if isinstance(c, str) else c for c in content)
    return Attribution(content=spans, speaker=(at(speaker),) if speaker else (),
                       cue=(at(cue),) if cue else (), act=act)


def prf(scores, key: str) -> tuple[int, int, int]:
    p = scores.content[key]
    return p.tp, p.fp, p.fn


def test_perfect_predictions_score_one_everywhere():
    scores = score_predictions(gold(REOPEN, REBUILD, LOW), {"a": [REOPEN, REBUILD, LOW]})
    for t in ("0.3", "0.8", "exact"):
        assert prf(scores, t) == (3, 0, 0)
        assert scores.content[t].f1 == 1.0
    assert scores.speaker.value == 1.0 and scores.speaker.total == 3
    assert scores.attribution.f1 == 1.0
    assert scores.cue.f1 == 1.0
    assert scores.act.value == 1.0


def test_empty_predictions_miss_everything():
    scores = score_predictions(gold(REOPEN, REBUILD, LOW), {"a": []})
    assert prf(scores, "0.3") == (0, 0, 3)
    assert (scores.content["0.3"].precision, scores.content["0.3"].recall,
            scores.content["0.3"].f1) == (0.0, 0.0, 0.0)
    assert scores.attribution.fn == 3 and scores.cue.fn == 3
    assert scores.speaker.total == 0


def test_partial_overlap_matches_at_03_but_not_at_08():
    # "the harbour would" (17 chars) lies inside the gold (31 chars): 17/17 = 1, 17/31 = 0.55
    scores = score_predictions(gold(REOPEN), {"a": [pred(["the harbour would"])]})
    assert prf(scores, "0.3") == (1, 0, 0)
    assert prf(scores, "0.8") == (0, 1, 1)
    assert prf(scores, "exact") == (0, 1, 1)


def test_a_prediction_covering_much_more_than_the_gold_matches_at_03_only():
    # the whole sentence (52 chars) holds the gold (31): 31/52 = 0.60, 31/31 = 1
    scores = score_predictions(gold(REOPEN), {"a": [pred(["Mayor Ana Ruiz said the harbour would reopen in May."])]})
    assert prf(scores, "0.3") == (1, 0, 0)
    assert prf(scores, "0.8") == (0, 1, 1)


def test_too_small_an_overlap_does_not_match():
    # "the" (3 chars) of 31: 3/31 = 0.10 < 0.3
    scores = score_predictions(gold(REOPEN), {"a": [pred(["the harbour would reopen in May"[:3]])]})
    assert prf(scores, "0.3") == (0, 1, 1)


def test_discontinuous_gold_against_one_span_over_the_gap():
    # gold: '"We will rebuild,"' (18) + '"and fast."' (11) = 29 chars; the prediction runs
    # from the first mark to the last (18 + ' she added, ' 12 + 11 = 41): 29/41 = 0.71
    whole = (at('"We will rebuild,"')[0], at('"and fast."')[1])
    scores = score_predictions(gold(REBUILD), {"a": [pred([whole])]})
    assert prf(scores, "0.3") == (1, 0, 0)
    assert prf(scores, "0.8") == (0, 1, 1)
    assert prf(scores, "exact") == (0, 1, 1)


def test_discontinuous_prediction_without_marks_matches_exactly():
    # "We will rebuild," (16) + "and fast." (9) = 25 chars, all inside the gold's 29:
    # 25/25 = 1, 25/29 = 0.86 >= 0.8; exact once marks and final punctuation are ignored
    scores = score_predictions(gold(REBUILD), {"a": [pred(["We will rebuild,", "and fast."])]})
    assert prf(scores, "0.8") == (1, 0, 0)
    assert prf(scores, "exact") == (1, 0, 0)


def test_exact_ignores_final_punctuation_but_not_a_missing_letter():
    with_stop = score_predictions(gold(REOPEN), {"a": [pred(["the harbour would reopen in May."])]})
    assert prf(with_stop, "exact") == (1, 0, 0)
    short = score_predictions(gold(REOPEN), {"a": [pred(["the harbour would reopen in Ma"])]})
    assert prf(short, "exact") == (0, 1, 1)
    assert prf(short, "0.8") == (1, 0, 0)  # 30/31 = 0.97


def test_two_predictions_on_one_gold_count_one_true_and_one_false_positive():
    scores = score_predictions(gold(REOPEN), {"a": [pred(["the harbour would reopen in May"]),
                                                    pred(["the harbour would reopen"])]})
    assert prf(scores, "0.3") == (1, 1, 0)
    assert scores.content["0.3"].precision == 0.5
    assert scores.content["0.3"].recall == 1.0
    assert scores.content["0.3"].f1 == pytest.approx(2 / 3)


def test_matching_maximises_the_number_of_pairs():
    # gold g1 = 0-10, g2 = 10-20. X = 0-15 matches g1 (10/15 = 0.67) and g2 (5/15 = 0.33);
    # Y = 0-4 matches g1 only (4/10 = 0.4). Taking the best overlap first (X-g1) would
    # leave Y alone: one pair. The maximum is X-g2 and Y-g1: two pairs.
    text = "x" * 40
    golds = [GoldArticle("a", text, [Attribution(content=((0, 10),)), Attribution(content=((10, 20),))])]
    scores = score_predictions(golds, {"a": [Attribution(content=((0, 15),)), Attribution(content=((0, 4),))]})
    assert prf(scores, "0.3") == (2, 0, 0)


def test_speaker_right_and_wrong():
    # REOPEN's mention "Ana Ruiz" overlaps its Source "Mayor Ana Ruiz": right.
    # REBUILD's mention "Mayor Ana Ruiz" does not overlap its Source "she": wrong.
    scores = score_predictions(gold(REOPEN, REBUILD), {"a": [
        pred(["the harbour would reopen in May"], speaker="Ana Ruiz"),
        pred(['"We will rebuild,"', '"and fast."'], speaker="Mayor Ana Ruiz")]})
    assert (scores.speaker.correct, scores.speaker.total) == (1, 2)
    assert scores.speaker.value == 0.5
    a = scores.attribution
    assert (a.tp, a.fp, a.fn) == (1, 1, 1)
    assert a.f1 == 0.5


def test_gold_without_source_is_left_out_of_speaker_accuracy():
    no_source = Attribution(content=REOPEN.content, cue=REOPEN.cue, act="speech")
    unattributed = score_predictions(gold(no_source), {"a": [pred(["the harbour would reopen in May"])]})
    assert unattributed.speaker.total == 0 and unattributed.no_source == 1
    assert unattributed.attribution.tp == 1  # nothing to attribute, and nothing attributed
    attributed = score_predictions(gold(no_source), {"a": [pred(["the harbour would reopen in May"],
                                                                speaker="Mayor Ana Ruiz")]})
    assert attributed.attribution.tp == 0


def test_contents_split_by_quotation_marks():
    # REBUILD is quoted, REOPEN is not. The prediction finds REBUILD and adds a spurious
    # unquoted content; REOPEN is missed.
    scores = score_predictions(gold(REOPEN, REBUILD), {"a": [
        pred(['"We will rebuild,"', '"and fast."']), pred(["The union believes"])]})
    q, u = scores.quoted["0.3"], scores.unquoted["0.3"]
    assert (q.tp, q.fp, q.fn) == (1, 0, 0)
    assert (u.tp, u.fp, u.fn) == (0, 1, 1)
    assert prf(scores, "0.3") == (1, 1, 1)


def test_a_mixed_content_counts_as_quoted():
    text = 'She said the plan was "a disaster" for the town.\n'
    mixed = Attribution(content=(at('the plan was "a disaster" for the town', text),))
    scores = score_predictions(gold(mixed, text=text), {"a": []})
    assert scores.quoted["0.3"].fn == 1 and scores.unquoted["0.3"].fn == 0


def test_act_filter_and_act_accuracy():
    # REOPEN is speech (said), LOW is belief (believes); the second prediction calls LOW speech
    predictions = {"a": [pred(["the harbour would reopen in May"], act="speech"),
                         pred(["the offer is too low"], act="speech")]}
    everything = score_predictions(gold(REOPEN, LOW), predictions)
    assert (everything.act.correct, everything.act.total) == (1, 2)
    speech = score_predictions(gold(REOPEN, LOW), predictions, act="speech")
    assert speech.gold == 1 and speech.predicted == 2
    assert (speech.act.correct, speech.act.total) == (1, 2)  # act accuracy is over all acts
    assert prf(speech, "0.3") == (1, 1, 0)
    belief = score_predictions(gold(REOPEN, LOW), predictions, act="belief")
    assert prf(belief, "0.3") == (0, 0, 1)


def test_a_missing_article_counts_as_no_predictions():
    golds = gold(REOPEN) + gold(REBUILD, LOW, id="b")
    scores = score_predictions(golds, {"a": [REOPEN]})
    assert scores.missing == ["b"]
    assert prf(scores, "0.3") == (1, 0, 2)
    assert scores.content["0.3"].recall == pytest.approx(1 / 3)
    assert scores.content["0.3"].f1 == pytest.approx(0.5)


def test_cue_f1_counts_distinct_cues_matched_by_overlap():
    # gold cues "said", "added", "believes"; predicted: "said" twice (one cue), "she added"
    # (overlaps "added") and "Mayor" (no gold cue): tp 2, fp 1, fn 1
    scores = score_predictions(gold(REOPEN, REBUILD, LOW), {"a": [
        pred(["the harbour would reopen in May"], cue="said"), pred(["the harbour"], cue="said"),
        pred(["We will rebuild"], cue="she added"), pred(["too low"], cue="Mayor")]})
    c = scores.cue
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)


def test_predictions_as_extract_output_records():
    record = {"id": "a", "quotes": [{
        "text": "the harbour would reopen in May", "spans": [list(REOPEN.content[0])],
        "kind": "indirect", "act": "speech", "cue": {"text": "said", "span": list(at("said"))},
        "speaker": {"name": "Ana Ruiz", "mention": {"text": "Mayor Ana Ruiz",
                                                    "span": list(at("Mayor Ana Ruiz"))},
                    "type": "person", "role": "Mayor"}}]}
    from_records = score_predictions(gold(REOPEN), [record])
    from_mapping = score_predictions(gold(REOPEN), {"a": record["quotes"]})
    for scores in (from_records, from_mapping):
        assert prf(scores, "exact") == (1, 0, 0)
        assert scores.attribution.tp == 1 and scores.cue.tp == 1


def test_details_list_missed_spurious_and_wrong_speakers():
    scores = score_predictions(gold(REOPEN, REBUILD), {"a": [
        pred(["the harbour would reopen in May"], speaker="she"), pred(["The union believes"])]},
        details=True)
    [article] = scores.details
    assert [m["content"] for m in article["missed"]] == ['"We will rebuild," "and fast."']
    assert [s["content"] for s in article["spurious"]] == ["The union believes"]
    assert [w["predicted"]["speaker"] for w in article["wrong_speaker"]] == ["she"]


def test_details_list_speakers_found_but_misnamed():
    named = Attribution(content=REBUILD.content, speaker=REBUILD.speaker, name="Ana Ruiz")
    misnamed = Attribution(content=REBUILD.content, speaker=REBUILD.speaker, name="Ana Torres")
    rightly = Attribution(content=REBUILD.content, speaker=REBUILD.speaker, name="Ruiz")
    [article] = score_predictions(gold(named), {"a": [misnamed]}, details=True).details
    assert article["wrong_speaker"] == []
    assert [(w["gold"]["name"], w["predicted"]["name"]) for w in article["wrong_name"]] == [("Ana Ruiz", "Ana Torres")]
    [article] = score_predictions(gold(named), {"a": [rightly]}, details=True).details
    assert article["wrong_name"] == []


def test_gold_speaker_given_by_name_only_is_judged_by_name():
    # a JSON Lines gold may name the speaker without marking a span
    named = Attribution(content=REOPEN.content, name="Ana Ruiz")
    right = Attribution(content=REOPEN.content, speaker=(at("she"),), name="Mayor Ana Ruiz")
    wrong = Attribution(content=REOPEN.content, speaker=(at("Mayor Ana Ruiz"),), name="The union")
    ok = score_predictions(gold(named), {"a": [right]})
    assert (ok.speaker.correct, ok.speaker.total) == (1, 1) and ok.no_source == 0
    assert (ok.speaker_name.correct, ok.speaker_name.total) == (1, 1)
    assert ok.attribution.tp == 1
    bad = score_predictions(gold(named), {"a": [wrong]})
    assert (bad.speaker.correct, bad.speaker.total) == (0, 1)
    assert bad.attribution.tp == 0


@pytest.mark.parametrize("predicted, gold_name, agree", [
    ("Tom Okafor", "Tom Okafor", True), ("Okafor", "Tom Okafor", True),
    ("President Ilham Aliyev", "Ilham Aliyev", True), ("tom okafor", "Tom Okafor", True),
    ("Tom Smith", "Tom Okafor", False), (None, "Tom Okafor", False), ("", "", False),
])
def test_names_agree(predicted, gold_name, agree):
    from onrecord.evaluate.score import names_agree

    assert names_agree(predicted, gold_name) is agree
