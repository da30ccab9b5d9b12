"""Reported statements in styles the second styles collection brought (invented sentences):
a source's leave to speak, a live-blog label, a press-release dateline, a transcript's answer
label and a name with particles after a quote."""
from __future__ import annotations

from onrecord.pipeline import extract


def statements(extractor, text: str) -> list:
    return extract(text, extractor=extractor).statements


def test_what_a_source_was_not_authorized_to_discuss_is_no_statement(extractor) -> None:
    text = ("Talks\n\nOne of the people, who spoke on condition of anonymity because they were not authorized to "
            "discuss the case, said the draft was shelved.\n")
    assert [st.text for st in statements(extractor, text)] == ["the draft was shelved"]


def test_a_live_blog_label_after_a_colon_is_no_statement(extractor) -> None:
    text = "Storm Imre: live updates as 90mph winds hit the coast\n\nThe council says all schools will stay closed.\n"
    found = statements(extractor, text)
    assert [st.text for st in found] == ["all schools will stay closed"]


def test_a_press_release_dateline_is_not_part_of_the_speaker(extractor) -> None:
    text = ("Plant opens\n\nKESTELN, Nov. 30, 2026 /NewsWire/ -- Northbay Robotics, a maker of warehouse robots, "
            "today announced the opening of its new plant in Kesteln.\n")
    [st] = statements(extractor, text)
    assert st.speaker.mention.text.startswith("Northbay Robotics") and st.speaker.name == "Northbay Robotics"


def test_a_transcript_answer_label_is_no_content(extractor) -> None:
    text = "Chief\n\nQ: Some residents say they no longer trust the force.\n\nA: I know. I grew up here.\n"
    assert all(st.text != "A" for st in statements(extractor, text))


def test_a_name_particle_is_no_verb(extractor) -> None:
    text = "Fraud\n\n\"We respect the court's decision,\" said city spokesperson Chloé van den Broek.\n"
    # the parser reads "den" as a verb; its "clause" is no statement (the quote's speaker is still misread)
    assert [st.text for st in statements(extractor, text)] == ["We respect the court's decision"]
