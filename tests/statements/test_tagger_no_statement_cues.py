"""The trained tagger's candidates pass the same no-statement check as the rules' ("voted down plans")."""
from __future__ import annotations

from fixtures.one_paragraph import statements


def test_a_vote_on_plans_is_no_statement_whichever_finder_sees_it(extractor) -> None:
    assert statements(extractor, "The town council has voted down plans for a new harbour wall.") == []


def test_a_tagged_source_inside_its_own_cue_is_no_speaker(extractor) -> None:
    # the tagger read "Asked on a call with" as a cue and "call" as its source, both layers on one word
    found = statements(extractor, "Asked on a call with analysts whether any sites would shut, Korsgaard-Dube said: "
                                  "\"We have no plans to close any bakery.\"")
    speakers = {s.text: s.speaker.mention.text if s.speaker else None for s in found}
    assert speakers["We have no plans to close any bakery."] == "Korsgaard-Dube"
    assert "call" not in speakers.values()


def test_a_tagged_cue_ending_on_a_preposition_with_its_source_inside_is_no_statement(extractor) -> None:
    found = statements(extractor, "Questioned on the radio about the levy, the finance chief, Lorne Vesey, said it "
                                  "was fair.")
    assert [(s.text, s.cue.text) for s in found] == [("it was fair", "said")]
