"""Briefs and wire items: the headings of a brief are no speakers ("Where:", "AMBER WARNING: RAIN", "Storm Imelda:
what we know"), and a dateline with a spaced hyphen, as Reuters types it, is no part of a content or a speaker.
Invented."""
from __future__ import annotations

import pytest

from fixtures.reported_findings import contents_by_cue
from onrecord.pipeline import extract


@pytest.mark.parametrize("line", ["Where: The Met Office warning covers the whole of the north-west.",
                                  "When: From 6pm on Tuesday until noon on Wednesday.", "AMBER WARNING: RAIN",
                                  "Storm Imelda: what we know"])
def test_the_headings_of_a_brief_are_no_statements(nlp, line: str) -> None:
    assert ":" not in contents_by_cue(nlp, f"{line}\n\nForecasters said rain could fall.\n")


@pytest.mark.parametrize("label", ["Image", "Picture", "Photograph", "Illustration"])
def test_a_captions_label_is_no_speaker(nlp, label: str) -> None:
    text = f"{label}: The new wing at Kelso General. (Photo: Kelso Valley Times)\n\nNurses said it was late.\n"
    assert ":" not in contents_by_cue(nlp, text)


def test_a_name_and_a_colon_still_open_a_line_of_a_transcript(nlp) -> None:
    assert contents_by_cue(nlp, "SMITH: We will win this.\n") == {":": "We will win this"}


def test_a_dateline_with_a_spaced_hyphen_is_no_part_of_the_content(extractor) -> None:
    text = ("World briefs\n\nBERLIN (Reuters) - Rail operator Nordbahn will cut 2,000 jobs by 2028, the company said "
            "on Monday.\n")
    assert [s.text for s in extract(text, extractor=extractor).statements] == [
        "Rail operator Nordbahn will cut 2,000 jobs by 2028"]


def test_a_dateline_with_a_horizontal_bar_is_no_part_of_the_content(extractor) -> None:
    # HuffPost sets its dashes as the horizontal bar ―
    text = ("Ferry fares\n\nHALIFAX ― The ferry fare rise is a tax on every islander who works on the mainland, Mayor "
            "Ana Lind said on Monday.\n")
    assert [s.text for s in extract(text, extractor=extractor).statements] == [
        "The ferry fare rise is a tax on every islander who works on the mainland"]


def test_a_dateline_with_a_spaced_hyphen_is_no_part_of_the_speaker(extractor) -> None:
    text = "Campaign\n\nCOLUMBIA, S.C. - Sen. Tom Reyes said on Sunday that he would stay in the race.\n"
    assert [s.speaker.mention.text for s in extract(text, extractor=extractor).statements] == ["Sen. Tom Reyes"]


def test_a_name_then_a_spaced_hyphen_and_who_they_are_stays_the_speaker(extractor) -> None:
    text = "Protest\n\nDeborah Reynolds - his partner and co-host - said the group would stay.\n"
    assert [s.speaker.name for s in extract(text, extractor=extractor).statements] == ["Deborah Reynolds"]


@pytest.mark.parametrize("text, content", [
    pytest.param("Talks\n\nOfficials said US - China relations were improving.\n",
                 "US - China relations were improving", id="us-china"),
    pytest.param("Talks\n\nUK - EU talks will resume in May, officials said.\n", "UK - EU talks will resume in May",
                 id="uk-eu-opening-the-line"),
])
def test_a_spaced_hyphen_between_names_is_no_dateline(extractor, text: str, content: str) -> None:
    """Review 15: "US - China relations": a hyphen typed with spaces joins two words that modify what follows."""
    assert [s.text for s in extract(text, extractor=extractor).statements] == [content]


@pytest.mark.parametrize("text, speaker", [
    pytest.param("Coalition\n\nThe Labour - Green coalition said it would stay.\n", "The Labour - Green coalition",
                 id="a-coalition"),
    pytest.param("Sheriff\n\nTYLER, Texas - Sheriff Ann Lind said the suspect had fled.\n", "Sheriff Ann Lind",
                 id="a-dateline-then-a-title"),
    pytest.param("Campaign\n\nMYRTLE BEACH, S.C. - Sen. Ted Reyes said on Saturday that the rival was a fraud.\n",
                 "Sen. Ted Reyes", id="a-dateline-the-parser-hung-on-the-name"),
])
def test_a_spaced_hyphen_in_a_subject(extractor, text: str, speaker: str) -> None:
    assert [s.speaker.mention.text for s in extract(text, extractor=extractor).statements] == [speaker]


