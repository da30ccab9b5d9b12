"""Speech that reaches the reader second-hand, and the words around it that say where it was printed or who is
described: invented sentences in the manner of court, business and feature copy."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def found(extractor, text: str) -> list[tuple[str, str, str | None]]:
    """(cue, content, speaker mention) of every statement of a one-paragraph article under a headline."""
    return [(s.cue.text if s.cue else "", s.text, s.speaker.mention.text if s.speaker and s.speaker.mention else None)
            for s in extract(f"Story\n\n{text}\n", extractor=extractor).statements]


def test_the_one_who_asked_is_named_after_by_and_an_aside(extractor) -> None:
    text = ('Trial\n\nThe trial went on on Tuesday.\n\nAsked by Simon Kettlewell KC, defending, whether anyone had '
            'promised him money for his evidence, Mr Tolland replied: "No."\n')
    statements = [(s.cue.text, s.text, s.speaker.mention.text if s.speaker.mention else None)
                  for s in extract(text, extractor=extractor).statements]
    assert ("Asked", "whether anyone had promised him money for his evidence", "Simon Kettlewell KC") in statements
    assert not any(cue == "promised" for cue, _, _ in statements)


@pytest.mark.parametrize("text, cue", [
    pytest.param("In comments reported by the Lakeside Business Journal last month, Dana Corr said the firm was "
                 "open to a sale.", "reported", id="comments-reported-by-an-outlet"),
    pytest.param("In remarks carried by state media, President Oren Vasko said the deal was a victory.", "carried",
                 id="remarks-carried-by-state-media"),
    pytest.param("Screenshots of the story had been viewed more than four million times by Monday night.", "viewed",
                 id="viewed-with-nothing-it-is-viewed-as"),
    pytest.param("Sophie Carrow, who found the dog barking at the cliff edge, said she had called 999 at about 8.40am.",
                 "found", id="who-found-a-thing"),
    pytest.param('"Every one of them was the right speech," she says, lifting out a folder marked "Election night - if '
                 'we lose".', "says", id="a-folder-marked-with-words-in-marks"),
])
def test_where_words_were_printed_or_what_a_thing_is_marked_is_no_statement(extractor, text: str, cue: str) -> None:
    statements = found(extractor, text)
    if cue == "says":  # the quote before the cue stays hers; the label on the folder is no one's
        assert [content for _, content, _ in statements] == ["Every one of them was the right speech"]
    else:
        assert not any(c == cue for c, _, _ in statements), statements


def test_a_judgement_found_by_someone_described_stays_a_statement(extractor) -> None:
    statements = found(extractor, "Dr Lind, who found the plan flawed, said it would fail.")
    assert ("found", "the plan flawed", "Dr Lind, who") in statements


def test_the_speaker_before_a_whose_clause_the_parser_made_the_cue_s_head(extractor) -> None:
    text = ("Alasdair Penhallow-Reid, whose Moray Firth seat has the largest whitefish fleet in the country, told the "
            "Sunday Herald at the weekend that the deal had been stitched up.")
    assert found(extractor, text) == [("told", "the deal had been stitched up", "Alasdair Penhallow-Reid")]


def test_a_headline_object_with_a_title_in_marks_is_a_statement(extractor) -> None:
    text = "Dana Corr denies feud with 'Harbor Lights' co-star after deleted post\n\nThe actress spoke on Tuesday.\n"
    statements = extract(text, extractor=extractor).statements
    assert [(s.cue.text, s.text) for s in statements] == [("denies", "feud with 'Harbor Lights' co-star")]


def test_an_as_if_clause_after_asked_is_no_question(extractor) -> None:
    statements = found(extractor, '"And is Biscuit settling in at the new flat?" Carradine asked, as if the nation '
                                  'had been lying awake about it.')
    assert [content for _, content, _ in statements] == ["And is Biscuit settling in at the new flat?"]


def test_a_title_case_headline_s_scare_quotes_are_left_to_the_body(extractor) -> None:
    # in Title Case every scare quote looks like a title: where its quoted words end, readers disagree
    text = "Pastor Urges Voters to 'Turn Away' From 'Boasters' Like Varga\n\nThe pastor spoke on Sunday.\n"
    assert [s.text for s in extract(text, extractor=extractor).statements] == []
