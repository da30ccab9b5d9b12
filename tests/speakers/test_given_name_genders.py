"""Given names of many naming cultures tell a pronoun which of two people it stands for."""
from __future__ import annotations

import unicodedata

import pytest

from onrecord.pipeline import extract
from onrecord.speakers.types import _pairs, honorific_gender


@pytest.mark.parametrize("name, gender", [
    ("Milena Dorić", "f"), ("Teodor Vasić", "m"), ("Wanjiru Kamau", "f"), ("Olumide Bakare", "m"),
    ("Aroha Pene", "f"), ("Dafydd Rhys", "m"), ("Zsófia Kertész", "f"), ("Jose Ortega", "m"),
])
def test_a_given_name_says_the_gender(name: str, gender: str) -> None:
    assert honorific_gender(name.split()) == gender


def test_a_pronoun_skips_a_woman_named_since_for_the_man_before_her(extractor) -> None:
    # without her given name's gender, the pronouns after her name would vote her a man
    text = ("Envoy denies arms claim\n\nLONDON — Aldoria's ambassador to Britain, Teodor Vasić, has denied that his "
            "government is supplying weapons to rebel groups across the border in northern Salvea, in an "
            "interview at the embassy in Kensington on Wednesday.\n\nThe ambassador, 66, a former physics "
            "professor, has been in London since 2022 and speaks some English, but gave the interview in "
            "Aldorian; the answers were translated by the embassy's interpreter, Milena Dorić.\n\n"
            "I asked him whether he had read the report. \"Twice,\" he said. \"It is a report about rifles.\"\n")
    [st] = [s for s in extract(text, extractor=extractor).statements if s.text.startswith("Twice")]
    assert st.speaker.mention.text == "he"
    assert st.speaker.name == "Teodor Vasić"


def test_a_given_name_written_with_a_combining_accent_says_the_gender() -> None:
    assert honorific_gender([unicodedata.normalize("NFD", "Zsófia"), "Kertész"]) == "f"


@pytest.mark.parametrize("text, kind", [
    ("Basel Zoo said the elephant was healthy.", "organization"),
    ("Saida Municipality said the port was closed.", "organization"),
])
def test_a_given_name_that_opens_a_place_or_body_does_not_make_it_a_person(extractor, text, kind) -> None:
    [st] = extract("City news\n\n" + text + "\n", extractor=extractor).statements
    assert st.speaker.type == kind


def test_the_given_names_file_reads_as_name_and_gender(tmp_path) -> None:
    good = tmp_path / "names.tsv"
    good.write_text("# comment\nmilena\tf\nteodor\tm\n", encoding="utf-8")
    assert _pairs(good, frozenset({"m", "f"})) == {"milena": "f", "teodor": "m"}
    bad = tmp_path / "bad.tsv"
    bad.write_text("milena f\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1"):
        _pairs(bad, frozenset({"m", "f"}))
    bad.write_text("milena\tx\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1"):
        _pairs(bad, frozenset({"m", "f"}))


@pytest.mark.parametrize("given", ["Sam", "Alex", "Chris", "Jamie"])
def test_a_given_name_both_sexes_bear_tells_no_gender(extractor, given: str) -> None:
    # "Sam" may be Samantha: the pronouns after the name tell, not the name
    assert honorific_gender([given, "Reyes"]) is None
    text = (f"Bin strike\n\nUnion leader {given} Reyes has blasted the council over pay.\n\nSpeaking to strikers "
            "outside the depot, she said the offer was an insult.\n")
    [st] = [s for s in extract(text, extractor=extractor).statements if s.text == "the offer was an insult"]
    assert st.speaker.name == f"{given} Reyes"
