"""The name that heads a speaker phrase is the speaker, not a name modifying it ("Varga campaign spokesman
Ana Lind", "Kwanele resident Zanele Mokoena"); a name in apposition to a role may be cased "MacAskill".
Invented sentences."""
from __future__ import annotations

from onrecord.pipeline import extract


def speakers(extractor, text: str) -> dict[str, str | None]:
    return {st.text[:16]: st.speaker.name for st in extract(text, extractor=extractor).statements if st.speaker}


def test_a_name_modifying_the_role_is_not_the_speaker(extractor) -> None:
    text = ("Water cuts\n\nKwanele resident Zanele Mokoena, 63, said she had been buying water for weeks.\n\n"
            "Varga campaign spokesman Brian Okafor said the mayor would visit on Friday.\n")
    found = speakers(extractor, text)
    assert found["she had been buy"] == "Zanele Mokoena"
    assert found["the mayor would "] == "Brian Okafor"


def test_a_name_with_a_capital_inside_in_apposition_to_a_role(extractor) -> None:
    text = ("Ferry row\n\nThe MP for Strathlorne and the Isles, Ruaridh MacAskill, said islanders had lost "
            "all faith in the process.\n")
    assert speakers(extractor, text)["islanders had lo"] == "Ruaridh MacAskill"


def test_a_name_in_apposition_beats_a_modifier_the_ner_read_as_a_person(extractor) -> None:
    # the small model reads "Kaleth" before "counterpart" as a person's name
    text = ("Border talks\n\nForeign Minister Ana Ferreyra said the deal was close.\n\n"
            "Her Kaleth counterpart, Bakhyt Temirov, said the talks had been useful.\n")
    assert speakers(extractor, text)["the talks had be"] == "Bakhyt Temirov"

