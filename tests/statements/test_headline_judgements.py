"""Headlines that judge, speak on a topic or sign a quote with a role, and cues that share a subject across a quote
(what PolNeAR dev and the hundred-and-fifth and hundred-and-sixth collections showed); every case of a statement
found failed on 0290465, and the cases of none keep the new patterns from firing too widely."""
from __future__ import annotations

import pytest

from fixtures.one_paragraph import statements
from onrecord.pipeline import extract

_BODY = ("\n\nThe remarks came on a busy day in the capital, where members of every party were in the chamber and "
         "reporters waited outside for hours.\n")


def _headline(extractor, text: str):
    found = [s for s in extract(text, extractor=extractor).statements if s.headline]
    assert len(found) <= 1, found
    return found[0] if found else None


@pytest.mark.parametrize("headline, body, content, speaker", [
    # a phrase of time or place after what was called something is not part of it
    ("Bill Clinton calls Obamacare ‘crazy system’ during campaign stop.",
     "Former President Bill Clinton spoke in Flint on Monday.", "Obamacare ‘crazy system’", "Bill Clinton"),
    # verbs of judgement put "as" before the words in marks
    ("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’",
     "Members of the Congressional Black Caucus spoke on Friday.", "Donald Trump As A ‘Disgusting Fraud.’",
     "Black Lawmakers"),
    ("Governor slams budget as 'a fantasy' after vote",
     "Gov. Ann Lee spoke to reporters after the vote on Tuesday.", "budget as 'a fantasy'", "Ann Lee"),
])
def test_a_headline_that_judges_in_quotation_marks_is_a_mixed_statement(extractor, headline, body, content,
                                                                        speaker) -> None:
    st = _headline(extractor, headline + "\n\n" + body + _BODY)
    assert st is not None and (st.kind, st.text, st.speaker.name) == ("mixed", content, speaker)


@pytest.mark.parametrize("headline, body, content, speaker", [
    ("Obama on Climate Change: The Trends Are 'Terrifying.'", "President Obama spoke at the White House on Thursday.",
     "The Trends Are 'Terrifying.'", "Obama"),
    ("Kerr on Retirement: 'I Still Have Goals To Score'", "Sam Kerr spoke to reporters after training.",
     "I Still Have Goals To Score", "Sam Kerr"),
])
def test_a_person_on_a_topic_then_a_colon_speaks_the_words_after_it(extractor, headline, body, content,
                                                                   speaker) -> None:
    st = _headline(extractor, headline + "\n\n" + body + _BODY)
    assert st is not None and (st.text, st.speaker.name) == (content, speaker)
    assert st.cue.text.startswith("on ")


@pytest.mark.parametrize("headline, body", [
    ("Focus on Jobs: Economy Adds 200,000 Positions", "The economy added jobs in May."),
    ("Trump on Trade: A Timeline", "Donald Trump has spoken about trade for decades."),
    # review 28: "of" before a scare quote in a noun phrase is no accusation
    ("Minister slams leak of 'secret' report", "Health Minister Joan Barlow spoke on Monday about the leak."),
    ("Fans hail return of 'King Kenny'", "Kenny Dalton returned to the club on Saturday as its manager."),
])
def test_a_topic_a_label_or_a_scare_quote_after_of_states_nothing(extractor, headline, body) -> None:
    assert _headline(extractor, headline + "\n\n" + body + _BODY) is None


def test_a_headline_speaker_ends_at_the_verb_the_parse_finds(extractor) -> None:
    st = _headline(extractor, "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’\n\n"
                              "Sen. Elizabeth Warren (D-Mass.) questioned the bank's chief on Tuesday." + _BODY)
    assert st is not None and (st.text, st.speaker.name, st.speaker.mention.text) == (
        "You Should Be Criminally Investigated.", "Elizabeth Warren", "Elizabeth Warren")


