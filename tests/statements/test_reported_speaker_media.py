"""Reported statements: a participle on a speech or a text speaks for whoever made it.

"X hit back in an article stating ...", "comments X made during a speech attacking ...",
"X felt compelled to issue a memo urging ...", "X's speech denouncing ...": the maker of
the speech or the text is the source, as when the text is the object of the maker's
verb ("X released a report detailing ..."). A text that is itself the subject ("An
advert attacking X ran") is the only source the sentence names.
"""
from __future__ import annotations

import pytest

from fixtures.reported_findings import sources_by_cue
from onrecord.pipeline import extract

MAKERS = [
    ("in a text", "Varga hit back in an article stating that the port was safe.", "stating", "Varga"),
    ("during a speech", "The row centres on comments Lind made during a speech attacking the council.",
     "attacking", "Lind"),
    ("object of a verb without a subject", "Okafor felt compelled to issue a memo urging members to vote.",
     "urging", "Okafor"),
    ("a possessor", "Lind's speech denouncing the plan drew cheers.", "denouncing", "Lind's"),
    ("the text as subject", "An advert attacking Lind ran on Monday.", "attacking", "An advert"),
]


@pytest.mark.parametrize("why, text, cue, source", MAKERS, ids=[row[0] for row in MAKERS])
def test_the_maker_of_the_text_is_the_source(nlp, why: str, text: str, cue: str, source: str) -> None:
    assert sources_by_cue(nlp, text)[cue] == source


@pytest.mark.parametrize("text", [
    pytest.param("Post\n\nCopies are still circulating. On Tuesday @kellaway_lass wrote on X: \"Ask yourself why the "
                 "council has not denied it.\"\n", id="before-a-quote"),
])
def test_a_handle_before_the_cue_is_its_speaker(extractor, text: str) -> None:
    """ "@kellaway_lass wrote on X:": the tagger reads a handle as punctuation; it is who wrote, not "X"."""
    [statement] = extract(text, extractor=extractor).statements
    assert statement.speaker.mention.text == "@kellaway_lass"


def test_a_handle_the_verb_before_takes_is_no_speaker(extractor) -> None:
    """ "replied to @kellaway_lass saying ...": the mayor says it, the handle is whom he replied to."""
    text = "Post\n\nMayor Tom Reyes replied to @kellaway_lass saying the claim was false.\n"
    [statement] = extract(text, extractor=extractor).statements
    assert statement.speaker.name == "Tom Reyes"
