"""Block quotes a saved page keeps without their marks: a paragraph after a colon line with a speech cue."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract

FERRY = """Ferry fares rise by 12 percent

The ferry company raised fares by 12 percent on Monday.

In a statement on its website, Harbour Lines said:

We regret the increase. Fuel costs have doubled in two years and we cannot absorb them any longer.

Passengers were angry. "It is a scandal," said Ana Varga, who commutes daily.
"""


def _said(text: str, extractor) -> dict[str, str | None]:
    record = extract(text, extractor=extractor)
    return {s.text: s.speaker.name if s.speaker else None for s in record.statements}


def test_a_paragraph_after_a_colon_line_with_a_cue_is_the_speakers_quote(extractor) -> None:
    said = _said(FERRY, extractor)
    block = "We regret the increase. Fuel costs have doubled in two years and we cannot absorb them any longer."
    assert said.get(block) == "Harbour Lines"
    assert said.get("It is a scandal") == "Ana Varga"


@pytest.mark.parametrize("colon_line, paragraph", [
    ("The new timetable includes:", "Sailings at six, eight and ten every morning from the north pier."),
    ("Mayor Tom Bell said:", "- more sailings on Sundays from the north pier in summer."),
    ("Mayor Tom Bell said:", "Ferries."),
])
def test_no_block_quote_without_a_cue_or_with_a_list_item_or_a_fragment(colon_line, paragraph, extractor) -> None:
    text = f"Ferry news\n\nThe ferry company changed its timetable on Monday.\n\n{colon_line}\n\n{paragraph}\n"
    record = extract(text, extractor=extractor)
    assert not [s for s in record.statements if paragraph.strip("- .") in s.text]


def test_a_colon_line_in_the_writers_own_voice_introduces_no_block_quote(extractor) -> None:
    text = ("Why I am running\n\nI have made mistakes in public life. I am not here to recite them. I am here to tell "
            "you what I am doing about them:\n\nI have chosen a running mate who needs no title to prove his worth "
            "and who will keep me honest.\n")
    record = extract(text, extractor=extractor)
    assert not [s for s in record.statements if s.text.startswith("I have chosen a running mate")
                and s.kind == "direct"]
