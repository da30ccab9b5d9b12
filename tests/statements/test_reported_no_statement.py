"""Verbs of saying that state nothing: "Ada says nothing", and "call" giving someone a name ("Everyone calls her
Pree"), beside the same verbs stating something. Invented."""
from __future__ import annotations

import pytest

from fixtures.reported_findings import contents_by_cue


@pytest.mark.parametrize("text", [
    pytest.param("Ada says nothing.", id="says-nothing"),
    pytest.param("She would say no more.", id="no-more"),
    pytest.param("Everyone calls her Pree, including the suppliers.", id="calls-her-a-nickname"),
    pytest.param("Adaeze Anyanwu, whom everyone calls Ada, laughed.", id="whom-everyone-calls"),
    pytest.param("Her grandchildren call her Granny Mo.", id="a-name-of-two-words"),
    pytest.param("The group calls itself Ashfall.", id="calls-itself"),
    pytest.param("A group calling itself Nightjar posted the files.", id="calling-itself"),
])
def test_nothing_said_and_a_name_given_are_no_statements(nlp, text: str) -> None:
    assert contents_by_cue(nlp, text) == {}


@pytest.mark.parametrize("text, cue, content", [
    pytest.param("She said little had changed.", "said", "little had changed", id="little-as-a-subject"),
    pytest.param("He said nothing about the deal.", "said", "nothing about the deal", id="nothing-about-a-topic"),
    pytest.param('Trump called him "Little Marco".', "called", 'him "Little Marco"', id="a-quoted-name"),
    pytest.param("He called Lind a liar.", "called", "Lind a liar", id="a-judgement"),
    # review 15: a label, an epithet once given, are statements
    pytest.param("Critics call it Obamacare.", "call", "it Obamacare", id="a-label"),
    pytest.param("She called them Traitors.", "called", "them Traitors", id="them"),
    pytest.param("Trump called him Sleepy Joe.", "called", "him Sleepy Joe", id="an-epithet-once"),
])
def test_the_same_verbs_stating_something(nlp, text: str, cue: str, content: str) -> None:
    assert contents_by_cue(nlp, text) == {cue: content}
