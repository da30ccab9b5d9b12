"""A person's name the small model reads as a body is a person's when its own clause calls it "her" or "his"; a title
the model reads as a person is no one when the words set off after it say it is a work. Invented."""
from __future__ import annotations

from onrecord.speakers.mentions import person_mentions

from fixtures.speaker_names import names_by_mention

PROFILE = """The angriest book of the year

After two years of silence, Oriel Vantongeren has written the angriest book of her career.

"I was tired of being polite," she said at her kitchen table in Wexley.
"""

NOVEL = """A slow writer returns

Tobias Marwick has not published a book in nine years.

Glass Orchard, his second novel, is out in March.

"Every sentence took me a week," he said.
"""



def test_a_name_its_own_clause_calls_her_is_a_person(extractor) -> None:
    doc = extractor.nlp(PROFILE)
    assert [e.label_ for e in doc.ents if e.text == "Oriel Vantongeren"] == ["ORG"]  # the model's misreading
    assert "Oriel Vantongeren" in {m.name for m in person_mentions(doc)}
    assert names_by_mention(PROFILE, extractor)["she"] == "Oriel Vantongeren"


def test_a_body_before_someone_else_s_pronoun_stays_a_body(extractor) -> None:
    # "her" is Maya's: someone came before it whom it may stand for
    doc = extractor.nlp("Maya Lindqvist founded the label in 2009. Northgate Sound has since released her last two "
                        "albums.\n")
    assert "Northgate Sound" in {e.text for e in doc.ents if e.label_ != "PERSON"}
    assert {m.name for m in person_mentions(doc)} == {"Maya Lindqvist"}


def test_a_title_set_off_as_a_novel_is_no_one(extractor) -> None:
    doc = extractor.nlp(NOVEL)
    assert [e.text for e in doc.ents if e.label_ == "PERSON" and e.text == "Glass Orchard"]  # the model's misreading
    assert "Glass Orchard" not in {m.name for m in person_mentions(doc)}
    assert names_by_mention(NOVEL, extractor)["he"] == "Tobias Marwick"
