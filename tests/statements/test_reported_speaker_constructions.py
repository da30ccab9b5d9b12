"""Speakers of reported statements: the source finder on invented sentences."""
from __future__ import annotations

import pytest

from fixtures.reported_findings import contents_by_cue, reported, sources_by_cue


@pytest.mark.parametrize("text, cue, source", [
    pytest.param("The course\u2019s senior medical officer, Dr Ilse Varga, told reporters that the rider was awake.",
                 "told", "The course\u2019s senior medical officer, Dr Ilse Varga",
                 id="possessive-the-parser-read-as-is-leaves-the-whole-phrase-the-speaker"),
    pytest.param("Governor Okafor retreated from her forecast that the county would recover from its debts "
                 "within three years, and blamed the drop in tourism.", "blamed", "Governor Okafor",
                 id="conjunct-in-another-tense-goes-on-from-the-verb-above"),
    pytest.param("Ada Varga dismissed the notion that the new levy would hurt farmers, saying the harvest "
                 "figures show that it has not.", "saying", "Ada Varga",
                 id="participle-on-a-noun's-that-clause-is-the-act-of-whoever-took-up-the-idea"),
    pytest.param("Ruiz won the support of about a third of the farmers polled.", "support",
                 "about a third of the farmers",
                 id="support-of-a-group-is-the-group's"),
    pytest.param("Okafor has strong support among farmers in the valley.", "support", "farmers in the valley",
                 id="support-among-a-group-is-the-group's"),
    pytest.param("The feeling among many fishermen is that the harbour is being neglected.",
                 "feeling", "many fishermen", id="feeling-among-a-group-is-the-group's"),
    pytest.param("The concern within the water board is that the old dam could crack in a storm.", "concern",
                 "the water board",
                 id="concern-within-a-body-is-the-body's"),
    pytest.param("The one promise Varga has made is that the library will stay open.", "promise", "Varga",
                 id="promise-someone-has-made"),
    pytest.param("Mr. Lind has been a strong supporter of the new stadium.", "supporter", "Mr. Lind",
                 id="subject-of-a-copula-with-a-cue-noun"),
    pytest.param("The column is a spirited defense of the harbour plan and its costs.", "defense", "The column",
                 id="subject-of-a-copula-with-a-cue-noun-thing"),
    pytest.param("She appeared to imply that the mayor could lose the vote.", "imply", "She",
                 id="reporting-verb-under-a-verb-of-appearance-is-the-subject's"),
    pytest.param("Okafor used the rally to attack the new toll road.", "attack", "Okafor",
                 id="infinitive-after-use-is-the-user's-not-the-instrument's"),
    pytest.param("Mayor Lind held his post, even while keeping his pledge to walk to work every day.", "pledge",
                 "Mayor Lind",
                 id="possessive-in-a-subjectless-participle-stands-for-the-inherited-subject"),
    pytest.param("Okafor spent most of her time defending the budget.", "defending", "Okafor",
                 id="participle-after-spent-time-is-the-spender's"),
    pytest.param("During the forum, Ruiz found ways to cast herself as the voice of the farmers.",
                 "cast", "Ruiz", id="infinitive-on-an-object-noun-is-the-finder's"),
    pytest.param("The Okafor campaign has published a pamphlet that accuses Lind of neglecting the bridges.",
                 "accuses", "The Okafor campaign", id="document-released-by-someone-speaks-for-its-maker"),
    pytest.param("In a long talk with the Dover Courier - recorded on Monday at her office in Ames - Varga "
                 "continued to insist that the levee would hold.", "insist", "Varga",
                 id="subject-set-off-by-a-dash-from-the-opener"),
])
def test_reported_source(nlp, text: str, cue: str, source: str) -> None:
    assert sources_by_cue(nlp, text)[cue] == source


def test_has_made_and_criticized_share_the_auxiliary(nlp) -> None:
    text = "Ms. Okafor, who has both backed the new levy and criticized its timing, spoke at the fair on Sunday."
    assert sources_by_cue(nlp, text)["criticized"] == "Ms. Okafor, who"


