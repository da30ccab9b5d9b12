"""Reported statements the rules used to miss: constructions of known cues, on invented sentences."""
from __future__ import annotations

import pytest
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


# One sentence, one cue: the content spans and, where it matters, the source.
CUE_CASES = [
    pytest.param('Haverford-Nash denied ever working as a lobbyist.', 'denied', ['ever working as a lobbyist'],
                 'Haverford-Nash', id='a-gerund-object-an-adverb-opens'),
    pytest.param('The school was closed, a spokesman told The Daily Ledger.', 'told', ['The school was closed'], 'a spokesman',
                 id='inverted-tell-with-its-addressee-reports-the-clause-before'),
    pytest.param('The senator likened the new tax to theft.', 'likened', ['the new tax to theft'], None,
                 id='liken-reports-its-object-and-comparison'),
    pytest.param('The governor vouched for the young candidate.', 'vouched', ['the young candidate'], None,
                 id='vouch-for-reports-the-one-vouched-for'),
    pytest.param('This seems like a fine idea.', 'seems', ['This', 'a fine idea'], None,
                 id='seems-like-states-its-subject-and-the-noun-after-like'),
    pytest.param('She met a voter who seemed to be confused by the pair.', 'seemed', ['who', 'to be confused by the pair'], None,
                 id='relative-pronoun-is-the-subject-of-an-appearance-in-its-clause'),
    pytest.param('The senator cast himself as an outsider.', 'cast', ['an outsider'], None,
                 id='cast-as-reports-the-role-claimed'),
    pytest.param('The mayor distanced herself from the plan.', 'distanced', ['the plan'], None,
                 id='distanced-from-reports-what-one-keeps-away-from'),
    pytest.param("The mayor's refusal to sign the budget angered the council.", 'refusal', ['to sign the budget'], "The mayor's",
                 id='nominal-refusal-takes-an-infinitive-content'),
    pytest.param('Workers heard a rumor that the mayor will sell the stadium.', 'rumor', ['that the mayor will sell the stadium'], None,
                 id='nominal-rumor-takes-a-that-clause'),
    pytest.param('The figures are unsurprising, as the senator has criticized the mayor for his spending.', 'criticized', ['the mayor for his spending'], 'the senator',
                 id='cue-with-its-own-object-after-it-reports-no-clause-before'),
    pytest.param('The plan is back, when the mayor sought to revive the old budget.', 'sought', ['to revive the old budget'], None,
                 id='cue-with-its-own-infinitive-after-it-reports-no-clause-before'),
    pytest.param('The senator took a swipe at the governor.', 'swipe', ['the governor'], 'The senator',
                 id='light-verb-phrase-with-a-cue-noun-reports-its-target'),
    pytest.param('The governor named the judge as his running mate.', 'named', ['his running mate'], None,
                 id='named-as-reports-what-one-was-named'),
    pytest.param('The governor was silent on the new tax.', 'silent', ['the new tax'], None,
                 id='adjective-of-reticence-reports-what-one-kept-silent-on'),
    pytest.param('The call to close the plant came from the mayor.', 'call', ['to close the plant'], None,
                 id='nominal-call-takes-an-infinitive-content'),
    pytest.param('The paper published a report on the new budget.', 'report', ['the new budget'], None,
                 id='report-on-reports-its-subject'),
    pytest.param('Her response was that the law is unfair.', 'response', ['that the law is unfair'], 'Her',
                 id='cue-noun-subject-of-be-has-the-clause-after-it'),
    pytest.param('His plan is to win the state.', 'plan', ['to win the state'], None,
                 id='cue-noun-subject-of-be-has-the-infinitive-after-it'),
    pytest.param('She made the point that taxes were too high.', 'point', ['that taxes were too high'], 'She',
                 id='made-the-point-that-reports-the-clause'),
    pytest.param('She made the observation that the vote was close.', 'observation', ['that the vote was close'], None,
                 id='made-the-observation-that-reports-the-clause'),
    pytest.param('The mayor made a plea for calm.', 'plea', ['calm'], 'The mayor',
                 id='plea-for-reports-what-was-pleaded-for'),
    pytest.param('SPRINGFIELD, Ill., Dec. 11 (UPI) — Young voters are drifting toward the mayor, a new poll found.', 'found', ['Young voters are drifting toward the mayor'], None,
                 id='content-leaves-out-a-dateline'),
    pytest.param('It is a state that she hoped to carry by a wide margin.', 'hoped', ['that', 'to carry by a wide margin'], 'she',
                 id='relative-pronoun-fronted-before-the-cue-leaves-the-cue-out'),
    pytest.param('He named the bill he wants to pass.', 'wants', ['the bill', 'to pass'], None,
                 id='infinitive-in-a-relative-clause-takes-the-noun-it-lacks'),
    pytest.param('It is a state which he is expected to win easily.', 'expected', ['which he', 'to win easily'], None,
                 id='appearance-content-leaves-out-its-cue-after-a-fronted-pronoun'),
    pytest.param('The mayor was attacked by rivals over his record on taxes.', 'attacked', ['The mayor', 'over his record on taxes'], 'rivals',
                 id='passive-content-keeps-what-it-was-criticized-over'),
    pytest.param('Commuters in Riverside welcomed the news with caution.', 'welcomed', ['the news'],
                 'Commuters in Riverside', id='a-manner-phrase-on-the-cue-is-not-content'),
    pytest.param('The senator attacked the bill without hesitation.', 'attacked', ['the bill'], None,
                 id='without-and-a-bare-noun-is-manner-too'),
    pytest.param('The senator attacked the deal with the union.', 'attacked', ['the deal with the union'], None,
                 id='a-with-phrase-naming-someone-stays-in-the-content'),
    pytest.param('The senator chimed in with criticism of the new budget.', 'criticism', ['the new budget'], 'The senator',
                 id='cue-noun-in-a-phrase-on-a-verb-is-the-verb-subject-s'),
]


