"""An age written beside a name ("Aoife Brannigan, 51, general secretary of the union,") lets "the
51-year-old" paragraphs later find her, past other people named in between; the small model reads that
name as a DATE here, and she is still the speaker; a general secretary is the union's leader. Invented."""
from __future__ import annotations

from onrecord.pipeline import extract

CONGRESS = """Nurses' leader tells conference: 'We will not be the cheap option again'

BOURNEMOUTH — The leader of Britain's largest nursing union has warned that members will be balloted on strike.

Aoife Brannigan, 51, general secretary of the Nurses and Midwives Union, told delegates at its annual congress: \
"Three years ago we were clapped on doorsteps."

Ms Brannigan said one in five nursing posts in some hospitals was vacant.

Ryan Doherty, a mental health nurse from Derry, said: "I have colleagues who use food banks."

Lesley Marchetti, a delegate from Cornwall, said a figure that high would "hand the government an easy excuse".

In an interview afterwards, the 51-year-old said she had not spoken to the health secretary since July. \
"He knows where I am," she said.
"""


def _names(text: str, extractor) -> dict[str, str | None]:
    return {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}


def test_an_age_epithet_finds_the_one_person_of_that_age(extractor) -> None:
    names = _names(CONGRESS, extractor)
    assert names["she had not spoken to the health secretary since July"] == "Aoife Brannigan", names
    assert names["He knows where I am"] == "Aoife Brannigan", names


def test_an_unnamed_person_of_that_age_before_is_the_one_meant(extractor) -> None:
    text = CONGRESS.replace("In an interview afterwards, the 51-year-old",
                            "A 51-year-old nurse from Leeds spoke next. Afterwards, the 51-year-old")
    names = _names(text, extractor)
    assert names["she had not spoken to the health secretary since July"] != "Aoife Brannigan", names


def test_a_name_the_ner_read_as_a_date_speaks_and_leads_the_union(extractor) -> None:
    names = _names(CONGRESS, extractor)
    assert names["Three years ago we were clapped on doorsteps."] == "Aoife Brannigan", names
    assert names["members will be balloted on strike"] == "Aoife Brannigan", names
    assert names["We will not be the cheap option again"] == "Aoife Brannigan", names
