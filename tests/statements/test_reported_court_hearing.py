"""Court reports: "the jury heard that ..." is evidence someone unnamed gave to the jury."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


@pytest.mark.parametrize("text, hearers", [
    ("The jury heard that one resident had fallen four times in a month.", "The jury"),
    ("Southwark Crown Court heard that the records had been altered.", "Southwark Crown Court"),
    ("The inquest heard she had been given the wrong dose.", "The inquest"),
])
def test_a_body_that_heard_evidence_is_who_was_told_not_the_speaker(extractor, text, hearers) -> None:
    [statement] = extract(text, extractor=extractor).statements
    assert statement.speaker is None
    assert statement.addressee.text == hearers
    assert statement.act == "speech"


def test_a_person_who_heard_something_still_reports_it(extractor) -> None:
    """Passes before and after the court rule: its guard, "hear" keeps its hearer as source."""
    [statement] = extract("Okafor heard that the plant would close.", extractor=extractor).statements
    assert statement.speaker.name == "Okafor"
