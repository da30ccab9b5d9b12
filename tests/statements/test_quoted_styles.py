"""Direct quotes in styles outside US political news: sport, features, tabloids, British quotes."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract

from fixtures.one_paragraph import statements


def _direct(extractor, text: str) -> list:
    return [s for s in extract(text, extractor=extractor).statements if s.kind == "direct" and not s.headline]


def test_quoted_period_then_lower_case_cue_keeps_its_speaker(extractor) -> None:
    """'"..." admitted coach X, whose ...': a lower-case word after the mark finishes the sentence."""
    [st] = statements(extractor, '"We were poor in the first half." admitted coach Lena Brandt, '
                                 'whose side had led 2-0 at the break.')
    assert st.text == "We were poor in the first half."
    assert st.speaker.mention.text == "coach Lena Brandt"


def test_quoted_single_marks_run_over_paragraphs(extractor) -> None:
    """British single quotes reopened at the next paragraph are one quote, as double ones are."""
    text = ("Ferry news\n\nAsked whether she had thought of cancelling, Marta Lind replied:\n\n"
            "'Of course I thought of it. The forecast was bad.\n\n'But the office told me to sail.'\n")
    [st] = _direct(extractor, text)
    assert [text[s:e] for s, e in st.spans] == ["Of course I thought of it. The forecast was bad.",
                                                 "But the office told me to sail."]
    assert st.speaker.mention.text == "Marta Lind"


def test_quoted_run_opening_its_paragraph_takes_the_next_paragraphs_cue(extractor) -> None:
    """'"A. / "B," said X. "C."': the paragraph-opening run has no cue of its own; X's is its cue."""
    text = ("Bridge news\n\nThe council approved the repairs on Wednesday.\n\n"
            '"This bridge is how half the valley gets to work.\n\n'
            '"We could not wait any longer," said Carmen Ruiz, the council leader. "So we found the money."\n')
    [st] = _direct(extractor, text)
    assert [text[s:e] for s, e in st.spans] == ["This bridge is how half the valley gets to work.",
                                                 "We could not wait any longer", "So we found the money."]
    assert st.speaker.mention.text == "Carmen Ruiz"


def test_quoted_aside_between_dashes_joins_the_parts(extractor) -> None:
    """'"I was afraid" — she paused — "afraid ..."': one statement, spoken by who pauses."""
    [st] = statements(extractor, 'Mara Lind sang again. "I was afraid" — she paused — '
                                 '"afraid that nobody would come."')
    assert st.text == "I was afraid afraid that nobody would come."
    assert st.speaker.mention.text == "she"


def test_quoted_dash_inside_the_first_part_opens_the_aside(extractor) -> None:
    [st] = statements(extractor, 'Varga stood up. "We will —" he said — "win."')
    assert len(st.spans) == 2 and st.speaker.mention.text == "he"


def test_quoted_age_names_the_speaker(extractor) -> None:
    """'"...," fumed the 52-year-old': news names a person by age after a verb outside the lexicon."""
    [st] = statements(extractor, '"I am not going anywhere," fumed the 52-year-old.')
    assert st.speaker.mention.text == "the 52-year-old"


def test_quoted_exclamation_then_pronoun_and_verb(extractor) -> None:
    """'"We deserved it!" she beamed.': a lower-case pronoun and its verb attribute the short quote."""
    [st] = [s for s in statements(extractor, 'Ana Lind was happy. "We deserved it!" she beamed.')
            if s.kind == "direct"]
    assert st.text == "We deserved it!" and st.cue.text == "beamed" and st.method.endswith("verb-after")


@pytest.mark.parametrize("after, speaker, cue", [
    ("some protesters chanted as they marched.", "some protesters", "chanted"),
    ("the crowd roared back.", "the crowd", "roared"),
])
def test_quoted_exclamation_then_a_noun_phrase_and_its_verb(extractor, after: str, speaker: str, cue: str) -> None:
    """'"Ho, ho! Varga has got to go!" some protesters chanted': lower case after the mark goes on with
    the quote's sentence, so a plain noun phrase and its verb attribute it as a pronoun would."""
    [st] = [s for s in statements(extractor, f'The march began at noon. "Ho, ho! Varga has got to go!" {after}')
            if s.kind == "direct"]
    assert (st.speaker.mention.text, st.cue.text) == (speaker, cue)


def test_quoted_possessor_of_the_words_before_a_colon_speaks(extractor) -> None:
    """ "Varga's verdict: "..."": the verdict is Varga's, so the speaker is Varga, not the verdict."""
    [st] = statements(extractor, 'Varga\'s verdict: "We will win this cup."')
    assert st.speaker.mention.text == "Varga"


