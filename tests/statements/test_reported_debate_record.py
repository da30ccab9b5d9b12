"""A record of debates labels each speech with the member's name, seat and party in brackets ("Fiona Kerr
(Argyll West) (LD): ...") or a minister's office and name ("The Minister for Local Transport (Gareth Ellory):
..."): each line is the labelled person's statement. spaCy keeps "):" whole as an emoticon; it is split.
Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract

RECORD = """Rural Bus Services

Volume 771: debated on Thursday 12 November

Fiona Kerr (Argyll West) (LD): What assessment the Department has made of the effect of the loss of rural bus \
routes on access to hospital appointments.

The Minister for Local Transport (Gareth Ellory): We have given local authorities £230 million this year to \
support bus services.

Dr Peter Haldane (Wyre Vale) (Con): Does the Minister accept that the fare cap was the one policy that put more \
passengers on rural buses?

Gareth Ellory: The cap has not been abandoned.
"""


def test_each_labelled_line_is_the_members_statement(extractor) -> None:
    found = {s.text[:30]: s.speaker.name if s.speaker else None
             for s in extract(RECORD, extractor=extractor).statements}
    assert found.get("What assessment the Department") == "Fiona Kerr", found
    assert found.get("We have given local authoritie") == "Gareth Ellory", found
    assert found.get("Does the Minister accept that ") == "Peter Haldane", found


def test_a_bracket_before_a_colon_is_two_marks(extractor) -> None:
    assert [t.text for t in extractor.nlp("Kerr (LD): Yes.")] == ["Kerr", "(", "LD", ")", ":", "Yes", "."]


def test_the_member_is_named_without_the_seat(extractor) -> None:
    mentions = {s.text[:30]: s.speaker.mention.text for s in extract(RECORD, extractor=extractor).statements
                if s.speaker and s.speaker.mention}
    assert mentions.get("Does the Minister accept that ") == "Dr Peter Haldane", mentions


@pytest.mark.parametrize("label", ["Photo (AP)", "Correction (May 3)", "Result (FT)", "Amir Varga (pictured)",
                                   "Director (Finance)", "Minister for Health (Scotland)", "Man of the Match",
                                   "Word of the Day"])
def test_labels_that_name_no_speaker_open_no_statement(extractor, label) -> None:
    text = f"Round-up\n\nThe town had a busy week.\n\n{label}: Residents gathered in the square on Sunday.\n"
    assert not extract(text, extractor=extractor).statements, label


@pytest.mark.parametrize("seat", ["(Bexmoor and Battle) (LD)", "(Kesteln upon Tyne North) (Lab)",
                                  "(Ross, Skye and Lochmoor) (SNP)", "(Argyll West) (Lab/Co-op)"])
def test_seats_and_parties_as_the_record_writes_them(extractor, seat) -> None:
    text = f"Rural Bus Services\n\nVolume 771: debated on Thursday\n\nFiona Kerr {seat}: Will the Minister meet me?\n"
    names = [s.speaker.name for s in extract(text, extractor=extractor).statements if s.speaker]
    assert names == ["Fiona Kerr"], (seat, names)
