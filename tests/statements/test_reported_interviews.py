"""An interview whose questions are labelled with the outlet's name ("The Ledger: Why now?") and whose
answers with the interviewee's: the questions state nothing, as "Q:" lines do. Invented."""
from __future__ import annotations

from onrecord.pipeline import extract


def test_questions_under_an_outlets_label_are_no_statements(extractor) -> None:
    text = ("Bakery boss: 'We will not raise prices'\n\nOrsolya Kertész runs the Kertész bakery chain. She spoke to "
            "The Ledger before its 50th birthday.\n\nThe Ledger: Why open ten new shops now?\n\n"
            "Kertész: Because rents are lower than they have been for a decade.\n\n"
            "The Ledger: Will bread cost more next year?\n\n"
            "Kertész: Not in our shops. We have bought our flour until 2027.\n")
    texts = [s.text for s in extract(text, extractor=extractor).statements]
    assert not any(t.startswith(("Why open", "Will bread")) for t in texts)
    assert any(t.startswith("Because rents") for t in texts)
