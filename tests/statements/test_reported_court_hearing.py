"""Court reports: "the jury heard that ..." is evidence someone unnamed gave to the jury."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


@pytest.mark.parametrize("text, hearers", [
    ("The jury heard that one resident had fallen four times in a month.", "The jury"),
    ("Southwark Crown Court heard that the records had been altered.", "Southwark Crown Court"),
    ("The inquest heard she had been given the wrong dose.", "The inquest"),
])
def test_a_body_that_heard_evidence_is_who_was_told_not_the_speaker(extractor, text, hearers) -> None:
    [statement] = extract(text, extractor=extractor).statements
    assert statement.speaker is None
    assert statement.addressee.text == hearers
    assert statement.act == "speech"


def test_a_person_who_heard_something_still_reports_it(extractor) -> None:
    """Passes before and after the court rule: its guard, "hear" keeps its hearer as source."""
    [statement] = extract("Okafor heard that the plant would close.", extractor=extractor).statements
    assert statement.speaker.name == "Okafor"


def test_what_a_witness_told_the_court_is_the_clause_the_parser_hung_on_the_court(extractor) -> None:
    """ "told the court she had been asked ...": parsed as a relative clause of "court"."""
    text = "A former deputy manager, Grace Obi, told the court she had been asked to ‘tidy up’ the accident book."
    [statement] = extract(text, extractor=extractor).statements
    assert statement.text == "she had been asked to ‘tidy up’ the accident book"
    assert statement.speaker.name == "Grace Obi"
    assert statement.addressee.text == "the court"


@pytest.mark.parametrize("sentence, content, cue", [
    ("A lorry driver was using his phone, an inquest heard.", "A lorry driver was using his phone", "heard"),
    ("He hit the car at 40mph, the jury was told.", "He hit the car at 40mph", "was told"),
])
def test_evidence_a_court_heard_after_the_clause_is_a_statement_of_no_one_named(extractor, sentence, content,
                                                                                cue) -> None:
    """The small model reads "an inquest heard" as a noun phrase; the words still say it."""
    [statement] = extract(f"Crash\n\n{sentence}\n", extractor=extractor).statements
    assert (statement.text, statement.cue.text, statement.speaker) == (content, cue, None)
    assert statement.addressee.text.split()[-1] in ("inquest", "jury")


def test_a_british_court_headline_states_evidence_heard_by_the_jury(extractor) -> None:
    text = ("Care home manager ‘forged records to hide falls’, jury told\n\n"
            "Pauline Ashdown, 52, is on trial at Carnford Crown Court accused of forgery.\n")
    [headline] = [s for s in extract(text, extractor=extractor).statements if s.headline]
    assert headline.text == "Care home manager ‘forged records to hide falls’"
    assert (headline.speaker, headline.cue.text, headline.addressee.text) == (None, "told", "jury")


def test_a_relative_clause_missing_its_object_on_the_addressee_is_no_content(extractor) -> None:
    """ "told the reporters [he met]": "met" lacks the object its noun supplies, a relative clause."""
    found = extract("Lind told the reporters he met on Monday about the plan.", extractor=extractor).statements
    assert not [s for s in found if s.text.startswith("he met")]


@pytest.mark.parametrize("text, content", [
    ("Magistrates heard that Lind had been drinking.", "Lind had been drinking"),
    ("The budget was overspent by £2m, the committee was told.", "The budget was overspent by £2m"),
    ("Lind told the court she had panicked.", "she had panicked"),
])
def test_more_ways_of_hearing_evidence(extractor, text: str, content: str) -> None:
    """Plural "magistrates", a committee, and a court told a clause with no object to lack."""
    [statement] = extract(text, extractor=extractor).statements
    assert statement.text == content
    assert statement.speaker is None or statement.speaker.name == "Lind"


def test_a_court_headline_with_an_apostrophe_is_indirect(extractor) -> None:
    """ "Manager’s": an apostrophe inside a word is no quotation mark."""
    text = "Manager’s van seen near depot, court told\n\nA van was seen near the depot on the night.\n"
    [headline] = [s for s in extract(text, extractor=extractor).statements if s.headline]
    assert headline.kind == "indirect"


def test_a_quote_the_jury_heard_is_evidence_of_no_one_named(extractor) -> None:
    [quote] = extract("Trial\n\n\"He was drunk,\" the jury heard.\n", extractor=extractor).statements
    assert (quote.kind, quote.speaker, quote.addressee.text, quote.act) == ("direct", None, "the jury", "speech")


def test_companies_named_after_people_or_places_are_no_people(extractor) -> None:
    """ "Morris Motors", "Petra Tours": a company word ends the name (the new given names made them people)."""
    found = extract("Cars\n\nMorris Motors said output fell. Petra Tours said bookings had fallen.\n",
                    extractor=extractor).statements
    assert [s.speaker.type for s in found] == ["organization", "organization"]


def test_what_the_jury_was_shown_is_evidence_and_the_words_in_it_are_the_witness(extractor) -> None:
    text = ("Trial\n\nThe jury was shown a recorded police interview in which Mr Brereton said the two men had argued "
            "about money in the winery shed.\n")
    [statement] = extract(text, extractor=extractor).statements
    assert (statement.cue.text, statement.text) == ("said", "the two men had argued about money in the winery shed")


def test_a_headline_of_what_a_trial_heard(extractor) -> None:
    text = "Accused told police he 'panicked', murder trial hears\n\nThe trial continues on Monday.\n"
    [statement] = [s for s in extract(text, extractor=extractor).statements if s.headline]
    assert (statement.text, statement.cue.text, statement.speaker) == ("Accused told police he 'panicked'", "hears",
                                                                      None)


@pytest.mark.parametrize("text", [
    pytest.param("Lind reminded the hosts that Trump has frequently denounced the former president.",
                 id="that-read-as-an-object"),
    pytest.param("Lind told the show, reminding the hosts that Trump has frequently denounced the former president.",
                 id="that-read-as-a-conjunction"),
])
def test_a_that_clause_the_parser_hung_on_the_hearers_is_what_was_said(extractor, text: str) -> None:
    [statement] = extract(f"Show\n\n{text}\n", extractor=extractor).statements
    assert statement.text == "Trump has frequently denounced the former president"
    assert statement.speaker.mention.text == "Lind"


def test_a_relative_clause_on_what_was_recalled_stays_the_object(extractor) -> None:
    [statement] = extract("Show\n\nLind reminded voters of the promises that Trump has made.\n",
                          extractor=extractor).statements
    assert statement.text.endswith("the promises that Trump has made")  # a relative clause: not what was said


def test_a_that_clause_the_parser_hung_on_a_place_after_the_hearers_is_what_was_said(extractor) -> None:
    """ "told reporters outside the school that officers had identified the student": the "that" is no relative
    pronoun (the clause has its own object), so the clause on "school" is what was told."""
    text = ("Lockdown\n\nLt. Graham Foster of the Harmon Ridge Police Department told reporters outside the school "
            "that officers had identified the student and were speaking with him.\n")
    [statement] = extract(text, extractor=extractor).statements
    assert statement.text == "officers had identified the student and were speaking with him"
    assert statement.speaker.name == "Graham Foster"


def test_a_that_the_parser_read_as_a_second_subject_opens_what_was_said(extractor) -> None:
    """ "told reporters at the press site that sensors showed ...": the parser hangs the clause on "site" with both
    "that" and "sensors" as its subjects; a relative clause has one, so "that" is the complementizer."""
    text = ("Launch\n\nLaunch director Maren Tollefsen-Aby has told reporters at the press site that sensors showed "
            "the pressure in a helium line on the upper stage falling faster than it should.\n")
    [statement] = extract(text, extractor=extractor).statements
    assert statement.text.startswith("sensors showed the pressure")
    assert statement.speaker.name == "Maren Tollefsen-Aby"


def test_a_relative_clause_on_a_place_after_the_hearers_is_not_what_was_said(extractor) -> None:
    """ "outside the school her son attends": the school's own relative clause, with no "that" to say otherwise."""
    text = "Visit\n\nLind told reporters outside the school her son attends every day that the roof leaked.\n"
    assert not any(s.text.startswith("her son attends") for s in extract(text, extractor=extractor).statements)