@pytest.mark.parametrize("after, speaker", [
    ("was how coach Ana Varga put it.", "Ana Varga"),
    ("was the reaction of coach Ana Varga.", "coach Ana Varga"),
    ("came the reply from the minister at the meeting.", "the minister"),
])
def test_quoted_holder_named_right_after_the_quote(extractor, after: str, speaker: str) -> None:
    """'"...," was how X put it': the words after the quote name its speaker without a speech verb."""
    [st] = statements(extractor, '"Not this year, and not next year either," ' + after)
    assert st.speaker.mention.text == speaker


def test_quoted_colon_paragraph_cue_after_a_participle_frame(extractor) -> None:
    """'Asked by the judge whether ..., Lind replied:' introduces the next paragraph's quote by "replied"."""
    text = ("Ferry news\n\nAsked by the judge whether she had thought of cancelling, Marta Lind replied:\n\n"
            '"Of course I thought of it. The forecast was bad."\n')
    [st] = _direct(extractor, text)
    assert st.cue.text == "replied" and st.speaker.mention.text == "Marta Lind"


def test_quoted_subject_before_a_set_off_participle(extractor) -> None:
    """'Okafor, asked about the transfer, said: "..."': Okafor speaks, not the transfer."""
    [st] = [s for s in statements(extractor, 'Okafor, asked about the transfer, said only: '
                                             '"No comment on that today."') if s.kind == "direct"]
    assert st.speaker.mention.text == "Okafor"


def test_quoted_name_on_a_topic_before_a_colon(extractor) -> None:
    """'Brandt on his late winner: "..."': the live-text label names the speaker first."""
    [st] = statements(extractor, 'Brandt on his late winner: "I just hit it and hoped."')
    assert st.speaker.mention.text == "Brandt"


@pytest.mark.parametrize("lead, speaker", [("Varga's response was blunt:", "Varga"),
                                           ("Her message to the council was simple:", "Her")])
def test_quoted_owner_of_the_words_named_before_a_colon(extractor, lead: str, speaker: str) -> None:
    [st] = statements(extractor, lead + ' "Not a chance."')
    assert st.text == "Not a chance." and st.speaker.mention.text == speaker


def test_quoted_owner_only_of_words_not_of_a_document(extractor) -> None:
    """ "The council's report:" quotes the report, a document that speaks for itself; a verdict is its owner's."""
    [st] = statements(extractor, 'The council\'s report: "Repairs will cost more than planned."')
    assert st.speaker.mention.text == "The council's report"


def test_quoted_topic_is_not_the_speaker(extractor) -> None:
    """'From the report on the match:': the report speaks on the match."""
    [st] = statements(extractor, 'From the report on the match: "The referee was poor all day."')
    assert st.speaker.mention.text.startswith("the report")


@pytest.mark.parametrize("paragraph, words, speaker", [
    ("— We have won a meeting, not the fight, said Ana Ruiz, one of the organisers.",
     "We have won a meeting, not the fight", "Ana Ruiz"),
    ("— Nobody wants the students to lose a term, the rector, Karel Novak, told reporters.",
     "Nobody wants the students to lose a term", "the rector"),
    ("– If a beam falls on a customer, who is responsible then? she says.",
     "If a beam falls on a customer, who is responsible then?", "she"),
    ("– Get out of my hall! said Tomas Berglund, chairman of the traders.", "Get out of my hall!", "Tomas Berglund"),
    ("– Where were you on the night of the fire? the judge asked Berglund.",
     "Where were you on the night of the fire?", "the judge"),
])
def test_quoted_words_opened_by_a_dash(extractor, paragraph: str, words: str, speaker: str) -> None:
    """Transcripts and European papers open speech with a dash; the cue after a comma closes it."""
    [st] = [s for s in statements(extractor, paragraph) if s.kind == "direct"]
    assert st.text == words and st.speaker.mention.text.startswith(speaker)


def test_quoted_dash_question_without_a_cue_is_no_quote(extractor) -> None:
    assert [s for s in statements(extractor, "— Why did you occupy the hall, and for how long?")
            if s.kind == "direct"] == []


@pytest.mark.parametrize("paragraph", ["— Why? Because the mayor said so, and we believed him.",
                                       "— Why now? Mayor Dunn said Corvel could not pay.", "— How? Nobody said."])
def test_quoted_dash_question_answered_with_a_cue_in_it_is_no_quote(extractor, paragraph: str) -> None:
    # after a question, a cue opens no speaker's line unless it closes the sentence or its speaker follows
    assert [s for s in statements(extractor, paragraph) if s.kind == "direct"] == []


@pytest.mark.parametrize("lead, speaker", [("For coach Ana Varga, the answer is simple:", "coach Ana Varga"),
                                           ("For years, the answer was simple:", None)])
