"""Names in a title-case headline are cut to the name the body gives them."""
from __future__ import annotations

from onrecord.speakers.resolve import SpeakerResolver
from onrecord.title_case import TITLE_CASE

TEXT = "Tom Varga Blasts Council Over Harbour Plan\n\nTom Varga attacked the council on Monday.\n"


def test_a_headline_name_run_into_the_words_after_it_is_the_body_name(nlp) -> None:
    # the model's own reading, before Title Case lines are parsed again (a model without that component, or a
    # headline whose words the article does not write in lower case)
    with nlp.select_pipes(disable=[TITLE_CASE]):
        doc = nlp(TEXT)
    assert any(e.label_ == "PERSON" and e.text != "Tom Varga" for e in doc.ents if e.end_char < TEXT.index("\n"))
    resolver = SpeakerResolver(doc, headlines=[(0, TEXT.index("\n"))])
    assert [p.name for p in resolver.people] == ["Tom Varga"]


def test_parsed_again_in_lower_case_the_headline_names_the_person_alone(nlp) -> None:
    doc = nlp(TEXT)
    assert [e.text for e in doc.ents if e.label_ == "PERSON" and e.end_char < TEXT.index("\n")] == ["Tom Varga"]