@pytest.mark.parametrize("sentence, content", [
    pytest.param("He told the House rents had risen more slowly this year.", "rents had risen more slowly this year",
                 id="a-plural-subject"),
    pytest.param("Tamihana told Parliament young people already paid rates.", "young people already paid rates",
                 id="an-adjective-opening-the-subject"),
    pytest.param("Opposition MPs warned Labour voters would punish the government.",
                 "Labour voters would punish the government", id="a-warning-needs-no-hearer"),
])
def test_a_hearer_the_parser_ran_into_the_clause_is_no_part_of_it(extractor, sentence: str, content: str) -> None:
    """ "told the House rents had risen": "tell" has a hearer, so the name right after it is who heard, whatever the
    parser joined it to."""
    [statement] = extract(f"Debate\n\n{sentence}\n", extractor=extractor).statements
    assert statement.text == content


@pytest.mark.parametrize("text, speaker", [
    pytest.param("The Evening Post's report quoted the managing director, Harold Vance, as saying that the mill had "
                 "no future.", "the managing director, Harold Vance", id="a-report-quoted-a-named-man"),
    pytest.param("The statement quoted the Commissioner as saying the levy would be reviewed.", "the Commissioner",
                 id="a-statement-quoted-an-office"),
    pytest.param("Local radio cited a police spokesman as saying that two men had been arrested.",
                 "a police spokesman", id="cited-as-saying"),
])
def test_whom_a_text_quotes_as_saying_is_the_speaker(extractor, text: str, speaker: str) -> None:
    """ "X quoted Y as saying that ...": Y said it; the text that quotes him states nothing of its own."""
    [statement] = extract(f"Story\n\n{text}\n", extractor=extractor).statements
    assert (statement.cue.text, statement.speaker.mention.text) == ("saying", speaker)


