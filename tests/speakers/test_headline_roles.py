"""A headline speaker given by a role ("Rail chief: '...'") is the body's person in that role."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def headline_speaker(extractor, text: str):
    [st] = [s for s in extract(text, extractor=extractor).statements if s.start < text.index("\n")]
    return st.speaker


def test_the_lead_describes_the_role_and_the_next_paragraph_names_the_person(extractor) -> None:
    text = ("Rail chief: 'There will be no strike this winter'\n\n"
            "The head of the national rail operator has ruled out a winter strike.\n\n"
            "In an interview, Sam Adeyemi said talks with the unions had gone well.\n")
    speaker = headline_speaker(extractor, text)
    assert (speaker.name, speaker.type, speaker.mention.text) == ("Sam Adeyemi", "person", "Rail chief")


def test_a_body_person_introduced_in_the_same_role_is_the_speaker(extractor) -> None:
    text = ("Union boss: 'We are back at work'\n\n"
            "The strike is over. Mia Holt, who sits on the works committee, said the vote was close.\n\n"
            "The union's leader, Dan Pike, said members had voted to return.\n")
    speaker = headline_speaker(extractor, text)
    assert (speaker.name, speaker.role) == ("Dan Pike", "union's leader")


def test_a_role_the_body_never_gives_anyone_stays_an_unnamed_person_with_that_role(extractor) -> None:
    text = "Port chief: 'A fine year'\n\nThe port had a record year.\n\nLena Ostrova said trade grew.\n"
    speaker = headline_speaker(extractor, text)
    assert (speaker.name, speaker.type, speaker.role) == (None, "person", "Port chief")


def test_the_lead_role_is_the_person_who_acts_next_not_one_named_on_the_way(extractor) -> None:
    text = ("Ferry captain tells inquiry: 'I had no choice'\n\n"
            "The captain of a ferry that ran aground in March told a public inquiry that she had been ordered to sail.\n\n"
            "Asked by the chairman of the inquiry, Judge Ines Moreau, whether she had thought of cancelling the "
            "crossing, Sarah Lind replied:\n\n'Of course I thought of it. The forecast was bad.'\n")
    assert headline_speaker(extractor, text).name == "Sarah Lind"


def test_a_headline_quote_the_body_repeats_is_the_body_speakers(extractor) -> None:
    text = ("'Bread is the easy part': the baker who feeds a valley\n\n"
            "Every morning at four, Irena Varga opens the only bakery in Kesteln.\n\n"
            "\"Bread is the easy part. The hard part is getting up,\" says Varga, 58.\n")
    speaker = headline_speaker(extractor, text)
    assert (speaker.name, speaker.mention.text) == ("Irena Varga", "the baker")


def test_a_commissioner_is_the_chief_a_headline_names(extractor) -> None:
    text = ("Potholes on arterial roads to be filled before monsoon: civic chief\n\nAll potholes will be filled "
            "before June 10, municipal commissioner Rajesh Varga said on Monday.\n")
    assert headline_speaker(extractor, text).name == "Rajesh Varga"


def test_a_role_that_reports_in_a_headline_is_the_body_person_in_that_role(extractor) -> None:
    text = ("Governor vows veto of tax bill\n\n"
            "Gov. Maria Lopez said on Tuesday she would veto the bill that Senate leaders passed.\n")
    speaker = headline_speaker(extractor, text)
    assert (speaker.name, speaker.mention.text, speaker.method) == ("Maria Lopez", "Governor", "headline:role")


def test_a_role_two_people_of_the_body_hold_names_neither(extractor) -> None:
    # review 19: which senator, the headline does not say
    text = ("Senator defends vote on bill\n\nSen. Ada Ross criticized Sen. Paul Grant on Monday. Grant said he stood "
            "by his record.\n")
    speaker = headline_speaker(extractor, text)
    assert (speaker.name, speaker.mention.text) == (None, "Senator")


def test_a_role_whose_word_one_person_holds_names_that_person(extractor) -> None:
    # another "head" in the body is no second president
    text = ("Tierra Alta president declares state of emergency\n\nPresident Elena Cabral declared a state of "
            "emergency on Thursday. Rufino Quispe, head of the miners' federation, said the blockades would stay.\n")
    speaker = headline_speaker(extractor, text)
    assert (speaker.name, speaker.mention.text) == ("Elena Cabral", "Tierra Alta president")


def test_a_role_in_the_standfirst_is_the_bodys_holder_of_one_of_two_joined_roles(extractor) -> None:
    # the line under the headline sums the story up in a headline's words; "the club's chairman and majority owner"
    # is a chairman as much as an owner
    text = ("Castlebridge sack Kellaway after seventh defeat\n\n"
            "Chairman says decision was 'the hardest of my time here' as coach Danso takes temporary charge\n\n"
            "Castlebridge Athletic sacked Stuart Kellaway on Monday.\n\n"
            "Dermot Haig, the club's chairman and majority owner, said the board had run out of patience.\n")
    standfirst = [s for s in extract(text, extractor=extractor).statements if s.start < text.index("Castlebridge A")]
    assert [(s.speaker.name, s.speaker.mention.text, s.text) for s in standfirst] == [
        ("Dermot Haig", "Chairman", "decision was 'the hardest of my time here'")]


def test_a_headline_content_ends_at_its_quoted_words_before_the_scene(extractor) -> None:
    text = "Mayor says bridge is 'a disgrace' as repairs drag on\n\nThe mayor of Tarrow spoke on Monday.\n"
    [st] = extract(text, extractor=extractor).statements
    assert st.text == "bridge is 'a disgrace'"


@pytest.mark.parametrize("text, content", [
    # review 21: "as long as ..." is part of what is said, and a first paragraph ending in '."' is no standfirst
    ("Minister speaks\n\nMinister says budget will 'protect the poor' as long as growth holds\n\nFinance minister "
     "Tom Reed said the budget was fair.\n", "budget will 'protect the poor' as long as growth holds"),
    ("Vaccine storage warning\n\nHealth officials said the vaccine was \"safe\" as long as it was kept cold, "
     "adding: \"There is no cause for alarm.\"\n\nThe agency said 2 million doses had been delivered.\n",
     'the vaccine was "safe" as long as it was kept cold'),
])
def test_a_condition_after_the_quoted_words_is_no_scene(extractor, text: str, content: str) -> None:
    assert content in [s.text for s in extract(text, extractor=extractor).statements]


def test_the_prosecutor_of_a_headline_is_the_district_attorney_not_the_defence(extractor) -> None:
    text = ("Denholm trial\n\nProsecutor calls Denholm's account 'a lie built to fit the evidence' as trial heads to "
            "jury\n\nThe trial of Carl Denholm neared its end on Wednesday.\n\n\"He had the motive,\" Assistant "
            "District Attorney Renata Szabo told jurors. His lawyer, Defense Attorney Mark Lowe, said Denholm was "
            "innocent.\n")
    [st] = [s for s in extract(text, extractor=extractor).statements if s.cue.text == "calls"]
    assert (st.speaker.name, st.speaker.mention.text) == ("Renata Szabo", "Prosecutor")


@pytest.mark.parametrize("place, name", [("Kinnaroo", "Jill Hargraves"), ("Mundarra", "Vikram Sood")])
def test_of_two_holders_the_headline_s_words_name_one(extractor, place: str, name: str) -> None:
    """ "Kinnaroo mayor vows ..." over the mayors of Kinnaroo and of Mundarra: the headline says which."""
    text = (f"{place} mayor vows to fight forced merger of the two shires\n\nKinnaroo mayor Jill Hargraves called the "
            "decision a takeover and said the shire would fight it. Mundarra mayor Vikram Sood said his council had "
            "not asked for the merger.\n")
    speaker = headline_speaker(extractor, text)
    assert (speaker.name, speaker.mention.text) == (name, f"{place} mayor")


@pytest.mark.parametrize("body", [
    "Mayor Jill Hargraves met former Kinnaroo mayor Tom Beck on Monday. Beck said the merger was dead.",
    "Sen. Marla Quint of Ohio and Sen. Dov Pell of Texas clashed on Monday. Pell said the bill was flawed.",
])
def test_a_former_holder_or_another_state_s_holder_is_not_the_headline_s(extractor, body: str) -> None:
    """Review 31: "former Kinnaroo mayor Tom Beck" is no Kinnaroo mayor now; "of Ohio" before the next name is no part
    of Pell's role."""
    headline = "Kinnaroo mayor says merger is dead" if "Kinnaroo" in body else "Ohio senator defends vote on bill"
    speaker = headline_speaker(extractor, f"{headline}\n\n{body}\n")
    assert speaker.name not in ("Tom Beck", "Dov Pell")