@pytest.mark.parametrize("text, content", [
    pytest.param("SMITH: WE WILL WIN THIS.\n", "WE WILL WIN THIS", id="a-transcript-in-capitals"),
    pytest.param("JONES: Here.\n", "Here", id="a-one-word-answer"),
    pytest.param("Human Rights Watch: The law is unjust.\n", "The law is unjust", id="a-body-named-watch"),
])
def test_labels_of_a_transcript_stay_speakers(nlp, text: str, content: str) -> None:
    assert contents_by_cue(nlp, text) == {":": content}


def test_a_heading_named_by_its_last_word_is_no_speaker(nlp) -> None:
    assert ":" not in contents_by_cue(nlp, "FLOOD ALERT: Residents near the river should leave now.\n")
    assert ":" not in contents_by_cue(nlp, "CRICKET: COUNTY CHAMPIONSHIP\n\nRain stopped play.\n")
    assert contents_by_cue(nlp, "LIND: OK.\n") == {":": "OK"}


@pytest.mark.parametrize("text, mention", [
    ('ERIE, Pa. — Democrat Lionel Baptiste, a pediatrician from Meadville, accused Rep. Stan Ostrowski of "hiding '
     'from the people who hired him" on Tuesday night.', "Democrat Lionel Baptiste"),
    ('LONDON (Reuters) - Ana Lind, the bank\'s chief, said on Tuesday: "We are fine."', "Ana Lind"),
])
def test_the_speaker_of_a_quote_after_a_dateline_is_the_name_after_the_dash(extractor, text: str,
                                                                              mention: str) -> None:
    [statement] = extract("Debate\n\n" + text + "\n", extractor=extractor).statements
    assert statement.speaker.mention.text == mention


@pytest.mark.parametrize("dateline", ["SYLHET, June 19:", "PATNA:", "KARACHI, March 4:"])
def test_a_dateline_ending_on_a_colon_is_no_part_of_the_content(extractor, dateline: str) -> None:
    """South Asian papers end a dateline with a colon ("SYLHET, June 19: ..."); the content starts after it."""
    text = f"Flood news\n\n{dateline} At least 14 people have died in the floods, officials said yesterday.\n"
    assert [s.text for s in extract(text, extractor=extractor).statements] == [
        "At least 14 people have died in the floods"]


def test_a_wire_s_running_story_label_is_no_speaker(extractor) -> None:
    """ "The Latest: Varga says she's with them" (AP's running story): the label is no one; Varga says it."""
    text = ("The Latest: Varga says she's with the strikers\n\nHARTWELL, Ore. (AP) — The Latest on the race for "
            "governor (all times local):\n\n3:45 p.m.\n\nAna Varga says she is standing with striking dock workers.\n")
    found = {(s.speaker.mention.text if s.speaker and s.speaker.mention else None, s.text)
             for s in extract(text, extractor=extractor).statements if s.headline}
    assert found == {("Varga", "she's with the strikers")}


def test_a_place_alone_before_its_dash_is_no_part_of_the_speaker(extractor) -> None:
    # the parser makes the place the subject and the name after the dash its apposition
    text = ("Governor vetoes child care cap\n\nBy Lena Osei | Statehouse Bureau\n\nPELL CITY — Gov. Harlan Brantley-Sousa "
            "on Tuesday vetoed a bill that would have capped what families pay for child care, calling it \"a promise "
            "the state cannot afford to keep.\"\n")
    doc = extractor.nlp(text)
    assert next(t for t in doc if t.text == "CITY").dep_ == "nsubj"
    found = {s.cue.text: s.speaker for s in extract(text, extractor=extractor).statements}
    assert found["calling"].mention.text == "Gov. Harlan Brantley-Sousa"
    assert found["calling"].name == "Harlan Brantley-Sousa"
