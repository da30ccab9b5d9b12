"""Review 26 (of 4383a9c): rules of review 25 that fired too widely, each a case here; every case failed on
4383a9c."""
from __future__ import annotations

import pytest

from fixtures.one_paragraph import statements
from onrecord.pipeline import extract


def test_a_linking_word_dropped_leaves_the_words_after_the_quotation(extractor) -> None:
    [st] = statements(extractor, "Matthews spoke on Sunday. Still, he said, \"it was worth it\" and the team would "
                                 "recover.")
    assert (st.kind, st.text) == ("mixed", "\"it was worth it\" and the team would recover")


@pytest.mark.parametrize("sentence, content", [
    ("Coach Dan Murray faced reporters. This, he said, \"is the best squad I have ever had.\"",
     "This is the best squad I have ever had."),
    ("Today, he said, \"is the proudest day of my life.\"", "Today is the proudest day of my life."),
])
def test_words_before_the_cue_that_are_the_quotes_subject_stay(extractor, sentence: str, content: str) -> None:
    assert [s.text for s in statements(extractor, sentence)] == [content]


@pytest.mark.parametrize("sentence, body", [
    ("The Convention of Scottish Local Authorities said councils faced a £500m gap.",
     "Convention of Scottish Local Authorities"),
    ("The Accord, a coalition of Sydney unions, said the deal was dead.", "Accord"),
])
def test_a_body_named_like_a_treaty_is_a_body(extractor, sentence: str, body: str) -> None:
    [st] = statements(extractor, sentence)
    assert st.speaker.name == body and st.speaker.type != "document"


@pytest.mark.parametrize("text, quote", [
    ("\"A Dark Day,\" Amnesty Says\n\nAmnesty International condemned the ruling.\n", "A Dark Day"),
    ("\"We Will Strike,\" RMT Warns\n\nThe RMT union said its members would walk out.\n", "We Will Strike"),
    ("\"I Was Terrified,\" Survivor Tells Story Of Escape From Flood\n\nMaria Lopez, 54, survived the flood.\n",
     "I Was Terrified"),
])
def test_a_title_case_cue_after_a_quote_speaks_for_a_body_or_a_person(extractor, text: str, quote: str) -> None:
    [st] = [s for s in extract(text, extractor=extractor).statements if s.headline]
    assert (st.kind, st.text) == ("direct", quote)


@pytest.mark.parametrize("headline", ["Carney: what a trade war would cost Canada",
                                      "Trump: what a president can and cannot do"])
def test_what_a_with_a_verb_after_a_name_is_a_topic(extractor, headline: str) -> None:
    assert extract(f"{headline}\n\nThe leader spoke on Sunday.\n", extractor=extractor).statements == []


def test_a_person_in_brackets_after_a_body_is_a_person(extractor) -> None:
    found = statements(extractor, "The report was written by the Resolution Foundation (Torsten Bell). Bell said "
                                  "living standards had stalled.")
    assert (found[-1].speaker.name, found[-1].speaker.type) == ("Torsten Bell", "person")
