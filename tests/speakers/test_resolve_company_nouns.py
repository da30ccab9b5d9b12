"""A company noun before a one-word name ("the pharmacy chain Wellspring", "the carmaker Velmora") makes it a
company, which the NER often reads as a person, and "the company" after it is that company unless another
organisation was named just before. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _speakers(text: str, extractor) -> dict[str, tuple[str | None, str | None]]:
    return {s.text: (s.speaker.name, s.speaker.type) if s.speaker else (None, None)
            for s in extract(text, extractor=extractor).statements}


def _names_by_mention(text: str, extractor) -> dict[str, str | None]:
    return {s.speaker.mention.text: s.speaker.name for s in extract(text, extractor=extractor).statements if s.speaker}


def test_a_name_after_a_company_noun_is_the_company_the_company_stands_for(extractor) -> None:
    text = ("Pharmacy chain reports breach\n\nHackers stole the records of about 2.1 million customers, the New "
            "England pharmacy chain Wellspring disclosed on Monday.\n\n\"We deeply regret this incident,\" the "
            "company said in a notice sent to customers.\n")
    speakers = _speakers(text, extractor)
    assert speakers["Hackers stole the records of about 2.1 million customers"] == ("Wellspring", "organization"), \
        speakers
    assert speakers["We deeply regret this incident"] == ("Wellspring", "organization"), speakers


def test_the_company_after_another_organisation_named_just_before_is_not_the_one_described_earlier(extractor) -> None:
    text = ("Stocks edge up\n\nShares rose on Friday, helped by results from the retailer Amazon.\n\n"
            "The index was held back by a drop in the oil giant Kerrigan Energy. The company said demand "
            "had weakened in Asia.\n")
    speakers = _speakers(text, extractor)
    assert speakers["demand had weakened in Asia"][0] != "Amazon", speakers


def test_a_trade_before_a_persons_name_leaves_a_person(extractor) -> None:
    text = ("Prices rise\n\nPrices rose in the village. The local grocer Amir Varga said customers were struggling. "
            "He said he had cut his margins.\n\nThe film maker Ruiz said the festival was over.\n")
    speakers = _speakers(text, extractor)
    assert speakers["customers were struggling"] == ("Amir Varga", "person"), speakers
    assert speakers["he had cut his margins"] == ("Amir Varga", "person"), speakers
    assert speakers["the festival was over"] == ("Ruiz", "person"), speakers


def test_an_exchange_named_between_is_no_other_company(extractor) -> None:
    text = ("Korvel posts loss\n\nKorvel Inc. posted a loss on Tuesday. Its shares fell 5% on the Nasdaq. The company "
            "said demand was weak.\n")
    assert _speakers(text, extractor)["demand was weak"] == ("Korvel", "organization")


@pytest.mark.parametrize("lead", [
    # "maker" before a person's name is a trade ("the cheesemaker Tom Reyes"); "&" makes it a firm's name
    "LEEDS — The baby food maker Maple & Moss is recalling about 180,000 fruit pouches.",
    "Small pieces of plastic were found in fruit pouches sold in British supermarkets.",  # named in passing below
])
def test_the_company_is_the_one_a_trade_noun_or_its_founder_names(extractor, lead: str) -> None:
    text = (f"Recall\n\n{lead}\n\n\"We are so sorry,\" said Hannah Greaves, who founded Maple & Moss with her "
            "husband in 2016.\n\nThe company said the fragments came from a broken seal.\n")
    found = {st.text: st.speaker for st in extract(text, extractor=extractor).statements}
    assert found["the fragments came from a broken seal"].name == "Maple & Moss"


def test_a_company_named_by_its_industry_word_is_no_person_and_is_the_company(extractor) -> None:
    # the NER reads "Harbourline Freight" as a person; "Freight" names a trade, as "Logistics" does
    text = ("Ransomware\n\nHarbourline Freight shut down its booking systems on Sunday after a ransomware attack.\n\n"
            "The company said no customer payment data was taken.\n")
    [st] = extract(text, extractor=extractor).statements
    assert (st.speaker.name, st.speaker.type) == ("Harbourline Freight", "organization")


def test_an_industry_word_as_a_surname_stays_a_person_and_a_body_someone_ran_is_no_company(extractor) -> None:
    text = ("Plant\n\n\"We will not accept these cuts,\" said Ana Steel, a union organiser.\n\nVelmora Battery Systems "
            "Inc. announced a new plant, backed by Jane Holt, who used to run the Environmental Protection Agency. "
            "The company said it would hire 300 people.\n")
    found = {st.text: st.speaker for st in extract(text, extractor=extractor).statements}
    assert (found["We will not accept these cuts"].name, found["We will not accept these cuts"].type) == \
        ("Ana Steel", "person")
    assert found["it would hire 300 people"].name == "Velmora Battery Systems"


def test_a_body_whose_founder_or_works_the_article_names_is_the_company(extractor) -> None:
    """"Brackwater's founder and chief executive", "Pellam Axles's foundry plant": what only a company has, so "the
    company" is that one, by the longest name the article gives it ("Brackwater Scooters", though the NER missed it
    there)."""
    text = ("Scooter recall\n\nBrackwater Scooters is recalling 12,000 batteries because they can overheat, a safety "
            "agency said on Thursday.\n\n\"We are sorry,\" said Brackwater's founder and chief executive, Ilse "
            "Marwood.\n\nThe company said a supplier had changed a glue without telling it.\n")
    speakers = _speakers(text, extractor)
    assert speakers["a supplier had changed a glue without telling it"] == ("Brackwater Scooters", "organization"), \
        speakers
    text = ("Strike\n\nAbout 900 workers at Pellam Axles's foundry plant walked out on Monday.\n\nThe company said it "
            "would keep the plant running with salaried staff.\n")
    speakers = _speakers(text, extractor)
    assert speakers["it would keep the plant running with salaried staff"] == ("Pellam Axles", "organization"), \
        speakers


@pytest.mark.parametrize("owner", ["Ana Lind", "Toledo"])
def test_a_persons_or_a_places_plant_makes_no_company(extractor, owner: str) -> None:
    """"Ana Lind's plant" (a given name) and "Toledo's plant" (a place) own no company name."""
    text = (f"Strike\n\nAbout 900 workers at {owner}'s foundry plant walked out on Monday.\n\nThe company said it "
            "would keep the plant running with salaried staff.\n")
    speakers = _speakers(text, extractor)
    assert speakers["it would keep the plant running with salaried staff"][0] != owner, speakers


def test_a_company_by_its_shares_in_a_headline_is_the_retailer_later(extractor) -> None:
    """ "Ardent Homewares shares plunge": a name with "shares" after it, without "'s", is a company's, whatever the
    NER read, so "The retailer" is that company."""
    text = ("Ardent Homewares shares plunge 31% after profit warning\n\nArdent Homewares said on Thursday that annual "
            "profit would fall.\n\nThe retailer now expects profit of £18m.\n")
    assert _names_by_mention(text, extractor) == {
        "Ardent Homewares": "Ardent Homewares", "The retailer": "Ardent Homewares"}


def test_a_company_with_its_listing_is_named_without_the_ticker(extractor) -> None:
    text = ("Earbuds\n\nSablewick Systems, Inc. (NASDAQ: SBLW), a maker of audio chips, today announced the Halo Pro, "
            "its first wireless earbuds.\n")
    [statement] = extract(text, extractor=extractor).statements
    assert statement.speaker.name == "Sablewick Systems"


@pytest.mark.parametrize("listing", ["(CSE: TMH)", "(NYSE: TMH)", "(Nasdaq: TMH)", "(TSXV: TMH.U)"])
def test_a_name_with_its_listing_is_a_company_that_the_company_stands_for(extractor, listing: str) -> None:
    text = (f"Heaters recalled\n\nTamsin Home {listing} is recalling about 380,000 space heaters, the largest recall "
            "in the retailer's history.\n\n\"We acted as soon as we knew,\" said Tamsin's chief executive, Graham "
            "Delaney-Osei.\n\nThe company said customers could return the heaters to any of its stores.\n")
    assert _names_by_mention(text, extractor) == {
        "Tamsin's chief executive, Graham Delaney-Osei": "Graham Delaney-Osei", "The company": "Tamsin Home"}


@pytest.mark.parametrize("lead, name", [
    ("Chipmaker Halden Tech (Nasdaq: HLDN) cut its forecast on Monday.", "Halden Tech"),
    ("On Monday Halden Tech (NASDAQ: HLDN) cut its forecast.", "Halden Tech"),
    ("Harlow Foods Inc. (NYSE: HRW) said on Monday that sales rose.", "Harlow Foods"),
    ("Combined Freight Lines (NYSE: CFL) cut its forecast.", "Combined Freight Lines"),
    ("Harlow & Sons (LSE: HAS) cut its forecast.", "Harlow & Sons"),
])
def test_a_listed_company_is_named_without_the_words_before_it_or_its_legal_form(extractor, lead: str,
                                                                                  name: str) -> None:
    text = f"Chips\n\n{lead}\n\nThe company said demand had weakened.\n"
    assert _names_by_mention(text, extractor)["The company"] == name


def test_the_retailer_is_the_listed_company_not_its_ticker(extractor) -> None:
    text = ("Heaters\n\nRetailer Tamsin Home (NYSE: TMH) is recalling 380,000 heaters.\n\nThe retailer said customers "
            "could return them.\n")
    assert _names_by_mention(text, extractor) == {"The retailer": "Tamsin Home"}


def test_a_company_listed_on_any_exchange_is_named_without_the_ticker(extractor) -> None:
    text = ("Profit falls\n\nKelvane Systems (CSE: KVL) on Tuesday reported a 41% drop in second-quarter profit.\n\n"
            "\"We overbuilt,\" the company said.\n")
    assert _names_by_mention(text, extractor) == {
        "Kelvane Systems (CSE: KVL)": "Kelvane Systems", "the company": "Kelvane Systems"}


@pytest.mark.parametrize(("text", "content", "body"), [
    pytest.param("Surcharge\n\nContainer carrier Austral-Nordic Line will add a surcharge on cargo through Velmar.\n\n"
                 "The carrier told customers on Wednesday that it would charge $400 per container.\n",
                 "it would charge $400 per container", "Austral-Nordic Line", id="a-title-before-the-name"),
    pytest.param("Tug strike\n\nTug crews employed by contractor Selkie Marine walked out on Saturday.\n\nThe "
                 "contractor said talks would resume on Monday.\n", "talks would resume on Monday", "Selkie Marine",
                 id="a-name-the-ner-reads-as-a-persons"),
    pytest.param("Lithium\n\nPrices will fall further, analysts at Bramwell & Tye, the London broker, wrote on "
                 "Tuesday.\n\nThe broker said a floor was near $9,000 a tonne.\n", "a floor was near $9,000 a tonne",
                 "Bramwell & Tye", id="the-noun-in-apposition-to-the-name"),
    pytest.param("Partnership\n\nGallowmere, the regional supermarket chain, will give surplus food to the charity "
                 "Full Table.\n\nThe chain said it would also buy vans.\n", "it would also buy vans", "Gallowmere",
                 id="a-body-it-dealt-with-named-between"),
    pytest.param("School closes\n\nTheir children's school, Leaders' College, closed on Friday. The school said "
                 "fees would be refunded.\n", "fees would be refunded", "Leaders' College",
                 id="an-apostrophe-inside"),
])
def test_the_noun_a_body_was_described_by_stands_for_it(extractor, text: str, content: str, body: str) -> None:
    """ "the carrier", "the contractor", "the broker" are the body the article described by that noun before, as a
    title before its name or in apposition, whatever the noun."""
    assert _speakers(text, extractor)[content] == (body, "organization")


@pytest.mark.parametrize(("text", "content", "speaker"), [
    pytest.param("Studio\n\nThe potter Ines Vale opened her studio in 2004.\n\nThe potter said clay teaches "
                 "patience.\n", "clay teaches patience", (None, "unknown"), id="a-person-so-described"),
    pytest.param("Court\n\nThe suspect, Okonkwo Adeyemi, appeared in court on Monday. The suspect said he was "
                 "innocent.\n", "he was innocent", (None, "unknown"), id="a-person-the-ner-reads-as-a-place"),
    pytest.param("Record\n\nShe served on the state Senate Finance Committee.\n\nThe state said the jobless rate was "
                 "2.8 percent.\n", "the jobless rate was 2.8 percent", ("state", "organization"),
                 id="the-body-of-a-place"),
    pytest.param("Markets\n\nShares of Google's parent company, Alphabet, rose 3 percent on Friday. Bond yields fell. "
                 "Oil slipped for a third day. The index was held back by a drop in the oil giant Kerrigan Energy. The "
                 "company said demand had weakened in Asia.\n", "demand had weakened in Asia",
                 ("company", "organization"), id="another-company-named-since"),
    pytest.param("Surcharge\n\nContainer carrier Austral-Nordic Line will add a surcharge. Velmar hired a carrier for "
                 "the overflow. The carrier said it would start in May.\n", "it would start in May", (None, "unknown"),
                 id="a-new-one-brought-in-since"),
    pytest.param("Filing\n\nIn a filing with the regulator, Harmon Bulk said profits fell. The regulator said it would "
                 "review the filing.\n", "it would review the filing", ("regulator", "organization"),
                 id="the-subject-after-a-comma-is-no-apposition"),
    pytest.param("Markets\n\nProfits fell at the carrier, Reuters reported on Monday. The carrier said demand was "
                 "weak.\n", "demand was weak", (None, "unknown"), id="nor-the-outlet-reporting-it"),
])
def test_a_noun_stands_for_no_body_it_did_not_describe_last(extractor, text: str, content: str,
                                                            speaker: tuple[str | None, str]) -> None:
    """A person described by the noun ("the potter Ines Vale", "the suspect, Okonkwo Adeyemi,"), a place's body the
    noun only qualifies ("the state Senate"), a description followed by another company or by "a carrier", and a
    clause's subject after the noun and a comma are no body for the noun."""
    assert _speakers(text, extractor)[content] == speaker


