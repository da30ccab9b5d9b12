"""Forms of election coverage (the 169th invented set): an adverb of time between the cue and its clause, a poll's
sample, a question asked and not given, a count's declared figures, an Indian agency's headline with the speaker's
title in initials and where it was said after the colon, and its dateline with the agency in brackets. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _found(text: str, extractor) -> dict[str, tuple[str | None, str | None, str | None]]:
    """(speaker mention, speaker name, cue) by content."""
    return {s.text: (s.speaker.mention.text if s.speaker and s.speaker.mention else None,
                     s.speaker.name if s.speaker else None, s.cue.text if s.cue else None)
            for s in extract(text, extractor=extractor).statements}


@pytest.mark.parametrize("text, content", [
    pytest.param("Forum\n\nLorraine Hale, a retired nurse, said afterward she had not heard a single answer.\n",
                 "she had not heard a single answer", id="afterward"),
    pytest.param("Forum\n\nThe candidate said later the mill would not reopen.\n", "the mill would not reopen",
                 id="later"),
    pytest.param("Bins\n\nHarwick Council said on Monday it would cut bin collections.\n",
                 "it would cut bin collections", id="on-a-day"),
    pytest.param("Talks\n\nShe said last week the talks were over.\n", "the talks were over", id="last-week"),
    pytest.param("Forum\n\nThe candidate said recently elected councillors should wait a year.\n",
                 "recently elected councillors should wait a year", id="an-adverb-of-the-subject-stays"),
])
def test_an_adverb_or_a_phrase_of_time_after_the_cue_tells_when_it_was_said(extractor, text: str, content: str) -> None:
    assert content in _found(text, extractor)


def test_a_poll_s_sample_and_a_question_asked_state_nothing(extractor) -> None:
    text = ("Poll\n\nThe Progressive Union is on 38 per cent. Castlegate questioned 2,104 adults online from Wednesday "
            "to Friday.\n\nLorraine Hale, a retired nurse who had asked the question, said the answers were vague.\n")
    found = _found(text, extractor)
    assert list(found) == ["the answers were vague"], found


def test_a_question_with_its_matter_still_gives_the_matter(extractor) -> None:
    found = _found("Forum\n\nA teacher asked a question about the mill.\n", extractor)
    assert found["a question about the mill"][2] == "asked"


def test_a_count_s_declared_figures_are_no_speaker_s_words(extractor) -> None:
    text = ("Result\n\nBethan Okoro (Progressive Union) 14,862\nGiles Ashworth (Heartland Party) 12,445\n"
            "Majority: 2,417. Turnout: 41.2 per cent.\n")
    assert _found(text, extractor) == {}


def test_an_agency_headline_gives_the_speaker_after_the_colon_by_the_initials_of_the_title(extractor) -> None:
    text = ("Will double paddy bonus if voted back: CM Dhruwanshi at Kesarganj rally\n\nKESARGANJ (UNS): Chief "
            "Minister Ramprasad Dhruwanshi on Sunday promised to double the paddy bonus.\n")
    found = _found(text, extractor)
    assert found["Will double paddy bonus if voted back"] == ("CM Dhruwanshi", "Ramprasad Dhruwanshi", ":"), found
    # the dateline and the agency in brackets are no part of the name
    assert found["to double the paddy bonus"][:2] == ("Chief Minister Ramprasad Dhruwanshi", "Ramprasad Dhruwanshi")


def test_a_prime_minister_s_initials_before_a_surname_name_the_body_s_person(extractor) -> None:
    text = "Will not quit over scandal: PM Rao\n\nNEW DELHI: Prime Minister Anil Rao said he would not resign.\n"
    assert _found(text, extractor)["Will not quit over scandal"][1] == "Anil Rao"


@pytest.mark.parametrize("text, content", [
    pytest.param("Town\n\nThe historian Marta Quill said in 1850 the town had fewer than 300 residents.\n",
                 "in 1850 the town had fewer than 300 residents", id="a-year-the-statement-is-about"),
    pytest.param("Vote\n\nGovernor Ada Lind said later this year the plan would be put to voters.\n",
                 "later this year the plan would be put to voters", id="a-time-to-come"),
    pytest.param("Budget\n\nCouncillor Amis questioned two figures in the budget.\n", "two figures in the budget",
                 id="questioning-counted-things-is-doubting-them"),
])
def test_what_the_time_and_sample_rules_leave_alone(extractor, text: str, content: str) -> None:
    assert content in _found(text, extractor)


@pytest.mark.parametrize("text", [
    pytest.param("Land scam probe widens: Minister Rao in trouble\n\nInvestigators widened the inquiry on Monday.\n",
                 id="in-trouble"),
    pytest.param("Bribery case hearing adjourned: Desai in the dock\n\nA court adjourned the hearing.\n",
                 id="in-the-dock"),
])
def test_a_person_in_a_state_after_a_headline_s_colon_says_nothing(extractor, text: str) -> None:
    assert not [c for c in _found(text, extractor) if c.endswith(("widens", "adjourned"))]


def test_title_initials_need_the_body_to_give_the_title_to_that_person(extractor) -> None:
    text = ("Canal will be desilted: DM Rao at Kesarganj\n\nOfficials said work would begin next week. Villager "
            "Kamla Rao said she had waited years.\n")
    assert _found(text, extractor)["Canal will be desilted"][1] != "Kamla Rao"
