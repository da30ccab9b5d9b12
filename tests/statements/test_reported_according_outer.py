"""Reported statements: "X said Y, according to Z" is Z's report of what X said.

The parser often hangs a closing "according to" phrase inside the reported clause;
the statement is then Z's, its content the whole "X said Y", and X's own statement is
part of it (no attribution inside another's content).
"""
from __future__ import annotations

import pytest

from fixtures.one_paragraph import statements
from fixtures.reported_findings import contents_by_cue, sources_by_cue
from onrecord.pipeline import extract

TEXT = "Lind told the council that the port would close, according to two people at the meeting."


def test_the_closing_source_reports_the_whole_statement(nlp) -> None:
    assert contents_by_cue(nlp, TEXT) == {"according to": "Lind told the council that the port would close"}
    assert sources_by_cue(nlp, TEXT) == {"according to": "two people at the meeting"}


def test_a_source_the_parser_hung_inside_the_clause(nlp) -> None:
    text = "Lind said the port would close if the council cut its budget, according to two people at the meeting."
    assert contents_by_cue(nlp, text) == {
        "according to": "Lind said the port would close if the council cut its budget"}
    assert sources_by_cue(nlp, text) == {"according to": "two people at the meeting"}


def test_a_plain_closing_source_is_unchanged(nlp) -> None:
    assert contents_by_cue(nlp, "The port will close, according to the mayor.") == {
        "according to": "The port will close"}


def test_as_per_a_source_is_according_to_it(nlp) -> None:
    # Indian English "as per X" names a source as "according to X" does; "as per the agreement" names none
    text = "The district has only 11 cold storages, as per official data."
    assert contents_by_cue(nlp, text) == {"as per": "The district has only 11 cold storages"}
    assert sources_by_cue(nlp, text) == {"as per": "official data"}
    assert contents_by_cue(nlp, "As per the police, the accused fled to Ranipur.") == {
        "As per": "the accused fled to Ranipur"}
    assert contents_by_cue(nlp, "The depot will be built as per the agreement signed in 2019.") == {}


def test_as_per_a_law_is_no_source(nlp) -> None:
    """Review 9: "as per the Motor Vehicles Act" cites a rule; no one states it."""
    assert contents_by_cue(nlp, "As per the Motor Vehicles Act, riders must wear helmets.") == {}
    assert contents_by_cue(nlp, "As per Section 144 of the code, gatherings of five or more are banned.") == {}


def test_a_bare_per_closing_a_sentence_names_its_source(nlp) -> None:
    """Sports and business news: "..., per league sources." reports as "according to" does; a rate
    ("$12 per game") and a "per" that opens nothing at the sentence's end are no source."""
    text = "Rapids forward Tom Okafor will miss at least two weeks with a sprained ankle, per league sources."
    assert contents_by_cue(nlp, text) == {"per": "Rapids forward Tom Okafor will miss at least two weeks with a "
                                                 "sprained ankle"}
    assert sources_by_cue(nlp, text) == {"per": "league sources"}
    assert contents_by_cue(nlp, "Tickets cost $12 per game this season.") == {}
    assert contents_by_cue(nlp, "Season tickets will cost $400, per family.") == {}  # a rate, review 10


def test_a_closing_source_reports_the_main_clause_beside_a_participle(nlp) -> None:
    """ "The index fell 4 percent, wiping out $9 billion, according to X": X reports the sentence,
    not only the participle the parser hung the phrase on."""
    text = "The index fell 4 percent in minutes, wiping out $9 billion in value, according to Halvorsen Data."
    assert contents_by_cue(nlp, text) == {"according to": "The index fell 4 percent in minutes, wiping out $9 billion "
                                                          "in value"}


def test_a_name_set_off_after_the_source_is_the_source_s_not_the_content_s(nlp) -> None:
    """The parser makes "Mark Oyelaran" the subject of "has risen"; he is the treasurer, the source."""
    text = "According to the district's treasurer, Mark Oyelaran, the cost of diesel has risen 22% in three years."
    assert contents_by_cue(nlp, text) == {"According to": "the cost of diesel has risen 22% in three years"}
    assert sources_by_cue(nlp, text) == {"According to": "the district's treasurer, Mark Oyelaran"}


@pytest.mark.parametrize("text, content", [
    pytest.param("According to the coach, Leo Ruiz, who scored twice, will miss the final.",
                 "Leo Ruiz, who scored twice, will miss the final", id="who-after-the-name"),
    pytest.param("According to the coach, Ruiz, Varga and Lind will start on Sunday.",
                 "Ruiz, Varga and Lind will start on Sunday", id="a-list-of-names"),
])
def test_a_name_that_opens_the_content_stays_in_it(nlp, text: str, content: str) -> None:
    assert contents_by_cue(nlp, text) == {"According to": content}


