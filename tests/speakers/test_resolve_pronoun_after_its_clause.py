"""A "he" or "she" after reported words stands for the person those words are about when the article named no one
before ("Senator Tom Harkins will step down next year, he told reporters"); when someone was named before, the
pronoun stays theirs. Invented."""
from __future__ import annotations

from onrecord.pipeline import extract

OPENING = """A senator bows out

Senator Tom Harkins will not run again next year, he told reporters in Dunmore on Monday.

"It is time for someone younger," he said.
"""

EARLIER = """A senator bows out

Governor Ellen Marsh spoke first on Monday. Senator Tom Harkins will not run again next year, she told reporters.
"""


def _speakers(text: str, extractor) -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker.name if s.speaker else None) for s in extract(text, extractor=extractor).statements]


def test_a_pronoun_after_its_clause_is_the_one_named_in_it(extractor) -> None:
    speakers = dict(_speakers(OPENING, extractor))
    assert speakers["Senator Tom Harkins will not run again next year"] == "Tom Harkins"
    assert speakers["It is time for someone younger"] == "Tom Harkins"


def test_someone_named_before_keeps_the_pronoun(extractor) -> None:
    speakers = dict(_speakers(EARLIER, extractor))
    assert speakers["Senator Tom Harkins will not run again next year"] == "Ellen Marsh"
