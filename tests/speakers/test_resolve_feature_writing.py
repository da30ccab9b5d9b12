"""Feature writing: people called by their given name once introduced, streets and villages the NER reads as
people, a clergy's style before a name, "a man called Pete", an age for an epithet whose reported words say "he".
Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.speakers.mentions import person_mentions


def _names(text: str, extractor) -> dict[str, str | None]:
    return {st.text[:16]: st.speaker.name if st.speaker else None for st in extract(text, extractor=extractor).statements}


def test_a_street_the_ner_reads_as_a_person_takes_no_pronoun(extractor) -> None:
    # "she" after "One man on Mill Row" voted the street a woman, who then took Priya's and Gwen's words
    text = ("Flood night\n\n\"The water came under the door first,\" says Gwen Tallis.\n\n"
            "One of his passengers was Priya Sandhu, who moved to Mill Row with her two daughters in 2022.\n\n"
            "\"Nobody told us the house was on a flood plain,\" she says.\n\n"
            "One man on Mill Row, who asked not to be named, said the same review had been promised in 2013.\n\n"
            "Gwen is not going anywhere. \"My daughter wants me in a bungalow,\" she says.\n")
    names = _names(text, extractor)
    assert names["Nobody told us t"] == "Priya Sandhu"
    assert names["My daughter want"] == "Gwen Tallis"  # by her given name alone


@pytest.mark.parametrize("text, people", [
    pytest.param("Liam Buchan, 19, is the only deckhand in Kilhaven under 30. The Kilhaven boats sell Shona Mowat "
                 "what the market does not want.", ["Liam Buchan", "Shona Mowat"], id="a-village-named-as-a-place"),
    pytest.param("After 700 years, the bells of St Brannoc's fall silent", [], id="a-saints-church"),
])
def test_places_the_ner_reads_as_people_are_no_people(nlp, text: str, people: list[str]) -> None:
    assert [m.name for m in person_mentions(nlp(text))] == people


@pytest.mark.parametrize("style", ["The Rev", "The Rt Rev"])
def test_a_clergy_style_before_a_name_makes_a_person(extractor, style: str) -> None:
    text = (f"Church closes\n\n{style} Judith Ashcombe, who has been vicar of Trewellan since 2015, took the last "
            "service. She told the congregation: \"A church is not a building.\"\n")
    assert _names(text, extractor)["A church is not "] == "Judith Ashcombe"


@pytest.mark.parametrize("sentence, name", [
    ("A woman named Carol Jones said the bridge was unsafe.", "Carol Jones"),
    ("A lorry driver called Pete rang in to say he had listened every morning.", "Pete"),
    ("\"The bridge is unsafe,\" said a woman named Carol Jones.", "Carol Jones"),
    ("\"It is fine,\" a man called Tom Reyes said.", "Tom Reyes"),
])
def test_someone_named_or_called_by_a_name_has_it(extractor, sentence: str, name: str) -> None:
    [statement] = extract(f"Radio\n\n{sentence}\n", extractor=extractor).statements
    assert statement.speaker.name == name
    assert statement.cue.text in ("said", "say")


def test_an_age_epithet_whose_reported_words_say_he_is_not_the_woman_named_last(extractor) -> None:
    text = ("Last show\n\nDes Ogilvie played his last record on Friday.\n\n"
            "His producer, Angela Kerr, sat behind the glass. \"Nobody has ever noticed,\" she said.\n\n"
            "The 71-year-old said the best advice he ever got came from his first station manager.\n")
    assert _names(text, extractor)["the best advice "] != "Angela Kerr"
