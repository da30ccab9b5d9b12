"""The cue lexicons and the small cue API other finders use (is_speech_cue, cue_act)."""
from __future__ import annotations

import pytest

from onrecord.pipeline import Extractor, extract
from onrecord.settings import Settings
from onrecord.statements import cues
from onrecord.statements.cues import cue_act, is_cue, is_speech_cue, noun_cues, raising_verbs, verb_cues


@pytest.mark.parametrize("lemma, act", [
    ("say", "speech"), ("tell", "speech"), ("write", "speech"), ("announce", "speech"),
    ("tweet", "speech"), ("according", "speech"), ("statement", "speech"),
    ("believe", "belief"), ("think", "belief"), ("expect", "belief"), ("hope", "belief"),
    ("plan", "belief"), ("want", "belief"), ("fear", "belief"), ("know", "belief"),
])
def test_cues_act_of_lemma(lemma, act) -> None:
    assert cue_act(lemma) == act


def test_cues_unknown_word_is_no_cue() -> None:
    assert cue_act("bridge") is None
    assert cue_act("run") is None


def test_cues_lexicons_load_with_valid_acts() -> None:
    for lexicon in (verb_cues(), noun_cues()):
        assert lexicon
        assert {c.act for c in lexicon.values()} <= {"speech", "belief"}
    assert set(raising_verbs().values()) <= {"speech", "belief"}
    assert verb_cues()["call"].object and "for" in verb_cues()["call"].preps
    assert verb_cues()["vow"].infinitive and not verb_cues()["tell"].object


def test_cues_bad_row_is_reported(tmp_path, monkeypatch) -> None:
    (tmp_path / "bad.txt").write_text("# header\nsay speech obj\nshout loudly obj\n", encoding="utf-8")
    monkeypatch.setattr(cues, "DATA", tmp_path)
    with pytest.raises(ValueError, match="bad.txt: bad row shout"):
        cues._read_cues("bad.txt")


def test_cues_speech_cue_tokens(nlp) -> None:
    doc = nlp("He said he hoped the statement would help, and she believes it.")
    by_text = {t.text: t for t in doc}
    assert is_speech_cue(by_text["said"])
    assert not is_speech_cue(by_text["believes"])  # a cue, but of belief
    assert is_cue(by_text["believes"]) and is_cue(by_text["statement"])
    assert not is_cue(by_text["help"])


def test_cues_lemmatizer_slip_on_hoping_is_corrected(nlp) -> None:
    doc = nlp("The senator is hoping to win.")
    hoping = [t for t in doc if t.text == "hoping"][0]
    assert cues.lemma_of(hoping) == "hope"
    assert cues.verb_cue(hoping) is not None and cues.verb_cue(hoping).act == "belief"


def test_cues_what_prompts_an_answer_is_no_content_frame() -> None:
    # "responded to X": X prompted the answer; only the answer itself ("responded that ...") is content
    for lemma in ("respond", "reply"):
        assert verb_cues()[lemma].act == "speech" and not verb_cues()[lemma].preps


def test_cues_impressions_and_relevance_open_no_statement() -> None:
    # "this sounds far-fetched" is the writer's impression; "For X, ..." says what something means for X
    assert "sound" not in raising_verbs() and "seem" in raising_verbs()
    assert "for" not in cues.cue_words()


def test_opine_reports_a_statement(extractor) -> None:
    text = "Roads\n\nThe commissioner, however, opined that the delay would not affect the June deadline.\n"
    [st] = extract(text, extractor=extractor).statements
    assert (st.cue.text, st.text) == ("opined", "the delay would not affect the June deadline")


def test_proclaim_reports_a_statement(nlp) -> None:
    text = "Guns\n\nThe ban would save lives, Ana Lind, a former governor, proclaimed on Sunday.\n"
    [st] = extract(text, extractor=Extractor(Settings(tagger=False), nlp=nlp)).statements  # the rules alone
    assert (st.cue.text, st.text, st.speaker.name) == ("proclaimed", "The ban would save lives", "Ana Lind")


