"""Reported statements: "made (it) clear" with the clause the parser hangs elsewhere.

The clause after "clear" is what was said, whether "that" opens it or not, so the
statement inside it ("they have no plans", "they would like") is part of that content
and its speaker is the subject of "made", not the pronoun inside.
"""
from __future__ import annotations

import pytest

from fixtures.reported_findings import contents_by_cue, sources_by_cue

MADE_CLEAR = [
    ("no that, a date between", "Officials at the port made clear Monday they have no plans to sell the pier.",
     "made clear", "they have no plans to sell the pier", "Officials at the port"),
    ("it and no that", "Many dock workers made it clear they didn't agree with the union's choice.",
     "made it clear", "they didn't agree with the union's choice", "Many dock workers"),
    ("that clause read as a subject", "Some councillors made clear that they would like to see a new vote.",
     "made clear", "that they would like to see a new vote", "Some councillors"),
]


@pytest.mark.parametrize("why, text, cue, content, source", MADE_CLEAR, ids=[row[0] for row in MADE_CLEAR])
def test_made_clear_reports_the_clause_after_it(nlp, why: str, text: str, cue: str, content: str,
                                               source: str) -> None:
    assert contents_by_cue(nlp, text) == {cue: content}
    assert sources_by_cue(nlp, text) == {cue: source}
