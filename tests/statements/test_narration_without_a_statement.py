"""What news narrates without anyone's statement: crews sent for ("were called to the house"), a victim not named yet,
the words on placards and flyers at the head of a paragraph, a programme's title, a story after a capital's dateline
in the present or the future ("BEIRUT: The festival will return ..."), a scene that "calls to mind" another, a
reader told to "See pictures below". Invented (sets 179 and 180's styles: local TV, BBC local, tabloids, Gulf and
Lebanese papers; kinds of error seen on PolNeAR train, in new words)."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _statements(text: str, extractor) -> list[tuple[str | None, str, str]]:
    return [(s.speaker.mention.text if s.speaker and s.speaker.mention else None, s.cue.text if s.cue else "", s.text)
            for s in extract(text, extractor=extractor).statements]


@pytest.mark.parametrize("sentence", [
    "Crews were called to the 1400 block of Maple Street at about 2:40 a.m.",
    "Police were called in after the fight outside the bar.",
    "Lind was called to testify before the committee.",
    "The driver, a 61-year-old man from Fennick, has not been named.",
    "The victim has not yet been identified.",
    "Placards reading \"Save our bins\" were waved outside the town hall on Monday.",
    "Flyers reading \"LOST DOG - PLEASE DO NOT CHASE\" went up on telephone poles across three counties.",
    "The banner carried the message: \"We will not be moved.\"",
    "Kayleigh appeared on Bev's morning programme \"Rise and Shine with Bev\" last week.",
    "Her closing remarks called to mind the hope that carried her first run for office.",
    "The scene calls to mind the riots of 1992.",
    "Parade day\n\nSee pictures from the parade below.",
])
def test_someone_sent_for_or_not_named_and_a_sign_state_nothing(extractor, sentence: str) -> None:
    assert _statements(f"Fire on Maple Street\n\n{sentence}\n", extractor) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The plan was called \"reckless\" by the opposition.", ("the opposition", "called", "The plan \"reckless\"")),
    ("The Flyers said in a statement that tickets had sold out.", ("The Flyers", "said", "tickets had sold out")),
    ("The council called on residents to mind their neighbours in the heat.",
     ("The council", "called", "residents to mind their neighbours in the heat")),
])
def test_what_something_is_called_and_a_team_named_like_a_sign_stay_statements(extractor, sentence: str,
                                                                              expected: tuple) -> None:
    assert _statements(f"Hockey\n\n{sentence}\n", extractor) == [expected]


@pytest.mark.parametrize("line", [
    "BEIRUT: The Ain Zahra festival will return to the village square next month.",
    "MUSCAT: Container ships calling at Qalhat Port are waiting up to five days at anchor.",
    "BEIRUT: The festival returns to the village square next month after a two-year break.",
])
def test_a_capitals_dateline_is_no_speaker_in_any_tense(extractor, line: str) -> None:
    assert _statements(f"Festival returns after two-year break\n\n{line}\n\nTickets go on sale on Friday.\n",
                       extractor) == []


def test_a_single_answer_in_capitals_keeps_its_speaker(extractor) -> None:
    """No place: "HALE:" in an interview speaks, in the present as in the past."""
    assert _statements("Interview\n\nHALE: The economy is strong and the plan is working.\n", extractor) == [
        ("HALE", ":", "The economy is strong and the plan is working")]


@pytest.mark.parametrize("text, cue", [
    ("Pressure\n\nThe minister has been called on to resign after the leak of the report.\n", "called on"),
    ("Statement\n\nFamily spokeswoman Jo Banner spoke outside the court.\n\nBanner read from a statement: \"We are "
     "relieved that justice has been done.\"\n", "read"),
    ("Bins\n\nA leaflet from the council reads: \"Your bins will now be collected every two weeks.\"\n", "reads"),
])
def test_an_appeal_a_surname_like_a_sign_and_an_issued_leaflet_stay_statements(extractor, text: str, cue: str) -> None:
    assert [c for _, c, _ in _statements(text, extractor)] == [cue]


@pytest.mark.parametrize("text, cue", [
    ("Interview\n\nQ: Are the tariffs working?\n\nWASHINGTON: The tariffs are working and the factories are coming "
     "back.\n", ":"),
    ("Reactions to the election result\n\nMOSCOW: The vote is a farce and the result means nothing.\n", ":"),
    ("Appeal\n\nA flyer posted by the police reads: \"Have you seen this man?\"\n", "reads"),
    ("Pool\n\nThe notice carried a statement from the council: \"The pool will close on Friday.\"\n", "carried"),
    ("Plan\n\nThe plan seems to many residents unfair.\n", "seems"),
    ("Row\n\nThe minister released the statement 'I Have Done Nothing Wrong' late on Friday.\n", "released"),
])
def test_an_answer_a_reaction_an_issued_flyer_a_view_and_a_statement_stay(extractor, text: str, cue: str) -> None:
    """An answer after "Q:" and a capital's reaction in "is" keep their label as speaker; what an office issues, a
    view held by many and a statement released in Title Case are statements."""
    assert [c for _, c, _ in _statements(text, extractor)] == [cue]
