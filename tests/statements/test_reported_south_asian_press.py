"""English-language press of South Asia, Africa and South-East Asia: a dateline in capitals and a colon before a
lede that names its own source ("SUNDARAPURAM: ..., Commissioner X said at a press meet"), "X stated this while
addressing ...", "directed [X to ...]", honorifics before a name ("Smt.", "Datuk Hajah"), an agency's dateline in
title case ("Accra, Jan. 20, GNA - ..."), a role's initials in a headline ("...: CM"). Invented."""
from __future__ import annotations

import pytest

from fixtures.reported_findings import contents_by_cue, sources_by_cue
from onrecord.pipeline import extract


def _statements(text: str, extractor) -> dict[str, tuple[str | None, str | None]]:
    return {s.text[:24]: (s.cue.text if s.cue else None, s.speaker.name if s.speaker else None)
            for s in extract(text, extractor=extractor).statements}


@pytest.mark.parametrize("lede, cue", [
    pytest.param("SUNDARAPURAM: The city police have busted an inter-State gang of chain-snatchers and arrested 11 "
                 "persons, including two juveniles, Commissioner of Police Anuradha Iyengar said at a press meet here "
                 "on Friday.", "said", id="own-source-after-the-lede"),
    pytest.param("KOTA SERAYA: Assemblyman Zulkifli Omar has quit the party and declared his support for the state "
                 "government.", "declared", id="two-words-and-a-present-perfect"),
])
def test_a_dateline_in_capitals_is_no_speaker(extractor, lede: str, cue: str) -> None:
    text = f"Gang behind 40 chain-snatchings busted: CP\n\nSpecial Correspondent\n\n{lede}\n"
    cues = {s.cue.text for s in extract(text, extractor=extractor).statements if s.cue}
    assert ":" not in cues and cue in cues, cues


def test_a_dateline_below_a_saved_pages_furniture_is_no_speaker(extractor) -> None:
    # the headline, its repeat, a menu, a date line and a caption come before the dateline on a saved page
    text = ("Deccan Citylife | \"Will open 20 more outlets\": bakery founder\n\"Will open 20 more outlets\": bakery "
            "founder\nHome  City  Business  Skip to content\nUpdated: Mar 08, 2026, 19:40 IST | Share this article\n"
            "Image: The founder at the new outlet. (Photo: Special arrangement)\n PUNE: Bakery chain Crumbs & Co "
            "opened its first company-owned store in Kothrud on Sunday.\n\"We will open 20 more outlets,\" said "
            "founder Ananya Kulkarni.\n")
    statements = extract(text, extractor=extractor).statements
    # the one colon that speaks is the headline's ('"...": bakery founder'), not the dateline's
    assert [(s.speaker.mention.text, s.speaker.name) for s in statements if s.cue and s.cue.text == ":"] == [
        ("bakery founder", "Ananya Kulkarni")], [(s.cue, s.text) for s in statements]


def test_a_dateline_opening_a_text_with_no_headline_is_no_speaker(extractor) -> None:
    text = "KUTTANADU: Over 4,200 people have been shifted to relief camps after the river breached its bunds.\n"
    statements = extract(text, extractor=extractor).statements
    assert not any(s.cue and s.cue.text == ":" for s in statements), [(s.cue, s.text) for s in statements]


def test_a_dateline_above_an_interview_is_no_speaker(extractor) -> None:
    """An interview's "Q:" further down makes no dateline above it a speaker."""
    text = ("Flood relief\n\nVELLAPURAM: Over 4,200 people have been shifted to relief camps after the river breached "
            "its bunds.\n\nQ: How long will the camps stay open?\n\nMenon: Until the water goes down.\n")
    statements = extract(text, extractor=extractor).statements
    assert not any(s.speaker and s.speaker.mention and s.speaker.mention.text == "VELLAPURAM" for s in statements)


def test_a_name_in_capitals_in_a_headline_keeps_its_statement(extractor) -> None:
    """A headline has no full stop: "HALDANE: Council hid the true cost of the rates rise" is Haldane's, not a
    dateline."""
    text = "HALDANE: Council hid the true cost of the rates rise\n\nThe councillor spoke at the meeting on Monday.\n"
    statements = extract(text, extractor=extractor).statements
    assert any(s.cue and s.cue.text == ":" for s in statements), [(s.cue, s.text) for s in statements]


def test_a_dateline_the_ner_knows_no_place_is_no_speaker(extractor) -> None:
    """A lone word in capitals above a narration is where the story comes from, though the NER knows no such place."""
    text = ("Villages under water as river breaches bunds\n\nVELLAPURAM: Over 4,200 people from 19 villages have been "
            "shifted to relief camps after the river breached its bunds at three places.\n")
    statements = extract(text, extractor=extractor).statements
    assert not any(s.cue and s.cue.text == ":" for s in statements), [(s.cue, s.text) for s in statements]


