"""A person's name the small model reads as two places ("Bethan Carrow, 34," as two GPEs) is a person's when a given
name opens it and an age follows; a town someone drove up from is a place, not a person a pronoun may go back to.
Invented."""
from __future__ import annotations

from onrecord.pipeline import extract
from onrecord.speakers.mentions import person_mentions

FLOOD = """Floods: residents count the cost

Its area manager, Siân Hollowell, said: "No wall can be built high enough for every storm."

Bethan Carrow, 34, who lives on the Millfield estate with her two children, said the water had reached the top of \
her kitchen units within an hour.

"You hear about it on the news and you never think it'll be your house," she said.
"""

FESTIVAL = """Festival review: mud and brass

The afternoon belonged to Dele Akinwande, the Wolverhampton rapper who records as Lowfield.

He told me after his set that his mother had driven up from Wolverhampton to watch and had "stood at the front \
like a bouncer".
"""


def _speakers(text: str, extractor) -> dict[str, str | None]:
    return {s.speaker.mention.text: s.speaker.name for s in extract(text, extractor=extractor).statements
            if s.speaker}


def test_a_given_name_and_an_age_make_two_places_a_persons_name(extractor) -> None:
    speakers = _speakers(FLOOD, extractor)
    assert speakers["Bethan Carrow, 34"] == "Bethan Carrow"
    assert speakers["she"] == "Bethan Carrow"  # the woman just named, not the manager before her


def test_a_town_driven_up_from_is_no_one(extractor) -> None:
    doc = extractor.nlp(FESTIVAL)
    names = [mention.name for mention in person_mentions(doc)]
    assert "Dele Akinwande" in names
    assert "Wolverhampton" not in names  # the NER's person in "the Wolverhampton rapper": the town he came from
