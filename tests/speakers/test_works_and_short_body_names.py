"""A title the article sets beside a word for a work ("Saltwater Hymns, her fifth album,") is nobody, wherever it
stands; a body named in full ("her label, Grey Heron Records") is no person by its short name ("Grey Heron said").
The NER reads both as people, and a "she" after them went to them. Invented."""
from __future__ import annotations

from onrecord.pipeline import extract

REVIEW = ("Saltwater Hymns review: grief and a cold sea\n\nBy Tessa Marchbank\n\nWhen Harriet Lumley-Vane told this "
          "paper in 2029 that she would never make another record about the sea, it sounded like a promise. Saltwater "
          "Hymns, her fifth album, breaks it in its first line.\n\n'Everyone expects the folk singer from a fishing "
          "town to sing about boats,' she said at the time.\n\nAccording to her label, Grey Heron Records, the fiddle "
          "on it is her brother's own.\n\n'I'd rather be silent than make wallpaper,' she said.\n\nGrey Heron said a "
          "short tour would begin in March.\n\nSaltwater Hymns is out now.\n")


def test_a_she_after_a_work_s_title_and_a_label_s_short_name_is_the_singer(extractor) -> None:
    names = {s.text: s.speaker.name for s in extract(REVIEW, extractor=extractor).statements if s.speaker}
    assert names["Everyone expects the folk singer from a fishing town to sing about boats"] == "Harriet Lumley-Vane"
    assert names["I'd rather be silent than make wallpaper"] == "Harriet Lumley-Vane"


def test_according_to_a_body_then_its_name_keeps_the_name_out_of_the_content(extractor) -> None:
    [st] = [s for s in extract(REVIEW, extractor=extractor).statements if s.cue.text == "According to"]
    assert st.text == "the fiddle on it is her brother's own"
    assert st.speaker.name == "Grey Heron Records"
