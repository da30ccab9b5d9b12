"""Reported statements: content, cue, source and act for each construction, on invented sentences."""
from __future__ import annotations

import pytest

from onrecord.records import Article
from onrecord.statements.candidates import Candidate
from onrecord.statements.reported import find_reported


def reported(nlp, text: str, quotes: list[Candidate] | None = None) -> list[Candidate]:
    """The reported statements of a one-paragraph article."""
    article = Article(id="t", source="t", key="t", text=text)
    return find_reported(nlp(text), article, quotes or [])


def words(text: str, span) -> str | None:
    return text[span[0]:span[1]] if span else None


def contents(text: str, found: list[Candidate]) -> list[list[str]]:
    return [[text[s:e] for s, e in c.spans] for c in found]


def only(nlp, text: str) -> tuple[Candidate, str]:
    """The single statement of a sentence (fails when there are none or several)."""
    found = reported(nlp, text)
    assert len(found) == 1, contents(text, found)
    return found[0], text


# sentence, content, cue, source, act
CASES = [
    ("The senator said that the plan would fail.",
     "that the plan would fail", "said", "The senator", "speech"),
    ("The mayor told reporters the bridge would reopen in May.",
     "the bridge would reopen in May", "told", "The mayor", "speech"),
    ("The economy is growing, the minister said.",
     "The economy is growing", "said", "the minister", "speech"),
    ("Prices will keep rising, said Jane Doe, the treasurer of Springfield.",
     "Prices will keep rising", "said", "Jane Doe, the treasurer of Springfield", "speech"),
    ("According to the mayor, the bridge will reopen in May.",
     "the bridge will reopen in May", "According to", "the mayor", "speech"),
    ("The bridge will reopen in May, according to city officials.",
     "The bridge will reopen in May", "according to", "city officials", "speech"),
    ("He was quoted as saying the deal was dead.",
     "the deal was dead", "saying", "He", "speech"),
    ("The farmer wrote that the harvest had failed.",
     "that the harvest had failed", "wrote", "The farmer", "speech"),
    ("She believes the count was wrong.",
     "the count was wrong", "believes", "She", "belief"),
    ("The governor wants to build a second bridge.",
     "to build a second bridge", "wants", "The governor", "belief"),
    ("The union vowed to strike again next month.",
     "to strike again next month", "vowed", "The union", "speech"),
    ("Senator Brown criticized the governor for raising taxes.",
     "the governor for raising taxes", "criticized", "Senator Brown", "speech"),
    ("The council member talked about the new budget.",
     "the new budget", "talked", "The council member", "speech"),
    ("Her claim that the count was wrong drew scorn.",
     "that the count was wrong", "claim", "Her", "speech"),
    ("Asked if he would run again, the mayor said no.",
     "no", "said", "the mayor", "speech"),
    ("The governor made it clear that she would sign the bill.",
     "that she would sign the bill", "made it clear", "The governor", "speech"),
    ("In her view, the bill goes too far.",
     "the bill goes too far", "In", "her", "belief"),
]


@pytest.mark.parametrize("text, content, cue, source, act", CASES, ids=[c[2] + ":" + c[0][:30] for c in CASES])
def test_reported_construction(nlp, text, content, cue, source, act) -> None:
    found = reported(nlp, text)
    matching = [c for c in found if [text[s:e] for s, e in c.spans] == [content]]
    assert matching, f"{content!r} not among {contents(text, found)}"
    statement = matching[0]
    assert words(text, statement.cue) == cue
    assert words(text, statement.source) == source
    assert statement.act == act
    assert statement.kind == "indirect"


def test_reported_passive_reporting_has_no_source(nlp) -> None:
    statement, text = only(nlp, "It was reported that the talks had failed.")
    assert words(text, statement.spans[0]) == "that the talks had failed"
    assert statement.source is None


def test_reported_conjoined_and_participle_cues_share_the_subject(nlp) -> None:
    text = "Jones laughed and said he would run again, adding that he had no regrets."
    found = reported(nlp, text)
    assert contents(text, found) == [["he would run again"], ["that he had no regrets"]]
    assert [words(text, c.source) for c in found] == ["Jones", "Jones"]
    assert [words(text, c.cue) for c in found] == ["said", "adding"]


def test_reported_interposed_cue_splits_the_content(nlp) -> None:
    statement, text = only(nlp, "The new plan, she said, would cut taxes for families.")
    assert [text[s:e] for s, e in statement.spans] == ["The new plan", "would cut taxes for families"]
    assert words(text, statement.source) == "she"


def test_reported_expectation_is_a_belief_without_source(nlp) -> None:
    statement, text = only(nlp, "Smith is expected to win the primary.")
    # the subject and the complement, the cue between them left out (PolNeAR's convention)
    assert [words(text, span) for span in statement.spans] == ["Smith", "to win the primary"]
    assert statement.act == "belief"
    assert statement.source is None


def test_reported_final_punctuation_is_left_out(nlp) -> None:
    statement, text = only(nlp, "The minister said the talks had collapsed!")
    assert words(text, statement.spans[0]) == "the talks had collapsed"


def test_reported_trailing_aside_is_left_out(nlp) -> None:
    text = "The senator said the vote would be close, adding a warning."
    found = reported(nlp, text)
    said = [c for c in found if words(text, c.cue) == "said"]
    assert contents(text, said) == [["the vote would be close"]]


def test_reported_attributive_participle_is_no_cue(nlp) -> None:
    assert reported(nlp, "The plan announced on Monday costs ten million dollars.") == []


def test_reported_sentence_without_cue_has_no_statement(nlp) -> None:
    assert reported(nlp, "The bridge over the river was built in 1902 and painted green.") == []


