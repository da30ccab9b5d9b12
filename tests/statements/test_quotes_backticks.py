"""Typewriter quotes ``…'' (LaTeX and Penn Treebank style): the backticks open, '' closes."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.statements.quotes import scan_quotes


@pytest.mark.parametrize("text, content", [
    ("``We will build it,'' Costa said.", "We will build it"),
    ("``It's the city's bridge,'' Costa said.", "It's the city's bridge"),
    ("``They told me `never' last year,'' Costa said.", "They told me `never' last year"),
    ("Costa said: ``We will build it.''", "We will build it."),
])
def test_backtick_quotes_are_opened_and_closed(text: str, content: str) -> None:
    [cand] = scan_quotes(text)
    assert text[cand.start:cand.end] == content
    assert cand.method == "quotes:marks"  # closed: neither unopened nor unclosed


def test_backtick_quote_is_attributed(extractor) -> None:
    text = "Bridge news\n\n``We will build the bridge before the winter,'' Mayor Ana Costa said on Monday.\n"
    [st] = extract(text, extractor=extractor).statements
    assert st.text == "We will build the bridge before the winter"
    assert st.cue.text == "said"
    assert (st.speaker.name, st.speaker.role) == ("Ana Costa", "Mayor")


def test_backtick_quote_reopened_in_the_next_paragraph_is_one_quote() -> None:
    text = "``We will build it.\n\n``It will have four lanes,'' Costa said.\n"
    [cand] = scan_quotes(text)
    assert [text[s:e] for s, e in cand.spans] == ["We will build it.", "It will have four lanes"]
