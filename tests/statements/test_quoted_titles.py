"""Quoted titles of works are named, not said."""
from __future__ import annotations

from fixtures.one_paragraph import statements
from onrecord.pipeline import extract


def test_quoted_titles_title_with_a_subtitle_is_no_statement(extractor) -> None:
    found = statements(extractor, 'The ferry company promoted its new film, "Harbour Lights: The Story of the '
                                  'Northvale Crossing," at the festival on Monday.')
    assert not any(st.kind == "direct" for st in found)


def test_quoted_titles_title_with_a_subtitle_before_a_cue_is_not_the_speaker_s(extractor) -> None:
    found = statements(extractor, 'Lind, who wrote "Harbour Lights: The Story of the Northvale Crossing," said '
                                  'the ferry should stay.')
    assert [st.text for st in found] == ["the ferry should stay"]


def test_a_sentence_case_title_after_titled_is_no_statement(extractor) -> None:
    """French, British and web titles are in sentence case: "titled" says it is a title all the same."""
    text = ("Vote\n\nThe motion, titled \"Une rue Principale pour tous,\" also lowers the speed limit on the "
            "street to 30 km/h.\n")
    assert extract(text, extractor=extractor).statements == []


def test_a_title_its_publisher_is_named_for_stays_a_statement(extractor) -> None:
    """Passes before and after the rule: its guard, PolNeAR annotates a publisher's headline."""
    text = "Vote\n\nThe Courier published a piece entitled \"Lind's ideas are not too bold.\"\n"
    assert [s.speaker.mention.text for s in extract(text, extractor=extractor).statements] == ["The Courier"]


def test_a_cry_of_two_sentences_is_no_title(extractor) -> None:
    """ "Shame! Shame!" is capitalised word by word, as titles are, but a title is no two cries."""
    found = statements(extractor, 'When the levy passed, opposition MPs shouted "Shame! Shame!" and walked out.')
    assert [(st.text, st.speaker.mention.text) for st in found] == [("Shame! Shame!", "opposition MPs")]


def test_a_title_with_a_cry_at_its_end_stays_a_title(extractor) -> None:
    """Guard: "Mamma Mia!" ends with a cry and is one."""
    found = statements(extractor, 'The school staged "Mamma Mia!" in March, the head said.')
    assert not any(st.kind == "direct" for st in found)
