"""A transcript's answers named by the interviewee the introduction names (invented interviews)."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract

_TEXT = ("Okafor takes over\n\nRuth Okafor became police chief in May. She spoke to Tom Hale.\n\n"
         "Q: What will you change first?\n\nA: Response times. I want every call answered within ten minutes.\n")


def test_an_answer_label_is_named_by_the_interviewee(extractor) -> None:
    found = extract(_TEXT, extractor=extractor).statements
    [st] = [st for st in found if st.text.startswith("Response")]
    assert st.speaker.mention.text == "A" and st.speaker.name == "Ruth Okafor"


def test_an_i_inside_an_answer_is_the_interviewee(extractor) -> None:
    found = extract(_TEXT, extractor=extractor).statements
    [st] = [st for st in found if st.text.startswith("every call")]
    assert st.speaker.mention.text == "I" and st.speaker.name == "Ruth Okafor"


def test_a_transcripts_two_word_label_with_a_rank_in_words_is_a_speaker(extractor) -> None:
    text = ("Cockpit recording\n\nThe transcript released by the board reads in part:\n\n"
            "CAPTAIN: We have lost the left engine.\n\nFIRST OFFICER: Confirmed, left engine failure.\n")
    found = {st.text: st.speaker.mention.text for st in extract(text, extractor=extractor).statements}
    assert found == {"We have lost the left engine": "CAPTAIN", "Confirmed, left engine failure": "FIRST OFFICER"}


def test_an_ordinal_opening_a_label_in_ordinary_case_is_a_columns_name_not_a_speaker(extractor) -> None:
    text = "The Ninth Circle: The view from inside the capital\n\nThe week began quietly.\n"
    assert [st.text for st in extract(text, extractor=extractor).statements] == []


def test_an_answer_label_the_tagger_reads_as_a_verb_is_the_interviewee_named_before(extractor) -> None:
    text = ("Analyst: 'This could last all summer'\n\nMarguerite Okonjo, an aviation analyst, spoke to us.\n\n"
            "Q: How serious is this?\n\nOkonjo: Serious, but not fatal. Airlines cannot simply swap the type.\n\n"
            "Q: Are passengers safe?\n\nOkonjo: I would put my own family on one tomorrow.\n")
    answers = [st for st in extract(text, extractor=extractor).statements if st.cue and st.cue.text == ":"
               and not st.headline]
    assert [(st.text[:16], st.speaker.name) for st in answers] == [("Serious, but not", "Marguerite Okonjo"),
                                                                     ("I would put my o", "Marguerite Okonjo")]


def test_answers_are_named_by_an_interviewee_the_ner_missed(extractor) -> None:
    text = ("Kessie: 'I swim angry now'\n\nAma Kessie, 24, won the 200m butterfly on Sunday. She spoke to "
            "Sportsnight's Ben Aldridge after the final.\n\nQ: How does that feel?\n\nA: I don't know yet. Ask me "
            "tomorrow.\n")
    [answer] = [st for st in extract(text, extractor=extractor).statements if st.text.startswith("I don't")]
    assert (answer.speaker.mention.text, answer.speaker.name) == ("A", "Ama Kessie")


def _label_names(extractor, text: str) -> dict[str, str | None]:
    """The name each line label of a transcript resolves to."""
    return {st.speaker.mention.text: st.speaker.name for st in extract(text, extractor=extractor).statements
            if st.cue and st.cue.text == ":"}


def test_a_presenters_label_is_the_interviewer_the_introduction_names(extractor) -> None:
    text = ("Transcript: the Housing Minister on Breakfast\n\nHelen Achterberg, the Housing Minister, spoke to "
            "Gareth Lyle on Radio Harrowdale on Wednesday.\n\nPRESENTER: Why is it taking so long?\n\n"
            "ACHTERBERG: Because we want to get it right.\n")
    found = _label_names(extractor, text)
    assert found == {"PRESENTER": "Gareth Lyle", "ACHTERBERG": "Helen Achterberg"}


def test_a_name_opening_a_labelled_line_is_whom_the_label_addresses_not_who_it_is(extractor) -> None:
    text = ("Port strike\n\nANCHOR: Let's go to the port, where our correspondent Tomasz Wrobel is at the gate. "
            "Tomasz, how many are out?\n\nCORRESPONDENT: Lorna, the union says about four hundred.\n\n"
            "SHOP STEWARD: They want to cut the night allowance for new starters.\n")
    found = _label_names(extractor, text)
    assert found["CORRESPONDENT"] == "Tomasz Wrobel"
    assert "SHOP STEWARD" in found  # "SHOP" read as a verb


@pytest.mark.parametrize("line", ["TWO DEAD: The crash closed the road for six hours.",
                                  "ONE YEAR ON: The bridge is still shut."])
def test_a_heading_in_capitals_with_a_number_word_is_no_speakers_label(extractor, line: str) -> None:
    assert extract(f"Crash\n\n{line}\n", extractor=extractor).statements == []


def test_a_heading_opening_with_a_verb_leaves_the_statement_after_it_to_its_speaker(extractor) -> None:
    text = "Candidates\n\nMEET THE CANDIDATE: Jo Fenn said she wants to fix the roads.\n"
    [st] = extract(text, extractor=extractor).statements
    assert (st.speaker.mention.text, st.cue.text) == ("Jo Fenn", "said")


@pytest.mark.parametrize("introduction", [
    "The debate was held in the town hall, according to Mark Ferris.",  # a source, not the moderator
    "Lind, who was appointed by Prime Minister Owen Tate, took questions.",
])
def test_a_moderators_label_is_nobody_the_introduction_does_not_tie_to_the_questions(extractor,
                                                                                     introduction: str) -> None:
    text = f"Debate\n\n{introduction}\n\nMODERATOR: First question.\n\nLIND: I will answer it.\n"
    assert _label_names(extractor, text)["MODERATOR"] is None


def test_an_interviewee_who_is_a_broadcaster_still_answers(extractor) -> None:
    text = ("Forty years of news\n\nVeteran anchor Marta Ruiz retired on Friday. She spoke to Tom Hale.\n\n"
            "Q: Any regrets?\n\nA: None at all.\n")
    [answer] = [st for st in extract(text, extractor=extractor).statements if st.text == "None at all"]
    assert answer.speaker.name == "Marta Ruiz"


@pytest.mark.parametrize("guest, label", [("Dana Morrow", "MS MORROW"), ("health secretary Dana Morrow", "SECRETARY")])
def test_a_presenters_label_is_not_the_guest_the_introduction_names(extractor, guest: str, label: str) -> None:
    text = (f"Transcript\n\nTom Hale spoke to {guest} on Wednesday.\n\nPRESENTER: Why now, then?\n\n"
            f"{label}: Because the time is right.\n\nPRESENTER: And the cost of it all?\n\n"
            f"{label}: Lower than you think.\n")
    assert _label_names(extractor, text).get("PRESENTER") != "Dana Morrow"


_DEBATE = ("Partial transcript: the Kanowa Senate debate\n\nThe following is a partial transcript of Thursday's debate "
           "between Sen. Evelyn Marsh and Attorney General Nadia Kell. The moderator was Wendell Barrow of Kanowa "
           "Public Media.\n\n[00:03:10]\n\nMODERATOR: The aquifer has dropped eleven feet. What would you do?\n\n"
           "KELL: (laughs) Thank you, Wendell. I would stop pretending this is a mystery.\n\n"
           "In six years, Senator Marsh has voted four times to let bottlers pump our aquifer.\n\n(APPLAUSE)\n\n"
           "MARSH: The attorney general has had four years to take any of those permits to court.\n\n"
           "[00:41:52]\n\nThe station invited both campaigns to a second debate; neither accepted.\n")


def test_a_moderators_label_is_the_moderator_the_introduction_names(extractor) -> None:
    """The hundred-and-sixteenth collection: "The moderator was Wendell Barrow" names "MODERATOR:"."""
    [st] = [s for s in extract(_DEBATE, extractor=extractor).statements if s.text.startswith("The aquifer")]
    assert (st.speaker.mention.text, st.speaker.name) == ("MODERATOR", "Wendell Barrow")


def test_a_turn_keeps_its_paragraphs_up_to_the_next_label_and_drops_its_stage_direction(extractor) -> None:
    found = extract(_DEBATE, extractor=extractor).statements
    [kell] = [s for s in found if s.speaker and s.speaker.mention and s.speaker.mention.text == "KELL"]
    parts = [_DEBATE[a:b] for a, b in kell.spans]
    assert parts[0].startswith("Thank you, Wendell") and parts[-1].startswith("In six years")
    assert not any(s.cue and s.cue.text == "voted" for s in found)  # the words she said, not a vote reported
    # the narration after the transcript is the writer's: no turn runs into it
    assert not any("second debate" in _DEBATE[a:b] for s in found if s.speaker for a, b in s.spans)


def test_narration_between_two_turns_stays_the_writers(extractor) -> None:
    """Review 32: "Kessler, who voted for two tax increases, ..." between turns is the writer's, and what her campaign
    said there is its own statement."""
    text = ("Kessler, Lindqvist clash on taxes\n\nHere are excerpts from Tuesday's debate.\n\nHALE: Senator, will you "
            "raise taxes?\n\nKESSLER: No. Not in my first term, and not in my second.\n\nKessler, who voted for two "
            "tax increases as a state representative, did not mention that record.\n\nHer campaign later said the "
            "senator had been referring to income taxes only.\n\nHALE: Mr. Lindqvist?\n\nLINDQVIST: I think the "
            "senator's record speaks for itself.\n")
    found = extract(text, extractor=extractor).statements
    [kessler] = [s for s in found if s.speaker and s.speaker.mention and s.speaker.mention.text == "KESSLER"]
    assert len(kessler.spans) == 1
    assert any(s.text.startswith("the senator had been referring") for s in found)


def test_an_editors_words_in_brackets_after_a_label_are_the_speakers(extractor) -> None:
    """Review 32: "[The contractor] did." puts in the words she meant; only a stage direction is cut."""
    text = ("Transcript: Senate hearing on bridge collapse\n\nBelow is an excerpt of Tuesday's hearing.\n\nCHAIR: Ms. "
            "Kessler, who signed off on the inspection?\n\nKESSLER: [The contractor] did. We relied on their "
            "engineers.\n\nCHAIR: And you never checked their work?\n\nKESSLER: (pause) No, senator, we did not.\n")
    said = [s.text for s in extract(text, extractor=extractor).statements]
    assert any(t.startswith("The contractor] did") for t in said) and "No, senator, we did not" in said


def test_an_interviewee_who_hosted_a_show_still_answers(extractor) -> None:
    """Review 32: "Ann Lutz hosted a morning radio show" does not make her the one who asks."""
    text = ("Q&A: Ann Lutz on running for mayor\n\nAnn Lutz hosted a morning radio show for 12 years before entering "
            "politics. She sat down with the Courier this week.\n\nQ: Why run now?\n\nA: Because the city has stopped "
            "listening to its own people.\n")
    [st] = [s for s in extract(text, extractor=extractor).statements if s.text.startswith("Because")]
    assert st.speaker.name == "Ann Lutz"


_TRANSCRIPT_IN_MARKS = (
    "Kessler: no new taxes\n\nOn Sunday's broadcast of \"Harbour Week,\" state Sen. Ada Kessler said the budget would "
    "balance.\n\nPartial transcript as follows:\n\n\"HALE: Senator, will you raise taxes next year?\n\n\"KESSLER: "
    "No. Not in my first term, and I have said so in every town hall.\n\n\"But the truth is that we will have to cut "
    "spending, and I will not pretend otherwise.\n\n\"(CROSSTALK.)\n\n\"HALE: We have to leave it there, Senator.\n\n"
    "\"KESSLER: Thank you for having me.\"\n")


def test_a_transcript_printed_in_quotation_marks_is_read_line_by_line(extractor) -> None:
    """Each line of a transcript that reopens its marks paragraph by paragraph is its label's statement; the marks
    make no quote of the whole run, and a line without a label goes on with the turn before it."""
    found = extract(_TRANSCRIPT_IN_MARKS, extractor=extractor).statements
    turns = [(s.speaker.mention.text, s.text) for s in found if s.cue and s.cue.text == ":" and not s.headline]
    assert [mention for mention, _ in turns] == ["HALE", "KESSLER", "HALE", "KESSLER"]
    assert turns[1][1].startswith("No. Not in my first term") and turns[1][1].endswith("pretend otherwise.")
    assert turns[3][1] == "Thank you for having me"  # (the closing mark of the whole transcript left out)
    assert not any("HALE:" in s.text or "CROSSTALK" in s.text for s in found)


def test_paragraphs_that_reopen_marks_without_labels_are_one_quote(extractor) -> None:
    text = ("Kessler speaks\n\nKessler said:\n\n\"We will not raise taxes. Not in my first term.\n\n\"HALE: that is "
            "what the sign said at the rally.\n\n\"And we will cut spending where we must.\"\n")
    found = extract(text, extractor=extractor).statements
    assert len(found) == 1 and found[0].speaker.mention.text == "Kessler"


_PHONE_IN = (
    "Your calls: minor injuries unit to close at 8pm\n\nOn Thursday's programme Graham Pettigrew took listeners' calls."
    "\n\nGRAHAM: It's twenty past nine. From next month the unit shuts at eight. Sandra's in Westholm.\n\n"
    "SANDRA (WESTHOLM): Morning, Graham. My lad cut his hand open on a Saturday night last year.\n\n"
    "COUNCILMEMBER TRAN: If I could. The traffic study counted trucks on one day.\n\nGRAHAM: And if the crossing is "
    "down?\n\nCOUNCILMEMBER TRAN: Then we wait.\n")


def test_a_transcripts_labels_the_tagger_reads_as_verbs_and_a_callers_town_still_speak(extractor) -> None:
    """ "GRAHAM:" and "COUNCILMEMBER TRAN:" open line after line, whatever the tagger reads their words as; a
    phone-in's caller is labelled with her town in brackets, "SANDRA (WESTHOLM):", and only her name speaks."""
    found = extract(_PHONE_IN, extractor=extractor).statements
    turns = [(s.speaker.mention.text, s.text.split(".")[0]) for s in found if s.cue and s.cue.text == ":"
             and not s.headline]
    assert turns == [("GRAHAM", "It's twenty past nine"), ("SANDRA", "Morning, Graham"),
                     ("COUNCILMEMBER TRAN", "If I could"), ("GRAHAM", "And if the crossing is down"),
                     ("COUNCILMEMBER TRAN", "Then we wait")]


