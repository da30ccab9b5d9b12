"""A person's name the small model reads as two places ("Bethan Carrow, 34," as two GPEs) is a person's when a given
name opens it and an age follows; a town someone drove up from is a place, not a person a pronoun may go back to.
Invented."""
from __future__ import annotations

from onrecord.speakers.mentions import person_mentions

from fixtures.speaker_names import names_by_mention

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


def test_a_given_name_and_an_age_make_two_places_a_persons_name(extractor) -> None:
    speakers = names_by_mention(FLOOD, extractor)
    assert speakers["Bethan Carrow, 34"] == "Bethan Carrow"
    assert speakers["she"] == "Bethan Carrow"  # the woman just named, not the manager before her


def test_a_town_driven_up_from_is_no_one(extractor) -> None:
    doc = extractor.nlp(FESTIVAL)
    names = [mention.name for mention in person_mentions(doc)]
    assert "Dele Akinwande" in names
    assert "Wolverhampton" not in names  # the NER's person in "the Wolverhampton rapper": the town he came from


def test_someone_something_came_from_is_still_a_person(extractor) -> None:
    text = ("Late equaliser rescues point\n\nLincoln City took the lead through a penalty. The equaliser came from "
            "Preston, who volleyed in a corner in the 89th minute. Team-mates mobbed Preston at the final whistle. "
            "\"It was the best goal of my life,\" he said.\n")
    assert names_by_mention(text, extractor)["he"] == "Preston"


def test_a_person_the_text_describes_keeps_the_word_a_bodys_name_opens_with(extractor) -> None:
    text = ("Council leader defends cuts\n\nKent County Council will cut £40 million from its budget next year. Kent, "
            "the council's leader, said there was no alternative. \"We cannot spend money we do not have,\" Kent "
            "said.\n")
    assert "Kent" in [mention.name for mention in person_mentions(extractor.nlp(text))]
