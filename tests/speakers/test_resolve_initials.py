"""A body named by its initials is named as the article spelled them out before: "NEA" after "The National
Environment Agency (NEA)", "The OBR" after "the Office for Budget Responsibility (OBR)"; an interview's answers
under "TR:" are those of the one person named Tobias Renner. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _names(text: str, extractor) -> dict[str, str | None]:
    return {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}


def test_initials_take_the_name_spelled_out_before(extractor) -> None:
    text = ("Robots in hawker centres\n\nThe National Environment Agency (NEA) will spend about $60 million on the "
            "machines.\n\nIn response to queries, NEA said the robots would not replace any jobs.\n\nA forecast by "
            "the Office for Budget Responsibility (OBR) came out on Monday. The OBR said debt would rise.\n")
    names = _names(text, extractor)
    assert names["the robots would not replace any jobs"] == "National Environment Agency", names
    assert names["debt would rise"] == "Office for Budget Responsibility", names


def test_initials_spelled_out_as_something_else_stay_as_written(extractor) -> None:
    text = ("Port\n\nThe harbour board met the Kesteln Port Users Group (PUG) on Monday.\n\nNEA said the water was "
            "clean.\n")
    assert _names(text, extractor)["the water was clean"] == "NEA"


def test_initials_in_a_headline_take_the_name_the_body_spells_out(extractor) -> None:
    # the NER takes headline initials for nothing; the body spelling them out makes them a body's
    text = ("IEBC says Kanyaboli East results \"will be out by Saturday\"\n\nKISUMU — The Independent Electoral and "
            "Boundaries Commission (IEBC) has said results of Thursday's by-election will be declared by Saturday "
            "evening.\n")
    names = _names(text, extractor)
    assert names['Kanyaboli East results "will be out by Saturday"'] == \
        "Independent Electoral and Boundaries Commission", names


def test_initials_of_hyphenated_words_count_each_part(extractor) -> None:
    text = ("Flood relief\n\nThe army rebuilt 14 bridges, according to a press release issued by the Inter-Services "
            "Public Relations (ISPR).\n\nMore camps would open on Monday, the ISPR said.\n")
    assert _names(text, extractor)["More camps would open on Monday"] == "Inter-Services Public Relations"


@pytest.mark.parametrize("first, later, name", [
    ("Prime Minister Anna Kowalczyk said the budget would pass. Opposition leader Tom Reyes said it would fail.",
     "The PM", "Anna Kowalczyk"),
    ("Chief Minister Rekha Patil visited the camps on Monday.", "Later, the CM", "Rekha Patil"),
    ("Chief of Army Staff General Tariq Khattak visited the flooded district on Saturday.", "The COAS",
     "Tariq Khattak"),
])
def test_the_initials_of_a_persons_office_name_that_person(extractor, first, later, name) -> None:
    text = f"Floods\n\n{first}\n\n{later} said relief would reach every village.\n"
    assert _names(text, extractor)["relief would reach every village"] == name


def test_an_interviews_answers_under_the_initials_of_the_one_person_named_so(extractor) -> None:
    text = ("Tobias Renner at 80\n\nThe conductor Tobias Renner turns 80 next month.\n\nYou trained as a violinist. "
            "Why did you stop?\n\nTR: Because I was a terrible violinist.\n\nIs it true?\n\nTR: Twice. The second "
            "time it was mine.\n")
    assert [s.speaker.name for s in extract(text, extractor=extractor).statements if s.speaker and
            s.speaker.mention.text == "TR"] == ["Tobias Renner", "Tobias Renner"]


def test_initials_that_two_people_share_name_nobody(extractor) -> None:
    text = ("Interview\n\nThe conductor Tobias Renner and the violinist Tara Reyes spoke to us.\n\nTR: Because I was "
            "a terrible violinist.\n")
    assert [s.speaker.name for s in extract(text, extractor=extractor).statements if s.speaker and
            s.speaker.mention.text == "TR"] == [None]


def test_a_company_by_its_initials_is_no_person_with_those_initials(extractor) -> None:
    """Review 15: initials name a person only as an interview's label opening a line ("TR:")."""
    text = "Oil\n\nBen Porter runs the depot. BP said the leak had been contained.\n"
    assert [s.speaker.name for s in extract(text, extractor=extractor).statements] == ["BP"]


