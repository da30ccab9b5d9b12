"""The statement stage honours the settings: min_confidence, beliefs, and the record contract."""
from __future__ import annotations

from pathlib import Path

from onrecord.pipeline import Extractor, extract
from onrecord.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "statements"


def test_attribute_min_confidence_drops_weak_statements(nlp) -> None:
    text = (FIXTURES / "family-farm.txt").read_text(encoding="utf-8")
    strict = Extractor(Settings(min_confidence=0.8), nlp=nlp)
    kinds = [s.kind for s in extract(text, extractor=strict).statements]
    assert "continuation" not in kinds
    assert "direct" in kinds


def test_attribute_beliefs_can_be_left_out(nlp) -> None:
    text = "Vote\n\nThe mayor believes that the vote will pass. \"It will pass,\" she said.\n"
    without = Extractor(Settings(beliefs=False), nlp=nlp)
    statements = extract(text, extractor=without).statements
    assert statements and all(s.act == "speech" for s in statements)


HARBOUR = ("Harbour wall to be rebuilt\n\nMayor Ana Lind said the harbour wall would be rebuilt by May. She "
           "criticized the council's delay and talked about the cost.\n\n\"We cannot wait another winter,\" Lind told "
           "reporters. Lind plans to ask for the money on Friday. According to the harbour trust, repairs will cost "
           "2 million pounds. Councillor Tom Varga called the plan a waste of money.\n")


def test_quotes_only_keeps_what_quote_trackers_count(nlp) -> None:
    """Quotations and speech reported with a clause stay; objects, topics and intentions go."""
    quotes = Extractor(Settings(quotes_only=True), nlp=nlp)
    kept = [s.text for s in extract(HARBOUR, extractor=quotes).statements]
    assert kept == ["the harbour wall would be rebuilt by May", "We cannot wait another winter",
                    "repairs will cost 2 million pounds"]


def test_every_attribution_is_kept_by_default(extractor) -> None:
    texts = [s.text for s in extract(HARBOUR, extractor=extractor).statements]
    assert "the council's delay" in texts and "to ask for the money on Friday" in texts


def test_attribute_statements_are_sorted_with_valid_spans(extractor) -> None:
    text = (FIXTURES / "harbour-strike.txt").read_text(encoding="utf-8")
    record = extract(text, extractor=extractor)
    starts = [s.start for s in record.statements]
    assert starts == sorted(starts)
    for st in record.statements:
        assert st.text == " ".join(text[s:e] for s, e in st.spans)
        assert 0.0 <= st.confidence <= 1.0
        for part in (st.cue, st.addressee, st.speaker.mention if st.speaker else None):
            if part is not None:
                assert text[part.span[0]:part.span[1]] == part.text
        for ent in st.about:
            assert any(s <= ent.span[0] and ent.span[1] <= e for s, e in st.spans)
