"""Quoted words in two parts around one cue that make one statement."""
from __future__ import annotations

from fixtures.one_paragraph import only


def test_quoted_joined_parts_second_quote_after_the_cue_and_and_goes_on_with_the_first(extractor) -> None:
    st = only(extractor, 'Ruiz was angry. The fare rise was "absurd", she told the Harbour Post, and '
                         '"a blow to every family that takes the ferry".')
    assert len(st.spans) == 2
    assert st.text.startswith('The fare rise was "absurd"')
    assert st.text.endswith("takes the ferry")
    assert st.speaker.mention.text == "she"


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

