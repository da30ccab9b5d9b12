"""Forms of policy and wire reporting (the 170th and 172nd invented sets): a union spoken of as "union" in the headline
and "their union" in the first lines, before the story names it; the act a court convicted someone of. Invented."""
from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text", [
    "Court\n\nFalcao, 44, was convicted in 2029 of revealing state secrets after she published files on the army.\n",
    "Court\n\nThe man was charged with threatening a witness outside the court.\n",
])
def test_the_act_a_court_convicts_or_charges_someone_of_is_no_statement_of_theirs(extractor, text: str) -> None:
    assert _names(text, extractor) == {}


def test_an_accusation_of_an_act_is_still_the_accuser_s_statement(extractor) -> None:
    assert "him of lying about the budget" in _names("Court\n\nShe accused him of lying about the budget.\n",
                                                     extractor)


@pytest.mark.parametrize("text, content", [
    pytest.param("Parking\n\nThe council said it would review parking charges.\n\nThe summer festival, which receives "
                 "a grant from the Northern Arts Council, will go ahead.\n", "it would review parking charges",
                 id="a-body-that-gives-a-grant"),
    pytest.param("Sale\n\nThe board said it had approved the sale of the plant.\n\nThe deal still needs approval from "
                 "the State Gaming Control Board.\n", "it had approved the sale of the plant", id="a-body-asked"),
])
def test_a_body_only_mentioned_further_down_is_not_the_one_that_spoke(extractor, text: str, content: str) -> None:
    assert _names(text, extractor)[content] not in ("Northern Arts Council", "State Gaming Control Board")