@pytest.mark.parametrize("text, cue, contents, source", CUE_CASES)
def test_a_cue_reports_its_content(nlp, text: str, cue: str, contents: list[str], source: str | None) -> None:
    found = by_cue(nlp, text)[cue]
    assert spans(text, found) == contents
    if source is not None:
        assert words(text, found.source) == source


def test_looking_to_states_an_intention(nlp) -> None:
    text = "The party is looking to cut taxes."
    looking = by_cue(nlp, text)["looking"]
    assert spans(text, looking) == ["to cut taxes"]
    assert looking.act == "belief"  # an intention


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


def test_nominal_goal_states_an_intention(nlp) -> None:
    text = "Their goal is to win back the suburbs."
    goal = by_cue(nlp, text)["goal"]
    assert spans(text, goal) == ["to win back the suburbs"]
    assert goal.act == "belief"


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


# --- speakers ---------------------------------------------------------------------------------


def test_share_the_parser_left_as_a_number_is_the_speaker(nlp) -> None:
    text = "About 4 in 10 say they want the next mayor to have more liberal policies."
    say = by_cue(nlp, text)["say"]
    assert words(text, say.source) == "About 4 in 10"


# --- false positives ----------------------------------------------------------------------------

def test_content_that_is_only_a_date_is_no_statement(nlp) -> None:
    text = "Both candidates stepped up their attacks on Friday night."
    assert all(spans(text, c) != ["Friday night"] for c in reported(nlp, text))


def test_a_plural_verb_the_tagger_reads_as_a_noun_keeps_the_phrase_before_it_as_its_subject(extractor) -> None:
    """ "The Clinton campaign plans to employ ...": "plans" read as a noun with "campaign" as its modifier; the
    campaign is who plans, not nobody (not "The new plans to build the bridge were shown", a thing shown)."""
    from onrecord.pipeline import extract

    text = ("Campaign trail\n\nThe judge ruled on Friday.\n\nThe Clinton campaign plans to employ Mr. Obama as much as "
            "possible in the coming weeks.\n")
    [st] = [s for s in extract(text, extractor=extractor).statements if s.cue.text == "plans"]
    assert st.speaker.mention.text == "The Clinton campaign"
    assert st.text == "to employ Mr. Obama as much as possible in the coming weeks"
