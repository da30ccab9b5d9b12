"""Reported statements the rules used to miss: constructions of known cues, on invented sentences."""
from __future__ import annotations

from spacy.tokens import Doc

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
    return {words(text, c.cue): c for c in reported(nlp, text)}


def spans(text: str, candidate: Candidate) -> list[str]:
    return [text[s:e] for s, e in candidate.spans]


def test_inverted_tell_with_its_addressee_reports_the_clause_before(nlp) -> None:
    text = "The school was closed, a spokesman told The Daily Ledger."
    told = by_cue(nlp, text)["told"]
    assert spans(text, told) == ["The school was closed"]
    assert words(text, told.source) == "a spokesman"


def test_vote_takes_an_infinitive_content(nlp) -> None:
    text = "The council voted to close the old library."
    voted = by_cue(nlp, text)["voted"]
    assert spans(text, voted) == ["to close the old library"]
    assert words(text, voted.source) == "The council"


def test_liken_reports_its_object_and_comparison(nlp) -> None:
    text = "The senator likened the new tax to theft."
    likened = by_cue(nlp, text)["likened"]
    assert spans(text, likened) == ["the new tax to theft"]


def test_vouch_for_reports_the_one_vouched_for(nlp) -> None:
    text = "The governor vouched for the young candidate."
    vouched = by_cue(nlp, text)["vouched"]
    assert spans(text, vouched) == ["the young candidate"]


def test_seems_like_states_its_subject_and_the_noun_after_like(nlp) -> None:
    text = "This seems like a fine idea."
    seems = by_cue(nlp, text)["seems"]
    assert spans(text, seems) == ["This", "a fine idea"]


def test_relative_pronoun_is_the_subject_of_an_appearance_in_its_clause(nlp) -> None:
    text = "She met a voter who seemed to be confused by the pair."
    seemed = by_cue(nlp, text)["seemed"]
    assert spans(text, seemed) == ["who", "to be confused by the pair"]


def test_cast_as_reports_the_role_claimed(nlp) -> None:
    text = "The senator cast himself as an outsider."
    cast = by_cue(nlp, text)["cast"]
    assert spans(text, cast) == ["an outsider"]


def test_distanced_from_reports_what_one_keeps_away_from(nlp) -> None:
    text = "The mayor distanced herself from the plan."
    distanced = by_cue(nlp, text)["distanced"]
    assert spans(text, distanced) == ["the plan"]


def test_looking_to_states_an_intention(nlp) -> None:
    text = "The party is looking to cut taxes."
    looking = by_cue(nlp, text)["looking"]
    assert spans(text, looking) == ["to cut taxes"]
    assert looking.act == "belief"  # an intention


def test_nominal_refusal_takes_an_infinitive_content(nlp) -> None:
    text = "The mayor's refusal to sign the budget angered the council."
    refusal = by_cue(nlp, text)["refusal"]
    assert spans(text, refusal) == ["to sign the budget"]
    assert words(text, refusal.source) == "The mayor's"


def test_nominal_rumor_takes_a_that_clause(nlp) -> None:
    text = "Workers heard a rumor that the mayor will sell the stadium."
    rumor = by_cue(nlp, text)["rumor"]
    assert spans(text, rumor) == ["that the mayor will sell the stadium"]


def test_cue_with_its_own_object_after_it_reports_no_clause_before(nlp) -> None:
    text = "The figures are unsurprising, as the senator has criticized the mayor for his spending."
    criticized = by_cue(nlp, text)["criticized"]
    assert spans(text, criticized) == ["the mayor for his spending"]
    assert words(text, criticized.source) == "the senator"


def test_cue_with_its_own_infinitive_after_it_reports_no_clause_before(nlp) -> None:
    text = "The plan is back, when the mayor sought to revive the old budget."
    sought = by_cue(nlp, text)["sought"]
    assert spans(text, sought) == ["to revive the old budget"]


