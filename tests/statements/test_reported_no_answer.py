"""Reported statements: the newsroom's "did not respond to requests for comment" states nothing.

Nobody spoke: the request is the reporter's, and no answer came. What someone did
respond to ("responded to the criticism") is what prompted the answer, not what was
said; the answer itself ("responded that ...") and a refusal that is itself annotated
as a statement ("declined to comment") stay.
"""
from __future__ import annotations

import pytest

from fixtures.reported_findings import contents_by_cue
from onrecord.records import Article

NO_ANSWER = [
    ("did not respond to requests", "The consumer group Harbour Watch did not respond to requests for comment."),
    ("did not immediately respond", "A spokesman for Varga did not immediately respond to a request for comment."),
    ("has yet to respond", "Okafor has yet to respond to a request for comment."),
    ("failed to respond", "The ferry company failed to respond to questions about the delays."),
    ("never replied", "Lind never replied to emails seeking comment."),
    ("did not return calls", "The mayor's office did not return calls seeking comment on Friday."),
    ("request for comment on a topic", "Harrow did not respond to a request for comment on the recall effort."),
    ("a station's request", "The utility did not respond to the station's request for comment on the account."),
]


@pytest.mark.parametrize("why, text", NO_ANSWER, ids=[row[0] for row in NO_ANSWER])
def test_an_unanswered_request_is_no_statement(nlp, why: str, text: str) -> None:
    assert contents_by_cue(nlp, text) == {}


def test_what_prompted_an_answer_is_no_content(nlp) -> None:
    assert contents_by_cue(nlp, "Lind responded to the criticism on Friday.") == {}
    assert contents_by_cue(nlp, "Okafor replied to Varga's post within minutes.") == {}


def test_the_answer_itself_stays(nlp) -> None:
    found = contents_by_cue(nlp, "Lind responded that the harbour wall was safe.")
    assert found == {"responded": "that the harbour wall was safe"}


def test_the_styles_article_line_yields_no_statement_end_to_end(extractor) -> None:
    # the tagger, trained on PolNeAR where such lines are often annotated, must not bring it back
    text = "A spokesman for the regulator declined to comment. Harbour Watch did not respond to requests for comment."
    statements, _ = extractor.statements.extract(Article(id="t", source="t", key="t", text=text), extractor.nlp(text))
    assert [text[s.start:s.end] for s in statements] == ["to comment"]


def test_a_claim_the_unanswered_questions_were_about_is_a_statement(nlp) -> None:
    """Review 30: "did not respond to questions about the union's warning that ..." leaves the union's warning."""
    found = contents_by_cue(nlp, "The ministry did not respond to questions about the union's warning that wages had "
                                 "fallen for a decade.")
    assert found == {"warning": "that wages had fallen for a decade"}