@pytest.mark.parametrize(("text", "content", "speaker"), [
    pytest.param("Filing\n\nIn a filing with the regulator, Harmon Bulk, the operator of the ship, said profits "
                 "fell. The regulator said it would review the filing.\n", "it would review the filing",
                 ("regulator", "organization"), id="a-subject-with-its-own-apposition"),
    pytest.param("Homes\n\nPlans were lodged by the developer, Northfield Housing Partners of Montpelier, on Monday. "
                 "The developer said work would start in May.\n", "work would start in May",
                 ("Northfield Housing Partners", "organization"), id="an-apposition-with-its-place"),
    pytest.param("Rates\n\nContainer carrier Austral-Nordic Line said it was losing customers to rival carrier Selkie "
                 "Marine. The carrier said it would cut rates.\n", "it would cut rates",
                 ("Austral-Nordic Line", "organization"), id="not-the-rival"),
    pytest.param("Overflow\n\nContainer carrier Austral-Nordic Line will add a surcharge. Velmar hired another "
                 "carrier for the overflow. The carrier said it would start in May.\n", "it would start in May",
                 (None, "unknown"), id="another-one-since"),
    pytest.param("Fleet\n\nAustral-Nordic Line is a carrier with 40 ships. The carrier said it would add a route.\n",
                 "it would add a route", ("Austral-Nordic Line", "organization"), id="said-of-its-subject"),
    pytest.param("Grounding\n\nIn London Harmon Bulk, the operator, said the crew were safe. The operator said the "
                 "ship would be towed.\n", "the ship would be towed", ("Harmon Bulk", "organization"),
                 id="not-the-place-before-it"),
    pytest.param("Sale\n\nIts rival, the carrier Selkie Marine, said it would bid. The carrier said the offer was "
                 "fair.\n", "the offer was fair", ("Selkie Marine", "organization"), id="a-title-inside-an-apposition"),
    pytest.param("Output\n\nContainer carrier NRT Lines said volumes rose. The carrier said costs fell.\n",
                 "costs fell", ("NRT Lines", "organization"), id="a-name-in-capitals"),
])
def test_the_noun_stands_for_the_body_it_was_said_of(extractor, text: str, content: str,
                                                     speaker: tuple[str | None, str]) -> None:
    """The name in apposition to the noun, not a clause's subject after it; the one it was said of ("X is a
    carrier"); not a rival named since, nor when "another carrier" came in; the name's own words only."""
    assert _speakers(text, extractor)[content] == speaker


