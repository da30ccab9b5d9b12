"""Reported statements: parse shapes of the second pass (speaker mentions, statements set off
inside a content, passive and participle cues, object boundaries), on invented sentences."""
from __future__ import annotations

import pytest

from onrecord.records import Article
from onrecord.statements.candidates import Candidate
from onrecord.statements.reported import find_reported


def reported(nlp, text: str) -> list[Candidate]:
    """The reported statements of a one-paragraph article."""
    return find_reported(nlp(text), Article(id="t", source="t", key="t", text=text), [])


def words(text: str, span) -> str | None:
    return text[span[0]:span[1]] if span else None


def by_cue(nlp, text: str) -> dict[str, Candidate]:
    """The statements of a sentence by their cue's words (each cue once)."""
    found = reported(nlp, text)
    return {words(text, c.cue): c for c in found}


def spans(text: str, candidate: Candidate) -> list[str]:
    return [text[s:e] for s, e in candidate.spans]


# --- speaker mentions ------------------------------------------------------------------------

def test_subject_mention_leaves_out_its_relative_clause(nlp) -> None:
    text = "The mayor, who said the budget was balanced, told reporters that taxes would fall."
    told = by_cue(nlp, text)["told"]
    assert words(text, told.source) == "The mayor"


def test_hyphenated_subject_is_no_dateline(nlp) -> None:
    text = "Three-quarters of the voters said the same of the governor."
    (said,) = reported(nlp, text)
    assert words(text, said.source) == "Three-quarters of the voters"


def test_trailing_participle_speaks_for_the_outer_speaker(nlp) -> None:
    text = "The mayor insisted that the bridge was safe, claiming that the engineers had approved it."
    claiming = by_cue(nlp, text)["claiming"]
    assert spans(text, claiming) == ["that the engineers had approved it"]
    assert words(text, claiming.source) == "The mayor"


def test_passive_subject_is_the_addressee_not_the_speaker(nlp) -> None:
    text = "The mayor was asked about the bridge on Tuesday."
    found = reported(nlp, text)
    assert all(words(text, c.source) != "The mayor" for c in found)
    assert all(spans(text, c) != ["The mayor"] for c in found)


# --- statements set off inside a content ----------------------------------------------------

def test_participle_after_a_dash_is_a_statement_of_its_own(nlp) -> None:
    text = "The mayor says the council approved the bridge — asserting that the vote was fair."
    found = by_cue(nlp, text)
    assert spans(text, found["says"]) == ["the council approved the bridge"]
    assert spans(text, found["asserting"]) == ["that the vote was fair"]


def test_coordinate_clause_with_its_own_speaker_is_a_statement_of_its_own(nlp) -> None:
    text = "Most farmers said the harvest was poor, and two-thirds said the same of the previous year."
    found = reported(nlp, text)
    assert [spans(text, c) for c in found] == [["the harvest was poor"], ["the same of the previous year"]]
    assert words(text, found[1].source) == "two-thirds"


def test_conjunct_in_the_cue_tense_inherits_the_speaker(nlp) -> None:
    text = "They say the plan is possible and have been calling on the council to approve it."
    found = by_cue(nlp, text)
    assert spans(text, found["say"]) == ["the plan is possible"]
    assert words(text, found["calling"].source) == "They"


def test_subjectless_conjunct_of_the_cue_ends_an_infinitive_content(nlp) -> None:
    text = "The mayor urged the council to approve the budget and tried to win over the critics."
    urged = by_cue(nlp, text)["urged"]
    assert spans(text, urged) == ["the council to approve the budget"]


# --- clauses, objects and complements --------------------------------------------------------

def test_clause_before_a_cue_with_its_own_object_is_not_its_content(nlp) -> None:
    text = "The minister called her a liar; she was shown in a photograph on the plane."
    found = reported(nlp, text)
    assert ["The minister called her a liar"] not in [spans(text, c) for c in found]
    assert spans(text, by_cue(nlp, text)["called"]) == ["her a liar"]


def test_passive_content_keeps_what_it_says_of_its_subject(nlp) -> None:
    text = "The mayor was criticized by the unions for cutting the budget."
    (criticized,) = reported(nlp, text)
    assert spans(text, criticized) == ["The mayor", "for cutting the budget"]
    assert words(text, criticized.source) == "the unions"


def test_addressee_of_a_passive_is_no_content(nlp) -> None:
    text = "The senator was pressed on the budget by reporters."
    assert all(spans(text, c) != ["The senator"] for c in reported(nlp, text))


def test_participle_with_its_agent_on_a_noun(nlp) -> None:
    text = "The tax plan, criticized by the unions as unfair, passed the council."
    criticized = by_cue(nlp, text)["criticized"]
    assert spans(text, criticized) == ["The tax plan", "as unfair"]
    assert words(text, criticized.source) == "the unions"
    assert criticized.method == "reported.participle"


def test_relative_pronoun_stands_for_the_content(nlp) -> None:
    text = "The council passed the budget, which the mayor opposed."
    opposed = by_cue(nlp, text)["opposed"]
    assert spans(text, opposed) == ["which"]
    assert words(text, opposed.source) == "the mayor"



