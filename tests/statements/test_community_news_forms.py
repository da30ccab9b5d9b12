"""Forms of community news (the 171st invented set): a council's notes under headings in capitals, each over an item
of narration with statements inside it, and "Here is what it decided, and what was said." Invented."""
from __future__ import annotations

from onrecord.pipeline import extract

NOTES = ("Council notes: Mill Road, rentals and more\n\nGlenmere township council met Monday evening. Here is what it "
         "decided, and what was said.\n\nMILL ROAD: Paving of Mill Road between Concession 4 and Sideroad 10 is "
         "finished, three weeks ahead of schedule. \"Credit goes to the crew and to a dry September,\" said public "
         "works director Gord Nakashima.\n\nCULVERTS: The township has received $120,000 for culvert repairs. "
         "Treasurer Anita Sokol said the grant would cover about half the cost.\n\nNEXT MEETING: Council meets next "
         "on Nov. 4 at 7 p.m.\n")
TRANSCRIPT = "Interview\n\nLIND: We will win this seat.\n\nTAPPER: Will you?\n\nLIND: We will.\n"
# labels that come back, and one that repeats a word of what is said ("contact tower")
RADIO = ("Radio recording released by the airport:\nTOWER: Kestrel 22, contact tower on 118.3 after departure.\n"
         "PILOT: Contact tower on 118.3, Kestrel 22.\nTOWER: Kestrel 22, wind calm, cleared for takeoff.\n")
# a panel under a host: the guests' lines repeat words of their names
PANEL = ("Debate\n\nHOST: Welcome. Tonight we discuss the park.\n\nPARKER: The park has been neglected for a decade."
         "\n\nBANKS: Banks should lend to the small traders.\n")


def _found(text: str, extractor) -> dict[str, str | None]:
    return {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}


def test_a_heading_over_an_item_that_uses_its_words_is_no_speaker(extractor) -> None:
    found = _found(NOTES, extractor)
    assert found == {"Credit goes to the crew and to a dry September": "Gord Nakashima",
                     "the grant would cover about half the cost": "Anita Sokol"}, found


def test_a_transcript_s_name_labels_still_speak(extractor) -> None:
    found = _found(TRANSCRIPT, extractor)
    assert set(found) == {"We will win this seat", "Will you", "We will"}, found


def test_a_label_that_comes_back_or_sits_beside_a_role_s_still_speaks_when_its_line_repeats_its_word(extractor):
    radio, panel = _found(RADIO, extractor), _found(PANEL, extractor)
    assert "Kestrel 22, contact tower on 118.3 after departure" in radio, radio
    assert {"The park has been neglected for a decade", "Banks should lend to the small traders"} <= set(panel), panel
