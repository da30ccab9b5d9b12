"""Forms of campaign coverage (the 154th invented set): a finding closed by ", his filing shows.", a scare quote
whose verb is no cue before ", campaign manager X wrote in a memo", a fact-check's label in capitals with a double
surname, "That was X, joking with reporters about ..." after a quote, and a newsletter's title before its topic.
Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _found(text: str, extractor) -> dict[str, tuple[str | None, str | None, str | None]]:
    """(speaker mention, speaker name, cue) by content."""
    return {s.text: (s.speaker.mention.text if s.speaker and s.speaker.mention else None,
                     s.speaker.name if s.speaker else None, s.cue.text if s.cue else None)
            for s in extract(text, extractor=extractor).statements}


@pytest.mark.parametrize("text, content, mention", [
    pytest.param("Filings\n\nGrant Belvedere-Soames's campaign raised $216 million and had $171 million on hand, his "
                 "filing shows.\n", "Grant Belvedere-Soames's campaign raised $216 million and had $171 million on "
                 "hand", "his filing", id="his-filing-shows"),
    pytest.param("Filings\n\nMost voters want change, a new poll shows.\n", "Most voters want change", "a new poll",
                 id="a-poll-shows"),
])
def test_a_finding_closed_by_a_single_document_is_the_document_s(extractor, text: str, content: str,
                                                                  mention: str) -> None:
    assert _found(text, extractor)[content][0] == mention


def test_a_closing_cue_ends_a_scare_quote_s_sentence(extractor) -> None:
    # "has" governs the quotation but says nothing; the memo's writer, named after a comma, is the speaker
    text = ("Live updates\n\nThe campaign has \u201cmultiple paths\u201d to 270 electoral votes that do not run "
            "through Ostermark, Belvedere-Soames campaign manager Royce Eddington-Fahy wrote in a memo to supporters "
            "released Monday morning.\n")
    found = _found(text, extractor)
    content = "The campaign has \u201cmultiple paths\u201d to 270 electoral votes that do not run through Ostermark"
    assert found[content][1:] == ("Royce Eddington-Fahy", "wrote"), found


def test_a_fact_check_label_in_capitals_keeps_its_double_surname(extractor) -> None:
    text = ("Fact check\n\nRepublican Grant Belvedere-Soames met Vice President Lorraine Okonjo-Hartley on Tuesday.\n\n"
            "PRICES\n\nBELVEDERE-SOAMES: \"Grocery prices are up 40 percent since she took office.\"\n\n"
            "THE FACTS: That's an exaggeration.\n")
    found = _found(text, extractor)
    assert found["Grocery prices are up 40 percent since she took office."][:2] == (
        "BELVEDERE-SOAMES", "Grant Belvedere-Soames")


def test_that_was_x_joking_names_the_quote_before_and_reports_nothing_of_that(extractor) -> None:
    text = ("Live\n\n10:42 a.m.\n\n\u201cI hear Tobias has been playing me in their practice sessions. I hope he\u2019s "
            "not doing the laugh.\u201d\n\nThat was Okonjo-Hartley, joking with reporters aboard Air Force Two about "
            "reports that Sen. Tobias Rendell-Marsh has played her in mock debates.\n")
    found = _found(text, extractor)
    quote = next(k for k in found if k.startswith("I hear Tobias"))
    assert found[quote][0] == "Okonjo-Hartley"
    assert all(mention != "That" for mention, _, _ in found.values())


def test_a_newsletter_s_title_and_its_topic_are_no_statement(extractor) -> None:
    text = "Morning Whip: Inside Belvedere-Soames's debate camp\n\nBy Ann Lee\n\nThe senator rested on Monday.\n"
    assert _found(text, extractor) == {}


def test_signed_reactions_on_the_lines_of_one_paragraph_are_each_a_statement(extractor) -> None:
    # a reader roundup: one reaction per line, each signed after a dash (short ones too: no scare quotes)
    text = ("Readers react\n\n\u201cHe is a bully.\u201d \u2015 Veronica Cruz\n\u201cHe lies.\u201d \u2015 Ana Ruiz\n"
            "\u201cHe does not answer to anyone. It is all about him.\u201d \u2015\u00a0Christina N Luis Olidem\n")
    found = _found(text, extractor)
    assert found["He lies."][0] == "Ana Ruiz"
    assert found["He is a bully."][0] == "Veronica Cruz"
    assert found["He does not answer to anyone. It is all about him."][0] == "Christina N Luis Olidem"
