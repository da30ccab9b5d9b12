"""Quoted statements: one cue for two quotes, second cues, relative clauses, titles."""
from __future__ import annotations

from fixtures.one_paragraph import article, statements


def _article(extractor, body: str) -> tuple[str, list]:
    """The article's text and its statements."""
    return article(body), statements(extractor, body)


def _words(text: str, st) -> list[str]:
    return [text[s:e].rstrip(",") for s, e in st.spans]


def _direct(sts) -> list:
    return [st for st in sts if st.kind == "direct"]


def test_quoted_the_cue_sentence_found_again_joins_the_next_quote(extractor) -> None:
    # the cue sentence lacks its period: the next quote hangs on the same cue, so it is the same statement
    text, sts = _article(extractor, '"We will build the bridge," Ana Ruiz said "The money is there."')
    [quote] = _direct(sts)
    assert _words(text, quote) == ["We will build the bridge", "The money is there."]
    assert quote.speaker.mention.text == "Ana Ruiz"


def test_quoted_a_title_inside_the_cue_clause_is_not_joined(extractor) -> None:
    text, sts = _article(extractor, '"We will build the bridge," Lind said after a brief "Thank you" to the crowd.')
    joined = [st for st in sts if len(st.spans) > 1]
    assert not joined


def test_quoted_a_participle_cue_after_a_quote_with_its_own_cue_splits(extractor) -> None:
    # 'X said, "A," adding, "B."': the participle introduces B, a statement of its own
    text, sts = _article(extractor, 'Lind told the council, "We will build the bridge this year," '
                                    'adding, "The money is already in the bank."')
    quotes = _direct(sts)
    assert [_words(text, q) for q in quotes] == [["We will build the bridge this year"],
                                                  ["The money is already in the bank."]]


def test_quoted_a_title_is_no_first_part_of_an_interrupted_quote(extractor) -> None:
    # '"Title," explaining, "..."': the title and the quote after the gap are not one quotation
    text, sts = _article(extractor, 'Varga said the town reminds her of the old novel "Harbour Lights Forever," '
                                    'explaining, "because it was about a place that never gave up."')
    assert not [st for st in sts if len(st.spans) > 1 and "Harbour" in text[st.spans[0][0]:st.spans[0][1]]]


def test_quoted_a_relative_clause_cue_introduces_the_quote_after_it(extractor) -> None:
    text, sts = _article(extractor, 'The mayor won support from Tom Okafor, who declared in the council '
                                    'chamber on Monday, "It is time to build the bridge."')
    [quote] = _direct(sts)
    assert quote.cue.text == "declared"
    assert quote.speaker.name == "Tom Okafor"


def test_quoted_a_relative_clause_in_the_gap_is_no_second_cue(extractor) -> None:
    # 'of people whose rights were restored' is a relative clause whatever the parse calls it
    text, sts = _article(extractor, '"I have no idea how these people voted," Lind said of people whose '
                                    'voting rights were previously restored, "But I do know they cared."')
    [quote] = _direct(sts)
    assert len(quote.spans) == 2


def test_quoted_a_coordinated_clause_after_the_quote_has_its_own_cue(extractor) -> None:
    # '... said he was "ready to serve," and he repeated ...': the cue before the quote attributes it
    sts = statements(extractor, 'Mr. Lind, however, said he was "the right man for the harbour job," '
                                'and he repeated his claim that Ms. Varga had misled the council.')
    quoted = [st for st in sts if "harbour job" in st.text]
    assert quoted and quoted[0].speaker.mention.text in ("Mr. Lind", "Lind")
    assert quoted[0].cue.text == "said"


def test_quoted_the_speaker_mention_stops_before_the_cue_and_the_quote(extractor) -> None:
    # the noun's phrase takes in the relative clause with the cue: the mention keeps the noun
    text, sts = _article(extractor, 'On Monday the council received a message that said, '
                                    '"Sorry, we cannot come to the vote."')
    [quote] = _direct(sts)
    assert quote.cue.text == "said"
    assert quote.speaker.mention.text == "a message that"


def test_quoted_an_inverted_verb_after_the_quote_takes_the_noun_after_it(extractor) -> None:
    # '"...," exhorted the host': the parse takes the speaker for the verb's object
    text, sts = _article(extractor, '"It is time we had a mayor who listens," exhorted the introducer, '
                                    'actress Ana Lind.')
    [quote] = _direct(sts)
    assert quote.cue.text == "exhorted"
    assert quote.speaker.mention.text.startswith("the introducer")


def test_quoted_a_cue_hung_inside_what_was_said_speaks_with_the_outer_cue(extractor) -> None:
    # the parse joins "added" to "was", inside Lind's reported clause: Lind adds the quote, not "it"
    text, sts = _article(extractor, 'Ana Lind, 70, said it was too early to count the votes but added, '
                                    '"I think you all have an idea of the results."')
    [quote] = _direct(sts)
    assert quote.cue.text == "added"
    assert quote.speaker.name == "Ana Lind"


def test_quoted_the_words_after_a_quote_that_leaves_its_sentence_open_join_it(extractor) -> None:
    # the quote ends with no punctuation and the sentence goes on in lower case: one mixed content
    text, sts = _article(extractor, 'Lind said, "I am so tired of the council stalling" on the bridge and the toll.')
    [st] = [s for s in sts if "stalling" in s.text]
    assert st.kind == "mixed"
    assert st.text == '"I am so tired of the council stalling" on the bridge and the toll'
    assert st.speaker.name == "Lind"
    # only when it was said does not join ('... on Friday')
    text, sts = _article(extractor, 'Lind wrote, "Thank you, Salem" on Friday afternoon.')
    [st] = [s for s in sts if "Salem" in s.text]
    assert st.kind == "direct"


def test_quoted_a_second_part_with_a_cue_of_its_own_is_its_own_statement(extractor) -> None:
    # '"A," she said, ..., "B," said Varga.': the cue after B attributes B alone
    text, sts = _article(extractor, '"His normal mood is grumpy," she said, but despite the tone, '
                                    '"I think he will do it," said Varga.')
    quotes = _direct(sts)
    assert [_words(text, q) for q in quotes] == [["His normal mood is grumpy"], ["I think he will do it"]]
    assert quotes[1].speaker.name == "Varga"
