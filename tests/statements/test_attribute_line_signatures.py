"""A quote signed on its own line: '"..." ― Jane Doe', as readers' and vox-pop round-ups print one voice after
another. The name after the dash is the speaker of the quote on its line, not of the quote on the next line, and the
quotes of different people are separate statements (the horizontal bar ― as well as the dashes)."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract

ROUND_UP = (
    "Readers on the new bypass\n\n"
    "”The bypass cuts my commute in half. I only wish it had come sooner.” ― Maria Okafor\n"
    "“It has ruined the valley. Nobody asked the people who live here.”― Tomas Reyes \n"
    "“I drive it every day and it is fine. The tolls are too high, though.” ― Priya Lindqvist \n"
)


def _by_words(statements, words: str):
    [st] = [st for st in statements if words in st.text]
    return st


@pytest.mark.parametrize("words, speaker", [
    ("cuts my commute", "Maria Okafor"),
    ("ruined the valley", "Tomas Reyes"),
    ("tolls are too high", "Priya Lindqvist"),
])
def test_each_quote_is_signed_by_the_name_on_its_line(extractor, words: str, speaker: str) -> None:
    record = extract(ROUND_UP, extractor=extractor)
    st = _by_words(record.statements, words)
    assert st.speaker.name == speaker
    assert st.cue.text == "―"


def test_the_quotes_of_a_round_up_are_separate_statements(extractor) -> None:
    record = extract(ROUND_UP, extractor=extractor)
    quoted = [st for st in record.statements if st.kind == "direct"]
    assert len(quoted) == 3
    assert all(len(st.spans) == 1 for st in quoted)


@pytest.mark.parametrize("dash", ["-", "–", "—", "―"])
def test_any_dash_signs_the_quote_before_it_on_the_line(extractor, dash: str) -> None:
    text = (f"Voices from the market\n\n“Prices doubled in a month.” {dash} Ana Varga\n"
            f"“We sell less fish than ever.” {dash} Luis Moreno\n")
    record = extract(text, extractor=extractor)
    assert _by_words(record.statements, "Prices doubled").speaker.name == "Ana Varga"
    assert _by_words(record.statements, "less fish").speaker.name == "Luis Moreno"
