"""Given names of many naming cultures tell a pronoun which of two people it stands for."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.speakers.types import honorific_gender


@pytest.mark.parametrize("name, gender", [
    ("Milena Dorić", "f"), ("Teodor Vasić", "m"), ("Wanjiru Kamau", "f"), ("Olumide Bakare", "m"),
    ("Aroha Pene", "f"), ("Dafydd Rhys", "m"), ("Zsófia Kertész", "f"), ("Jose Ortega", "m"),
])
def test_a_given_name_says_the_gender(name: str, gender: str) -> None:
    assert honorific_gender(name.split()) == gender


def test_a_pronoun_skips_a_woman_named_since_for_the_man_before_her(extractor) -> None:
    # without her given name's gender, the pronouns after her name would vote her a man
    text = ("Envoy denies arms claim\n\nLONDON — Aldoria's ambassador to Britain, Teodor Vasić, has denied that his "
            "government is supplying weapons to rebel groups across the border in northern Salvea, in an "
            "interview at the embassy in Kensington on Wednesday.\n\nThe ambassador, 66, a former physics "
            "professor, has been in London since 2022 and speaks some English, but gave the interview in "
            "Aldorian; the answers were translated by the embassy's interpreter, Milena Dorić.\n\n"
            "I asked him whether he had read the report. \"Twice,\" he said. \"It is a report about rifles.\"\n")
    [st] = [s for s in extract(text, extractor=extractor).statements if s.text.startswith("Twice")]
    assert st.speaker.mention.text == "he"
    assert st.speaker.name == "Teodor Vasić"
