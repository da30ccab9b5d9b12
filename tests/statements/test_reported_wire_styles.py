"""Reported statements in styles PolNeAR lacks: datelines with a colon, headline quotes before a
colon, questions put to the speaker, sums approved, a target before a quote. All text invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.records import Article
from onrecord.statements.candidates import Candidate
from onrecord.statements.reported import find_reported, states_nothing


def found(nlp, text: str) -> list[Candidate]:
    return find_reported(nlp(text), Article(id="t", source="t", key="t", text=text), [])


def by_cue(nlp, text: str) -> dict[str, Candidate]:
    return {text[c.cue[0]:c.cue[1]]: c for c in found(nlp, text)}


def span_text(text: str, span) -> str | None:
    return text[span[0]:span[1]] if span else None


def test_dateline_before_a_colon_is_no_speaker(nlp) -> None:
    """ "ORLEN: Minister Ana Varga said ...": wire copy opens on a place; the minister speaks."""
    text = "Port to reopen\n\nORLEN: Minister Ana Varga said on Monday that the port would reopen in June.\n"
    cands = by_cue(nlp, text)
    assert ":" not in cands
    assert span_text(text, cands["said"].source) == "Minister Ana Varga"


def test_dateline_before_an_inverted_report_is_no_speaker(nlp) -> None:
    text = "Schools plan\n\nNEW KESTEL: The state will build 300 schools, Education Minister Ravi Okafor said.\n"
    cands = by_cue(nlp, text)
    assert ":" not in cands and "said" in cands


def test_transcript_label_before_a_colon_still_speaks(nlp) -> None:
    """A transcript's "LIND: I think ..." is Lind speaking, in the present and in the first person."""
    text = "The interview.\nLIND: I think the deal is dead.\n"
    assert ":" in by_cue(nlp, text)


def test_quotation_before_a_colon_is_no_speaker(nlp) -> None:
    """ '"Dead On Arrival": Senate Kills Housing Bill': a headline quote opens the line, no name."""
    text = '"Dead On Arrival": Senate Kills Housing Bill\n\nThe senate voted against the bill on Friday.\n'
    assert ":" not in by_cue(nlp, text)


def test_fronted_question_is_no_content_of_the_reply(extractor) -> None:
    """ "Asked by the chairman, Judge Moreau, whether ..., Lind replied:": the question is the asker's."""
    text = ("Asked by the chairman of the inquiry, Judge Ines Moreau, whether she had thought of cancelling "
            "the crossing, Marta Lind replied:\n\n\"Of course I did. The forecast was bad.\"\n")
    statements = extract(text, extractor=extractor).statements
    assert not [s for s in statements if s.text.startswith("Asked")]
    assert "whether she had thought of cancelling the crossing" in [s.text for s in statements]


def test_asked_aside_names_the_one_asked_not_the_asker(nlp) -> None:
    """ "Okafor, asked about the transfer, said ...": Okafor is asked; the cue after the aside is his."""
    text = 'Okafor, asked about the transfer, said: "I am happy here."\n'
    assert by_cue(nlp, text)["asked"].source is None
    text = "Lind, asked whether she would run, said she had not decided.\n"
    cands = by_cue(nlp, text)
    assert cands["asked"].source is None
    assert span_text(text, cands["said"].source) == "Lind"


def test_sum_approved_is_no_statement(nlp) -> None:
    """ "approved £4m of repairs": money granted, not a stated position; "approved the plan" is one."""
    text = "The county council on Wednesday approved £4m of repairs to the old bridge.\n"
    assert "approved" not in by_cue(nlp, text)
    doc = nlp(text)
    start = text.index("approved")
    tagged = Candidate(spans=[(start + 9, len(text) - 2)], kind="indirect", cue=(start, start + 8))
    assert states_nothing(doc, tagged)
    assert "approved" in by_cue(nlp, "The county council on Wednesday approved the plan for the bridge.\n")


def test_object_before_a_colon_and_quote_is_the_target(nlp) -> None:
    """ "X slammed the star: '...'": the quote is what X said; the star is only whom it was about."""
    assert "slammed" not in by_cue(nlp, 'But a TV insider slammed the star: "He thinks he is bigger than the show."\n')
    assert "slammed" in by_cue(nlp, "A TV insider slammed the star on Monday.\n")