def test_the_name_in_apposition_is_the_names_words_only(extractor) -> None:
    text = ("Grounding\n\nOn Tuesday Harmon Bulk, the operator, said the crew were safe. The operator said the ship "
            "would be towed.\n\nLithium\n\nPrices will fall further, said Bramwell & Tye, a London broker. The "
            "broker said a floor was near $9,000.\n")
    speakers = _speakers(text, extractor)
    assert speakers["the ship would be towed"] == ("Harmon Bulk", "organization"), speakers
    assert speakers["a floor was near $9,000"] == ("Bramwell & Tye", "organization"), speakers


def test_a_name_ending_as_companies_names_do_is_a_company(extractor) -> None:
    """ "Kestrel Ridge Minerals", "Harmon Bulk": names the NER may read as people's are companies by their last
    word, and "the company" after one is that company."""
    text = ("Output\n\nKestrel Ridge Minerals said on Thursday that copper output rose 9 percent.\n\n\"We beat the "
            "plan,\" said chief executive Marguerite Okonjo.\n\nGold output fell 4 percent. The company blamed lower "
            "grades at its older mine.\n\nGrounded\n\nThe bulk carrier Orla Star lost power off the cape on Sunday. "
            "The ship's operator, Harmon Bulk, said the crew of 21 were safe.\n")
    speakers = _speakers(text, extractor)
    assert speakers["copper output rose 9 percent"] == ("Kestrel Ridge Minerals", "organization"), speakers
    assert speakers["lower grades at its older mine"] == ("Kestrel Ridge Minerals", "organization"), speakers
    assert speakers["the crew of 21 were safe"] == ("Harmon Bulk", "organization"), speakers


