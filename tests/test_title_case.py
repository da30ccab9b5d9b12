"""Lines in Title Case parsed with their common words in lower case (``onrecord.title_case``)."""
from __future__ import annotations

import pytest

from onrecord.nlp import load_nlp
from onrecord.pipeline import extract
from onrecord.settings import Settings
from onrecord.title_case import TITLE_CASE, in_title_case_line, title_case_lines

# invented
BODY = ("\n\nSPRINGFIELD - Gov. Maria Lopez said Tuesday she would veto the tax bill that Senate leaders passed. "
        "Lopez, a Democrat, has used her veto twice.\n")
VERBS = frozenset({"vow", "say", "seek", "slam", "lead", "overreach", "hale", "mark", "hope"})


def test_common_words_of_a_title_case_line_are_lowered_and_names_kept() -> None:
    text = "Governor Vows Veto of Tax Bill, Lopez Says Senate Leaders Overreached" + BODY
    assert title_case_lines(text, VERBS) == [
        (0, "Governor vows veto of tax bill, Lopez says Senate leaders overreached")]


@pytest.mark.parametrize("line", [
    "Members: Ada Lind, Bo Varga, Di Moss, Ed Hale.",  # names, one of them a verb too ("hale")
    "Former Envoy Hope Hicks Declined to Testify",  # a name before a bare verb's form; "Declined" not a headline verb
    "Governor vows veto of tax bill",  # sentence case: the model reads it as it is
    "GOVERNOR VOWS VETO OF TAX BILL",  # capitals throughout
    "Maria Lopez",  # too short
    "Lopez and the Senate",  # nothing to lower
])
def test_other_lines_are_left_alone(line: str) -> None:
    assert title_case_lines(line + BODY, VERBS) == []


def test_a_three_word_line_is_a_headline_only_at_the_top() -> None:
    text = "Critics Slam Plan" + BODY + "\nConference Call Information\nLopez will host a call at 4 p.m.\n"
    assert title_case_lines(text, VERBS | {"call"}) == [(0, "Critics slam Plan")]


@pytest.mark.parametrize("line, lowered", [
    ("Rep. Mark Green Says Shutdown Is Likely", "Rep. Mark Green says Shutdown is Likely"),
    ("Coach Will Muschamp Vows to Fix Defense", "Coach Will Muschamp vows to Fix Defense"),
    ("Former Aide Hope Hicks Declines to Testify", "Former aide Hope Hicks Declines to Testify"),
    # review 20: before a surname the article writes, even when the article writes the word in lower case too
    ("Senators Mark Warner And Tim Kaine Urge Pentagon", "Senators Mark Warner and Tim Kaine urge Pentagon"),
    ("Theresa May Says Brexit Deal Is Done", "Theresa May says Brexit deal is done"),
])
def test_given_names_that_are_also_words_stay_names(line: str, lowered: str) -> None:
    # review 19: "Mark", "Will" and "Hope" were lowered and the person split
    text = line + ("\n\nGreen, Muschamp, Warner, Kaine, May and Hicks spoke on Monday. \"We will see,\" Hicks said. "
                   "Aides hope to mark the deal. It may pass.\n")
    found = title_case_lines(text, VERBS)
    assert (found[0][1] if found else line) == lowered


def test_the_first_word_of_a_clause_acronyms_and_i_keep_their_capitals() -> None:
    text = "Lopez: I Will Veto the GOP Tax Bill" + BODY
    assert title_case_lines(text, VERBS) == [(0, "Lopez: I will veto the GOP tax bill")]


def test_the_headline_is_parsed_as_a_sentence_and_its_text_kept(nlp) -> None:
    text = "Governor Vows Veto of Tax Bill" + BODY
    doc = nlp(text)
    assert doc.text == text and TITLE_CASE in nlp.pipe_names
    vows = doc[1]
    assert (vows.text, vows.pos_, vows.lemma_, vows.dep_) == ("Vows", "VERB", "vow", "ROOT")
    assert doc[0].dep_ == "nsubj" and doc[2].dep_ == "dobj"
    assert in_title_case_line(vows) and not in_title_case_line(doc[-3])
    # the rest of the text keeps its own parse and its entities
    assert "Maria Lopez" in [e.text for e in doc.ents]


def test_without_the_setting_the_model_reads_the_headline_as_names() -> None:
    plain = load_nlp(Settings().model, title_case=False)
    assert TITLE_CASE not in plain.pipe_names
    assert plain("Governor Vows Veto of Tax Bill" + BODY)[1].pos_ != "VERB"


def _statements(text: str, **settings):
    return extract(text, settings=Settings(**settings) if settings else None).statements


def test_a_title_case_headline_states_what_the_governor_vows() -> None:
    text = "Governor Vows Veto of Tax Bill" + BODY
    head = [s for s in _statements(text) if s.start < 30]
    assert [(s.text, s.cue.text, s.speaker.mention.text, s.speaker.name) for s in head] == [
        ("Veto of Tax Bill", "Vows", "Governor", "Maria Lopez")]


def test_a_title_case_headline_reporting_a_clause() -> None:
    text = "Senator Says She Will Not Seek Re-Election\n\nSen. Joan Whitaker said on Monday that she would not run.\n"
    head = [s for s in _statements(text) if s.start < 42]
    assert [(s.text, s.speaker.mention.text, s.speaker.name) for s in head] == [
        ("She Will Not Seek Re-Election", "Senator", "Joan Whitaker")]


@pytest.mark.parametrize("headline", ["Voters Reject Measure to Raise Gas Tax",
                                      "Voters reject measure to raise gas tax",
                                      "Oregon Voters Vote To Keep Gas Tax"])
def test_a_headline_act_on_a_noun_and_its_infinitive_states_nothing(headline: str) -> None:
    text = headline + "\n\nOregon voters on Tuesday rejected the measure. \"We are sad,\" said Rep. Ann Pierce.\n"
    assert [s.text for s in _statements(text) if s.start < len(headline)] == []


@pytest.mark.parametrize("text, mention, name", [
    ("Rep. Mark Green Says Shutdown Is Likely\n\nGreen, a Tennessee Republican, told reporters a shutdown was "
     "likely.\n", "Rep. Mark Green", "Mark Green"),
    ("Qadin.NET / 'We Will Build It': Mayor Pledges Bridge\n\n'We Will Build It': Mayor Pledges Bridge\n\n"
     "Mayor Ana Lind said the bridge would be built.\n", "Mayor", "Ana Lind"),
])
def test_names_and_speakers_of_title_case_headlines(text: str, mention: str, name: str) -> None:
    # review 19: "Mark" was lowered as a verb and the person split; "Mayor Pledges Bridge" was taken for a name
    [head] = [s for s in _statements(text) if s.start < text.index("\n")]
    assert (head.speaker.mention.text, head.speaker.name) == (mention, name)
