""" "Officials put the toll at 30": a figure a source gives is its statement, with "put" the cue. Invented."""
from __future__ import annotations

import pytest

from fixtures.reported_findings import contents_by_cue, sources_by_cue


@pytest.mark.parametrize("text, content, source", [
    pytest.param("Local officials put the toll at 30.", "the toll at 30", "Local officials", id="toll"),
    pytest.param("The mayor's office put the number of injured at 14.", "the number of injured at 14",
                 "The mayor's office", id="number-of"),
    pytest.param("Analysts put the cost of the repairs at more than $2 billion.",
                 "the cost of the repairs at more than $2 billion", "Analysts", id="cost-in-money"),
    pytest.param("Bookmakers put the odds at 5-1.", "the odds at 5-1", "Bookmakers", id="odds"),
    pytest.param("Analysts put the value at $2bn.", "the value at $2bn", "Analysts", id="money-glued"),
    pytest.param('The relief society put the toll at "well above 400".', 'the toll at "well above 400"',
                 "The relief society", id="a-quoted-figure"),
])
def test_a_figure_put_at_a_number_is_a_statement(nlp, text: str, content: str, source: str) -> None:
    assert contents_by_cue(nlp, text) == {"put": content}
    assert sources_by_cue(nlp, text) == {"put": source}


@pytest.mark.parametrize("text", [
    pytest.param("She put the book on the table.", id="a-place"),
    pytest.param("The company put the price at $40 a share.", id="setting-a-price"),
    pytest.param("The council put the number of the hotline on its website.", id="no-figure-given"),
    # review 15: a number after "at" that is not what "at" gives
    pytest.param("The opposition put the cost of care at the centre of the 2024 election.", id="a-place-then-a-year"),
])
def test_putting_something_somewhere_is_no_statement(nlp, text: str) -> None:
    assert contents_by_cue(nlp, text) == {}
