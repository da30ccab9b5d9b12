"""Court and hearing reports: counsel named with their letters ("Eoin Ferriter SC"), a relative set off after the name
the parser hung on the verb, a witness named after the lawyer who questioned her, a body named after its description,
an occupation before a given name, a page's correction note. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.speakers.mentions import person_mentions
from onrecord.speakers.types import clean_name


@pytest.mark.parametrize("sentence, name", [
    pytest.param("Counsel for the newspaper, Grainne Tierney SC, said the damage had been limited.", "Grainne Tierney",
                 id="senior-counsel"),
    pytest.param("Mr Mulcair's counsel, Eoin Ferriter SC, said the correction had been tucked away.", "Eoin Ferriter",
                 id="counsel-by-whose-counsel-he-is"),
    pytest.param("The industry body, the Water Utilities Forum, said its members support transparency.",
                 "Water Utilities Forum", id="a-body-named-after-its-description"),
    pytest.param("Kate Tully, the dead man's daughter, told the court her father had rung her.", "Kate Tully",
                 id="a-name-the-parser-hung-on-the-verb"),
    pytest.param("Engineer Priya Raman said she had inspected the wreckage.", "Priya Raman",
                 id="an-occupation-before-a-given-name"),
    pytest.param("Flames director of netball Gavin Pryor said his side had given the ball away.", "Gavin Pryor",
                 id="a-role-of-a-field-then-the-name"),
    pytest.param("The lawyer of Tom Reyes said the charges were false.", None, id="someone-elses-lawyer"),
    pytest.param("\"The tubs were opened months after the test,\" wrote the panel's chair, Judge Morwenna Price.",
                 "Morwenna Price", id="a-name-the-parser-made-a-second-subject"),
    pytest.param("Her great rival, the American Kayla Dunmore-Price, told reporters last month that Hallstrom was "
                 "\"the reason I got better\".", "Kayla Dunmore-Price", id="a-rival-named-with-her-nationality"),
])
def test_the_speaker_is_the_named_person_or_body(extractor, sentence: str, name: str) -> None:
    [statement] = extract(f"Court\n\n{sentence}\n", extractor=extractor).statements
    assert statement.speaker.name == name


def test_the_witness_not_the_lawyer_who_questioned_her(extractor) -> None:
    text = ("Trial\n\nEngineer Priya Raman said she had inspected the wreckage.\n\nUnder cross-examination by defence "
            "lawyer Moana Whitiora, Dr Raman agreed that rot in the joists had also weakened the structure.\n")
    names = {st.cue.text: st.speaker.name for st in extract(text, extractor=extractor).statements}
    assert names["agreed"] == "Priya Raman"


def test_a_correction_note_is_no_person(extractor) -> None:
    text = ("Library\n\nOpposition councillor Anita Rao described the plan as \"rushed\".\n\nCorrection, 14 March: An "
            "earlier version of this article said Cllr Rao had called the plan \"reckless\".\n")
    [corrected] = [st for st in extract(text, extractor=extractor).statements if st.cue.text == "said"]
    assert corrected.speaker.mention.text == "An earlier version of this article"
    assert corrected.speaker.name is None


@pytest.mark.parametrize("sentence", [
    "Marlow Swimming SC announced a new coach on Monday.",
    "The club, Al Ahly SC, said the match would go ahead.",
])
def test_a_sports_club_named_with_sc_is_no_counsel(nlp, sentence: str) -> None:
    assert person_mentions(nlp(sentence)) == []


@pytest.mark.parametrize("written, name", [
    ("The Right Reverend Tom Reyes", "Tom Reyes"),
    ("The Right Honourable Lind", "Lind"),
    ("The Rev", "The Rev"),  # a style alone names no one: left as written
    ("Mr", ""),
])
def test_styles_before_a_name(written: str, name: str) -> None:
    assert clean_name(written) == name



def test_whoever_a_question_names_is_not_the_one_answering(extractor) -> None:
    text = ("Presser\n\nStuart Kinnaird named his side on Thursday.\n\nAsked whether captain Liam Docherty would be fit "
            "after limping off at Penhallow, he said the midfielder had trained on Wednesday.\n")
    [answer] = [st for st in extract(text, extractor=extractor).statements if st.cue.text == "said"]
    assert answer.speaker.name == "Stuart Kinnaird"


@pytest.mark.parametrize("text, name", [
    pytest.param("Rail\n\nAsked about the delays, Tom Hale apologised: \"We let people down,\" he said.\n", "Tom Hale",
                 id="the-answerer-named-after-the-question"),
    pytest.param("Rail\n\nAsked about the delays, rail minister Ann Cole apologised, and she said the operator would "
                 "be fined.\n", "Ann Cole", id="the-answerer-then-a-pronoun"),
    pytest.param("Match\n\nTheir rivals, the Kingsport Rovers, said the result was fair.\n", "Kingsport Rovers",
                 id="a-rival-team"),
])
def test_a_question_or_a_rival_keeps_who_speaks(extractor, text: str, name: str) -> None:
    [statement] = [st for st in extract(text, extractor=extractor).statements if st.cue.text == "said"]
    assert statement.speaker.name == name
    if name == "Kingsport Rovers":
        assert statement.speaker.type == "organization"


@pytest.mark.parametrize("sentence, mention", [
    ("\"The tubs were opened late,\" wrote the panel's chair, Judge Morwenna Price, in her ruling on Friday.",
     "the panel's chair, Judge Morwenna Price"),
    ("\"It was a shock,\" said a neighbour, Ann Cole, 54.", "a neighbour, Ann Cole"),
])
def test_a_mention_with_its_apposed_name_ends_with_the_name(extractor, sentence: str, mention: str) -> None:
    [statement] = extract(f"Court\n\n{sentence}\n", extractor=extractor).statements
    assert statement.speaker.mention.text == mention


@pytest.mark.parametrize("statement", [
    'said the family were "relieved it is finally over."',
    "said the family were relieved it was over.",
])
def test_outside_court_before_the_speaker_is_no_speaker(extractor, statement: str) -> None:
    """ "Outside court, Mr Ebbesen's daughter, Kirsten Ebbesen-Lowe, said ...": the tagger reads "Outside" as an
    adjective and the parser "court" as the subject, the speaker as its apposition."""
    text = f"Court news\n\nOutside court, Mr Ebbesen's daughter, Kirsten Ebbesen-Lowe, {statement}\n"
    [st] = extract(text, extractor=extractor).statements
    assert (st.speaker.mention.text, st.speaker.name) == ("Mr Ebbesen's daughter, Kirsten Ebbesen-Lowe",
                                                          "Kirsten Ebbesen-Lowe")
