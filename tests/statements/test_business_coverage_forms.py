"""Forms of technology and business coverage (the 155th invented set): a group named by the name it gives itself
("A group calling itself Greyhollow claimed ...") and a claim made somewhere ("claimed on its leak site to have
taken ..."), whose place is no one called on to act. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _found(text: str, extractor) -> dict[str, tuple[str | None, str | None]]:
    """(speaker name, cue) by content."""
    return {s.text: (s.speaker.name if s.speaker else None, s.cue.text if s.cue else None)
            for s in extract(text, extractor=extractor).statements}


@pytest.mark.parametrize("text, content, name", [
    pytest.param("Breach\n\nA group calling itself Greyhollow claimed on its leak site to have taken 1.1 terabytes of "
                 "data.\n", "to have taken 1.1 terabytes of data", "Greyhollow", id="calling-itself"),
    pytest.param("Breach\n\nA collective that calls itself Nightjar said it had the files.\n", "it had the files",
                 "Nightjar", id="that-calls-itself"),
])
def test_a_group_is_named_by_the_name_it_gives_itself(extractor, text: str, content: str, name: str) -> None:
    assert _found(text, extractor)[content][0] == name


@pytest.mark.parametrize("text, content", [
    pytest.param("Council\n\nThe mayor called on the council to act.\n", "the council to act", id="called-on"),
    pytest.param("Council\n\nThe mayor called on Friday on the council to act.\n", "the council to act",
                 id="a-day-is-no-one-called-on"),
    pytest.param("Relief\n\nShe urged upon the state government to review the welfare package.\n",
                 "the state government to review the welfare package", id="urged-upon"),
])
def test_who_is_called_on_to_act_is_part_of_the_content(extractor, text: str, content: str) -> None:
    assert content in _found(text, extractor)
