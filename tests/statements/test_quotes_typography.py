"""The quotation-mark scanner: every typography, apostrophes, open and unopened marks."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.statements.quotes import scan_quotes


def contents(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in c.spans] for c in scan_quotes(text)]


@pytest.mark.parametrize("opening, closing", [
    ('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("‹", "›"), ("‚", "‘"),
    ("'", "'"), ("»", "«"), ("”", "”"), ("''", "''"),
])
def test_quotes_every_typography(opening: str, closing: str) -> None:
    text = f"The mayor spoke. {opening}We will rebuild the bridge by June.{closing} Then she left."
    assert contents(text) == [["We will rebuild the bridge by June."]]


def test_quotes_content_excludes_marks_and_trailing_comma() -> None:
    text = '"The port reopens on Friday," the harbour master said.'
    [cand] = scan_quotes(text)
    assert text[cand.spans[0][0]:cand.spans[0][1]] == "The port reopens on Friday"
    assert cand.kind == "direct"


@pytest.mark.parametrize("text", [
    "Don't say the union's plan failed; it's Jones' car from the '90s.",
    "They played rock 'n' roll all night at O'Neill's bar.",
    "The ’80s were kind to the Smiths’ business, wasn’t it?",
])
def test_quotes_apostrophes_are_not_quotes(text: str) -> None:
    assert scan_quotes(text) == []


def test_quotes_apostrophes_inside_a_single_quoted_statement() -> None:
    text = "She said: 'We don't know if Jones' boat will sail.' Nobody replied."
    assert contents(text) == [["We don't know if Jones' boat will sail."]]


def test_quotes_nested_quotes_stay_inside() -> None:
    text = "“He told me ‘never again’ and walked out,” the witness said."
    assert contents(text) == [["He told me ‘never again’ and walked out"]]


@pytest.mark.parametrize("inner", ["“hell”", "“hell” and “ruin”"])
def test_quotes_a_quote_inside_a_quote_in_the_same_marks_stays_inside(inner: str) -> None:
    # readers' letters quote their target in the marks of their own quote
    text = (f"Readers answered.\n\n“I would rather live in what he calls {inner} than here.” ― Ana Varga\n\n"
            "“He is someone no voter wants.” ― Tom Bell")
    assert contents(text) == [[f"I would rather live in what he calls {inner} than here."],
                              ["He is someone no voter wants."]]


def test_quotes_a_mark_never_closed_ends_where_a_new_quote_opens() -> None:
    text = ("“The harbour will never reopen under this council. “We will fight the closure in court,” "
            "the fishermen's union said on Monday.\n\nThe council declined to comment.")
    assert contents(text) == [["The harbour will never reopen under this council."],
                              ["We will fight the closure in court"]]


def test_quotes_a_mark_never_closed_before_a_quote_leaves_its_speaker_to_that_quote(extractor) -> None:
    text = ("Intro.\n\n“The harbour will never reopen under this council. “We will fight the closure in court,” "
            "union leader Ana Varga said on Monday.\n\nThe council declined to comment.")
    record = extract(text, extractor=extractor)
    said = {s.text: s.speaker.name if s.speaker else None for s in record.statements}
    assert said.get("We will fight the closure in court") == "Ana Varga"


@pytest.mark.parametrize("height", ["6'3\"", "5’11\""])
def test_quotes_the_inches_of_a_height_are_no_quotation_mark(height: str) -> None:
    text = f"Among the details in the letter: the senator is {height} tall and weighs 190 pounds.\n\nNo one objected."
    assert contents(text) == []
    text = f"The coach, a {height} former centre, said \"we will win\" on Friday."
    assert contents(text) == [["we will win"]]


def test_quotes_inches_and_feet_after_a_number_are_no_quotation_marks() -> None:
    text = ('A 12" water main burst on Tuesday, sending about 6" of water across the gym floor.\n\n'
            '"You\'ve got boards sticking up 2" or 3" in the lane," she said. "Nobody is playing on that."\n\n'
            "The pipe split about 20' from the building, the authority said.")
    assert contents(text) == [['You\'ve got boards sticking up 2" or 3" in the lane'], ["Nobody is playing on that."]]


def test_quotes_two_apostrophes_hold_a_quote_in_their_own_marks() -> None:
    text = "Cafe\n\n''People keep telling me ''it could have been worse''. I know it could,'' she said.\n"
    assert contents(text) == [["People keep telling me ''it could have been worse''. I know it could"]]
    # where they do not pair up, a mark inside is no new quote
    text = "Club\n\n''We won. ''Next year we go up,'' said coach Ilva Rask.\n"
    assert contents(text) == [["We won. ''Next year we go up"]]


@pytest.mark.parametrize("text, quoted", [
    ('The club is in the "top 10" in the league, and "Vision 2030" was its plan, the coach said.',
     [["top 10"], ["Vision 2030"]]),
    ('Tane, who is 6\'2", called the plan "Vision 2030" and left. "It is a fantasy," Tane said.',
     [["Vision 2030"], ["It is a fantasy"]]),
    ('Okafor bought a 65" TV for the clubhouse. He called it "Screen 1" and laughed.', [["Screen 1"]]),
    ('The coach called it "Plan 2" after 6" of snow fell on the pitch.', [["Plan 2"]]),
    ('"Give me 5" he told the foreman, who ordered 6" pipes for the job.', [["Give me 5"]]),
    ('"We need 3" pipes, not 2" pipes," the plumber said.', [['We need 3" pipes, not 2" pipes']]),
    ("Speaking at the fair, Holt said: 'Our target is 2030' and left the stage.", [["Our target is 2030"]]),
    ("Holt told the teachers' conference the offer was 'nowhere near 10' and walked out.", [["nowhere near 10"]]),
    ("In the '90s the club spent years in 'Division 2' and nearly folded, said Rhys Tamar.", [["Division 2"]]),
    ('The inspector called it a "level 3" risk, noting the crack was 4".', [["level 3"]]),
    ('"We need 3 or 4" she said, adding that the pipe was 2".', [["We need 3 or 4"]]),
])
def test_quotes_a_quotation_may_end_on_a_number(text: str, quoted: list[list[str]]) -> None:
    # a mark after a number before a word closes the quotation open before it, unless the next mark closes it
    assert contents(text) == quoted


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_quotes_french_guillemets_with_spaces_inside(space: str) -> None:
    text = (f"Intro.\n\n«{space}People cried on Sunday{space}», recalled Jeanne Ferrand, 71.\n\n"
            f"The mayor was cautious: «{space}Never say never.{space}»")
    assert contents(text) == [["People cried on Sunday"], ["Never say never."]]


def test_quotes_german_guillemets_still_open_with_their_point_outward() -> None:
    text = "Er sagte »Nein« und ging. »Wir bauen die Brücke«, sagte die Ministerin."
    assert contents(text) == [["Nein"], ["Wir bauen die Brücke"]]


@pytest.mark.parametrize("text, expected", [
    pytest.param('"I made "Blue Hour" for 900,000 crowns, with my aunt\'s kitchen," Falk told the Courier. '
                 '"Under the new rules I would wait."',
                 [["I made \"Blue Hour\" for 900,000 crowns, with my aunt's kitchen"],
                  ["Under the new rules I would wait."]], id="straight-inside-straight"),
    pytest.param('"We won the cup today against all odds. "Next year is ours," Varga said.\n\nThe club said nothing.',
                 [["We won the cup today against all odds."], ["Next year is ours"]], id="straight-never-closed"),
    # the next paragraph reopens a quote, but the new quote in between has a cue of its own
    pytest.param("Inez Calloway said: “My grandchildren learned to ride their bikes on those paths “Sell it and you "
                 "will never get it back,” added Marcus Oyelowo, her neighbor.\n\n“I have heard from 300 people.”",
                 [["My grandchildren learned to ride their bikes on those paths"],
                  ["Sell it and you will never get it back"], ["I have heard from 300 people."]],
                 id="never-closed-before-a-quote-with-its-cue"),
])
def test_quotes_straight_levels_and_marks_never_closed(text: str, expected: list[list[str]]) -> None:
    assert contents(text) == expected


def test_quotes_paragraphs_reopened_without_closing() -> None:
    text = ("“The first thing we did was count the boats.\n\n"
            "“Then we counted the nets,” the fisherman said.\n\nThe council met later.")
    [cand] = scan_quotes(text)
    assert [text[s:e] for s, e in cand.spans] == [
        "The first thing we did was count the boats.", "Then we counted the nets"]


def test_quotes_unclosed_mark_ends_at_paragraph_end() -> None:
    text = "\"The wall will stand for a century.\n\nThe engineers disagreed with him."
    [cand] = scan_quotes(text)
    assert text[cand.spans[0][0]:cand.spans[0][1]] == "The wall will stand for a century."
    assert cand.confidence < 0.9


def test_quotes_unclosed_mark_ends_before_a_cue_sentence() -> None:
    text = "\"We will appeal the ruling, she said. The court did not comment."
    [cand] = scan_quotes(text)
    assert text[cand.spans[0][0]:cand.spans[0][1]] == "We will appeal the ruling"


def test_quotes_never_opened_mark_starts_at_paragraph() -> None:
    text = "Intro line.\n\nThe water is safe to drink again,\" the engineer said."
    [cand] = scan_quotes(text)
    assert text[cand.spans[0][0]:cand.spans[0][1]] == "The water is safe to drink again"
    assert cand.confidence < 0.9


def test_quotes_interrupted_quote_is_one_candidate() -> None:
    text = "“We won,” the coach said, “and we will win again next year.” Fans cheered."
    [cand] = scan_quotes(text)
    assert [text[s:e] for s, e in cand.spans] == ["We won", "and we will win again next year."]
    gap = cand.extra["gap"]
    assert "the coach said" in text[gap[0]:gap[1]]


def test_quotes_two_sentences_are_not_interrupted() -> None:
    text = "“We won.” The coach left. “Next year too.”"
    assert len(scan_quotes(text)) == 2


def test_quotes_scare_quotes_are_marked() -> None:
    text = 'Critics called the plan a "disaster" but the mayor said: "It will work for everyone."'
    cands = scan_quotes(text)
    assert [c.extra["scare"] for c in cands] == [True, False]


def test_quotes_skip_regions_are_not_scanned() -> None:
    text = 'Mayor: "We rebuild"\n\n"The bridge opens in June," the mayor said.'
    cands = scan_quotes(text, skip=[(0, 19)])
    assert contents(text)[0] == ["We rebuild"]
    assert [[text[s:e] for s, e in c.spans] for c in cands] == [["The bridge opens in June"]]


def test_quotes_reopened_paragraph_with_its_own_cue_starts_a_new_quote() -> None:
    text = "“One,” Sexton said. “Two.\n\n“Three,” Sexton said. “Four.”"
    assert contents(text) == [["One"], ["Two."], ["Three"], ["Four."]]


def test_quotes_unclosed_marks_of_paragraphs_that_end_on_a_cue_are_quotes_of_their_own() -> None:
    """Each paragraph opens a quote and ends on "..., Lind told reporters.": the writer forgot the
    closing marks; the next paragraph's mark opens a new quote, it does not run the last one on."""
    text = ("“We will build a road before winter, Lind told reporters.\n\n"
            "“We will fix the bridge too, Lind said.\n\n"
            "“It runs on. Then, in May, Kerry said that 100,000 would come.\n\n“That is all.”\n")
    found = [[text[s:e] for s, e in c.spans] for c in scan_quotes(text)]
    assert found[:2] == [["We will build a road before winter"], ["We will fix the bridge too"]]
    assert found[2] == ["It runs on. Then, in May, Kerry said that 100,000 would come.", "That is all."]