_DELAYED = ("Former inspector says he warned railroad\n\nBy TOBIAS REINHOLM\n06/18 5:04 PM EDT\n\nA former track "
            "inspector for Halden Rail told Senate investigators in a letter this week that he had warned his "
            "supervisors about a faulty detector.\n\nThe four-page letter was obtained by POLITICO.\n\nDale Prentiss, "
            "who inspected track "
            "on the railroad's Lake Division for 22 years, wrote that a supervisor told him to stop.\n")


def test_a_lead_after_a_byline_and_a_time_stamp_names_its_described_speaker_below(extractor) -> None:
    """The hundred-and-fifteenth collection: the byline and the time stamp are no lead, and "who inspected track"
    introduces the "former track inspector" of the lead (and of the headline)."""
    found = extract(_DELAYED, extractor=extractor).statements
    assert [s.speaker.name for s in found][:2] == ["Dale Prentiss", "Dale Prentiss"]


def test_a_described_speaker_is_not_someone_named_below_for_where_they_are(extractor) -> None:
    text = ("School reopens\n\nA teacher at the Lakeside school said classes would resume on Monday after the flood."
            "\n\nStudents returned Monday.\n\nMaria Lopez, whose son attends the school, said she was relieved.\n")
    [st] = [s for s in extract(text, extractor=extractor).statements if s.text.startswith("classes")]
    assert st.speaker.name is None
