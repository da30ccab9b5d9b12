""" "The party", "The firm", "The agency": a body's common noun stands for the body just named, the one that spoke
or whose people spoke, not the paper someone told nor a company spoken of. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _name_of(text: str, mention: str, extractor) -> str | None:
    [statement] = [s for s in extract(text, extractor=extractor).statements
                   if s.speaker and s.speaker.mention.text == mention]
    return statement.speaker.name


@pytest.mark.parametrize("text, name", [
    pytest.param("Coalition talks\n\nSPD co-leader Marlene Szymanski was more cautious. \"Nothing is agreed until our "
                 "members have voted,\" she told the Sueddeutsche Zeitung. The party plans to put any agreement to a "
                 "vote of its members.\n", "SPD", id="initials-before-a-role"),
    pytest.param("Election\n\nHer main rival, Dragan Scekic of the Democratic Front for Unity (DFJ), refused to "
                 "concede.\n\n\"We saw buses of voters from abroad,\" he said. The party said it would file complaints "
                 "in 14 municipalities.\n", "Democratic Front for Unity", id="the-name-before-its-initials"),
    pytest.param("Talks stall\n\nThe conservative Buergerallianz (BA) needs the centre-left Sozialforum (SF) for a "
                 "majority.\n\nThe SF's general secretary, Lena Hartwig, told the German broadcaster Deutschlandfunk "
                 "that members would decide. The party plans to hold a postal ballot in April.\n", "Sozialforum",
                 id="one-word-initials-and-a-broadcaster-told"),
])
def test_the_party_is_the_party_just_named(extractor, text: str, name: str) -> None:
    assert _name_of(text, "The party", extractor) == name


@pytest.mark.parametrize("text, mention", [
    pytest.param("Gift\n\nHarlow Foods donated 1m pounds to Labour last year. The party said the gift was declared.\n",
                 "The party", id="a-company-is-no-party"),
    pytest.param("Staff\n\nHarlow Foods said it had hired a recruitment agency. The agency said it would find 300 "
                 "workers.\n", "The agency", id="the-one-just-introduced"),
    pytest.param("Merger\n\nCorvane Holdings said it was in talks with a rival firm. The firm said no deal had been "
                 "agreed.\n", "The firm", id="another-company-just-introduced"),
    pytest.param("Plant\n\nCorvane will close its Kilhaven plant, Reuters reported on Monday. The company said "
                 "demand had fallen.\n", "The company", id="the-news-agency-that-reported-it"),
    pytest.param("Plant\n\nAna Lind, a Reuters correspondent, asked the firm why. The company said demand had "
                 "fallen.\n", "The company", id="a-reporters-employer"),
])
def test_a_body_noun_is_not_a_body_of_another_kind_nor_a_reporter(extractor, text: str, mention: str) -> None:
    """Left unnamed (its noun as written): the body meant is named nowhere the rules can see, and no other is it."""
    assert _name_of(text, mention, extractor) == mention.split()[-1]


# (text, the body noun as the speaker mention, the body it stands for)
BODY_MEANT = [
    pytest.param("By-election\n\nElections Canada said validation of the results would begin on Thursday. The "
                 "agency said a recount is automatic only when the margin is very small.\n",
                 "The agency", "Elections Canada", id="the-body-that-spoke-just-before"),
    pytest.param("Parts row\n\nCorvane has stopped delivering housings to Tesh. Corvane's shares fell 6 percent on "
                 "Thursday.\n\nA Tesh spokesman, Oskar Belling, said the firm had rejected 11 percent of the "
                 "housings. \"Something changed in their foundry this spring,\" he said.\n\nThe firm said in a "
                 "statement that it held spare stock.\n",
                 "The firm", "Tesh", id="whose-spokesman-spoke-not-the-one-named-first"),
    pytest.param("Parts row\n\nCorvane's shares fell 6 percent on Thursday.\n\n\"We have supplied Tesh for 19 "
                 "years,\" said Corvane's chief executive, Hilde Marsk.\n\nThe supplier said it had offered to send "
                 "two engineers.\n",
                 "The supplier", "Corvane", id="not-a-company-spoken-of-in-a-quote"),
    pytest.param("Bridge\n\nThe National Roads Agency, a government agency, closed the bridge on Monday. The agency "
                 "said it would reopen in May.\n",
                 "The agency", "National Roads Agency", id="described-by-its-noun-no-new-one"),
    pytest.param("Parts\n\nA spokesman from Tesh said the parts had failed. The firm said it would not pay.\n",
                 "The firm", "Tesh", id="a-spokesman-from-it"),
    pytest.param("Verdict\n\nDeclan Mulcair sued the Southern Herald over an article published in 2022.\n\nThe "
                 "newspaper said the article was wrong.\n",
                 "The newspaper", "Southern Herald", id="a-paper-named-in-title-case"),
    pytest.param("Standoff\n\nArdenshire Police said officers had sealed off Linden Street on Tuesday.\n\n\"I heard "
                 "a bang,\" said Owen Pritchard, who runs the bakery across the street.\n\nA neighbour, who asked not "
                 "to be named, said officers had been called twice before. The force said it would not discuss the "
                 "man's history.\n",
                 "The force", "Ardenshire Police", id="the-police-named-paragraphs-before"),
    pytest.param("Storm\n\nThe Met Office has issued an amber warning for rain in Devon. Up to 120mm could fall on "
                 "high ground, the forecaster said.\n",
                 "the forecaster", "Met Office", id="the-forecaster-is-the-weather-service"),
]


@pytest.mark.parametrize("text, mention, name", BODY_MEANT)
def test_a_body_noun_is_the_body_meant(extractor, text: str, mention: str, name: str) -> None:
    assert _name_of(text, mention, extractor) == name
