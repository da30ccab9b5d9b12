"""Helpers on parsed documents shared by the stages (``onrecord.nlp``)."""
from __future__ import annotations

import pytest
import spacy
from spacy.attrs import LEMMA, LOWER

from onrecord.nlp import doc_text, tokens_in
from onrecord.pipeline import extract
from onrecord.settings import Settings


def test_tokens_in_finds_words_of_a_list_in_text_order_by_lower_case_or_lemma(nlp) -> None:
    doc = nlp("Mayor Lind SAID the mayor says little.")
    assert [t.text for t in tokens_in(doc, {"mayor"})] == ["Mayor", "mayor"]
    assert [t.text for t in tokens_in(doc, {"say"}, (LOWER, LEMMA))] == ["SAID", "says"]
    assert tokens_in(doc, {"say"}) == []  # the lemma is read only when asked for
    assert tokens_in(nlp(""), {"mayor"}) == []
    assert [t.i for t in tokens_in(doc[2:], {"mayor", "lind"})] == [4]  # a span: its own tokens only


def test_doc_text_is_the_text_the_doc_was_parsed_from(nlp) -> None:
    text = "The port will reopen.\n\nShe said so twice. "
    doc = nlp(text)
    assert doc_text(doc) == text and doc_text(doc) is doc_text(doc)


# invented; a quotation mark glued to the words around it, as copied pages without spaces have it
@pytest.mark.parametrize("text, tokens", [
    ('Lind said,“Look, it works.”', ["Lind", "said", ",", "“", "Look", ",", "it", "works", ".", "”"]),
    ('Varga:"We won', ["Varga", ":", '"', "We", "won"]),
    ('the bridge,”Ruiz said', ["the", "bridge", ",", "”", "Ruiz", "said"]),
    ('voters!”After that', ["voters", "!", "”", "After", "that"]),
])
def test_glued_quotation_marks_are_tokens_of_their_own(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_a_currency_sign_between_letters_and_an_amount_is_a_token_of_its_own(extractor) -> None:
    """ "GH₵150" whole is read as punctuation and cuts the clause around it short ("said [she now spends]")."""
    text = "Power cuts\n\nMadam Akua Serwaa-Darko said she now spends GH₵150 a day on fuel for a generator.\n"
    [statement] = extract(text, extractor=extractor).statements
    assert statement.text == "she now spends GH₵150 a day on fuel for a generator"
    assert [t.text for t in extractor.nlp.make_doc("GH₵150 and ₦2,000")] == ["GH", "₵", "150", "and", "₦", "2,000"]


def test_text_without_glued_marks_is_tokenized_as_spacy_does(nlp) -> None:
    stock = spacy.load(Settings().model)
    text = 'He said "yes." U.S.-made, 12" pipes; "Hi," she said. Rock\'n\'roll, e-mail: x@y.org'
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in stock.make_doc(text)]


def test_a_cue_glued_to_its_quote_still_attributes_it(extractor) -> None:
    from onrecord.pipeline import extract

    [st] = extract("Bridge news\n\nLind said,“Look, the bridge will not hold. We need a new one.”\n",
                   extractor=extractor).statements
    assert st.kind == "direct" and st.speaker.mention.text == "Lind" and st.cue.text == "said"



def test_a_word_with_a_typographic_apostrophe_reads_as_its_ascii_spelling(nlp) -> None:
    text = "“We lost,” O’Donnell said. D’Souza didn’t."
    doc = nlp(text)
    norms = {t.text: t.norm_ for t in doc}
    assert norms["O’Donnell"] == "o'donnell" and norms["D’Souza"] == "d'souza"
    assert norms["n’t"] == "not"  # contractions keep the norm spaCy gives them
    assert doc.text == text and [t.text for t in doc][:6] == ["“", "We", "lost", ",", "”", "O’Donnell"]


@pytest.mark.parametrize("text, name", [
    ("Libraries\n\nLind said raising taxes would hurt families.\n", "Lind"),
    ("Lanes\n\nGinette Lapierre-Roy, who runs a bakery, said she was worried.\n", "Ginette Lapierre-Roy"),
])
def test_a_paragraph_s_first_word_after_a_headline_is_no_sentence_of_its_own(extractor, text: str,
                                                                             name: str) -> None:
    """The parser made "Lind" | "said ..." two sentences after a headline line: the speaker was lost."""
    from onrecord.pipeline import extract

    [found] = extract(text, extractor=extractor).statements
    assert found.speaker.name == name


