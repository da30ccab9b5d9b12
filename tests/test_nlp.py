"""Helpers on parsed documents shared by the stages (``onrecord.nlp``)."""
from __future__ import annotations

from spacy.attrs import LEMMA, LOWER

from onrecord.nlp import doc_text, tokens_in


def test_tokens_in_finds_words_of_a_list_in_text_order_by_lower_case_or_lemma(nlp) -> None:
    doc = nlp("Mayor Lind SAID the mayor says little.")
    assert [t.text for t in tokens_in(doc, {"mayor"})] == ["Mayor", "mayor"]
    assert [t.text for t in tokens_in(doc, {"say"}, (LOWER, LEMMA))] == ["SAID", "says"]
    assert tokens_in(doc, {"say"}) == []  # the lemma is read only when asked for
    assert tokens_in(nlp(""), {"mayor"}) == []


def test_doc_text_is_the_text_the_doc_was_parsed_from(nlp) -> None:
    text = "The port will reopen.\n\nShe said so twice. "
    doc = nlp(text)
    assert doc_text(doc) == text and doc_text(doc) is doc_text(doc)
