"""Reported statements: addressee, occasion, mixed quotes, direct-quote overlap, headline flag."""
from __future__ import annotations

from onrecord.records import Article
from onrecord.statements.candidates import Candidate
from onrecord.statements.reported import find_reported


def reported(nlp, text: str, quotes: list[Candidate] | None = None, **article) -> list[Candidate]:
    return find_reported(nlp(text), Article(id="t", source="t", key="t", text=text, **article), quotes or [])


def words(text: str, span) -> str | None:
    return text[span[0]:span[1]] if span else None


def quote_of(text: str, quoted: str) -> Candidate:
    """A direct-quote candidate over the first occurrence of ``quoted`` (marks included)."""
    start = text.index(quoted)
    return Candidate(spans=[(start, start + len(quoted))], kind="direct")


def test_reported_addressee_of_told(nlp) -> None:
    text = "The mayor told the BBC that the bridge would reopen."
    (statement,) = reported(nlp, text)
    assert words(text, statement.addressee) == "the BBC"


def test_reported_addressee_of_said_to(nlp) -> None:
    text = "The mayor said to reporters that the bridge would reopen."
    (statement,) = reported(nlp, text)
    assert words(text, statement.addressee) == "reporters"


def test_reported_occasion_during_a_meeting(nlp) -> None:
    text = "The president said during a meeting with farmers that prices would fall."
    (statement,) = reported(nlp, text)
    assert words(text, statement.occasion) == "during a meeting with farmers"
    assert words(text, statement.spans[0]) == "that prices would fall"


def test_reported_occasion_in_an_interview(nlp) -> None:
    text = "In an interview with the radio station, the minister said the plan was dead."
    found = reported(nlp, text)
    said = [c for c in found if words(text, c.cue) == "said"]
    assert [words(text, c.occasion) for c in said] == ["In an interview with the radio station"]


def test_reported_clause_quoting_a_few_words_is_mixed(nlp) -> None:
    text = 'The senator said the budget was "a disgrace to this state" and should be withdrawn.'
    quote = quote_of(text, '"a disgrace to this state"')
    (statement,) = reported(nlp, text, [quote])
    assert statement.kind == "mixed"
    start, end = statement.spans[0]
    assert start < quote.start and end > quote.end


def test_reported_clause_that_is_a_direct_quote_is_left_to_the_quote(nlp) -> None:
    text = 'The senator said "the budget is a disgrace to this state and must go."'
    quote = quote_of(text, '"the budget is a disgrace to this state and must go."')
    assert [c for c in reported(nlp, text, [quote]) if words(text, c.cue) == "said"] == []


def test_reported_clause_without_quotes_stays_indirect(nlp) -> None:
    text = "The senator said the budget was a disgrace."
    (statement,) = reported(nlp, text, [])
    assert statement.kind == "indirect"


def test_reported_headline_statement_is_marked(nlp) -> None:
    text = "Mayor says bridge will reopen\n\nThe council met on Monday."
    found = reported(nlp, text, headline=(0, 29))
    assert [c.headline for c in found] == [True]


def test_reported_confidence_is_lower_without_source(nlp) -> None:
    text = "The minister said the plan was dead. It was reported that the plan was dead."
    found = reported(nlp, text)
    with_source = [c for c in found if c.source is not None]
    without = [c for c in found if c.source is None]
    assert with_source and without
    assert all(0 <= c.confidence <= 1 for c in found)
    assert max(c.confidence for c in without) < min(c.confidence for c in with_source)


def test_reported_statement_inside_another_is_part_of_it(nlp) -> None:
    text = "The mayor said her deputy believes the count was wrong."
    found = reported(nlp, text)
    assert [words(text, c.cue) for c in found] == ["said"]
    assert words(text, found[0].spans[0]) == "her deputy believes the count was wrong"


def test_reported_cue_inside_a_quotation_belongs_to_the_quote(nlp) -> None:
    text = 'He wrote: "My brother said the count was wrong." Nobody answered.'
    quote = quote_of(text, '"My brother said the count was wrong."')
    assert [c for c in reported(nlp, text, [quote]) if words(text, c.cue) == "said"] == []


def test_reported_source_leaves_out_a_dateline(nlp) -> None:
    text = "SPRINGFIELD (Wire) - Mayor Jane Doe said the bridge would reopen in May."
    found = [c for c in reported(nlp, text) if words(text, c.cue) == "said"]
    assert [words(text, c.source) for c in found] == ["Mayor Jane Doe"]


def test_reported_content_stays_in_its_paragraph(nlp) -> None:
    text = "The mayor said the bridge would reopen in May\nTraffic was light on Monday."
    found = [c for c in reported(nlp, text) if words(text, c.cue) == "said"]
    assert len(found) == 1
    assert all("\n" not in text[s:e] for s, e in found[0].spans)
    assert words(text, found[0].spans[0]).startswith("the bridge would reopen")


def test_a_that_clause_hung_on_a_phrase_wins_over_a_later_clause_taken_for_the_complement(nlp) -> None:
    """The hundred-and-fifteenth collection: the parser made ", however they are insured" the complement of "told"
    and the "that" clause a relative clause of "hearing"."""
    text = ("Delacourt told the Press-Herald after the hearing that she would introduce a bill next week to extend "
            "the $35 cap to everyone who buys insulin, however they are insured.")
    [told] = [c for c in reported(nlp, text) if words(text, c.cue) == "told"]
    assert words(text, told.spans[0]).startswith("that she would introduce a bill")
