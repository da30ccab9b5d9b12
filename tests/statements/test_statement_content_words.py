"""A statement says something: a content of marks and dashes alone is no statement."""
from __future__ import annotations

import pytest

from onrecord.statements import says_something


@pytest.mark.parametrize("content, expected", [("'", False), ("— ...", False), ("“ ”", False),
                                               ("No.", True), ("42", True), ("Ja", True)])
def test_only_contents_with_a_letter_or_digit_say_something(content: str, expected: bool) -> None:
    assert says_something(content) is expected