@pytest.mark.parametrize("headline, body, content, speaker", [
    ("'He Is Using Human Beings as Props': Tucson Mayor Fires Back at Governor",
     "Mayor Ysela Carranza-Boyd on Tuesday accused Gov. Marshall Tennant-Holloway of cruelty.",
     "He Is Using Human Beings as Props", "Ysela Carranza-Boyd"),
    ("'We were treated like beggars' – Chipolopolo captain lashes out at ZNFF",
     "Chipolopolo captain Kelvin Mumba said the players had not been paid.", "We were treated like beggars",
     "Kelvin Mumba"),
    ("'We will not borrow our way out of this' – Mwelwa opens Parliament",
     "President Bwalya Mwelwa opened the sixth session of Parliament on Friday.",
     "We will not borrow our way out of this", "Bwalya Mwelwa"),
])
def test_a_quote_signed_after_a_colon_or_a_dash_by_who_does_something(extractor, headline, body, content,
                                                                      speaker) -> None:
    st = _headline(extractor, headline + "\n\n" + body + _BODY)
    assert st is not None and (st.kind, st.text, st.speaker.name) == ("direct", content, speaker)


@pytest.mark.parametrize("headline, body", [
    # a feature labels its story with its subject's words: no statement, as before
    ("'It's time': Gemma Threlfall quits First Light after 14 years",
     "Gemma Threlfall is leaving First Light, the breakfast programme she has presented since 2012."),
    ("‘Not the lawyers’: Judge Frances Wetherall leaves the bench",
     "Judge Frances Wetherall sat for the last time on Friday."),
])
def test_a_feature_headline_that_a_quote_labels_states_nothing(extractor, headline, body) -> None:
    assert _headline(extractor, headline + "\n\n" + body + _BODY) is None


@pytest.mark.parametrize("headline, body, content, speaker", [
    ("Fertiliser will reach every ward by March, Lagat assures MPs",
     "Agriculture Cabinet Secretary Wanjiru Lagat told the National Assembly on Wednesday that stocks were ready.",
     "Fertiliser will reach every ward by March", "Wanjiru Lagat"),
    ("Border Arrests Fall to Lowest Level in Four Years, Data Show",
     "Arrests at the border fell in October, according to figures released on Friday.",
     "Border Arrests Fall to Lowest Level in Four Years", None),
    ("Migrants Held for Days in Cells Meant for Hours, Watchdog Finds",
     "The Office of Inspector General said in a report that migrants were held too long.",
     "Migrants Held for Days in Cells Meant for Hours", None),
])
def test_a_wire_headline_names_its_source_after_the_clause(extractor, headline, body, content, speaker) -> None:
    st = _headline(extractor, headline + "\n\n" + body + _BODY)
    assert st is not None and st.text == content
    assert speaker is None or st.speaker.name == speaker


@pytest.mark.parametrize("sentence, cue, speaker", [
    ("The Ranking Member on Parliament's Finance Committee, Hon. Abena Serwaa Ofori, welcomed the fall in "
     "inflation but argued that it had come \"on the backs of businesses who cannot borrow\".", "argued",
     "Abena Serwaa Ofori"),
])
def test_a_title_abbreviation_ends_no_sentence_before_a_second_cue(extractor, sentence, cue, speaker) -> None:
    [st] = [s for s in statements(extractor, sentence) if s.cue.text == cue]
    assert st.speaker.name == speaker


def test_a_quote_signed_by_an_honourable_member_is_theirs(extractor) -> None:
    found = statements(extractor, "\"His government has borrowed more in three years than we did in five,\" "
                                  "Hon. Chipo Hamoonga charged.")
    assert [(s.text, s.speaker.name) for s in found] == [
        ("His government has borrowed more in three years than we did in five", "Chipo Hamoonga")]