@pytest.mark.parametrize("text", [
    pytest.param("POLICE: Two men have been arrested after the raid\n\nOfficers searched three homes.\n",
                 id="a-body-in-a-headline"),
    pytest.param("Pay talks\n\nUNIONS: Members have rejected the offer.\n", id="a-body-in-capitals"),
    pytest.param("Interview\n\nErik Halvorsen left the company in March.\n\nQ: What went wrong?\n\nHALVORSEN: The "
                 "company has lost its way since the merger.\n", id="an-answer-under-a-surname"),
    pytest.param("Interview\n\nQ: What went wrong?\n\nTREASURY: The fund has lost its way since the merger.\n",
                 id="an-answer-in-an-interview"),
])
def test_a_label_in_capitals_that_is_no_place_keeps_its_statement(extractor, text: str) -> None:
    statements = extract(text, extractor=extractor).statements
    assert any(s.cue and s.cue.text == ":" for s in statements), [(s.cue, s.text) for s in statements]


def test_stated_this_reports_the_clause_before_it(nlp) -> None:
    text = ("NANDIGRAMA: The State government will not tolerate any attempt to disturb law and order, Chief Minister "
            "Kaveri Raman stated this while addressing a gathering on Sunday.")
    assert contents_by_cue(nlp, text)["stated"] == \
        "The State government will not tolerate any attempt to disturb law and order"
    assert sources_by_cue(nlp, text)["stated"] == "Chief Minister Kaveri Raman"


def test_a_court_or_an_officer_directing_someone_to_act(nlp) -> None:
    text = "A two-member bench of the High Court directed the city police officer to produce the merchant on Monday."
    assert "to produce the merchant on Monday" in contents_by_cue(nlp, text)["directed"]


def test_a_film_directed_is_no_statement(nlp) -> None:
    assert "directed" not in contents_by_cue(nlp, "Sylvia Manzano, who directed the film, said the gap had closed.")


@pytest.mark.parametrize("sentence, name, role", [
    pytest.param("Chief Minister of Vindhya Pradesh Smt. Kaveri Raman said the flyover would open in May.",
                 "Kaveri Raman", "Chief Minister of Vindhya Pradesh", id="smt"),
    pytest.param("Chief Minister Datuk Hajah Rosnah Abdul Ghani said there would be no cabinet post.",
                 "Rosnah Abdul Ghani", "Chief Minister", id="datuk-hajah"),
    pytest.param("State Works Minister Datuk Seri Lorenzo Sinsua said repairs were finished.", "Lorenzo Sinsua",
                 "State Works Minister", id="datuk-seri"),
])
def test_honorifics_before_a_name_are_neither_name_nor_role(extractor, sentence: str, name: str, role: str) -> None:
    [statement] = extract(f"News\n\n{sentence}\n", extractor=extractor).statements
    assert (statement.speaker.name, statement.speaker.role) == (name, role)


def test_an_agency_dateline_in_title_case_is_no_part_of_the_speaker(extractor) -> None:
    text = ("Banks to publish all fees, says BoG\n\nAccra, Jan. 20, GNA - The Bank of Ghana (BoG) has directed all "
            "banks to publish their full schedule of charges by March 31.\n")
    found = _statements(text, extractor)
    assert found["Banks to publish all fee"] == ("says", "Bank of Ghana")
    assert found["to publish their full sc"] == ("directed", "Bank of Ghana")


def test_a_role_s_initials_in_a_headline_and_after_the_are_its_holder(extractor) -> None:
    """"CP" for the Commissioner of Police, which the NER reads as a place; "the US" stays a country."""
    text = ("Gang behind 40 chain-snatchings busted: CP\n\nSUNDARAPURAM: The city police have busted a gang, "
            "Commissioner of Police Anuradha Iyer said on Friday.\n\nAccording to the CP, the gang would arrive by "
            "train on weekends.\n")
    found = _statements(text, extractor)
    assert found["Gang behind 40 chain-sna"] == (":", "Anuradha Iyer")
    assert found["the gang would arrive by"] == ("According to", "Anuradha Iyer")


def test_an_honorific_s_period_ends_no_sentence(nlp) -> None:
    """"Smt." is one token, as "Gov." is: the parser no longer starts a sentence at the name after it, which lost
    "stated this" its subject and its clause."""
    text = ("The State government will not tolerate any attempt to disturb law and order, Chief Minister of Vindhya "
            "Pradesh Smt. Kaveri Raman stated this while addressing a gathering.")
    assert contents_by_cue(nlp, text)["stated"] == \
        "The State government will not tolerate any attempt to disturb law and order"


