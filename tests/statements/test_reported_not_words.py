"""Reported statements: cue words in a sense that is no attribution.

A vote (its outcome on a text, and since 2026-12-06 a stance taken in one: "voted for the
plan"), a tally of votes or poll answers, and "attack" in its sense of force report nobody's
words or views; an attack in words stays.
"""
from __future__ import annotations

import pytest

from fixtures.reported_findings import contents_by_cue, reported
from onrecord.statements.candidates import Candidate
from onrecord.statements.reported import states_nothing

NOT_STATEMENTS = [
    ("a tally of shares", "Older voters favored Varga 58 percent to 21 percent."),
    ("a margin", "Rural voters backed her by a 40-point margin in Ohio."),
    ("a margin in points", "Younger voters back Lind by 9 points."),
    ("a deadly attack", "After the deadly attack on a nightclub in Westport, voters are divided."),
    ("an attack on a building", "Gunmen attacked the embassy in Karsk on Monday."),
    ("attacks on troops", "Militants continued their attacks on government troops."),
    ("weapons before attacks", "Air defences fired more missiles as Kelvar stepped up drone and missile attacks on "
                               "cities and power stations."),
    ("a vote's outcome", "The town council has voted down plans for a new harbour wall."),
    ("a text voted through", "The board voted the budget through on Monday."),
    ("a stance in a vote", "The council voted for the plan."),
    ("a vote's count and what it does", "The council voted 5-2 to cut the grants to arts groups."),
    ("a cue that a vote does", "The synod voted to ask the bishops to authorise services of blessing."),
    ("approval in a vote", "Shareholders of Harlow Air voted to approve its merger with Penmark Airlines."),
]


@pytest.mark.parametrize("why, text", NOT_STATEMENTS, ids=[row[0] for row in NOT_STATEMENTS])
def test_no_statement_is_found(nlp, why: str, text: str) -> None:
    assert contents_by_cue(nlp, text) == {}


STILL_STATEMENTS = [
    ("an attack in words", "Lind launched a blistering attack on the council.", "attack", "the council"),
    ("backing without a tally", "Lind backed the plan by signing the letter.", "backed", "the plan by signing the letter"),
]


@pytest.mark.parametrize("why, text, cue, content", STILL_STATEMENTS, ids=[row[0] for row in STILL_STATEMENTS])
def test_the_statement_stays(nlp, why: str, text: str, cue: str, content: str) -> None:
    assert contents_by_cue(nlp, text) == {cue: content}


def _tagged_like(text: str, cue: str, content: str) -> Candidate:
    start, end = text.index(cue), text.index(cue) + len(cue)
    return Candidate(spans=[(text.index(content), text.index(content) + len(content))], kind="indirect",
                     cue=(start, end), method="tagger")


def test_states_nothing_rejects_what_the_rules_never_make(nlp) -> None:
    # the check other finders (the trained tagger) can pass their candidates through
    text = "The town council has voted down plans for a new harbour wall. Harbour Watch did not respond to requests."
    doc = nlp(text)
    assert states_nothing(doc, _tagged_like(text, "voted down plans", "a new harbour wall"))
    assert states_nothing(doc, _tagged_like(text, "respond", "requests"))


def test_states_nothing_reads_a_cue_drawn_on_auxiliaries_as_their_verb(nlp) -> None:
    # the tagger drew the cue on "has not been" of "announced": why a source is unnamed, no statement of theirs
    text = ("Two officials, who spoke on condition of anonymity because the decision has not been announced, said the "
            "sanctions could come next week.")
    assert states_nothing(nlp(text), _tagged_like(text, "has not been", "the decision"))


def test_states_nothing_keeps_statements(nlp) -> None:
    text = "The council backed the plan. Lind said the wall was too low."
    doc = nlp(text)
    assert not states_nothing(doc, _tagged_like(text, "backed", "the plan"))
    assert not any(states_nothing(doc, c) for c in reported(nlp, text))


def test_states_nothing_rejects_a_vote_the_tagger_finds(nlp) -> None:
    text = "The Arvona House voted 58-41 to require a permit for every handgun sale."
    assert states_nothing(nlp(text), _tagged_like(text, "voted", "to require a permit for every handgun sale"))


IMPRESSIONS = [
    ("sounds and an adjective", "To many readers, this probably sounds far-fetched."),
    ("sounded and an adjective", "Lind sounded subdued in her brief speech on Monday night."),
]


