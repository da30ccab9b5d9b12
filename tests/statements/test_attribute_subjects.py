"""The subject of a cue verb on a parse with two subjects (a misparse of a place name)."""
from __future__ import annotations

from spacy.tokens import Doc

from onrecord.statements.attribute import subject_of


def test_attribute_subject_of_a_verb_with_two_subjects_is_the_one_next_to_it(nlp) -> None:
    words = ["In", "Dunmore", ",", "Ohio", ",", "Varga", "said", "it", "."]
    heads = [6, 0, 6, 6, 6, 6, 6, 6, 6]
    deps = ["prep", "pobj", "punct", "nsubj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert subject_of(doc[6]).text == "Varga"
