"""merge_with_rules: how the tagger's candidates join the rules'."""
from __future__ import annotations

from onrecord.statements.candidates import Candidate
from onrecord.statements.tagger import merge_with_rules


def _rule(start, end, kind="indirect", cue=None, source=None):
    return Candidate(spans=[(start, end)], kind=kind, cue=cue, source=source, method="rule")


def _tagged(start, end, confidence=0.9, cue=(0, 4), source=(5, 9)):
    return Candidate(spans=[(start, end)], kind="indirect", cue=cue, source=source,
                     confidence=confidence, method="tagger")


def test_adds_what_the_rules_missed_and_keeps_text_order():
    merged = merge_with_rules([_rule(100, 150)], [_tagged(10, 40)])
    assert [(c.start, c.method) for c in merged] == [(10, "tagger"), (100, "rule")]


def test_rules_win_every_overlap():
    merged = merge_with_rules([_rule(100, 150)], [_tagged(140, 200)])
    assert [(c.spans, c.method) for c in merged] == [([(100, 150)], "rule")]


def test_low_confidence_tagger_candidates_are_left_out():
    merged = merge_with_rules([], [_tagged(10, 40, confidence=0.2), _tagged(50, 60, confidence=0.95)],
                              min_confidence=0.5)
    assert [c.start for c in merged] == [50]


def test_boundaries_replace_indirect_content_only_and_leave_inputs_alone():
    indirect, direct = _rule(100, 150), _rule(200, 240, kind="direct")
    tagged = [_tagged(98, 160), _tagged(199, 250)]
    merged = merge_with_rules([indirect, direct], tagged, boundaries=True)
    assert [c.spans for c in merged] == [[(98, 160)], [(200, 240)]]
    assert indirect.spans == [(100, 150)]  # the rule's own candidate is not changed


def test_fill_takes_missing_cue_and_source_from_the_tagger():
    merged = merge_with_rules([_rule(100, 150, cue=(90, 94))], [_tagged(100, 150, cue=(80, 84), source=(70, 75))],
                              fill=True)
    assert merged[0].cue == (90, 94)  # the rule's own cue stays
    assert merged[0].source == (70, 75)


def test_tagger_candidates_without_a_cue_or_with_a_rules_cue_are_not_added():
    rule = _rule(100, 150, cue=(90, 94))
    no_cue = _tagged(10, 40, cue=None)
    same_cue = _tagged(160, 200, cue=(90, 94))  # a fragment of the rule's statement
    own_cue = _tagged(300, 340, cue=(290, 294))
    merged = merge_with_rules([rule], [no_cue, same_cue, own_cue])
    assert [c.start for c in merged] == [100, 300]


def test_a_small_overlap_can_be_allowed():
    merged = merge_with_rules([_rule(100, 150)], [_tagged(145, 245, cue=(250, 254))], max_overlap=0.1)
    assert [c.start for c in merged] == [100, 145]


def test_the_shipped_combination_leaves_whole_quotations_to_the_rules():
    from onrecord.statements.tagger import combine

    quotation = _tagged(10, 40)
    quotation.kind = "direct"  # e.g. a label after "called" the rules dropped as a scare quote
    reported, mixed = _tagged(50, 90), _tagged(100, 130)
    mixed.kind = "mixed"
    merged = combine([_rule(200, 240)], [quotation, reported, mixed])
    assert [(c.start, c.method) for c in merged] == [(50, "tagger"), (100, "tagger"), (200, "rule")]


def test_the_owner_of_a_tagged_cue_noun_is_its_speaker(nlp):
    """ "[Nervo]'s conclusion that ...": a cue noun the tagger tags has the speaker the rules give a cue noun."""
    from onrecord.statements.tagger import _Piece, _rule_source

    doc = nlp("Nervo's conclusion that judges should not weigh such information is not widely shared.")
    conclusion = [t.i for t in doc if t.text == "conclusion"][0]
    source = _rule_source(doc, _Piece(conclusion, conclusion + 1, 0.9), [_Piece(conclusion + 2, len(doc) - 1, 0.9)])
    assert source is not None and doc[source.start:source.end].text == "Nervo's"
