"""Which mention a quote is attributed to, when the cue lexicon or the nearest noun would mislead."""
from __future__ import annotations

from onrecord.pipeline import extract


def quote(extractor, text: str, words: str):
    """The statement of an invented article whose text starts with ``words``."""
    record = extract("Bridge news\n\n" + text + "\n", extractor=extractor)
    [st] = [s for s in record.statements if s.text.lstrip('"').startswith(words)]
    return st


def test_speaker_choice_cue_in_a_relative_clause_is_not_the_quote_cue(extractor) -> None:
    st = quote(extractor, '"We will fight this decision in every court," Ruiz, who has not endorsed anyone, '
                          'told reporters.', "We will fight")
    assert st.cue.text == "told"
    assert st.speaker.mention.text == "Ruiz"


def test_speaker_choice_participle_on_a_noun_is_the_subject_verbs(extractor) -> None:
    st = quote(extractor, 'The union sent an email to members stating "the strike will go ahead on Monday '
                          'morning."', "the strike")
    assert st.speaker.mention.text == "The union"


def test_speaker_choice_participle_without_subject_takes_the_main_clause_subject(extractor) -> None:
    st = quote(extractor, 'At the last meeting, Ruiz only hinted at the tunnel by mentioning the costs and adding, '
                          '"I have an idea who should pay for it."', "I have an idea")
    assert st.speaker.mention.text == "Ruiz"


def test_speaker_choice_quote_after_a_reported_sentence_is_that_speakers(extractor) -> None:
    st = quote(extractor, 'Ruiz rejected the tunnel plan. "We have studied it for years and it does not work '
                          'for this town."', "We have studied")
    assert st.speaker.mention.text == "Ruiz"
    assert st.cue.text == "rejected"


def test_speaker_choice_signature_line_after_a_quote(extractor) -> None:
    st = quote(extractor, 'The letter ended with a warning.\n\n"Nobody should expect the fares to fall this '
                          'year or next year."\n\n- Ana Ruiz, mayor of Valmar.', "Nobody should")
    assert st.speaker.mention.text == "Ana Ruiz"


def test_speaker_choice_name_before_a_colon(extractor) -> None:
    st = quote(extractor, 'The report was blunt. From the audit office: "The costs rose by forty percent in two '
                          'years and nobody noticed."', "The costs rose")
    assert st.speaker.mention.text == "the audit office"


def test_speaker_choice_verb_outside_the_lexicon_right_after_a_quote(extractor) -> None:
    st = quote(extractor, '"We have waited long enough for this bridge," the mayor shrugged.', "We have waited")
    assert st.cue.text == "shrugged"
    assert st.speaker.mention.text == "the mayor"


def test_speaker_choice_verb_outside_the_lexicon_that_governs_the_quote(extractor) -> None:
    st = quote(extractor, 'Hundreds of bridge supporters marched through the town on Monday, chanting "Build it '
                          'now, build it now, build it now," and waving flags.', "Build it now")
    assert st.cue.text == "chanting"
    assert st.speaker.mention.text == "Hundreds of bridge supporters"


def test_speaker_choice_according_to_after_the_cue_names_the_outer_source(extractor) -> None:
    st = quote(extractor, '"The trains are late. Nobody cares," Berg said, according to the minutes.',
               "The trains are late")
    assert st.speaker.mention.text == "the minutes"


def test_speaker_choice_verb_of_an_as_clause_before_the_quote(extractor) -> None:
    st = quote(extractor, 'As the old band sang back in the 1980s, "They will turn us all into beggars because '
                          'beggars are easier to please."', "They will turn")
    assert st.speaker.mention.text == "the old band"


def test_speaker_choice_verb_right_before_the_quote_in_a_set_off_clause(extractor) -> None:
    st = quote(extractor, 'In spite of the long and bitter quarrel about the bridge and the tunnel and the fares - '
                          'during their first meeting, Ruiz cracked, "I am a builder who likes to get things done."',
               "I am a builder")
    assert st.cue.text == "cracked"
    assert st.speaker.mention.text == "Ruiz"


def test_speaker_choice_cue_introducing_the_next_quote_is_not_the_previous_quotes(extractor) -> None:
    st = quote(extractor, 'Berg praised the engineers and called the bridge "the finest piece of work this town '
                          'has ever seen." Ruiz added, "Nobody will forget it."', "the bridge")
    assert st.cue.text == "called"
    assert st.speaker.mention.text == "Berg"


def test_speaker_choice_age_noun_is_a_speaker(extractor) -> None:
    st = quote(extractor, '"Donald is, and always has been, a builder," said the 46-year-old. "Now, he will go '
                          'to work for you."', "Donald is")
    assert st.speaker.mention.text == "the 46-year-old"
    assert st.text.endswith("he will go to work for you.")  # with a speaker, the next quote joins the run


def test_speaker_choice_cue_sentence_of_a_quote_does_not_break_the_run(extractor) -> None:
    st = quote(extractor, '"We will build the bridge!" she said to loud cheers.\n\n"And the state will pay for it."',
               "We will build")
    assert len(st.spans) == 2
    assert st.speaker.mention.text == "she"


def test_speaker_choice_dashed_subheading_is_no_signature(extractor) -> None:
    st = quote(extractor, '"The bridge will open in May," Ruiz said.\n\n"Nobody here will pay more for it."\n\n'
                          '- An engineer herself -', "The bridge will open")
    assert st.speaker.mention.text == "Ruiz"
    assert len(st.spans) == 2


def test_speaker_choice_demonstrative_subject_of_a_governing_verb_is_no_speaker(extractor) -> None:
    st = quote(extractor, '"The rules are clear," Ruiz said. But that does not make it "properly chargeable under '
                          'the law of the state."', "The rules are clear")
    assert st.speaker.mention.text == "Ruiz"
    assert st.text.endswith("properly chargeable under the law of the state.")


def test_speaker_choice_people_from_a_place_are_not_the_place(extractor) -> None:
    text = ("Commuters in Riverside, who spend an hour on the bus every morning, said that the new line "
            "would change their lives.")
    [st] = [s for s in extract(text, extractor=extractor).statements if "change their lives" in s.text]
    assert st.speaker.mention.text == "Commuters in Riverside"
    assert st.speaker.name != "Riverside" and st.speaker.type != "organization"
