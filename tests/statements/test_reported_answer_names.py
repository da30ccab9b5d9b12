"""A transcript's answers named by the interviewee the introduction names (invented interviews)."""
from __future__ import annotations

from onrecord.pipeline import extract

_TEXT = ("Okafor takes over\n\nRuth Okafor became police chief in May. She spoke to Tom Hale.\n\n"
         "Q: What will you change first?\n\nA: Response times. I want every call answered within ten minutes.\n")


def test_an_answer_label_is_named_by_the_interviewee(extractor) -> None:
    found = extract(_TEXT, extractor=extractor).statements
    [st] = [st for st in found if st.text.startswith("Response")]
    assert st.speaker.mention.text == "A" and st.speaker.name == "Ruth Okafor"


def test_an_i_inside_an_answer_is_the_interviewee(extractor) -> None:
    found = extract(_TEXT, extractor=extractor).statements
    [st] = [st for st in found if st.text.startswith("every call")]
    assert st.speaker.mention.text == "I" and st.speaker.name == "Ruth Okafor"
