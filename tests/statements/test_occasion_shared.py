"""A speaker's one stated occasion goes to their other statements, unless it is one written text."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


@pytest.mark.parametrize("occasion, shared", [
    ("at a meeting with farmers", True),     # an event: the speaker's other words were said there too
    ("in a statement", False),               # one text: the speaker's other words came from elsewhere
    ("in a tweet", False),
])
def test_an_occasion_is_shared_unless_it_is_one_text(extractor, occasion: str, shared: bool) -> None:
    text = (f"Dam plan\n\n\"We will not build the dam,\" Governor Ana Ruiz said {occasion}. "
            "\"The money is gone.\"\n\nRuiz says the valley will flood less often now.\n")
    statements = {st.text[:10]: st for st in extract(text, extractor=extractor).statements}
    stated = occasion.split(" ", 1)[1]
    assert statements["We will no"].occasion == stated
    assert statements["the valley"].occasion == (stated if shared else None)
