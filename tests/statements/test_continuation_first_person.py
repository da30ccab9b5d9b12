"""Continuation: unmarked first-person sentences after an attributed quote."""
from __future__ import annotations

from pathlib import Path

from onrecord.pipeline import extract
from onrecord.settings import Settings
from onrecord.pipeline import Extractor

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "statements"


def continuations(extractor, text: str):
    record = extract(text, extractor=extractor)
    return [s for s in record.statements if s.kind == "continuation"]


def test_continuation_after_the_cue_and_into_the_next_paragraph(extractor) -> None:
    text = (FIXTURES / "family-farm.txt").read_text(encoding="utf-8")
    [cont] = continuations(extractor, text)
    assert [text[s:e] for s, e in cont.spans] == [
        "We have farmed this land for six generations. It is our life.",
        "We will fight the council in court if we must. Our lawyers are ready.",
    ]
    assert cont.speaker.name == "Peter Novak"
    assert cont.confidence < 0.9
    assert cont.cue is None


def test_continuation_stops_at_a_third_person_sentence(extractor) -> None:
    text = ("Farm\n\n\"We will not sell,\" Peter Novak said. We love this land. He then walked "
            "back to his tractor. We watched him go.\n")
    [cont] = continuations(extractor, text)
    assert cont.text == "We love this land."


def test_continuation_needs_first_person(extractor) -> None:
    text = ("Farm\n\n\"We will not sell,\" Peter Novak said. The council meets on Monday.\n\n"
            "The road would cost ten million.\n")
    assert continuations(extractor, text) == []


def test_continuation_stops_at_another_quote_or_speaker(extractor) -> None:
    text = ("Farm\n\n\"We will not sell,\" Peter Novak said.\n\nWe have lived here for ages. "
            "The mayor said the road is needed.\n\n\"We need it,\" the mayor said.\n")
    [cont] = continuations(extractor, text)
    assert cont.text == "We have lived here for ages."


def test_continuation_can_be_switched_off(nlp) -> None:
    text = (FIXTURES / "family-farm.txt").read_text(encoding="utf-8")
    off = Extractor(Settings(continuation=False), nlp=nlp)
    assert continuations(off, text) == []


def test_continuation_not_for_a_first_person_narrator(extractor) -> None:
    text = ("My day in court\n\nI walked into the court at nine and we waited for an hour.\n\n"
            "\"Sit down,\" the judge said. I sat down. My lawyer smiled.\n")
    assert continuations(extractor, text) == []


def test_continuation_needs_a_first_person_pronoun_not_a_name_or_party_label(extractor) -> None:
    text = ("Farm\n\n\"We will not sell,\" Peter Novak said. The letter was signed by Save Our Fields "
            "and by Sen. Tom Reyes (I-Vt.).\n")
    assert continuations(extractor, text) == []


def test_the_writers_present_tense_question_to_the_speaker_is_no_continuation(extractor) -> None:
    text = ("The baker\n\n\"Bread is the easy part,\" says Irena Varga. I ask her about the hours. She laughs.\n\n"
            "\"Four in the morning, every day,\" she says.\n")
    assert not [st for st in extract(text, extractor=extractor).statements if st.kind == "continuation"]


def test_a_paragraph_of_one_question_after_a_quote_is_a_heading_not_the_speaker(extractor) -> None:
    """An explainer's heading ("How much will my bill go up?") speaks for the reader, in the first person."""
    text = ("Council tax\n\nBeatrix Kerr, the shadow minister, criticised the plan.\n\n\"Families will pay more and "
            "get less,\" she said.\n\nHow much will my bill go up?\n\nThe average Band D bill is £2,171.\n")
    assert not [s for s in extract(text, extractor=extractor).statements if s.kind == "continuation"]


def test_continuation_stops_at_a_reporters_sign_off(extractor) -> None:
    """A web story made from tape ends "For Michigan Public Radio, I'm Jonah Fields.": the reporter's
    "I", not the last speaker's."""
    text = ("Frost\n\nBack on the hill, Okafor is already thinking about next spring. \"We'll pick what's there,\" "
            "she says.\n\nFor Michigan Public Radio, I'm Jonah Fields in Leelanau County.\n")
    assert continuations(extractor, text) == []
