"""Subjects the parser hides from their cue: inside the content before it, as its compound, behind
an aside, behind "'s" read as "is"."""
from __future__ import annotations

import pytest

from fixtures.one_paragraph import statements
from fixtures.reported_findings import contents_by_cue, sources_by_cue


def _direct_speaker(extractor, body: str) -> str | None:
    [quote] = [st for st in statements(extractor, body) if st.kind == "direct"]
    return quote.speaker.mention.text if quote.speaker and quote.speaker.mention else None


@pytest.mark.parametrize("text, source, content", [
    pytest.param("The money was sent to the harbour fund, Patrick Okafor, the treasurer, said.",
                 "Patrick Okafor, the treasurer", "The money was sent to the harbour fund",
                 id="name-and-appositive-hung-on-the-content's-last-noun"),
    pytest.param("Two reports have been kept under lock and key, Nina Okafor, the undersecretary for the harbour, "
                 "said.", "Nina Okafor, the undersecretary for the harbour",
                 "Two reports have been kept under lock and key", id="name-and-longer-appositive"),
])
def test_set_off_subject_is_the_speaker_not_content(nlp, text: str, source: str, content: str) -> None:
    # "CONTENT, NAME, ROLE, said": the parser makes the name an apposition inside the content
    # and leaves the cue without a subject
    assert sources_by_cue(nlp, text)["said"] == source
    assert contents_by_cue(nlp, text)["said"] == content