@pytest.mark.parametrize(("text", "content", "speaker"), [
    pytest.param("Appeal\n\n\"We are disappointed,\" said the spokeswoman. Harmon Bulk said it would appeal.\n",
                 "it would appeal", ("Harmon Bulk", "organization"), id="a-role-ending-the-sentence-before"),
    pytest.param("Funds\n\nAsset manager Harmon Capital said it had sold its stake.\n", "it had sold its stake",
                 ("Harmon Capital", "organization"), id="a-role-firms-hold-too"),
    pytest.param("Ferry\n\nSelkie Line, the ferry operator, said sailings would resume.\n", "sailings would resume",
                 ("Selkie Line", "organization"), id="a-line"),
])
def test_a_company_whose_name_the_ner_reads_as_a_persons_stays_a_company(extractor, text: str, content: str,
                                                                         speaker: tuple[str, str]) -> None:
    assert _speakers(text, extractor)[content] == speaker


@pytest.mark.parametrize(("text", "content", "speaker"), [
    pytest.param("Count\n\n\"We will win this seat,\" said Jean-Marie Line, the party's candidate. Line said the polls "
                 "were wrong.\n", "the polls were wrong", ("Jean-Marie Line", "person"), id="a-given-name-in-a-hyphen"),
    pytest.param("Output\n\nChief executive Bolat Metals said output would rise. Metals said costs were falling.\n",
                 "costs were falling", ("Bolat Metals", "person"), id="after-a-role"),
    pytest.param("Output\n\nSaid chief executive Jean-Paul Metals: output would rise. Metals said costs were "
                 "falling.\n", "costs were falling", ("Jean-Paul Metals", "person"), id="a-given-name-after-a-hyphen"),
    pytest.param("Crash\n\nThe driver, Yerlan Lines, was taken to hospital. The driver said the brakes had failed.\n",
                 "the brakes had failed", ("Yerlan Lines", "person"), id="after-a-persons-noun"),
])
def test_a_person_whose_surname_ends_as_companies_names_do_stays_a_person(extractor, text: str, content: str,
                                                                          speaker: tuple[str, str]) -> None:
    assert _speakers(text, extractor)[content] == speaker


