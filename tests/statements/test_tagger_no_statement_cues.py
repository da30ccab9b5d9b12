"""The trained tagger's candidates pass the same no-statement check as the rules' ("voted down plans")."""
from __future__ import annotations

from fixtures.one_paragraph import statements


def test_a_vote_on_plans_is_no_statement_whichever_finder_sees_it(extractor) -> None:
    assert statements(extractor, "The town council has voted down plans for a new harbour wall.") == []
