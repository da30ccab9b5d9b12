"""Reported statements: verb classes and frames beyond "say" (judgement, advocacy,
appearance), nominal cues of stance, and clauses that only look like an inverted cue."""
from __future__ import annotations

import pytest

from onrecord.records import Article
from onrecord.statements.reported import find_reported


def found_in(nlp, text: str) -> list[tuple[list[str], str | None, str | None]]:
    """(content spans, cue, source) of each reported statement of a one-paragraph article."""
    article = Article(id="t", source="t", key="t", text=text)
    return [([text[s:e] for s, e in c.spans], text[c.cue[0]:c.cue[1]] if c.cue else None,
             text[c.source[0]:c.source[1]] if c.source else None)
            for c in find_reported(nlp(text), article, [])]


# sentence, content, cue, source
OBJECT_CASES = [
    ("The mayor lambasted the council's budget.", "the council's budget", "lambasted", "The mayor"),
    ("Critics portrayed the senator as a puppet of the banks.",
     "the senator as a puppet of the banks", "portrayed", "Critics"),
    ("The union hailed the new contract.", "the new contract", "hailed", "The union"),
    ("The governor disputed the auditor's figures.", "the auditor's figures", "disputed", "The governor"),
    ("The farmers pushed for lower fuel taxes.", "lower fuel taxes", "pushed", "The farmers"),
    ("Teachers lobbied to keep the school open.", "to keep the school open", "lobbied", "Teachers"),
]


@pytest.mark.parametrize("text, content, cue, source", OBJECT_CASES, ids=[c[2] for c in OBJECT_CASES])
def test_reported_judgement_and_advocacy_verbs(nlp, text, content, cue, source) -> None:
    assert ([content], cue, source) in found_in(nlp, text)


def test_reported_appearance_verb_with_an_adjective(nlp) -> None:
    # "seems" with an adjective: the subject and the adjective, the cue left out
    found = found_in(nlp, "The new bridge seems unsafe.")
    assert found == [(["The new bridge", "unsafe"], "seems", None)]


def test_reported_appearance_verb_with_an_infinitive(nlp) -> None:
    found = found_in(nlp, "The senator appears to be losing ground.")
    assert found == [(["The senator", "to be losing ground"], "appears", None)]


def test_reported_challenger_is_no_statement(nlp) -> None:
    # "challenge" as running against someone: its object is no content
    assert found_in(nlp, "Smith will challenge the incumbent in the primary.") == []


def test_reported_subordinate_clause_is_no_inverted_cue(nlp) -> None:
    # ", while many teachers oppose it" is a contrast, not "..., many teachers said"
    text = "Most parents back the new timetable, while many teachers oppose it."
    cued_before = [f for f in found_in(nlp, text) if f[1] == "oppose" and "parents" in " ".join(f[0])]
    assert cued_before == []


def test_reported_clause_split_by_the_parser_stays_whole(nlp) -> None:
    # the parser may hang "do" and "know" on "say" as two clauses: one content still
    text = "Many voters still say they don’t yet know enough about the candidate."
    assert (["they don’t yet know enough about the candidate"], "say", "Many voters") in found_in(nlp, text)


@pytest.mark.parametrize("text, content, cue", [
    ("The governor's attack on the press drew criticism.", "the press", "attack"),
    ("She is a longtime supporter of the tax cut.", "the tax cut", "supporter"),
    ("His response to the ruling came a day later.", "the ruling", "response"),
    # the preposition may hang on the light verb ("made ... against"): still the noun's content
    ("The senator raised questions about the merger.", "the merger", "questions"),
    ("The group made allegations against the company.", "the company", "allegations"),
    ("She took aim at the new tax.", "the new tax", "aim"),
    ("He made the case for a smaller army.", "a smaller army", "case"),
])
def test_reported_nominal_cues(nlp, text, content, cue) -> None:
    assert [content] in [f[0] for f in found_in(nlp, text) if f[1] == cue]


def test_reported_gerund_object(nlp) -> None:
    text = "The mayor opposes raising the parking fees."
    assert (["raising the parking fees"], "opposes", "The mayor") in found_in(nlp, text)


@pytest.mark.parametrize("text, content, cue", [
    ("The senator endorsed the bill because she worries about rising rents.", "the bill", "endorsed"),
    ("Voters criticized the mayor as the deadline approached.", "the mayor", "criticized"),
])
def test_reported_object_without_the_subordinate_clause(nlp, text, content, cue) -> None:
    # "because ...", "as ...": the narration's reason or time, not what was endorsed
    assert [content] in [f[0] for f in found_in(nlp, text) if f[1] == cue]


def test_reported_addressee_is_left_out_of_the_clause(nlp) -> None:
    text = "The coach warned the players that the season would be long."
    article = Article(id="t", source="t", key="t", text=text)
    found = [c for c in find_reported(nlp(text), article, []) if text[c.cue[0]:c.cue[1]] == "warned"]
    assert [[text[s:e] for s, e in c.spans] for c in found] == [["that the season would be long"]]
    assert text[found[0].addressee[0]:found[0].addressee[1]] == "the players"


@pytest.mark.parametrize("text", ["The mayor posted a video on Monday.", "The senator wrote a memoir last year."])
def test_reported_medium_is_no_content(nlp, text) -> None:
    # what is written or posted is the medium; the statement is in a clause ("wrote that ...")
    assert found_in(nlp, text) == []


def test_reported_as_clause_reports_the_main_clause(nlp) -> None:
    text = "As the Times reported, turnout fell sharply in the cities."
    assert (["turnout fell sharply in the cities"], "reported", "the Times") in found_in(nlp, text)


def test_reported_temporal_as_clause_is_no_report(nlp) -> None:
    # "as the mayor spoke": while he spoke; speaking reports no clause
    assert found_in(nlp, "Turnout fell as the mayor spoke.") == []
