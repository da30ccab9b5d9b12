"""The trained tagger's findings join the rules' ones: same speaker resolution, same settings.

The tagger itself is stubbed here (its own tests are test_tagger_*): these tests check
what the statement stage does with what it finds.
"""
from __future__ import annotations

import pytest

import onrecord.statements.tagger as tagger
from onrecord.pipeline import Extractor, extract
from onrecord.settings import Settings
from onrecord.statements.candidates import Candidate

# Invented. No rule sees the second sentence's statement ("in her estimate" is no cue verb).
TEXT = ("Harbour tolls to fall\n\n"
        "Maria Lopez opened the new harbour bridge on Monday. "
        "The tolls will pay for it within ten years, in her estimate.\n\n"
        "The bridge has four lanes.\n")
CONTENT = "The tolls will pay for it within ten years"


@pytest.fixture(scope="module")
def tagging(nlp) -> Extractor:
    return Extractor(Settings(tagger=True), nlp=nlp)


def test_tagger_is_on_by_default_and_can_be_turned_off(monkeypatch, nlp) -> None:
    _stub(monkeypatch, _estimate())
    by_default = extract(TEXT, extractor=Extractor(nlp=nlp)).statements
    turned_off = extract(TEXT, extractor=Extractor(Settings(tagger=False), nlp=nlp)).statements
    assert [s.text for s in by_default if s.method == "tagger"] == [CONTENT]
    assert not [s for s in turned_off if s.method == "tagger"]


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _stub(monkeypatch, *candidates: Candidate) -> None:
    monkeypatch.setattr(tagger, "find_tagged", lambda doc, article=None, rules=(): [
        Candidate(spans=list(c.spans), kind=c.kind, cue=c.cue, source=c.source, act=c.act,
                  confidence=c.confidence, method="tagger") for c in candidates])


def _estimate(act: str = "speech") -> Candidate:
    return Candidate(spans=[_span(TEXT, CONTENT)], kind="indirect", cue=_span(TEXT, "in her estimate"),
                     source=_span(TEXT, "her", TEXT.index("in her")), act=act, confidence=0.8)


def test_tagger_statement_gets_a_resolved_speaker(monkeypatch, tagging) -> None:
    _stub(monkeypatch, _estimate())
    [st] = [s for s in extract(TEXT, extractor=tagging).statements if s.method == "tagger"]
    assert st.text == CONTENT
    assert st.cue.text == "in her estimate"
    assert st.speaker.mention.text == "her"
    assert st.speaker.name == "Maria Lopez"  # the pronoun resolved like a rule's source
    assert st.speaker.type == "person"


def test_tagger_beliefs_follow_the_beliefs_setting(monkeypatch, nlp) -> None:
    _stub(monkeypatch, _estimate(act="belief"))
    kept = extract(TEXT, extractor=Extractor(Settings(tagger=True), nlp=nlp)).statements
    dropped = extract(TEXT, extractor=Extractor(Settings(tagger=True, beliefs=False), nlp=nlp)).statements
    assert [s.text for s in kept if s.method == "tagger"] == [CONTENT]
    assert not [s for s in dropped if s.method == "tagger"]


def test_tagger_never_adds_a_statement_the_rules_already_have(monkeypatch, tagging) -> None:
    text = 'Port strike\n\n"We are back at work," Maria Lopez said on Monday.\n'
    _stub(monkeypatch, Candidate(spans=[_span(text, "We are back at work")], kind="direct",
                                 cue=(0, 4), source=None, confidence=0.9))
    statements = extract(text, extractor=tagging).statements
    assert [s.text for s in statements] == ["We are back at work"]
    assert statements[0].speaker.name == "Maria Lopez"


@pytest.mark.parametrize("line", ["Harbour tolls to fall", "The Harbour Gazette / Harbour tolls to fall"])
def test_tagger_findings_in_headline_lines_are_dropped(monkeypatch, tagging, line: str) -> None:
    text = line + "\n\n" + TEXT.split("\n\n", 1)[1]
    _stub(monkeypatch, Candidate(spans=[_span(text, "tolls to fall")], kind="indirect",
                                 cue=_span(text, "tolls"), source=_span(text, "Harbour"), confidence=0.9))
    assert not [s for s in extract(text, extractor=tagging).statements if s.method == "tagger"]
