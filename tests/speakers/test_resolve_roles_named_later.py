"""A role that speaks before its holder is named: a rank before a name says nothing of the office ("Col. Irena
Kowalczuk" may be "the brigade's spokeswoman" of the lead), a shadow minister is not the minister, and a deck under the
headline is not the news lead. Invented."""
from __future__ import annotations

from fixtures.speaker_names import names_by_mention

BRIEFING = """Troops retake bridge near Olvany, brigade spokeswoman says

By TOMAS REDLER and ANIKA BRUUN Associated Press

SELVIK (AP) — Government troops have retaken a road bridge north of Olvany after two days of fighting, the brigade's spokeswoman said Friday.

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

Ayesha Rowntree-Vale, the shadow defence secretary, said the opposition backed the mission but asked how it would be paid for.
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
