"""Continuation: first-person sentences without marks that carry on an attributed quote.

After an attributed direct quote (and after its cue: `"...," he said. We strongly
objected ...`), the sentences that go on in the first person are the speaker's words
too. The run starts with a first-person sentence in the quote's paragraph, or in the
next paragraph when one of its first two sentences is in the first person; it takes
whole paragraphs and stops at a sentence with quotation marks, a sentence attributed to
someone else (a speech cue with a third-person subject), a sentence about the speaker
in the third person ("He ...", "Aliyev ..."), another statement, a paragraph that is one
question alone (an explainer's heading), or a paragraph that does not go on in the first
person.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..records import Span
from .attribute import QuoteAttributor, is_speech_cue, subject_of
from .candidates import Candidate

CONFIDENCE = 0.6
MAX_PARAGRAPHS = 4
FIRST_PERSON = re.compile(r"\b(?:I|we|We|me|us|my|My|our|Our|mine|ours|myself|ourselves)\b")
QUOTE_MARKS = re.compile("[\"“”«»„‹›`]|''")
_QUOTED = re.compile("[\"“«„][^\"“”«»„]*[\"”»“]")  # a quoted passage, removed to see the narration
# A broadcast reporter's sign-off, written out in web stories made from tape
_SIGN_OFF = re.compile(r"\s*(?:For [^,\n]{2,60}, )?I'?m [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}\b")
_SENTENCE = re.compile(r"\S.*?(?:[.!?…][\"”’»)]*(?=\s|$)|$)", re.S)
_FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
# Verbs that, with someone else as subject, hand the text back to the narrator; weaker
# cues ("resolutions demand ...") are common inside a speaker's own words.
_NARRATION_CUES = frozenset("""say tell add state explain note write ask announce insist continue reply
respond argue claim declare stress emphasize emphasise recall conclude warn tweet""".split())


def _asks_the_speaker(verb) -> bool:
    """True for the interviewer's present tense, "I ask her", "I tell him": a first-person
    verb of speech, in the present, put to "her" or "him"."""
    return verb.tag_ == "VBP" and any(c.dep_ in ("dobj", "dative") and c.lower_ in ("her", "him")
                                      for c in verb.children)


def sentences(text: str, lo: int, hi: int) -> list[Span]:
    """The sentences of text[lo:hi], by final punctuation."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text, lo, hi) if m.group().strip()]


