"""Two "according to" sources in one sentence each report their own part of it, and a source's name set off after
its common noun belongs to the source. Invented."""
from __future__ import annotations

import pytest

from fixtures.reported_findings import reported
from onrecord.pipeline import extract


def _by_source(nlp, text: str) -> dict[str, str]:
    return {text[c.source[0]:c.source[1]]: " | ".join(text[s:e] for s, e in c.spans) for c in reported(nlp, text)}


@pytest.mark.parametrize("text", [
    pytest.param("The blaze destroyed 40 homes, according to the fire service, while 300 people were moved to "
                 "shelters, according to the Red Cross.", id="closing-each-part"),
    pytest.param("According to the fire service, the blaze destroyed 40 homes, and according to the Red Cross, 300 "
                 "people were moved to shelters.", id="opening-each-conjunct"),
])
def test_each_source_reports_its_own_part(nlp, text: str) -> None:
    assert _by_source(nlp, text) == {"the fire service": text[text.lower().index("the blaze"):].split(",")[0],
                                     "the Red Cross": "300 people were moved to shelters"}


def test_one_source_still_reports_the_whole_sentence(nlp) -> None:
    text = "The blaze destroyed 40 homes while 300 people were moved to shelters, according to the Red Cross."
    assert _by_source(nlp, text) == {"the Red Cross": "The blaze destroyed 40 homes while 300 people were moved to "
                                                      "shelters"}


def test_the_name_after_a_closing_source_noun_is_the_source(extractor) -> None:
    text = ("Floods\n\nMore than 2,000 household claims have already been made, according to the insurers' trade "
            "body, the Property Underwriters' Association.\n")
    [statement] = extract(text, extractor=extractor).statements
    assert statement.speaker.mention.text == "the insurers' trade body, the Property Underwriters' Association"
    assert statement.speaker.name == "Property Underwriters' Association"
    assert statement.speaker.type == "organization"
    assert statement.text == "More than 2,000 household claims have already been made"


def test_one_service_is_a_body_and_services_are_not(extractor) -> None:
    statements = extract("Fire\n\nThe fire service said the blaze was under control. Streaming services say prices "
                         "will rise.\n", extractor=extractor).statements
    assert {s.speaker.mention.text: s.speaker.type for s in statements} == {
        "The fire service": "organization", "Streaming services": "unknown"}


def test_two_sources_of_one_claim_report_it_once_without_the_other_source(nlp) -> None:
    """Review 15: "According to X, and according to Y, ..." names two sources of one claim, not one part each; the
    claim is one statement, of the first source, and the second source's phrase is no part of it."""
    text = "According to the police, and according to several witnesses, the driver ran a red light."
    assert _by_source(nlp, text) == {"the police": "the driver ran a red light"}


def test_a_name_closing_the_sentence_with_an_abbreviation(extractor) -> None:
    """Review 15: a name ending in "Co." ends its sentence with its own period (this once raised, and the article
    lost every reported statement)."""
    text = ("Water\n\nWater prices will rise next year, according to the trade group, Kestrel Co. Residents said "
            "they were angry.\n")
    statements = extract(text, extractor=extractor).statements
    assert [s.speaker.mention.text for s in statements] == ["the trade group, Kestrel Co.", "Residents"]
    assert statements[0].speaker.name == "Kestrel Co."
