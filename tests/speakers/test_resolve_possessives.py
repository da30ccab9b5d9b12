"""A name that owns or completes the speaker mention is not the speaker ("Tom's brother")."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.speakers.resolve import SpeakerResolver


@pytest.mark.parametrize("before", ["", "Tom Reyes stayed home. "])
def test_possessive_speaker_is_the_possessed(extractor, before: str) -> None:
    text = f'Storm news\n\n{before}"Don\'t panic," said Tom\'s brother.\n'
    [st] = extract(text, extractor=extractor).statements
    assert st.text == "Don't panic"
    assert st.speaker.mention.text == "Tom's brother"
    assert (st.speaker.name, st.speaker.type) == ("Tom's brother", "person")


def test_spokesman_for_a_named_person_is_not_that_person(nlp) -> None:
    text = "A spokesman for Tom Reyes said no."
    sp = SpeakerResolver(nlp(text)).resolve(0, text.index(" said"))
    assert sp.name != "Tom Reyes"
    assert sp.type == "person"
    assert sp.role == "spokesman for Tom Reyes"


def test_appositive_name_is_still_the_speaker(nlp) -> None:
    text = "The owner, Tom Reyes, said the shop would stay open."
    doc = nlp(text)
    sp = SpeakerResolver(doc).resolve(0, len("The owner"))
    assert sp.name == "Tom Reyes"


def test_a_group_or_thing_a_named_person_owns_is_no_person(extractor) -> None:
    statements = extract("Marta Lind's allies said the vote was rigged. Marta Lind's husband said the count "
                         "was late.", extractor=extractor).statements
    speakers = {st.text: (st.speaker.name, st.speaker.type) for st in statements}
    assert speakers["the vote was rigged"] == (None, "unknown")
    assert speakers["the count was late"] == ("Marta Lind's husband", "person")


def test_a_name_qualifying_a_common_noun_is_not_the_speaker(extractor) -> None:
    text = ("Campaign news\n\nMarta Lind spoke in Leeds. \"We will win,\" a senior Marta Lind adviser said.\n\n"
            "Donald Varga spoke in York. The Donald Varga campaign said the rally was full. Donald Varga supporters "
            "said they would march.\n")
    found = {st.text: st.speaker for st in extract(text, extractor=extractor).statements}
    assert (found["We will win"].name, found["We will win"].type) == (None, "person")
    assert (found["the rally was full"].name, found["the rally was full"].type) == \
        ("Donald Varga campaign", "organization")
    assert (found["they would march"].name, found["they would march"].type) == (None, "anonymous")


def test_a_possessor_the_parser_hung_elsewhere_is_still_not_the_speaker(extractor) -> None:
    text = ("Fraud\n\nThe judge convicted Yves-Alain de Saint-Just on Monday.\n\nDe Saint-Just’s lawyer, Olivier "
            "Du Maurier, said his client would appeal.\n")
    [st] = extract(text, extractor=extractor).statements
    assert st.speaker.name == "Olivier Du Maurier"


@pytest.mark.parametrize("mention, name", [
    ("A spokeswoman for the Marta Lind campaign, Dana Okafor,", "Dana Okafor"),
    ("Another delegate on the Lind slate, Tom Reyes,", "Tom Reyes"),
    ("A senior Lind administration official", None),
])
def test_a_name_qualifying_a_noun_deeper_in_the_mention_is_not_the_speaker(extractor, mention, name) -> None:
    text = f"Campaign news\n\nMarta Lind spoke in Leeds on Monday. {mention} said the rally was full.\n"
    [st] = extract(text, extractor=extractor).statements
    assert st.speaker.mention.text.startswith(mention.rstrip(","))
    assert st.speaker.name == name
