"""The "I" of an article's own voice (an opinion piece) is its one author; a quoted "I" is not."""
from __future__ import annotations

from onrecord.pipeline import extract

OPINION = ("Why the harbour wall matters\n\nBy Anna Lind\n\n"
           "I believe the council made a mistake last week.\n\n"
           "The mayor, Tom Varga, disagrees. \"I think we cannot pay for it,\" he said.\n\n"
           "Q: What now?\n\nA: I think we wait for the next vote.\n")


def by_words(extractor, text: str) -> dict[str, str | None]:
    return {st.text[:12]: st.speaker.name if st.speaker else None
            for st in extract(text, extractor=extractor).statements}


def test_the_authors_first_person_statement_is_the_authors(extractor) -> None:
    assert by_words(extractor, OPINION)["the council "] == "Anna Lind"


def test_an_i_inside_a_quote_or_an_interview_answer_is_not_the_author(extractor) -> None:
    found = by_words(extractor, OPINION)
    assert found["I think we c"] == "Tom Varga"
    # the answer's "I" is the interviewee's: the person the text introduced before the questions
    assert "we wait for " in found and found["we wait for "] == "Tom Varga"


def test_without_a_byline_the_i_stays_unnamed(extractor) -> None:
    text = OPINION.replace("By Anna Lind\n\n", "")
    assert by_words(extractor, text)["the council "] is None


def test_an_apostrophe_before_the_authors_i_is_no_quotation_mark(extractor) -> None:
    text = ("Why the harbour wall matters\n\nBy Anna Lind\n\n"
            "The town’s wall is old, and I believe the council made a mistake last week.\n")
    assert by_words(extractor, text)["the council "] == "Anna Lind"
