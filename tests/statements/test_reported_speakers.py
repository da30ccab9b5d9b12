"""Whose statement a reported cue is: speaker mentions the source finder used to miss, on invented sentences."""
from __future__ import annotations

import pytest

from fixtures.reported_findings import sources_by_cue


@pytest.mark.parametrize("text, cue, source", [
    pytest.param("Senator Ames laid out her plan to cut taxes.", "plan", "Senator Ames",
                 id="possessive-pronoun-on-a-cue-noun-stands-for-the-subject"),
    pytest.param("The newspaper has been firm in its opposition to the new stadium.", "opposition", "The newspaper",
                 id="its-on-a-cue-noun-stands-for-the-subject"),
    pytest.param("The mayor has also promised to build more homes, opposed the new toll road and outlined "
                 "plans for a park.", "opposed", "The mayor",
                 id="first-conjunct-parsed-as-a-complement-lends-its-subject"),
    pytest.param("He broke from his policy of not attacking the governor.", "attacking", "his",
                 id="gerund-on-an-owned-noun-is-the-owner's"),
    pytest.param("The senator gave a speech attacking the governor.", "attacking", "The senator",
                 id="participle-on-a-made-object-is-its-maker's"),
])
def test_reported_source(nlp, text: str, cue: str, source: str) -> None:
    assert sources_by_cue(nlp, text)[cue] == source


def test_possessive_pronoun_that_disagrees_with_the_subject_stays(nlp) -> None:
    assert sources_by_cue(nlp, "She laid out their plan to cut taxes.")["plan"] == "their"



def test_a_person_described_by_a_relative_clause_before_said_is_the_speaker(nlp) -> None:
    # the parser hangs "Odile Mutesi" on the market before it and leaves "said" with no subject
    text = ("In Kibare market, on the edge of the capital, Odile Mutesi, 58, who sells dried fish, said she had voted "
            "for the opposition for the first time.")
    assert sources_by_cue(nlp, text)["said"] == "Odile Mutesi"


def test_a_subject_before_the_cue_speaks_when_what_is_said_follows(extractor) -> None:
    # the ninety-sixth collection: the parser made "pre" of "pre-orders" a second subject of "says"
    from fixtures.one_paragraph import only
    st = only(extractor, "Her label, Kelpie Records, says pre-orders for the vinyl edition are the highest in its "
                         "20-year history.")
    assert (st.speaker.name, st.text) == ("Kelpie Records", "pre-orders for the vinyl edition are the highest in its "
                                                            "20-year history")


def test_the_person_a_whose_clause_describes_speaks_by_phone(extractor) -> None:
    # the ninety-sixth collection: "said by phone" made "phone" the agent, and the whose clause's subject spoke
    from fixtures.one_paragraph import only
    st = only(extractor, "In Saulevu, Mere Tavake, 77, whose great-grandfather was the village chief in 1888, said "
                         "by phone that she had waited her whole life for the news.")
    assert st.speaker.name == "Mere Tavake"
