"""A reported statement's content leaves out its complementizer "that", and only that word."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


@pytest.mark.parametrize("sentence, content, kind", [
    ("Mayor Maria Lopez said that the bridge would open in May.", "the bridge would open in May", "indirect"),
    ("Maria Lopez said on Monday that that bridge would open in May.", "that bridge would open in May",
     "indirect"),
    ("Maria Lopez said that was the wrong decision for the city.", "that was the wrong decision for the city",
     "indirect"),
    ("Maria Lopez said that plan had failed badly.", "that plan had failed badly", "indirect"),
    ('Maria Lopez told reporters that the bridge would be "the finest in the region".',
     'the bridge would be "the finest in the region"', "mixed"),
])
def test_reported_content_without_complementizer(extractor, sentence: str, content: str, kind: str) -> None:
    text = "Bridge news\n\n" + sentence + "\n"
    [st] = extract(text, extractor=extractor).statements
    assert (st.text, st.kind) == (content, kind)
    start = text.index(content, text.index("said" if "said" in sentence else "told"))
    assert st.spans == [(start, start + len(content))]
    assert st.speaker.name == "Maria Lopez"


def test_direct_quote_keeps_a_leading_that(extractor) -> None:
    text = 'Bridge news\n\n"That bridge is the finest in the region," Maria Lopez said.\n'
    [st] = extract(text, extractor=extractor).statements
    assert st.text == "That bridge is the finest in the region"
