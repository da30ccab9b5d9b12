"""Where mixed statements (reported words with a quotation inside) and runs of quotes start and end."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.statements.build import through_open_quote

from fixtures.one_paragraph import only, statements


def test_mixed_boundaries_content_ending_inside_a_quotation_runs_to_its_closing_mark(extractor) -> None:
    st = only(extractor, 'Ruiz told the reporters that the fares were "too high."')
    assert st.kind == "mixed"
    assert st.text == 'the fares were "too high."'


def test_mixed_boundaries_typographic_closing_mark_after_a_comma(extractor) -> None:
    st = only(extractor, 'Ruiz told reporters that the new tolls were “simply too high,” and left.')
    assert st.kind == "mixed"
    assert "“simply too high,”" in st.text


def test_mixed_boundaries_closed_quotation_keeps_its_end() -> None:
    text = 'Lind said the plan was "a joke" and left.'
    spans = [(10, 31)]  # 'the plan was "a joke"'
    assert through_open_quote(text, spans) == spans
    open_spans = [(10, 30)]  # 'the plan was "a joke': the quotation is still open
    assert through_open_quote(text, open_spans) == [(10, 31)]


def test_mixed_boundaries_clause_subject_parsed_as_the_cue_object_opens_the_content(extractor) -> None:
    st = only(extractor, 'Lind argued the new bridge, which is widely supported by the council, '
                         '"would not last ten years" without repairs.')
    assert st.kind == "mixed"
    assert st.text.startswith("the new bridge, which is widely supported by the council, ")
    assert st.speaker.mention.text == "Lind"


def test_quoted_run_goes_on_after_a_cue_ending_with_a_state_abbreviation(extractor) -> None:
    st = only(extractor, '"To those who back the plan, I understand," said Rep. Lind, D-N.Y. '
                         '"I get that. But the money is not there."')
    assert len(st.spans) == 2
    assert st.text.endswith("But the money is not there.")


def test_quoted_run_cue_inside_the_next_quoted_sentence_is_not_the_run_quote_cue(extractor) -> None:
    found = statements(extractor, '"Maybe we are just trying to let the council learn the lesson," '
                       'Varga said. "We are trying to show some mercy." The bridge, she said, was '
                       '"where we have a chance to win."')
    assert found[0].text.endswith("We are trying to show some mercy.")
    assert len(found[0].spans) == 2


def test_quoted_run_goes_on_past_a_long_programme_title_in_the_cue_sentence(extractor) -> None:
    st = only(extractor, '"It is not that we do not want to, it is that we cannot," Lind said on '
                         'KXR radio\'s "This Week With Ana Ruiz." "Because there is no way to check it."')
    assert st.text.endswith("Because there is no way to check it.")
    assert len(st.spans) == 2


def test_mixed_boundaries_cue_clause_ending_in_a_colon_joins_the_quote(extractor) -> None:
    st = only(extractor, 'Ruiz said that the bridge deal was dead: "We do not have the votes. We never had them."')
    assert st.kind == "mixed"
    assert st.text == 'the bridge deal was dead: "We do not have the votes. We never had them."'
    alone = only(extractor, 'Ruiz said on Monday: "We do not have the votes."')  # no clause: the quote alone
    assert alone.kind == "direct"
    assert alone.text == "We do not have the votes."


def test_mixed_boundaries_cue_in_a_relative_clause_that_governs_the_quote_wins(extractor) -> None:
    found = statements(extractor, 'Later in the show, Varga praised the pastor Ana Lind, who has vowed to '
                       'fight the toll because of its "contempt for the poor and the old people of the town."')
    [st] = [s for s in found if "contempt" in s.text]
    assert st.text.startswith("to fight the toll")
    assert st.cue.text == "vowed"
    assert st.speaker.mention.text == "the pastor Ana Lind"


def test_mixed_boundaries_fronted_clause_of_a_capitalised_quote_with_its_cue_after(extractor) -> None:
    st = only(extractor, 'If the bridge bill passes, "I think the town will finally have a future," Lind said.')
    assert st.kind == "mixed"
    assert st.text.startswith("If the bridge bill passes")
    assert st.speaker.mention.text == "Lind"



def attributed_quotes(nlp, text: str) -> list:
    """The quotes of ``text`` as the attribution step leaves them, before reported statements join."""
    from onrecord.statements.attribute import QuoteAttributor
    from onrecord.statements.quotes import paragraph_spans, scan_quotes

    return QuoteAttributor(nlp(text), paragraph_spans(text)).attribute(scan_quotes(text))


def test_mixed_boundaries_words_between_that_and_a_capitalised_quote_are_content(nlp) -> None:
    text = 'Lind said that after the vote on the bridge, "We will rebuild the whole harbour."'
    [cand] = attributed_quotes(nlp, text)
    assert cand.kind == "mixed"
    assert text[cand.start:cand.end].startswith("that after the vote on the bridge")


def test_mixed_boundaries_a_that_clause_hung_on_a_phrase_of_the_cue_starts_after_that(extractor) -> None:
    # the parser reads the clause as a relative clause of "briefing"; "reporters at the daily briefing" is
    # to whom and where she said it, not what
    st = only(extractor, 'Press secretary Dana Ruiz told reporters at the daily briefing that the governor '
                         '"respects the right to strike."')
    assert st.text == 'the governor "respects the right to strike."'


def test_mixed_boundaries_a_quote_going_on_with_a_reported_content_is_its_end(extractor) -> None:
    st = only(extractor, 'Pryddy said the board would publish its costs in full before the vote, "so nobody can say '
                         'we hid anything."')
    assert st.kind == "mixed"
    assert st.text == 'the board would publish its costs in full before the vote, "so nobody can say we hid anything."'


def test_mixed_boundaries_a_quote_opening_a_sentence_of_its_own_stays_a_quote(extractor) -> None:
    found = statements(extractor, 'Pryddy said the board would publish its costs. "Nobody can say we hid anything."')
    assert [st.text for st in found] == ["the board would publish its costs", "Nobody can say we hid anything."]


def test_a_content_goes_on_after_the_cue_that_interrupts_it(extractor) -> None:
    st = only(extractor, "Most settle, she said, often for store credit rather than cash.")
    assert st.text == "Most settle often for store credit rather than cash"
    assert len(st.spans) == 2


@pytest.mark.parametrize("clause", [
    "the swing, 14 points from Labour to the Greens, is the largest the party has achieved",
    "the swing, 14 points from Labour to the Greens, has surprised everyone",
])
def test_a_clause_the_parser_split_at_its_subject_is_reported_whole(extractor, clause: str) -> None:
    st = only(extractor, f"Professor Rhian Gould, who studies elections at the University of Castlemere, says {clause}.")
    assert st.text == clause


def test_how_a_quote_was_said_is_no_content(extractor) -> None:
    found = extract('Match\n\n"We were lucky," Morrow said, laughing.\n', extractor=extractor).statements
    assert [st.text for st in found] == ["We were lucky"]


def test_an_object_that_only_names_the_quote_after_its_colon_is_no_statement(extractor) -> None:
    found = statements(extractor, 'Co-star Jamie Rourke tweeted a single word: "Gutted."')
    assert [st.text for st in found] == ["Gutted."]


def test_a_quotation_that_ends_an_infinitive_without_a_comma_joins_its_content(extractor) -> None:
    # the parser hangs '"before ..."' on "called" and ends the content on the opening mark
    st = only(extractor, "Nada Hobeika, a spokeswoman for the Savers' Rights Front, called on parliament to pass the "
                         "deposit recovery law \"before more of us die waiting.\"")
    assert (st.kind, st.text) == ("mixed", 'parliament to pass the deposit recovery law "before more of us die '
                                           'waiting."')
    assert st.speaker.name == "Nada Hobeika"


def test_a_quotation_going_on_from_a_relative_clause_is_its_speakers(extractor) -> None:
    # the parser hangs the quote on "drew"; the words are the MP's, who accused
    found = statements(extractor, "Her remarks drew an angry response from MP Ghassan Sfeir of the Free Coastal "
                                  "Bloc, who accused the government of drafting the law \"for the same people who "
                                  "own the generators.\"")
    assert [(s.cue.text, s.speaker.name) for s in found] == [("accused", "Ghassan Sfeir")]
    assert found[0].text.startswith("the government of drafting the law \"for")


def test_a_participle_opening_the_sentence_is_no_part_of_a_mixed_content(extractor) -> None:
    # 'In other words, he said, "..."' puts the words before the cue into the content; a cue with its own clause
    # ("told MPs that ...") does not
    found = statements(extractor, "Opening the debate, Energy Minister Carla Matar told MPs that the law would allow "
                                  "1,000 megawatts of solar power within three years, \"more than the state power "
                                  "company produces on a good day.\"")
    assert [s.text[:20] for s in found] == ["the law would allow "]


def test_a_quotation_after_a_relative_clause_of_no_speech_is_not_its_verbs(extractor) -> None:
    # review 21: "who painted the harbour "in the light of ..."" describes a work; nobody says the words
    found = statements(extractor, "The exhibition features works by Mira Lent, who painted the harbour \"in the "
                                  "light of a winter morning.\"")
    assert "painted" not in [s.cue.text for s in found if s.cue]


def test_a_that_clause_read_as_a_relative_clause_runs_to_the_end_of_its_quotation(extractor) -> None:
    # the parser reads "a union hall that Coltrane had been ..." as a relative clause and cuts it inside the quote
    found = statements(extractor, "In Cleveland, Hollis, 44, a former public defender, told a crowd at a union hall "
                                  "that Coltrane had been \"gracious, the way she has always been,\" and promised \"a "
                                  "smooth handoff\" for the 40 staff members in her state offices.")
    assert [s.text for s in found if s.cue.text == "told"] == ['Coltrane had been "gracious, the way she has always '
                                                              'been,"']
    assert not any(s.text.startswith("gracious") for s in found)


def test_a_long_hearer_and_occasion_after_a_parenthetical_cue_keeps_the_quote(extractor) -> None:
    # review 22: the words between the cue and the quote say where and to whom, however many
    found = statements(extractor, "The defeat was painful, coach Rui Mata told reporters after the match at the "
                                  "Kesteln stadium on Saturday night, \"but we will recover\".")
    assert [s.text for s in found] == ["The defeat was painful but we will recover"]


def test_a_clause_after_a_parenthetical_cue_leaves_one_statement_of_the_words_around_it(extractor) -> None:
    # review 23: "said as councillors left ..., "..."" also made a second statement of the clause and the quote;
    # review 24: the words before the cue are what was said, with the quote
    found = statements(extractor, "Despite the cuts, the mayor said as councillors left the chamber after a five-hour "
                                  "debate on the budget, \"the libraries will stay open.\"")
    assert [s.text for s in found] == ["Despite the cuts the libraries will stay open."]


@pytest.mark.parametrize("sentence, content", [
    ("However, he said, \"the debate was a mess\".", "the debate was a mess"),
    ("However, he called the senator \"a little desperate\".", "the senator \"a little desperate\""),
    ("After all, he says, \"I never claimed to be a reporter.\"", "I never claimed to be a reporter."),
])
def test_a_linking_adverb_before_the_cue_is_no_part_of_what_was_said(extractor, sentence: str, content: str) -> None:
    # PolNeAR dev: 'However, he characterized X as, "..."' took "However" into the statement
    [st] = statements(extractor, "Matthews spoke on Sunday. " + sentence)
    assert sentence.split(",")[0] not in st.text and content.strip('"') in st.text


@pytest.mark.parametrize("sentence, content", [
    # the parser hangs the time or the occasion on the quoted noun; it dates or places the saying
    ('Former governor Tom Varga called the toll plan a "cash grab" during a campaign stop in Ames on Monday.',
     'the toll plan a "cash grab"'),
    ('Senator Ana Lind described the budget as a "disgrace" Wednesday on the Morning Hour show.',
     'the budget as a "disgrace"'),
])
def test_an_object_content_ends_on_its_quoted_words_before_when_or_where_they_were_said(extractor, sentence,
                                                                                        content) -> None:
    st = only(extractor, sentence)
    assert st.text == content


def test_an_occasion_between_an_object_and_its_reason_is_no_part_of_the_content(extractor) -> None:
    st = only(extractor, 'Mayor Ana Lind praised Tom Varga in her state-of-the-city address for helping build '
                         '"a fairer budget."')
    assert st.text == 'Tom Varga for helping build "a fairer budget."'
    assert st.occasion is not None and "address" in st.occasion


def test_an_object_content_keeps_what_its_quoted_words_go_on_with(extractor) -> None:
    """An "in" phrase whose own noun is no event goes on with the quoted words, though a verb in it ("address") is
    also an occasion's noun."""
    found = {st.cue.text: st.text for st in statements(
        extractor, "Senator Ana Lind called the accord “a historic step forward” in global efforts to address "
                   "plastic waste, applauding the negotiators in the process.")}
    assert found["called"] == "the accord “a historic step forward” in global efforts to address plastic waste"
