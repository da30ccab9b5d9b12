"""Offices written with a prefix and a hyphen ("co-founder", "vice-chancellor") are one word, as a reader reads them:
split at the hyphen, the small English model parsed "said the company's co - founder" as three subjects and the
speaker came out as "the company's co". A second role joined to the first without a determiner is the same person's,
and the name after both names that person. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _speakers(text: str, extractor) -> list[tuple[str, str | None]]:
    return [(s.speaker.mention.text, s.speaker.name) for s in extract(text, extractor=extractor).statements]


@pytest.mark.parametrize("word", ["co-founder", "vice-chancellors", "vice-chair"])
def test_a_prefixed_office_is_one_token(nlp, word: str) -> None:
    assert [t.text for t in nlp(f"The {word} said so.")] == ["The", word, "said", "so", "."]


def test_other_hyphenated_words_and_titles_before_a_name_are_still_split(nlp) -> None:
    assert [t.text for t in nlp("an anti-war co-op")] == ["an", "anti", "-", "war", "co", "-", "op"]
    # whole, "Vice-President Ana Varga" is an organization to the model's NER, and "Co-star Jade Okafor" no name
    doc = nlp("Vice-President Ana Varga spoke. Co-star Jade Okafor spoke.")
    assert [t.text for t in doc[:3]] == ["Vice", "-", "President"]
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"][:1] == [("Ana Varga", "PERSON")]


def test_the_co_founder_is_the_speaker_and_named_by_the_appositive(extractor) -> None:
    text = ("Merger\n\n\"We will fight this,\" said the company's co-founder, Maya Lund. The co-founder said the deal "
            "was off.\n")
    assert _speakers(text, extractor) == [("the company's co-founder, Maya Lund", "Maya Lund"),
                                          ("The co-founder", "Maya Lund")]


def test_a_vice_chancellor_is_the_whole_mention(extractor) -> None:
    text = "Cuts\n\nNorthgate University plans to cut 300 jobs, its vice-chancellor said in an email to staff.\n"
    assert _speakers(text, extractor) == [("its vice-chancellor", None)]


@pytest.mark.parametrize("roles", ["co-founder and chief scientist", "founder and chief executive"])
def test_two_roles_of_one_person_then_the_name(extractor, roles: str) -> None:
    text = f"Launch\n\n\"It beats every rival,\" said Kestrel's {roles}, Aditi Raman.\n"
    assert _speakers(text, extractor) == [(f"Kestrel's {roles}, Aditi Raman", "Aditi Raman")]


def test_a_second_role_with_its_own_determiner_may_be_someone_else(extractor) -> None:
    text = "Talks\n\n\"We will meet again,\" said the mayor and the governor, Tom Reyes.\n"
    assert _speakers(text, extractor) == [("the mayor", None)]


def test_a_role_that_is_also_a_title_stays_the_role(extractor) -> None:
    """Review 15: only honorifics are cut from the role before a name ("Prof. (Mrs.)"), not "leader" or "mayor"."""
    text = "Strike\n\nThe union's leader, Dan Pike, said the strike would go on. Pike said pay was the issue.\n"
    assert {(s.speaker.name, s.speaker.role) for s in extract(text, extractor=extractor).statements} == {
        ("Dan Pike", "union's leader")}


@pytest.mark.parametrize("office", ["vice-chancellor", "Vice-Chancellor"])
def test_the_office_later_is_the_person_named_with_it(extractor, office: str) -> None:
    """The honorifics that open the name are no part of the role ("the vice-chancellor, Prof. Folasade Ajayi"), and
    "The Vice-Chancellor", split at its hyphen, is headed by the whole office, not by "Chancellor"."""
    text = (f"Convocation\n\nIn her address, the {office}, Prof. (Mrs.) Folasade Ajayi, lamented that the university "
            f"had lost 43 lecturers.\n\nThe {office} also said that 4,612 graduands were being turned out this year.\n")
    assert [name for _, name in _speakers(text, extractor)] == ["Folasade Ajayi", "Folasade Ajayi"]


def test_the_chancellor_is_not_the_vice_chancellor(extractor) -> None:
    text = ("Board\n\nThe chancellor, Ann Lind, spoke first. The vice-chancellor, Tom Reyes, spoke next.\n\nThe "
            "chancellor said the fees would rise.\n")
    assert _speakers(text, extractor) == [("The chancellor", "Ann Lind")]
