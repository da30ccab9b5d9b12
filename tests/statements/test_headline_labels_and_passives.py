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


@pytest.mark.parametrize("headline, quote, speaker", [
    ("Assam floods: 'Our homes are under water' - villagers", "Our homes are under water", "villagers"),
    ("Watch: 'It was like a war zone' - witness", "It was like a war zone", "witness"),
    ("Kenya drought: \u2018We have nothing left\u2019 \u2013 herders", "We have nothing left", "herders"),
    ("Brexit: 'This is chaos' - Lind", "This is chaos", "Ann Lind"),
    ("Match report: 'Reds were robbed' - Lind fumes", "Reds were robbed", "Ann Lind"),
])
def test_a_label_before_a_quote_and_its_speaker_after_a_dash(extractor, headline: str, quote: str,
                                                             speaker: str) -> None:
    """The label is no speaker, even when the article stage cut the dash and the name off the headline."""
    found = _statements(f"{headline}\n\nAnn Lind, a farmer, spoke at the village hall in Dhubri on Monday.\n",
                        extractor)
    heads = [s for s in found if s.headline]
    assert [(s.kind, s.text) for s in heads] == [("direct", quote)]
    assert speaker in (heads[0].speaker.mention.text, heads[0].speaker.name)


@pytest.mark.parametrize("headline", [
    "Books: 'Normal People' - the author's new novel reviewed",
    "Sport: 'Golden Boot' race - who will win?",
])
def test_a_title_after_a_label_and_a_dash_is_no_quote(extractor, headline: str) -> None:
    found = _statements(f"{headline}\n\nThe league's top scorers are level on 20 goals.\n", extractor)
    assert not any(s.headline for s in found)


@pytest.mark.parametrize("headline, quote, speaker", [
    ("Football: 'Ten Hag Must Go', Say Fans", "Ten Hag Must Go", "Fans"),
    ("'Fix Our Roads', Say Residents As Potholes Grow", "Fix Our Roads", "Residents"),
    ("'We were lucky to get out', say firemen", "We were lucky to get out", "firemen"),
    ("'Nobody told us', says postman", "Nobody told us", "postman"),
])
def test_people_named_in_title_case_or_by_a_trade_in_man(extractor, headline: str, quote: str, speaker: str) -> None:
    found = _statements(f"{headline}\n\nHundreds gathered outside the ground in Leeds on Sunday.\n", extractor)
    assert [(s.kind, s.text, s.speaker.mention.text) for s in found if s.headline] == [("direct", quote, speaker)]


@pytest.mark.parametrize("headline, body, quote, speaker", [
    ("Ann Lind: 'I will not resign' - BBC News", "Ann Lind told BBC News on Monday she had the support of her party.",
     "I will not resign", "Ann Lind"),
    ("Varga tells Reuters: 'We will rebuild' - Reuters", "Mayor Tomas Varga told Reuters the city would be rebuilt.",
     "We will rebuild", "Tomas Varga"),
    ("Kessler: 'I did nothing wrong' - critics hit back",
     "Priya Kessler denied the claims. Critics said she should go.", None, "Priya Kessler"),
])
def test_a_label_that_names_the_speaker_keeps_the_quote(extractor, headline: str, body: str, quote: str | None,
                                                        speaker: str) -> None:
    """A person the body names, or a speaker and a cue, before the quote: the words after the dash are an outlet's
    name or others' reaction, not the quote's speaker."""
    heads = [s for s in _statements(f"{headline}\n\n{body}\n", extractor) if s.headline]
    assert [s.speaker.name for s in heads] == [speaker]
    assert quote is None or heads[0].text == quote


@pytest.mark.parametrize("headline", [
    "Film: 'All of us strangers' - critic's verdict",
    "Podcast: 'The Rest Is History' - hosts reveal new series",
    "Economy: 'Green shoots' - analysts urge caution",
    "'Hola!' Say Hello To Neighbours",
])
def test_titles_and_phrases_after_a_label_are_no_headline_quotes(extractor, headline: str) -> None:
    found = _statements(f"{headline}\n\nThe hosts, critics and analysts met pupils and neighbours on Monday.\n",
                        extractor)
    assert not any(s.kind == "direct" and s.headline for s in found)


@pytest.mark.parametrize("headline, speaker", [
    ("Kerr's heartbreak: 'I gave everything'", "Kerr"),
    ("KERR'S FURY: 'I gave everything'", "KERR"),
    ("Kerr’s plea: 'I gave everything'", "Kerr"),
])
def test_a_tabloid_label_of_whose_feeling_the_quote_tells_names_the_speaker(extractor, headline: str,
                                                                            speaker: str) -> None:
    found = _statements(f"{headline}\n\nSam Kerr cried after the final on Sunday.\n", extractor)
    assert [(s.text, s.speaker.mention.text, s.speaker.name) for s in found if s.headline] == [
        ("I gave everything", speaker, "Sam Kerr")]



@pytest.mark.parametrize("headline, body, speaker", [
    ("McDonald's pride: 'Our burgers are the best'", "The chain said its burgers had won a blind tasting.",
     "McDonald's pride"),
    ("'Rogue' Landlord Says In Court He Did Nothing Wrong After Tenants Left Without Heating",
     "Landlord Colin Marsh told the court he had done nothing wrong.", None),
])
def test_no_owner_or_scare_quote_is_cut_out_of_a_headline(extractor, headline: str, body: str,
                                                          speaker: str | None) -> None:
    """A shop's name keeps its "'s"; a one-word scare quote before a long Title Case tail is no quote."""
    heads = [s for s in _statements(f"{headline}\n\n{body}\n", extractor) if s.headline]
    assert not any(s.text == "Rogue" for s in heads)
    assert speaker is None or [s.speaker.mention.text for s in heads] == [speaker]



def test_a_feeling_inflicted_is_not_the_owners_words(extractor) -> None:
    found = _statements("GUNMAN'S TERROR: 'He pointed the gun at my face'\n\nA shop worker described the moment a "
                        "robber threatened her.\n", extractor)
    assert not any(s.headline and s.speaker and s.speaker.mention.text == "GUNMAN" for s in found)