def test_subject_hung_on_the_opener_with_the_comma_on_its_age(nlp) -> None:
    """The parse the rule is for, written out: "[Varga]" an apposition of the opener's noun, the
    comma after "61" hung on the name, so the phrase ends in punctuation right before the cue."""
    from spacy.tokens import Doc

    from onrecord.statements.reported import source_of

    words = ["In", "view", "of", "his", "record", ",", "Tomas", "Varga", ",", "61", ",", "said", "that", "he",
             "resigned", "."]
    heads = [11, 0, 1, 4, 2, 4, 7, 4, 7, 7, 7, 11, 14, 14, 11, 11]
    deps = ["prep", "pobj", "prep", "poss", "pobj", "punct", "compound", "appos", "punct", "appos", "punct",
            "ROOT", "mark", "nsubj", "ccomp", "punct"]
    tags = ["IN", "NN", "IN", "PRP$", "NN", ",", "NNP", "NNP", ",", "CD", ",", "VBD", "IN", "PRP", "VBD", "."]
    pos = ["ADP", "NOUN", "ADP", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB",
           "SCONJ", "PRON", "VERB", "PUNCT"]
    spaces = [True, True, True, True, False, True, True, False, True, False, True, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos,
              sent_starts=[True] + [False] * 15)
    start, end = source_of(doc[11])
    assert doc.text[start:end] == "Tomas Varga, 61"


@pytest.mark.parametrize("text", [
    pytest.param("Asked whether he would run again, Lind said he had not decided.", id="asked-opening-the-sentence"),
    pytest.param("Varga shook her head when asked whether she would run again.", id="when-asked"),
])
def test_bare_passive_participle_of_asking_has_no_speaker(nlp, text: str) -> None:
    """An unnamed reporter asks; the one asked answers in a statement of her own."""
    sources = {cue.lower(): source for cue, source in sources_by_cue(nlp, text).items()}
    assert sources["asked"] is None


@pytest.mark.parametrize("text, cue", [
    pytest.param("Varga faced accusations that she had hidden the funds.", "accusations", id="faced-accusations"),
    pytest.param("Despite complaints that the bridge was unsafe, Lind kept it open.", "complaints",
                 id="despite-complaints"),
])
def test_statement_someone_meets_is_not_theirs(nlp, text: str, cue: str) -> None:
    """ "X faced accusations that ...", "Despite complaints that ..., X ...": others accuse, unnamed."""
    assert sources_by_cue(nlp, text)[cue] is None


@pytest.mark.parametrize("text, cue", [
    pytest.param("It is hard to know whether Lind will run again.", "know", id="it-is-hard-to"),
    pytest.param("It is worth remembering that the valley voted for Varga last time.", "remembering",
                 id="it-is-worth"),
])
def test_cue_under_an_extraposed_it_has_no_speaker(nlp, text: str, cue: str) -> None:
    """The writer's aside: "it" stands for the clause, not for someone who speaks."""
    assert sources_by_cue(nlp, text)[cue] is None


def test_support_among_a_group_for_its_owner(nlp) -> None:
    """ "[Ruiz's] support among [farmers]": the owner is what is supported, the group supports."""
    text = "Ruiz's deep support among farmers gives her an edge in the valley."
    support = [c for c in reported(nlp, text) if text[c.cue[0]:c.cue[1]] == "support"]
    assert [text[s:e] for s, e in support[0].spans] == ["Ruiz's"]
    assert text[support[0].source[0]:support[0].source[1]] == "farmers"


@pytest.mark.parametrize("text, cue, source", [
    pytest.param("The mayor rejected a plan that would have closed two libraries, saying it went too far.", "saying",
                 "The mayor", id="a-thing-s-that"),
    pytest.param("The council passed a budget which cut spending, arguing that reserves were low.", "arguing",
                 "The council", id="a-thing-s-which"),
])
def test_a_participle_the_parse_hung_in_a_relative_clause_speaks_with_the_main_clause(nlp, text: str, cue: str,
                                                                                      source: str) -> None:
    # the relative pronoun stands for a thing, which says nothing
    assert sources_by_cue(nlp, text)[cue] == source



def test_a_relative_cue_s_clause_the_parse_hung_on_the_main_verb_is_its_content(nlp) -> None:
    text = ("The council held an emergency meeting to discuss the test, which state news media claimed now allows "
            "Pyongyang to produce nuclear warheads.")
    assert contents_by_cue(nlp, text)["claimed"] == "which | now allows Pyongyang to produce nuclear warheads"
    assert sources_by_cue(nlp, text)["claimed"] == "state news media"