@pytest.mark.parametrize("lead, content", [
    ("OTTAWA — The federal government will spend $1.2 billion on clinics, the minister announced Tuesday.",
     "The federal government will spend $1.2 billion on clinics"),
    ("HALIFAX, N.S. — The province will hire 300 nurses, the premier said.", "The province will hire 300 nurses"),
])
def test_a_dateline_in_capitals_is_no_part_of_the_content(extractor, lead: str, content: str) -> None:
    [found] = extract(f"Ottawa to fund 20 new clinics\n\n{lead}\n", extractor=extractor).statements
    assert found.text == content


def test_what_a_speaker_does_after_a_quote_and_its_cue_is_no_content(extractor) -> None:
    """'"...," she says, pouring coffee for a fisherman': a feature's scene, not something said;
    the parser hangs the cue on the participle."""
    text = ("Harbour cafe\n\n\"People think a café is about coffee. It's about who comes through that door at "
            "6:15 every morning,\" she says, pouring coffee for a fisherman in orange bib overalls.\n")
    statements = extract(text, extractor=extractor).statements
    assert [st.text[:12] for st in statements] == ["People think"]


def test_a_participle_the_parser_read_as_a_cue_with_a_finite_verb_after_it_reports_nothing(nlp) -> None:
    """ "A ceasefire agreed in May collapsed": "agreed" describes the ceasefire; the parser made it
    the main verb and "collapsed" its complement, which no infinitive or gerund would be."""
    text = "Border war\n\nThe two states have fought since 2019. A ceasefire agreed in May collapsed within weeks.\n"
    assert "agreed" not in by_cue(nlp, text)


def test_a_passive_content_keeps_a_name_the_parser_split_off_and_the_mark_that_closes_its_quotation(nlp) -> None:
    """ "Her mum Bev is said to be 'livid'": the parser made "mum" and "Bev" two subjects and hung the
    closing mark on the cue; the content keeps the whole subject and the quotation it opened."""
    text = ("Soap star split\n\nKelsey, who played a barmaid for eight years, added: 'I wish her luck.'\n\n"
            "Her mum Bev is said to be 'livid'.\n")
    parts = [text[s:e] for s, e in by_cue(nlp, text)["said"].spans]
    assert parts[0] == "Her mum Bev"
    assert parts[-1].endswith("'livid'")


def test_a_document_seen_by_an_outlet_is_no_statement_but_one_seen_as_something_is(nlp) -> None:
    """ "said in a memo to staff seen by the Ledger": the outlet saw the memo and says nothing of it;
    "a plan seen by many as a lifeline" says what they take it for."""
    text = ("Office rule\n\nLumora will require staff to work from its offices, chief executive Ana Varga said in "
            "a memo to staff seen by the Bay Ledger.\n\nThe move, seen by many employees as a pay cut, "
            "starts in February.\n")
    seen = [[span_text(text, s) for s in c.spans] for c in found(nlp, text) if text[c.cue[0]:c.cue[1]] == "seen"]
    assert seen == [["The move", "as a pay cut"]]


def test_a_modal_conjunct_the_parser_hung_on_the_cue_goes_on_with_the_content(nlp) -> None:
    """ "said the company 'values flexibility' and would give staff time": "would" tells the future of
    what was said; "said X and vowed to ..." stays the speaker's next act."""
    text = "Office rule\n\nA spokesperson said the company \"values flexibility\" and would give employees time to plan.\n"
    assert span_text(text, by_cue(nlp, text)["said"].spans[-1]).endswith("would give employees time to plan")


def test_a_plea_is_said_of_the_charges_or_of_itself(nlp) -> None:
    """ "pleaded not guilty in the County Court [to arson]": the charges are the content, the court a
    setting; with no charge named, the plea is ("has pleaded [not guilty]")."""
    text = ("Trial\n\nRyan Tallis, 36, has pleaded not guilty in the County Court of Victoria to arson and "
            "attempting to obtain a financial advantage by deception.\n\nHis co-accused has pleaded not guilty.\n\n"
            "Pruett, 58, pleaded guilty in March to fraud over $5,000.\n")  # "to fraud" parsed as an infinitive
    pleas = [[span_text(text, s) for s in c.spans] for c in found(nlp, text) if c.method == "reported.plea"]
    assert pleas == [["to arson and attempting to obtain a financial advantage by deception"], ["not guilty"],
                     ["to fraud over $5,000"]]


