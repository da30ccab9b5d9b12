"""A quote inside the clause of a cue before it stays with that cue when another cue follows.

Invented sentences. In 'As Lind claimed that "...," Varga said ...' the cue after the quote
reports a clause of its own, so it does not attribute the quote.
"""
from __future__ import annotations

from onrecord.pipeline import extract


def _quoted(extractor, sentence: str, words: str):
    text = "Council news\n\n" + sentence + "\n"
    [st] = [s for s in extract(text, extractor=extractor).statements if words in s.text]
    return st


def test_quote_in_a_that_clause_before_another_speakers_cue(extractor) -> None:
    st = _quoted(extractor, "But even as Lind claimed on Tuesday that \u201cthe auditor got in trouble for far less,\u201d "
                 "one of the former lawyers for Ana Varga said the two cases were quite different.", "auditor")
    assert st.speaker.name == "Lind"
    assert st.cue.text == "claimed"


def test_quote_in_a_concessive_clause_keeps_its_subject_clause(extractor) -> None:
    st = _quoted(extractor, "Though he said it resulted in a \u201chandful of people who were unknown to the local "
                 "party\u201d filing papers, Okafor said none were added to the slate.", "handful")
    assert st.cue.text == "said" and st.cue.span[0] < 30
    assert st.text.startswith("it resulted in a")


def test_cue_of_the_same_speaker_after_the_quote_keeps_the_quote(extractor) -> None:
    st = _quoted(extractor, 'Okafor stressed "the way forward is to work together," suggesting that the council '
                 "might simply renew the old budget.", "way forward")
    assert st.speaker.name == "Okafor"
    assert st.text == "the way forward is to work together"


def test_participle_before_the_quote_speaks_with_the_subject_of_the_cue_after(extractor) -> None:
    st = _quoted(extractor, "Citing the mayor\u2019s promise of \u201ca budget for every family,\u201d Okafor said the vote "
                 "would wait until May.", "budget")
    assert st.cue.text == "Citing"
    assert st.speaker.name == "Okafor"
