"""A title the article sets beside a word for a work ("Saltwater Hymns, her fifth album,") is nobody, wherever it
stands; a body named in full ("her label, Grey Heron Records") is no person by its short name ("Grey Heron said").
The NER reads both as people, and a "she" after them went to them. Invented."""
from __future__ import annotations

from onrecord.pipeline import extract

REVIEW = ("Saltwater Hymns review: grief and a cold sea\n\nBy Tessa Marchbank\n\nWhen Harriet Lumley-Vane told this "
          "paper in 2029 that she would never make another record about the sea, it sounded like a promise. Saltwater "
          "Hymns, her fifth album, breaks it in its first line.\n\n'Everyone expects the folk singer from a fishing "
          "town to sing about boats,' she said at the time.\n\nAccording to her label, Grey Heron Records, the fiddle "
          "on it is her brother's own.\n\n'I'd rather be silent than make wallpaper,' she said.\n\nGrey Heron said a "
          "short tour would begin in March.\n\nSaltwater Hymns is out now.\n")


def test_a_she_after_a_work_s_title_and_a_label_s_short_name_is_the_singer(extractor) -> None:
    names = {s.text: s.speaker.name for s in extract(REVIEW, extractor=extractor).statements if s.speaker}
    assert names["Everyone expects the folk singer from a fishing town to sing about boats"] == "Harriet Lumley-Vane"
    assert names["I'd rather be silent than make wallpaper"] == "Harriet Lumley-Vane"


def test_according_to_a_body_then_its_name_keeps_the_name_out_of_the_content(extractor) -> None:
    [st] = [s for s in extract(REVIEW, extractor=extractor).statements if s.cue.text == "According to"]
    assert st.text == "the fiddle on it is her brother's own"
    assert st.speaker.name == "Grey Heron Records"


def test_a_person_beside_a_role_in_a_work_and_a_founder_beside_their_company_stay_people(extractor) -> None:
    text = ("Premiere\n\nJonah Pike, the film's star, spoke at the premiere.\n\n\"I lost 20 pounds,\" Pike said.\n\n"
            "Kestrel Adeyemi Group said it would hire 200 people. Kestrel Adeyemi, its founder, spoke on Monday.\n\n"
            "\"We are hiring,\" she said.\n")
    names = {s.text: s.speaker.name for s in extract(text, extractor=extractor).statements if s.speaker}
    assert names["I lost 20 pounds"] == "Jonah Pike"
    assert names["We are hiring"] == "Kestrel Adeyemi"


def test_according_to_a_body_then_a_person_keeps_the_person_in_the_content(extractor) -> None:
    # "Smith, 34," is whom the club speaks of, though the NER may read the surname as a body
    [st] = extract("Club\n\nAccording to the club, Smith, 34, will retire in May.\n", extractor=extractor).statements
    assert st.text == "Smith, 34, will retire in May"
    assert st.speaker.mention.text == "the club"


def test_a_clause_after_a_name_that_speaks_of_a_work_makes_no_title(extractor) -> None:
    # "who recorded the album": the producer is a person, whatever his clause is about
    text = ("Profile\n\nThe producer Otis Frankel-Moyo, who recorded the album in 11 days at a church, says he kept "
            "almost every first take.\n\n\"Every take was the one,\" he says.\n")
    names = {s.text: s.speaker.name for s in extract(text, extractor=extractor).statements if s.speaker}
    assert names["he kept almost every first take"] == "Otis Frankel-Moyo"
    assert names["Every take was the one"] == "Otis Frankel-Moyo"


def test_according_to_a_body_then_its_one_word_name_keeps_the_name_out_of_the_content(extractor) -> None:
    text = "Strike vote\n\nAccording to the union, Unite, more than 900 members voted to walk out.\n"
    [st] = extract(text, extractor=extractor).statements
    assert st.text == "more than 900 members voted to walk out"
    assert st.speaker.name == "Unite"


def test_according_to_a_body_then_a_name_described_after_it_keeps_the_name_in_the_content(extractor) -> None:
    # review of bf3ef1a: "Apple, the iPhone maker," is the content's subject, described, not the body's name
    text = "Stores\n\nAccording to the company, Apple, the iPhone maker, will open two stores in Mumbai.\n"
    [st] = extract(text, extractor=extractor).statements
    assert (st.text, st.speaker.mention.text) == ("Apple, the iPhone maker, will open two stores in Mumbai",
                                                  "the company")
