"""Headline forms: a label before a quoted headline ("Dengue: 'Hospitals are full', warns doctor"), a passive
without its "were" ("Residents urged to move to higher ground"), whose subject is told, not telling, and people
named by what they are ("say fishermen", "says family"). Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract

_BODY = ("Hospitals in the capital are running out of beds, a senior doctor said on Monday.\n\n"
         "\"Hospitals are full,\" said Dr Nalin Perera of the National Hospital. \"We need help.\"\n")


def _statements(text: str, extractor):
    return extract(text, extractor=extractor).statements


@pytest.mark.parametrize("headline", [
    "Dengue: 'Hospitals are full', warns doctor",
    "Dengue: \u2018Hospitals are full\u2019, warns doctor",
    "Dengue crisis: \"Hospitals are full\", doctor warns",
    "Dengue: 'Hospitals are full', says Dr Perera",
])
def test_a_label_before_a_headline_quote_is_neither_quote_nor_speaker(extractor, headline: str) -> None:
    found = _statements(f"{headline}\n\n{_BODY}", extractor)
    heads = [s for s in found if s.headline]
    assert [(s.kind, s.text) for s in heads] == [("direct", "Hospitals are full")]
    assert heads[0].speaker is not None and heads[0].speaker.name == "Nalin Perera"
    assert not any("Dengue" in (s.speaker.mention.text if s.speaker and s.speaker.mention else "") for s in found)


def test_a_headline_quote_without_a_label_is_read_as_before(extractor) -> None:
    found = _statements(f"'Hospitals are full', warns doctor\n\n{_BODY}", extractor)
    assert [(s.kind, s.text, s.speaker.name) for s in found if s.headline] == [
        ("direct", "Hospitals are full", "Nalin Perera")]


@pytest.mark.parametrize("headline, cue, content", [
    ("Floods: Residents urged to move to higher ground", "urged", "to move to higher ground"),
    ("Minister urged to resign after scandal", "urged", "to resign after scandal"),
    ("Residents Urged To Move To Higher Ground", "Urged", "To Move To Higher Ground"),
])
def test_a_headline_passive_names_no_speaker(extractor, headline: str, cue: str, content: str) -> None:
    found = _statements(f"{headline}\n\nThe disaster agency said people should leave their homes.\n", extractor)
    assert [(s.cue.text, s.text, s.speaker) for s in found if s.headline] == [(cue, content, None)]


@pytest.mark.parametrize("text, speaker", [
    ("Mayor urged residents to stay indoors\n\nThe mayor spoke on Monday.\n", "Mayor"),
    ("She asked to speak to the board.\n\nHer lawyer confirmed it.\n", "She"),
    ("Storm\n\nThe mayor urged to wait for the report.\n", "The mayor"),
    ("Mary Lind asked to see the files\n\nThe council refused.\n", "Mary Lind"),
    ("He urged to vote no\n\nThe vote is on Friday.\n", "He"),
])
def test_an_active_directive_keeps_its_subject(extractor, text: str, speaker: str) -> None:
    """An object before the infinitive, a sentence that ends on a period, a line below the headline, a verb of asking
    (active as often as not) or a pronoun subject: active."""
    found = [s for s in _statements(text, extractor) if s.cue and s.cue.text in ("urged", "asked")]
    assert [s.speaker.mention.text for s in found] == [speaker]


@pytest.mark.parametrize("headline", [
    "Books: 'Normal People' Author Sally Rooney Says New Novel Is Her Best",
    "Israel-Gaza: 'Ceasefire' talks 'stalled', says Qatar",
])
def test_a_title_or_scare_quote_after_a_label_is_no_headline_quote(extractor, headline: str) -> None:
    found = _statements(f"{headline}\n\nSally Rooney said her new book was her most personal. Qatar said talks "
                        "had stalled.\n", extractor)
    assert not any(s.kind == "direct" and s.headline for s in found)


def test_a_pronoun_after_a_labelled_quote_stands_for_the_person_the_label_names(extractor) -> None:
    found = _statements("Ann Lind: 'I will not resign', she says\n\nCouncil leader Ann Lind said she would stay on "
                        "until May.\n", extractor)
    assert [(s.kind, s.text, s.speaker.mention.text) for s in found if s.headline] == [
        ("direct", "I will not resign", "Ann Lind")]


@pytest.mark.parametrize("headline, quote, speaker", [
    ("Sri Lanka crisis: 'We have no fuel', say fishermen", "We have no fuel", "fishermen"),
    ("Storm Ciaran: 'Trees fell on our car', says family", "Trees fell on our car", "family"),
    ("Limerick: 'The hospital is overwhelmed', says consultant", "The hospital is overwhelmed", "consultant"),
    ("Education: 'Exams are too stressful', pupils tell MPs", "Exams are too stressful", "pupils"),
    ("'We can't afford to stay', says young couple", "We can't afford to stay", "young couple"),
])
def test_people_named_by_what_they_are_speak_a_labelled_headline(extractor, headline: str, quote: str,
                                                                  speaker: str) -> None:
    """Plurals in -men, a family or a couple, pupils and consultants are people a headline quotes (not the label
    before it, "Limerick")."""
    found = _statements(f"{headline}\n\nThe storm brought down power lines across the county on Tuesday.\n", extractor)
    assert [(s.kind, s.text, s.speaker.mention.text) for s in found if s.headline] == [("direct", quote, speaker)]


@pytest.mark.parametrize("headline, quote", [
    ("'Hidden gem': family runs village café", None),
    ("'Game changer': households get fibre", None),
    ("'Bring Nate home': Cedar Bend family marks 200 days since son's arrest", "Bring Nate home"),
])
def test_two_words_before_a_household_label_a_feature(extractor, headline: str, quote: str | None) -> None:
    found = _statements(f"{headline}\n\nThe Moss family has lived in Hatton for 40 years.\n", extractor)
    assert [s.text for s in found if s.headline] == ([quote] if quote else [])