@pytest.mark.parametrize("why, text", IMPRESSIONS, ids=[row[0] for row in IMPRESSIONS])
def test_how_something_sounds_is_the_writers_impression(nlp, why: str, text: str) -> None:
    assert contents_by_cue(nlp, text) == {}


def test_how_something_seems_stays_a_statement(nlp) -> None:
    # PolNeAR annotates "seems": the clause is the statement, the cue left out
    assert contents_by_cue(nlp, "The plan seems doomed.") == {"seems": "The plan | doomed"}


READER_QUESTIONS = [
    ("a yes-no question", "Do you support Tom Varga? Like the page:"),
    ("a wh-question", "What do you think of Lind's plan for the harbour?"),
    ("a question after a clause", "If Varga is the nominee, will you vote for him?"),
]


@pytest.mark.parametrize("why, text", READER_QUESTIONS, ids=[row[0] for row in READER_QUESTIONS])
def test_a_question_to_the_reader_states_nothing(nlp, why: str, text: str) -> None:
    assert contents_by_cue(nlp, text) == {}


def test_an_interviewers_question_stays(nlp) -> None:
    text = "Q: Do you think the harbour wall will hold?"
    assert contents_by_cue(nlp, text) == {"think": "the harbour wall will hold"}


def test_a_restrictive_that_clause_identifies_its_noun(nlp) -> None:
    # the clause says which cuts; it reports no act of the mayor's
    found = contents_by_cue(nlp, "The council is debating tax cuts that the mayor has been discussing for weeks.")
    assert "discussing" not in found


def test_a_which_clause_after_a_comma_reports(nlp) -> None:
    assert contents_by_cue(nlp, "Lind revived the harbour plan, which Varga opposed.") == {"opposed": "which"}


def test_may_want_to_is_the_writers_advice(nlp) -> None:
    assert contents_by_cue(nlp, "Investors in the port may want to think twice.") == {}
    assert contents_by_cue(nlp, "Lind might want to check her figures.") == {}


def test_a_stated_wish_stays(nlp) -> None:
    assert contents_by_cue(nlp, "Lind wants to check the figures.") == {"wants": "to check the figures"}


def test_for_x_opening_a_sentence_frames_no_statement(nlp) -> None:
    # what the vote means for Lind, not what Lind thinks
    assert contents_by_cue(nlp, "For Senator Ada Lind, the vote was a setback.") == {}
    assert contents_by_cue(nlp, "For Mayor Tom Varga, the closure of the port means a hard winter.") == {}


def test_to_people_opening_a_sentence_still_frames_their_view(nlp) -> None:
    assert contents_by_cue(nlp, "To many voters, the race is over.") == {"To": "the race is over"}


@pytest.mark.parametrize("text, cue, content", [
    ("Mounties have charged a 34-year-old man with second-degree murder.", "have charged", "a 34-year-old man"),
    ("Justice Laurent Haddad, writing for the four dissenting judges, said the search was lawful.", "writing for",
     "the four dissenting judges"),
    ("Walcott-Dunne declined an interview request.", "declined", "an interview request"),
])
def test_states_nothing_rejects_a_charge_laid_a_judge_writing_for_the_bench_and_a_request_declined(
        nlp, text: str, cue: str, content: str) -> None:
    # what the trained tagger finds there; "charged that ..." and "declined to comment" stay statements
    assert states_nothing(nlp(text), _tagged_like(text, cue, content))


def test_a_charge_in_words_and_a_declined_comment_stay_statements(nlp) -> None:
    text = "The senator charged that the agency had lied. She declined to comment on the case."
    assert set(contents_by_cue(nlp, text)) == {"charged", "declined"}


@pytest.mark.parametrize("text, holder, content", [
    ("The plan seemed to most farmers to be a tax on their land.", "most farmers",
     ["The plan", "to be a tax on their land"]),
    ("The plan seemed to voters to be a tax on the poor.", "voters", ["The plan", "to be a tax on the poor"]),
    ("The deal appears to be dead.", None, ["The deal", "to be dead"]),
])
def test_whom_something_seems_so_holds_the_view(nlp, text: str, holder: str | None, content: list[str]) -> None:
    """ "seemed [to most farmers] to be a tax": the "to" phrase names whose impression it is."""
    from onrecord.records import Article
    from onrecord.statements.reported import find_reported

    [found] = find_reported(nlp(text), Article(id="t", source="t", key="t", text=text), [])
    assert [text[s:e] for s, e in found.spans] == content
    assert (text[found.source[0]:found.source[1]] if found.source else None) == holder