def test_someone_named_by_initials_only_is_a_person(extractor) -> None:
    """ "RK, who is 38,": a tribunal or an asylum story names someone by initials; "she" after is RK."""
    text = ("Hearing\n\nRK, who is 38, told the tribunal she had been threatened. She said she feared for her "
            "children.\n")
    found = [(s.speaker.name, s.speaker.type) for s in extract(text, extractor=extractor).statements]
    assert found == [("RK", "person"), ("RK", "person")]


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Raid\n\nSenator Tom Reyes welcomed the inquiry. The FBI, who had tracked the group for months, said "
                 "the suspects were armed. He said the agents had done well.\n", "Tom Reyes", id="the-fbi-who"),
    pytest.param("Jobs\n\nMinister Tom Reyes spoke first. BP, whose shares fell 4%, said it would cut 2,000 jobs. "
                 "He said the cuts were regrettable.\n", "Tom Reyes", id="bp-whose-without-the"),
    pytest.param("Audit\n\nFinance Minister Tom Reyes said the rules would change. EY, whose partners signed off the "
                 "accounts, said the standards had been followed. He said auditors must be held to account.\n",
                 "Tom Reyes", id="a-firm-with-no-it"),
    pytest.param("Aid\n\nAmbassador Anna Lind spoke first. The US, whose troops left in 2021, said it would send aid. "
                 "She said the aid was overdue.\n", "Anna Lind", id="the-us-whose"),
])
def test_initials_of_a_body_stay_a_bodys(extractor, text: str, name: str) -> None:
    """ "The FBI, who ...": a body the article calls "who", not someone named by initials, and no "he" of it."""
    statements = extract(text, extractor=extractor).statements
    [body] = [s for s in statements if s.speaker.mention.text.startswith(("The ", "BP", "EY"))]
    assert body.speaker.type != "person"
    assert statements[-1].speaker.name == name


@pytest.mark.parametrize("initials", ["C.B.P.", "CBP"])
def test_initials_with_or_without_points_take_the_name_spelled_out_without_brackets(extractor, initials) -> None:
    # the hundred-and-fifth collection: a country's initials before the name are left out of the body's initials
    text = ("Border report\n\nU.S. Customs and Border Protection runs the center near the river, which opened in "
            f"2019.\n\nIn a response included in the report, {initials} said it would open a second site by March.\n")
    assert _names(text, extractor)["it would open a second site by March"] == "U.S. Customs and Border Protection"


def test_initials_two_bodies_of_the_article_share_stay_as_written(extractor) -> None:
    text = ("Two boards\n\nThe Kesteln Port Board and the Kesteln Power Board met on Monday in the town hall.\n\n"
            "KPB said the talks went well.\n")
    assert _names(text, extractor)["the talks went well"] == "KPB"



def test_an_office_by_its_initials_with_points_is_its_holder(extractor) -> None:
    # the hundred-and-eighth collection: "the D.A." as "the DA"
    text = ("Charges\n\nHalcomb County District Attorney Celeste Marchbanks-Ode said on Thursday that she would ask a "
            "grand jury to indict the officer. The D.A. said the video was clear.\n")
    assert _names(text, extractor)["the video was clear"] == "Celeste Marchbanks-Ode"


@pytest.mark.parametrize("text, content, name", [
    # review 28: a person's name spells no body's initials, nor does a run across a sentence's end
    ("Campaign\n\nRobert Francis Kennedy opened his campaign office on Monday in the old bank. \"We start today,\" "
     "RFK said.\n", "We start today", "RFK"),
    ("Police\n\nChief Bob Parker addressed the city council on Monday. \"We need forty more officers,\" CBP said in a "
     "tweet later.\n", "We need forty more officers", "CBP"),
    ("Scam calls\n\nThe calls were traced to a call centre near Preston. Chief Adams said his officers were working "
     "with banks. \"Never give your bank details over the phone,\" the PCA said.\n",
     "Never give your bank details over the phone", "PCA"),
])
def test_initials_no_body_of_the_article_spells_stay_as_written(extractor, text, content, name) -> None:
    assert _names(text, extractor)[content] == name


def test_a_body_named_in_translation_beside_its_own_initials_is_named_in_full(extractor) -> None:
    # "AFEM" abbreviates the directorate's name in its own language, not the English words before it
    text = ("Quake toll rises\n\nThe death toll had risen to 1,284, the Disaster and Emergency Directorate (AFEM) said "
            "on Thursday evening. AFEM said more than 38,000 rescuers were working.\n")
    names = {s.speaker.mention.text: s.speaker.name for s in extract(text, extractor=extractor).statements}
    assert names == {"the Disaster and Emergency Directorate (AFEM)": "Disaster and Emergency Directorate",
                     "AFEM": "Disaster and Emergency Directorate"}


@pytest.mark.parametrize("lead, short, body", [
    ("President Ruto and the Electoral Commission (IEBC)", "IEBC", "Electoral Commission"),
    ("In Ankara the Disaster and Emergency Management Authority (AFAD)", "AFAD",
     "Disaster and Emergency Management Authority"),
    ("Yesterday Lagos State Emergency Management Agency (LASEMA)", "LASEMA", "Lagos State Emergency Management Agency"),
])
def test_initials_in_another_language_name_the_body_alone(extractor, lead: str, short: str, body: str) -> None:
    # review of bf3ef1a: not the person, the time or the place before the body's name
    text = f"Update\n\n{lead} said the work would go ahead. {short} said it had begun.\n"
    assert _names(text, extractor)["it had begun"] == body
