"""The question put to a speaker is no part of the quote that answers it.

Invented sentences. The parser may hang both 'Asked ...' and the inverted 'he said' on the
quote's verb; the quote is then the answer alone, and the question stays a statement of its own.
"""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


@pytest.mark.parametrize("sentence, question, answer", [
    ('Asked what he personally believed about the new toll, he said, "It is the wrong thing, but we have '
     'no right to judge people."', "what he personally believed about the new toll",
     "It is the wrong thing, but we have no right to judge people."),
    ('Asked by a reporter whether she had practiced her speech, she said, "I read it once over, and that '
     'is all."', "whether she had practiced her speech", "I read it once over, and that is all."),
])
def test_asked_participle_is_not_part_of_the_answer(extractor, sentence: str, question: str, answer: str) -> None:
    text = "Toll news\n\n" + sentence + "\n"
    statements = extract(text, extractor=extractor).statements
    said = [s for s in statements if s.cue is not None and s.cue.text == "said"]
    assert [(s.text, s.kind) for s in said] == [(answer, "direct")]
    assert any(s.text == question and s.cue.text == "Asked" for s in statements)


@pytest.mark.parametrize("sentence, asker", [
    ("Pressed by moderator Glenn Ashby on whether Democrats would accept the bill, Hartwell said she would not.",
     "Glenn Ashby"),
    ("Pressed on whether Democrats would accept the bill, Hartwell said she would not.", None),
])
def test_pressed_on_whether_is_the_askers_question(extractor, sentence: str, asker: str | None) -> None:
    statements = extract("Budget talks\n\n" + sentence + "\n", extractor=extractor).statements
    [question] = [s for s in statements if s.cue is not None and s.cue.text == "Pressed"]
    assert question.text == "whether Democrats would accept the bill"
    assert (question.speaker.name if question.speaker else None) == asker
    assert [s.text for s in statements if s.cue.text == "said"] == ["she would not"]


def test_pressed_on_a_topic_is_no_question(extractor) -> None:
    # review 19: only "on whether ..." (or how, why ...) is what a speaker was pressed on
    statements = extract("Budget\n\nPressed on the issue, Mayor Ruth Bell said the budget was fair.\n",
                         extractor=extractor).statements
    assert [(s.text, s.cue.text) for s in statements] == [("the budget was fair", "said")]


def test_the_person_asked_is_no_content(extractor) -> None:
    """ '"...?" Lind asked the minister, Tom Reyes.': whom she asked, not what about; the question is her statement."""
    text = 'Council\n\nThe debate ran late. "Will you resign?" Ann Lind asked the minister, Tom Reyes.\n'
    found = [(s.text, s.cue.text) for s in extract(text, extractor=extractor).statements]
    assert found == [("Will you resign?", "asked")]