def test_what_a_quoted_man_went_on_to_say_is_his_too(extractor) -> None:
    text = ("Talks\n\nThe Daily Courier quoted Ann Lind as saying that the talks had failed and adding that she would "
            "resign.\n")
    assert [(s.cue.text, s.speaker.name) for s in extract(text, extractor=extractor).statements] == \
        [("saying", "Ann Lind"), ("adding", "Ann Lind")]


def test_a_cause_cited_as_explaining_is_no_speaker(extractor) -> None:
    text = "Sales\n\nAnalysts cited weak demand as explaining the fall in sales.\n"
    assert [s.speaker.mention.text for s in extract(text, extractor=extractor).statements] == ["Analysts"]


def test_whom_a_paper_quoted_as_calling_something_so_is_the_speaker(extractor) -> None:
    text = "Budget\n\nThe Tarrow Herald quoted the finance minister as calling the budget a disaster.\n"
    [statement] = extract(text, extractor=extractor).statements
    assert (statement.cue.text, statement.speaker.mention.text) == ("calling", "the finance minister")


@pytest.mark.parametrize("text", [
    pytest.param("Panel\n\nJudge Kofi Amankwah, writing for a unanimous panel, said the statute was clear.\n",
                 id="reported"),
    pytest.param("Panel\n\nJudge Kofi Amankwah, writing for a unanimous panel, said: \"The statute is clear.\"\n",
                 id="quoted"),
])
def test_a_speaker_before_a_participle_aside_is_the_cues(extractor, text: str) -> None:
    """ "[Judge Kofi Amankwah], writing for a unanimous panel, said": the parser gave the name to the aside."""
    [statement] = extract(text, extractor=extractor).statements
    assert statement.speaker.name == "Kofi Amankwah"
