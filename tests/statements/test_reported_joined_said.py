"""'He confirmed that X, but said goalkeeper Tom Lind had recovered': the parser reads "goalkeeper" as the
subject of "said" and the clause as a relative clause; the clause is a second statement of "He".
Invented."""
from __future__ import annotations

from onrecord.pipeline import extract


def test_a_clause_after_a_joined_said_that_the_parser_read_as_its_subject(extractor) -> None:
    text = ("Cup semi-final\n\nThe manager spoke on Thursday. He confirmed that captain Kwabena Asante-Boateng would "
            "miss the game with a knee injury, but said goalkeeper Tomasz Wierzbicki had recovered from illness "
            "and would start.\n")
    found = {s.text: s.speaker.mention.text if s.speaker and s.speaker.mention else None
             for s in extract(text, extractor=extractor).statements}
    assert found.get("goalkeeper Tomasz Wierzbicki had recovered from illness and would start") == "He"
