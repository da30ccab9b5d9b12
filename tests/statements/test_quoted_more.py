"""Quoted statements: runs of one speaker's quotes, and which cue attributes a quote."""
from __future__ import annotations

import pytest

from fixtures.one_paragraph import statements


# paragraph, the spans' words of its first statement, its speaker
RUNS = [
    # one or two sentences of narration without a cue between the cue sentence and the next quote
    ('“We will build the bridge,” Lind said. The town has waited a decade for it. '
     '“The money is there.”',
     ["We will build the bridge", "The money is there."], "Lind"),
    ('"We will build the bridge," said Ana Ruiz. The council met again on Monday. '
     '"The money is there."',
     ["We will build the bridge", "The money is there."], "Ana Ruiz"),
    ('"We will build the bridge," said Ana Ruiz. The town waited a decade. The money came in May. '
     '"It is all there."',
     ["We will build the bridge", "It is all there."], "Ana Ruiz"),
    # a sentence of narration with a cue of its own gives the next quote to its speaker
    ('“We will build the bridge,” Lind said. Varga replied at once. '
     '“The money is not there.”',
     ["We will build the bridge"], "Lind"),
]


@pytest.mark.parametrize("paragraph, words, speaker", RUNS)
def test_quoted_more_run_over_sentences_of_narration(extractor, paragraph, words, speaker) -> None:
    text = "Bridge news\n\n" + paragraph + "\n"
    first = statements(extractor, paragraph)[0]
    assert [text[s:e].rstrip(",") for s, e in first.spans] == words
    assert first.speaker.mention.text == speaker


# paragraph, cue and speaker of its direct quote
CUE_AFTER_COMMA = [
    # a quote closed by a comma and followed by a cue with its subject: that cue attributes it
    ('Lind seemed to agree with him: "We will not wait for the council," she told the paper.',
     "told", "she"),
    ('The mayor was blunt, adding, "We will not wait for the council," Lind said.', "said", "Lind"),
    # a participle after the quote only comments on it: the cue before the quote stays
    ('Lind also vowed, "We will finish the bridge this year," referring to the river crossing.',
     "vowed", "Lind"),
]


@pytest.mark.parametrize("paragraph, cue, speaker", CUE_AFTER_COMMA)
def test_quoted_more_cue_right_after_a_comma_quote_wins(extractor, paragraph, cue, speaker) -> None:
    [quote] = [st for st in statements(extractor, paragraph) if st.kind == "direct"]
    assert quote.cue.text == cue
    assert quote.speaker.mention.text == speaker