# invented; abbreviations of Canadian news: ranks before a name, a street in an address, a province
@pytest.mark.parametrize("text", [
    "Det. Sgt. Ana Lind said the van was found at a motel on Kingston Rd. after a tip from the public.",
    "Cst. Paul Reyes said the crash happened on Carrick Ave. near the school.",
    "The mill in Coldwater Creek, Sask. employs 300 people, Coun. Tom Varga said.",
])
def test_canadian_abbreviations_stay_one_token_and_end_no_sentence(nlp, text: str) -> None:
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    assert not any(t.text == "." for t in doc[:-1])


def test_a_street_abbreviation_does_not_cut_a_reported_clause(extractor) -> None:
    from onrecord.pipeline import extract

    text = ("Arrest\n\nDet. Sgt. Ana Lind said the suspect was arrested at a motel on Kingston Rd. "
            "after a tip from the public.\n")
    [st] = extract(text, extractor=extractor).statements
    assert st.text == "the suspect was arrested at a motel on Kingston Rd. after a tip from the public"
    assert st.speaker.name == "Ana Lind"


@pytest.mark.parametrize("text", ["The crash happened at a crossing on Kingston Rd. Ana Lind said the driver fled on foot.",
                                  "The van was found near Kelso, Ont. Ana Lind said the driver fled on foot."])
def test_an_abbreviation_closing_a_sentence_ends_it(extractor, text: str) -> None:
    """Review 9: 'Rd.' kept one token ran the sentence on, and "The crash" became the speaker."""
    [st] = extract("Crash\n\n" + text + "\n", extractor=extractor).statements
    assert st.speaker.name == "Ana Lind"


def test_a_long_run_without_white_space_is_tokenized_in_bounded_pieces_and_keeps_its_text(nlp) -> None:
    """spaCy's tokenizer is quadratic in a chunk's length (a line of 16,000 "!" took 20 s); the run
    is cut into pieces, each tokenized alone, and every character stays where it was."""
    from onrecord.nlp import BoundedChunkTokenizer

    seen: list[str] = []
    inner = nlp.tokenizer.tokenizer

    def recording(text: str):
        seen.append(text)
        return inner(text)

    bounded = BoundedChunkTokenizer(recording)
    text = "Lind said the port would close. " + "!" * 16000 + " Varga said it would not."
    doc = bounded(text)
    assert doc.text == text and max(len(piece) for piece in seen) <= 256
    assert [t.text for t in doc[:3]] == ["Lind", "said", "the"] and doc[-1].text == "."
    assert " " not in [t.text for t in doc]  # the space after the run is the last piece's, no token
    seen.clear()
    assert bounded("A plain sentence.").text == "A plain sentence." and seen == ["A plain sentence."]


def test_a_long_url_is_left_whole(nlp) -> None:
    """Review 10: a URL or a word of letters and digits is tokenized fast; cut, a content began mid-URL."""
    url = "https://example.org/report?id=" + "a1b2c3d4" * 40
    doc = nlp(f"The report ({url}) is wrong, Lind said.")
    assert url in [t.text for t in doc]


def test_statements_around_a_long_junk_run_are_found(extractor) -> None:
    text = "Port\n\nLind said the port would close.\n\n" + "=" * 3000 + "\n\nVarga said it would not.\n"
    assert [s.text for s in extract(text, extractor=extractor).statements] == [
        "the port would close", "it would not"]


@pytest.mark.parametrize("text", ["›We will win‹ Lind said.", "‹We will win›, Lind said."])
def test_single_guillemets_are_tokens_of_their_own(nlp, text: str) -> None:
    """Swiss and French-style copy quotes with ‹ ›, which spaCy's English prefixes do not split off."""
    assert [t.text for t in nlp(text)][:5] == [text[0], "We", "will", "win", text[12]]


def test_a_quote_in_single_guillemets_is_attributed_to_the_name_after_it(extractor) -> None:
    """Glued to the words, the marks made "›We will win‹ Lind" one name-like phrase, the speaker."""
    [quote] = extract("Vote\n\n›We will win‹ Lind said on Monday.\n", extractor=extractor).statements
    assert (quote.text, quote.speaker.mention.text) == ("We will win", "Lind")


def test_no_sentence_starts_on_a_word_after_a_word_nothing_ends(nlp) -> None:
    from onrecord.nlp import line_breaks

    doc = line_breaks(nlp.make_doc("LAHORE: The court said she felt the 13th Amendment was void (in part).\n"
                                   "Next line"))
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["Amendment"] is False and starts["felt"] is False  # after a bare word
    assert starts[":"] is None and starts["The"] is None  # a mark, and a word after one: the parser decides
    assert starts["Next"] is True  # a line break