def test_a_company_named_with_and_without_its_legal_form_is_one_company(extractor) -> None:
    text = ("Coffee chain to cut prices\n\nVivian Oduro took over Nestor Coffee Co., the chain of 1,900 cafes, in "
            "January. \"They noticed,\" Oduro said.\n\nNestor will cut prices on 12 drinks from next month, the "
            "company said.\n")
    speakers = _speakers(text, extractor)
    assert speakers["Nestor will cut prices on 12 drinks from next month"] == ("Nestor Coffee", "organization"), \
        speakers


@pytest.mark.parametrize("who, name, kind", [
    pytest.param("The developer, Pinecrest Residential of Indianapolis,", "Pinecrest Residential", "organization",
                 id="a-body-the-ner-left-untyped-then-its-town"),
    pytest.param("The builder, Tomasz Wierzbicki of Gdansk,", "Tomasz Wierzbicki", "person", id="a-person-stays-one"),
])
def test_a_name_in_apposition_before_where_it_is_from(extractor, who: str, name: str, kind: str) -> None:
    text = f"Council backs flats\n\nThe council voted on Monday.\n\n{who} said the units would be rented at low rates."
    assert _speakers(text, extractor)["the units would be rented at low rates"] == (name, kind)


def test_the_group_after_a_company_with_a_legal_form_is_that_company(extractor) -> None:
    """Business news calls the company "the group" after "Sungai Kerian Plantations Bhd"; not when another body
    was named since ("Consumer Voice, a watchdog, ... The group said": not the company)."""
    text = ("Palm oil results\n\nKUALA LUMPUR: Sungai Kerian Plantations Bhd said its net profit for the third quarter "
            "rose 34%.\n\nThe group said in a filing with Bursa Malaysia that revenue for the quarter rose 21%.\n\n"
            "Consumer Voice, a watchdog, criticised the price of cooking oil.\n\nThe group said shoppers were paying "
            "too much.\n")
    speakers = _speakers(text, extractor)
    assert speakers["revenue for the quarter rose 21%"] == ("Sungai Kerian Plantations", "organization"), speakers
    assert speakers["shoppers were paying too much"][0] != "Sungai Kerian Plantations", speakers