def test_relative_pronoun_as_subject_of_the_reported_clause(nlp) -> None:
    text = "They are focused on the drawdown of troops, which they say left a vacuum for terrorists."
    say = by_cue(nlp, text)["say"]
    assert spans(text, say) == ["which", "left a vacuum for terrorists"]
    assert words(text, say.source) == "they"


# --- lexicon: verbs of stating, ascribing and attitude ----------------------------------------

def test_court_ruling_is_a_statement(nlp) -> None:
    text = "The court ruled that the new tax was unlawful."
    (ruled,) = reported(nlp, text)
    assert spans(text, ruled) == ["that the new tax was unlawful"]
    assert (words(text, ruled.source), ruled.act) == ("The court", "speech")


def test_disliking_is_a_belief(nlp) -> None:
    text = "Many voters dislike the new mayor."
    (dislike,) = reported(nlp, text)
    assert (spans(text, dislike), dislike.act) == (["the new mayor"], "belief")


def test_mention_of_is_a_nominal_cue(nlp) -> None:
    text = "The senator made no mention of the budget."
    (mention,) = reported(nlp, text)
    assert spans(text, mention) == ["the budget"]
    assert words(text, mention.source) == "The senator"


def test_in_favor_of_is_a_belief(nlp) -> None:
    text = "Most voters are in favor of the new bridge."
    (favor,) = reported(nlp, text)
    assert (spans(text, favor), favor.act) == (["the new bridge"], "belief")
    assert words(text, favor.source) == "Most voters"


def test_in_response_to_links_events_without_a_statement(nlp) -> None:
    text = "The council delayed the vote in response to the mayor's letter."
    assert reported(nlp, text) == []
    text = "His response to the ruling came a day later."
    (response,) = reported(nlp, text)
    assert spans(text, response) == ["the ruling"]


def test_command_reports_nothing(nlp) -> None:
    assert reported(nlp, "Call it the politics of anger.") == []
    assert reported(nlp, "Just ask the former senator.") == []
    assert reported(nlp, "Parade day\n\nSee pictures from the parade below.\n") == []  # the bare verb read as a present


# --- adjectives of attitude -------------------------------------------------------------------

def test_attitude_adjective_with_a_that_clause(nlp) -> None:
    text = "Aides were confident that voters would return."
    (confident,) = reported(nlp, text)
    assert spans(text, confident) == ["that voters would return"]
    assert (words(text, confident.source), confident.act, words(text, confident.cue)) == (
        "Aides", "belief", "confident")


def test_attitude_adjective_with_its_preposition(nlp) -> None:
    text = "Some Democrats are concerned about the senator's tactics."
    (concerned,) = reported(nlp, text)
    assert spans(text, concerned) == ["the senator's tactics"]
    assert words(text, concerned.source) == "Some Democrats"


def test_attitude_adjective_without_a_complement_is_no_statement(nlp) -> None:
    assert reported(nlp, "The voters were angry.") == []


def test_judgement_received_is_about_the_subject(nlp) -> None:
    text = "The plan drew sharp criticism from the unions."
    (criticism,) = reported(nlp, text)
    assert spans(text, criticism) == ["The plan"]
    assert words(text, criticism.source) == "the unions"


# --- one statement, and the words of its content ----------------------------------------------

ONE_CONTENT = [  # (what it shows, sentence, content spans)
    ('conjunct_in_the_cue_tense_is_the_speaker_act',
     'The rabbi said he is friendly with the family but took issue with their decision.',
     ['he is friendly with the family']),
    ('conditional_clause_is_no_embedded_question',
     'Party leaders see the governor as the strongest candidate if the economy improves.',
     ['the governor as the strongest candidate']),
    ('object_content_leaves_out_the_date',
     'The treasurer endorsed the mayor last week.',
     ['the mayor']),
    ('object_content_leaves_out_a_trailing_appositive',
     "The council backed the plan, a proposal from the mayor's office.",
     ['the plan']),
    ('according_to_reports_every_conjoined_clause',
     'The governor won the north and the mayor won the south, according to the official count.',
     ['The governor won the north and the mayor won the south']),
    ('conjunct_in_the_content_tense_goes_on_with_the_content',
     'The aides said they are worried about the vote and want to delay it.',
     ['they are worried about the vote and want to delay it']),
    ('appositive_with_a_conjunct_is_a_list_not_an_aside',
     "He will discuss his new book, The Long Road, and the senator's presidential campaign.",
     ["his new book, The Long Road, and the senator's presidential campaign"]),
    ('gerund_object_keeps_the_gerunds_listed_after_it',
     'The party supported eliminating caucuses, limiting the number of delegates and binding delegates to the vote.',
     ['eliminating caucuses, limiting the number of delegates and binding delegates to the vote']),
    ('object_content_keeps_the_infinitive_after_the_object',
     'The union pressed the mayor to sign the agreement with the workers.',
     ['the mayor to sign the agreement with the workers']),
    ('credited_object_is_the_content',
     'The governor credited the farmers for the recovery.',
     ['the farmers for the recovery']),
]


@pytest.mark.parametrize("text, expected", [(t, e) for _, t, e in ONE_CONTENT], ids=[n for n, _, _ in ONE_CONTENT])
def test_one_statement_and_its_content(nlp, text: str, expected: list[str]) -> None:
    (found,) = reported(nlp, text)
    assert spans(text, found) == expected
