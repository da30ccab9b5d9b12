"""Feature writing: people called by their given name once introduced, streets and villages the NER reads as
people, a clergy's style before a name, "a man called Pete", an age for an epithet whose reported words say "he".
Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.speakers.mentions import person_mentions


def _names(text: str, extractor) -> dict[str, str | None]:
    statements = extract(text, extractor=extractor).statements
    return {st.text[:16]: st.speaker.name if st.speaker else None for st in statements}


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


@pytest.mark.parametrize("words", [
    "the best advice he ever got came from his first station manager",  # "he" a few words in
    "his wife knew she would miss the show",  # "his" first: the "she" after it is his wife
    "he'd never missed a show",
])
def test_an_age_epithet_whose_reported_words_say_he_is_not_the_woman_named_before(extractor, words: str) -> None:
    text = (f"Last show\n\nAngela Kerr sat beside Tom Ogilvie in the studio on Friday.\n\n"
            f"The 71-year-old said {words}.\n")
    [statement] = extract(text, extractor=extractor).statements
    assert statement.speaker.name == "Tom Ogilvie"


@pytest.mark.parametrize("text, name", [
    pytest.param("Radio\n\nA lawyer for a man named Tom Reyes said the charges were false.\n", None,
                 id="the-name-of-someone-else-in-the-mention"),
    pytest.param("Summit\n\nVictoria Nguyen chairs the board. Mary Lind is the health minister. Victoria recorded 500 "
                 "new cases that day. She said the figures were bad.\n", "Mary Lind",
                 id="a-given-name-that-names-a-state"),
    pytest.param("Flags\n\nJack Wills chairs the club. Tom Lind is the mayor. The Union Jack went up at six. He said "
                 "it was a proud day.\n", "Tom Lind", id="a-given-name-in-a-things-name"),
    pytest.param("Committee\n\nMs Penny Lane chaired the meeting. \"We will vote tonight,\" she said.\n", "Penny Lane",
                 id="a-person-named-like-a-street"),
    pytest.param("Visit\n\nJordan Pike visited the camps in Jordan on Monday. Jordan met families and said the camps "
                 "were full.\n", "Jordan Pike", id="a-person-named-like-a-country"),
    pytest.param("Church\n\nThe Right Reverend Tom Reyes said the church would close.\n", "Tom Reyes",
                 id="a-bishops-style"),
    pytest.param("Budget\n\n\"The budget is balanced,\" Mayor Ana Constable said.\n", "Ana Constable",
                 id="a-surname-that-is-a-rank"),
])
def test_what_looks_like_a_place_or_a_title_but_is_not(extractor, text: str, name: str | None) -> None:
    statements = extract(text, extractor=extractor).statements
    assert statements[-1].speaker.name == name


def test_a_nickname_inside_a_name_with_the_before_it(extractor) -> None:
    text = ("Weigh-in\n\nShannon 'Hurricane' McBride and Dalia Verhoeven had to be separated at Friday's weigh-in.\n\n"
            "The Hurricane, for her part, told Sky Sports she would \"let my hands do the talking\".\n")
    [statement] = extract(text, extractor=extractor).statements
    assert statement.speaker.name == "Shannon McBride"