def test_the_company_after_a_supplier_named_with_its_town_is_the_supplier(extractor) -> None:
    """ "The supplier, Prairie Crest Poultry of Brandis, recalled ...": the NER reads the town as a body too; "The
    company said" is the supplier, named in apposition to the subject (and "The Bank of England ... The bank" keeps
    its "of")."""
    text = ("Fair outbreak\n\nHe believes the chicken was already bad when it arrived. The supplier, Prairie Crest "
            "Poultry of Brandis, recalled 14,000 pounds of cooked chicken on Tuesday. The company said in a statement "
            "that none of its other customers had reported illnesses.\n\nThe Bank of England raised rates on "
            "Thursday. The bank said inflation was too high.\n")
    speakers = _speakers(text, extractor)
    assert speakers["none of its other customers had reported illnesses"] == ("Prairie Crest Poultry",
                                                                              "organization"), speakers
    assert speakers["inflation was too high"] == ("Bank of England", "organization"), speakers


def test_neither_a_dateline_nor_an_office_nor_a_regulator_is_the_company(extractor) -> None:
    """A wire's dateline ("LONDON, Feb 27, 2030 (Meridian Wire) -"), an office's initials ("the MP who chairs ...")
    and a regulator's initials ("the PMA's final notice") are no company "the company" or "the lender" stands for,
    nor a body "the regulator" does."""
    text = ("Results\n\nLONDON, Feb 27, 2030 (Meridian Wire) - Annual profit at engineering group Stenhollow Plc rose "
            "18%, and the group raised its dividend.\n\nShares in the company rose 7% in early trading.\n\n"
            "The order book stood at 6.8 billion pounds, the company said.\n\n"
            "The Prudential Markets Authority has fined Pemberton Lisle Bank Plc £48m. According to the PMA's final "
            "notice, staff reviewed fewer than a third of the flagged transactions.\n\nThe lender said it accepted "
            "the findings.\n\nRhiannon Obuya-Strand, the MP who chairs the Treasury Committee, said she would write "
            "to the regulator.\n\nThe regulator said its investigation was continuing.\n")
    speakers = _speakers(text, extractor)
    assert speakers["The order book stood at 6.8 billion pounds"][0] != "LONDON", speakers
    assert speakers["it accepted the findings"][0] != "Prudential Markets Authority", speakers
    assert speakers["its investigation was continuing"][0] != "MP", speakers