def test_an_office_and_its_holder_with_a_title_label_a_record_of_debates(extractor) -> None:
    text = ("Council\n\nFrom the record of Tuesday's meeting.\n\nCouncillor Derek Moss (Hollin Vale) (Lab): How many "
            "public toilets are open?\n\nThe Cabinet Member for Environment (Cllr Aisha Ferreira-Lowe): I thank the "
            "councillor for his question. Ninety-four are open, Lord Mayor.\n")
    found = extract(text, extractor=extractor).statements
    [answer] = [s for s in found if "Ninety-four" in s.text]
    assert answer.speaker.mention.text == "Cllr Aisha Ferreira-Lowe" and answer.text.startswith("I thank")


def test_an_earnings_calls_labels_name_the_speaker_before_the_firm_and_the_post(extractor) -> None:
    text = ("Halbrook results\n\nExcerpts from the call:\n\nOperator: Our next question comes from Lena Marsh. Your "
            "line is open.\n\nLena Marsh -- Corbel Securities -- Analyst: Thanks. Ingrid, what changed?\n\nIngrid "
            "Solberg -- Chief Executive Officer: Honestly, Lena, the customers changed.\n\nLONDON -- The minister "
            "said: the port will reopen.\n")
    found = extract(text, extractor=extractor).statements
    labels = {s.speaker.mention.text: s.text for s in found if s.cue and s.cue.text == ":" and not s.headline}
    assert labels == {"Operator": "Our next question comes from Lena Marsh. Your line is open",
                      "Lena Marsh": "Thanks. Ingrid, what changed",
                      "Ingrid Solberg": "Honestly, Lena, the customers changed"}


