"""The array versions of spaCy's attribute ruler and rule lemmatizer give spaCy's annotations."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG

from onrecord.pipeline import Extractor
from onrecord.settings import Settings
from onrecord.spacy_arrays import ArrayAttributeRuler, ArrayLemmatizer, use_array_components

COLUMNS = [ORTH, POS, TAG, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"

# invented sentences that reach the ruler's special rules: two-token patterns, regular
# expressions, rules on the parse (expletive "there", auxiliaries, pronoun case) and spaces
INVENTED = [
    "There is no plan, Ms. Varga said. Y'all gon na see it, and let's be clear: I ain't leaving.",
    "C'mon, you told me that I had done it. Did you have it? He gave it to you and me.",
    "But the council, which got what it wanted, gets nothing. We gotta go.   Then  it rained.\n\n\nEnd",
    "“I don’t know,” said Tomas Ruiz, 54, who has said he’s “done” with the party’s leaders.",
    "  \t ", "Okay", "",
]


@pytest.fixture(scope="module")
def stock_nlp():
    return Extractor(Settings().with_(array_components=False)).nlp


def _table(doc) -> np.ndarray:
    return doc.to_array(COLUMNS)


def test_array_components_take_the_stock_names(nlp, stock_nlp) -> None:
    assert nlp.pipe_names == stock_nlp.pipe_names
    assert isinstance(nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), ArrayLemmatizer)
    assert not isinstance(stock_nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    assert not isinstance(stock_nlp.get_pipe("lemmatizer"), ArrayLemmatizer)


@pytest.mark.parametrize("text", INVENTED)
def test_array_components_annotate_as_spacy(nlp, stock_nlp, text: str) -> None:
    ours, theirs = nlp(text), stock_nlp(text)
    assert np.array_equal(_table(ours), _table(theirs))
    assert [(t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_) for t in ours] == \
           [(t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_) for t in theirs]


def test_array_components_reach_the_special_rules(nlp) -> None:
    doc = nlp(INVENTED[0])
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"]) == ("go", "to")  # a two-token rule, second token
    assert lemmas["ai"] == "be"  # a rule with a regular expression on the next token
    assert next(t for t in doc if t.lower_ == "is").pos_ == "VERB"  # after expletive "there"
    spaces = [t for t in nlp(INVENTED[2]) if t.is_space]
    assert spaces and all(t.tag_ == "_SP" and t.pos_ == "SPACE" for t in spaces)


def test_array_components_annotate_the_samples_as_spacy(nlp, stock_nlp) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    assert texts
    for ours, theirs in zip(nlp.pipe(texts), stock_nlp.pipe(texts)):
        assert np.array_equal(_table(ours), _table(theirs))


def test_array_components_annotate_polnear_as_spacy(nlp, stock_nlp, polnear_dir) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((polnear_dir / "dev" / "text").glob("*.txt"))[:8]]
    for ours, theirs in zip(nlp.pipe(texts), stock_nlp.pipe(texts)):
        assert np.array_equal(_table(ours), _table(theirs))


def test_array_lemmas_stay_readable_across_memory_zones(nlp, stock_nlp) -> None:
    # a word first seen inside a zone: its lemma string is dropped when the zone ends,
    # so the cached lemma must be added again in the next zone
    text = "The Zorblaxians were zorblaxing the vortraxes."
    seen = []
    for _ in range(2):
        with nlp.memory_zone():
            seen.append([t.lemma_ for t in nlp(text)])
    assert seen[0] == seen[1] == [t.lemma_ for t in stock_nlp(text)]


def _ruler_pipeline(patterns: list[dict]):
    blank = spacy.blank("en")
    blank.add_pipe("attribute_ruler").add_patterns(patterns)
    return blank


CUSTOM = [
    {"patterns": [[{"LOWER": {"REGEX": "^a+h$"}}, {"IS_SPACE": False}]], "attrs": {"TAG": "UH"}, "index": -1},
    {"patterns": [[{"LOWER": {"IN": ["no", "yes"]}}], [{"LOWER": "maybe"}]], "attrs": {"POS": "INTJ"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["no", "yes", "maybe", ","]}}]], "attrs": {"MORPH": "Foo=Bar"}},
    {"patterns": [[{"LOWER": "no"}]], "attrs": {"POS": "DET", "LEMMA": "nay"}},  # overrides the second rule
]


def test_array_ruler_matches_custom_patterns_as_spacy() -> None:
    stock, ours = _ruler_pipeline(CUSTOM), _ruler_pipeline(CUSTOM)
    assert use_array_components(ours) == ["attribute_ruler"]
    text = "Aah no, yes, maybe aaah! ah ahh"
    a, b = stock(text), ours(text)
    assert [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in a] == [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in b]
    assert b[1].pos_ == "DET" and b[1].lemma_ == "nay" and b[3].pos_ == "INTJ"


def test_array_ruler_leaves_patterns_with_operators_to_spacy() -> None:
    blank = _ruler_pipeline([{"patterns": [[{"LOWER": "x", "OP": "+"}]], "attrs": {"TAG": "NN"}}])
    assert use_array_components(blank) == []
    assert not isinstance(blank.get_pipe("attribute_ruler"), ArrayAttributeRuler)


def test_array_ruler_matches_a_batch_of_docs_one_doc_at_a_time() -> None:
    # the Docs of a batch are matched as one table: a two-token pattern must not join the last
    # token of one Doc to the first of the next ("ah" ending one text, "go" opening the next)
    stock, ours = _ruler_pipeline(CUSTOM), _ruler_pipeline(CUSTOM)
    use_array_components(ours)
    texts = ["Well, ah", "go on, no", "", "aah now", "maybe"]
    theirs = [[(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in stock.pipe(texts)]
    batched = [[(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in ours.pipe(texts, batch_size=8)]
    assert batched == theirs
    assert batched[1][0][0] == "" and batched[3][1][0] == "UH"  # "ah" + next Doc's "go": no match; "aah now": one


def test_array_components_annotate_a_batch_as_spacy(nlp, stock_nlp) -> None:
    for ours, theirs in zip(nlp.pipe(INVENTED, batch_size=4), stock_nlp.pipe(INVENTED, batch_size=4)):
        assert np.array_equal(_table(ours), _table(theirs))
