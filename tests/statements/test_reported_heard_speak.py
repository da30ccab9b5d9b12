""""The Council heard an official warn that ...", "The jury heard the witness say that ...": the one heard speaks,
with a cue of their own; the hearers only listened. "saying only that ...": "only" is no part of the content.
Invented."""
from __future__ import annotations

from onrecord.pipeline import extract


def _found(text: str, extractor) -> dict[str, tuple[str | None, str | None]]:
    return {s.text: (s.speaker.mention.text if s.speaker and s.speaker.mention else None, s.cue.text if s.cue else None)
            for s in extract(text, extractor=extractor).statements}


def test_the_one_heard_speaks_with_their_own_cue(extractor) -> None:
    text = ("Council meets\n\nThe Security Council this morning heard a senior relief official warn that more than "
            "400,000 people were cut off from food.\n\nAt the trial in Leeds, the jury heard the witness say that "
            "she had seen the car.\n")
    found = _found(text, extractor)
    assert found["more than 400,000 people were cut off from food"] == ("a senior relief official", "warn"), found
    assert found["she had seen the car"] == ("the witness", "say"), found


def test_only_before_that_limits_the_saying_not_the_content(extractor) -> None:
    text = ("Rescue\n\nTwo walkers were rescued on Sunday.\n\nPolice did not name the pair, saying only that they were "
            "from Edinburgh.\n")
    assert "they were from Edinburgh" in _found(text, extractor)


def test_only_before_that_as_a_determiner_stays(extractor) -> None:
    text = "School\n\nThe council met on Monday.\n\nLind said only that day had she learned of the plan.\n"
    assert any(content.startswith("only that day") for content in _found(text, extractor))
