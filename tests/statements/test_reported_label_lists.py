"""A list of labelled lines ("Best Film: Harrow Lane") names winners, line-ups or fixtures: no line of it is a
statement, while a transcript's lines, in capitals or saying "I", "we" or "you", still are. Invented."""
from __future__ import annotations

from onrecord.pipeline import extract


def _statements(text: str, extractor) -> list[tuple[str | None, str]]:
    return [(s.speaker.mention.text if s.speaker and s.speaker.mention else None, s.text)
            for s in extract(text, extractor=extractor).statements]


def test_a_list_of_winners_under_a_heading_states_nothing(extractor) -> None:
    text = ("Awards night\n\nThe ceremony ran for four hours.\n\nSILVER LENS WINNERS\nBest Film: Harrow Lane\nBest "
            "Actress: Ellie Marchetti-Obi, Quiet Hours\nBest Actor: Jamal Fairhurst-Pike, The Ferryman's Son\n"
            "Lifetime Achievement: Sir Lionel Achebe-Crane\n")
    assert _statements(text, extractor) == []


def test_a_transcript_without_full_stops_still_speaks(extractor) -> None:
    for names in (("SMITH", "JONES"), ("Smith", "Jones")):
        text = f"Interview\n\n{names[0]}: We will win this one\n{names[1]}: No you will not\n"
        assert _statements(text, extractor) == [(names[0], "We will win this one"), (names[1], "No you will not")]