@pytest.mark.parametrize("headline, body", [
    # review 27: nouns the plural or Title Case verb may be, acts, idioms after "on", titles in marks
    ("Curtain call for 'Cats' at Dunmere Playhouse", "The musical closes on Saturday after a long run."),
    ("Phone Calls 'Cost Lives' At Dunmere Hospital", "Staff spent hours on the phone during the night."),
    ("Nuisance calls 'out of control' in Dunmere", "Residents have had dozens of calls a week."),
    ("Studio Casts Newcomer As 'Wonder Girl' In Reboot", "The studio has picked an unknown for the part."),
    ("Minister on Notice: Budget Cuts Loom Over Health Department", "Health Minister Paul Reyes faces cuts."),
    ("Reyes on the Ropes: Polls Show Governor Trailing Rival", "Governor Paul Reyes trails in the polls."),
    ("'Frozen 3': Director Confirms Release Date", "Director Lena Hart confirmed the date on Monday."),
    ("Striker Scores Twice, Keeps Promise", "Rovers striker Leo Banda scored two goals on Saturday."),
])
def test_headlines_near_the_new_patterns_that_state_no_such_thing(extractor, headline, body) -> None:
    st = _headline(extractor, headline + "\n\n" + body + _BODY)
    words = headline.replace("'", " ").split()
    assert st is None or st.cue.text not in ("call for", "Calls", "calls", "Casts") and \
        not st.cue.text.startswith("on ") and st.text != "Frozen 3" and st.speaker.name not in words[-2:], st


def test_a_subject_inside_a_quote_is_no_second_cues_subject(extractor) -> None:
    # review of this change: the parser's sentence may start inside a quote, whose "We" then looked shareable
    found = statements(extractor, "\"We did our part. We passed a clean bill with 71 votes, and that does not happen "
                                  "by accident,\" Hartwell, D-Ore., said on NBX's \"Meet the Week.\" \"The House has "
                                  "five days.\"")
    assert found and all(s.speaker.mention.text.startswith("Hartwell") for s in found)


def test_a_title_alone_in_a_headline_is_the_body_s_one_holder_of_it(extractor) -> None:
    st = _headline(extractor, "Inkosi warns municipality: 'Umhlaba ngowethu'\n\nInkosi Bhekizizwe Mavuso of the "
                              "eMadlebe Traditional Council told residents on Saturday that the land would not be "
                              "sold." + _BODY)
    assert st is not None and (st.text, st.speaker.name) == ("Umhlaba ngowethu", "Bhekizizwe Mavuso")


def test_a_headline_accusation_in_marks_is_a_mixed_statement(extractor) -> None:
    st = _headline(extractor, "Bogota mayor accuses Colombia's president of 'sabotaging' metro\n\nBogota Mayor "
                              "Sebastián Cuartas Mejía said on Tuesday that the national government was blocking the "
                              "line." + _BODY)
    assert st is not None and (st.kind, st.text, st.cue.text) == (
        "mixed", "Colombia's president of 'sabotaging' metro", "accuses")


def test_a_title_two_people_of_the_body_hold_names_neither(extractor) -> None:
    st = _headline(extractor, "Inkosi warns municipality: 'We will not be ignored'\n\nInkosi Bhekizizwe Mavuso and "
                              "Inkosi Sipho Zungu addressed residents on Saturday about the housing plan." + _BODY)
    assert st is not None and st.speaker.name in (None, "Inkosi")


def test_a_headline_that_calls_something_several_words_in_marks(extractor) -> None:
    """PolNeAR train: "Former Mexico leader X calls Trump's idea for border wall 'stupid', 'useless'"."""
    text = ("Former leader Varga calls rival’s idea for a toll bridge ‘stupid’, ‘useless.’\n\nFormer President Ana "
            "Varga spoke on Monday.\n")
    [st] = [s for s in extract(text, extractor=extractor).statements if s.headline]
    assert (st.text, st.speaker.name, st.kind) == ("rival’s idea for a toll bridge ‘stupid’, ‘useless.’", "Ana Varga",
                                                   "mixed")


def test_a_feature_headline_labelled_with_a_few_words_before_a_headline_verb_states_nothing(extractor) -> None:
    # "retires" is a headline verb; two words in marks label the story, they are not a statement of hers
    body = "Niamh Costigan, the most capped player in the club's history, has announced her retirement at 36."
    assert _headline(extractor, "'It's time': Costigan retires after 17 seasons\n\n" + body + _BODY) is None
