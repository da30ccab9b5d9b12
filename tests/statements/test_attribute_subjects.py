"""The subject of a cue verb on a parse with two subjects (a misparse of a place name)."""
from __future__ import annotations

from spacy.tokens import Doc

from onrecord.pipeline import extract
from onrecord.statements.attribute import subject_of


def test_attribute_subject_of_a_verb_with_two_subjects_is_the_one_next_to_it(nlp) -> None:
    words = ["In", "Dunmore", ",", "Ohio", ",", "Varga", "said", "it", "."]
    heads = [6, 0, 6, 6, 6, 6, 6, 6, 6]
    deps = ["prep", "pobj", "punct", "nsubj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert subject_of(doc[6]).text == "Varga"


def test_a_cue_the_parser_hung_on_the_speakers_name_after_a_quote_is_hers(extractor) -> None:
    # the parse makes "Aubin" the root and "posted" her modifier; "Bristol" in the clause between is no speaker
    text = ("Chef news\n\nOther chefs joined in. “Bad reviews are part of the job. Answer them in the kitchen,” "
            "Marguerite Aubin, who runs two restaurants in Bristol, posted on Instagram.\n")
    [st] = extract(text, extractor=extractor).statements
    assert (st.speaker.mention.text, st.speaker.name, st.cue.text) == ("Marguerite Aubin", "Marguerite Aubin", "posted")


def test_a_speaker_after_the_cue_opening_with_her_is_the_noun_she_owns_and_its_name(extractor) -> None:
    # the parse makes "engineer" the object of "shouted": the nearest word that may speak was "her"
    text = ("Race report\n\nAiko Marunouchi won in Kellerwald on Sunday.\n\n\"P1, Aiko! You are a Grand Prix winner!\" "
            "shouted her engineer, Priya Sandhu, as Marunouchi crossed the line.\n")
    [st] = extract(text, extractor=extractor).statements
    assert (st.speaker.mention.text, st.speaker.name) == ("her engineer, Priya Sandhu", "Priya Sandhu")


def test_a_role_the_parser_cut_at_its_hyphen_keeps_its_whole_word_and_its_name(extractor) -> None:
    text = ("Record\n\n\"I'm crying. I'm actually crying, Gordon,\" said his co-commentator, the former hurdler "
            "Delphine Marceau.\n\n\"Look at her go,\" said his co-commentator Aled Rees.\n")
    first, second = extract(text, extractor=extractor).statements
    assert (first.speaker.mention.text, first.speaker.name) == (
        "his co-commentator, the former hurdler Delphine Marceau", "Delphine Marceau")
    assert (second.speaker.mention.text, second.speaker.name) == ("his co-commentator Aled Rees", "Aled Rees")
