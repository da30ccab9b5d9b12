"""Two kinds of speaker a quote or a cue has in feature and local news: a relative the sentence before an
unattributed quote is about ("His wife, Tracey, was waiting on the quay. '...'"), and a body called "Friends of"
a named thing ("Friends of the Fjord calls ..."), which is no group of friends. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _speakers(text: str, extractor) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.speaker.mention.text if s.speaker and s.speaker.mention else None,
             s.speaker.name if s.speaker else None, s.speaker.type if s.speaker else None)
            for s in extract(text, extractor=extractor).statements]


@pytest.mark.parametrize("text, mention, name", [
    pytest.param("Rescue\n\nThe skipper said a hose had split.\n\nHis wife, Tracey, was waiting on the quay with a "
                 "flask of tea. 'I've never been so glad to see that orange boat in my life.'\n",
                 "His wife, Tracey", "Tracey", id="named-wife"),
    pytest.param("Rescue\n\nThe skipper said a hose had split.\n\nHis daughter was waiting on the quay with a flask "
                 "of tea. 'I've never been so glad to see that orange boat in my life.'\n",
                 "His daughter", None, id="unnamed-daughter"),
])
def test_an_unattributed_quote_is_the_relatives_the_sentence_before_is_about(text, mention, name, extractor):
    quote = _speakers(text, extractor)[-1]
    assert quote[:2] == (mention, name)


FRIENDS = {  # id: (text, name, kind)
    "friends-of-a-fjord": ("Escape\n\nFriends of the Fjord calls the escape \"a disaster\" and demands closed pens.\n",
                           "Friends of the Fjord", "organization"),
    "named-after-its-kind": ("Escape\n\nThe environmental group Friends of the Earth said the escape was a disaster.\n",
                             "Friends of the Earth", "organization"),
    "friends-of-a-victim": ("Crash\n\nFriends of the victim said he had been driving home from work.\n", None,
                            "anonymous"),
    "friends-of-a-person": ("Crash\n\nFriends of Maria Lund said she had been driving home from work.\n", None,
                            "anonymous"),
}


@pytest.mark.parametrize("text, name, kind", FRIENDS.values(), ids=FRIENDS.keys())
def test_friends_of_a_named_thing_is_a_body(text, name, kind, extractor):
    speakers = _speakers(text, extractor)
    assert speakers and all(s[1:] == (name, kind) for s in speakers)
