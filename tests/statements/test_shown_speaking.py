"""Words shown on footage, a clip or a recording: "the ad ends with footage of X saying, '...'", "a video shows X
telling the crowd, '...'". The participle utters the quote and its subject is the speaker, whichever verb of the
sentence the parser hung the quote on; the writer's clause of time after the closing mark ("..., when Y blasted
him") is no part of the quote and its verb no cue of it. Invented sentences in the manner of campaign and metro
copy."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def found(extractor, text: str) -> list[tuple[str, str, str | None]]:
    """(cue, content, speaker mention) of every statement of a one-paragraph article under a headline."""
    return [(s.cue.text if s.cue else "", s.text, s.speaker.mention.text if s.speaker and s.speaker.mention else None)
            for s in extract(f"Story\n\n{text}\n", extractor=extractor).statements]


@pytest.mark.parametrize("text, speaker, words", [
    pytest.param("The spot concludes with footage of Harlan Voss saying during the debate last week, \u201cThat makes "
                 "me smart,\u201d when Marta Quist blasted him for not paying income tax.", "Harlan Voss",
                 "That makes me smart", id="footage-of-x-saying-then-a-when-clause"),
    pytest.param("The ad ends with footage of Harlan Voss saying during the debate last week, \u201cThat makes me "
                 "smart,\u201d when Marta Quist blasted him.", "Harlan Voss", "That makes me smart",
                 id="an-occasion-between-the-participle-and-the-quote"),
    pytest.param("In the clip, Harlan Voss is seen saying, \u201cThat makes me smart,\u201d as the crowd laughs.",
                 "Harlan Voss", "That makes me smart", id="seen-saying-then-an-as-clause"),
    pytest.param("A video posted on Friday shows Dana Lind telling the crowd, \u201cWe will rebuild.\u201d",
                 "Dana Lind", "We will rebuild.", id="shows-x-telling-the-crowd"),
])
def test_the_participle_utters_the_quote_and_its_subject_speaks(extractor, text: str, speaker: str,
                                                                  words: str) -> None:
    statements = found(extractor, text)
    quoted = [(cue, mention) for cue, content, mention in statements if content.rstrip(",") == words]
    assert quoted, statements
    cue, mention = quoted[0]
    assert mention == speaker
    assert cue in ("saying", "telling")
    # the quote ends at its closing mark: the writer's clause after it belongs to no statement of the speaker's
    assert not any(mention == speaker and ("when" in content or "as the crowd" in content)
                   for _, content, mention in statements)


def test_a_time_clause_after_a_said_quote_is_no_cue_of_it(extractor) -> None:
    text = "The mayor said, \u201cWe will rebuild,\u201d as the crowd cheered."
    statements = found(extractor, text)
    assert ("said", "We will rebuild", "The mayor") in statements
    assert not any(cue == "cheered" for cue, _, _ in statements)
