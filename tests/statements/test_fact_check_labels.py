"""A fact-check's labels before a colon ("Claim:", "Verdict:", "Our ruling:") name no speaker: the claim is
whoever's the text says, the verdict the checker's own. Invented."""
from __future__ import annotations

from onrecord.pipeline import extract

_TEXT = ("Did pensioners lose their free ferry travel?\n\n"
         "Claim: \"Pensioners will lose free ferry travel in May.\"\n\n"
         "A post shared 20,000 times says the concession ends in May.\n\n"
         "Verdict: False. The operator says no change is planned.\n\n"
         "Our ruling: Misleading\n\n"
         "Verdict: \"The numbers do not add up.\"\n")


def test_the_labels_of_a_fact_check_are_no_speakers(extractor) -> None:
    statements = extract(_TEXT, extractor=extractor).statements
    mentions = {s.speaker.mention.text.lower() for s in statements if s.speaker and s.speaker.mention}
    assert not mentions & {"claim", "verdict", "our ruling"}, mentions
    assert not any(s.cue and s.cue.text == ":" for s in statements), [(s.cue.text, s.text) for s in statements]


def test_what_follows_a_verdict_label_keeps_its_own_speakers(extractor) -> None:
    statements = {s.text: s.speaker.mention.text for s in extract(_TEXT, extractor=extractor).statements
                  if s.speaker and s.speaker.mention}
    assert statements.get("no change is planned") == "The operator", statements
    assert statements.get("the concession ends in May") == "A post", statements