@pytest.mark.parametrize("credit", ["H/T: Redline Report", "Hat tip: @CableWatchDaily"])
def test_a_credit_to_whoever_found_the_item_names_no_speaker(extractor, credit: str) -> None:
    text = f"Senator posts video\n\nThe senator posted the video on Monday.\n\n{credit}\n"
    assert extract(text, extractor=extractor).statements == []


def test_a_radio_transcripts_label_names_the_speaker_before_the_comma_also_a_given_name_read_as_a_verb(
        extractor) -> None:
    text = ("Why the ferry is stopping\n\nBy Nora Eichler | Harbour Public Radio\n\nHost Nora Eichler spoke with the "
            "ferry company's chief executive, Jolene Brekke.\n\nNORA EICHLER, HOST: Jolene Brekke, thanks for being "
            "here.\n\nJOLENE BREKKE: Thanks for having me, Nora.\n\nEICHLER: Why stop now?\n\nBREKKE: We lost our "
            "only captain.\n")
    found = [(st.speaker.mention.text, st.text[:12]) for st in extract(text, extractor=extractor).statements]
    assert found[0] == ("NORA EICHLER", "Jolene Brekk")
    assert len(found) == 4


# an interview printed as "Q:" and the answerer's name, one answer going on in a paragraph without a label
_NAMED_ANSWERS = "\n\n".join([
    "Closing the birthing unit",
    "Russell Pettigrew-Asante, the hospital's chief executive, talked with The Plainsman about the decision.",
    "Q: How many babies were born here last year?", "Pettigrew-Asante: Ninety-one. Ten years ago it was over 200.",
    "Q: Is that fair?",
    "Pettigrew-Asante: I understand why they feel that way. One candidate told me, very kindly, that she would not "
    "move here.",
    "I don't blame her. I'd have said the same thing at her age.",
    "Q: What happens to women in the county?", "Pettigrew-Asante: Their prenatal care doesn't change.",
    "The hospital was built in 1952.",
]) + "\n"


def test_an_answer_under_a_name_label_goes_on_in_the_paragraphs_after_it_up_to_the_next_question(extractor) -> None:
    statements = extract(_NAMED_ANSWERS, extractor=extractor).statements
    answer = next(s for s in statements if s.text.startswith("I understand why"))
    assert answer.text.rstrip(".").endswith("the same thing at her age")
    assert answer.speaker.name == "Russell Pettigrew-Asante"
    # his own words inside the answer are no statements of an "I" of their own, and the narration after is no answer
    assert not [s for s in statements if s.speaker and s.speaker.mention and s.speaker.mention.text == "I"]
    assert not [s for s in statements if "1952" in s.text]
