"""Names the NER ran into the words around them are cut to the name the article gives."""
from __future__ import annotations

from onrecord.pipeline import extract
from onrecord.speakers.mentions import PersonMention
from onrecord.speakers.resolve import _run_on_names_cut

TEXT = "Tom Varga won the vote. Certainly Tom Varga was happy. Bill de Blasio came. De Blasio left. Varga's aide smiled."


def mention(text: str, words: str) -> PersonMention:
    start = text.index(words)
    return PersonMention((start, start + len(words)), words, None, (start, start + len(words)), None)


def test_a_word_run_into_a_name_is_cut_but_a_first_name_stays(nlp) -> None:
    doc = nlp(TEXT)
    found = _run_on_names_cut(doc, [mention(TEXT, w) for w in
                                    ("Tom Varga", "Certainly Tom Varga", "Bill de Blasio", "De Blasio", "Varga's aide")])
    assert [m.name for m in found] == ["Tom Varga", "Tom Varga", "Bill de Blasio", "De Blasio", "Varga"]
    assert TEXT[found[1].span[0]:found[1].span[1]] == "Tom Varga"


def test_the_resolver_groups_the_cut_names_with_the_people_they_name(nlp, monkeypatch) -> None:
    import onrecord.speakers.resolve as resolve

    doc = nlp(TEXT)
    mentions = [mention(TEXT, w) for w in ("Tom Varga", "Certainly Tom Varga", "Bill de Blasio", "Varga's aide")]
    monkeypatch.setattr(resolve, "person_mentions", lambda doc, skip: mentions)
    assert sorted(p.name for p in resolve.SpeakerResolver(doc).people) == ["Bill de Blasio", "Tom Varga"]


def test_a_gerund_the_ner_ran_into_a_name_is_cut_off(extractor) -> None:
    text = ("Trusting Donald Varga with our economic future is a risky proposition. He has openly questioned "
            "the council's plans. He said the city would pay.")
    names = [st.speaker.name for st in extract(text, extractor=extractor).statements if st.speaker]
    assert names and set(names) == {"Donald Varga"}