def test_quotes_a_first_person_cue_in_a_quote_that_runs_on_does_not_end_it() -> None:
    """Review 10: '... I said no.' inside a quote over paragraphs is the speaker's own words."""
    text = ("“They asked me to stay another year. I said no.\n\n"
            "“It was time to go,” Lind said.\n")
    [cand] = scan_quotes(text)
    assert [text[s:e] for s, e in cand.spans] == ["They asked me to stay another year. I said no.",
                                                  "It was time to go"]


def test_a_single_mark_left_open_after_a_closed_single_quote_runs_to_the_paragraphs_end(extractor) -> None:
    # the ninety-third collection: the second quote's closing mark never comes; it is no apostrophe
    text = ("Study\n\nThe paper was published on Monday.\n\n'We are not saying anyone cheated,' said Professor Lena "
            "Marchetti, a co-author. 'We are saying the scoreboard is broken, and everyone deserves to know.\n")
    [st] = extract(text, extractor=extractor).statements
    assert st.speaker.name == "Lena Marchetti" and st.text.endswith("everyone deserves to know.")


def test_a_short_quote_that_is_a_clause_is_uttered_where_the_parse_hangs_it_off_its_cue(nlp) -> None:
    # an aside before the cue can throw the parser so that the quote's clause is the root and "boasted" hangs from it;
    # "That makes me smart." is still what Okafor boasted, not a scare quote (the parse is given here, as it was read)
    from spacy.tokens import Doc

    from onrecord.statements.attribute import QuoteAttributor
    words = ["When", "Lind", "noted", "it", ",", "Okafor", "boasted", ",", "“", "That", "makes", "me", "smart", ".",
             "”"]
    spaces = [True, True, True, False, True, True, False, True, False, True, True, True, False, False, False]
    heads = [2, 2, 6, 2, 6, 6, 10, 6, 10, 10, 10, 10, 10, 10, 10]
    deps = ["advmod", "nsubj", "advcl", "dobj", "punct", "nsubj", "advcl", "punct", "punct", "nsubj", "ROOT", "dobj",
            "oprd", "punct", "punct"]
    pos = ["SCONJ", "PROPN", "VERB", "PRON", "PUNCT", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PRON", "ADJ",
           "PUNCT", "PUNCT"]
    tags = ["WRB", "NNP", "VBD", "PRP", ",", "NNP", "VBD", ",", "``", "DT", "VBZ", "PRP", "JJ", ".", "''"]
    lemmas = ["when", "Lind", "note", "it", ",", "Okafor", "boast", ",", "“", "that", "make", "I", "smart", ".", "”"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    text = doc.text
    [quote] = QuoteAttributor(doc, [(0, len(text))]).attribute(scan_quotes(text))
    assert text[quote.spans[0][0]:quote.spans[0][1]] == "That makes me smart."
    assert text[quote.cue[0]:quote.cue[1]] == "boasted" and text[quote.source[0]:quote.source[1]] == "Okafor"

