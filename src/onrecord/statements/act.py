"""The act of a statement: "speech" (said or written) or "belief" (thought, intended, expected).

The cue decides: the lexicons of ``cues.py`` give each cue word its act ("said" speech,
"believes" belief, "the fear that" belief). A cue the lexicons do not know is speech,
the act users come for.
"""
from __future__ import annotations

from .cues import cue_act, lemma_of, noun_cue, verb_cue

DEFAULT_ACT = "speech"


def act_of(cue) -> str:
    """The act a cue token introduces, read as the part of speech it has here.

    cue (spacy.tokens.Token): the cue's head word (a verb or a noun).
    RETURNS (str): "speech" or "belief".
    """
    entry = noun_cue(cue) if cue.pos_ == "NOUN" else verb_cue(cue)
    if entry is not None:
        return entry.act
    return cue_act(lemma_of(cue)) or DEFAULT_ACT


def act_of_lemma(lemma: str) -> str:
    """The act for a cue given as a lemma ("say" -> "speech", "hope" -> "belief")."""
    return cue_act(lemma) or DEFAULT_ACT
