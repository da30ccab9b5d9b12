"""Headline forms: "'...', admits Scotland coach Brennan" (a role word between a place and a surname) names
the speaker; "Shares slide as CEO warns of ..." is no report of the words before "as". Invented."""
from __future__ import annotations

from onrecord.pipeline import extract


def test_a_headline_quote_whose_speaker_has_a_role_word_inside(extractor) -> None:
    text = ("'We lost it in the first 20 minutes', admits Scotland coach Brennan\n\nScotland lost 24-10 to Ireland "
            "on Saturday. \"We were slow to start,\" coach Callum Brennan said.\n")
    found = {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}
    assert found.get("We lost it in the first 20 minutes") == "Callum Brennan", found


def test_a_cue_with_its_own_object_in_an_as_clause_reports_nothing_before_it(extractor) -> None:
    text = "Corvane shares slide as CEO warns of weaker demand\n\nShares fell 9 per cent on Thursday.\n"
    contents = [s.text for s in extract(text, extractor=extractor).statements]
    assert "Corvane shares slide" not in contents, contents
