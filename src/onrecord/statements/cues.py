"""Speech and belief cues: the words that introduce a statement ("said", "according to").

The lexicons live in ``data/``, one entry a line: ``reporting_verbs.txt`` (verbs with
their act and where their content is), ``nominal_cues.txt`` (nouns likewise),
``raising_verbs.txt`` ("seems", "is expected") and ``attitude_adjectives.txt`` ("is
optimistic that", "was eager to"). This module reads them once and answers
questions about tokens and lemmas; it is the small API other finders use to recognise a
cue near a direct quote (``is_speech_cue``, ``cue_act``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

ACTS = ("speech", "belief")
FRAMES = ("inf", "obj")  # besides "@<preposition>"; "-" for none
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
# Lemmatizer slips on frequent cues ("hoping" -> "hop"): the surface form decides then.
_LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}

# words that stand for a quotation just given, as what its cue reports ("X said [this] while ...", "[These words]
# were said by X"): the quotation is the statement
QUOTE_STANDINS = frozenset({"this", "these words", "those words", "this statement", "these remarks", "the words"})


@dataclass(slots=True, frozen=True)
class Cue:
    """A cue word: its act and where its content can be besides a "that" clause.

    infinitive (bool): a to-infinitive is the content ("vowed to fight", "the decision to go").
    object (bool): the direct object is the content ("criticized the plan").
    preps (frozenset[str]): prepositions whose object is the content ("talked about").
    """

    lemma: str
    act: str
    infinitive: bool = False
    object: bool = False
    preps: frozenset[str] = frozenset()


def _rows(name: str) -> list[list[str]]:
    """The non-comment rows of a data file, split on whitespace."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append(line.split())
    return rows


def _read_cues(name: str) -> dict[str, Cue]:
    """A lexicon of rows ``lemma act frames`` (see the data file's header)."""
    cues = {}
    for lemma, act, frames in _rows(name):
        parts = set() if frames == "-" else set(frames.split(","))
        preps = {p[1:] for p in parts if p.startswith("@")}
        if act not in ACTS or parts - {f"@{p}" for p in preps} - set(FRAMES):
            raise ValueError(f"{name}: bad row {lemma} {act} {frames}")
        cues[lemma] = Cue(lemma, act, "inf" in parts, "obj" in parts, frozenset(preps))
    return cues


@lru_cache(maxsize=1)
def verb_cues() -> dict[str, Cue]:
    """Every reporting verb of ``data/reporting_verbs.txt``, by lemma, with the British spelling of
    each "-ize" verb too ("apologised", "emphasised", "characterised": the lemmatizer keeps "-ise")."""
    cues = _read_cues("reporting_verbs.txt")
    british = {lemma[:-3] + "ise": cue for lemma, cue in cues.items() if lemma.endswith("ize")}
    return {**british, **cues}


@lru_cache(maxsize=1)
def noun_cues() -> dict[str, Cue]:
    """Every nominal cue of ``data/nominal_cues.txt``, by lemma."""
    return _read_cues("nominal_cues.txt")


@lru_cache(maxsize=1)
def raising_verbs() -> dict[str, str]:
    """Verbs whose statement is their whole clause ("seems to", "is expected to"): lemma -> act."""
    return {lemma: act for lemma, act in _rows("raising_verbs.txt")}


@lru_cache(maxsize=1)
def attitude_adjectives() -> dict[str, frozenset[str]]:
    """Adjectives of attitude ("optimistic that", ``data/attitude_adjectives.txt``).

    RETURNS (dict[str, frozenset[str]]): lemma -> the prepositions whose object is the content.
    """
    return {lemma: frozenset() if preps == "-" else frozenset(preps.split(","))
            for lemma, preps, *_ in _rows("attitude_adjectives.txt")}


@lru_cache(maxsize=1)
def attitude_acts() -> dict[str, str]:
    """The act of each attitude adjective: "belief", or "speech" where its row says so ("critical of")."""
    acts = {row[0]: row[2] if len(row) > 2 else "belief" for row in _rows("attitude_adjectives.txt")}
    bad = {lemma for lemma, act in acts.items() if act not in ACTS}
    if bad:
        raise ValueError(f"attitude_adjectives.txt: bad act for {sorted(bad)}")
    return acts


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Every word that can open a cue, for a quick first test of each token.

    The lexicons' lemmas (attitude adjectives too), the lemmatizer's slips, "according", "as" ("as per") and "per",
    ":", the prepositions of framing phrases ("In a poll, ..."), hearsay adverbs, "make
    (it) clear" and "put (the toll at ...)".
    """
    return frozenset(verb_cues()) | frozenset(noun_cues()) | frozenset(raising_verbs()) \
        | frozenset(attitude_adjectives()) \
        | frozenset(_LEMMA_FIXES) | {"according", "as", "per", ":", "in", "to", "make", "made", "makes",
                                     "making", "reportedly", "allegedly", "purportedly", "supposedly",
                                     "put", "puts", "putting"}


def cue_act(lemma: str) -> str | None:
    """The act a cue lemma introduces: "speech", "belief", or None when it is no cue.

    lemma (str): a lemma ("say", "believe", "statement"); verbs are looked up first
        ("plan" is a belief verb and a belief noun alike).
    """
    lemma = _LEMMA_FIXES.get(lemma.lower(), lemma.lower())
    for lexicon in (verb_cues(), noun_cues()):
        if lemma in lexicon:
            return lexicon[lemma].act
    if lemma == "according":
        return "speech"
    return raising_verbs().get(lemma)


def lemma_of(token) -> str:
    """The token's lemma, lower-cased, with the lemmatizer's known slips on cues corrected."""
    return _LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


def verb_cue(token) -> Cue | None:
    """The lexicon entry of a spaCy token used as a verb, or None."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in VERB_TAGS:
        return None
    if token.tag_ == "VBG" and _gerund_after_have(token):
        return None  # "while Varga has backing from 33 percent": a noun the parser read as a verb
    return verb_cues().get(lemma_of(token))


def _gerund_after_have(token) -> bool:
    """An -ing form whose auxiliary is "have" with no "been" ("has backing", "had funding"): no tense is made so,
    the word is a noun."""
    auxiliaries = [c for c in token.children if c.dep_ == "aux"]
    return bool(auxiliaries) and all(c.lemma_ == "have" for c in auxiliaries)


def noun_cue(token) -> Cue | None:
    """The lexicon entry of a spaCy token used as a noun, or None."""
    if token.pos_ != "NOUN":
        return None
    return noun_cues().get(lemma_of(token))


def is_speech_cue(token) -> bool:
    """True when a spaCy token is a verb that introduces speech ("said", "told", "wrote")."""
    entry = verb_cue(token)
    return entry is not None and entry.act == "speech"


def is_cue(token) -> bool:
    """True when a spaCy token is a reporting verb of either act, or a nominal cue."""
    return verb_cue(token) is not None or noun_cue(token) is not None


# words that link a sentence to the one before it, no part of anyone's statement ("However, he said ...")
LINKING_ADVERBS = frozenset({"however", "but", "still", "yet", "meanwhile", "instead", "also", "later", "earlier",
                              "separately", "nevertheless", "nonetheless", "moreover", "indeed", "then", "and", "so",
                              "in turn", "at the same time", "in contrast", "by contrast", "for his part",
                              "for her part", "for their part", "after all", "even so", "in other words"})
