"""People a feature names by one word ("says Andriy, a 24-year-old medic who gave only his first name") stay people
where the small model reads the word as a body; a name after "charity" or "group" is the body's, not a person's.
Invented."""
from __future__ import annotations

from onrecord.pipeline import extract
from onrecord.speakers.mentions import person_mentions

from fixtures.speaker_names import names_by_mention

TRENCH = """Waiting for the night shift

"The quiet is the worst part," says Andriy, a 24-year-old medic who gave only his first name.

His commander, Capt Taras Melnyk-Grove, says the unit has not been relieved since March.

"We have bandages now. What we do not have is sleep," he says.

A cook who gave only her first name, Iryna, says most of the food arrives after dark.

Back at the dugout, Andriy is washing the blood off a stretcher with rainwater.

He says he has not seen his mother since the spring.
"""

CHARITY = """A father's long walk

Every morning Callum Brierley stands at the crossing outside Hexton Primary with a painted sign.

Drivers hit 40 children near schools last year, according to figures from the road safety charity Slow Lane Now.

Before I leave, he shows me his son's scooter. He says he cannot bring himself to give it away.
"""


def test_a_one_word_name_set_off_as_someone_is_the_pronoun_s_subject_later(extractor) -> None:
    doc = extractor.nlp(TRENCH)
    assert {e.label_ for e in doc.ents if e.text == "Andriy"} == {"ORG"}  # the model's misreading
    names = names_by_mention(TRENCH, extractor)
    assert names["Andriy"] == "Andriy"
    assert names["He"] == "Andriy"  # the subject of the paragraph before, not his commander


def test_a_charity_s_name_after_the_word_charity_is_no_one(extractor) -> None:
    doc = extractor.nlp(CHARITY)
    assert "Slow Lane" not in {m.name for m in person_mentions(doc)}
    assert names_by_mention(CHARITY, extractor)["He"] == "Callum Brierley"


def test_a_body_named_after_its_noun_takes_the_name(extractor) -> None:
    text = ("Limits\n\nThe campaign group Brake said the limit was too high.\n\nThe Facebook group Save Hexton Pier "
            "said it would deliver a petition to the council.\n\nThe campaign group Return the Drums welcomed the "
            "decision.\n")
    found = {s.text[:12]: (s.speaker.name, s.speaker.type) for s in extract(text, extractor=extractor).statements}
    assert found["the limit wa"] == ("Brake", "organization")
    assert found["it would del"] == ("Save Hexton Pier", "organization")
    assert found["the decision"] == ("Return the Drums", "organization")  # the whole name, its "the" too


def test_a_double_surname_the_tagger_half_read_as_a_noun_is_the_person_named_before(extractor) -> None:
    text = ("Search\n\nBROOKVALE — A 79-year-old man was found alive Monday morning, Kessler County Sheriff Arlene "
            "Voss-Mbatha said at a briefing.\n\nEugene Halloran-Pike, who has dementia, left his home on foot.\n\n"
            "Search volunteers gather at the trailhead on Sunday. (Courier photo by Anita Rosenthal-Ige)\n\n"
            "Voss-Mbatha said a volunteer on horseback had heard Halloran-Pike calling for help.\n")
    assert names_by_mention(text, extractor)["Voss-Mbatha"] == "Arlene Voss-Mbatha"


def test_a_hyphenated_given_name_in_lower_case_after_a_role_is_a_persons_name(extractor) -> None:
    # the small model reads "Sun-mi Harrow-Ito" as a body; the lower-case part after the hyphen is a given name's
    text = ("Paper withdrawn\n\nThe journal retracted the paper on Monday.\n\nThe paper's lead author, Sun-mi "
            "Harrow-Ito, said the errors were hers alone.\n\nShe said she would resubmit.\n")
    names = names_by_mention(text, extractor)
    assert names["The paper's lead author, Sun-mi Harrow-Ito"] == "Sun-mi Harrow-Ito"
    assert names["She"] == "Sun-mi Harrow-Ito"


def test_a_one_word_name_set_off_as_one_of_some_people_is_someone(extractor) -> None:
    text = ("Bin strike at the depot\n\n'We're not greedy, we're tired,' says Dave, a loader who has worked the rounds "
            "for 19 years.\n\nBeside him, Shirin, one of the depot's four women drivers, hands out bacon rolls from a "
            "cool box. She says her take-home pay has not risen since 2016.\n\n'People think we just chuck bags in a "
            "lorry,' she says.\n")
    doc = extractor.nlp(text)
    assert {e.label_ for e in doc.ents if e.text == "Shirin"} == {"GPE"}  # the model's misreading
    names = {s.text[:20]: s.speaker.name for s in extract(text, extractor=extractor).statements}
    assert names["her take-home pay ha"] == "Shirin"
    assert names["People think we just"] == "Shirin"
