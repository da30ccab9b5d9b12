"""Reported statements: where an indirect content starts and ends."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.records import Article
from onrecord.statements.candidates import Candidate
from onrecord.statements.reported import find_reported


def contents(nlp, text: str) -> dict[str, str]:
    """Each cue's content as text, its spans joined by " | "."""
    found: list[Candidate] = find_reported(nlp(text), Article(id="t", source="t", key="t", text=text), [])
    return {text[c.cue[0]:c.cue[1]]: " | ".join(text[s:e] for s, e in c.spans) for c in found}


# (why, sentence, cue, content): invented sentences
BOUNDARIES = [
    ("a contrasting while-clause stays",
     "Lind said the tax cut would help farmers, while the new tariffs would hurt them.", "said",
     "the tax cut would help farmers, while the new tariffs would hurt them"),
    ("an even-if clause stays",
     "Varga said the party would back the bill, even if it cost them votes.", "said",
     "the party would back the bill, even if it cost them votes"),
    ("an appositive after a dash is left out",
     "The mayor praised the new treaty — a goal of her predecessor.", "praised", "the new treaty"),
    ("the clause subject parsed as the cue's object starts the content",
     "Aides felt his tone of anger in the last debate was over the top.", "felt",
     "his tone of anger in the last debate was over the top"),
    ("a percent sign ending a content stays",
     "Lind said support for the plan fell to 30%.", "said", "support for the plan fell to 30%"),
    ("the closing bracket of a bracket opened in the content stays",
     "Ruiz said the country should stay in the European Union (EU).", "said",
     "the country should stay in the European Union (EU)"),
    ("a name in apposition to a common noun stays",
     "Lind said she would not vote for the Republican front-runner, Jake Varga.", "said",
     "she would not vote for the Republican front-runner, Jake Varga"),
    ("a description in apposition is still the narration's aside",
     "Lind praised Varga, a former rival.", "praised", "Varga"),
    ("a phrase with a date inside goes on with an object content",
     "Lind praised his strong finish in last week's caucus.", "praised", "his strong finish in last week's caucus"),
    ("a phrase that is a date still dates the act",
     "Lind praised the plan on Tuesday.", "praised", "the plan"),
    ("a fronted though-clause the parse hung on the inverted cue stays",
     "Though that change was seamless, she said, replacing the chair would be far more bitter.", "said",
     "Though that change was seamless | replacing the chair would be far more bitter"),
    ("a conjoined clause on an expletive 'there' stays",
     "Lind said it was too early to tell whether the blast was caused by a bomb, and there was \"no evidence\" yet "
     "that it was terrorism.", "said",
     "it was too early to tell whether the blast was caused by a bomb, and there was \"no evidence\" yet that it was "
     "terrorism"),
    ("a fronted if-clause stays",
     "If the deal collapses, she said, the company will close two plants.", "said",
     "If the deal collapses | the company will close two plants"),
]


@pytest.mark.parametrize("why, text, cue, content", BOUNDARIES, ids=[b[0] for b in BOUNDARIES])
def test_reported_boundaries(nlp, why: str, text: str, cue: str, content: str) -> None:
    assert contents(nlp, text)[cue] == content


def test_a_gerund_subject_the_parser_hung_on_the_cue_opens_the_content(extractor) -> None:
    """ "says [closing three branches] will save £1.4m": the gerund hangs on "says" as parsed."""
    text = "Libraries\n\nThe council says closing three of its seven branches will save £1.4m a year.\n"
    [found] = extract(text, extractor=extractor).statements
    assert found.text == "closing three of its seven branches will save £1.4m a year"
