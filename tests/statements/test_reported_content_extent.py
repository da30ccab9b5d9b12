"""Boundaries of reported contents: the content finders on invented sentences."""
from __future__ import annotations

import pytest

from fixtures.reported_findings import contents_by_cue


@pytest.mark.parametrize("text, cue, content", [
    pytest.param("The new toll was intended to keep heavy trucks off the bridge.", "intended",
                 "The new toll | to keep heavy trucks off the bridge",
                 id="passive-cue-keeps-its-subject-with-the-infinitive"),
    pytest.param("Raw oysters are considered unsafe by the health board.", "considered",
                 "Raw oysters | unsafe", id="passive-cue-keeps-its-subject-with-the-predicate"),
    pytest.param("In her new book, Varga paints the mayor as a careless spender.", "paints",
                 "the mayor as a careless spender", id="as-phrase-keeps-the-object-it-is-said-of"),
    pytest.param("Lind criticized the harbour plan and how the council had approved it.", "criticized",
                 "the harbour plan and how the council had approved it",
                 id="wh-clause-conjoined-to-the-object-is-a-second-object"),
    pytest.param("Okafor toured the bridge the council wants to open by the spring.", "wants",
                 "the bridge | to open by the spring",
                 id="relative-clause-without-pronoun-keeps-its-noun-also-before-a-phrase"),
    pytest.param("Ruiz called on the harbour board to publish its accounts.", "called",
                 "the harbour board to publish its accounts",
                 id="called-on-keeps-who-is-to-act-with-the-infinitive"),
    pytest.param("Lind appeared to criticize the harbour plan.", "criticize", "the harbour plan",
                 id="reporting-verb-with-an-object-under-a-verb-of-appearance-carries-the-statement"),
    pytest.param("Turnout in the valley fell by a third, according to the county clerk, despite the new "
                 "polling stations.", "according to", "Turnout in the valley fell by a third",
                 id="according-to-in-the-middle-ends-a-complete-clause"),
])
def test_reported_content(nlp, text: str, cue: str, content: str) -> None:
    assert contents_by_cue(nlp, text)[cue] == content
