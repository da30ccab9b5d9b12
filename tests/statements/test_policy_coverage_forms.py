"""Forms of policy reporting (the 170th invented set): a union spoken of as "union" in the headline and "their union"
in the first lines, before the story names it. Invented."""
from __future__ import annotations

from onrecord.pipeline import extract

STRIKE = ("Bus strike 'will go ahead', says union\n\nBy Gemma Sallis\n\nBus drivers in Carrick will strike for five "
          "days from Monday after talks broke down, their union has said.\n\nAbout 600 drivers employed by Westway "
          "Buses voted to strike.\n\nThe Road Transport Workers' Union's regional organiser, Kieran Mabry-Osei, said "
          "the offer was 'an insult'.\n")


def _names(text: str, extractor) -> dict[str, str | None]:
    return {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}


def test_a_union_named_only_further_down_is_the_union_of_the_headline_and_the_lead(extractor) -> None:
    names = _names(STRIKE, extractor)
    assert names["Bus strike 'will go ahead'"] == "Road Transport Workers' Union", names
    assert names["Bus drivers in Carrick will strike for five days from Monday after talks broke down"] == \
        "Road Transport Workers' Union", names


def test_of_two_unions_named_further_down_neither_is_taken(extractor) -> None:
    text = ("Talks\n\nThe union said the strike was off.\n\nThe Nurses' Union and the Teachers' Union met on "
            "Monday.\n")
    assert _names(text, extractor)["the strike was off"] != "Nurses' Union"


def test_a_union_named_before_is_not_looked_for_further_down(extractor) -> None:
    text = ("Talks\n\nThe Nurses' Union called a strike. Later the union said the strike was off.\n\n"
            "The Teachers' Union met on Monday.\n")
    assert _names(text, extractor)["the strike was off"] != "Teachers' Union"
