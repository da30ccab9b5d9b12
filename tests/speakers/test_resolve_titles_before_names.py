"""A title before a name the NER missed is no part of the name: "Director-General Ilse Vandermolen-Kaur" is Ilse
Vandermolen-Kaur, a director-general, also after a body's initials or name ("ASA Director-General ...", "Halsey City
Schools Superintendent ..."), and "she" after her is her. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.speakers.mentions import person_mentions, split_descriptor


@pytest.mark.parametrize("name, described, rest", [
    ("Director-General Ilse Vandermolen-Kaur", "Director-General", "Ilse Vandermolen-Kaur"),
    ("ASA Director-General Ilse Vandermolen-Kaur", "ASA Director-General", "Ilse Vandermolen-Kaur"),
    ("Halsey City Schools Superintendent Yvonne Castile-Brooks", "Halsey City Schools Superintendent",
     "Yvonne Castile-Brooks"),
    ("Engineer Priya Raman", "Engineer", "Priya Raman"),
    ("Vice-President Grace Okafor", "Vice-President", "Grace Okafor"),
    ("Kofi Prince Kwame Asante", None, "Kofi Prince Kwame Asante"),  # a given name first: one man's names
])
def test_a_title_before_a_given_name_is_split_off(name: str, described: str | None, rest: str) -> None:
    assert split_descriptor(name) == (described, rest)


@pytest.mark.parametrize("name", ["General Motors Chief Executive", "the Director-General Ilse Kaur",
                                  "Director-General Kaur"])
def test_no_split_without_a_given_name_after_the_title_or_with_lower_case_before(name: str) -> None:
    described, rest = split_descriptor(name)
    assert described is None and rest == name


def test_a_bodys_initials_a_title_and_a_name_are_a_person_a_pronoun_goes_back_to(extractor) -> None:
    text = ("Cost\n\nASA Director-General Ilse Vandermolen-Kaur said the delay would not affect the agency's budget "
            "for the year.\n\nShe said her team would decide by Friday whether to roll the rocket back.\n")
    speakers = {s.speaker.mention.text: s.speaker.name for s in extract(text, extractor=extractor).statements}
    # (the mention may or may not take in the body's initials; the name is hers either way)
    assert [name for mention, name in speakers.items() if mention.endswith("Director-General Ilse Vandermolen-Kaur")] \
        == ["Ilse Vandermolen-Kaur"]
    assert speakers["She"] == "Ilse Vandermolen-Kaur"


def test_a_spokesman_for_an_office_holds_no_office(extractor) -> None:
    """ "A spokesman for the governor, Ben Castellano,": the parser hangs the name on "governor"; his role is the
    spokesman's, so "the governor" in a dek above is the governor named in the story, not him."""
    text = ("Brandvold Vetoes Insulin Cap\n\nDemocrats say they have the votes; the governor calls the bill \"a tax in "
            "disguise.\"\n\nHALSEY CITY - Gov. Ingrid Brandvold on Friday vetoed a bill that would have capped the cost "
            "of insulin.\n\nA spokesman for the governor, Ben Castellano, said she would \"make her case to every "
            "member who will listen.\"\n")
    mentions = {m.name: m.role for m in person_mentions(extractor.nlp(text))}
    assert mentions["Ben Castellano"] == "spokesman for the governor"
    speakers = {s.speaker.mention.text: s.speaker.name for s in extract(text, extractor=extractor).statements}
    assert speakers.get("the governor") != "Ben Castellano"


@pytest.mark.parametrize("sentence, name", [
    ("Aldren Falls School Superintendent Karen Ostby-Mensah said the district would hold two clinics.",
     "Karen Ostby-Mensah"),
    ("Mayor Ana Costa-Lind said the bridge would open in May.", "Ana Costa-Lind"),
])
def test_a_double_surname_after_a_title_is_the_whole_name_when_the_ner_misses_it(nlp, sentence: str,
                                                                                name: str) -> None:
    assert [m.name for m in person_mentions(nlp(sentence))] == [name]
