"""News epithets: "the mother of three", "the retired teacher", "her son" after a name are that person."""
from __future__ import annotations

from onrecord.pipeline import extract

FIRE = ("Fire in Millbrook\n\nA fire destroyed a bakery in Millbrook on Sunday. Owner Rosa Bianchi, 58, and her "
        "son Marco were not hurt.\n\n\"We lost everything,\" the mother of three said. Her son said the fire "
        "started in the oven.\n\nMrs. Bianchi's neighbour, Tom Price, said he had called 911. The retired teacher "
        "added that the street had been closed.\n")


def speakers(extractor, text: str) -> dict[str, str | None]:
    return {st.text[:16]: st.speaker.name for st in extract(text, extractor=extractor).statements if st.speaker}


def test_an_epithet_is_the_person_just_named_of_its_gender(extractor) -> None:
    found = speakers(extractor, FIRE)
    assert found["We lost everythi"] == "Rosa Bianchi"
    assert found["the street had b"] == "Tom Price"


def test_a_relative_is_the_person_the_article_introduced_as_such(extractor) -> None:
    assert speakers(extractor, FIRE)["the fire started"] == "Marco"


def test_an_epithet_for_someone_introduced_unnamed_stays_unnamed(extractor) -> None:
    text = ("Arrest\n\nMayor Tom Varga said the street was safe. Police arrested a young man nearby on Monday. "
            "The man said he had seen nothing.\n")
    assert speakers(extractor, text)["he had seen noth"] is None


def test_an_epithet_far_from_any_name_stays_unnamed(extractor) -> None:
    filler = "The road was closed for most of the day while crews worked on the damaged pipes. " * 6
    text = f"Flood\n\nTom Price said the water rose fast.\n\n{filler}\n\nThe retired teacher said the town would recover.\n"
    assert speakers(extractor, text)["the town would r"] is None


def test_an_age_or_a_teenager_after_a_quote_is_the_person_named_before_it(extractor) -> None:
    text = ("Cup tie\n\nSam Okafor, 19, scored twice on Tuesday. \"I just closed my eyes and hit it!\" said the "
            "teenager.\n\nTV chef Rico Varga hit back at his bosses on Monday.\n\n\"They can say what they like. I am "
            "not going anywhere,\" fumed the 52-year-old.\n")
    found = speakers(extractor, text)
    assert found["I just closed my "[:16]] == "Sam Okafor"
    assert found["They can say wha"] == "Rico Varga"
