"""Which mention a quote is attributed to, when the cue lexicon or the nearest noun would mislead."""
from __future__ import annotations

import pytest

from fixtures.one_paragraph import statements
from onrecord.pipeline import extract


def quote(extractor, text: str, words: str):
    """The statement of an invented article whose text starts with ``words``."""
    [st] = [s for s in statements(extractor, text) if s.text.lstrip('"').startswith(words)]
    return st


# One quote: the mention it is attributed to and, where it matters, its cue.
QUOTE_CASES = [
    pytest.param('"We will fight this decision in every court," Ruiz, who has not endorsed anyone, told reporters.',
                 'We will fight', 'Ruiz', 'told', id='cue-in-a-relative-clause-is-not-the-quote-cue'),
    pytest.param('The union sent an email to members stating "the strike will go ahead on Monday morning."',
                 'the strike', 'The union', None, id='participle-on-a-noun-is-the-subject-verbs'),
    pytest.param('At the last meeting, Ruiz only hinted at the tunnel by mentioning the costs and adding, "I have'
                 ' an idea who should pay for it."',
                 'I have an idea', 'Ruiz', None, id='participle-without-subject-takes-the-main-clause-subject'),
    pytest.param('Ruiz rejected the tunnel plan. "We have studied it for years and it does not work for this town."',
                 'We have studied', 'Ruiz', 'rejected', id='quote-after-a-reported-sentence-is-that-speakers'),
    pytest.param('The letter ended with a warning.\n\n"Nobody should expect the fares to fall this year or next '
                 'year."\n\n- Ana Ruiz, mayor of Valmar.',
                 'Nobody should', 'Ana Ruiz', None, id='signature-line-after-a-quote'),
    pytest.param('The report was blunt. From the audit office: "The costs rose by forty percent in two years and '
                 'nobody noticed."',
                 'The costs rose', 'the audit office', None, id='name-before-a-colon'),
    pytest.param('"We have waited long enough for this bridge," the mayor shrugged.',
                 'We have waited', 'the mayor', 'shrugged', id='verb-outside-the-lexicon-right-after-a-quote'),
    pytest.param('Hundreds of bridge supporters marched through the town on Monday, chanting "Build it now, build'
                 ' it now, build it now," and waving flags.',
                 'Build it now', 'Hundreds of bridge supporters', 'chanting', id='verb-outside-the-lexicon-that-governs-the-quote'),
    pytest.param('"The trains are late. Nobody cares," Berg said, according to the minutes.',
                 'The trains are late', 'the minutes', None, id='according-to-after-the-cue-names-the-outer-source'),
    pytest.param('As the old band sang back in the 1980s, "They will turn us all into beggars because beggars are'
                 ' easier to please."',
                 'They will turn', 'the old band', None, id='verb-of-an-as-clause-before-the-quote'),
    pytest.param('In spite of the long and bitter quarrel about the bridge and the tunnel and the fares - during '
                 'their first meeting, Ruiz cracked, "I am a builder who likes to get things done."',
                 'I am a builder', 'Ruiz', 'cracked', id='verb-right-before-the-quote-in-a-set-off-clause'),
    pytest.param('Berg praised the engineers and called the bridge "the finest piece of work this town has ever '
                 'seen." Ruiz added, "Nobody will forget it."',
                 'the bridge', 'Berg', 'called', id='cue-introducing-the-next-quote-is-not-the-previous-quotes'),
]


@pytest.mark.parametrize("text, words, mention, cue", QUOTE_CASES)
def test_speaker_choice(extractor, text: str, words: str, mention: str, cue: str | None) -> None:
    st = quote(extractor, text, words)
    assert st.speaker.mention.text == mention
    if cue is not None:
        assert st.cue.text == cue


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