def test_light_verb_phrase_with_a_cue_noun_reports_its_target(nlp) -> None:
    text = "The senator took a swipe at the governor."
    swipe = by_cue(nlp, text)["swipe"]
    assert spans(text, swipe) == ["the governor"]
    assert words(text, swipe.source) == "The senator"


def test_stance_against_is_a_stated_position(nlp) -> None:
    text = "She took a firm stance against the new tax."
    stance = by_cue(nlp, text)["stance"]
    assert spans(text, stance) == ["the new tax"]
    assert stance.act == "speech"  # a stated position


def test_heard_that_is_an_attributed_belief(nlp) -> None:
    text = "Residents heard that the plant would close."
    heard = by_cue(nlp, text)["heard"]
    assert spans(text, heard) == ["that the plant would close"]
    assert heard.act == "belief"


def test_named_as_reports_what_one_was_named(nlp) -> None:
    text = "The governor named the judge as his running mate."
    named = by_cue(nlp, text)["named"]
    assert spans(text, named) == ["his running mate"]


def test_adjective_of_stance_reports_its_object(nlp) -> None:
    text = "The senator was critical of the new budget."
    critical = by_cue(nlp, text)["critical"]
    assert spans(text, critical) == ["the new budget"]
    assert words(text, critical.source) == "The senator"
    assert critical.act == "speech"  # a voiced stance, unlike "unhappy with"


def test_adjective_of_feeling_reports_its_object(nlp) -> None:
    text = "Most residents are unhappy with the new bridge."
    unhappy = by_cue(nlp, text)["unhappy"]
    assert spans(text, unhappy) == ["the new bridge"]
    assert unhappy.act == "belief"


def test_adjective_of_reticence_reports_what_one_kept_silent_on(nlp) -> None:
    text = "The governor was silent on the new tax."
    silent = by_cue(nlp, text)["silent"]
    assert spans(text, silent) == ["the new tax"]


def test_nominal_call_takes_an_infinitive_content(nlp) -> None:
    text = "The call to close the plant came from the mayor."
    call = by_cue(nlp, text)["call"]
    assert spans(text, call) == ["to close the plant"]


def test_report_on_reports_its_subject(nlp) -> None:
    text = "The paper published a report on the new budget."
    report = by_cue(nlp, text)["report"]
    assert spans(text, report) == ["the new budget"]


def test_cue_noun_subject_of_be_has_the_clause_after_it(nlp) -> None:
    text = "Her response was that the law is unfair."
    response = by_cue(nlp, text)["response"]
    assert spans(text, response) == ["that the law is unfair"]
    assert words(text, response.source) == "Her"


def test_cue_noun_subject_of_be_has_the_infinitive_after_it(nlp) -> None:
    text = "His plan is to win the state."
    plan = by_cue(nlp, text)["plan"]
    assert spans(text, plan) == ["to win the state"]


def test_nominal_goal_states_an_intention(nlp) -> None:
    text = "Their goal is to win back the suburbs."
    goal = by_cue(nlp, text)["goal"]
    assert spans(text, goal) == ["to win back the suburbs"]
    assert goal.act == "belief"


def test_made_the_point_that_reports_the_clause(nlp) -> None:
    text = "She made the point that taxes were too high."
    point = by_cue(nlp, text)["point"]
    assert spans(text, point) == ["that taxes were too high"]
    assert words(text, point.source) == "She"


def test_made_the_observation_that_reports_the_clause(nlp) -> None:
    text = "She made the observation that the vote was close."
    observation = by_cue(nlp, text)["observation"]
    assert spans(text, observation) == ["that the vote was close"]


def test_plea_for_reports_what_was_pleaded_for(nlp) -> None:
    text = "The mayor made a plea for calm."
    plea = by_cue(nlp, text)["plea"]
    assert spans(text, plea) == ["calm"]
    assert words(text, plea.source) == "The mayor"


def test_content_leaves_out_a_dateline(nlp) -> None:
    text = "SPRINGFIELD, Ill., Dec. 11 (UPI) — Young voters are drifting toward the mayor, a new poll found."
    found = by_cue(nlp, text)["found"]
    assert spans(text, found) == ["Young voters are drifting toward the mayor"]


