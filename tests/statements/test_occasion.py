"""The occasion of a statement (statements/occasion.py): where or in what it was said, on invented sentences."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.statements.build import occasion_text
from onrecord.statements.occasion import occasion_span


def occasion(nlp, text: str, cue: str) -> str | None:
    """The occasion words of the first token ``cue`` of ``text``, as build.py names them."""
    verb = next(t for t in nlp(text) if t.text == cue)
    span = occasion_span(verb)
    return occasion_text(text[span[0]:span[1]]) if span else None


@pytest.mark.parametrize("text, cue, expected", [
    # an event or a medium on the cue
    ("Lind said in an interview with the Courier that taxes would fall.", "said", "an interview with the Courier"),
    ("Lind said during Tuesday's debate that taxes would fall.", "said", "Tuesday's debate"),
    ("Lind wrote in a letter to the council that the plant would stay open.", "wrote", "a letter to the council"),
    ("Lind said at the start of her speech that taxes would fall.", "said", "the start of her speech"),
    # platforms, broadcasters and shows
    ("Lind said on CNN that the plant would close.", "said", "CNN"),
    ("Lind said on her Facebook page that taxes would fall.", "said", "her Facebook page"),
    ("Lind said on Twitter Thursday that the vote was rigged.", "said", "Twitter"),
    ('Lind said on "Evening Hour" that the plant would close.', "said", "Evening Hour"),
    ('Lind told NBC\'s "Evening Hour" that the plant would close.', "told", "Evening Hour"),
    # a participle that opens, interrupts or ends the clause
    ("Speaking at a rally in Ames, Lind said the plant would stay open.", "said", "a rally in Ames"),
    ("Lind, speaking at a town hall in Ames, said taxes would fall.", "said", "a town hall in Ames"),
    ("Asked about the plant at a hearing, Lind said it would stay open.", "said", "a hearing"),
    ("Lind said while appearing on Fox News that taxes would fall.", "said", "Fox News"),
    # the verb the cue goes with
    ("Lind took to Twitter to say the vote was rigged.", "say", "Twitter"),
    ("Lind reacted in a statement, saying the plan would fail.", "saying", "a statement"),
    ("Lind went on CNN and said the plan would fail.", "said", "CNN"),
    # the cue's object, a phrase opening the sentence (also when the parse hangs it elsewhere)
    ("Lind told reporters at a news conference that the plan would fail.", "told", "a news conference"),
    ("In a statement released after the council voted, Lind said the plant would stay open.", "said",
     "a statement released after the council voted"),
    ("At his rallies, Lind primes supporters not to trust the press and cites the crowds as an example: "
     "He says news outlets undercount them.", "says", "his rallies"),
    # a phrase the parse hangs on the day before it
    ('Wednesday on Fox News Channel\'s "Ana & Friends," Lind said taxes would fall.', "said",
     "Fox News Channel's Ana & Friends"),
    # a show title the parse leaves off the broadcaster's possessive, or cuts short
    ("“Of course we will release the records,” Lind said during an interview on CNN’s “State of the Harbour” "
     "Sunday.", "said", "an interview on CNN’s State of the Harbour"),
    ('"It is over," Lind said on ABC\'s "This Week With Ana Ruiz."', "said", "ABC's This Week With Ana Ruiz"),
    # a title the parse takes for a time ("Evening Hour")
    ("Lind said on NBC's Evening Hour that the plant would close.", "said", "NBC's Evening Hour"),
])
def test_occasion_of_the_cue(nlp, text, cue, expected) -> None:
    assert occasion(nlp, text, cue) == expected


@pytest.mark.parametrize("text, cue", [
    ("Lind said on Monday in Ames that the plant would close.", "said"),  # a date, a place
    ("Lind said in 2015 that taxes would fall.", "said"),
    ("Lind said in March that taxes would fall.", "said"),  # the month, not a protest march
    ("Lind told CNN on Sunday that the plant would close.", "told"),  # CNN is the addressee
    ("Lind commented on the debate over taxes.", "commented"),  # the topic
    ("Lind commented on the broadcast.", "commented"),
    ("Lind criticized Varga on the speech she gave.", "criticized"),
    ("After the debate, Lind said taxes would fall.", "said"),  # said after it, elsewhere
    ("Lind, leading in the polls, said taxes would fall.", "said"),  # the subject's doing, not a speaking
    ("Lind spoke at a rally and later said on Monday that taxes would fall.", "said"),  # a later saying
])
def test_no_occasion(nlp, text, cue) -> None:
    assert occasion(nlp, text, cue) is None


def test_occasion_text_drops_preposition_marks_and_stop() -> None:
    assert occasion_text("on NBC's “Evening Hour.”") == "NBC's Evening Hour"
    assert occasion_text("to Twitter") == "Twitter"
    assert occasion_text("at a rally in Ames, D.C.") == "a rally in Ames, D.C."


def test_direct_quote_occasion_of_a_show_and_of_an_inverted_speaker(extractor) -> None:
    text = ('Harbour dispute goes on\n\n'
            '"Varga is wrong about the port," Lind said on ABC\'s "Evening Hour With Ana Ruiz."\n\n'
            '"The harbour stays open," said Tomas Okafor, a councillor from Ames, in an interview.\n')
    found = {s.text: s for s in extract(text, extractor=extractor).statements}
    assert found["Varga is wrong about the port"].occasion == "ABC's Evening Hour With Ana Ruiz"
    assert found["The harbour stays open"].occasion == "an interview"


def test_occasion_stops_before_the_clause_it_introduces(nlp) -> None:
    text = "Lind told the crowd at a rally in Ames that the plant would close."
    assert occasion(nlp, text, "told") == "a rally in Ames"


def test_mixed_statement_occasion_of_its_clause_is_not_the_cues(extractor) -> None:
    text = 'Port talks\n\nDuring the call, Lind and Varga "agreed to keep the harbour open," the office said.\n'
    (st,) = [s for s in extract(text, extractor=extractor).statements if not s.headline]
    assert st.kind == "mixed"
    assert st.occasion is None


def test_mixed_statement_occasion_stops_at_its_words(extractor) -> None:
    text = 'Harbour plan criticised\n\nLind said in a statement that the plan was "a disaster for the harbour."\n'
    (st,) = [s for s in extract(text, extractor=extractor).statements if not s.headline]
    assert st.kind == "mixed"
    assert st.occasion == "a statement"


def test_occasion_inside_the_quote_is_not_where_it_was_said(extractor) -> None:
    text = ("Harbour row\n\n“In the council debates she dodged the question,” said Tomas Okafor, "
            "who represents Ames.\n")
    (st,) = [s for s in extract(text, extractor=extractor).statements if not s.headline]
    assert st.occasion is None


def test_occasion_text_cut_at_the_statement_drops_the_word_leading_into_it() -> None:
    assert occasion_text("during a Tuesday interview as") == "a Tuesday interview"


@pytest.mark.parametrize("text, expected", [
    ("In the spring after the vote, Lind emphatically proclaimed at a press conference, "
     "“I did not sell the harbour to anyone.”", "a press conference"),  # a cue that governs the quote
    ("In a radio interview later that day, Lind went even further: “If the port closes, it is the end "
     "of the town.”", "a radio interview"),  # a verb before the colon
])
def test_direct_quote_occasion_of_other_cue_rules(extractor, text, expected) -> None:
    (st,) = [s for s in extract("Harbour row\n\n" + text + "\n", extractor=extractor).statements if not s.headline]
    assert st.occasion == expected
