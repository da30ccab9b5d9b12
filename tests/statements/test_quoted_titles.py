"""Quoted titles of works are named, not said."""
from __future__ import annotations

from fixtures.one_paragraph import statements


def test_quoted_titles_title_with_a_subtitle_is_no_statement(extractor) -> None:
    found = statements(extractor, 'The ferry company promoted its new film, "Harbour Lights: The Story of the '
                                  'Northvale Crossing," at the festival on Monday.')
    assert not any(st.kind == "direct" for st in found)


def test_quoted_titles_title_with_a_subtitle_before_a_cue_is_not_the_speaker_s(extractor) -> None:
    found = statements(extractor, 'Lind, who wrote "Harbour Lights: The Story of the Northvale Crossing," said '
                                  'the ferry should stay.')
    assert [st.text for st in found] == ["the ferry should stay"]
