"""A quote that spans paragraphs (reopened, never closed) takes the cue after its last part."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


@pytest.mark.parametrize("opening, closing", [('"', '"'), ("“", "”")])
def test_cue_after_the_last_paragraph_of_a_quote(extractor, opening: str, closing: str) -> None:
    text = (f"Bridge news\n\n{opening}We will build the bridge before the winter.\n\n"
            f"{opening}It will have four lanes and a cycle path,{closing} Mayor Ana Costa said on Monday.\n")
    [st] = extract(text, extractor=extractor).statements
    assert [text[s:e] for s, e in st.spans] == ["We will build the bridge before the winter.",
                                                "It will have four lanes and a cycle path"]
    assert st.cue.text == "said"
    assert st.cue.span[0] > st.spans[1][1]
    assert (st.speaker.name, st.speaker.mention.text) == ("Ana Costa", "Mayor Ana Costa")


def test_speaker_named_after_a_three_paragraph_quote(extractor) -> None:
    text = ('Bridge news\n\n"We will build the bridge.\n\n"It will have four lanes.\n\n'
            '"And a cycle path," said Tom Reyes, the city engineer.\n')
    [st] = extract(text, extractor=extractor).statements
    assert len(st.spans) == 3
    assert st.speaker.name == "Tom Reyes"
