""" "The operator", "the utility", "the group", "the water company": a noun that says what kind of body spoke stands
for the body named before as one of that kind, even a few paragraphs back and even when someone spoke to it; a body
first named in full and then by the first word of its name is not a person of that name. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _names(text: str, mention: str, extractor) -> list[str | None]:
    return [s.speaker.name for s in extract(text, extractor=extractor).statements
            if s.speaker and s.speaker.mention.text == mention]


@pytest.mark.parametrize("text, mention, name", [
    pytest.param("Bus route to be axed\n\nSimon Oakes, commercial director at Brackley Buses, said passenger numbers "
                 "had fallen by 40% since 2019.\n\nA spokeswoman for Brackleyshire County Council said: \"We have had "
                 "to find savings. Our offer still stands.\"\n\nA three-day timetable would not cover the cost of a "
                 "driver, the operator said.\n", "the operator", "Brackley Buses", id="operator-runs-buses"),
    pytest.param("Strike\n\nTrain drivers at Northline Rail will walk out next week, the Federation of Rail Drivers "
                 "(FRD) has said.\n\nThe strikes will halt almost all services. Northline runs 1,400 trains a day.\n\n"
                 "FRD general secretary Derek Allingham said the company had walked away from the table.\n\nIn a "
                 "statement, the operator said: \"We are disappointed that the union has chosen to strike.\"\n",
                 "the operator", "Northline Rail", id="operator-not-the-union-with-rail-in-its-name"),
    pytest.param("Rates\n\nCALDER FALLS - Harwick Power & Light on Tuesday asked regulators to approve a 14 percent "
                 "increase in electricity rates.\n\nThe increase would add $19 to a typical monthly bill. The state's "
                 "Public Service Commission will hold hearings in three towns.\n\nYvonne Lisowski, director of the "
                 "Calder County Ratepayers Alliance, said that Harwick had paid $290 million in dividends last year. "
                 "Hundreds of people came to the first hearing, at the high school, where residents waited for hours "
                 "in the heat to speak for three minutes each. Many of them brought their bills.\n\nIn a statement "
                 "after the hearing, the utility said it had heard the concerns of its customers.\n",
                 "the utility", "Harwick Power & Light", id="utility-named-far-back-then-by-its-first-word"),
    pytest.param("Summit\n\nMele Tuilagi-Rowe, who chairs the Coalition of Island and Coastal States (CICS), said the "
                 "draft would leave the poorest to pay.\n\nThe group said in a statement that it would not support "
                 "the text.\n", "The group", "Coalition of Island and Coastal States",
                 id="group-by-its-initials-though-chaired"),
    pytest.param("Drought\n\nAnglers say the river cannot spare the water. The Skell Anglers' Alliance has 3,000 "
                 "members.\n\nThe group said the company was losing 190 million litres a day through leaking pipes.\n",
                 "The group", "Skell Anglers' Alliance", id="group-is-an-alliance"),
    pytest.param("Sewage\n\nMarrow Valley Water was fined £1.2m on Friday for pumping sewage into the River Lenn. "
                 "The judge said the breach was serious.\n\nThe water company said it had fitted new alarms.\n",
                 "The water company", "Marrow Valley Water", id="trade-before-company-is-in-its-name"),
])
def test_a_body_of_that_kind_named_before(extractor, text: str, mention: str, name: str) -> None:
    assert _names(text, mention, extractor) == [name]


@pytest.mark.parametrize("text, mention", [
    pytest.param("Vigil\n\nThe Brady Campaign called for new laws. Its president spoke at the rally.\n\nBarden now "
                 "helps lead a program called Sandy Hook Promise. The group said it would lobby every senator.\n",
                 "The group", id="a-body-of-no-known-kind-named-nearer"),
    pytest.param("Crane\n\nA crane toppled at the Kelport docks on Monday. Westmoor Rail runs freight from the port."
                 "\n\nThe crane's operator said the wind had picked up suddenly.\n", "The crane's operator",
                 id="someone-who-operates-a-machine"),
    pytest.param("Estate\n\nResidents of the Brookfield estate formed a group to fight the plan. Harbour Housing "
                 "Association owns the flats.\n\nThe group said it would hold a meeting on Friday.\n", "The group",
                 id="a-group-just-formed-and-no-campaign-named"),
    pytest.param("Rail strike\n\nDrivers at Northway Rail will strike on Friday, the Associated Society of Locomotive "
                 "Workers said. Northway Rail said it had made a fair offer. The rail union said its members had "
                 "rejected the offer.\n", "The rail union", id="a-trade-before-a-union-is-no-company"),
    pytest.param("Prices\n\nOfmarket, the energy regulator, has capped standing charges after complaints about "
                 "Northfield Energy. Northfield Energy said it would comply. The energy regulator said households "
                 "would save 40 pounds a year.\n", "The energy regulator", id="the-regulator-is-not-the-company"),
    pytest.param("Rail\n\nEastline Railways has been criticised over its punctuality. Shadow Transport Secretary Jane "
                 "Okafor said passengers deserved better. The operator said punctuality had improved.\n",
                 "The operator", id="an-office-with-a-kind-word-in-it"),
    pytest.param("Tickets\n\nThe operator of a website that sold counterfeit tickets has been charged with fraud. "
                 "Coastline Travel was among the firms whose events were targeted. The operator told police he had "
                 "made 400,000 pounds.\n", "The operator", id="the-one-who-runs-a-website"),
    pytest.param("Festival\n\nThe Kelmouth Arts Forum had booked the group as the festival's headline act. The lead "
                 "singer has lost his voice, the group said in a statement.\n", "the group", id="a-band-booked"),
    pytest.param("Bins\n\nCleanway Waste runs bin collections, while Harbour Line Ferries runs the river boats. "
                 "Cleanway said collections would be delayed by the strike. The operator said bins would be emptied "
                 "by Friday.\n", "The operator", id="a-body-of-no-known-kind-acts-nearer"),
    pytest.param("Leak\n\nWorkers at the Ardley chemical plant were evacuated. The plant is run by Velton "
                 "Chemicals, which bought it from Ardley Rail Terminals in 2019. The operator said no one had been "
                 "hurt.\n", "The operator", id="the-one-bought-from"),
])
def test_no_body_of_that_kind_named(extractor, text: str, mention: str) -> None:
    # unnamed, or named by its own words ("rail union"): no body the text names
    assert all(name is None or name.lower() in mention.lower() for name in _names(text, mention, extractor))
    assert _names(text, mention, extractor)


def test_the_first_word_of_a_bodys_name_is_the_body_not_a_person(extractor) -> None:
    text = ("Rates\n\nHarwick Power & Light asked regulators for a 14 percent increase.\n\nYvonne Lisowski said "
            "Harwick had paid $290 million in dividends last year.\n\n\"They had to bring in crews from four states "
            "away,\" he said.\n")
    assert _names(text, "he", extractor) == [None]  # an unnamed speaker, not "Harwick" the person


def test_a_transport_department_is_no_operator_and_the_operator_is_named_before_it(extractor) -> None:
    text = ("Landslip\n\nWestmoor Trains cancelled all services between Ashby and Kelso on Monday. The Department for "
            "Transport said it had asked for a full report. The operator said engineers hoped to reopen the line by "
            "Thursday.\n")
    assert _names(text, "The operator", extractor) == ["Westmoor Trains"]


def test_a_person_apposed_to_a_role_keeps_a_surname_a_body_opens_with(extractor) -> None:
    text = ("Fine\n\nHarlow Foods has been fined for breaching hygiene rules. The plant's manager, Harlow, said the "
            "breaches had been fixed.\n")
    assert _names(text, "The plant's manager, Harlow", extractor) == ["Harlow"]


def test_a_surname_that_opens_a_bodys_name_is_still_the_person(extractor) -> None:
    text = ("Foods\n\nHarlow Foods was founded by Tom Harlow in 1962.\n\nHarlow said the firm would stay in the "
            "family.\n")
    assert _names(text, "Harlow", extractor) == ["Tom Harlow"]
