"""'X happened, the chain Wellspring disclosed on Monday.': a closing cue the parser read as a relative clause
on the noun before the comma is an inverted cue; a true relative clause ("Iran, whose leaders have called
for ...") reports nothing before it. Invented."""
from __future__ import annotations

from onrecord.pipeline import extract


def _statements(text: str, extractor) -> dict[str, str | None]:
    return {s.text: s.speaker.mention.text if s.speaker and s.speaker.mention else None
            for s in extract(text, extractor=extractor).statements}


def test_a_closing_cue_read_as_a_relative_clause_reports_the_sentence_before_it(extractor) -> None:
    text = ("Pharmacy chain reports breach\n\nHackers stole the records of about 2.1 million customers, the "
            "New England pharmacy chain Wellspring disclosed on Monday.\n")
    found = _statements(text, extractor)
    assert found.get("Hackers stole the records of about 2.1 million customers") == \
        "the New England pharmacy chain Wellspring", found


def test_a_relative_clause_with_its_own_object_reports_nothing_before_it(extractor) -> None:
    text = ("Talks resume\n\nThe minister flew to Geneva for talks with Duvania, whose leaders have called for a "
            "ceasefire.\n")
    found = _statements(text, extractor)
    assert not any(content.startswith("The minister flew") for content in found), found


def test_a_dateline_with_a_country_in_title_case_is_left_out_of_the_content(extractor) -> None:
    text = ("Floods\n\nSAN JOSÉ, Costa Rica — Floodwaters rose on Monday, the governor said. He said more rain was "
            "expected.\n\nThe river crested at noon.\n")
    found = _statements(text, extractor)
    assert "Floodwaters rose on Monday" in found, found


def test_a_closing_cue_read_as_a_participle_on_its_speaker_reports_the_sentence_before_it(extractor) -> None:
    """ "..., Calvara's foreign minister, Lucia Ferrante, announced on Friday.": the parser hung "announced" on the
    minister as a participle ("the plan announced on Friday") and the minister on the clause before."""
    text = ("Ceasefire\n\nSarvania and Korvath have agreed to a 30-day ceasefire along the entire front line, starting "
            "at midnight on Sunday, Calvara's foreign minister, Lucia Ferrante, announced on Friday.\n")
    found = _statements(text, extractor)
    assert found.get("Sarvania and Korvath have agreed to a 30-day ceasefire along the entire front line, starting "
                     "at midnight on Sunday") == "Calvara's foreign minister, Lucia Ferrante", found


def test_a_participle_on_a_thing_is_no_closing_cue(extractor) -> None:
    text = "Council\n\nThe council approved the measures announced on Friday, the mayor said.\n"
    found = _statements(text, extractor)
    assert found == {"The council approved the measures announced on Friday": "the mayor"}, found
