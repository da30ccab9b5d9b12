"""Appeals, directives whose infinitive the parser hung apart, and what is no one's statement: signs and hoardings, a
source's wish to stay anonymous, words pointed back at, an audience addressed, a person greeted, a patient sent on, a
dateline before a sentence in the future. Invented (set 178's styles: Pakistani, Sri Lankan, Malaysian, Bangladeshi
and Irish papers)."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _statements(text: str, extractor) -> list[tuple[str | None, str, str]]:
    return [(s.speaker.mention.text if s.speaker and s.speaker.mention else None, s.cue.text if s.cue else "", s.text)
            for s in extract(text, extractor=extractor).statements]


@pytest.mark.parametrize("sentence, expected", [
    ("The council leader, Mary Dunne, appealed to residents to stay indoors on Friday.",
     ("The council leader, Mary Dunne", "appealed", "residents to stay indoors on Friday")),
    ("Gardai are appealing to anyone who was on the Port Road to come forward.",
     ("Gardai", "appealing", "anyone who was on the Port Road to come forward")),
    ("Police appealed for witnesses to come forward.", ("Police", "appealed", "witnesses to come forward")),
    ("The mayor appealed for calm after the riots.", ("The mayor", "appealed", "calm")),
    ("Northamptonshire Police are appealing for witnesses to come forward after a cyclist was seriously injured.",
     ("Northamptonshire Police", "appealing", "witnesses to come forward")),
    ("She appealed for anyone with dashcam or doorbell footage from the area to come forward.",
     ("She", "appealed", "anyone with dashcam or doorbell footage from the area to come forward")),
])
def test_an_appeal_is_a_statement(extractor, sentence: str, expected: tuple[str, str, str]) -> None:
    assert _statements(f"Floods\n\n{sentence}\n", extractor) == [expected]


@pytest.mark.parametrize("sentence", [
    "The phrases appealed to voters in the suburbs.",
    "The campaign is appealing to swing voters.",
    "Johnson may hold particular appeal for Republicans trying to protect their majorities.",
    "Taylor had only one appeal for the Whigs.",
])
def test_appeal_as_attraction_is_no_statement(extractor, sentence: str) -> None:
    assert _statements(f"Race\n\n{sentence}\n", extractor) == []


def test_an_appeal_to_a_court_stays_inside_what_was_said(extractor) -> None:
    """ "Appeal" is no cue of the lexicon's: as one it ended the content before "and would appeal" and lent its subject
    to the next cue."""
    found = _statements('Ruling\n\nShe said she was "devastated" and would appeal to the Court of Arbitration for '
                        'Sport.\n\nAtty. Gen. Wesley Hurd said his office would appeal to the 8th U.S. Circuit Court '
                        'of Appeals and called the ruling "a gift to anyone who wants to cheat."\n', extractor)
    assert [(cue, text) for _, cue, text in found] == [
        ("said", 'she was "devastated" and would appeal to the Court of Arbitration for Sport'),
        ("said", "his office would appeal to the 8th U.S. Circuit Court of Appeals"),
        ("called", 'the ruling "a gift to anyone who wants to cheat."')]
    assert found[2][0] == "Atty. Gen. Wesley Hurd"


def test_a_body_that_coordinates_appeals_makes_none(extractor) -> None:
    found = _statements("Quake\n\nThe Alliance, which coordinates appeals for 14 UK charities, said it had teams "
                        "there.\n", extractor)
    assert [cue for _, cue, _ in found] == ["said"]


@pytest.mark.parametrize("sentence", [
    'Blue signboards reading "Bus Lane 6.30 a.m. to 9.30 a.m." were put up on Monday.',
    'Yellow hoardings reading "Sorry for the inconvenience. We are building a better Ipoh" line much of the route.',
    'A notice pasted on the door of the operation theatre reads "OT closed until further notice".',
])
def test_what_a_sign_reads_is_no_statement(extractor, sentence: str) -> None:
    assert _statements(f"Works\n\n{sentence}\n", extractor) == []


def test_a_notice_that_says_something_is_a_source(extractor) -> None:
    assert _statements("Works\n\nThe notice said the road would close on Monday.\n", extractor) == [
        ("The notice", "said", "the road would close on Monday")]


@pytest.mark.parametrize("sentence", [
    "A senior officer at the hospital, who wished to remain anonymous, said the wards were full.",
    "A nurse who asked to remain anonymous said the wards were full.",
])
def test_a_wish_to_remain_anonymous_is_no_statement(extractor, sentence: str) -> None:
    assert [(cue, text) for _, cue, text in _statements(f"Dengue\n\n{sentence}\n", extractor)] == [
        ("said", "the wards were full")]


def test_views_pointed_back_at_are_no_new_statement(extractor) -> None:
    found = _statements("Water\n\nLAHORE: The minister said schools would stay shut. He expressed these views while "
                        "chairing a meeting on Sunday.\n\nThe union welcomed these comments from the mayor.\n",
                        extractor)
    assert [cue for _, cue, _ in found] == ["said", "welcomed"]


@pytest.mark.parametrize("sentence", [
    "Speaking to reporters after addressing a media briefing at the Ministry, the Minister said the lane would stay.",
    "On Monday he addressed striking drivers at the Carbon Market terminal.",
])
def test_an_audience_addressed_is_no_content(extractor, sentence: str) -> None:
    assert all(cue not in ("addressing", "addressed") for _, cue, _ in _statements(f"Lane\n\n{sentence}\n", extractor))


def test_what_is_addressed_stays_a_content(extractor) -> None:
    assert _statements("Lane\n\nThe plan addresses the concerns of drivers.\n", extractor) == [
        ("The plan", "addresses", "the concerns of drivers")]


@pytest.mark.parametrize("sentence, kept", [
    ('Pupils welcomed her with "Anak Kedah Gemilang", a song written by the music teacher.', []),
    ("Fans welcomed Tom Varga at the airport.", []),
    ("The union welcomed the decision.", [("The union", "welcomed", "the decision")]),
])
def test_a_person_welcomed_is_greeted(extractor, sentence: str, kept: list) -> None:
    assert _statements(f"School\n\n{sentence}\n", extractor) == kept


@pytest.mark.parametrize("sentence", [
    "Patients at the complex are being turned away or referred to Sylhet city, 70 km away, as posts are empty.",
    "The board referred the case to the police.",
    "Her two sons were admitted to the hospital last week.",
])
def test_someone_sent_on_or_taken_in_says_nothing(extractor, sentence: str) -> None:
    assert _statements(f"Clinic\n\n{sentence}\n", extractor) == []


def test_a_reference_is_still_a_statement(extractor) -> None:
    assert _statements("Plan\n\nHe referred to the plan as a disaster.\n", extractor) == [
        ("He", "referred", "the plan as a disaster")]


def test_a_dateline_before_a_sentence_in_the_future_is_no_speaker(extractor) -> None:
    found = _statements("Free breakfast for 40,000 Kedah pupils\n\nALOR SETAR: About 40,000 primary school pupils from "
                        "low-income families in Kedah will receive a free breakfast at school every day from next "
                        "term.\n\nThe minister said it would cost RM38mil.\n", extractor)
    assert found == [("The minister", "said", "it would cost RM38mil")]


def test_a_title_abbreviation_ends_no_sentence(extractor) -> None:
    """ "Hon." before the minister's name: the parser started a sentence at the name, and the cue after it lost the
    clause it closes; the title the parser hung on that clause is no part of it."""
    record = extract("Bus lane\n\nThe bus priority lane on Galle Road will be made permanent from next month despite "
                     "protests from drivers, Transport and Highways Minister Hon. Nalaka Jayawardena-Rodrigo stated.\n",
                     extractor=extractor)
    assert [(s.speaker.name, s.cue.text, s.text) for s in record.statements] == [
        ("Nalaka Jayawardena-Rodrigo", "stated",
         "The bus priority lane on Galle Road will be made permanent from next month despite protests from drivers")]


def test_a_directive_whose_infinitive_hangs_apart_keeps_its_object(extractor) -> None:
    found = _statements("Clinic\n\nShe directed the health complex to keep its ambulance ready.\n\nThe minister "
                        "ordered the police to clear the road, and said he would visit.\n", extractor)
    assert found == [("She", "directed", "the health complex to keep its ambulance ready"),
                     ("The minister", "ordered", "the police to clear the road"),
                     ("The minister", "said", "he would visit")]


def test_what_a_change_brings_about_is_no_directive(extractor) -> None:
    found = _statements("Ice\n\nMelting ice will make the sea less salty, which could push cod to spawn further "
                        "south.\n", extractor)
    assert all(cue != "push" for _, cue, _ in found), found


def test_a_headline_quote_of_people_named_by_what_they_do(extractor) -> None:
    record = extract("'We will not leave the roads', say battery-rickshaw pullers as Dhaka drive begins\n\nBy Staff "
                     "Correspondent\n\nDHAKA: Police began a drive on Monday against battery-run rickshaws.\n",
                     extractor=extractor)
    assert [(s.speaker.mention.text, s.text) for s in record.statements if s.headline] == [
        ("battery-rickshaw pullers", "We will not leave the roads")]


# --- the review of the first draft (436 invented passages, old code against new): its regressions, mended ----------

@pytest.mark.parametrize("sentence", [
    "Former housing minister Declan Rourke appealed to the High Court to overturn his conviction for fraud.",
    "The defendant appealed to the Court of Appeal to quash his sentence.",
    "Hasaranga appealed for lbw but umpire Kumar Dharmasena was unmoved.",
    "The campaign appealed to patriotism to win votes in the north.",
])
def test_an_appeal_in_law_in_a_game_or_to_a_feeling_is_no_plea(extractor, sentence: str) -> None:
    assert all(cue != "appealed" for _, cue, _ in _statements(f"Appeal\n\n{sentence}\n", extractor))


@pytest.mark.parametrize("sentence", [
    "Officers directed traffic to ease congestion around the stadium.",
    "Mira Kapoor directed the film to raise awareness of child marriage.",
])
def test_a_purpose_is_no_directive(extractor, sentence: str) -> None:
    assert _statements(f"Stadium\n\n{sentence}\n", extractor) == []


@pytest.mark.parametrize("sentence, content", [
    ("The minister addressed these matters in a statement on Sunday.", "these matters"),
    ("The club addressed rumors that the coach would leave at the end of the season.",
     "rumors that the coach would leave at the end of the season"),
    ("The judge addressed the arguments in a 40-page ruling.", "the arguments in a 40-page ruling"),
])
def test_things_addressed_are_no_audience(extractor, sentence: str, content: str) -> None:
    assert [(cue, text) for _, cue, text in _statements(f"Club\n\n{sentence}\n", extractor)] == [
        ("addressed", content)]


@pytest.mark.parametrize("sentence, content", [
    ("The union welcomed some of the proposals but said others went too far.", "some of the proposals"),
    ("Farmers' groups welcomed both, saying they would ease pressure on smallholders.", "both"),
    ("The church welcomed those who had lost their homes.", "those who had lost their homes"),
])
def test_only_a_person_welcomed_is_greeted(extractor, sentence: str, content: str) -> None:
    found = _statements(f"Plan\n\n{sentence}\n", extractor)
    assert ("welcomed", content) in [(cue, text) for _, cue, text in found], found


def test_a_person_welcomed_to_do_something_is_invited(extractor) -> None:
    """PolNeAR train: "[The town] welcomed [Trump to visit the city]" is annotated; the greeting rule lost it."""
    assert _statements("Ferguson\n\nThe town welcomed Trump to visit the city.\n", extractor) == [
        ("The town", "welcomed", "Trump to visit the city")]


@pytest.mark.parametrize("sentence, content", [
    ("It was admitted to the inquiry that the warnings had been ignored.", "the warnings had been ignored"),
    ("He referred the committee to his earlier evidence that the contract was legal.", "the contract was legal"),
])
def test_what_is_admitted_or_pointed_at_stays_a_statement(extractor, sentence: str, content: str) -> None:
    assert [text for _, _, text in _statements(f"Inquiry\n\n{sentence}\n", extractor)] == [content]


@pytest.mark.parametrize("text, speaker", [
    ("A notice from the bank reads that the branch will close on June 30.", "A notice from the bank"),
    ('A notice signed by the Registrar, Prof. Jane Wekesa, reads: "All students are required to vacate the halls of '
     'residence by 5pm on Friday."', "A notice signed by the Registrar, Prof. Jane Wekesa"),
    ('A notice issued by the Ministry of Education reads in part: "All public schools will reopen on January 8."',
     "A notice issued by the Ministry of Education"),
])
def test_an_office_notice_speaks_for_the_office(extractor, text: str, speaker: str) -> None:
    assert [who for who, _, _ in _statements(f"Notice\n\n{text}\n", extractor)] == [speaker]


@pytest.mark.parametrize("headline, speaker", [
    ("'Pay us now', say contractors", "contractors"),
    ("'Prices up', say traders", "traders"),
    ("'Turnout was low', say election monitors", "election monitors"),
    ("'Election was rigged', say rumors", None),
    ("'Temperatures are rising', say sensors", None),
    ("'Drug works', say experiments", None),
])
def test_a_headline_plural_speaks_when_it_names_people(extractor, headline: str, speaker: str | None) -> None:
    record = extract(f"{headline}\n\nThe story goes on here with no words of anyone.\n", extractor=extractor)
    assert [s.speaker.mention.text for s in record.statements if s.headline] == ([speaker] if speaker else [])
