"""Investigative ledes: "[finding], documents obtained by the Sentinel show." is the documents' statement, found
whether or not the parser reads "show" as a verb (it often reads "the Sentinel show" as a noun phrase), and it holds
what the parser misread inside the finding ("appeals showing hungry toddlers"). Headlines "[finding], file shows"
give a document no name. Invented."""
from __future__ import annotations

import pytest

from fixtures.reported_findings import contents_by_cue, sources_by_cue
from onrecord.pipeline import extract


@pytest.mark.parametrize("text, content, source", [
    pytest.param("The university paid a former lecturer $1.4 million in 2021 in exchange for her silence about a "
                 "complaint, documents obtained by the Sentinel show.",
                 "The university paid a former lecturer $1.4 million in 2021 in exchange for her silence about a "
                 "complaint", "documents obtained by the Sentinel", id="obtained-by-a-paper"),
    pytest.param("A children's charity that raised money with appeals showing hungry toddlers spent £2.3 million on "
                 "a manor house, accounts and internal documents seen by the Chronicle show.",
                 "A children's charity that raised money with appeals showing hungry toddlers spent £2.3 million on "
                 "a manor house", "accounts and internal documents seen by the Chronicle", id="holding-a-showing"),
    pytest.param("Hospital admissions for the disease rose by a third last year, figures published on Thursday show.",
                 "Hospital admissions for the disease rose by a third last year", "figures published on Thursday",
                 id="published-on-a-day"),
    pytest.param("Councillors met behind closed doors in February and approved the sale of the car park, leaked "
                 "minutes of the meeting show.", "Councillors met behind closed doors in February and approved the "
                 "sale of the car park", "leaked minutes of the meeting", id="minutes-of-the-meeting"),
])
def test_a_finding_closed_by_the_documents_that_show_it(nlp, text: str, content: str, source: str) -> None:
    assert contents_by_cue(nlp, text)["show"] == content
    assert sources_by_cue(nlp, text)["show"] == source


def test_a_participle_inside_a_finding_reports_nothing(nlp) -> None:
    text = ("A children's charity that raised money with appeals showing hungry toddlers spent £2.3 million on a manor "
            "house, accounts and internal documents seen by the Chronicle show.")
    assert "showing" not in contents_by_cue(nlp, text)


def test_a_statement_inside_the_finding_stays_without_the_documents(nlp) -> None:
    """"The mayor said X, city records show": the records report the mayor's statement, which stays, its content
    without the documents' phrase; only what the parser misread inside a finding goes."""
    text = "The mayor said the budget was balanced in 2019, city records show."
    assert contents_by_cue(nlp, text) == {"said": "the budget was balanced in 2019",
                                          "show": "The mayor said the budget was balanced in 2019"}


def test_a_headline_finding_of_a_file_is_a_document_s_with_no_name(extractor) -> None:
    text = "Officer who shot unarmed man had 14 complaints, file shows\n\nThe officer was cleared in 2022.\n"
    [headline] = [s for s in extract(text, extractor=extractor).statements if s.method.startswith("headline")]
    assert headline.text == "Officer who shot unarmed man had 14 complaints"
    assert (headline.speaker.name, headline.speaker.type) == (None, "document")


def test_a_document_which_someone_saw_holds_no_view_of_theirs(extractor) -> None:
    # "seen by" a newsroom is who saw a document, as "seen by the Chronicle" before it; only "seen as" says a view
    text = ('Jobs\n\n"We hired for a world in which growth was free," Castellano-Dunn wrote in the memo, which was '
            "seen by Ledgerline.\n\nThe levy, which critics described as a giveaway, passed on Monday.\n")
    found = {s.cue.text: s.text for s in extract(text, extractor=extractor).statements}
    assert set(found) == {"wrote", "described"}  # not "seen"
    for saw in ("which the Corvel Ledger has seen", "which Reuters saw on Monday",
                "which was first seen by the Ledger"):
        draft = extract(f"Levy\n\nThe draft, {saw}, proposes a levy.\n", extractor=extractor).statements
        assert [s.cue.text for s in draft] == ["proposes"], saw
    # a view given by an adverb stays: "which the mayor viewed favourably"
    viewed = extract("Reform\n\nThe reform, which the mayor viewed favourably, passed.\n", extractor=extractor)
    assert [s.cue.text for s in viewed.statements] == ["viewed"]
    assert found["wrote"] == "We hired for a world in which growth was free"
