"""Sport reports: '"Box, box," came the call from his race engineer, Maya Okonkwo' names its speaker after the
quote; "the Frenchman" after two players names neither: which one it is, only the reader's knowledge tells.
Invented."""
from __future__ import annotations

from onrecord.pipeline import extract

RACE = """Castellan wins in Monza

Luca Castellan won the Italian Grand Prix on Sunday after a late pit stop.

"Box, box. Box this lap for softs," came the call from his race engineer, Maya Okonkwo.

Théo Ferrand crashed on lap 12 after contact with Castellan and was taken to the medical centre.

"I was pushed off. Everyone saw it," said the Frenchman, who was cleared to race next week.
"""


def _speakers(extractor) -> dict[str, tuple[str | None, str | None]]:
    return {s.text: (s.speaker.name if s.speaker else None, s.cue.text if s.cue else None)
            for s in extract(RACE, extractor=extractor).statements}


def test_came_the_call_from_names_the_speaker_after_the_quote(extractor) -> None:
    found = _speakers(extractor)
    assert found["Box, box. Box this lap for softs"] == ("Maya Okonkwo", "came the call from"), found


def test_a_nationality_epithet_names_no_player(extractor) -> None:
    text = ("Final\n\nAmir Varga beat Théo Ferrand 6-4 6-2 in the final on Sunday.\n\n\"I could not find my serve,\" "
            "said the Frenchman.\n")
    names = {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}
    assert names["I could not find my serve"] != "Amir Varga", names
