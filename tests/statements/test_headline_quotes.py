"""Headline quotes: `Speaker: "quote"`, unmarked ones, `"Quote," says X`, linked to the body."""
from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.pipeline import extract
from onrecord.records import Article
from onrecord.statements.headline import body_match, find_headline_quote, headline_spans

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "statements"


def headline_of(text: str, headline=None):
    article = Article(id="t", source="t", key="t", text=text, headline=headline)
    return find_headline_quote(text, headline_spans(article, text))


@pytest.mark.parametrize("line, speaker, quote", [
    ('Maria Lopez: "We are back at work"', "Maria Lopez", "We are back at work"),
    ("Maria Lopez: “We are back at work”", "Maria Lopez", "We are back at work"),
    ("Maria Lopez: We are back at work", "Maria Lopez", "We are back at work"),
    ('"We are back at work," says Maria Lopez', "Maria Lopez", "We are back at work"),
    ("Daily Port / Maria Lopez: 'We are back at work'", "Maria Lopez", "We are back at work"),
])
def test_headline_forms(line: str, speaker: str, quote: str) -> None:
    text = line + "\n\nThe strike is over.\n"
    cand = headline_of(text)
    assert cand is not None and cand.headline
    assert text[cand.source[0]:cand.source[1]] == speaker
    assert text[cand.spans[0][0]:cand.spans[0][1]] == quote


def test_headline_without_a_quote_gives_none() -> None:
    assert headline_of("Strike ends after three weeks\n\nThe strike is over.\n") is None


def test_headline_first_line_needs_a_blank_line_after_it() -> None:
    assert headline_of('Maria Lopez: "We are back"\nThe strike is over.\n') is None


def test_headline_repeated_title_lines_are_headline_lines() -> None:
    text = 'Port News / Lopez: "Back at work"\n\nLopez: "Back at work"\n\nBody text.\n'
    assert headline_spans(Article(id="t", source="t", key="t", text=text), text) == [(0, 33), (35, 56)]


def test_headline_body_match_finds_the_same_words() -> None:
    text = 'Lopez: "We are back at work"\n\nShe said: we are back home, at work now.\nLater, "We are back at work!"'
    assert body_match(text, (8, 27), 30) == (text.index("We are back at work!"), text.index("!"))


def test_headline_statement_links_body_and_resolves_speaker(extractor) -> None:
    record = extract((FIXTURES / "harbour-strike.txt").read_text(encoding="utf-8"), extractor=extractor)
    [head] = [s for s in record.statements if s.headline]
    assert head.text == "We are back at work"
    assert head.speaker.name == "Maria Lopez"
    assert head.body_match is not None
    assert head.body_match.text == "We are back at work"
    assert head.body_match.span[0] > record.article.text.index("\n")
    assert sum(s.text == "We are back at work" for s in record.statements) == 1


def test_headline_unmarked_quote_needs_a_speaker_from_the_body(extractor) -> None:
    text = "Analysis: The strike was a turning point\n\nThe strike ended on Tuesday.\n"
    record = extract(text, extractor=extractor)
    assert not [s for s in record.statements if s.headline and s.kind == "direct"]
