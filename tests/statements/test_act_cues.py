"""The act of a statement, read from its cue word as used in the sentence."""
from __future__ import annotations

import pytest

from onrecord.statements.act import act_of, act_of_lemma


def token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, word, act", [
    ("The mayor announced that the bridge would close.", "announced", "speech"),
    ("The mayor tweeted that the bridge would close.", "tweeted", "speech"),
    ("The mayor fears that the bridge will close.", "fears", "belief"),
    ("The mayor plans to close the bridge.", "plans", "belief"),
    ("The mayor's plan to close the bridge failed.", "plan", "belief"),
    ("The mayor's statement that the bridge would close surprised us.", "statement", "speech"),
    ("The mayor walked to the bridge.", "walked", "speech"),  # unknown cue: speech by default
])
def test_act_of_cue_token(nlp, text, word, act) -> None:
    assert act_of(token(nlp, text, word)) == act


def test_act_of_lemma_defaults_to_speech() -> None:
    assert act_of_lemma("believe") == "belief"
    assert act_of_lemma("say") == "speech"
    assert act_of_lemma("zzz") == "speech"