def test_reported_transcript_name_and_colon(nlp) -> None:
    text = "TAPPER: Welcome back to the show.\nMAYOR GREEN: We will rebuild the bridge this year.\n"
    found = reported(nlp, text)
    by_source = {words(text, c.source): c for c in found if c.method.startswith("reported.colon")}
    assert words(text, by_source["MAYOR GREEN"].spans[0]) == "We will rebuild the bridge this year"
    assert words(text, by_source["TAPPER"].spans[0]) == "Welcome back to the show"


def test_reported_colon_after_lowercase_phrase_is_no_speaker(nlp) -> None:
    text = "Voter turnout: the highest in twenty years.\n"
    assert [c for c in reported(nlp, text) if c.method.startswith("reported.colon")] == []


def test_reported_repeated_cue_adds_no_statement(nlp) -> None:
    text = "The officials said the road would reopen, they said."
    found = reported(nlp, text)
    assert len(found) == 1
    assert words(text, found[0].spans[0]) == "the road would reopen"


def test_reported_framing_phrase_of_a_poll(nlp) -> None:
    statement, text = only(nlp, "In a new poll released Monday, Jones leads Smith by ten points.")
    assert words(text, statement.spans[0]) == "Jones leads Smith by ten points"
    assert words(text, statement.source) == "a new poll released Monday"
    assert words(text, statement.cue) == "In"


@pytest.mark.parametrize("text, content, source", [
    ("Lind stays well ahead of Varga in the latest poll.", "Lind stays well ahead of Varga", "the latest poll"),
    ("Ruiz finished third in March surveys.", "Ruiz finished third", "March surveys"),
    ("He fares worse in the newest polls across the region.", "He fares worse", "the newest polls across the region"),
    ("She slipped to 12 percent in the newest Herald poll published Friday, a slide blamed on a string of gaffes.",
     "She slipped to 12 percent", "the newest Herald poll published Friday"),
])
def test_reported_poll_closing_the_clause_it_measures(nlp, text: str, content: str, source: str) -> None:
    statement, _ = only(nlp, text)
    assert (words(text, statement.spans[0]), words(text, statement.source), words(text, statement.cue)) == (
        content, source, "in")


def test_reported_standings_a_poll_found(nlp) -> None:
    """A poll that "found X at 47%" states the standings (its own finder, beside the poll closing a clause)."""
    text = "A Ridgeline poll released Sunday found Hensleigh at 47% and Okerlund at 45% among likely voters."
    statement, _ = only(nlp, text)
    assert (words(text, statement.spans[0]), words(text, statement.source), statement.method) == (
        "Hensleigh at 47% and Okerlund at 45% among likely voters", "A Ridgeline poll", "reported.standing")


@pytest.mark.parametrize("text", [
    "About 900 voters took part in the poll.",
    "The wording of the question was changed in the survey.",
    "Varga, who is third in many state polls, stressed defence issues.",
    "Why Lind is leading in the polls",
    "Anger over his inability to halt the decline in polls spread on Tuesday.",
    "Lind must show one thing: that she can succeed not only in the polls but also in the voting booth.",
    "After he sank in the polls, he quit the race.",
    "The party spent $2 million in the poll.",
    "He will surge in the polls next month.",
    "Lind won the seat with 52 percent of the vote in the poll.",
    "Volunteers spotted 142 species in the survey.",
])
def test_reported_what_is_done_in_a_poll_is_no_finding(nlp, text: str) -> None:
    assert [c for c in reported(nlp, text) if c.method == "reported.framing"] == []


def test_reported_framing_phrase_of_a_date_is_no_statement(nlp) -> None:
    assert reported(nlp, "In 2012, the bridge was closed for repairs.") == []


def test_reported_framing_phrase_before_a_relative_clause_frames_nothing(nlp) -> None:
    # the parse made the relative "a copy of which was reviewed" the clause the letter would frame
    text = ("In the letter, a copy of which was reviewed by the Ledger, the sheriff warned that his office was "
            "running out of money.")
    assert [c for c in reported(nlp, text) if c.method == "reported.framing"] == []


def test_reported_hearsay_adverb_has_no_named_source(nlp) -> None:
    text = "The senator reportedly plans to resign."
    found = reported(nlp, text)
    hearsay = [c for c in found if words(text, c.cue) == "reportedly"]
    assert [[text[s:e] for s, e in c.spans] for c in hearsay] == [["The senator", "plans to resign"]]
    assert hearsay[0].source is None


def test_reported_it_seems_that(nlp) -> None:
    statement, text = only(nlp, "It seems that the deal is dead.")
    assert words(text, statement.spans[0]) == "that the deal is dead"
    assert statement.source is None


# invented; a participle set off by commas between the cue and its "that" clause, as interviews in
# another language are reported
@pytest.mark.parametrize("text", [
    "Elder Tom Lind, 87, said in an interview in Cree, translated by his granddaughter, that people drank from the lake.",
    "Tom Lind told the inquiry, speaking through an interpreter, that people drank from the lake.",
])
def test_a_that_clause_after_a_participle_aside_is_the_cue_s_content(nlp, text: str) -> None:
    found, _ = only(nlp, text)
    assert words(text, found.spans[0]) in ("that people drank from the lake", "people drank from the lake")
    assert "Tom Lind" in words(text, found.source)


# invented; "So said X" names the speaker of the quote before it, even when the parser reads the name
# after the verb as its clause
def test_so_said_after_a_quote_states_nothing_of_its_own(extractor) -> None:
    from onrecord.pipeline import extract

    text = ("Court\n\n\"My client knows what he did. He has never said otherwise.\"\n\n"
            "So said defence lawyer Rosalind Achebe outside the courthouse after the sentence was read.\n")
    [st] = extract(text, extractor=extractor).statements
    assert st.text.startswith("My client knows") and st.speaker.name == "Rosalind Achebe"
