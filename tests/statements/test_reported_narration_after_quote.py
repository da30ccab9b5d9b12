"""'"Follow us," Lind said, and the boys trailed behind': after a whole quotation and its cue, an unquoted
clause joined by "and" is the writer's narration, not more of the speaker's words. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _statements(text: str, extractor) -> dict[str, str | None]:
    return {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}


@pytest.mark.parametrize("marks", [('"', '"'), ("''", "''"), ("“", "”")])
def test_narration_joined_after_a_quotation_and_its_cue_is_left_out(extractor, marks) -> None:
    opening, closing = marks
    text = (f"Skaters take over the plaza\n\nThe women met a group of boys near the station.\n\n"
            f"{opening}Follow us,{closing} Ms. Lind said, and the boys, curious, trailed behind, en route to "
            f"the plaza.\n")
    found = _statements(text, extractor)
    assert "Follow us" in found, found
    assert not any("trailed" in content for content in found), found


def test_unquoted_words_after_the_cue_and_but_stay_the_speakers(extractor) -> None:
    text = ("Harbour plan\n\nThe council met on Monday.\n\nThe mayor may not win every vote, her allies say, but "
            "she is still the best hope the town has.\n")
    found = _statements(text, extractor)
    assert any(c.startswith("The mayor may not win every vote") and c.endswith("the best hope the town has")
               for c in found), found


def test_a_quote_going_on_after_the_cue_and_but_is_one_statement(extractor) -> None:
    text = ("Harbour plan\n\nThe council met on Monday.\n\n\"The wall is too short,\" Varga said, but \"it is a "
            "start.\"\n")
    statements = [s for s in extract(text, extractor=extractor).statements]
    assert len(statements) == 1, [s.text for s in statements]
    parts = [text[a:b].strip('",. ') for a, b in statements[0].spans]
    assert parts == ["The wall is too short", "it is a start"], parts
    assert statements[0].speaker.name == "Varga"


def test_a_verb_joined_after_the_cue_without_a_subject_stays_the_speakers(extractor) -> None:
    text = ("Board row\n\nThe members met on Monday.\n\n\"They lied to us,\" Lind said, and added that the board "
            "must resign.\n")
    speakers = {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}
    assert all(name == "Lind" for name in speakers.values()), speakers
    assert any("the board must resign" in content for content in speakers), speakers


@pytest.mark.parametrize("word", ["as", "while", "before"])
def test_a_speaker_after_the_cue_then_a_time_clause_is_no_statement_of_its_own(extractor, word: str) -> None:
    """'"...," said one woman as two officers carried her to a van': the parser read the speaker as the subject of
    the time clause and the whole as what was said; the speaker is "one woman", and nothing else was said."""
    text = (f"Protest\n\n\"I have lived here all my life and I will not be moved,\" said one woman {word} two officers "
            f"carried her to a van.\n")
    statements = extract(text, extractor=extractor).statements
    assert [(s.text, s.speaker.mention.text) for s in statements] == [
        ("I have lived here all my life and I will not be moved", "one woman")]


def test_narration_after_an_interrupting_cue_and_but_is_no_content(extractor) -> None:
    """Review 15: "..., officers said, but declined to give details": what the officers did, a statement of its
    own, not more of what they said."""
    text = "Shooting\n\nThe victim was known to police, officers said, but declined to give details.\n"
    found = _statements(text, extractor)
    assert "The victim was known to police" in found and "to give details" in found, found


def test_but_only_after_an_interrupting_cue_goes_on_with_the_content(extractor) -> None:
    """Review 15: "..., the minister said, but only if the strikes end": a condition of what was said."""
    text = "Talks\n\nTalks will resume next week, the minister said, but only if the strikes end.\n"
    found = _statements(text, extractor)
    assert any(c.startswith("Talks will resume next week") and c.endswith("only if the strikes end") for c in found), \
        found


def test_but_not_after_an_interrupting_cue_is_narration(extractor) -> None:
    text = "Talks\n\nTalks will resume next week, the minister said, but not everyone in her party agreed.\n"
    assert "Talks will resume next week" in _statements(text, extractor)
