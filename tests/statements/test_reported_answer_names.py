"""A transcript's answers named by the interviewee the introduction names (invented interviews)."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract

_TEXT = ("Okafor takes over\n\nRuth Okafor became police chief in May. She spoke to Tom Hale.\n\n"
         "Q: What will you change first?\n\nA: Response times. I want every call answered within ten minutes.\n")


def test_an_answer_label_is_named_by_the_interviewee(extractor) -> None:
    found = extract(_TEXT, extractor=extractor).statements
    [st] = [st for st in found if st.text.startswith("Response")]
    assert st.speaker.mention.text == "A" and st.speaker.name == "Ruth Okafor"


def test_an_i_inside_an_answer_is_the_interviewee(extractor) -> None:
    found = extract(_TEXT, extractor=extractor).statements
    [st] = [st for st in found if st.text.startswith("every call")]
    assert st.speaker.mention.text == "I" and st.speaker.name == "Ruth Okafor"


def test_a_transcripts_two_word_label_with_a_rank_in_words_is_a_speaker(extractor) -> None:
    text = ("Cockpit recording\n\nThe transcript released by the board reads in part:\n\n"
            "CAPTAIN: We have lost the left engine.\n\nFIRST OFFICER: Confirmed, left engine failure.\n")
    found = {st.text: st.speaker.mention.text for st in extract(text, extractor=extractor).statements}
    assert found == {"We have lost the left engine": "CAPTAIN", "Confirmed, left engine failure": "FIRST OFFICER"}


def test_an_ordinal_opening_a_label_in_ordinary_case_is_a_columns_name_not_a_speaker(extractor) -> None:
    text = "The Ninth Circle: The view from inside the capital\n\nThe week began quietly.\n"
    assert [st.text for st in extract(text, extractor=extractor).statements] == []


def test_an_answer_label_the_tagger_reads_as_a_verb_is_the_interviewee_named_before(extractor) -> None:
    text = ("Analyst: 'This could last all summer'\n\nMarguerite Okonjo, an aviation analyst, spoke to us.\n\n"
            "Q: How serious is this?\n\nOkonjo: Serious, but not fatal. Airlines cannot simply swap the type.\n\n"
            "Q: Are passengers safe?\n\nOkonjo: I would put my own family on one tomorrow.\n")
    answers = [st for st in extract(text, extractor=extractor).statements if st.cue and st.cue.text == ":"
               and not st.headline]
    assert [(st.text[:16], st.speaker.name) for st in answers] == [("Serious, but not", "Marguerite Okonjo"),
                                                                     ("I would put my o", "Marguerite Okonjo")]


def test_answers_are_named_by_an_interviewee_the_ner_missed(extractor) -> None:
    text = ("Kessie: 'I swim angry now'\n\nAma Kessie, 24, won the 200m butterfly on Sunday. She spoke to "
            "Sportsnight's Ben Aldridge after the final.\n\nQ: How does that feel?\n\nA: I don't know yet. Ask me "
            "tomorrow.\n")
    [answer] = [st for st in extract(text, extractor=extractor).statements if st.text.startswith("I don't")]
    assert (answer.speaker.mention.text, answer.speaker.name) == ("A", "Ama Kessie")


def _label_names(extractor, text: str) -> dict[str, str | None]:
    """The name each line label of a transcript resolves to."""
    return {st.speaker.mention.text: st.speaker.name for st in extract(text, extractor=extractor).statements
            if st.cue and st.cue.text == ":"}


def test_a_presenters_label_is_the_interviewer_the_introduction_names(extractor) -> None:
    text = ("Transcript: the Housing Minister on Breakfast\n\nHelen Achterberg, the Housing Minister, spoke to "
            "Gareth Lyle on Radio Harrowdale on Wednesday.\n\nPRESENTER: Why is it taking so long?\n\n"
            "ACHTERBERG: Because we want to get it right.\n")
    found = _label_names(extractor, text)
    assert found == {"PRESENTER": "Gareth Lyle", "ACHTERBERG": "Helen Achterberg"}


def test_a_name_opening_a_labelled_line_is_whom_the_label_addresses_not_who_it_is(extractor) -> None:
    text = ("Port strike\n\nANCHOR: Let's go to the port, where our correspondent Tomasz Wrobel is at the gate. "
            "Tomasz, how many are out?\n\nCORRESPONDENT: Lorna, the union says about four hundred.\n\n"
            "SHOP STEWARD: They want to cut the night allowance for new starters.\n")
    found = _label_names(extractor, text)
    assert found["CORRESPONDENT"] == "Tomasz Wrobel"
    assert "SHOP STEWARD" in found  # "SHOP" read as a verb


@pytest.mark.parametrize("line", ["TWO DEAD: The crash closed the road for six hours.",
                                  "ONE YEAR ON: The bridge is still shut."])
def test_a_heading_in_capitals_with_a_number_word_is_no_speakers_label(extractor, line: str) -> None:
    assert extract(f"Crash\n\n{line}\n", extractor=extractor).statements == []


def test_a_heading_opening_with_a_verb_leaves_the_statement_after_it_to_its_speaker(extractor) -> None:
    text = "Candidates\n\nMEET THE CANDIDATE: Jo Fenn said she wants to fix the roads.\n"
    [st] = extract(text, extractor=extractor).statements
    assert (st.speaker.mention.text, st.cue.text) == ("Jo Fenn", "said")


@pytest.mark.parametrize("introduction", [
    "The debate was held in the town hall, according to Mark Ferris.",  # a source, not the moderator
    "Lind, who was appointed by Prime Minister Owen Tate, took questions.",
])
def test_a_moderators_label_is_nobody_the_introduction_does_not_tie_to_the_questions(extractor,
                                                                                     introduction: str) -> None:
    text = f"Debate\n\n{introduction}\n\nMODERATOR: First question.\n\nLIND: I will answer it.\n"
    assert _label_names(extractor, text)["MODERATOR"] is None


def test_an_interviewee_who_is_a_broadcaster_still_answers(extractor) -> None:
    text = ("Forty years of news\n\nVeteran anchor Marta Ruiz retired on Friday. She spoke to Tom Hale.\n\n"
            "Q: Any regrets?\n\nA: None at all.\n")
    [answer] = [st for st in extract(text, extractor=extractor).statements if st.text == "None at all"]
    assert answer.speaker.name == "Marta Ruiz"


@pytest.mark.parametrize("guest, label", [("Dana Morrow", "MS MORROW"), ("health secretary Dana Morrow", "SECRETARY")])
def test_a_presenters_label_is_not_the_guest_the_introduction_names(extractor, guest: str, label: str) -> None:
    text = (f"Transcript\n\nTom Hale spoke to {guest} on Wednesday.\n\nPRESENTER: Why now, then?\n\n"
            f"{label}: Because the time is right.\n\nPRESENTER: And the cost of it all?\n\n"
            f"{label}: Lower than you think.\n")
    assert _label_names(extractor, text).get("PRESENTER") != "Dana Morrow"
