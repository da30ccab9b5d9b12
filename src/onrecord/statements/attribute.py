"""Direct-quote attribution: the cue and the source of each quote, with addressee and occasion.

For each direct quote, the rules below are tried in order on the spaCy parse of the
article text; the first that finds a speech cue wins and sets ``method``:

1. the gap of an interrupted quote: "...," he said, "...";
2. a cue before the quote that introduces it: Smith said: "...", according to X, "...";
3. a cue right after the quote: "...," he said / said Smith / Smith told the BBC;
4. any cue before the quote in its sentence: Smith said "...";
5. the previous paragraph ending on a cue and a colon: X said on Monday: / "...";
6. the speaker named only after the quote, in the next sentence or paragraph, with a
   nominal cue ("The statement came from X during ...") or a bare cue ("X said so.");
7. the speaker of the quote just before, when this quote paragraph has no cue of its
   own (consecutive quote paragraphs are one speaker's, by news convention).

Rules 5-7 lower the confidence. A scare quote (one to four words) is kept only when a
cue is adjacent to it (rules 1-3); a quoted title only when a cue introduces it. A quote
with no cue of its own that follows an attributed quote (same paragraph, or opening the
next) joins it: a speaker's run of quotes is one statement, as PolNeAR annotates it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..records import Span
from ..speakers.mentions import noun_phrase
from .candidates import Candidate
from .quotes import is_abbreviation

try:  # the cue lexicon of statements/cues.py; a small set of our own if it is missing
    from .cues import cue_act as _cue_act, is_speech_cue as _is_speech_cue
except Exception:  # noqa: BLE001 - a broken sibling module must not stop attribution
    _cue_act = None
    _is_speech_cue = None

_OWN_CUES = frozenset("""say tell add state explain claim announce write tweet insist note argue warn
ask reply respond declare continue recall suggest admit acknowledge conclude comment remark observe
confirm deny emphasize emphasise stress predict promise vow urge post testify quip joke""".split())
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
ADDRESSEE_LEMMAS = frozenset({"tell", "inform", "assure", "warn", "remind", "ask", "urge", "advise"})
OCCASION_PREPS = frozenset({"during", "at", "in", "on", "after", "before", "while", "through"})
OCCASION_WORDS = frozenset("""meeting conference briefing interview speech address session hearing
rally summit debate visit ceremony event statement forum appearance show program programme broadcast
podcast talk talks discussion call gathering convention congress assembly celebration funeral vigil
march protest stop tour trip dinner lunch luncheon breakfast reception panel lecture sermon testimony
post tweet message letter op-ed column email e-mail video remarks twitter facebook instagram youtube
television tv radio roundtable hall release announcement""".split())
NOMINAL_AFTER = re.compile(
    r"\s*(?:The|This|These|Those|That|His|Her|Their|Such)\s+(?:[\w-]+\s+)?"
    r"(?:statement|statements|remarks?|comments?|words|message|announcement|assessment|appeal|"
    r"speech|address|quote|warning|claim)\s+"
    r"(?:(?:came|come|comes)\s+from|(?:was|were|had been)\s+(?:made|voiced|delivered|issued|posted|"
    r"published|given|uttered|expressed)\s+by|belong(?:s|ed)?\s+to)\s+")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’»)']*\s+")
_END = re.compile(r"[.!?][\"”’»)']*(?=\s|$)")
_TAIL_STOP = re.compile(r"[.!?;][\"”’»)']*(?=\s|$)|[\"“«„`]")
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_LOOK_BACK = 800
_MAX_CUE_SENTENCE = 8  # tokens of a sentence that only attributes the quote before it ("Mr. Trump said.")  # characters searched back for the start of a sentence
CONFIDENCE_ADJACENT = 1.0
CONFIDENCE_COLON = 0.85
CONFIDENCE_NAMED_AFTER = 0.8
CONFIDENCE_PREVIOUS = 0.65


@dataclass(slots=True)
class Attribution:
    """What attribution found for one quote."""

    cue: Span | None = None
    source: Span | None = None
    addressee: Span | None = None
    occasion: Span | None = None
    method: str = ""
    factor: float = 1.0
    adjacent: bool = False
    act: str = "speech"
    opens_sentence: bool = False  # nothing but a cue and a colon before the quote in its sentence


def is_speech_cue(token) -> bool:
    """True when ``token`` is a verb that introduces speech."""
    if _is_speech_cue is not None:
        try:
            return _is_speech_cue(token)
        except Exception:  # noqa: BLE001
            pass
    return token.pos_ == "VERB" and token.lemma_.lower() in _OWN_CUES


def cue_act(token) -> str:
    """ "speech" or "belief" for a cue token (speech when the lexicon does not say)."""
    if _cue_act is not None:
        try:
            return _cue_act(token.lemma_) or "speech"
        except Exception:  # noqa: BLE001
            pass
    return "speech"


class QuoteAttributor:
    """Finds the cue and the source of the direct quotes of one parsed article.

    doc (spacy.tokens.Doc): the parse of the article text.
    paragraphs (list[Span]): the paragraphs of the text.
    """

    def __init__(self, doc, paragraphs: list[Span]) -> None:
        self.doc = doc
        self.text = doc.text
        self.paragraphs = paragraphs
        self._para_starts = [p[0] for p in paragraphs]
        self._starts = doc.to_array("IDX").tolist() if len(doc) else []

    # --- text and token helpers ------------------------------------------------------
    def paragraph_of(self, pos: int) -> int:
        """The index of the paragraph holding ``pos`` (the one before it when between)."""
        return max(0, bisect_left(self._para_starts, pos + 1) - 1)

    def tokens(self, lo: int, hi: int):
        """The tokens that start inside text[lo:hi]."""
        i = bisect_left(self._starts, lo)
        j = bisect_left(self._starts, hi)
        return self.doc[i:j]

    def sentence_start(self, pos: int, floor: int) -> int:
        """The start of the sentence holding ``pos``, not before ``floor``."""
        floor = max(floor, pos - _LOOK_BACK)  # a sentence is not longer than this
        start = floor
        for m in _SENTENCE_BREAK.finditer(self.text, floor, pos):
            if not is_abbreviation(self.text, m.start()):
                start = m.end()
        return start

    def sentence_end(self, pos: int, ceiling: int) -> int:
        """The end of the sentence starting at ``pos`` (after its final mark), not after ``ceiling``."""
        for m in _END.finditer(self.text, pos, ceiling):
            if not is_abbreviation(self.text, m.start()):
                return m.end()
        return ceiling

    # --- the rules -------------------------------------------------------------------
    def attribute(self, quotes: list[Candidate]) -> list[Candidate]:
        """Set cue, source, addressee and occasion on each quote; drop unattributed scare quotes."""
        kept = []
        previous: Candidate | None = None
        for cand in quotes:
            found = self._find(cand, previous)
            if found.method in ("attribute:none", "attribute:previous", "attribute:run") and kept and \
                    kept[-1] is previous and self._continues(previous, cand):
                _join(previous, cand)  # one speaker's run of quotes is one statement
                continue
            if not self._is_statement(cand, found):
                continue
            _apply(cand, found)
            cand.extra["leads_run"] = found.opens_sentence or found.adjacent
            kept.append(cand)
            if cand.source is not None:
                previous = cand
        return kept

    def _is_statement(self, cand: Candidate, found: Attribution) -> bool:
        """False for quoted words that are no one's statement: scare quotes, titles, stray marks."""
        if cand.extra.get("scare") and not (found.adjacent and found.opens_sentence):
            return False  # the "pivot" to Asia, Carter said: a scare quote
        if cand.extra.get("title") and found.method not in ("attribute:before", "attribute:gap"):
            return False  # "CBS This Morning," Trump said: a title, not his words
        if cand.method == "quotes:unopened" and found.source is None:
            return len(self.text[cand.start:cand.end].split()) > 10  # a stray closing mark
        return True

    def _find(self, cand: Candidate, previous: Candidate | None) -> Attribution:
        """The attribution of one quote: the first rule that finds one (see the module doc)."""
        marks = cand.extra.get("marks") or [(None, None)]
        open_at = marks[0][0] if marks[0][0] is not None else cand.start
        para = self.paragraphs[self.paragraph_of(cand.start)] if self.paragraphs else (0, len(self.text))
        lead_start = self.sentence_start(open_at, para[0])
        lead = self.text[lead_start:open_at].strip()
        found = self._first_rule(cand, previous, para, lead_start, lead)
        found.opens_sentence = not lead or lead.endswith(":")
        return found

    def _first_rule(self, cand: Candidate, previous: Candidate | None, para: Span,
                    lead_start: int, lead: str) -> Attribution:
        marks = cand.extra.get("marks") or [(None, None)]
        open_at = marks[0][0] if marks[0][0] is not None else cand.start
        close_at = marks[-1][1] if marks[-1][1] is not None else cand.end
        gap = cand.extra.get("gap")
        if gap:
            found = self._cue_in(gap[0], gap[1], first=True, method="attribute:gap")
            if found:
                found.adjacent = True
                return found
        if lead.endswith((":", ",")):
            found = self._cue_in(lead_start, open_at, first=False, method="attribute:before") or \
                self._any_verb_before(lead_start, open_at, lead)
            if found:
                found.adjacent = True
                return found
        # a quote spanning paragraphs ends in a later paragraph than it starts: look after it there
        last = self.paragraphs[self.paragraph_of(close_at)] if self.paragraphs else para
        tail_end = self._tail_end(close_at + 1, last[1])
        found = self._cue_in(close_at + 1, tail_end, first=True, method="attribute:after")
        if found and self.text[cand.end - 1:cand.end] == "." and \
                len(self.tokens(close_at + 1, tail_end)) > _MAX_CUE_SENTENCE:
            found = None  # '"... wheelhouse." He added that ...': a new sentence, not this quote's cue
        if found:
            found.adjacent = True
            return found
        found = self._cue_in(lead_start, open_at, first=False, method="attribute:sentence")
        if found:
            return found
        if lead_start == para[0] and not lead.strip():
            found = self._colon_paragraph(para)
            if found:
                return found
        if previous is not None and self.paragraph_of(previous.end) == self.paragraph_of(cand.start) \
                and self._continues(previous, cand):
            # '"A," X said. "B."': B is X's too
            return Attribution(previous.cue, previous.source, None, None, "attribute:run", CONFIDENCE_PREVIOUS)
        found = self._named_after(close_at + 1, last)
        if found:
            return found
        if previous is not None and lead_start == para[0] and not lead.strip() and \
                self.paragraph_of(cand.start) - self.paragraph_of(previous.end) <= 1:
            return Attribution(previous.cue, previous.source, None, None, "attribute:previous",
                               CONFIDENCE_PREVIOUS)
        return Attribution(method="attribute:none", factor=0.5)

    def _continues(self, first: Candidate, second: Candidate) -> bool:
        """True when ``second`` goes on with the words of the attributed quote ``first``.

        It must follow in the same paragraph, or open the next one.
        """
        if not first.extra.get("leads_run", True):
            return False  # an embedded quote ('a study proving "..."') starts no run
        gap = self.paragraph_of(second.start) - self.paragraph_of(first.end)
        if gap == 0:
            between_start = first.end
            between_end = (second.extra.get("marks") or [(second.start, None)])[0][0] or second.start
            breaks = [m for m in _SENTENCE_BREAK.finditer(self.text, between_start, between_end)
                      if not is_abbreviation(self.text, m.start())]
            return between_end - between_start < 300 and len(breaks) <= 1  # only the cue sentence
        if gap != 1:
            return False
        para = self.paragraphs[self.paragraph_of(second.start)]
        open_at = (second.extra.get("marks") or [(None, None)])[0][0]
        return open_at is not None and not self.text[para[0]:open_at].strip()

    def _tail_end(self, start: int, ceiling: int) -> int:
        """Where the text after a quote stops being about that quote."""
        for m in _TAIL_STOP.finditer(self.text, start, ceiling):
            if m.group()[0] in ".!?" and is_abbreviation(self.text, m.start()):
                continue
            return min(m.start(), start + 160)
        return min(ceiling, start + 160)

    def _cue_in(self, lo: int, hi: int, *, first: bool, method: str) -> Attribution | None:
        """The speech cue inside text[lo:hi] with its source (the first or the last cue)."""
        toks = [t for t in self.tokens(lo, hi) if is_speech_cue(t)]
        if not toks:
            acc = self._according_to(lo, hi)
            return acc
        verb = toks[0] if first else toks[-1]
        subject = subject_of(verb)
        if subject is not None and (not lo <= subject.idx < hi or subject.ent_type_ in _NOT_SPEAKERS):
            subject = None  # a subject inside the quote, or "Tuesday", is a misparse
        if subject is not None and _in_brackets(self.text, subject.idx) and subject.head.pos_ in ("PROPN", "NOUN"):
            subject = subject.head  # "John Kasich (R-OH) said": the name, not the state
        if subject is None:
            subject = self._nearest_noun(verb, lo, hi)
        source = noun_phrase(subject) if subject is not None else None
        return Attribution(cue=(verb.idx, verb.idx + len(verb)), source=source,
                           addressee=addressee_of(verb), occasion=occasion_of(verb),
                           method=method, act=cue_act(verb))

    def _any_verb_before(self, lo: int, hi: int, lead: str) -> Attribution | None:
        """A verb outside the cue lexicon that introduces the quote: 'X put it:', 'X gloated:'.

        With a colon, the main verb of the lead; with a comma, only a verb right before it
        ('Clinton cracked, "..."').
        """
        toks = [t for t in self.tokens(lo, hi) if not (t.is_punct or t.is_space)]
        verbs = [t for t in toks if t.pos_ == "VERB" and subject_of(t) is not None]
        if not verbs:
            return None
        verb = verbs[-1]
        if lead.endswith(","):
            rest = [t for t in toks if t.i > verb.i and t.dep_ not in ("prt", "advmod", "dobj")]
            if rest or len(toks) > 12:
                return None
        subject = subject_of(verb)
        if not lo <= subject.idx < hi:
            return None
        return Attribution(cue=(verb.idx, verb.idx + len(verb)), source=noun_phrase(subject),
                           method="attribute:verb-before", factor=CONFIDENCE_COLON)

    def _according_to(self, lo: int, hi: int) -> Attribution | None:
        """ "according to X" inside text[lo:hi]."""
        for tok in self.tokens(lo, hi):
            if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                to = self.doc[tok.i + 1]
                objects = [c for c in to.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                return Attribution(cue=(tok.idx, to.idx + len(to)), source=noun_phrase(objects[0]),
                                   method="attribute:according-to", adjacent=True)
        return None

    def _nearest_noun(self, verb, lo: int, hi: int):
        """A noun or pronoun next to ``verb`` when the parse gives it no subject."""
        after = [t for t in self.tokens(verb.idx, hi) if _may_speak(t)]
        before = [t for t in self.tokens(lo, verb.idx) if _may_speak(t)]
        if before:
            return before[-1]
        return after[0] if after else None

    def _colon_paragraph(self, para: Span) -> Attribution | None:
        """The previous paragraph ends on a cue and a colon: its speaker introduces this quote."""
        k = self.paragraph_of(para[0]) - 1
        if k < 0:
            return None
        prev = self.paragraphs[k]
        body = self.text[prev[0]:prev[1]].rstrip()
        if not body.endswith(":"):
            return None
        start = self.sentence_start(prev[0] + len(body), prev[0])
        found = self._cue_in(start, prev[0] + len(body), first=True, method="attribute:colon")
        if found:
            found.factor = CONFIDENCE_COLON
        return found

    def _named_after(self, start: int, para: Span) -> Attribution | None:
        """The speaker named after the quote, by a nominal cue or a bare cue sentence."""
        rest = self.text[start:para[1]].strip()
        if rest:
            sent_lo = start + (len(self.text[start:para[1]]) - len(self.text[start:para[1]].lstrip()))
        else:
            k = self.paragraph_of(para[0]) + 1
            if k >= len(self.paragraphs):
                return None
            sent_lo = self.paragraphs[k][0]
            para = self.paragraphs[k]
        sent_hi = self.sentence_end(sent_lo, para[1])
        m = NOMINAL_AFTER.match(self.text, sent_lo, sent_hi)
        if m:
            src_tok = self.tokens(m.end(), sent_hi)
            if len(src_tok):
                head = src_tok[0]
                while head.dep_ in ("compound", "amod", "det", "poss") and head.head.i > head.i:
                    head = head.head
                cue_lo = sent_lo + len(self.text[sent_lo:m.end()]) - len(self.text[sent_lo:m.end()].lstrip())
                return Attribution(cue=_trim_span(self.text, cue_lo, m.end()), source=noun_phrase(head),
                                   occasion=self._occasion_in(sent_lo, sent_hi),
                                   method="attribute:nominal-after", factor=CONFIDENCE_NAMED_AFTER)
        if any(ch in self.text[sent_lo:sent_hi] for ch in "\"“”«»„"):
            return None
        roots = [t for t in self.tokens(sent_lo, sent_hi) if t.dep_ == "ROOT"]
        if len(roots) == 1 and is_speech_cue(roots[0]) and not any(
                c.dep_ in ("ccomp", "xcomp", "dobj") and c.lower_ not in ("this", "so", "that", "it")
                for c in roots[0].children):
            found = self._cue_in(sent_lo, sent_hi, first=True, method="attribute:cue-after")
            if found and found.source:
                found.factor = CONFIDENCE_NAMED_AFTER
                return found
        return None

    def _occasion_in(self, lo: int, hi: int) -> Span | None:
        for tok in self.tokens(lo, hi):
            if tok.dep_ == "prep" and tok.lower_ in OCCASION_PREPS:
                span = _occasion_object(tok)
                if span:
                    return span
        return None


def _in_brackets(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside a parenthesis opened on the same line."""
    before = text[max(0, pos - 40):pos]
    return before.rfind("(") > before.rfind(")") and "\n" not in before[before.rfind("("):]


def _may_speak(token) -> bool:
    """True for a noun or pronoun that can be a speaker (not "Tuesday", not "40 percent")."""
    return token.pos_ in ("PROPN", "PRON", "NOUN") and token.ent_type_ not in _NOT_SPEAKERS


def _trim_span(text: str, lo: int, hi: int) -> Span:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def subject_of(verb):
    """The subject of a verb, climbing through conjunctions and clauses that lack one."""
    tok = verb
    for _ in range(3):
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp") and tok.head is not tok:
            tok = tok.head
        else:
            return None
    return None


def addressee_of(verb) -> Span | None:
    """To whom the cue verb says it: "told the BBC", "said to reporters"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and verb.lemma_.lower() in ADDRESSEE_LEMMAS and \
                child.pos_ in ("PROPN", "NOUN", "PRON"):
            return noun_phrase(child)
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("PROPN", "NOUN", "PRON"):
                return noun_phrase(objects[0])
    return None


def occasion_of(verb) -> Span | None:
    """The event at which the cue verb happened: "during a meeting with ...", "at a rally"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in OCCASION_PREPS:
            span = _occasion_object(child)
            if span:
                return span
    return None


def _occasion_object(prep) -> Span | None:
    """The object of an occasion preposition when it names an event ("a meeting with X")."""
    for obj in prep.children:
        if obj.dep_ == "pobj" and (obj.lemma_.lower() in OCCASION_WORDS or obj.lower_ in OCCASION_WORDS):
            last = obj.right_edge
            while last.i > obj.i and (last.is_punct or last.is_space):
                last = last.doc[last.i - 1]
            return obj.left_edge.idx, last.idx + len(last)
    return None


def _join(first: Candidate, second: Candidate) -> None:
    first.spans.extend(second.spans)
    first.extra.setdefault("marks", []).extend(second.extra.get("marks") or [])
    first.confidence = min(first.confidence, max(second.confidence, CONFIDENCE_PREVIOUS))
    if "+run" not in first.method:
        first.method += "+run"


def _apply(cand: Candidate, found: Attribution) -> None:
    cand.cue = found.cue
    cand.source = found.source
    cand.addressee = found.addressee
    cand.occasion = found.occasion
    cand.act = found.act
    cand.confidence = round(cand.confidence * found.factor, 3)
    cand.method = f"{cand.method}+{found.method}" if cand.method else found.method
