"""Sports copy names its people by their side and their place in it: "the Dunmere manager" for the manager just
quoted, "the skipper" for the captain named in the lede, "the 31-year-old opener" for the one person the paragraph
before is about; a score line and a trophy are no one, whatever the small model reads. Invented."""
from __future__ import annotations

from onrecord.speakers.mentions import person_mentions

from fixtures.speaker_names import names_by_mention

MATCH = """Kellow admits Dunmere 'threw it away'

Dunmere Town 1 Ashcombe Rovers 1

'We should have been out of sight by half-time,' said Kellow, whose side are bottom of the table.

The Dunmere manager conceded that his players had tired in the last twenty minutes.

Priya Lambourne was rather calmer. 'A point here is a good point,' the Ashcombe manager said.
"""

FINAL = """Halden Trophy final: We are ready, says Deshmukh

NAGPUR: Vidarbha captain Omkar Deshmukh on Monday said that his side was ready for the final.

The five-day Halden Trophy final against Saurashtra begins at the Civil Lines Ground on Wednesday.

"We know these conditions better than anyone," the 31-year-old opener told reporters.

Asked about the injury to his fast bowler, the skipper said: "We have cover."

Saurashtra skipper Nikhil Vora said the toss would decide the match.
"""


def test_a_side_s_manager_is_the_manager_just_quoted_or_just_named(extractor) -> None:
    speakers = names_by_mention(MATCH, extractor)
    assert speakers["The Dunmere manager"] == "Kellow"
    assert speakers["the Ashcombe manager"] == "Priya Lambourne"


def test_a_score_line_is_no_one(extractor) -> None:
    names = {m.name for m in person_mentions(extractor.nlp(MATCH))}
    assert not any(any(c.isdigit() for c in name) for name in names)


def test_the_skipper_is_the_captain_named_before_not_the_other_side_s_named_after(extractor) -> None:
    assert names_by_mention(FINAL, extractor)["the skipper"] == "Omkar Deshmukh"


def test_an_age_before_a_position_is_the_one_person_the_paragraph_before_is_about(extractor) -> None:
    assert names_by_mention(FINAL, extractor)["the 31-year-old opener"] == "Omkar Deshmukh"


def test_a_trophy_is_no_one(extractor) -> None:
    names = {m.name for m in person_mentions(extractor.nlp(FINAL))}
    assert not any("Trophy" in name for name in names)