def test_quoted_for_frame_names_the_speaker(extractor, lead: str, speaker) -> None:
    """'For X, the answer is simple: "..."': the frame names whose answer the quote is; "For years" names no one."""
    [st] = statements(extractor, lead + ' "We will win again and again."')
    assert (st.speaker.mention.text if st.speaker and st.speaker.mention else None) == speaker


def test_a_name_in_brackets_after_a_quote_signs_it(extractor) -> None:
    text = ("Fans react\n\nSupporters sent messages after the match.\n\n"
            "\"Best night of my life!\" (Tom Okafor, 19, fan from Kesteln)\n\n"
            "\"The referee was poor\" (not all fans agreed).\n")
    found = {st.text[:12]: st.speaker.mention.text if st.speaker and st.speaker.mention else None
             for st in extract(text, extractor=extractor).statements}
    assert found["Best night o"] == "Tom Okafor"
    assert found.get("The referee ") != "not all fans"


THEFT = 'Theft\n\n"We came in on Monday and the case was empty."\n\n'


@pytest.mark.parametrize("after", ["That is how Ilse Marchetti, the museum's director, remembers the morning.",
                                   "That’s how Ilse Marchetti put it on Monday."])
def test_that_is_how_names_the_speaker_of_the_quote_before(extractor, after: str) -> None:
    """A feature opening on a quote alone names its speaker next: "That is how X remembers it"."""
    [quote] = [s for s in extract(THEFT + after + "\n", extractor=extractor).statements if s.text.startswith("We came")]
    assert quote.speaker.name == "Ilse Marchetti"


def test_that_is_how_without_a_verb_of_telling_names_nobody(extractor) -> None:
    """Passes before and after the rule: its guard, "That is how the thieves got in" names no speaker."""
    [quote] = [s for s in extract(THEFT + "That is how the thieves got in.\n", extractor=extractor).statements
               if s.text.startswith("We came")]
    assert quote.speaker is None


@pytest.mark.parametrize("text", ["Care\n\nThe home was rated ‘outstanding’ in 2023.\n",
                                  "Care\n\nThe school was judged \"good\" at its last inspection.\n"])
def test_a_rating_without_an_agent_is_nobody_s_statement(extractor, text: str) -> None:
    """Inspection language: the subject of "was rated" is what was rated, not who rated it."""
    assert extract(text, extractor=extractor).statements == []


def test_the_agent_of_a_rating_is_its_speaker(extractor) -> None:
    text = "Care\n\nThe hospital was rated \"inadequate\" by inspectors last year.\n"
    [found] = extract(text, extractor=extractor).statements
    assert found.speaker.mention.text == "inspectors"


def test_that_is_how_with_a_verb_of_its_own_names_nobody(extractor) -> None:
    """ "That is how prices are put up": "prices" do not tell; the phrase before "put" has a verb."""
    [quote] = [s for s in extract(THEFT + "That is how prices are put up.\n", extractor=extractor).statements
               if s.text.startswith("We came")]
    assert quote.speaker is None


def test_a_description_after_the_cue_runs_into_the_name_that_speaks(extractor) -> None:
    """ "said city spokesperson Chloé van den Broek": the parser read "den" as a verb and left
    "said" without a subject; the name the description runs into speaks, not "city"."""
    text = "Fraud\n\n\"We respect the court's decision,\" said city spokesperson Chloé van den Broek.\n"
    [quote] = extract(text, extractor=extractor).statements
    assert quote.speaker.name == "Chloé van den Broek"


@pytest.mark.parametrize("holder", ["That question, from", "That quote from"])
def test_that_question_from_names_the_speaker_of_the_quote_before(extractor, holder: str) -> None:
    text = ("Vote\n\n\"Who is going to look after my kids on Fridays?\"\n\n" + holder + " Rosa Lind, a nurse "
            "and mother of three, drew the loudest applause of the night.\n")
    [quote] = extract(text, extractor=extractor).statements
    assert quote.speaker.name == "Rosa Lind"


def test_an_indented_block_after_said_colon_is_the_speakers_quotation(extractor) -> None:
    text = ("Rail hearing\n\nIn an email to the board in March, read out at the hearing, the head of planning, "
            "Deborah Fenn, said:\n\n    We do not have the drivers to run this timetable. I expect cancellations "
            "of 10 to 15 per cent.\n\n\"I saw that email,\" Mr Whitcombe replied.\n")
    found = {st.text: st for st in extract(text, extractor=extractor).statements}
    block = found["We do not have the drivers to run this timetable. I expect cancellations of 10 to 15 per cent."]
    assert (block.kind, block.cue.text, block.speaker.name) == ("direct", "said", "Deborah Fenn")
    assert not any(t.startswith("In an email") for t in found), list(found)