class ContinuationFinder:
    """Finds the continuations of the attributed quotes of one article.

    attributor (QuoteAttributor): the article's attributor (parse, paragraphs, offsets).
    taken (list[Span]): content spans of the other statements, which a continuation
        never overlaps.
    """

    def __init__(self, attributor: QuoteAttributor, taken: list[Span]) -> None:
        self.at = attributor
        self.text = attributor.text
        self.taken = taken
        self._narration: list[int] | None = None

    def find(self, quotes: list[Candidate], speaker_words: dict[int, set[str]]) -> list[Candidate]:
        """One continuation Candidate per attributed quote that has one.

        speaker_words (dict[int, set[str]]): for each quote index, the lower-case words of
            its speaker's name, so that "Aliyev said" ends a continuation.
        """
        found = []
        for i, quote in enumerate(quotes):
            if quote.source is None or quote.headline or quote.kind != "direct":
                continue
            if self._narrator_speaks_first_person(quote):
                continue  # "I" is the writer here: first-person sentences are the writer's
            spans = self._run_after(quote, speaker_words.get(i, set()))
            if spans:
                found.append(Candidate(spans=spans, kind="continuation", cue=None, source=quote.source,
                                       act=quote.act, confidence=CONFIDENCE, method="continuation",
                                       follows=i, occasion=quote.occasion))
                self.taken.extend(spans)
        return found

    def _narrator_speaks_first_person(self, quote: Candidate) -> bool:
        """True when the text before ``quote``, outside quotes, already says I or we."""
        source = self.text[quote.source[0]:quote.source[1]].lower()
        if source in _FIRST_PERSON_SUBJECTS:
            return True
        return bisect_left(self._narrator_first_person(), quote.start) >= 2

    def _narrator_first_person(self) -> list[int]:
        """Where the narration (the text outside quoted passages) says I or we; computed once."""
        if self._narration is None:
            quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(self.text)]
            starts = [q[0] for q in quoted]
            found = []
            for m in FIRST_PERSON.finditer(self.text):
                k = bisect_left(starts, m.start() + 1) - 1
                if k < 0 or quoted[k][1] <= m.start():
                    found.append(m.start())
            self._narration = found
        return self._narration

    def _start_after(self, quote: Candidate) -> int:
        """Where the text after a quote and its cue begins."""
        marks = quote.extra.get("marks") or [(None, None)]
        close = marks[-1][1] if marks[-1][1] is not None else quote.end
        para = self.at.paragraphs[self.at.paragraph_of(quote.start)]
        if quote.cue is not None and close < quote.cue[0] < para[1]:
            return self.at.sentence_end(quote.cue[1], para[1])  # after "...," he said.
        stripped = self.text[close + 1:para[1]].lstrip()
        if not stripped or stripped[0].isupper():
            return close + 1
        return self.at.sentence_end(close + 1, para[1])

    def _run_after(self, quote: Candidate, names: set[str]) -> list[Span]:
        start = self._start_after(quote)
        k = self.at.paragraph_of(quote.start)
        para = self.at.paragraphs[k]
        spans: list[Span] = []
        # the sentence that names the quote's speaker after it ("That was X's answer when I asked") is the writer's
        own = [span for span in (quote.source, quote.cue) if span is not None]
        run = self._take(sentences(self.text, start, para[1]), names, first_needed=1, own=own)
        rest = sentences(self.text, start, para[1])
        if run:
            spans.append(run)
            if run[1] < rest[-1][1]:
                return spans  # stopped inside the quote's paragraph
        elif rest:
            return []  # the quote's paragraph goes on in another voice
        for k2 in range(k + 1, min(k + 1 + MAX_PARAGRAPHS, len(self.at.paragraphs))):
            p = self.at.paragraphs[k2]
            sents = sentences(self.text, p[0], p[1])
            if len(sents) == 1 and self.text[sents[0][0]:sents[0][1]].rstrip().endswith("?"):
                break  # "How much will my bill go up?": an explainer's heading, the reader's question
            if _SIGN_OFF.match(self.text, p[0], p[1]):
                break  # "For Michigan Public Radio, I'm Jonah Fields.": the reporter signs off
            run = self._take(sents, names, first_needed=2, own=own)
            if run is None:
                break
            spans.append(run)
            if run[1] < sents[-1][1]:
                break  # stopped inside the paragraph
        return spans

    def _take(self, sents: list[Span], names: set[str], first_needed: int, own: list[Span] = ()) -> Span | None:
        """The run of continuing sentences at the start of ``sents``, or None.

        first_needed: how many leading sentences may pass before one must be first-person.
        own: the quote's own cue and speaker mention, which no continuation holds.
        """
        run = []
        for lo, hi in sents:
            if self._stops(lo, hi, names) or any(lo <= s < hi for s, _ in own):
                break
            run.append((lo, hi))
        if not any(self._first_person(s, e) for s, e in run[:first_needed]):
            return None
        return run[0][0], run[-1][1]

    def _first_person(self, lo: int, hi: int) -> bool:
        """True when text[lo:hi] speaks in the first person: a first-person pronoun, not a name
        that holds one ("We Build Radio", "Our Harbour PAC") nor a party label ("Lind (I-Vt.)")."""
        if not FIRST_PERSON.search(self.text, lo, hi):
            return False  # most sentences: no parse needed
        return any(tok.pos_ == "PRON" and FIRST_PERSON.fullmatch(tok.text) and
                   self.text[tok.idx + len(tok):tok.idx + len(tok) + 1] != "-" and
                   (tok.text == "I" or tok.is_lower or tok.idx == lo)  # "We" inside a sentence is a name's
                   for tok in self.at.tokens(lo, hi))

    def _stops(self, lo: int, hi: int, names: set[str]) -> bool:
        """True when the sentence text[lo:hi] is no longer the speaker's."""
        sentence = self.text[lo:hi]
        if QUOTE_MARKS.search(sentence):
            return True
        if any(s < hi and lo < e for s, e in self.taken):
            return True
        first = sentence.split(None, 1)[0].strip(",.").lower() if sentence.split() else ""
        if first in ("he", "she") or first in names:
            return True
        for tok in self.at.tokens(lo, hi):
            if tok.lemma_.lower() in _NARRATION_CUES and is_speech_cue(tok):
                subject = subject_of(tok)
                if subject is not None and subject.lower_ not in _FIRST_PERSON_SUBJECTS:
                    return True
                if subject is not None and _asks_the_speaker(tok):
                    return True  # "I ask her about the hours.": the writer of a feature, not the speaker
        return False
