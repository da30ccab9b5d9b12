"""A quote that spans paragraphs (reopened, never closed) takes the cue after its last part."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


@pytest.mark.parametrize("opening, closing", [('"', '"'), ("“", "”")])
def test_cue_after_the_last_paragraph_of_a_quote(extractor, opening: str, closing: str) -> None:
    text = (f"Bridge news\n\n{opening}We will build the bridge before the winter.\n\n"
            f"{opening}It will have four lanes and a cycle path,{closing} Mayor Ana Costa said on Monday.\n")
    [st] = extract(text, extractor=extractor).statements
    assert [text[s:e] for s, e in st.spans] == ["We will build the bridge before the winter.",
                                                "It will have four lanes and a cycle path"]
    assert st.cue.text == "said"
    assert st.cue.span[0] > st.spans[1][1]
    assert (st.speaker.name, st.speaker.mention.text) == ("Ana Costa", "Mayor Ana Costa")


def test_speaker_named_after_a_three_paragraph_quote(extractor) -> None:
    text = ('Bridge news\n\n"We will build the bridge.\n\n"It will have four lanes.\n\n'
            '"And a cycle path," said Tom Reyes, the city engineer.\n')
    [st] = extract(text, extractor=extractor).statements
    assert len(st.spans) == 3
    assert st.speaker.name == "Tom Reyes"


@pytest.mark.parametrize("naming", [
    "That was the verdict of Councilwoman Grace Okafor, speaking after the meeting.",
    "That was the blunt assessment of Councilwoman Grace Okafor on Thursday.",
    "That was the account of Councilwoman Grace Okafor, who chairs the finance committee.",
    "That was the explanation of Councilwoman Grace Okafor, speaking after the meeting.",
    "That was the observation of Councilwoman Grace Okafor, who has sat on the council for 20 years.",
    "So said Councilwoman Grace Okafor after the meeting.",
    "The remarks came from Councilwoman Grace Okafor.",
    "That was Grace Okafor, recalling the night the roof fell in.",
    "That was Grace Okafor's answer when I read her the mayor's line.",
    "That is Councilwoman Grace Okafor's view, and she is not alone.",
    "That's how Grace Okafor, a retired bookkeeper in Halston who spent two years tracking the claims through public "
    "records, put it in an interview Monday.",
])
def test_speaker_named_as_the_holder_of_the_quote_in_the_next_paragraph(extractor, naming: str) -> None:
    text = ('Stadium vote delayed\n\nThe council put off its vote again.\n\n'
            '"The numbers do not add up. We have nothing we can check."\n\n' + naming + "\n")
    statements = extract(text, extractor=extractor).statements
    [st] = [s for s in statements if s.kind == "direct"]
    assert st.speaker.name == "Grace Okafor"
    assert st.speaker.mention.span[0] > text.index(naming)
    # the sentence that names her is the writer's, even in the first person ("when I read her ...")
    assert not [s for s in statements if s.kind == "continuation"]


def test_a_day_named_as_the_holder_of_a_message_is_no_speaker(extractor) -> None:
    text = ('Cup final\n\nThe team lost again on Saturday.\n\n"We will come back from this, whatever the table says '
            'about us."\n\n' "That was Monday's message from the dressing room.\n")
    [st] = [s for s in extract(text, extractor=extractor).statements if s.kind == "direct"]
    assert st.speaker is None or st.speaker.name != "Monday"


def test_a_speakers_next_quote_named_as_a_reveal_is_its_own_statement(extractor) -> None:
    # the paragraph after the standalone quote names its speaker: no run of her earlier quote
    text = ('Auction news\n\n"She had no idea," said the head of Nordic art, Anders Sjöberg.\n\n'
            '"I had been looking for that girl for 25 years. I had to sit down."\n\n'
            "That was Sjöberg, recalling the day in March when the email arrived.\n")
    direct = [s for s in extract(text, extractor=extractor).statements if s.kind == "direct"]
    assert [s.text for s in direct] == ["She had no idea",
                                        "I had been looking for that girl for 25 years. I had to sit down."]
    assert [s.speaker.name for s in direct] == ["Anders Sjöberg", "Anders Sjöberg"]


def test_a_month_named_after_a_quote_is_no_speaker(extractor) -> None:
    text = ('Sales news\n\nThe auction house sold 40 paintings.\n\n"It was the best month we ever had."\n\n'
            "That was March, looking back on a record year.\n")
    assert all(st.speaker is None or st.speaker.name != "March" for st in extract(text, extractor=extractor).statements)


@pytest.mark.parametrize("after, name", [
    ("These words were said by Governor Marina Kalinina on Monday.", "Marina Kalinina"),
    ("This was stated by Minister Gulnara Ismailova at a meeting.", "Gulnara Ismailova"),
    ("Prime Minister Nasreen Chowdhury said this while opening the shelters.", "Nasreen Chowdhury"),
])
def test_the_words_standing_for_a_quote_name_its_speaker_and_are_no_statement(extractor, after: str,
                                                                               name: str) -> None:
    text = f"Flood news\n\n\"We will not leave a single family alone.\"\n\n{after}\n"
    statements = extract(text, extractor=extractor).statements
    assert [(s.text, s.speaker.name) for s in statements] == [("We will not leave a single family alone.", name)]


@pytest.mark.parametrize("after, cue, speaker", [
    ("This was denied by the Russian Defence Ministry on Monday.", "denied", "Russian Defence Ministry"),
    ("This was also stated by President Ilham Aliyev.", "stated", "Ilham Aliyev"),
])
def test_another_speaker_who_denies_or_repeats_the_quote_makes_a_statement(extractor, after: str, cue: str,
                                                                          speaker: str) -> None:
    # review 20: "This was <verb> by X" after another's quote was dropped as if it named the quote's speaker
    text = f"War news\n\n\"The village was taken,\" Ukrainian officials said.\n\n{after}\n"
    statements = extract(text, extractor=extractor).statements
    assert [(s.cue.text, s.speaker.name) for s in statements][1:] == [(cue, speaker)]


def test_a_separate_sentence_saying_this_while_doing_something_is_no_statement(extractor) -> None:
    # review 20: the trained tagger found "[this while inspecting the road]" after a quote with its own speaker
    text = ('Road news\n\n"We will finish the road by June," the commissioner said.\n\nThe governor said this while '
            "inspecting the road on Tuesday.\n")
    assert [s.text for s in extract(text, extractor=extractor).statements] == ["We will finish the road by June"]


def test_this_stated_by_after_a_lede_names_the_lede_s_speaker(extractor) -> None:
    """A wire lede without a speaker, then "This was stated by X ...": X stated the lede (the Indian wires' formula)."""
    text = ("Hubs news\n\nNew Delhi, Mar 4 (PTI) The Centre will set up 150 cold storage hubs in 12 states by March "
            "next year.\n\nThis was stated by Union Minister Kamala Devi Raghunathan at an event here on Tuesday.\n")
    [stated] = extract(text, extractor=extractor).statements
    assert (stated.text, stated.cue.text) == ("The Centre will set up 150 cold storage hubs in 12 states by March "
                                              "next year", "stated")
    assert stated.speaker.mention.text == "Union Minister Kamala Devi Raghunathan"


def test_a_quote_s_cue_after_it_takes_its_object_as_hearer_not_content(extractor) -> None:
    text = ('Court news\n\nThe High Court halted the demolitions.\n\n"Where will these people go with small '
            'children at that hour?" the bench asked the authority\'s counsel.\n')
    statements = extract(text, extractor=extractor).statements
    assert [s.text for s in statements if s.cue is not None and s.cue.text == "asked"] == [
        "Where will these people go with small children at that hour?"]


def test_a_surname_the_parser_reads_as_a_verb_is_no_cue(extractor) -> None:
    """ "Justice Rehana M. Sayed stayed ...": "Sayed" ends the judge's name; nothing is said."""
    text = ("Court news\n\nA division bench of Justice S. V. Kulkarni and Justice Rehana M. Sayed stayed further "
            "demolitions in the area.\n")
    assert [s.cue.text for s in extract(text, extractor=extractor).statements if s.cue is not None] == []


@pytest.mark.parametrize("headline, cue", [
    ("Harbour Chief Ana Lind Says Wall Will Hold", "Says"),
    ("Ana Lind Calls for Inquiry after Audit Reveals Harbour Board\u2019s Spending on Travel.", "Calls"),
])
def test_a_title_case_headline_verb_after_a_name_is_still_a_cue(extractor, headline: str, cue: str) -> None:
    text = (f"{headline}\n\nThe harbour wall will hold through the winter, the harbour chief, Ana Lind, said on "
            "Monday.\n")
    assert cue in [s.cue.text for s in extract(text, extractor=extractor).statements if s.cue is not None]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Plan news\n\nKerr said the plan was flawed. This was echoed by the mayor.\n",
                 {("said", "the plan was flawed"), ("echoed", "This")}, id="a-statement-before-keeps-its-speaker"),
    pytest.param("Water news\n\nVillagers claim the water is poisoned.\n\nThis was confirmed by the water company.\n",
                 {("claim", "the water is poisoned"), ("confirmed", "This")}, id="a-cue-in-the-sentence-before"),
    pytest.param("Election\n\nThis was confirmed by the police on Sunday evening.\n", {("confirmed", "This")},
                 id="never-the-headline"),
])
def test_this_stated_by_takes_no_sentence_with_a_speaker_of_its_own(extractor, text: str, expected: set) -> None:
    """Review 30: the sentence before is what "This" stands for only when nobody is named saying it."""
    assert {(s.cue.text, s.text) for s in extract(text, extractor=extractor).statements} == expected


def test_a_capitalised_headline_verb_in_a_sentence_case_headline_is_still_a_cue(extractor) -> None:
    """Review 30: "Biden Says US will not back down" is no Title Case line, and still a headline."""
    text = "Ana Lind Says harbour wall will hold through winter\n\nThe harbour chief spoke on Monday in Kesteln.\n"
    assert "Says" in [s.cue.text for s in extract(text, extractor=extractor).statements if s.cue is not None]


def test_a_negated_speech_verb_after_a_quote_does_not_claim_it(extractor) -> None:
    """ "X did not speak to reporters" after an unattributed quote names who said nothing; the quote is the
    statement read out in the paragraph before."""
    text = ("Court\n\nA judge on Monday freed Tomas Arkwright-Bell.\n\nMinutes later, Arkwright-Bell's lawyer, Irene "
            "Castellane, stood on the courthouse steps and read a statement to a crowd.\n\n\"Nineteen years. Not one "
            "apology.\n\n\"We will be filing a lawsuit.\"\n\nArkwright-Bell did not speak to reporters.\n")
    [st] = extract(text, extractor=extractor).statements
    assert st.speaker.name == "Irene Castellane"

