"""Verbs of saying used for an act done to a person: a nominee confirmed ("The Senate confirmed Ana Lind as labor
secretary") and a telephone call ("The president called Lind twice"), beside the same verbs stating something
("confirmed the deaths", "called Lind a liar"); a promotion, a vote put off and a symposium addressed, which state
nothing either; a bet, which is a belief; and the trained tagger's contents, which take no cue from the next
paragraph. The rules and the tagger alike leave the acts out. Invented."""
from __future__ import annotations

import pytest

from fixtures.reported_findings import contents_by_cue
from onrecord.pipeline import extract


@pytest.mark.parametrize("text", [
    pytest.param("The Senate on Wednesday confirmed Celeste Amundsen-Roy as labor secretary.", id="confirmed-a-name"),
    pytest.param("Senate confirms Amundsen-Roy as labor secretary in 51-48 vote\n\nThe vote came on Wednesday.\n",
                 id="headline-confirms-as"),
    pytest.param("The committee confirmed her by a single vote.", id="confirmed-her"),
    pytest.param("The president called Belcastro-Vey twice in the past week.", id="called-twice"),
    pytest.param("The president called Orrin Belcastro-Vey on Monday.", id="called-on-a-day"),
    pytest.param("She called the mayor twice last week.", id="called-the-mayor"),
])
def test_a_person_confirmed_or_telephoned_is_no_statement(nlp, text: str) -> None:
    assert not {cue for cue in contents_by_cue(nlp, text) if cue.lower().startswith(("confirm", "call"))}


def test_the_tagger_s_telephone_call_is_left_out_too(extractor) -> None:
    text = ("Endorsement\n\nBoth campaigns had courted Dorsey since the fall, and Albrecht called her at least four "
            "times in January, according to two people familiar with the conversations.\n")
    assert "called" not in {s.cue.text for s in extract(text, extractor=extractor).statements}


@pytest.mark.parametrize("text, cue, content", [
    pytest.param("The ministry confirmed the deaths of two soldiers.", "confirmed", "the deaths of two soldiers",
                 id="confirmed-a-fact"),
    pytest.param("Police confirmed the victim as John Smith.", "confirmed", "the victim as John Smith",
                 id="confirmed-who-someone-is"),
    pytest.param("The president called him a liar.", "called", "him a liar", id="called-someone-something"),
    pytest.param("She called on voters to stay home.", "called", "voters to stay home", id="called-on"),
])
def test_the_same_verbs_stating_something(nlp, text: str, cue: str, content: str) -> None:
    assert contents_by_cue(nlp, text)[cue] == content


def test_a_quotation_after_the_person_called_is_what_was_said(extractor) -> None:
    # the parser hangs the quotation on neither the verb nor the person
    text = ("Obituary\n\nThe Guild of Press Illustrators, which gave her its lifetime award in 2005, called her 'the "
            "sharpest pen north of the Trent.'\n")
    found = {s.cue.text: s.text for s in extract(text, extractor=extractor).statements}
    assert found["called"].startswith("her")


def test_a_day_read_as_the_object_of_called_for_leaves_the_statement(extractor) -> None:
    # the parser reads "Friday" as the verb's predicate; the trained tagger finds the statement
    text = ("Videos\n\nAttorney General Roy Cooper (D), the governor's opponent in the upcoming election, called "
            "Friday for releasing the police videos, as well.\n")
    assert any(s.text.startswith("releasing the police videos") for s in extract(text, extractor=extractor).statements)


@pytest.mark.parametrize("text", [
    pytest.param("Brandt joined the force in 2009. Brandt was promoted to sergeant in 2022.", id="was-promoted"),
    pytest.param("The chief promoted her to captain last year.", id="promoted-her"),
])
def test_a_promotion_is_no_statement(nlp, text: str) -> None:
    assert "promoted" not in contents_by_cue(nlp, text)


def test_a_vote_put_off_is_no_statement(extractor) -> None:
    text = ("Stadium vote delayed again\n\nThe city council put off its vote on the new stadium for the third time.\n\n"
            "\"The numbers do not add up. We have asked for the figures since January.\n\n\"Until we do, I will not vote "
            "for it.\"\n\nThat was the verdict of Councilwoman Grace Okafor, speaking after Thursday's meeting.\n")
    assert "put" not in {s.cue.text for s in extract(text, extractor=extractor).statements}


def test_a_bet_on_what_others_will_do_is_a_belief(nlp) -> None:
    text = "The Republican governor is betting that the nine House Republicans will not vote to override him."
    assert contents_by_cue(nlp, text)["betting"].endswith("the nine House Republicans will not vote to override him")


def test_addressing_a_symposium_is_the_occasion_not_what_is_said(nlp) -> None:
    assert "addressed" not in contents_by_cue(nlp, "She addressed the Black Women's Agenda Symposium on Friday.")


def test_the_tagger_takes_no_cue_from_the_next_paragraph(extractor) -> None:
    # the aide "who was not authorized to speak" had become the speaker of the forecast before it
    text = ("Budget talks\n\nHe conceded that his caucus had not seen an estimate from the Legislative Fiscal Office.\n\n"
            "The office's most recent forecast, released in May, projected a $640 million shortfall over two years if "
            "the cut took effect as written.\n\nA senior aide to the governor who was not authorized to speak publicly "
            "about the talks said the gap was wide.\n")
    found = {s.text: s.speaker.mention.text if s.speaker and s.speaker.mention else None
             for s in extract(text, extractor=extractor).statements}
    assert "who" not in found.values(), found
