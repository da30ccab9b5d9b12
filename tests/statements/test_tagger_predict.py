"""The shipped tagger on invented sentences: weights, shapes, offsets, determinism."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from onrecord.records import Article
from onrecord.statements.tagger import MODEL_DIR, AttributionTagger, TaggerWeights, find_tagged

TEXT = ("The harbour master said that the new pier would open before the summer. "
        "“We have waited long enough,” Lena Ostrova told the council on Monday. "
        "According to the port authority, ferries will run every hour. "
        "Gulls circled over the market.")


@pytest.fixture(scope="module")
def tagger():
    return AttributionTagger()


def test_shipped_weights_load_with_consistent_shapes_and_small_size():
    weights = TaggerWeights.load()
    hidden = weights.bias.shape[0]
    assert weights.embed.shape == (len(weights.vocab), hidden)
    sides = 3 if weights.meta.get("neighbours") else 1  # the token alone, or with its neighbours
    assert weights.dense.shape == (sides * 96, hidden)  # tok2vec width of the sm model
    width = weights.forward.w_rec.shape[0]
    assert weights.forward.w_in.shape == weights.backward.w_in.shape == (hidden, 4 * width)
    assert weights.out.shape == (hidden + 2 * width, 9)
    assert weights.mean.shape == weights.scale.shape == (sides * 96,)
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir() if p.is_file())
    assert size < 5_000_000


def test_missing_weights_give_a_coded_error(tmp_path):
    with pytest.raises(Exception) as caught:
        TaggerWeights.load(tmp_path)
    assert "[E023]" in str(caught.value)


def test_probabilities_are_distributions_over_tags(nlp, tagger):
    scores = tagger.log_probs(nlp(TEXT))
    assert np.allclose(np.exp(scores).sum(axis=2), 1.0, atol=1e-4)


def test_predictions_are_deterministic_with_valid_offsets(nlp, tagger):
    doc = nlp(TEXT)
    first = tagger(doc)
    second = AttributionTagger()(nlp(TEXT))
    assert [(c.spans, c.cue, c.source, c.kind, c.act) for c in first] == \
        [(c.spans, c.cue, c.source, c.kind, c.act) for c in second]
    for candidate in first:
        assert candidate.method == "tagger"
        assert 0.0 <= candidate.confidence <= 1.0
        for start, end in candidate.spans + [s for s in (candidate.cue, candidate.source) if s]:
            assert 0 <= start < end <= len(TEXT)
            assert TEXT[start:end] == TEXT[start:end].strip()


def test_finds_a_reported_statement_with_its_cue_and_source(nlp, tagger):
    candidates = tagger(nlp(TEXT))
    pier = [c for c in candidates if "pier would open" in TEXT[c.start:c.end]]
    assert pier, [TEXT[c.start:c.end] for c in candidates]
    assert TEXT[pier[0].cue[0]:pier[0].cue[1]] == "said"
    assert "harbour master" in TEXT[pier[0].source[0]:pier[0].source[1]]
    assert pier[0].kind == "indirect"


def test_finds_the_quote_and_its_speaker(nlp, tagger):
    candidates = tagger(nlp(TEXT))
    quote = [c for c in candidates if "waited long enough" in TEXT[c.start:c.end]]
    assert quote
    assert quote[0].kind == "direct"
    assert quote[0].source and "Ostrova" in TEXT[quote[0].source[0]:quote[0].source[1]]


def test_headline_candidates_are_marked_and_empty_docs_give_nothing(nlp):
    text = "Mayor says the tunnel is safe\n\nThe mayor said on Friday that the tunnel is safe."
    article = Article(id="a", source="a", key="a", text=text, headline=(0, 29))
    candidates = find_tagged(nlp(text), article)
    assert all(c.headline == (c.start < 29) for c in candidates)
    assert find_tagged(nlp("")) == []


def test_runtime_features_equal_the_training_features(nlp, tagger):
    from onrecord.statements.tagger import column_ids, symbol_ids, token_columns, token_symbols

    doc = nlp(TEXT)
    weights = tagger.weights
    rules = _rules(nlp, doc)
    trained = symbol_ids(token_symbols(doc, weights.cue_rates, rules), weights.vocab)
    fast = column_ids(token_columns(doc, weights.cue_rates, rules), weights.by_slot)
    assert trained.shape == (len(doc), 30)
    assert (trained == fast).all()


def _rules(nlp, doc):
    from onrecord.settings import Settings
    from onrecord.statements import StatementExtractor

    article = Article(id="a", source="a", key="a", text=doc.text)
    return StatementExtractor(nlp, Settings()).rule_candidates(article, doc)


def test_rule_findings_become_token_features(nlp):
    from onrecord.statements.tagger import rule_columns

    doc = nlp(TEXT)
    columns = {slot: coded.expand() for slot, coded in rule_columns(doc, _rules(nlp, doc)).items()}
    by_text = {t.text: i for i, t in enumerate(doc)}
    # "The harbour master said that the new pier would open ...": source, cue, indirect content
    assert columns["rsrc"][by_text["harbour"]] in ("B", "I")
    assert columns["rcue"][by_text["said"]] == "B"
    assert columns["rc"][by_text["pier"]] == "I-indirect"
    assert columns["rm"][by_text["pier"]].startswith("reported.")
    # the direct quote and the filler sentence
    assert columns["rc"][by_text["waited"]] == "I-direct"
    assert columns["rc"][by_text["Gulls"]] == "O" and columns["rcue"][by_text["Gulls"]] == "O"
    assert {slot: coded.expand() for slot, coded in rule_columns(doc, []).items()} == \
        {key: ["O" if key in ("rc", "rcue", "rsrc") else "-"] * len(doc) for key in columns}


def test_a_doc_without_matching_token_vectors_gives_a_coded_error(nlp, tagger):
    from onrecord.errors import OnrecordError

    doc = nlp("The minister said the plan would work.")
    doc.tensor = doc.tensor[:, :50]  # as from another spaCy model
    with pytest.raises(OnrecordError) as caught:
        tagger(doc)
    assert caught.value.code == "E023"


def test_find_tagged_steps_aside_when_the_tagger_cannot_run(nlp, monkeypatch, caplog):
    from onrecord.statements import tagger as module

    monkeypatch.setattr(module, "_shared", None)
    monkeypatch.setattr(module, "_unavailable", None)
    monkeypatch.setattr(module, "MODEL_DIR", Path("/nonexistent/onrecord-model"))
    assert find_tagged(nlp("The minister said the plan would work.")) == []
    assert "[E023]" in caplog.text
    assert find_tagged(nlp("She said it twice.")) == []  # remembered: no second attempt


def test_coded_feature_columns_equal_the_token_attributes_they_stand_for(nlp, tagger):
    """The columns are built from hashes and codes for speed; they must say what the tokens say."""
    from onrecord.statements.tagger import token_columns

    doc = nlp("“The port will reopen,” Lena Ostrova said in Oslo on Monday.\n\nShe did not say when.")
    rates = tagger.weights.cue_rates
    columns = {slot: (values.expand() if hasattr(values, "expand") else values)
               for slot, values in token_columns(doc, rates).items()}
    tokens = list(doc)
    assert columns["w"] == [t.lower_ for t in tokens]
    assert columns["lem"] == [t.lemma_.lower() for t in tokens]
    assert columns["hlem"] == [t.head.lemma_.lower() for t in tokens]
    assert columns["hpos"] == [t.head.pos_ for t in tokens]
    assert columns["dep_hlem"] == [f"{t.dep_}|{t.head.lemma_.lower()}" for t in tokens]
    assert columns["pw"] == ["<s>"] + [t.lower_ for t in tokens[:-1]]
    assert columns["nw"] == [t.lower_ for t in tokens[1:]] + ["</s>"]
    assert columns["ent"] == [t.ent_iob_ + t.ent_type_ for t in tokens]
    assert columns["punct"] == [t.lower_ if t.is_punct else "-" for t in tokens]
    said = [t.i for t in tokens if t.text == "said"][0]
    assert columns["rate"][said] == "ge50" or columns["rate"][said].startswith("lt")
    assert columns["quote"][:3] == ["q", "in", "in"] and columns["quote_prev"][0] == "out"
    assert all(value in ("0", "1", "2", "5", "10", "20", "far", "none") for value in columns["left"])


def _piece_of(doc, words: str):
    from onrecord.statements.tagger import _Piece

    span = doc.char_span(doc.text.index(words), doc.text.index(words) + len(words))
    return _Piece(span.start, span.end, 0.9)


def test_link_gives_a_tagged_statement_the_speaker_the_rules_find(nlp):
    from onrecord.statements.tagger import link

    # invented; no source was tagged: the speaker of "insisted" is the subject of its first conjunct
    doc = nlp("Mayor Tessa Lind, who opened the bridge, laughed and insisted the tolls would fall soon.")
    [candidate] = link(doc, [_piece_of(doc, "the tolls would fall soon")], [_piece_of(doc, "insisted")], [])
    assert doc.text[candidate.source[0]:candidate.source[1]] == "Mayor Tessa Lind"


def test_a_content_of_function_words_alone_is_no_finding(nlp):
    # the tagger marks "the" after "was published on" as a content: an article alone says nothing
    text = "The address was published on the President's website and Telegram channel.\n"
    contents = [text[s:e] for c in find_tagged(nlp(text)) for s, e in c.spans]
    assert "the" not in contents, contents
