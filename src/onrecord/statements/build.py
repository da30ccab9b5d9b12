"""Candidate -> records.Statement: text, resolved speaker, cue, addressee, occasion, about."""
from __future__ import annotations

import bisect
import re

from ..records import Entity, Span, Speaker, Statement, TextSpan

ABOUT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# The occasion is the event ("a meeting with ..."), not its preposition ("during").
_OCCASION_PREP = re.compile(r"^(?:during|at|in|on|while|after|before|through|to)\s+", re.I)
# A show title's quotation marks and the punctuation the phrase ends on are no part of its name.
_OCCASION_EDGES = "\"“”‘’«»'`,;:–— \n\t"
_SENTENCE_STOP = re.compile(r"(?<=[a-z0-9)])\.+$")  # "Morning Joe." but not "D.C."
# A phrase cut where the statement's words begin may end on the word that leads into them.
_LEADING_WORD = re.compile(r"\s+(?:and|or|as|that|to|of|with|in|on|at|by|for)$", re.I)
# Double quotation marks as opener (1), closer (-1) or either (0: straight marks toggle).
_DOUBLE_MARKS = re.compile("''|``|[\"“”„«»]")
_MARK_SIDE = {"“": 1, "„": 1, "«": 1, "``": 1, "”": -1, "»": -1, '"': 0, "''": 0}
# What may stand between a content's last word and the mark that closes its quotation.
_TO_CLOSER = re.compile("[.,!?…;:]{0,3}(?:''|[\"”»])")
# the same over words of the sentence, with no sentence's end nor another quotation mark on the way
_TO_FAR_CLOSER = re.compile("[^\"“”«»\n.!?]{1,160}?[.,!?…;:]{0,3}(?:''|[\"”»])")


def text_span(text: str, span: Span | None) -> TextSpan | None:
    """A TextSpan of ``text`` for ``span``, or None."""
    if span is None or span[1] <= span[0]:
        return None
    return TextSpan(text[span[0]:span[1]], (span[0], span[1]))


def about(entities: list[Entity], spans: list[Span]) -> list[TextSpan]:
    """The people, bodies and places named inside the content spans, once each by name.

    entities (list[Entity]): in text order, as ``doc.ents`` gives them: each span looks
        up its first entity by binary search instead of reading every entity of the article.
    """
    seen: set[str] = set()
    found = []
    for start, end in sorted(spans):
        i = bisect.bisect_left(entities, start, key=_entity_start)
        while i < len(entities) and entities[i].span[0] < end:
            ent = entities[i]
            i += 1
            if ent.span[1] <= end and ent.label in ABOUT_LABELS and ent.text not in seen:
                seen.add(ent.text)
                found.append(TextSpan(ent.text, ent.span))
    return found


def _entity_start(entity: Entity) -> int:
    return entity.span[0]


def without_complementizer(spans: list[Span], doc) -> list[Span]:
    """The content spans without a leading complementizer ("said that the plan ..." -> "the plan ...").

    Only a "that" the tagger takes for a subordinating conjunction (IN), or the parser for a clause's
    marker, goes: the determiner of "said that plan failed" and the pronoun of "said that was wrong" stay.
    doc (spacy.tokens.Doc | None): the parse of the article text; None keeps the spans.
    """
    if not spans or doc is None:
        return spans
    start, end = spans[0]
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or len(words) < 2:
        return spans
    first = words[0]
    if first.idx != start or first.lower_ != "that" or first.tag_ != "IN" and not (first.tag_ == "WDT" and
                                                                                  first.dep_ == "mark"):
        return spans  # (a "that" tagged as a relative pronoun but marking the clause goes too)
    rest = next((t for t in words[1:] if not t.is_space), None)
    if rest is None or rest.idx >= end:
        return spans
    return [(rest.idx, end)] + spans[1:]


def through_open_quote(text: str, spans: list[Span], far: bool = False) -> list[Span]:
    """Spans whose last one, when it ends inside a quotation it opened, runs on to its closing mark.

    'Ruiz told them that the fares "will stay low."': the parse often hangs the final
    period on the cue, so the reported clause stops at "low" inside the open quotation;
    the quoted words end at the closing mark, with the punctuation before it. ``far``: over
    more words of the same sentence too ('had been "gracious, the way she has always been,"').
    """
    if not spans:
        return spans
    start, end = spans[-1]
    open_quote = False
    for m in _DOUBLE_MARKS.finditer(text, start, end):
        side = _MARK_SIDE[m.group()]
        open_quote = not open_quote if side == 0 else side > 0
    if not open_quote:
        return spans
    closer = _TO_CLOSER.match(text, end) or (_TO_FAR_CLOSER.match(text, end) if far else None)
    if closer is None:
        return spans
    return spans[:-1] + [(start, closer.end())]


def occasion_text(phrase: str) -> str | None:
    """The name of an occasion phrase: 'on NBC's “Evening Hour.”' -> "NBC's Evening Hour".

    Quotation marks around a title go (one of a pair is often outside the phrase), as do
    the preposition and the punctuation at either end.
    """
    words = _OCCASION_PREP.sub("", _DOUBLE_MARKS.sub("", phrase).strip()).strip(_OCCASION_EDGES)
    words = _LEADING_WORD.sub("", _SENTENCE_STOP.sub("", words).strip(_OCCASION_EDGES)).strip(_OCCASION_EDGES)
    return " ".join(words.split()) or None


def build_statement(text: str, cand, speaker: Speaker | None, entities: list[Entity], *,
                    occasion: str | None = None, doc=None) -> Statement:
    """The Statement of a Candidate whose speaker is already resolved.

    cand (Candidate): the attributed candidate.
    occasion (str | None): the occasion text, when it comes from elsewhere (the same
        speaker's occasion stated once in the article).
    doc (spacy.tokens.Doc | None): the parse, to leave a reported clause's leading
        complementizer "that" out of its content (PolNeAR's gold keeps it; readers do not).
    """
    spans = [(s, e) for s, e in cand.spans if e > s]
    if cand.kind in ("indirect", "mixed"):
        spans = without_complementizer(spans, doc)
    if cand.kind == "mixed":
        spans = through_open_quote(text, spans)
    words = " ".join(text[s:e] for s, e in spans)
    if occasion is None and cand.occasion is not None:
        occasion = occasion_text(text[cand.occasion[0]:cand.occasion[1]])
    return Statement(
        text=words,
        spans=spans,
        kind=cand.kind,
        act=cand.act,
        cue=text_span(text, cand.cue),
        speaker=speaker,
        addressee=text_span(text, cand.addressee),
        occasion=occasion,
        confidence=max(0.0, min(1.0, float(cand.confidence))),
        headline=cand.headline,
        body_match=text_span(text, cand.extra.get("body_match")),
        about=about(entities, spans),
        method=cand.method,
    )
