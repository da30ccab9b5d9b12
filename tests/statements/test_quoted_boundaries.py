"""Where a statement with quotation marks starts and ends, and when quotes are one statement."""
from __future__ import annotations

from fixtures.one_paragraph import only, statements
from onrecord.pipeline import extract


def test_quoted_boundaries_sentence_before_a_quote_with_a_cue_after_it_is_content(extractor) -> None:
    st = only(extractor, 'He had "wanted to be a bridge engineer since he was five years old," '
                         'his sister told the paper.')
    assert st.kind == "mixed"
    assert st.text.startswith('He had "wanted to be a bridge engineer')
    assert st.speaker.mention.text == "his sister"


def test_quoted_boundaries_words_after_the_quote_up_to_the_cue_are_content(extractor) -> None:
    st = only(extractor, '"Most people in this town will never use a tunnel" if the fares double, '
                         'the mayor told reporters.')
    assert st.kind == "mixed"
    assert st.text == '"Most people in this town will never use a tunnel" if the fares double'
    assert st.speaker.mention.text == "the mayor"


def test_quoted_boundaries_cue_complement_before_the_quote_is_content(extractor) -> None:
    st = only(extractor, 'Ruiz ended her speech with "a promise that nobody in this town will pay a cent more '
                         'for the bridge."')
    assert st.kind == "mixed"
    assert st.text == 'her speech with "a promise that nobody in this town will pay a cent more for the bridge."'
    assert st.cue.text == "ended"
    assert st.speaker.mention.text == "Ruiz"


def test_quoted_boundaries_mixed_clause_goes_on_past_a_sentence_end_inside_the_quote(extractor) -> None:
    st = only(extractor, 'Ruiz told the paper that the fares "are fixed. And we will keep them that way for years."')
    assert st.kind == "mixed"
    assert st.text.endswith('the fares "are fixed. And we will keep them that way for years."')


def test_quoted_boundaries_second_cue_in_the_gap_makes_two_statements(extractor) -> None:
    first, second = statements(extractor, '"The bridge will open in May," Ruiz said, adding: '
                                          '"We will not ask for more money."')
    assert first.text == "The bridge will open in May"
    assert first.cue.text == "said"
    assert second.text == "We will not ask for more money."
    assert second.cue.text == "adding"
    assert second.speaker.mention.text == "Ruiz"


def test_quoted_boundaries_lower_case_second_part_stays_one_statement(extractor) -> None:
    st = only(extractor, '"We will fight this decision," Ruiz said as the crowd cheered, "and we will win it."')
    assert len(st.spans) == 2
    assert st.text == "We will fight this decision and we will win it."


def test_quoted_boundaries_appositive_clause_in_the_gap_keeps_one_statement(extractor) -> None:
    st = only(extractor, '"The bridge will open in May," said the spokesman, who has worked for the council '
                         'since 2010, "and not a day later."')
    assert len(st.spans) == 2


def test_quoted_boundaries_words_before_a_parenthetical_cue_are_content(extractor) -> None:
    st = only(extractor, 'Evaluating the plan by its cost alone, Ruiz said, "is like judging a book by its cover."')
    assert st.kind == "mixed"
    assert len(st.spans) == 2
    assert st.text == "Evaluating the plan by its cost alone is like judging a book by its cover."
    assert st.speaker.mention.text == "Ruiz"


def test_quoted_boundaries_capitalised_quote_after_a_parenthetical_cue_stands_alone(extractor) -> None:
    st = only(extractor, 'At the end of the meeting, Ruiz said, "The bridge will open in May."')
    assert st.text == "The bridge will open in May."


def attributed_quotes(nlp, text: str) -> list:
    """The quotes of ``text`` as the attribution step leaves them, before reported statements join."""
    from onrecord.statements.attribute import QuoteAttributor
    from onrecord.statements.quotes import paragraph_spans, scan_quotes

    return QuoteAttributor(nlp(text), paragraph_spans(text)).attribute(scan_quotes(text))


def test_quoted_boundaries_quotes_inside_one_mixed_clause_are_one_statement(nlp) -> None:
    text = 'Ruiz said the fares "will stay the same for years" and the trains "will run on time every day."'
    [cand] = attributed_quotes(nlp, text)
    assert cand.kind == "mixed"
    assert [text[s:e] for s, e in cand.spans] == [text[text.index("the fares"):]]


def test_quoted_boundaries_cue_that_governs_the_quote_beats_a_later_cue(nlp) -> None:
    text = 'Ruiz told the council, after Berg had warned about the costs, "The bridge will cost more than we thought."'
    [cand] = attributed_quotes(nlp, text)
    assert text[cand.cue[0]:cand.cue[1]] == "told"
    assert text[cand.source[0]:cand.source[1]] == "Ruiz"


def test_quoted_boundaries_unattributed_title_is_no_statement(extractor) -> None:
    assert statements(extractor, 'The council met on Monday.\n\n"Secret Lives of the Very Rich" opens on Friday '
                                 'at the town theatre.') == []


def test_quoted_boundaries_unattributed_sentence_stays_a_statement(extractor) -> None:
    [st] = statements(extractor, 'The council met on Monday.\n\n"Nobody in this town will pay a cent more for '
                                 'the bridge."')
    assert st.text == "Nobody in this town will pay a cent more for the bridge."


def test_quoted_boundaries_quoted_title_is_not_widened_into_a_clause(extractor) -> None:
    st = only(extractor, 'Ruiz ended her speech with "The Long Road to a Bridge for Everyone."')
    assert st.text == "The Long Road to a Bridge for Everyone."


def test_a_clause_of_time_after_a_chanted_quote_is_no_part_of_it(extractor) -> None:
    """ 'Others chanted "Keep it in the ground" as police moved in': when they chanted, not what;
    words that finish what was said still join it ('"..." on the bridge')."""
    text = ("Protest\n\nSome protesters sat down in the road. Others chanted \"Keep it in the ground\" as police "
            "moved in.\n\nLind said, \"I am tired of the council stalling\" on the bridge.\n")
    found = [s.text for s in extract(text, extractor=extractor).statements]
    assert "Keep it in the ground" in found
    assert any(t.endswith("stalling\" on the bridge") for t in found)


def test_quoted_boundaries_quote_after_a_preposition_is_no_statement_of_the_cue_after_it(extractor) -> None:
    [st] = statements(extractor, 'On Tuesday\'s episode of "The Harbour Hour With Dana Pike," the former mayor '
                                 'said she would run for the council again.')
    assert st.kind == "indirect"
    assert st.text == "she would run for the council again"
    assert st.speaker.mention.text == "the former mayor"