def test_a_company_with_its_legal_form_and_listing_is_the_company_not_its_exchange(extractor) -> None:
    # "(Xetra: VLT)" is no dateline's agency, and "Volt AG" is the company "Volt" of "the company"
    text = ("Volt results\n\nVolt AG (Xetra: VLT) said on Tuesday that its profit had doubled. The company said demand "
            "was strong.\n")
    statements = extract(text, extractor=extractor).statements
    assert {s.text: (s.speaker.mention.text, s.speaker.name) for s in statements} == {
        "its profit had doubled": ("Volt AG (Xetra: VLT)", "Volt"), "demand was strong": ("The company", "Volt")}


def test_a_name_set_beside_a_start_up_is_the_company_the_company_stands_for(extractor) -> None:
    # the tokenizer splits "start-up" into three words, the last of them "up"
    text = ("Start-up raises money\n\nQuillon, the Leeds-based payments start-up, said on Monday it had raised £40m. "
            "The company said it would hire 80 staff.\n")
    assert _speakers(text, extractor)["it would hire 80 staff"] == ("Quillon", "organization")


def test_the_name_beside_a_works_owner_is_the_company_the_company_stands_for(extractor) -> None:
    text = ("Roof fall\n\nTwo miners were killed. The mine's owner, Tarrawong Resources, said the fall happened at "
            "about 1.40am. The company said 14 other workers were safe.\n")
    assert _speakers(text, extractor)["14 other workers were safe"] == ("Tarrawong Resources", "organization")


def test_a_person_beside_a_works_owner_is_no_company(extractor) -> None:
    text = "Fire\n\nThe plant's owner, Ana Lind, said the fire was out. The company said 14 other workers were safe.\n"
    assert _speakers(text, extractor)["the fire was out"] == ("Ana Lind", "person")


@pytest.mark.parametrize("text, content, speaker", [
    ("Mill\n\nThe mill's operator, Sawmill Workers Cooperative, said it would reopen. The cooperative said 40 jobs "
     "were saved.\n", "40 jobs were saved", ("Sawmill Workers Cooperative", "organization")),
    ("Fire\n\nThe factory's owner, Lind & Sons, said it would pay. The company said the workers would be rehired.\n",
     "the workers would be rehired", ("Lind & Sons", "organization")),
])
def test_a_works_owner_named_as_a_body_or_with_an_ampersand_keeps_its_name(extractor, text: str, content: str,
                                                                           speaker: tuple[str, str]) -> None:
    # review of bf3ef1a
    assert _speakers(text, extractor)[content] == speaker