def test_a_quote_closed_without_a_comma_before_its_speaker_is_the_speakers_quote(extractor) -> None:
    """'"We will win" Lind said': without the comma the parser runs the clause on into the name; the
    quotation is the content and Lind its speaker. A quoted title that is the clause's subject stays in it."""
    [quote] = extract("Vote\n\n“We will win” Lind said on Monday.\n", extractor=extractor).statements
    assert (quote.text, quote.speaker.mention.text) == ("We will win", "Lind")
    text = "Film\n\nVarga said \"Salt and Gold\" was to be a cautionary tale.\n"
    [clause] = extract(text, extractor=extractor).statements
    assert "Salt and Gold" in clause.text and clause.text.endswith("was to be a cautionary tale")


def test_pushing_back_on_something_is_said_of_it(nlp) -> None:
    """ "pushed back on [the jobs figure]": an objection voiced, the thing objected to its content."""
    text = "Tariffs\n\nSen. Ana Lind, R-Ariz., pushed back on the jobs figure within hours.\n"
    assert span_text(text, by_cue(nlp, text)["pushed"].spans[0]) == "the jobs figure"


def test_a_prepositional_content_keeps_the_noun_phrase_the_parser_hung_on_the_verb(nlp) -> None:
    """ "called for [a Senate inquiry into the rise in prices]": "into" goes on with the inquiry; "on
    Sunday" after "called for calm" is the occasion."""
    text = ("Rice\n\nSenator Teo Balagtas called for a Senate inquiry into the sudden rise in the price of rice.\n\n"
            "Lind called for calm on Sunday.\n")
    contents = [span_text(text, c.spans[0]) for c in found(nlp, text)]
    assert contents == ["a Senate inquiry into the sudden rise in the price of rice", "calm"]


def test_a_dateline_before_a_colon_is_no_speaker_when_the_line_names_its_source(nlp) -> None:
    """Indian papers open on "BHUBANESWAR:"; a line that closes on "according to X" has its source."""
    text = ("Odisha result\n\nBHUBANESWAR: The Lok Party won 96 of the 147 seats on Saturday, according to "
            "results declared by the Election Commission.\n")
    cands = by_cue(nlp, text)
    assert ":" not in cands and span_text(text, cands["according to"].source).startswith("results declared")


@pytest.mark.parametrize("verb, content", [("has apologised to MPs for", "a summer of sewage spills"),
                                           ("emphasised that", "the firm had changed")])
def test_british_spellings_of_ize_cues_are_cues(nlp, verb: str, content: str) -> None:
    """The lemmatizer keeps "apologise", "emphasise"; the lexicon lists the US spelling."""
    text = f"Sewage\n\nHelen Marsh {verb} {content}.\n"
    [cand] = found(nlp, text)
    assert span_text(text, cand.spans[0]).endswith(content)


def test_an_object_described_by_with_and_an_infinitive_keeps_them(nlp) -> None:
    """ "urged [anyone with information to call the tip line]": the parser hangs "with information" on the
    verb and "to call" on "information"; the appeal is one content, not "anyone" and a phone call."""
    text = "Crash\n\nThe chief urged anyone with information to call the department's tip line.\n"
    assert [span_text(text, c.spans[0]) for c in found(nlp, text)] == [
        "anyone with information to call the department's tip line"]


def test_a_wire_sentence_whose_speaker_the_parser_hung_on_its_last_noun(extractor) -> None:
    """ "... after testing positive for the steroid velandrolone, the Track and Field Integrity Commission (TFIC) said
    on Tuesday.": the parser makes the steroid the cue's subject and the commission its apposition; the commission
    speaks and the clause before it is what it said (nothing was found before)."""
    text = ("Doping ban\n\nMONTAVEL, Switzerland, March 7 (Reuters) - World 200 metres champion Shanice Oduya-Pratt "
            "has been banned for four years after testing positive for the anabolic steroid velandrolone, the Track "
            "and Field Integrity Commission (TFIC) said on Tuesday.\n")
    [found] = extract(text, extractor=extractor).statements
    assert found.text.startswith("World 200 metres champion") and found.text.endswith("steroid velandrolone")
    assert "Integrity Commission" in found.speaker.mention.text