def test_relative_pronoun_fronted_before_the_cue_leaves_the_cue_out(nlp) -> None:
    text = "It is a state that she hoped to carry by a wide margin."
    hoped = by_cue(nlp, text)["hoped"]
    assert spans(text, hoped) == ["that", "to carry by a wide margin"]
    assert words(text, hoped.source) == "she"


def test_infinitive_in_a_relative_clause_takes_the_noun_it_lacks(nlp) -> None:
    text = "He named the bill he wants to pass."
    wants = by_cue(nlp, text)["wants"]
    assert spans(text, wants) == ["the bill", "to pass"]


def test_appearance_content_leaves_out_its_cue_after_a_fronted_pronoun(nlp) -> None:
    text = "It is a state which he is expected to win easily."
    expected = by_cue(nlp, text)["expected"]
    assert spans(text, expected) == ["which he", "to win easily"]


def test_object_keeps_a_phrase_on_the_verb_unless_it_names_the_occasion(nlp) -> None:
    text = "The governor endorsed the senator in the primary race."
    endorsed = by_cue(nlp, text)["endorsed"]
    assert spans(text, endorsed) == ["the senator in the primary race"]
    text = "The governor endorsed the senator at a rally."
    endorsed = by_cue(nlp, text)["endorsed"]
    assert spans(text, endorsed) == ["the senator"]


def _said_with_phrase_on_cue(nlp, phrase: list[str]) -> tuple[str, list[Candidate]]:
    """ "The mayor said the bridge was safe <prep> <det> <noun> ." with the phrase parsed on "said"."""
    words = ["The", "mayor", "said", "the", "bridge", "was", "safe", *phrase, "."]
    heads = [1, 2, 2, 4, 5, 2, 5, 2, 9, 7, 2]
    deps = ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "prep", "det", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "ADP", "DET", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "VBD", "JJ", "IN", "DT", "NN", "."]
    lemmas = ["the", "mayor", "say", "the", "bridge", "be", "safe", *[w.lower() for w in phrase], "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    return doc.text, find_reported(doc, Article(id="t", source="t", key="t", text=doc.text), [])


def test_phrase_the_parser_hung_on_the_cue_continues_the_content_unless_an_occasion(nlp) -> None:
    text, (said,) = _said_with_phrase_on_cue(nlp, ["on", "the", "whole"])
    assert spans(text, said) == ["the bridge was safe on the whole"]
    text, (said,) = _said_with_phrase_on_cue(nlp, ["in", "a", "statement"])
    assert spans(text, said) == ["the bridge was safe"]


def test_passive_content_keeps_what_it_was_criticized_over(nlp) -> None:
    text = "The mayor was attacked by rivals over his record on taxes."
    attacked = by_cue(nlp, text)["attacked"]
    assert spans(text, attacked) == ["The mayor", "over his record on taxes"]
    assert words(text, attacked.source) == "rivals"


# --- speakers ---------------------------------------------------------------------------------

def test_cue_noun_in_a_phrase_on_a_verb_is_the_verb_subject_s(nlp) -> None:
    text = "The senator chimed in with criticism of the new budget."
    criticism = by_cue(nlp, text)["criticism"]
    assert spans(text, criticism) == ["the new budget"]
    assert words(text, criticism.source) == "The senator"


def test_share_the_parser_left_as_a_number_is_the_speaker(nlp) -> None:
    text = "About 4 in 10 say they want the next mayor to have more liberal policies."
    say = by_cue(nlp, text)["say"]
    assert words(text, say.source) == "About 4 in 10"


# --- false positives ----------------------------------------------------------------------------

def test_content_that_is_only_a_date_is_no_statement(nlp) -> None:
    text = "Both candidates stepped up their attacks on Friday night."
    assert all(spans(text, c) != ["Friday night"] for c in reported(nlp, text))