def test_set_off_name_after_the_quote_s_last_words(nlp) -> None:
    """The parse the rule is for, written out: the quote's last words ("fair and square") hang on
    the name as its modifiers, so the comma that sets the name off stands inside its phrase."""
    from spacy.tokens import Doc

    from onrecord.statements.reported import set_off_speaker

    words = ["\u201c", "We", "won", "it", "fair", "and", "square", ",", "\u201d", "Gene", "Varga", ",", "an",
             "adviser", ",", "said", "."]
    heads = [2, 2, 15, 2, 10, 4, 4, 10, 10, 10, 2, 10, 13, 10, 15, 15, 15]
    deps = ["punct", "nsubj", "ccomp", "dobj", "amod", "cc", "conj", "punct", "punct", "compound", "npadvmod",
            "punct", "det", "appos", "punct", "ROOT", "punct"]
    tags = ["``", "PRP", "VBD", "PRP", "JJ", "CC", "JJ", ",", "''", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", "."]
    pos = ["PUNCT", "PRON", "VERB", "PRON", "ADJ", "CCONJ", "ADJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT",
           "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    spaces = [False, True, True, True, True, True, False, False, True, True, False, True, True, False, True, False,
              False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos,
              sent_starts=[True] + [False] * 16)
    noun, start = set_off_speaker(doc[15])
    assert (noun.text, doc[start].text) == ("Varga", "Gene")


def test_quote_then_name_and_aside_before_the_cue(extractor) -> None:
    # '"...," NAME, wearing ..., said': the parse hangs the name on the quote and the aside on the
    # quote's verb; the nearest noun before the cue ("boots") is no speaker
    body = ("\u201cThe harbour has never looked this clean,\u201d dock worker Sam Okafor, wearing a yellow helmet "
            "and rubber boots, said with a grin.")
    assert _direct_speaker(extractor, body) == "dock worker Sam Okafor"


@pytest.mark.parametrize("text, cue, source, content", [
    pytest.param("She's claimed the vote was rigged.", "claimed", "She", "the vote was rigged",
                 id="contracted-has-before-a-finite-clause"),
    pytest.param("While she's said she'll keep the library open, Varga must still find the money.", "said", "she",
                 "she'll keep the library open", id="contracted-has-in-a-subordinate-clause"),
])
def test_contracted_has_is_no_passive(nlp, text: str, cue: str, source: str, content: str) -> None:
    # "'s" + participle + finite clause is "has": a personal passive takes an infinitive
    assert sources_by_cue(nlp, text)[cue] == source
    assert contents_by_cue(nlp, text)[cue] == content


def test_contracted_it_is_said_stays_a_passive(nlp) -> None:
    assert sources_by_cue(nlp, "It's said that the plan will fail.")["said"] is None


def test_subject_read_as_a_compound_of_the_cue(nlp) -> None:
    # "records show" parses as one noun phrase: the cue keeps no subject, its compounds are it
    text = "The council approved the budget for the new bridge, city records show."
    assert sources_by_cue(nlp, text)["show"] == "city records"


@pytest.mark.parametrize("text, cue, source", [
    pytest.param("Speaking at the harbour, Okafor, without naming her, also accused Lind of neglecting the docks.",
                 "accused", "Okafor", id="name-after-an-opener-then-an-aside-set-off-by-commas"),
    pytest.param("Mrs. Varga - in a remark plainly meant for the mayor - declared that a town must repair its "
                 "bridges before it builds new ones.", "declared", "Mrs. Varga",
                 id="subject-then-an-aside-between-dashes"),
])
def test_subject_set_off_from_its_cue_by_an_aside(nlp, text: str, cue: str, source: str) -> None:
    assert sources_by_cue(nlp, text)[cue] == source


def test_inverted_cue_after_a_content_parsed_as_a_second_subject(nlp) -> None:
    # "CONTENT, said NAME": with a quotation inside, the parser makes the content a subject of "said"
    text = ("The sale of the mill signals \u201cthe end of an era\u201d for the valley, said Anna Varga, head of the "
            "farmers' union.")
    assert sources_by_cue(nlp, text)["said"] == "Anna Varga, head of the farmers' union"
    assert contents_by_cue(nlp, text)["said"].startswith("The sale of the mill signals")


def test_as_clause_subject_read_as_the_object_of_as(extractor) -> None:
    # "As NAME, ROLE, put it, '...'": the parse reads "as" as a preposition; its object says the quote
    body = ("As Tom Ruiz, a historian at the county museum, put it, \u201cThe old mill was the heart of this town "
            "long before the highway came.\u201d")
    assert _direct_speaker(extractor, body) == "Tom Ruiz"


def test_cue_joined_to_the_content_as_its_conjunct_takes_the_set_off_subject(nlp) -> None:
    """ "CONTENT, the court ruled Thursday, ...": the parser joins "ruled" to the content's verb as a conjunct
    without a conjunction and hangs "the court" on the content's last noun; the court ruled, and what it ruled
    ends before it (not "A statewide tax" ruling anything)."""
    text = ("A statewide tax on short-term vacation rentals does not violate the Oregon Constitution, the Oregon "
            "Supreme Court ruled Thursday, clearing the way for the state to collect the money.")
    assert sources_by_cue(nlp, text) == {"ruled": "the Oregon Supreme Court"}
    assert contents_by_cue(nlp, text)["ruled"] == ("A statewide tax on short-term vacation rentals does not violate "
                                                   "the Oregon Constitution")


def test_a_true_conjunct_keeps_its_own_subject(nlp) -> None:
    """ "The board rejected the plan and said ...": a conjunction joins the two verbs; the subject is shared."""
    text = "The Hartwell board rejected the harbour plan on Monday and said it would meet again in March."
    assert sources_by_cue(nlp, text)["said"] == "The Hartwell board"


def test_a_name_before_its_aside_speaks_a_quote_whose_words_hold_it(extractor) -> None:
    """'"...," Kessling, a Democrat, said': the parse hangs the name on the quote's last words and leaves the cue
    without a subject; the name speaks, not the aside after it."""
    body = ('"This budget stops that bleeding," Kessling, a Democrat, said in her budget address to a joint session of '
            'the Legislature.')
    assert _direct_speaker(extractor, body) == "Kessling"


def test_a_name_apposed_to_another_name_speaks_itself(extractor) -> None:
    """'..., for his wife Ana Lind, former mayor Tom Lind said "..."': the parse hangs the second name on the first;
    the nearest name is the speaker, not the one it hangs on."""
    body = ("Tuesday in Hartwell, while on the campaign trail for his wife Democratic council front-runner Ana Lind, "
            "former mayor Tom Lind said his wife was uniquely qualified because \u201cthe harbour\u2019s in tough "
            "shape.\u201d")
    [said] = [st for st in statements(extractor, body) if st.cue.text == "said"]
    assert said.speaker.mention.text.endswith("Tom Lind")


def test_a_name_before_its_party_and_state_in_brackets_speaks_when_the_parse_hid_it(extractor) -> None:
    """ "On Tuesday at a forum in Washington, D.C., candidate Sen. X (R-SC) called out ...": the parser hangs the name
    on the fronted place and leaves the cue without a subject; the name right before the brackets speaks."""
    body = ("On Tuesday at a Rural Voters Alliance forum in Washington, D.C., candidate Sen. Dale Hummer (R-SC) called "
            "out his rival Wade Kessinger for ignoring ranchers.")
    [called] = [st for st in statements(extractor, body) if st.cue.text == "called out"]
    assert (called.speaker.name, called.speaker.mention.text) == ("Dale Hummer", "candidate Sen. Dale Hummer")