@pytest.mark.parametrize("verb", ["barked", "muttered", "snapped", "hissed", "grumbled", "laughed", "sighed"])
def test_a_manner_of_speaking_is_a_speech_cue(nlp, verb: str) -> None:
    # '"Go back to your seat," Varga barked and a guard ...': the lexicon, not a guess, says how he said it
    doc = nlp(f'"Go back to your seat," Varga {verb} and a security guard escorted the reporter out.')
    [token] = [t for t in doc if t.text == verb]
    assert is_speech_cue(token) and cue_act(token.lemma_) == "speech"


def test_a_quote_after_she_laughed_and_a_colon_is_hers_not_the_question_before(extractor) -> None:
    text = ("Tennis\n\nThe champion, Mireille Castagne, won in three sets. Asked whether the heat had troubled her, "
            "she laughed: \"I'm from Marseille. This is spring for me.\"\n")
    found = {st.text: st for st in extract(text, extractor=extractor).statements}
    quote = found["I'm from Marseille. This is spring for me."]
    assert (quote.cue.text, quote.speaker.name) == ("laughed", "Mireille Castagne")


def test_vow_reports_what_is_vowed_as_its_object(extractor) -> None:
    # PolNeAR annotates "vowed a wider war", "Clinton vows change" as well as "vowed to ..."
    text = "Pipeline\n\nChief Ronald Kaskitew vowed a long fight in the courts on Monday.\n"
    [st] = extract(text, extractor=extractor).statements
    assert (st.cue.text, st.text, st.speaker.name) == ("vowed", "a long fight in the courts", "Ronald Kaskitew")


@pytest.mark.parametrize("cue", ["underlined", "affirmed"])
def test_underline_and_affirm_report_a_statement(nlp, cue: str) -> None:
    text = f"Budget\n\nThe minister {cue} that the budget would be balanced by 2028.\n"
    [st] = extract(text, extractor=Extractor(Settings(tagger=False), nlp=nlp)).statements  # the rules alone
    assert (st.cue.text, st.text) == (cue, "the budget would be balanced by 2028")


def test_affirming_a_vote_is_no_statement_and_affirming_a_stance_is_one(nlp) -> None:
    # review 21: a vote or a court affirms what it upholds; an official affirms a stance (Gulf and Egyptian press)
    rules = Extractor(Settings(tagger=False), nlp=nlp)
    assert extract("Vote\n\nVoters affirmed the amendment by a wide margin on Tuesday.\n", extractor=rules).statements \
        == []
    text = "Cairo\n\nThe spokesman affirmed Egypt's keenness on strengthening its relations with Slovenia.\n"
    [st] = extract(text, extractor=rules).statements
    assert st.text == "Egypt's keenness on strengthening its relations with Slovenia"


@pytest.mark.parametrize("noun", ["assurance", "contention"])
def test_an_assurance_or_a_contention_that_reports_a_statement(nlp, noun: str) -> None:
    text = f"Airports\n\nLind's {noun} that no airport would cut flights this summer was met with skepticism.\n"
    [st] = extract(text, extractor=Extractor(Settings(tagger=False), nlp=nlp)).statements  # the rules alone
    assert (st.cue.text, st.text, st.speaker.mention.text) == (noun, "no airport would cut flights this summer",
                                                             "Lind's")


def test_agreeing_to_do_something_is_a_deal_and_agreeing_that_is_a_statement(extractor) -> None:
    # the invented collections' readers mark "agreed to settle", "agreed to meet" as acts, not statements
    text = ("The bank agreed to settle the case early and paid a fine of $4 million.\n\n"
            "The rector agreed to meet the students on Friday.\n\n"
            "The mayor agreed with residents that the road was dangerous.\n")
    assert [s.text for s in extract(text, extractor=extractor).statements] == ["the road was dangerous"]
