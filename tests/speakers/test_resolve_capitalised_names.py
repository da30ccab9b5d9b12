"""Speakers written in capitals, as the UN's meetings coverage writes them ("VIKTOR HALÁSZ (Duvania) said"):
named in title case, followed by their pronouns and surnames; a dateline in capitals names nobody. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract

UN_STYLE = """Council hears call for weekly pause in fighting

Briefing the Council, INGRID HALVORSEN, Assistant Secretary-General for Humanitarian Affairs, said that aid convoys \
had reached the city only twice since September. "We are not asking for a favour," she stressed.

In the ensuing debate, AMARA KONÉ (Côte d’Ivoire), speaking also on behalf of Ghana, said the crisis could not be \
solved by humanitarian means alone.

VIKTOR HALÁSZ (Duvania) said the figures presented this morning were exaggerated. "My Government has opened three \
corridors," he said.

Taking the floor a second time, Ms. Halvorsen said the United Nations stood by its figures.
"""


def _names(text: str, extractor) -> dict[str, str | None]:
    return {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}


def test_names_in_capitals_are_people_named_in_title_case(extractor) -> None:
    names = _names(UN_STYLE, extractor)
    assert names["aid convoys had reached the city only twice since September"] == "Ingrid Halvorsen", names
    assert names["the crisis could not be solved by humanitarian means alone"] == "Amara Koné", names
    assert names["the figures presented this morning were exaggerated"] == "Viktor Halász", names


def test_pronouns_and_surnames_reach_the_name_in_capitals(extractor) -> None:
    names = _names(UN_STYLE, extractor)
    assert names["We are not asking for a favour"] == "Ingrid Halvorsen", names
    assert names["My Government has opened three corridors"] == "Viktor Halász", names
    assert names["the United Nations stood by its figures"] == "Ingrid Halvorsen", names


def test_a_dateline_in_capitals_names_nobody(extractor) -> None:
    text = ("Port reopens after storm\n\nPORT ELLWOOD (Wire) — The harbour reopened on Monday, officials said.\n\n"
            "MARA VALE, Duvania — Ferries resumed service, the operator said.\n")
    statements = extract(text, extractor=extractor).statements
    assert statements, "the two statements of the text"
    assert all(s.speaker is None or s.speaker.name not in ("Port Ellwood", "Mara Vale") for s in statements), \
        [(s.text, s.speaker.name if s.speaker else None) for s in statements]


def test_a_sentence_all_in_capitals_gives_no_name(extractor) -> None:
    text = ("Port reopens after storm\n\nA notice was posted on the gate. UPDATE: KORVEL VARGA (WIRE) SAID THE PORT "
            "IS SAFE AND OPEN.\n")
    names = [s.speaker.name for s in extract(text, extractor=extractor).statements if s.speaker]
    assert "Korvel Varga" not in names, names


def test_a_place_in_capitals_is_no_person(extractor) -> None:
    text = "Port reopens after storm\n\nThe council met on Monday. The UNITED KINGDOM (Wire) said the port was safe.\n"
    speakers = [s.speaker for s in extract(text, extractor=extractor).statements if s.speaker]
    assert not any(s.type == "person" and s.name == "United Kingdom" for s in speakers), speakers


@pytest.mark.parametrize("place", ["GRAND FORKS, N.D. (Wire)", "KOTA KINABALU, Malaysia", "SIOUX FALLS, S.D.",
                                   "PORT MORESBY, Papua New Guinea", "SAINT-DENIS, Réunion", "DAR ES SALAAM, Tanzania"])
def test_a_pronoun_after_a_dateline_is_never_the_place(extractor, place) -> None:
    text = (f"Floods hit region\n\n{place} — Floodwaters rose on Monday, the governor said. He said more rain was "
            "expected.\n")
    names = [s.speaker.name for s in extract(text, extractor=extractor).statements if s.speaker and s.speaker.name]
    assert not names, names


def test_a_slogan_in_capitals_inside_quotation_marks_is_no_person(extractor) -> None:
    text = ("March\n\nThe march began at noon.\n\n\"STOP THE WAR,\" the protesters chanted outside the embassy on "
            "Saturday. He said the march was peaceful.\n")
    names = [s.speaker.name for s in extract(text, extractor=extractor).statements if s.speaker]
    assert "Stop The War" not in names, names
