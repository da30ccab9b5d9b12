"""Quoted words in two parts around one cue that make one statement."""
from __future__ import annotations

import pytest

from fixtures.one_paragraph import only, statements


@pytest.mark.parametrize("sentence, first, last, mention", [
    # a second quote after the cue and "and" goes on with the first
    ('Ruiz was angry. The fare rise was "absurd", she told the Harbour Post, and "a blow to every family that takes '
     'the ferry".', 'The fare rise was "absurd"', "takes the ferry", "she"),
    # a quote after the cue of a mixed statement goes on with it, as '"A," she said. "B."' does
    ('The ferry plan does "far too little," Ana Lind said on Monday. "Without a second boat, the island loses its '
     'young people."', 'The ferry plan does "far too little,"', "loses its young people.", "Ana Lind"),
])
def test_quoted_joined_parts_a_mixed_statement_and_the_quote_after_its_cue(extractor, sentence: str, first: str,
                                                                             last: str, mention: str) -> None:
    st = only(extractor, sentence)
    assert st.kind == "mixed"
    assert len(st.spans) == 2
    assert st.text.startswith(first)
    assert st.text.endswith(last)
    assert st.speaker.mention.text == mention


def test_quoted_joined_parts_direct_first_part_and_a_second_after_and(extractor) -> None:
    st = only(extractor, '"The fare rise is absurd," Okafor told the Harbour Post, and "a blow to every family '
                         'that takes the ferry."')
    assert len(st.spans) == 2
    assert st.speaker.mention.text == "Okafor"


def test_quoted_joined_parts_a_few_words_after_and_are_no_scare_quote(extractor) -> None:
    st = only(extractor, '"A delivery van" drove through the barriers set up for the parade, Okafor said, '
                         'and "everyone started running."')
    assert len(st.spans) == 2
    assert st.text.endswith('everyone started running.')


def test_quoted_joined_parts_words_after_the_closing_mark_end_the_fronted_statement(extractor) -> None:
    st = only(extractor, 'In the poorer towns, Varga said, "we do not know the answer" on how many jobs '
                         'might go.')
    assert st.kind == "mixed"
    assert st.spans[0] == (st.spans[0][0], st.spans[0][0] + len("In the poorer towns"))
    assert st.text.endswith("on how many jobs might go")


def test_quoted_joined_parts_long_cue_before_a_lower_case_second_part(extractor) -> None:
    st = only(extractor, '"The ferry used to be the lifeline of this town," said Ana Lind, director of the '
                         'Harbour and Coastal Studies Institute at the University of Northvale in Easton, "but it '
                         'is increasingly a ride for tourists."')
    assert len(st.spans) == 2
    assert st.speaker.mention.text == "Ana Lind"


def test_quoted_joined_parts_lower_case_quote_after_the_cue_finishes_the_first_part(extractor) -> None:
    st = only(extractor, '"If it had not rained" on the day of the vote, Lind said at the hearing on Monday, '
                         '"we would have won easily."')
    assert len(st.spans) == 2
    assert st.text.endswith("we would have won easily.")
    assert st.speaker.mention.text == "Lind"



def test_quoted_joined_parts_a_quote_in_the_next_paragraph_stays_a_statement_of_its_own(extractor) -> None:
    found = statements(extractor, 'The ferry plan does "far too little," Ana Lind said on Monday.\n\n"Without a '
                                  'second boat, the island loses its young people."')
    assert [st.kind for st in found] == ["mixed", "direct"]


@pytest.mark.parametrize("conjunction", ["but", "and", "and that"])
def test_quoted_joined_parts_a_second_quotation_after_but_or_and_goes_on_with_the_first(extractor,
                                                                                         conjunction: str) -> None:
    """'said X is "..." but "..."': the cue before both reports both, as one statement with the conjunction in it."""
    st = only(extractor, f'The mayor said that parking is \u201ca real headache in this town\u201d {conjunction} '
                         f'\u201cnobody wants to pay for a garage.\u201d')
    assert st.kind == "mixed"
    assert st.text.startswith("parking is")
    assert f"\u201d {conjunction} \u201c" in st.text
    assert st.text.rstrip(".\u201d").endswith("pay for a garage")
    assert st.speaker.mention.text == "The mayor"