@pytest.mark.parametrize("source", ["a translation by the Kilbrannan Herald", "a transcript of the show"])
def test_a_translation_or_a_transcript_renders_the_speakers_words(extractor, source: str) -> None:
    """The speaker's words, rendered: the statement stays the speaker's (unlike "according to court papers", which
    reports that the speaker said it)."""
    text = f'Ferry\n\n"We have fished these waters for 300 years," Jógvan Heinesen said, according to {source}.\n'
    assert [(s.text, s.speaker.name) for s in extract(text, extractor=extractor).statements] == [
        ("We have fished these waters for 300 years", "Jógvan Heinesen")]
    text = f"Ferry\n\nHeinesen said the boats would stay, according to {source}.\n"
    assert [(s.text, s.speaker.mention.text) for s in extract(text, extractor=extractor).statements] == [
        ("the boats would stay", "Heinesen")]


@pytest.mark.parametrize("text, source, content", [
    pytest.param("According to a transcript of the call, the dispatcher never mentioned the fire.",
                 "a transcript of the call", "the dispatcher never mentioned the fire", id="opening-the-sentence"),
    pytest.param("Lind did not answer the question, according to the transcript.", "the transcript",
                 "Lind did not answer the question", id="a-negated-cue"),
])
def test_a_transcript_that_reports_what_was_not_said_stays_the_source(nlp, text: str, source: str,
                                                                      content: str) -> None:
    """Review 15: only a closing "according to a translation/transcript" after a cue that says something renders
    the speaker's words; opening the sentence, or after "did not answer", the document is the source."""
    assert sources_by_cue(nlp, text) == {text[text.lower().index("according to"):][:12]: source}
    assert contents_by_cue(nlp, text) == {text[text.lower().index("according to"):][:12]: content}


def test_a_transcript_of_a_show_shows_nothing(nlp) -> None:
    """Review 15: ", according to a transcript of his show." is no document that "shows" anything."""
    for show in ("his show", "Sunday's show", "the radio show"):
        text = f"Ames lied to investigators, according to a transcript of {show}."
        assert contents_by_cue(nlp, text) == {"according to": "Ames lied to investigators"}


def test_a_translation_opening_the_sentence_renders_the_speakers_words(extractor) -> None:
    text = "Ferry\n\nAccording to a translation of his remarks, Heinesen said the boats would stay.\n"
    assert [(s.text, s.speaker.mention.text) for s in extract(text, extractor=extractor).statements] == [
        ("the boats would stay", "Heinesen")]


def test_a_content_after_an_opening_source_keeps_its_quotation_mark(nlp) -> None:
    text = 'According to the report, "serious failings" led to the crash.'
    assert contents_by_cue(nlp, text) == {"According to": '"serious failings" led to the crash'}


def test_per_a_transcript_of_a_show_shows_nothing(nlp) -> None:
    """Review 15: no document "shows" in "..., per a transcript of his show." (a bare "per" names a source only
    before data, a report, an official...)."""
    assert contents_by_cue(nlp, "Ames lied to investigators, per a transcript of his show.") == {}


def test_a_transcript_opening_a_sentence_with_no_clause_said_stays_the_source(nlp) -> None:
    """Review 15: "told his aide to find the votes" has no clause of what was said; the transcript reports it."""
    text = "According to a transcript of the call, the president told his aide to find the votes."
    assert sources_by_cue(nlp, text) == {"According to": "a transcript of the call"}


def test_a_source_of_according_to_who_says_more_makes_a_second_statement(extractor) -> None:
    # "according to aides, who said ...": the relative clause is the aides' own statement, not part of their mention
    found = statements(extractor, "She spent the day on the phone, according to aides, who said she would hold "
                                  "three rallies on Sunday.")
    assert [(s.cue.text, s.speaker.mention.text) for s in found] == [("according to", "aides"), ("said", "aides, who")]


def test_an_opening_source_whose_clause_subject_the_parser_made_its_apposition(nlp) -> None:
    """ "According to the X Trust, one in nine of its posts is vacant": the parser reads "one in nine ..." as a second
    name of the trust; the clause has no other subject."""
    text = "According to the Wexmoor and Carnbrook Hospitals Trust, one in nine of its nursing posts is vacant."
    assert contents_by_cue(nlp, text) == {"According to": "one in nine of its nursing posts is vacant"}
    assert sources_by_cue(nlp, text) == {"According to": "the Wexmoor and Carnbrook Hospitals Trust"}