def test_a_reported_clause_the_parser_would_cut_at_a_word_stays_whole(extractor) -> None:
    text = ("Film\n\nLind said she felt the 13th Amendment was worth examining because \u201cmost people don\u2019t "
            "know about that loop-hole,\u201d she said. \u201cWe have no control over it.\u201d\n")
    said = [s.text for s in extract(text, extractor=extractor).statements if s.kind != "direct"]
    assert said and said[0].startswith("she felt the 13th Amendment was worth examining")


def test_a_long_line_without_a_mark_ends_where_lines_are_paragraphs(extractor) -> None:
    """A page saved with a paragraph per line: the heading run into page furniture ends at its line break, and the
    sentence under it keeps its subject (the speaker was lost to "... For Pensioners Ann Lind")."""
    text = ("Live updates\n\nFeatured March 3, 2024 9:12PMAnn Lind Hits Tom Reyes On Rate Rise For Pensioners\n"
            "Ann Lind criticized Tom Reyes for backing higher rates in cases of hardship and illness, which she called "
            "a position out of step with most voters in the town.\n")
    [criticized] = [s for s in extract(text, extractor=extractor).statements if s.cue.text == "criticized"]
    assert criticized.speaker.mention.text == "Ann Lind"


def test_a_line_wrapped_at_a_fixed_width_goes_on_into_the_next(nlp) -> None:
    """A text wrapped at 70 characters: a line break inside a sentence starts no sentence."""
    lines = ["The county board met on Tuesday night to discuss the future of the old",
             "mill site, and its chair, Dana Lind, said the council would buy the land",
             "before the end of the year if the state paid for half of the clean-up.", ""] * 8
    doc = nlp("\n".join(lines))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "mill" not in starts and "before" not in starts


def test_a_wrapped_text_with_one_long_line_stays_wrapped(extractor) -> None:
    """A short text wrapped at 80 characters under a long copyright line: its line breaks still fall inside
    sentences, and "Mr Osei said / the increase ..." keeps its content."""
    text = ("Fees to rise\n\nThe chair of the Eastfield board, Kofi Osei, told a meeting on Tuesday that\n"
            "the board had no choice but to raise parking fees by the full 5\n"
            "percent allowed, because of the cost of repairs. Mr Osei said\n"
            "the increase would add about £40 a year to the average permit.\n\n"
            "Copyright 2024 Eastfield Courier Media Ltd. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed.\n")
    said = [s for s in extract(text, extractor=extractor).statements if s.cue.text == "said"]
    assert [s.text for s in said] == ["the increase would add about £40 a year to the average permit"]


def test_a_line_break_before_a_small_letter_goes_on_where_lines_are_paragraphs(extractor) -> None:
    """A page with a paragraph per line and one stray break inside a sentence: the small letter after it goes on."""
    text = ("Water company fined\n"
            "The regulator fined Eastwater £12 million on Thursday after it let sewage flow into rivers on more than "
            "400 occasions between 2019 and 2022, the largest fine of its kind so far.\n"
            "The chief executive of the company, Helen Marsh, said in a statement posted on the company website\n"
            "that the firm accepted the findings in full and would invest £300 million in new storage tanks.\n"
            "Campaigners said the fine was too small to change the behaviour of a company that made profits of more "
            "than £200 million last year.\n")
    marsh = [s for s in extract(text, extractor=extractor).statements if s.speaker and s.speaker.name == "Helen Marsh"]
    assert [s.text for s in marsh] == [
        "the firm accepted the findings in full and would invest £300 million in new storage tanks"]


def test_a_sentence_broken_off_at_a_line_end_goes_on_where_lines_are_paragraphs(extractor) -> None:
    """On a page with a paragraph per line, a line that ends on a small word or a comma ("telling", "the Chancellor,")
    is a sentence broken off, not a heading: the line after it goes on with it, even from a capital."""
    text = ("Rail strike\n"
            "Rail services across the north were cancelled for a third day on Thursday as the dispute over pay and the "
            "closure of ticket offices went on with no talks planned.\n"
            "The transport secretary said the strike was unjustified, telling\n"
            "Parliament that the offer on the table was fair and would not be improved.\n"
            "The union said its members would walk out again next month unless the government returned to talks.\n")
    found = {s.cue.text: s for s in extract(text, extractor=extractor).statements}
    assert found["telling"].text == "the offer on the table was fair and would not be improved"
