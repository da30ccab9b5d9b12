"""A title before a name the NER missed is no part of the name: "Director-General Ilse Vandermolen-Kaur" is Ilse
Vandermolen-Kaur, a director-general, also after a body's initials or name ("ASA Director-General ...", "Halsey City
Schools Superintendent ..."), and "she" after her is her. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.speakers.mentions import split_descriptor


@pytest.mark.parametrize("name, described, rest", [
    ("Director-General Ilse Vandermolen-Kaur", "Director-General", "Ilse Vandermolen-Kaur"),
    ("ASA Director-General Ilse Vandermolen-Kaur", "ASA Director-General", "Ilse Vandermolen-Kaur"),
    ("Halsey City Schools Superintendent Yvonne Castile-Brooks", "Halsey City Schools Superintendent",
     "Yvonne Castile-Brooks"),
    ("Engineer Priya Raman", "Engineer", "Priya Raman"),
    ("Victoria Station Manager Ann Lee", "Victoria Station Manager", "Ann Lee"),
    ("Vice-President Grace Okafor", "Vice-President", "Grace Okafor"),
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