@pytest.mark.parametrize("sentence, name", [
    pytest.param("The Vice-Chancellor, Prof. (Mrs.) Folasade Ibironke Ajayi, lamented that the university had lost "
                 "43 lecturers.", "Folasade Ibironke Ajayi", id="titles-inside-the-appositive"),
    pytest.param("The best graduating student, Miss Chiamaka Blessing Okonkwo of the Department of Mechanical "
                 "Engineering, who finished with a CGPA of 4.91, thanked her parents and lecturers.",
                 "Chiamaka Blessing Okonkwo", id="an-epithet-and-its-name"),
])
def test_a_name_apposed_with_its_honorifics(extractor, sentence: str, name: str) -> None:
    [statement] = extract(f"Convocation\n\n{sentence}\n", extractor=extractor).statements
    assert statement.speaker.name == name


@pytest.mark.parametrize("text", [
    pytest.param("However, the minister denied this.", id="an-adverb"),
    pytest.param("In a statement, the police confirmed this.", id="a-prepositional-phrase"),
    pytest.param("Speaking to reporters on Monday, Governor Lind said this.", id="a-participle"),
])
def test_stated_this_after_no_clause_reports_no_opening_phrase(nlp, text: str) -> None:
    contents = contents_by_cue(nlp, text)
    cue = next(c for c in ("denied", "confirmed", "said") if c in contents)
    assert contents[cue] == "this"


def test_stated_this_after_a_clause_opened_by_now(nlp) -> None:
    """The tagger reads "Now" at a sentence's start as an interjection: still one adverb before the clause."""
    text = ("Now the ministry will review the contract before the end of the month, Minister of Works Chidi Okafor "
            "stated this on Monday in Abuja.")
    assert contents_by_cue(nlp, text)["stated"] == \
        "Now the ministry will review the contract before the end of the month"


def test_stated_this_after_a_clause_with_there(nlp) -> None:
    text = ("LAHORE: There is no shortage of fertiliser in the province, Minister Ali Raza stated this while "
            "addressing farmers.")
    assert contents_by_cue(nlp, text)["stated"] == "There is no shortage of fertiliser in the province"


def test_an_honorific_abbreviated_before_a_name_ends_no_sentence(extractor) -> None:
    text = "Schools\n\nThe state would build two new schools next year, Datuk Hj. Ahmad Zaki said on Monday.\n"
    [statement] = extract(text, extractor=extractor).statements
    assert (statement.text, statement.speaker.name) == ("The state would build two new schools next year",
                                                        "Ahmad Zaki")


@pytest.mark.parametrize("sentence, speaker", [
    pytest.param("Berg, 45, – a father of two – told reporters he was leaving.", "Berg", id="an-age-and-an-aside"),
    pytest.param("Lind, who joined the BBC in 2019 — and left it in 2021 — said the cuts were wrong.", "Lind",
                 id="a-relative-clause-and-an-aside"),
])
def test_a_name_before_a_dash_aside_is_no_agency_dateline(extractor, sentence: str, speaker: str) -> None:
    [statement] = extract(f"News\n\n{sentence}\n", extractor=extractor).statements
    assert statement.speaker.name == speaker


@pytest.mark.parametrize("line, name", [
    pytest.param("PRESIDENT OKAFOR: The reform has worked, whatever the critics claim.", "OKAFOR", id="a-role"),
    pytest.param("SENATOR HALE: The council has approved the plan.", "HALE", id="present-perfect-after-a-role"),
])
def test_a_label_that_names_someone_is_no_dateline(extractor, line: str, name: str) -> None:
    [statement] = extract(f"Transcript\n\n{line}\n", extractor=extractor).statements
    assert (statement.cue.text, statement.speaker.name) == (":", name)


def test_a_surname_like_an_honorific_stays_a_name(extractor) -> None:
    text = "Market\n\nAhmed Haji, a trader, said prices had doubled. Haji said he would close the stall.\n"
    names = {s.speaker.name for s in extract(text, extractor=extractor).statements}
    assert names == {"Ahmed Haji"}


def test_a_speaker_after_an_opening_participle_with_a_title_of_an_office(extractor) -> None:
    """The parser made "Raising ..." the subject and the NER read "the Opposition Sujatha Reddy" as a body."""
    text = ("Assembly\n\nRaising the issue during Question Hour, Leader of the Opposition Sujatha Reddy said "
            "contractors close to the ruling party had been paid.\n")
    [statement] = extract(text, extractor=extractor).statements
    assert statement.speaker.mention.text == "Leader of the Opposition Sujatha Reddy"
    assert statement.speaker.name == "Sujatha Reddy"
