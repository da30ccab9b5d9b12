"""A role that speaks before its holder is named: a rank before a name says nothing of the office ("Col. Irena
Kowalczuk" may be "the brigade's spokeswoman" of the lead), a shadow minister is not the minister, and a deck under the
headline is not the news lead. Invented."""
from __future__ import annotations

import pytest

from fixtures.speaker_names import names_by_mention

BRIEFING = """Troops retake bridge near Olvany, brigade spokeswoman says

By TOMAS REDLER and ANIKA BRUUN Associated Press

SELVIK (AP) — Government troops have retaken a road bridge north of Olvany, the brigade's spokeswoman said Friday.

"The bridge is ours again and the road to the hospital is open," Col. Irena Kowalczuk said at a briefing in the capital.

The spokeswoman told reporters that about 60 soldiers had been wounded since Wednesday.
"""

APPOSED = """Border post shelled overnight

Shells hit a border post near Marlin overnight, the army said on Sunday.

"Nobody was hurt, but the post is gone," Capt. Oren Delacroix-Haas, the army's spokesman, said at the daily briefing.

The spokesman said engineers would rebuild it within a month.

The captain said the shells had been fired from across the river.
"""

DECK = """Britain to send 600 engineers to Keldavia

Defence secretary tells MPs the mission is 'a promise kept'

Britain will send 600 army engineers to Keldavia next spring, the defence secretary announced yesterday.

Marcus Wendell-Price told the Commons that the engineers would rebuild two bridges and a rail depot.

Ayesha Rowntree-Vale, the shadow defence secretary, said the opposition backed the mission.
"""


def test_a_lead_role_is_the_ranked_name_below_it(extractor) -> None:
    names = names_by_mention(BRIEFING, extractor)
    assert names["the brigade's spokeswoman"] == "Irena Kowalczuk"
    assert names["The spokeswoman"] == "Irena Kowalczuk"
    assert names["brigade spokeswoman"] == "Irena Kowalczuk"  # the headline's role, by the lead


def test_a_rank_before_a_name_keeps_the_office_set_beside_it(extractor) -> None:
    names = names_by_mention(APPOSED, extractor)
    assert names["The spokesman"] == "Oren Delacroix-Haas"
    assert names["The captain"] == "Oren Delacroix-Haas"  # and the rank is still his


def test_the_shadow_minister_is_not_the_minister_and_a_deck_is_not_the_lead(extractor) -> None:
    names = names_by_mention(DECK, extractor)
    assert names["the defence secretary"] == "Marcus Wendell-Price"
    assert names["Defence secretary"] == "Marcus Wendell-Price"
    assert names["Ayesha Rowntree-Vale, the shadow defence secretary"] == "Ayesha Rowntree-Vale"


COUNCILLOR = """Councillor says sorry for post

A Hexford town councillor has apologised to market traders for a Facebook post about the town's Saturday market.

In the post, Cllr Martin Ashcombe wrote: 'Walked round the market today. Same six stalls.'
"""

EX_CHIEF = """Ex-chief: 'I was told to look away'

LANGLEY, Ohio (WKLB) — Langley's former police chief says city officials pressured her to drop an inquiry.

In the letter, Odette Marchetti-Lowe wrote: "I was told to look away. I will not."
"""


def test_a_councillor_in_the_lead_is_the_cllr_named_below(extractor) -> None:
    assert names_by_mention(COUNCILLOR, extractor)["A Hexford town councillor"] == "Martin Ashcombe"


def test_a_place_s_role_in_the_lead_is_the_person_named_below(extractor) -> None:
    assert names_by_mention(EX_CHIEF, extractor)["Langley's former police chief"] == "Odette Marchetti-Lowe"


TAKEN_ON = """Council backs Dunmore Street flats

By Rosa Kettering-Bain

The council voted 6-3 on Monday night to rezone two acres on Dunmore Street for 120 flats.

The city's planning director said the complex would add about 900 car trips a day to the street.

Naomi Fairbanks-Ude joined the city as planning director in 2023 after 11 years with the county.

The library board's chief executive told the meeting the branch would stay open.

Bronwyn Castellano-Eze took over as chief executive in January after the retirement of Graham Toohey-Lund.

The city's treasurer said the budget was balanced.

Anton Merrill-Sykes will join the city as treasurer in May.
"""


def test_a_role_is_held_by_whoever_a_sentence_says_took_it_on(extractor) -> None:
    names = names_by_mention(TAKEN_ON, extractor)
    assert names["The city's planning director"] == "Naomi Fairbanks-Ude"  # "joined the city as planning director"
    assert names["The library board's chief executive"] == "Bronwyn Castellano-Eze"  # "took over as chief executive"
    # one who "will join" as treasurer does not hold the office yet
    assert names["The city's treasurer"] != "Anton Merrill-Sykes"


@pytest.mark.parametrize("text, mention, name", [
    pytest.param("Bypass hearing\n\nA dairy farmer whose land would be divided by the proposed bypass has told an oral "
                 "hearing that the road would \"cut the farm in two\".\n\nDeclan Furlong-Ayodele, who milks 120 cows "
                 "at Carrowkeel, was giving evidence on the third day of the hearing.\n",
                 "A dairy farmer whose land would be divided by the proposed bypass", "Declan Furlong-Ayodele",
                 id="a-whose-clause-then-a-who-clause"),
    pytest.param("Landfill\n\nThe commissioners heard from 30 residents.\n\nA retired chemistry teacher who lives a "
                 "quarter-mile from the landfill told commissioners that nitrate levels in his well had tripled.\n\n"
                 "Harold Mbatha-Greer, 71, brought a jar of his well water and set it on the table.\n",
                 "A retired chemistry teacher", "Harold Mbatha-Greer", id="a-who-clause-then-an-age"),
    pytest.param("Fire\n\nA man who asked not to be named said he heard a bang.\n\nJohn Doherty, 45, ran to help.\n",
                 "A man", None, id="not-one-who-asked-not-to-be-named"),
    pytest.param("Fire\n\nA man who lives nearby said he heard a bang.\n\nJohn Doherty, 45, a firefighter, arrived "
                 "within minutes.\n", "A man", None, id="not-one-named-with-another-role"),
    pytest.param("Fire\n\nA woman who lives nearby said she heard a bang.\n\nJane Doherty, 45, who also lives nearby, "
                 "said she saw smoke.\n", "A woman", None, id="not-one-who-speaks-for-herself"),
])
def test_a_description_is_the_name_the_next_paragraph_introduces(extractor, text: str, mention: str,
                                                                  name: str | None) -> None:
    assert names_by_mention(text, extractor)[mention] == name
