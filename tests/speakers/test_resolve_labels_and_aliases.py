"""Speakers as arts and culture pages name them: an interview's labels in capitals ("LIND:", "NDUKWE-LARSEN:") and
the interviewer's surname under a byline ("By Gwen Aldous" ... "ALDOUS:"), a hyphenated name the NER misses
("Tobiah Ndukwe-Larsen, 44,"), a city joined to another that the NER reads as a person ("in New York and Lyon"),
and a pen or stage name the text gives ("MR Thorne, the pen name of Maeve Dunleavy,", "Vesper, whose real name is
Vesna Orlik-Hale,"). Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _speakers(text: str, extractor) -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker.name if s.speaker else None) for s in extract(text, extractor=extractor).statements]


def _speaker_of(speakers: list[tuple[str, str | None]], words: str) -> str | None:
    return next(name for content, name in speakers if words in content)


def test_a_label_in_capitals_is_the_person_of_that_surname(extractor) -> None:
    text = ("Mayor on the budget\n\nAna Lind, the mayor, spoke to us on Friday.\n\nQ: Why now?\n\n"
            "LIND: Because the budget is due in March.\n\nQ: And the port?\n\nLind: It will open in May.\n")
    speakers = _speakers(text, extractor)
    assert _speaker_of(speakers, "budget is due") == "Ana Lind", speakers
    assert _speaker_of(speakers, "open in May") == "Ana Lind", speakers


def test_capitals_name_no_one_the_article_does_not_name(extractor) -> None:
    text = ("Mayor on the budget\n\nAna Lind, the mayor, spoke to us on Friday.\n\n"
            "REYES: Because the budget is due in March.\n")
    assert _speaker_of(_speakers(text, extractor), "budget is due") is None


def test_an_interview_under_a_hyphenated_name_and_the_interviewers_label(extractor) -> None:
    text = ("Dancer looks back\n\nBy Gwen Aldous\n\nTobiah Ndukwe-Larsen, 44, grew up in Galveston and danced for "
            "nine years with companies in New York and Lyon.\n\nHe says the new piece is about his family.\n\n"
            "ALDOUS: Why your grandmother, and why now?\n\n"
            "NDUKWE-LARSEN: She died in 2023, at 97. I had been putting this piece off for fifteen years.\n")
    speakers = _speakers(text, extractor)
    assert _speaker_of(speakers, "about his family") == "Tobiah Ndukwe-Larsen", speakers  # not "Lyon"
    assert _speaker_of(speakers, "putting this piece off") == "Tobiah Ndukwe-Larsen", speakers
    assert ("Why your grandmother, and why now", "Gwen Aldous") in speakers, speakers


@pytest.mark.parametrize("introduction, mention", [
    ("MR Thorne, the pen name of Maeve Dunleavy, 58, beat five shortlisted writers.", "Thorne"),
    ("Vesper, whose real name is Maeve Dunleavy, wrote that she was tired.", "Vesper"),
    ("Maeve Dunleavy, who writes as MR Thorne, beat five shortlisted writers.", "MR Thorne"),
])
def test_a_pen_or_stage_name_is_the_person_behind_it(extractor, introduction, mention) -> None:
    text = (f"Prize goes to a debut\n\n{introduction}\n\nThe judges met for six hours.\n\n"
            f"\"For nine years I gave people tickets,\" {mention} said.\n")
    assert _speaker_of(_speakers(text, extractor), "gave people tickets") == "Maeve Dunleavy"


def test_a_pen_names_surname_stays_another_persons_when_someone_else_bears_it(extractor) -> None:
    text = ("Prize goes to a debut\n\nMR Thorne, the pen name of Maeve Dunleavy, won the prize. Her rival Paul "
            "Thorne, a poet, came second.\n\nThe judges met for six hours.\n\n"
            "\"It was a fair fight,\" Thorne said.\n")
    assert _speaker_of(_speakers(text, extractor), "fair fight") != "Maeve Dunleavy"


def test_a_hyphenated_surname_alone_is_the_person_named_in_full_before(extractor) -> None:
    # "Kamau" is a given name too: the first half of a hyphenated surname opens no name of its own
    text = ("Results delayed\n\nIEBC chairperson Wanjiru Kamau-Odhiambo told journalists that the delay had been "
            "caused by a network problem.\n\nKamau-Odhiambo denied that any agent had been turned away.\n")
    assert _speaker_of(_speakers(text, extractor), "turned away") == "Wanjiru Kamau-Odhiambo"


@pytest.mark.parametrize("introduction, later, member", [
    # a band's stage name is the band's, not one member's
    ("Glass Harbour, the stage name of Tom Reyes and Ana Lind, signed with Northwave Records.",
     "Glass Harbour said in a statement that the album would come out in June.", "Tom Reyes"),
    # a part played is no stage name
    ("Lena Marsh, who performs as Queen Ada in the new musical, was praised by critics.",
     "Queen Ada told her enemies that the album would come out in June.", "Lena Marsh"),
    # an alias's last word alone is no one's when it is a capital's
    ("Tom Reyes, who raps as Young Berlin, topped the charts with his second album.",
     "Berlin said on Saturday that the album would come out in June.", "Tom Reyes"),
])
def test_an_alias_names_one_person_only(extractor, introduction, later, member) -> None:
    speakers = _speakers(f"Charts and news\n\n{introduction}\n\n{later}\n", extractor)
    assert _speaker_of(speakers, "would come out in June") != member, speakers


def test_a_transcript_label_in_capitals_names_its_speaker_for_the_surname_labels_after_it(extractor) -> None:
    """ "KIRSTEN VALE-ODUYA, MERIDIAN ANCHOR:" is Kirsten Vale-Oduya, whom "VALE-ODUYA:" further down names too;
    "UNIDENTIFIED PERSON:" names no one."""
    text = ("Panel\n\nKIRSTEN VALE-ODUYA, MERIDIAN ANCHOR: The government has been shut down for fourteen hours.\n\n"
            "DAMON ACHEBE-RUIZ, REPUBLICAN STRATEGIST: Honestly? Nobody, not until the paychecks stop.\n\n"
            "VALE-ODUYA: We will leave it there.\n\nUNIDENTIFIED PERSON: We want the parks open.\n")
    names = [s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements]
    assert names == ["Kirsten Vale-Oduya", "Damon Achebe-Ruiz", "Kirsten Vale-Oduya", None]


def test_a_transcript_label_the_ner_read_as_a_body_names_its_speaker_before_a_role(extractor) -> None:
    """ "DEVON MARLOWE-ASARE, HOST:" (the NER takes the capitals for a body, and the role for its name) is Devon
    Marlowe-Asare, whom "MARLOWE-ASARE:" names again."""
    text = ("Sunday Ledger transcript\n\nDEVON MARLOWE-ASARE, HOST: Joining me now is Senator Rosalind "
            "Achterberg-Pike. Senator, welcome.\n\nACHTERBERG-PIKE: Thank you for having me.\n\nMARLOWE-ASARE: Your "
            "western water bill failed on Thursday by two votes.\n\nUNIDENTIFIED PERSON: We want the water back.\n")
    names = [s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements]
    assert names == ["Devon Marlowe-Asare", "Rosalind Achterberg-Pike", "Devon Marlowe-Asare", None]
