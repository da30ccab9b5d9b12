"""Markup left in article text: its quoted attribute values are no quotes."""
from __future__ import annotations

from onrecord.statements.quotes import scan_quotes


def test_quotes_attribute_values_of_markup_are_not_quotes() -> None:
    text = ('The mayor posted a photo. <tweet pic="pic.example.org/bridge" author="@townhall">'
            'The bridge is open, she wrote.</tweet> "We did it," she said.')
    assert [[text[s:e] for s, e in c.spans] for c in scan_quotes(text)] == [["We did it"]]
