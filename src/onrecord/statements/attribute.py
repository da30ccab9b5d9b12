"""Direct-quote attribution: the cue and the source of each quote, with addressee and occasion.

For each direct quote, the rules below are tried in order on the spaCy parse of the
article text; the first that finds a speech cue wins and sets ``method``:

1. the gap of an interrupted quote: "...," he said, "..." (a gap with a second cue,
   '"...," he said, adding: "..."', makes two quotes, each with its own cue); a short aside
   without a speech verb names its speaker too ('"I was afraid" — she paused — "..."');
2. a cue before the quote that introduces it: Smith said: "...", according to X, "...",
   a verb outside the lexicon (Smith quipped, "..."; As the band sang, "..."; also when the
   lexicon's cue only frames it: After X criticized her, Y shot back, "..."), or a name
   before the colon (From the report: "..."; Polls were right - Jane Doe: "..."; Brandt on
   the win: "..."; Varga's verdict: "..."; Her reply was blunt: "..."; For X, the answer is
   simple: "...");
3. a cue right after the quote: "...," he said / said Smith / Smith told the BBC (also
   after a period when a lower-case word goes on: '"..." admitted coach X, whose ...'), a
   verb outside the lexicon in that place ("...," she shrugged; "...!" she beamed), or the
   holder named there ('"...," was how X put it'); "according to X" after that cue names
   the outer source;
4. any cue before the quote in its sentence: Smith said "...", the one that governs the
   quote when there are several (one in a relative clause too: "praised X, who vowed
   '...'"); else a verb that governs it (Smith urged them to "...");
5. the previous paragraph ending on a cue and a colon: X said on Monday: / "...";
6. the speaker named only after the quote, in the next sentence or paragraph, with a
   nominal cue ("The statement came from X during ..."), a bare cue ("X said so.") or a
   signature line ("- Jane Doe, Springfield.");
7. the reported statement of the sentence just before ('X said that A. "B."');
8. the speaker of the quote just before, when this quote paragraph has no cue of its
   own (consecutive quote paragraphs are one speaker's, by news convention);
9. failing all, the subject of the quote's own sentence, or of the sentence before it
   (its speech cue's, else its main verb's), when it names a person or a body.

A passive cue speaks with its agent (X was asked by the host); "according to Y" around
the cue makes Y the source. Rules 5-9 lower the confidence. A scare quote (one to four
words) is kept only when a cue is adjacent to it (rules 1-3) or utters it (She yelled
"Stop!"); a quoted title only when a cue introduces it, and with no cue, not one followed
by its author ('"Museum to close," by Jane Doe'). A quote with no cue of its own that
follows an attributed quote (same paragraph, or opening the next) joins it: a speaker's
run of quotes is one statement, as PolNeAR annotates it; so does a quote that the very
cue of the quote before attributes again ('"A," Lind said "B."').
A quote that is only part of what its cue reports becomes a mixed statement with the
rest: the cue's complement before it ('X said the plan "will fail"'), the sentence
before a quote whose cue follows ('The plan "will fail," X said'), the words between the
quote and a cue after it, the words before a parenthetical cue ('If it rains, X
said, "we stay"'), and the cue's clause before a colon ('X said the deal was dead:
"We lost."').
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from ..nlp import doc_text, handle_before, hyphen_in_word, person_before_relative, subject_lent_to_aside
from ..records import Span
from ..speakers.mentions import noun_phrase
from ..speakers.types import ANONYMOUS_WORDS, GIVEN_NAMES, KIN_WORDS, ORGANIZATION_WORDS, ROLE_WORDS, WEEKDAYS
from .candidates import Candidate
from .cues import noun_cues
from .headline import CHECK_LABELS, HEARING_BODIES
from .occasion import OCCASION_PREPS, occasion_object, occasion_span
from .quotes import CUE_RIGHT_AFTER, is_abbreviation, is_scare_quote, is_title, nickname_marks
from .reported import (RENDERING_NOUNS, another_report, dateline_speaker, naming_clause, outer_reporter,
                       place_read_as_subject, role_read_as_second_subject, set_off_speaker, sign_reads,
                       subject_read_as_modifiers)

try:  # the cue lexicon of statements/cues.py; a small set of our own if it is missing
    from .cues import cue_act as _cue_act, is_speech_cue as _is_speech_cue
except Exception:  # noqa: BLE001 - a broken sibling module must not stop attribution
    _cue_act = None
    _is_speech_cue = None

_OWN_CUES = frozenset("""say tell add state explain claim announce write tweet insist note argue warn
ask reply respond declare continue recall suggest admit acknowledge conclude comment remark observe
confirm deny emphasize emphasise stress predict promise vow urge post testify quip joke""".split())
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
ADDRESSEE_LEMMAS = frozenset({"tell", "inform", "assure", "warn", "remind", "ask", "urge", "advise"})
NOMINAL_AFTER = re.compile(
    r"\s*(?:The|This|These|Those|That|His|Her|Their|Such)\s+(?:[\w-]+\s+)?"
    r"(?:statement|statements|remarks?|comments?|words|message|announcement|assessment|appeal|"
    r"speech|address|quote|warning|claim)\s+"
    r"(?:(?:came|come|comes)\s+from|(?:was|were|had been)\s+(?:made|voiced|delivered|issued|posted|"
    r"published|given|uttered|expressed)\s+by|belong(?:s|ed)?\s+to)\s+")
_CALENDAR = ("January|February|March|April|May|June|July|August|September|October|November|December|"
             "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Christmas|Easter")
# The speaker named after the quote as the holder of a verdict: "That was the verdict of X", "So said X".
_VERDICT_NOUNS = (r"(?:verdict|view|message|warning|assessment|opinion|argument|conclusion|judgment|judgement|"
                  r"response|reaction|answer|advice|plea|position|promise|pledge|take|words|account|description|"
                  r"explanation|prediction|observation|reflection|lament|complaint|boast|retort|summary|diagnosis)")
# of these, the ones whose "of" as often names what they are about ("the summary of events", "the diagnosis of his
# injury", "a reflection of the mood"): the holder must name a speaker
_TOPIC_VERDICT_NOUNS = re.compile(r"\b(?:summary|diagnosis|reflection)\b")
VERDICT_AFTER = re.compile(
    r"\s*(?:(?:That|This|Such)\s+(?:was|is|were|are|has been|had been|remains)\s+the\s+(?:[\w-]+\s+)?"
    + _VERDICT_NOUNS + r"\s+(?:of|from)|So\s+(?:said|says)|"
    # "Those were the words of X, a junior at ...": the plural of the same
    r"(?:Those|These)\s+(?:were|are)\s+the\s+(?:[\w-]+\s+)?(?:words|remarks|comments|thoughts|views)\s+"
    r"(?:of|from)|"
    # "That question, from X, drew applause": a feature names who asked or cried out after the quote
    r"(?:That|This|The)\s+(?:[\w-]+\s+)?(?:question|remark|comment|plea|complaint|cry|retort|quip|appeal|"
    r"quote|quotation|line)"
    r",?\s+(?:came\s+)?from|"
    # "That is how X remembers the morning ...", "That's how X put it": the speaker, then a verb of telling;
    # the holder is a short phrase with no verb of its own ("how [prices] are put up", "how [the deal] would put")
    r"(?:That|This)(?:\s+is|\s+was|['’]s)\s+how(?=\s+(?:(?!(?:is|are|was|were|be|been|has|have|had|would|will|can|"
    r"could|got|gets|works?)\b)[^\s.,;!?\"“”]+"
    r"(?:,\s+\d{1,3},|,\s+(?:(?:the|a|an)\s+)?[^.!?\"“”,]{1,120},)?\s+){1,5}"
    r"(?:put|puts|describes?|described|remembers?|remembered|recalls?|recalled|recounts?|recounted|explains?|"
    r"explained|sums?|summed)\b))\s+|"
    # "That was Sjöberg, recalling the day ...": the name, then what the speaker was doing in saying it (not a
    # month or a day: "That was March, looking back on a record year")
    r"\s*(?:That|This)\s+(?:was|is)\s+(?=(?!(?:" + _CALENDAR + r")\b)(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+,\s+"
    r"(?:recalling|describing|remembering|reflecting|speaking|explaining|talking|looking\s+back|summing\s+up|"
    r"reminiscing|joking|quipping|laughing|telling|answering|responding|replying|addressing|testifying|writing|"
    r"arguing|warning|insisting|boasting|complaining)\b)")
# The holder named as the possessor of the verdict: "That was Prescott-Ives's answer when I read her the line."
POSSESSOR_AFTER = re.compile(
    r"\s*(?:That|This)\s+(?:was|is)\s+(?P<holder>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*?)['’]s?\s+"
    r"(?:(?!(?:of|from)\b)[a-z][\w-]*\s+)?(?P<cue>" + _VERDICT_NOUNS + r")\b(?!\s+(?:of|from)\b)")
# The same holder named in the quote's own sentence: '"...," was how X put it', '"...," came the reply from X'.
VERDICT_RIGHT_AFTER = re.compile(
    r"[,\s]*(?:(?:was|is|were|came)\s+(?:how|the\s+(?:[\w-]+\s+)?(?:verdict|view|reaction|response|reply|answer|"
    r"message|assessment|warning|advice|opinion|comment|retort|account|description|explanation)\s+(?:of|from))|"
    r"came\s+the\s+(?:[\w-]+\s+)?"
    r"(?:reply|response|answer|retort|call|cry|shout|order|instruction|word)\s+from)\s+")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’»)']*\s+")
_QUOTE_OPENS = re.compile(r"(?:``|''|[\"“«„])[A-Z]")
_OPENERS = frozenset("\"“«„`")  # where the text after a quote stops at another quote (_TAIL_STOP)
_END = re.compile(r"[.!?][\"”’»)']*(?=\s|$)")
_TAIL_STOP = re.compile(r"[.!?;][\"”’»)']*(?=\s|$)|[\"“«„`]")
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_LOOK_BACK = 800  # characters searched back for the start of a sentence
_CLIMB_STEPS = 6
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})
# A noun whose participle climbs on to the verb: "sent an email saying ...".
_NOUN_CLIMB_DEPS = frozenset({"dobj", "pobj", "dative"})
_MAX_DEPTH = 12  # head links from a quote's first word up to its cue
_DASH_LINE = re.compile(r"\s*[-—–―]+\s*(?=\w)")
_MAX_SIGNATURE = 80  # characters of a signature line ("- Jane Doe, Springfield.")
# '"..." (Ana Varga, coach)': up to four capitalised words, then a comma or the bracket
_BRACKET_SIGNATURE = re.compile(r"[ \t]*\((\w[\w.'’-]*(?: \w[\w.'’-]*){0,3})(?:,[^()\n]{0,60})?\)")
_MAX_VERB_AFTER = 6  # words after a quote within which its cue verb stands
_RELATIVES = frozenset({"which", "that", "who", "where", "when"})
_HERE_IS = re.compile(r"\s*Here(?:'s|’s| is| was)\s+")
# cue verbs the tagger reads as nouns after a quote, in present tense or "read": '"...," the ad states.',
# '"...," the editorial read.', '"...," one sign reads.'
_CUES_TAGGED_AS_NOUNS = frozenset({"states", "reads", "read", "notes", "says", "writes", "adds", "warns", "argues"})
# How a cue governs the words before a quote: "said [the plan] 'will fail'", "called it 'a disaster'".
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "prep", "advcl", "conj"})
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "conj", "dobj"})  # the cue's clause after the quote
_SET_OFF = ("-", "—", "―", "–", "(", "[")
_MAX_TITLE_WORDS = 10
# Nouns for someone's words: their owner is the speaker ("Varga's verdict: ..."); a document
# ("the mayor's statement:", "her post:") is quoted as the source it is.
_WORDS_NOUNS = frozenset("""verdict reply response answer message word view advice warning comment reaction take
plea explanation conclusion promise assessment retort remark""".split())
_POSSESSIVE_PRONOUNS = frozenset({"my", "our", "his", "her", "their"})
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})  # "that" or "it" says nothing
_TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "with", "by", "or"})
# Verbs that give a name, not words: 'what he called "real solutions"' is a label.
_NAMING_VERBS = frozenset({"call", "dub", "label", "name", "term", "title", "brand", "nickname"})
_UTTERED_DEPS = frozenset({"ccomp", "dobj", "xcomp", "parataxis"})  # how a cue governs the words it utters
_MAX_NAME_TOKENS = 7  # a name (with a colon) set off by a dash: "- More from Jane Doe:"
_BY_AUTHOR = re.compile(r",?\s{0,2}by\s+[A-Z]")  # after a quoted title: its author
# before a quoted title, whatever its case: 'a motion titled "Une rue Principale pour tous"'
_TITLED = re.compile(r"\b(?:titled|entitled|headlined|subtitled|captioned)\s*,?\s*$", re.I)
# what labels a thing, whose words in marks are its label ('a folder marked "..."', 'a banner emblazoned with "..."')
_LABELLED = re.compile(r"\b(?:marked|labelled|labeled|stamped|inscribed|emblazoned with)\s*$", re.I)
_MARK_CHARS = frozenset("\"“”„‟«»‹›‘’‚‛`")
_QUOTE_CLOSERS = "\"”'’»"
# A cue clause that a second quotation follows: '"A," he told the paper, and "B"'.
_AND_AFTER_CUE = re.compile(r",\s*(?:and|but)$")
# A cue's "that" and a fronted phrase before a capitalised quote: 'said that after the vote, "We ..."'.
_THAT_FRONTED = re.compile(r"\s+that\s+[^,\"“”«»„]{2,120},\s*")
_COORDINATION = re.compile(r"[\s,]*(?:and|but|yet|while|whereas)\b", re.I)
_SUBORDINATION = re.compile(r"[\s,]*(?:as|when|before|after|until|once)\b", re.I)
_MAX_ASIDE_WORDS = 4  # "she paused", "Lind said quietly": an aside between two parts of a quote
_MAX_CUE_SENTENCE = 8  # tokens of a sentence that only attributes the quote before it ("Mr. Lind said.")
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
    lead_start: int = 0  # where the quote's sentence starts


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


def _time_phrase(tokens) -> bool:
    """True for words before a cue that only say when ("After the vote,", "Last year,", "Yesterday,")."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    return bool(words) and (words[0].lower_ in _TIME_OPENERS or all(t.ent_type_ in ("DATE", "TIME") for t in words))


_TIME_OPENERS = frozenset({"after", "during", "following", "earlier", "later", "since", "last", "yesterday",
                           "tonight", "overnight"})


def _name_of_aside(subject, lo: int):
    """The name an aside describes, when the aside is what lies nearest a subjectless cue: '"...," Kessling, [a
    Democrat], said' (the parse hung the name on the quote's last words and the aside on the name)."""
    if subject is None or subject.dep_ != "appos" or subject.ent_type_ == "PERSON" or \
            not any(c.dep_ == "det" for c in subject.children):
        return subject  # not '..., his wife Hillary Clinton, former president Bill Clinton said': a name speaks
    name = subject.head
    if name.i < subject.i and name.ent_type_ == "PERSON" and name.idx >= lo and \
            subject.doc[subject.left_edge.i - 1].text == ",":
        return name
    return subject


class QuoteAttributor:
    """Finds the cue and the source of the direct quotes of one parsed article.

    doc (spacy.tokens.Doc): the parse of the article text.
    paragraphs (list[Span]): the paragraphs of the text.
    """

    def __init__(self, doc, paragraphs: list[Span]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.paragraphs = paragraphs
        self._para_starts = [p[0] for p in paragraphs]
        self._starts = doc.to_array("IDX").tolist() if len(doc) else []
        self._quoted: list[Span] = []  # the quotes being attributed: no cue of another quote lies inside one

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
            if not is_abbreviation(self.text, m.start()) or _QUOTE_OPENS.match(self.text, m.end()):
                start = m.end()  # 'said Lind of Salem, Ore. "We won."': a quotation opens a new sentence
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
        self._quoted = [(quote.start, quote.end) for quote in quotes]
        for cand in [part for quote in quotes for part in self._split_at_second_cue(quote)]:
            if kept and kept[-1].extra.get("widened") and cand.end <= kept[-1].end:
                continue  # a quote inside a mixed statement is part of it
            found = self._find(cand, previous)
            if found.method in ("attribute:none", "attribute:previous", "attribute:run") and kept and \
                    kept[-1] is previous and self._continues(previous, cand):
                _join(previous, cand)  # one speaker's run of quotes is one statement
                continue
            if self._shares_cue(previous, cand, found) and kept and kept[-1] is previous:
                _join(previous, cand)  # '"A," Lind said "B."': one cue, one statement
                continue
            if not self._is_statement(cand, found):
                continue
            if found.method == "attribute:none":
                found = self._nearby_source(cand, found) or found
            found = self._as_evidence(found)
            _apply(cand, found, self.text)
            cand.extra["leads_run"] = found.opens_sentence or found.adjacent
            cand.extra["adjacent"] = found.adjacent
            cand.extra["opens_sentence"] = found.opens_sentence
            spans = self._mixed_spans(cand, found)
            if spans is not None:
                _widen(cand, spans, kept)
            kept.append(cand)
            if cand.source is not None:
                previous = cand
        return kept

    def _as_evidence(self, found: Attribution) -> Attribution:
        """'"...," the jury heard': evidence given to the jury by someone the sentence does not
        name; the body that heard it is the addressee, not the source."""
        if found.cue is None or found.source is None:
            return found
        cue = self.doc.char_span(*found.cue, alignment_mode="expand")
        source = self.doc.char_span(*found.source, alignment_mode="expand")
        if cue is None or source is None or cue.root.lemma_.lower() != "hear" or \
                not {source.root.lemma_.lower(), source.root.lower_} & HEARING_BODIES:
            return found
        return replace(found, source=None, addressee=found.source, act="speech")

    def _split_at_second_cue(self, cand: Candidate) -> list[Candidate]:
        """An interrupted quote whose gap holds two verbs, as two quotes.

        '"A," she said, adding, "B."' and '"A," he said, and then predicted: "B."' are two
        statements, each with its own cue; '"A," she said on Monday, "B."' is one, and so is
        '"A," she said as they cheered, "and b."', whose second part goes on with the first.
        """
        gap = cand.extra.get("gap")
        if not gap or len(cand.spans) != 2 or not self.text[cand.spans[1][0]:cand.spans[1][0] + 1].isupper():
            return [cand]  # a second part in lower case goes on with the first part's sentence
        verbs = [t for t in self.tokens(gap[0], gap[1]) if t.pos_ == "VERB" and t.dep_ not in ("acl", "amod")
                 and not _in_relative_clause(t) and not _opened_by_relative(t)]  # 'said X, who runs Y,' is one cue
        if len(verbs) < 2 and not self._second_cue_after_own(cand, gap) and not self._own_cue_after(cand):
            return [cand]
        parts = []
        for span, marks in zip(cand.spans, cand.extra["marks"]):
            scare = is_scare_quote(self.text, [span])
            extra = {"marks": [marks], "scare": scare, "title": scare and is_title(self.text, [span]), "split": True}
            parts.append(Candidate(spans=[span], kind=cand.kind, confidence=cand.confidence,
                                   method=cand.method, extra=extra))
        return parts

    def _own_cue_after(self, cand: Candidate) -> bool:
        """True for '"A," she said, "B," said Lind.': a cue right after the second part attributes it
        on its own."""
        close = cand.extra["marks"][-1][1]
        return close is not None and self.text[cand.end:close + 1].rstrip(_QUOTE_CLOSERS).endswith(",") and \
            CUE_RIGHT_AFTER.match(self.text, close + 1, min(len(self.text), close + 80)) is not None

    def _second_cue_after_own(self, cand: Candidate, gap: Span) -> bool:
        """True for 'Lind said, "A," adding, "B."': a cue before A introduces it, so the
        participle cue of the gap introduces B, a statement of its own."""
        if not any(t.tag_ == "VBG" and is_speech_cue(t) for t in self.tokens(gap[0], gap[1])):
            return False
        open_at = _open_mark(cand)
        para = self.paragraphs[self.paragraph_of(open_at)] if self.paragraphs else (0, len(self.text))
        lead_start = self.sentence_start(open_at, para[0])
        lead = self.text[lead_start:open_at].rstrip()
        return lead.endswith((",", ":")) and not _MARK_CHARS.intersection(lead) and \
            any(is_speech_cue(t) for t in self.tokens(lead_start, open_at))

    def _mixed_spans(self, cand: Candidate, found: Attribution) -> list[Span] | None:
        """The content of a mixed statement when the quote is only part of it, else None.

        'X said the plan "will fail" this year.': the cue's complement holding the quote
        ("the plan ... this year"); '... and the plan "will fail," X said': the sentence up
        to the quote; '"It will fail" unless it is funded, X said': the quote and the words
        after it, up to the comma before the cue.
        """
        open_at = _open_mark(cand)
        if found.cue is None or len(cand.spans) > 1 or _title_case(self.text[cand.start:cand.end]):
            return None  # a quoted title or name ("The Road Ahead") is quoted on its own
        verb = self.tokens(found.cue[0], found.cue[1])
        first = self.tokens(cand.start, cand.end)
        if not len(verb) or not len(first):
            return None
        start, end = cand.start, cand.end
        if found.method == "attribute:after":
            end = self._trailing_end(cand, found)
            lead = self.tokens(found.lead_start, open_at)
            fronted = self._opens_quoted_clause(lead, cand)  # 'If it rains, "We stay," X said'
            if not found.opens_sentence and len(lead) and \
                    self._may_lead(cand, found.lead_start, open_at, capital_after_comma=fronted) and \
                    not _MARK_CHARS.intersection(self.text[found.lead_start:open_at]) and \
                    self._ends_with_comma(cand) and not any(is_speech_cue(t) for t in lead) and \
                    complement_of(verb[0], lead[0], _CLAUSE_DEPS) is not None:
                start = found.lead_start  # no other quote or cue before it, and the cue governs it
        elif found.method in ("attribute:before", "attribute:verb-before") and found.opens_sentence and \
                not self._ends_with_comma(cand) and self._clause_before_colon(verb[0], open_at) is not None:
            start = self._clause_before_colon(verb[0], open_at)  # 'X said the deal was dead: "We lost."'
        elif self._fronted_end(found, open_at) is not None:
            # 'If it rains, she said, "we will stay home."': the words before the cue are hers too
            end = self._sentence_goes_on(cand)  # '..., she said, "we stay" until it stops.'
            second = (cand.start, end) if end == cand.end else (open_at, end)
            return [(found.lead_start, self._fronted_end(found, open_at)), second]
        elif found.method in ("attribute:sentence", "attribute:before", "attribute:verb-governs") and \
                not found.opens_sentence and self._may_lead(cand, found.lead_start, open_at,
                                                            capital_after_comma=self._after_that(verb[0], open_at)):
            comp = complement_of(verb[0], first[0], _COMPLEMENT_DEPS)
            if comp is not None and comp.i > verb[0].i:
                start = _that_clause_start(comp, first[0]) or _complement_start(verb[0], comp)
                end = max(end, self._complement_end(comp, cand))
            elif comp is None:
                start = self._clause_up_to(verb[0], open_at, start)
        if start < found.lead_start or start > open_at:
            start = cand.start
        if end == cand.end and found.cue[1] <= open_at:
            end = self._sentence_goes_on(cand)
        if (start, end) == (cand.start, cand.end):
            return None
        if start == cand.start:
            start = open_at  # the words after the quote join it: its opening mark opens the content
        return [(start, self._through_close(cand, end))]

    def _sentence_goes_on(self, cand: Candidate) -> int:
        """Where the content ends when the sentence goes on after a quote that does not end it.

        'Lind said, "I am tired of the council stalling" on the bridge.': the words after the
        closing mark, up to the end of the sentence, finish what Lind is reported to say.
        """
        close = (cand.extra.get("marks") or [(None, None)])[-1][1]
        if close is None or not self.text[cand.end - 1:cand.end].isalnum() or self.text[cand.end:close].strip():
            return cand.end  # the quote closes its own sentence or clause ('..." she said.', '...," and')
        para = self.paragraphs[self.paragraph_of(close)] if self.paragraphs else (0, len(self.text))
        after = close + (2 if self.text.startswith("''", close) else 1)
        stop = self._tail_end(after, para[1])
        words = self.text[after:stop]
        trailing = [t for t in self.tokens(after, stop) if not (t.is_punct or t.is_space)]
        if not words.strip()[:1].islower() or stop >= para[1] or self.text[stop] not in ".!?" or \
                any(is_speech_cue(t) for t in trailing) or any(t.ent_type_ in ("DATE", "TIME") for t in trailing[:3]) \
                or trailing and trailing[0].dep_ == "mark" and _time_clause(trailing[0].head):
            return cand.end  # another quote, a cue, the paragraph's end or only when it was said ('... on Friday',
            # '... as police moved in')
        return stop

    def _clause_before_colon(self, verb, open_at: int) -> int | None:
        """Where the cue's clause starts when it runs up to the colon that opens the quote, else None.

        'Lind said the deal was dead: "We have no votes."': the clause and the quote that
        bears it out are one statement (the parse may hang the quote on the clause); a cue
        with no clause of its own ('Lind said on Monday: "..."', 'Lind delivered a warning:
        "..."') only introduces the quote.
        """
        colon_at = len(self.text[:open_at].rstrip()) - 1
        if colon_at < 0 or self.text[colon_at] != ":" or verb.tag_ in ("VBG", "VBN"):
            return None  # 'Asked about it, he ...:', '..., explaining he ...:': the cue only frames it
        for clause in verb.rights:
            subjects = [c for c in clause.children if c.dep_ in _CLAUSE_SUBJECT_DEPS]
            if clause.dep_ == "ccomp" and clause.idx < colon_at and subjects and subjects[0].idx < colon_at and \
                    clause.left_edge.i > verb.i and \
                    not _MARK_CHARS.intersection(self.text[clause.left_edge.idx:open_at]):
                return clause.left_edge.idx
        return None

    def _clause_up_to(self, verb, open_at: int, start: int) -> int:
        """Where the cue's clause starts when the parse ends it before the quote that goes on with it.

        'He said he intends to win, so he will have the votes to pass "the boldest plan ever."':
        the clause after the cue runs on to the quote, whatever the parse hung the quote on;
        nothing but words without marks or another cue lie between.
        """
        clauses = [c for c in verb.rights if c.dep_ == "ccomp" and c.right_edge.idx < open_at]
        if not clauses:
            return start
        between = self.tokens(clauses[0].right_edge.idx + 1, open_at)
        if _MARK_CHARS.intersection(self.text[clauses[0].left_edge.idx:open_at]) or \
                any(is_speech_cue(t) for t in between):
            return start
        return clauses[0].left_edge.idx

    def _through_close(self, cand: Candidate, end: int) -> int:
        """A mixed content that ends with its quote ends after the closing mark, as the reported finder's do."""
        close = (cand.extra.get("marks") or [(None, None)])[-1][1]
        if close is None or end != cand.end:
            return end
        return close + (2 if self.text.startswith("''", close) else 1)

    def _fronted_end(self, found: Attribution, open_at: int) -> int | None:
        """The end of the words before a parenthetical cue ('In other words, he said, "..."'), if any.

        The quote may also follow the cue clause after "and": 'The rise was "absurd", he told
        the paper, and "a blow to families"' is one statement in two parts (quoted words may
        then stand in the first part, which may be a quote of its own: '"A," he said, and "b"').
        """
        if found.method not in ("attribute:before", "attribute:sentence") or found.source is None:
            return None
        lead = self.text[found.lead_start:open_at].rstrip()
        joined = _AND_AFTER_CUE.search(lead)
        if joined is not None:
            lead = lead[:joined.start() + 1]
        elif found.method != "attribute:before":
            return None
        quoted = self.text[open_at:open_at + 4].lstrip("\"“”„‟«»‹›'‘’‚‛` ")
        if not lead.endswith(",") or found.source[0] > found.cue[0] or not quoted[:1].islower():
            return None  # a capital opens a sentence of its own: the words before it only frame it
        if "that" in self.text[found.cue[1]:found.lead_start + len(lead)].split():
            return None  # 'Opening the debate, X told MPs that [the law ...], "more than ..."': the cue's own clause
        comma = self.text.rfind(",", found.lead_start, found.source[0])
        between = self.text[comma + 1:found.source[0]]
        opening = [t for t in self.tokens(open_at, min(len(self.text), open_at + 40)) if t.is_alpha][:1]
        if _time_phrase(self.tokens(found.lead_start, comma)) and not (opening and opening[0].tag_ in _FINITE_TAGS):
            return None  # 'After the vote, he said as ..., "and we will not be moved"': when, not what was said
            # (but 'Today, he said, "is the proudest day"': the subject of the quoted words)
        if comma <= found.lead_start or between.strip(" " + (_QUOTE_CLOSERS if joined else "")) or \
                (not joined and _MARK_CHARS.intersection(self.text[found.lead_start:comma])) or \
                any(is_speech_cue(t) for t in self.tokens(found.lead_start, comma)):
            return None
        return comma + len(between.rstrip()) + 1 if between.strip() else comma

    def _complement_end(self, comp, cand: Candidate) -> int:
        """Where the complement holding the quote ends, in its sentence: '"a disaster" for the city'."""
        last = comp.right_edge
        close = (cand.extra.get("marks") or [(None, None)])[-1][1]
        others = [c for c in comp.children if close is not None and c.idx > close and
                  (another_report(c) or _closing_attribution(c))]
        if others:  # '... had "shut the door," and Valeska argued that ...': a second speaker's statement; '... has
            # "multiple paths" to 270 votes, campaign manager X wrote in a memo': the cue of the words before it
            last = last.doc[others[0].left_edge.i - 2]
        while last.i > comp.i and (last.is_punct or last.is_space):
            last = last.doc[last.i - 1]
        if close is None or last.idx <= close:
            return cand.end
        after = [c for c in comp.children if c.idx > close and not (c.is_punct or c.is_space)]
        if after and all(_time_clause(c) for c in after):
            return cand.end  # 'chanted "Keep it in the ground" as police moved in': when, not what
        para = self.paragraphs[self.paragraph_of(cand.start)] if self.paragraphs else (0, len(self.text))
        return min(last.idx + len(last), self.sentence_end(close + 1, para[1]))

    def _trailing_end(self, cand: Candidate, found: Attribution) -> int:
        """The end of the content when words follow the quote before its cue: '"Q" unless ..., X said'."""
        close = (cand.extra.get("marks") or [(None, None)])[-1][1]
        after = self.text[close + 1:close + 3].strip()[:1] if close is not None else ""
        if not after.islower() or self.text[cand.end - 1:cand.end] in ".!?…,":
            return cand.end  # a name or a new sentence follows, or the quote ended its own
        # the cue clause starts at its speech verb or at the source (not at an outer "according to")
        verbs = [t.idx for t in self.tokens(close + 1, found.cue[1]) if is_speech_cue(t)]
        cue_at = min(verbs + [found.cue[0]] + ([found.source[0]] if found.source else []))
        comma = self.text.rfind(",", close + 1, cue_at)
        return comma if comma > close else cand.end

    def _may_lead(self, cand: Candidate, lead_start: int, open_at: int, capital_after_comma: bool = False) -> bool:
        """False when the words before the quote are set off from it, so it starts the statement.

        A dash or a bracket ("... - 'Born rich,'"), or a comma before a capital ('X, "We
        will win"'), opens a quotation of its own; with ``capital_after_comma`` (the cue
        follows the quote), a clause set off by a comma may open the speaker's sentence:
        'If the bill passes, "I think we win," Lind said'.
        """
        lead = self.text[lead_start:open_at].rstrip()
        if not lead or lead.endswith(_SET_OFF):
            return False
        return capital_after_comma or not (lead.endswith(",") and self.text[cand.start:cand.start + 1].isupper())

    def _after_that(self, verb, open_at: int) -> bool:
        """True for 'Lind said that after the vote, "We will rebuild."': the complementizer after
        the cue opens the reported clause, which the fronted words and the quote finish."""
        between = self.text[verb.idx + len(verb):open_at]
        return _THAT_FRONTED.fullmatch(between) is not None

    def _opens_quoted_clause(self, lead, cand: Candidate) -> bool:
        """True when the words before a quote are an adverbial of the quoted clause itself.

        'If the bill passes, "I think we win," Lind said': the parse hangs the fronted
        clause on a word inside the quote. A prepositional frame ('At the meeting,', 'As
        for the plan,') sets the scene or the topic instead.
        """
        words = [t for t in lead if not (t.is_punct or t.is_space)]
        if not words or words[0].pos_ == "ADP":
            return False
        heads = [t.head for t in words if not lead[0].i <= t.head.i <= lead[-1].i]
        return len(heads) == 1 and cand.start <= heads[0].idx < cand.end

    def _ends_with_comma(self, cand: Candidate) -> bool:
        """True when a comma closes the quote, inside or outside its marks ('... fail," X said')."""
        close = (cand.extra.get("marks") or [(None, None)])[-1][1]
        if close is None:
            return False
        inside = self.text[cand.end:close + 1]
        return "," in inside or self.text[close + 1:close + 2] == ","

    def _is_statement(self, cand: Candidate, found: Attribution) -> bool:
        """False for quoted words that are no one's statement: scare quotes, titles, stray marks."""
        if cand.extra.get("scare") and not (found.adjacent and found.opens_sentence) and \
                found.method != "attribute:signature" and \
                not self._uttered(cand, found) and self._fronted_end(found, _open_mark(cand)) is None:
            return False  # the "pivot" to Asia, Carter said: a scare quote (not '"He lies." ― Ana Ruiz', signed)
        if cand.extra.get("title") and found.method not in ("attribute:before", "attribute:gap"):
            return False  # "Harbour Hour Tonight," Lind said: a title, not his words
        if found.method == "attribute:after" and self._after_preposition(cand) and \
                _title_case(self.text[cand.start:cand.end]):
            return False  # 'On an episode of "The Harbour Hour," the mayor said she ...': a name in her sentence (not
            # 'described it as "horrendous," he said', 'is about "people telling leaders ...," Wilcox said')
        if found.method in ("attribute:none", "attribute:sentence") and _title_case(self.text[cand.start:cand.end]):
            return False  # "Secret Lives of the Very Rich", quoted with no cue next to it: a title
        if _subtitled_title(self.text[cand.start:cand.end]):
            return False  # '"Harbour Lights: A History of Northvale," the book ...': a work's title
        if found.method == "attribute:none" and self._cited_title(cand):
            return False  # '"Museum to close in December," by Jane Doe': the title of an article
        if found.source is None and _TITLED.search(self.text, max(0, _open_mark(cand) - 30), _open_mark(cand)):
            return False  # 'The motion, titled "Une rue Principale pour tous,"': a title in sentence case
        if _LABELLED.search(self.text, max(0, _open_mark(cand) - 30), _open_mark(cand)):
            return False  # 'she says, lifting out a folder marked "Election night - if we lose"': a thing's label
        if cand.method == "quotes:unopened" and found.source is None:
            return len(self.text[cand.start:cand.end].split()) > 10  # a stray closing mark
        cue = self.doc.char_span(*found.cue, alignment_mode="expand") if found.cue else None
        if cue is not None and any(sign_reads(t) for t in cue):
            return False  # 'A sign taped to his till reads: "Card only."': printed there, no one's statement
        return True

    def _after_preposition(self, cand: Candidate) -> bool:
        """True for a quote opened right after a preposition on its line ("an episode of "...",")."""
        mark = _open_mark(cand)
        before = self.tokens(max(0, mark - 20), mark)
        return len(before) > 0 and before[-1].pos_ == "ADP" and before[-1].idx + len(before[-1]) <= mark and \
            "\n" not in self.text[before[-1].idx:mark]

    def _cited_title(self, cand: Candidate) -> bool:
        """True for a quoted title followed by its author: '"Museum to close," by Jane Doe'."""
        close = (cand.extra.get("marks") or [(None, None)])[-1][1]
        return close is not None and _BY_AUTHOR.match(self.text, close + 1) is not None

    def _uttered(self, cand: Candidate, found: Attribution) -> bool:
        """True for a short quote that its cue verb, right before the opening mark, utters.

        'He yelled "You lie!"', 'She declared, "What a night!"': nothing but a comma or a
        colon between the verb and the mark, and the verb governs the quote; a noun between
        them ('called it "a mess"') or a naming verb ('what she calls "real change"') makes it a
        label, not an utterance. A cue that introduces it after a comma ('X said of the
        episode, "I hate it."') utters it whatever lies between.
        """
        if found.cue is None or found.source is None or found.cue[1] > _open_mark(cand):
            return False
        verb = self.tokens(found.cue[0], found.cue[1])
        first = self._first_token(cand)
        if not len(verb) or first is None or verb[0].pos_ != "VERB":
            return False
        if found.method == "attribute:before" and not cand.extra.get("title") and \
                complement_of(verb[0], first, _UTTERED_DEPS) is not None:
            return True  # the quote is what the cue says, not a name in its object
        between = self.text[found.cue[1]:_open_mark(cand)]
        for said_to in (found.addressee, found.occasion) if self._a_clause(cand) else ():
            if said_to is not None and found.cue[1] <= said_to[0] and said_to[1] <= _open_mark(cand):
                # 'Trump saying [during the debate last week], "That makes me smart,"', 'telling [the crowd], "..."':
                # to whom and when it was said, then the quote
                between = between.replace(self.text[said_to[0]:said_to[1]], "", 1)
        if between.strip(" ,:") or "\n" in between:
            return False
        # a clause of its own ('Trump boasted, "That makes me smart."') is uttered even where the parse, thrown by an
        # aside before the cue, hangs it elsewhere
        return verb[0].lemma_.lower() not in _NAMING_VERBS and (_governs(verb[0], first) or self._a_clause(cand))

    def _a_clause(self, cand: Candidate) -> bool:
        """True when the quoted words hold a verb with its own subject among them."""
        words = self.tokens(cand.start, cand.end)
        return any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "parataxis") and
                   any(c.dep_ in ("nsubj", "nsubjpass") and cand.start <= c.idx < cand.end for c in t.children)
                   for t in words)

    def _find(self, cand: Candidate, previous: Candidate | None) -> Attribution:
        """The attribution of one quote: the first rule that finds one (see the module doc)."""
        marks = cand.extra.get("marks") or [(None, None)]
        open_at = marks[0][0] if marks[0][0] is not None else cand.start
        para = self.paragraphs[self.paragraph_of(cand.start)] if self.paragraphs else (0, len(self.text))
        lead_start = self.sentence_start(open_at, para[0])
        lead = self.text[lead_start:open_at].strip()
        found = self._first_rule(cand, previous, para, lead_start, lead)
        if found.method in ("attribute:before", "attribute:sentence") and found.cue is not None:
            outer = self._according_to(lead_start, found.cue[0], outer=True)
            if outer is not None:  # 'According to the report, X said "..."': the report is the source
                found.source = outer.source
        found.opens_sentence = not lead or lead.endswith(":")
        found.lead_start = lead_start
        return found

    def _first_rule(self, cand: Candidate, previous: Candidate | None, para: Span,
                    lead_start: int, lead: str) -> Attribution:
        marks = cand.extra.get("marks") or [(None, None)]
        open_at = marks[0][0] if marks[0][0] is not None else cand.start
        close_at = marks[-1][1] if marks[-1][1] is not None else cand.end
        gap = cand.extra.get("gap")
        if gap:
            found = self._cue_in(gap[0], gap[1], first=True, method="attribute:gap", lead=(lead_start, open_at)) \
                or self._aside_subject(gap)
            if found:
                found.adjacent = True
                return found
        if lead.endswith((":", ",")):
            found = self._dash_name_colon(lead_start, open_at, lead) or \
                self._cue_in(lead_start, open_at, first=False, method="attribute:before",
                             quote=self._first_token(cand), introduces=True)
            if found and self._framing_cue(found, cand):
                # 'When X criticized him, Y shot back, "..."': Y's verb introduces the quote
                found = self._any_verb_before(lead_start, open_at, lead) or found
            found = found or self._here_is_colon(lead_start, open_at, lead) or \
                self._any_verb_before(lead_start, open_at, lead) or self._name_colon(lead_start, open_at, lead) or \
                self._owned_words_colon(lead_start, open_at, lead) or \
                self._for_frame_colon(lead_start, open_at, lead)
            after = self._cue_right_after(cand, close_at, para) if found else None
            if after is not None:
                # 'X looked irritated: "Send it," she wrote.': the cue after the quote attributes it
                found = after
            if found:
                found.adjacent = True
                return found
        # a quote spanning paragraphs ends in a later paragraph than it starts: look after it there
        last = self.paragraphs[self.paragraph_of(close_at)] if self.paragraphs else para
        tail_end = self._tail_end(close_at + 1, last[1])
        found = self._cue_in(close_at + 1, tail_end, first=True, method="attribute:after", lead=(lead_start, open_at))
        if found and self.text[cand.end - 1:cand.end] == "." and not self._goes_on_in_lower_case(close_at) and \
                (len(self.tokens(close_at + 1, tail_end)) > _MAX_CUE_SENTENCE or
                 self.text[close_at + 1:tail_end].rstrip().endswith((",", ":")) or
                 self.text[tail_end:tail_end + 1] in _OPENERS or
                 self._reports_more(found.cue, tail_end)):
            # '"... wheelhouse." He added that ...', '"... wheelhouse." He added, "..."' or
            # '"... wheelhouse." The toll, he said, is "...": a new sentence, whose cue is not this quote's
            found = None
        if found and self._coordinated_after(close_at, found):
            found = None  # '... said he was "ready," and he reiterated ...': a clause of its own
        if found and found.source is not None and self.text[found.source[0]:found.source[1]].lower() in _RELATIVES:
            found = None  # '"We could win the south," which votes in June': the writer's gloss on a word quoted
        if found and lead and self._reports_more(found.cue, tail_end):
            found = self._lead_cue_governing(cand, lead_start, open_at, found) or found
        if found and found.method == "attribute:after" and self._speech_verb_right_before(lead_start, open_at):
            # 'a crowd chanted "Vote no!" each time the congressman mentioned the plan': the verb the quote follows
            found = self._cue_in(lead_start, open_at, first=False, method="attribute:sentence",
                                 quote=self._first_token(cand)) or found
        found = found or self._verdict_right_after(close_at, tail_end) or \
            self._bracket_signature(close_at, last[1]) or self._line_signature(close_at, last[1]) or \
            self._verb_after(cand, close_at + 1, tail_end) or \
            (self._cue_tagged_as_noun(cand, close_at + 1, tail_end) if not lead.strip() else None)
        if found and found.cue is not None and found.method == "attribute:after":
            outer = self._according_to(found.cue[1], self.sentence_end(found.cue[1], last[1]), outer=True)
            if outer is not None:  # '"...," she said, according to the court papers': the outer source
                found.cue, found.source = outer.cue, outer.source
        if found:
            found.adjacent = True
            return found
        found = self._cue_in(lead_start, open_at, first=False, method="attribute:sentence",
                             quote=self._first_token(cand)) or self._governing_verb(cand, lead_start, open_at)
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
        reported = self._reported_before(lead_start, para) if not lead else None
        if reported is not None and (previous is None or reported.cue[0] > previous.end):
            return reported  # 'X said that A. "B."': B goes on with X's statement
        if previous is not None and lead_start == para[0] and not lead.strip() and \
                self.paragraph_of(cand.start) - self.paragraph_of(previous.end) <= 1:
            return Attribution(previous.cue, previous.source, None, None, "attribute:previous",
                               CONFIDENCE_PREVIOUS)
        return reported or Attribution(method="attribute:none", factor=0.5)

    def _inside_another_quote(self, token, lo: int, hi: int) -> bool:
        """True for a word inside the marks of a quote that text[lo:hi] is not inside: 'said the company "continues
        to negotiate" and would "not comment ..."' has no cue "continues" for its second quote (a quote nested in
        another is attributed by the words around it inside the outer marks)."""
        return any(s <= token.idx < e and not (s <= lo and hi <= e) for s, e in self._quoted)

    def _speech_verb_right_before(self, lead_start: int, open_at: int) -> bool:
        """True when the quote's opening mark follows a finite speech verb with a subject ('the crowd chanted "..."')."""
        words = [t for t in self.tokens(lead_start, open_at) if not t.is_space]
        return bool(words) and words[-1].tag_ in ("VBD", "VBZ", "VBP", "VBN") and is_speech_cue(words[-1]) and \
            subject_of(words[-1]) is not None

    def _lead_cue_governing(self, cand: Candidate, lead_start: int, open_at: int,
                            after: Attribution) -> Attribution | None:
        """The cue before the quote when it governs the quote but not the cue after it, else None.

        In 'As Lind claimed that "...," Varga said the cases differ' the cue after the quote has
        a complement of its own, so the quote is Lind's: it lies inside her that-clause.
        """
        first = self._first_token(cand)
        found = self._cue_in(lead_start, open_at, first=False, method="attribute:sentence", quote=first)
        if found is None or found.cue is None or first is None:
            return None
        verb, later = self.tokens(found.cue[0], found.cue[1]), self.tokens(after.cue[0], after.cue[1])
        if not len(verb) or not len(later) or _governs(verb[0], later[0]):
            return None  # 'Lind said he was "ready" and added that ...': her own second cue
        if not _governs(verb[0], first):
            return None
        if verb[0].head.i == later[0].i and not any(c.dep_ in SUBJECT_DEPS for c in verb[0].children):
            # 'Citing that "...," Varga said ...': a participle speaks with the subject of the cue it hangs on
            found.source = after.source
        return found

    def _goes_on_in_lower_case(self, close_at: int) -> bool:
        """True when a lower-case word follows a quote closed by a period: no new sentence starts there.

        '"We were poor." admitted coach Lena Brandt, whose side led at the break.': however
        long, the words after the mark finish the quote's sentence, so their cue is the quote's.
        """
        after = self.text[close_at + 1:close_at + 40].lstrip(_QUOTE_CLOSERS + " \u00a0")
        return after[:1].islower()

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
            if between_end - between_start >= 300 or len(breaks) > 3:
                return False
            # '"A," X said. The town has waited ten years. "B."': a sentence or two of narration
            # without a cue of their own between them leave B X's ('Y replied.' would not)
            return len(breaks) <= 1 or self._narration_only(breaks[0].end(), breaks[-1].end())
        if gap != 1:
            return False
        para = self.paragraphs[self.paragraph_of(second.start)]
        open_at = (second.extra.get("marks") or [(None, None)])[0][0]
        return open_at is not None and not self.text[para[0]:open_at].strip()

    def _shares_cue(self, previous: Candidate | None, cand: Candidate, found: Attribution) -> bool:
        """True when ``cand`` is attributed through the very cue of the direct quote before it.

        '"A," Lind said. "B."' and '"A," Lind said "B."' (the cue sentence found again,
        before B or as the sentence before it): B goes on with A, in the same paragraph or
        opening the next one.
        """
        if previous is None or found.cue is None or found.cue != previous.cue or \
                previous.kind != "direct" and not self._goes_on_after_cue(previous, cand, found) or \
                not previous.extra.get("adjacent") or \
                cand.extra.get("title") or cand.extra.get("split") or \
                (cand.extra.get("marks") or [(None, None)])[0][0] is None:
            return False  # a title, or the part after a second cue, is no more of A
        paragraphs = self.paragraph_of(cand.start) - self.paragraph_of(previous.end)
        if paragraphs > 1 or paragraphs == 1 and cand.extra.get("scare"):
            return False  # a few quoted words opening the next paragraph: a subheading
        # B stands after the cue clause, not inside it ('Lind said after a brief "Sorry" ...')
        between = self.text[max(found.cue[1], found.source[1] if found.source else 0):_open_mark(cand)]
        return "\n" in between or not between.strip(" ,") or _END.search(between.rstrip()) is not None or \
            self._goes_on_after_cue(previous, cand, found)

    def _goes_on_after_cue(self, previous: Candidate, cand: Candidate, found: Attribution) -> bool:
        """True for a quote in lower case right after the comma that ends its cue clause.

        '"If it had not rained" on the day, Lind said at the hearing, "we would have won."':
        the second part finishes the sentence that the first part opened (which may have
        become a mixed statement with the words after its closing mark).
        """
        if not previous.extra.get("opens_sentence"):
            return False  # 'saying X "A" and Y, she said, "b"': the cue sets off a clause of its own
        open_at = _open_mark(cand)
        between = self.text[max(found.cue[1], found.source[1] if found.source else 0):open_at]
        return self.text[cand.start:cand.start + 1].islower() and between.rstrip().endswith(",") and \
            "\n" not in between and not _MARK_CHARS.intersection(between) and _END.search(between) is None

    def _aside_subject(self, gap: Span) -> Attribution | None:
        """The speaker of an aside between two parts of a quote, whatever its verb.

        '"I was afraid" — she paused — "afraid that nobody would come."': the one who pauses,
        smiles or sighs in the middle of the words is the one saying them. Only a short aside
        (a subject, its verb, an adverb): a longer one is the writer's ('-- that the plan is dead --').
        """
        words = [t for t in self.tokens(gap[0], gap[1]) if not (t.is_punct or t.is_space)]
        if len(words) > _MAX_ASIDE_WORDS:
            return None
        for verb in words:
            subject = subject_of(verb) if verb.pos_ == "VERB" else None
            if subject is not None and gap[0] <= subject.idx < verb.idx and subject.dep_ == "nsubj" and \
                    _names_a_speaker(subject):
                return Attribution(cue=(verb.idx, verb.idx + len(verb)), source=noun_phrase(subject),
                                   method="attribute:gap-aside", factor=CONFIDENCE_NAMED_AFTER)
        return None

    def _cue_right_after(self, cand: Candidate, close_at: int, para: Span) -> Attribution | None:
        """The cue and source right after a quote closed by a comma ('"...," he said'), else None."""
        if not self._ends_with_comma(cand):
            return None
        last = self.paragraphs[self.paragraph_of(close_at)] if self.paragraphs else para
        tail_end = self._tail_end(close_at + 1, last[1])
        after = self._cue_in(close_at + 1, tail_end, first=True, method="attribute:after")
        if after is None or self._coordinated_after(close_at, after) or \
                self._coordinated_after(close_at, after, _SUBORDINATION):
            return None
        verb = self.tokens(after.cue[0], after.cue[1])
        subject = subject_of(verb[0]) if len(verb) and verb[0].tag_ not in ("VBG", "VBN") else None
        if subject is None or subject.idx <= close_at:
            return None  # '"...," referring to X': a participle only comments on the quote
        return after

    def _coordinated_after(self, close_at: int, found: Attribution, opener: re.Pattern = _COORDINATION) -> bool:
        """True when a conjunction and the cue's subject open the words after the quote: '"...," but
        he added ...' starts a clause of its own, whose cue is not the quote's; with ``opener`` _SUBORDINATION, when
        "as", "when" or the like opens them ('X is seen saying, "...," [as the crowd laughs]': when it was said)."""
        if found.source is None or found.source[0] > found.cue[0]:
            return False
        word = opener.match(self.text, close_at + 1, found.source[0])
        return word is not None and not self.text[word.end():found.source[0]].strip()

    def _narration_only(self, lo: int, hi: int) -> bool:
        """True when text[lo:hi], the sentences between two quotes, hold no speech cue."""
        words = self.tokens(lo, hi)
        return not any(is_speech_cue(t) for t in words)

    def _framing_cue(self, found: Attribution, cand: Candidate) -> bool:
        """True when the cue before a quote sits in an adverbial clause that does not govern it.

        In 'After X criticized him, Y shot back, "..."' the clause only frames the quote.
        """
        verb = self.tokens(found.cue[0], found.cue[1])
        first = self._first_token(cand)
        if not len(verb) or first is None or _governs(verb[0], first):
            return False
        return any(t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children)
                   for t in [verb[0], *verb[0].ancestors][:_CLIMB_STEPS])

    def _reports_more(self, cue: Span, hi: int) -> bool:
        """True when the cue verb before ``hi`` has a complement of its own: 'He added that ...'."""
        verb = self.tokens(cue[0], cue[1])
        return bool(len(verb)) and any(
            c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb[0].i and c.idx < hi and
            c.lower_ not in ("this", "so", "that", "it") for c in verb[0].children)

    def _first_token(self, cand: Candidate):
        """The first token of the quote's content, or None."""
        toks = self.tokens(cand.start, cand.end)
        return toks[0] if len(toks) else None

    def _tail_end(self, start: int, ceiling: int) -> int:
        """Where the text after a quote stops being about that quote."""
        nicknames = None
        for m in _TAIL_STOP.finditer(self.text, start, ceiling):
            if m.group()[0] in ".!?" and is_abbreviation(self.text, m.start()):
                continue
            if m.group()[0] in _MARK_CHARS:
                nicknames = nickname_marks(self.text, start, ceiling) if nicknames is None else nicknames
                if m.start() in nicknames:
                    continue
            return min(m.start(), start + 160)
        return min(ceiling, start + 160)

    def _relative_cue_up_to(self, cues: list, lo: int, hi: int):
        """The cue of a relative clause that runs up to ``hi`` (the colon or comma before a quote), or None."""
        words = [t for t in self.tokens(lo, hi) if not (t.is_punct or t.is_space)]
        for verb in reversed(cues):
            if verb.dep_ == "relcl" and words and verb.i <= words[-1].i <= verb.right_edge.i:
                return verb
        return None

    def _cue_in(self, lo: int, hi: int, *, first: bool, method: str, quote=None,
                lead: Span | None = None, introduces: bool = False) -> Attribution | None:
        """The speech cue inside text[lo:hi] with its source (the first or the last cue).

        A cue in a relative clause ("X, who has not endorsed anyone, told ...") is not the
        quote's; before the quote, the cue that governs its first word (``quote``) wins, a
        relative clause's too ('praised X, who vowed to "..."': X vowed it).
        lead: the words of the quote's sentence before it, where the subject of a cue after
        the quote may stand ('X celebrated, calling it "a great night," and said ...').
        introduces: the words run up to the comma or colon that opens the quote, so a relative
        clause's cue that reaches them introduces it ('X, who declared on Monday, "..."').
        """
        # not "a man called Tom Reyes" (but "a site called '...'" may name the quote itself)
        cues = [t for t in self.tokens(lo, hi) if is_speech_cue(t) and not (naming_clause(t) and t.i < t.right_edge.i
                                                                             and t.right_edge.idx < hi)
                and not self._inside_another_quote(t, lo, hi)]
        toks = [t for t in cues if not _in_relative_clause(t)]
        if quote is not None:  # 'praised Lind, who vowed "...": the relative clause's cue utters the quote
            toks = sorted(toks + [t for t in cues if _in_relative_clause(t) and _governs(t, quote)], key=lambda t: t.i)
        if introduces and quote is not None and not any(_governs(t, quote) for t in toks):
            relative = self._relative_cue_up_to(cues, lo, hi)
            if relative is not None and (not toks or relative.i > toks[-1].i):
                toks = toks + [relative]  # 'X, who declared in the spin room, "..."': whatever the parse hung it on
        if not toks:
            acc = self._according_to(lo, hi)
            return acc
        verb = toks[0] if first else toks[-1]
        if quote is not None:
            governing = [t for t in toks if _governs(t, quote)]
            verb = governing[-1] if governing else verb
            if introduces and governing and toks[-1].i > verb.i and _saying_participle(toks[-1]):
                verb = toks[-1]  # 'The spot concludes with footage of Trump [saying], "..."': the nearer saying
        subject = _reporter_of(verb) or subject_of(verb)
        if subject is not None:
            subject = dateline_speaker(subject) or subject  # "ERIE, Pa. - [Lionel Baptiste], a pediatrician, accused"
        if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subject = verb.head  # "Lind, who vowed ...": the antecedent speaks
        in_lead = subject is not None and lead is not None and lead[0] <= subject.idx < lead[1]
        in_lead = in_lead or subject is not None and self._shared_before_quote(verb, subject, lo)
        if subject is not None and (not (lo <= subject.idx < hi or in_lead) or subject.ent_type_ in _NOT_SPEAKERS and
                                    not any(c.dep_ == "det" for c in subject.children) and not _given_named(subject)):
            subject = None  # a subject inside the quote, or "Tuesday", is a misparse; "the 46-year-old" is not
        if subject is not None and _in_brackets(self.text, subject.idx) and subject.head.pos_ in ("PROPN", "NOUN"):
            subject = subject.head  # "Ana Varga (D-OH) said": the name, not the state
        if subject is not None and subject.dep_ == "nsubjpass":
            subject = _agent(verb) or subject  # "X was asked by the host, '...'": the host speaks
        named = None
        misread = subject_read_as_modifiers(verb) if subject is None else None
        if misread is not None:  # "In a post on Instagram, the 31-year-old wrote:"
            return Attribution(cue=(verb.idx, verb.idx + len(verb)), source=misread, addressee=addressee_of(verb),
                               occasion=occasion_of(verb), method=method, act=cue_act(verb))
        if subject is None and verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.head.i < verb.i and \
                lo <= verb.head.idx < hi:
            subject = verb.head  # '"...," Ana Lind, who runs two restaurants, posted': the parse hung the cue on her
        if subject is None:
            named = self._name_after_quote(verb, lo, hi)
            subject = self._main_subject(verb, lo, hi, lead) or self._set_off_subject(verb, lo, hi) or \
                (named[0] if named else None) or self._nearest_noun(verb, lo, hi)
            subject = _name_of_aside(subject, lo)
        source = noun_phrase(subject) if subject is not None else None
        if source is not None:
            source = _with_name_after(subject, source)  # "wrote the panel's chair, Judge Morwenna Price"
        if named and subject is named[0]:  # not the quote's last words the parse hung on the name
            source = (max(source[0], verb.doc[named[1]].idx), source[1])
        return Attribution(cue=(verb.idx, verb.idx + len(verb)), source=source,
                           addressee=addressee_of(verb), occasion=occasion_of(verb),
                           method=method, act=cue_act(verb))

    def _shared_before_quote(self, verb, subject, lo: int) -> bool:
        """True when a second cue shares the subject of the first across the quote the first holds: 'the governor
        described it as "a victory" and urged Dikko to "..."' (the subject stands before any quotation mark of its
        paragraph, so no quote holds it: the parser's sentences may start inside a quote)."""
        if verb.dep_ != "conj" or subject.idx >= lo or subject.sent.start != verb.sent.start:
            return False
        paragraph = self.text.rfind("\n", 0, subject.idx) + 1
        return bool(_MARK_CHARS.intersection(self.text[subject.idx:lo])) and \
            not _MARK_CHARS.intersection(self.text[paragraph:subject.idx])

    def _any_verb_before(self, lo: int, hi: int, lead: str) -> Attribution | None:
        """A verb outside the cue lexicon that introduces the quote: 'X put it:', 'X gloated:'.

        With a colon, the main verb of the lead; with a comma, only a verb right before it
        ('Varga cracked, "..."') in a short lead or a clause set off from what precedes it
        ('- during the debate, Varga cracked, "..."'), or an "as" clause ('As the band sang
        in 1980, "..."').
        """
        toks = [t for t in self.tokens(lo, hi) if not (t.is_punct or t.is_space)]
        verbs = [t for t in toks if t.pos_ == "VERB" and subject_of(t) is not None]
        if not verbs:
            return None
        verb = verbs[-1]
        subject = subject_of(verb)
        if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subject = verb.head  # "Lainey Marsh, who opened for X on her tour, posted on X:": she, not "who"
        if lead.endswith(","):
            rest = [t for t in toks if t.i > verb.i and t.dep_ not in ("prt", "advmod", "dobj")]
            as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            set_off = self.text[lo:subject.left_edge.idx].rstrip()[-1:] in ("", ",", "-", "—", "―", "–")
            if not as_clause and (rest or len(toks) > 12 and not set_off):
                return None
        if not lo <= subject.idx < hi:
            return None
        return Attribution(cue=(verb.idx, verb.idx + len(verb)), source=noun_phrase(subject),
                           occasion=occasion_of(verb),
                           method="attribute:verb-before", factor=CONFIDENCE_COLON)

    def _dash_name_colon(self, lo: int, hi: int, lead: str) -> Attribution | None:
        """A name set off by a dash before the colon: 'Polls were right - Jane Doe: "..."' (a digest line)."""
        if not lead.endswith(":"):
            return None
        dash = max(self.text.rfind(d, lo, hi) for d in (" - ", " – ", " — "))
        if dash < 0 or any(t.pos_ in ("VERB", "AUX") for t in self.tokens(dash + 3, hi)) or \
                len(self.tokens(dash + 3, hi)) > _MAX_NAME_TOKENS:
            return None
        return self._name_colon(dash + 3, hi, lead)

    def _name_colon(self, lo: int, hi: int, lead: str) -> Attribution | None:
        """A name or a document right before the colon that opens the quote: 'From the report: "..."'."""
        if not lead.endswith(":"):
            return None
        toks = [t for t in self.tokens(lo, hi) if not t.is_space]
        if len(toks) < 2 or toks[-1].text != ":" or toks[-2].pos_ not in ("PROPN", "NOUN") or \
                not _may_speak(toks[-2]):
            return None
        colon = toks[-1]
        if self.text[toks[0].idx:colon.idx].strip().lower() in CHECK_LABELS:
            return None  # 'Claim: "We built 400 homes."': a fact-check's label, the claim's speaker is elsewhere
        speaker = _label_name(toks) or _topic_owner(toks[-2]) or _possessor(toks[-2])
        source = self._without_case(noun_phrase(speaker))
        first = next((t for t in toks if source is not None and t.idx == source[0]), None)
        while first is not None and first.i >= 2 and first.idx > lo and hyphen_in_word(first.nbor(-1)) and \
                first.nbor(-2).is_alpha:
            first = first.nbor(-2)  # "BELVEDERE-SOAMES:": the parse may leave the double surname's first half out
            source = (first.idx, source[1])
        return Attribution(cue=(colon.idx, colon.idx + 1), source=source,
                           method="attribute:name-colon", factor=CONFIDENCE_COLON)

    def _here_is_colon(self, lo: int, hi: int, lead: str) -> Attribution | None:
        """'Here's Varga in December 1992: "..."', 'Here is Mayor Ana Lind on the budget: "..."': the person
        presented before the colon, up to the time, place or topic of the words (not "Here's what happened:")."""
        m = _HERE_IS.match(self.text, lo, hi)
        if m is None or not lead.endswith(":"):
            return None
        words = [t for t in self.tokens(m.end(), hi) if not t.is_space]
        phrase = []
        for k, tok in enumerate(words):
            if tok.text == "," and phrase and k + 1 < len(words) and words[k + 1].pos_ == "PROPN":
                # "Here's one resident, Tomas Hale, 62:": the name set beside the description
                phrase = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", words[k + 1:]))
                break
            if tok.is_punct or tok.pos_ in ("ADP", "VERB", "AUX", "SCONJ") or tok.lower_ in ("what", "how") or \
                    tok.pos_ == "DET" and phrase:
                break  # "Here's Varga in 1992", "Here's the letter the coach sent": the person ends there
            phrase.append(tok)
        if not phrase or not (phrase[-1].pos_ == "PROPN" and _may_speak(phrase[-1]) or
                              phrase[-1].lower_ in ROLE_WORDS):
            return None  # "Here's the catch:", "Here's the letter:": no one presented
        colon = self.text.rfind(":", lo, hi)
        return Attribution(cue=(colon, colon + 1), source=(phrase[0].idx, phrase[-1].idx + len(phrase[-1])),
                           method="attribute:here-is-colon", factor=CONFIDENCE_COLON)

    def _without_case(self, span: Span | None) -> Span | None:
        """A possessor's mention without its "'s" ("Varga's" -> "Varga"): the name, as the resolver reads it."""
        if span is not None and self.text[span[0]:span[1]].endswith(("'s", "’s")) and span[1] - span[0] > 2:
            return span[0], span[1] - 2
        return span

    def _owned_words_colon(self, lo: int, hi: int, lead: str) -> Attribution | None:
        """'Varga's response was blunt: "..."': the words a colon opens are the owner's of the subject noun."""
        if not lead.endswith(":"):
            return None
        for noun in self.tokens(lo, hi):
            if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and noun.head.idx < hi:
                owner = _possessor(noun)
                if owner.i != noun.i and lo <= owner.idx:
                    return Attribution(cue=(noun.idx, noun.idx + len(noun)),
                                       source=self._without_case(noun_phrase(owner)),
                                       method="attribute:owned-words", factor=CONFIDENCE_COLON)
        return None

    def _governing_verb(self, cand: Candidate, lo: int, hi: int) -> Attribution | None:
        """The verb before the quote that governs it, with a subject of its own: 'X urged them to "act now"'.

        Outside the cue lexicon, such a verb still says whose words the quote reports.
        """
        first = self._first_token(cand)
        if first is None or lo >= hi:
            return None
        nearer = _cue_the_quote_goes_on_from(first, lo)
        if nearer is not None:
            return nearer
        if is_title(self.text, cand.spans) and _names_a_work(first, cand):
            return None  # 'appeared on the programme "Rise and Shine with Bev"': the verb is about the work
        for verb in first.ancestors:
            if not lo <= verb.idx < hi or not verb.is_alpha:
                continue  # a dash the parser made a verb ('― Jane Doe' signing the quote above) cues nothing
            subject = subject_of(verb) if verb.pos_ == "VERB" else None
            agent = None
            if subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == verb.i:
                # 'The hospital was rated "inadequate" by inspectors': the agent rates, the subject is rated;
                # without an agent (or with the quote as the agent) nobody named does
                agent = _agent(verb)
                if agent is None or cand.start <= agent.idx < cand.end:
                    return None
                subject = agent
            if subject is not None and (lo <= subject.idx < hi or agent is not None) and _may_speak(subject) and \
                    (subject.pos_ != "PRON" or subject.lower_ in _PERSONAL_PRONOUNS):
                return Attribution(cue=(verb.idx, verb.idx + len(verb)), source=noun_phrase(subject),
                                   occasion=occasion_of(verb),
                                   method="attribute:verb-governs", factor=CONFIDENCE_PREVIOUS,
                                   act=cue_act(verb))
        return None

    def _reported_before(self, lead_start: int, para: Span) -> Attribution | None:
        """The reported statement in the sentence before a quote, which the quote goes on with.

        The sentence just before in the paragraph, or the last of the paragraph before when
        the quote opens its own; its speech cue, or a main verb with a clause ("X warned
        that ..."), must have a subject there.
        """
        if lead_start > para[0]:
            hi = lead_start
        else:
            k = self.paragraph_of(para[0]) - 1
            if k < 0:
                return None
            hi = self.paragraphs[k][1]
            para = self.paragraphs[k]
        body = self.text[para[0]:hi].rstrip()
        if not body or _MARK_CHARS.intersection(body[-2:]):
            return None  # a quote ends that sentence: its own attribution decides
        lo = self.sentence_start(para[0] + len(body) - 1, para[0])
        before = self.text[para[0]:lo].rstrip()
        if _MARK_CHARS.intersection(self.text[lo:para[0] + len(body)]) or before[-1:] in _MARK_CHARS:
            return None  # a quote in or just before that sentence: the cue is that quote's
        toks = self.tokens(lo, para[0] + len(body))
        cues = [t for t in toks if (is_speech_cue(t) or t.dep_ == "ROOT" and t.pos_ == "VERB" and
                                   _has_clause(t)) and not _in_relative_clause(t)]
        for verb in cues:
            subject = subject_of(verb)
            if subject is not None and lo <= subject.idx and _may_speak(subject):
                return Attribution(cue=(verb.idx, verb.idx + len(verb)), source=noun_phrase(subject),
                                   method="attribute:reported-before", factor=CONFIDENCE_PREVIOUS,
                                   act=cue_act(verb))
        return None

    def _nearby_source(self, cand: Candidate, found: Attribution) -> Attribution | None:
        """A speaker for a quote no rule attributed: who its sentence, or the one before, is about.

        'And she is sure of one thing: "..."': the subject of the quote's own sentence;
        'X praised the plan.' before a quote with no cue of its own: the subject of the
        speech cue of the sentence before, else of its main verb. News names the speaker of
        an unattributed quote there; only people, bodies and personal pronouns count.
        """
        open_at = _open_mark(cand)
        para = self.paragraphs[self.paragraph_of(cand.start)] if self.paragraphs else (0, len(self.text))
        if self.text[found.lead_start:open_at].strip():
            subject = self._root_subject(found.lead_start, open_at)
            return None if subject is None else Attribution(
                source=noun_phrase(subject), method="attribute:lead-subject", factor=CONFIDENCE_PREVIOUS)
        if found.lead_start > para[0]:
            hi = found.lead_start
        else:
            k = self.paragraph_of(para[0]) - 1
            if k < 0:
                return None
            para = self.paragraphs[k]
            hi = para[1]
        lo = self.sentence_start(max(para[0], hi - 2), para[0])
        for verb in self.tokens(lo, hi):
            if is_speech_cue(verb) and not _in_relative_clause(verb):
                subject = subject_of(verb)
                if subject is not None and lo <= subject.idx < hi and _names_a_speaker(subject):
                    return Attribution(cue=(verb.idx, verb.idx + len(verb)), source=noun_phrase(subject),
                                       method="attribute:nearby-cue", factor=CONFIDENCE_PREVIOUS,
                                       act=cue_act(verb))
        subject = self._root_subject(lo, hi)
        return None if subject is None else Attribution(
            source=noun_phrase(subject), method="attribute:nearby-subject", factor=CONFIDENCE_PREVIOUS)

    def _root_subject(self, lo: int, hi: int):
        """The subject of the main verb of text[lo:hi] when it names a possible speaker, else None."""
        for tok in self.tokens(lo, hi):
            if tok.dep_ == "ROOT" and tok.pos_ in ("VERB", "AUX"):
                subject = subject_of(tok)
                if subject is not None and lo <= subject.idx < hi and _names_a_speaker(subject):
                    return subject
        return None

    def _according_to(self, lo: int, hi: int, outer: bool = False) -> Attribution | None:
        """ "according to X" inside text[lo:hi]; with ``outer``, one that reports another's cue, which a
        translation or a transcript does not: it renders the speaker's words ("she said, according to a
        translation")."""
        for tok in self.tokens(lo, hi):
            if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                to = self.doc[tok.i + 1]
                objects = [c for c in to.children if c.dep_ == "pobj"]
                if not objects or outer and objects[0].lemma_.lower() in RENDERING_NOUNS:
                    continue
                return Attribution(cue=(tok.idx, to.idx + len(to)), source=noun_phrase(objects[0]),
                                   method="attribute:according-to", adjacent=True)
        return None

    def _main_subject(self, verb, lo: int, hi: int, lead: Span | None = None):
        """The subject of the main verb of the cue's sentence: in 'X hinted at it by mentioning the
        wall and adding, "..."', X says what "adding" introduces."""
        root = verb
        for _ in range(_MAX_DEPTH):
            if root.head.i == root.i:
                break
            root = root.head
        subject = subject_of(root) if root.i != verb.i else None
        if subject is not None and (lo <= subject.idx < hi or lead is not None and lead[0] <= subject.idx < lead[1]) \
                and _may_speak(subject):
            return subject
        return None

    def _for_frame_colon(self, lo: int, hi: int, lead: str) -> Attribution | None:
        """'For coach Ana Varga, the answer is simple: "..."': the person the sentence is for speaks."""
        words = [t for t in self.tokens(lo, hi) if not t.is_space]
        if not lead.endswith(":") or len(words) < 3 or words[0].lower_ != "for":
            return None
        objects = [c for c in words[0].children if c.dep_ == "pobj" and _names_a_speaker(c)]
        comma = self.text.find(",", words[0].idx, hi)
        if not objects or comma < 0 or objects[0].idx > comma:
            return None
        return Attribution(cue=(words[-1].idx, words[-1].idx + 1), source=noun_phrase(objects[0]),
                           method="attribute:for-frame", factor=CONFIDENCE_PREVIOUS)

    def _set_off_subject(self, verb, lo: int, hi: int):
        """The subject the parse gave a participle set off before the cue: in 'Okafor, asked about the
        transfer, said: "..."' it makes Okafor the subject of "asked" and leaves "said" without one."""
        for clause in verb.lefts:
            if clause.dep_ not in ("advcl", "ccomp") or clause.tag_ not in ("VBN", "VBD"):
                continue
            subjects = [c for c in clause.lefts if c.dep_ == "nsubj" and lo <= c.idx < hi and _names_a_speaker(c)]
            if subjects and self.text[subjects[0].idx + len(subjects[0]):clause.idx].strip() == ",":
                return subjects[0]
        return None

    def _name_after_quote(self, verb, lo: int, hi: int):
        """'"...," Ana Lind, wearing a cap, said': the name the parse hung on the quote's last words,
        set off before the subjectless cue (its aside is not the speaker, as the nearest noun would be).
        RETURNS (noun, index of its mention's first token) or None."""
        named = set_off_speaker(verb)
        return named if named is not None and lo <= verb.doc[named[1]].idx and named[0].idx < hi else None

    def _nearest_noun(self, verb, lo: int, hi: int):
        """A noun or pronoun next to ``verb`` when the parse gives it no subject."""
        after = [t for t in self.tokens(verb.idx, hi) if _may_speak(t)]
        before = [t for t in self.tokens(lo, verb.idx) if _may_speak(t)]
        if before:
            return _relative_clause_head(before[-1], verb) or _described_person(before[-1], verb) or before[-1]
        if not after:
            return None
        first = after[0]
        if first.tag_ == "PRP$" and first.head.i > first.i and first.head.pos_ in ("NOUN", "PROPN") and \
                first.head.idx < hi:
            first = first.head  # "shouted her engineer, Priya Sandhu" (the parse made her its object): the engineer
        if first.dep_ == "compound":  # "said city spokesperson Chloé van den Broek", "den" read as a verb
            for token in self.doc[first.i + 1:min(first.i + 6, len(self.doc))]:
                if token.ent_type_ == "PERSON":
                    return token  # the name the description runs into speaks
                if token.pos_ not in ("NOUN", "PROPN"):
                    break
            if first.head.i > first.i and first.head.pos_ in ("NOUN", "PROPN") and first.head.idx < hi:
                return first.head  # "said the Falcons captain": the captain, not the team that names him
        return first

    def attribute_block(self, cand: Candidate) -> Candidate | None:
        """A block quote without marks (``quotes.block_quotes``) with the cue and speaker of the colon line before it,
        or None when that line holds no speech cue ('The menu includes:' introduces no one's words)."""
        found = self._colon_paragraph(self.paragraphs[self.paragraph_of(cand.start)], block=self._first_token(cand))
        if found is None or found.source is None or self.text[found.source[0]:found.source[1]].lower() in ("i", "we"):
            return None  # 'I am here to tell you what I am doing:' goes on in the writer's own voice
        _apply(cand, found, self.text)
        return cand

    def _colon_paragraph(self, para: Span, *, block=None) -> Attribution | None:
        """The previous paragraph ends on a cue and a colon: its speaker introduces this quote.

        block (Token | None): the first word of a block quote without marks, which only a speech cue introduces: the
        one nearest the colon, a relative clause's too ('In an email, read out at the hearing, Fenn said:', 'evidence
        sent by a passenger, who wrote:').
        """
        k = self.paragraph_of(para[0]) - 1
        if k < 0:
            return None
        prev = self.paragraphs[k]
        body = self.text[prev[0]:prev[1]].rstrip()
        if not body.endswith(":"):
            return None
        start = self.sentence_start(prev[0] + len(body), prev[0])
        end = prev[0] + len(body)
        lead = self.text[start:end]
        if block is not None:
            found = self._cue_in(start, end, first=False, method="attribute:colon", quote=block, introduces=True)
        else:  # 'X released the following statement:' introduces the quote as 'X said:' does
            found = self._cue_in(self._after_participle_frame(start, end), end, first=True,
                                 method="attribute:colon") or \
                self._any_verb_before(start, end, lead) or self._name_colon(start, end, lead)
        if found:
            found.factor = CONFIDENCE_COLON
        return found

    def _after_participle_frame(self, lo: int, hi: int) -> int:
        """Where the words after a participle frame start: 'Asked by the judge whether ..., Lind replied:'
        -- the frame's cue asks, the cue after it introduces the quote. ``lo`` when there is no frame."""
        cues = [t for t in self.tokens(lo, hi) if is_speech_cue(t)]
        if len(cues) < 2 or cues[0].tag_ not in ("VBN", "VBG") or cues[0].dep_ != "advcl":
            return lo
        edge = cues[0].right_edge
        after = edge.idx + len(edge)
        return after if any(t.idx >= after for t in cues[1:]) else lo

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
        line_end = self.text.find("\n", sent_lo, para[1])  # a signature ends its line
        signed = self._dash_signature(sent_lo, line_end if line_end >= 0 else para[1])
        if signed is not None:
            return signed
        owned = POSSESSOR_AFTER.match(self.text, sent_lo, sent_hi)
        if owned and not re.match(_CALENDAR, owned["holder"]):  # not "That was Monday's message"
            return Attribution(cue=owned.span("cue"), source=owned.span("holder"),
                               occasion=self._occasion_in(sent_lo, sent_hi),
                               method="attribute:nominal-after", factor=CONFIDENCE_NAMED_AFTER)
        m = NOMINAL_AFTER.match(self.text, sent_lo, sent_hi) or VERDICT_AFTER.match(self.text, sent_lo, sent_hi)
        if m:
            src_tok = self.tokens(m.end(), sent_hi)
            if len(src_tok):
                head = src_tok[0]
                while head.dep_ in ("compound", "amod", "det", "poss") and head.head.i > head.i:
                    head = head.head
                if _TOPIC_VERDICT_NOUNS.search(m.group()) and not _names_a_speaker(head):
                    return None
                cue_lo = sent_lo + len(self.text[sent_lo:m.end()]) - len(self.text[sent_lo:m.end()].lstrip())
                return Attribution(cue=_trim_span(self.text, cue_lo, m.end()), source=noun_phrase(head),
                                   occasion=self._occasion_in(sent_lo, sent_hi),
                                   method="attribute:nominal-after", factor=CONFIDENCE_NAMED_AFTER)
        if any(ch in self.text[sent_lo:sent_hi] for ch in "\"“”«»„"):
            return None
        roots = [t for t in self.tokens(sent_lo, sent_hi) if t.dep_ == "ROOT"]
        # (not a speech verb negated: "X did not speak to reporters" after a quote names who said nothing)
        if len(roots) == 1 and is_speech_cue(roots[0]) and not any(
                c.dep_ in ("ccomp", "xcomp", "dobj", "neg") and c.lower_ not in ("this", "so", "that", "it")
                for c in roots[0].children):
            found = self._cue_in(sent_lo, sent_hi, first=True, method="attribute:cue-after")
            if found and found.source:
                found.factor = CONFIDENCE_NAMED_AFTER
                return found
        return None

    def _line_signature(self, close_at: int, para_end: int) -> Attribution | None:
        """A signature after the quote on its line: '"..." ― Jane Doe' (round-ups print one voice a line)."""
        line_end = self.text.find("\n", close_at + 1, para_end)
        return self._dash_signature(close_at + 1, line_end if line_end >= 0 else para_end)

    def _dash_signature(self, lo: int, hi: int) -> Attribution | None:
        """A short signature line after a quote: '- Jane Doe, Springfield.' names its speaker."""
        dash = _DASH_LINE.match(self.text, lo, hi)
        if dash is None or hi - lo > _MAX_SIGNATURE:
            return None
        toks = [t for t in self.tokens(dash.end(), hi) if _may_speak(t) and t.pos_ != "PRON"]
        if not toks or toks[0].pos_ != "PROPN":
            return None  # '- An immigrant himself -' is a subheading, not a signature
        head = toks[0]
        while head.dep_ in ("compound", "amod", "det", "poss") and head.head.i > head.i:
            head = head.head
        source = noun_phrase(head)
        last = next((t for t in self.tokens(dash.end(), hi) if t.idx + len(t) == source[1]), None)
        while last is not None and last.i + 1 < len(self.doc) and self.doc[last.i + 1].idx < hi and \
                self.doc[last.i + 1].is_title and not last.whitespace_.count("\n"):
            last = self.doc[last.i + 1]  # "― Christina N Luis Olidem": the parse broke the name the line holds whole
            source = (source[0], last.idx + len(last))
        at = dash.start() + len(dash.group()) - len(dash.group().lstrip())  # the dash, past any space before it
        return Attribution(cue=(at, at + 1), source=source, method="attribute:signature",
                           factor=CONFIDENCE_NAMED_AFTER)

    def _verb_after(self, cand: Candidate, lo: int, hi: int) -> Attribution | None:
        """A verb outside the cue lexicon right after a quote that ends on a comma: '"...," she quipped'.

        In that place the verb (with its subject beside it) can only be the quote's cue.
        """
        close = (cand.extra.get("marks") or [(None, None)])[-1][1]
        if close is None or not (self._ends_with_comma(cand) or self.text[cand.end - 1:cand.end] in ("?", "!")):
            return None
        toks = [t for t in self.tokens(lo, hi) if not (t.is_punct or t.is_space)][:_MAX_VERB_AFTER]
        verbs = [t for t in toks if t.pos_ == "VERB"]
        if not verbs:
            return None
        verb = verbs[0]
        subject = subject_of(verb)
        if subject is None and verb.i == toks[0].i:
            subject = _inverted_subject(verb)  # '"...," exhorted the host, Ana Lind': the parse takes it for an object
        hung = any(c.idx < close for c in verb.children) or self._pronoun_and_verb(toks, subject, verb, close)
        if subject is None or not lo <= subject.idx < hi or not _may_speak(subject) or not hung:
            return None  # the parse must hang the quote on the verb: '"...?" Nega put his house up for sale'
        # (or a lower-case subject and its verb go on with the sentence: '"We deserved it!" she beamed.')
        return Attribution(cue=(verb.idx, verb.idx + len(verb)), source=noun_phrase(subject),
                           occasion=occasion_of(verb), method="attribute:verb-after",
                           factor=CONFIDENCE_NAMED_AFTER, act=cue_act(verb))

    def _cue_tagged_as_noun(self, cand: Candidate, lo: int, hi: int) -> Attribution | None:
        """A cue the tagger took for a noun, closing a short noun phrase right after a quote that opens its sentence
        and ends on a comma: '"...," a voice-over in the ad states.', '"...," the editorial read.' The phrase before
        it is the source (not after a quote inside a sentence: 'had written "call the lawyer," the first of many
        notes')."""
        if not self._ends_with_comma(cand) and self.text[cand.end - 1:cand.end] not in ("?", "!"):
            return None
        toks = [t for t in self.tokens(lo, hi) if not t.is_space]
        while toks and toks[0].is_punct:
            toks = toks[1:]
        words = toks[:10]  # "a voice-over in the ad states": a phrase with its own preposition
        at = next((k for k, t in enumerate(words) if t.lower_ in _CUES_TAGGED_AS_NOUNS), None)
        if at is None or at == 0 or words[at].pos_ not in ("NOUN", "PROPN") or words[at].ent_type_:
            return None  # a verb tagged as one is the other rules' to read; "the United States" is a name
        after = toks[at + 1] if at + 1 < len(toks) else None
        if after is not None and not (after.is_punct or after.lower_ == "in"):
            return None  # "the ad states that ...", "the council reads the bill": not a cue closing the sentence
        phrase = words[:at]
        if phrase[0].pos_ not in ("DET", "PROPN", "NUM") or any(t.pos_ in ("VERB", "AUX", "PRON") for t in phrase) \
                or phrase[-1].pos_ not in ("NOUN", "PROPN", "ADJ"):  # "the editorial read": the tagger's adjective
            return None
        cue = words[at]
        return Attribution(cue=(cue.idx, cue.idx + len(cue)), source=(phrase[0].idx, phrase[-1].idx + len(phrase[-1])),
                           method="attribute:noun-cue-after", factor=CONFIDENCE_NAMED_AFTER, act="speech")

    def _pronoun_and_verb(self, toks, subject, verb, close: int) -> bool:
        """True when a subject and its verb open the words after the quote, in lower case:
        '"We deserved it!" she beamed.' and '"Ho, ho! He has got to go!" some protesters chanted'
        go on with the quote's sentence, whatever the parse says."""
        if len(toks) < 2 or subject is None or verb.tag_ not in ("VBD", "VBZ") or \
                not self._goes_on_in_lower_case(close):
            return False
        if toks[0].i == subject.i and toks[1].i == verb.i:
            return subject.lower_ in _PERSONAL_PRONOUNS  # not the filler of '"...," you know'
        # a plain noun phrase: "some protesters", "the crowd" (not "you know", not a clause)
        return toks[0].i == subject.left_edge.i and verb.i == subject.i + 1 and subject.pos_ == "NOUN" and \
            all(t.pos_ in ("DET", "ADJ", "NUM", "NOUN") for t in self.doc[subject.left_edge.i:subject.i])

    def _bracket_signature(self, close_at: int, hi: int) -> Attribution | None:
        """A name in brackets right after a quote signs it: '"We will win." (Ana Varga, coach)', as
        readers' messages and vox pops are printed."""
        m = _BRACKET_SIGNATURE.match(self.text, close_at + 1, hi)
        if m is None:
            return None
        toks = [t for t in self.tokens(m.start(1), m.end(1)) if not t.is_punct]
        if not toks or not all(t.is_title for t in toks) or toks[0].pos_ not in ("PROPN", "NOUN"):
            return None
        return Attribution(cue=(m.start(1) - 1, m.start(1)), source=(m.start(1), m.end(1)),  # the bracket is the cue
                           method="attribute:signature", factor=CONFIDENCE_NAMED_AFTER)

    def _verdict_right_after(self, close_at: int, hi: int) -> Attribution | None:
        """The speaker named by the words right after a quote: '"...," was how X put it', '"...," was
        the reaction of X', '"...," came the reply from X'."""
        m = VERDICT_RIGHT_AFTER.match(self.text, close_at + 1, hi)
        run = []  # the noun phrase after the match, up to its first verb, preposition or mark
        for tok in self.tokens(m.end(), hi) if m else []:
            if tok.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"):
                break
            run.append(tok)
        names = [t for t in run if t.pos_ == "PROPN"] or [t for t in run if _may_speak(t)]
        if not names:
            return None
        head = names[-1]  # 'how coach Ana Varga put it': the name, whatever the parse made of it
        cue_at = m.start() + len(m.group()) - len(m.group().lstrip(", "))
        return Attribution(cue=_trim_span(self.text, cue_at, m.end()),
                           source=noun_phrase(head), method="attribute:verdict-after", factor=CONFIDENCE_NAMED_AFTER)

    def _occasion_in(self, lo: int, hi: int) -> Span | None:
        for tok in self.tokens(lo, hi):
            if tok.dep_ == "prep" and tok.lower_ in OCCASION_PREPS:
                span = occasion_object(tok)
                if span:
                    return span
        return None


def _described_person(token, verb):
    """The person an appositive ``token`` is inside describes, when the parse gave ``verb`` no subject: "Maj. Gen.
    Arkady Volsenko, the spokesman for [Veltrana's Defense Ministry], said" is Volsenko's."""
    node = token
    while node.dep_ != "appos" and node.head.i != node.i and node.head.i < verb.i:  # (a Token is made anew each time)
        node = node.head
    person = node.head
    if node.dep_ == "appos" and person.i < node.i and person.ent_type_ == "PERSON" and token.ent_type_ != "PERSON":
        return person
    return None


def _relative_clause_head(noun, verb):
    """The noun a relative clause describes when ``noun`` ends that clause right before ``verb``: in "a city official
    who spoke anonymously to discuss internal strategy said ...", the parse giving "said" no subject, the official
    speaks, not the strategy."""
    for clause in noun.ancestors:
        if clause.dep_ == "relcl" and clause.right_edge.i == verb.i - 1 and clause.head.i < clause.i and \
                _may_speak(clause.head):
            return clause.head
    return None


def _with_name_after(subject, source: Span) -> Span:
    """A speaker mention with the name the parser made a second subject after its comma ("the panel's chair, [Judge
    Morwenna Price]" with both as subjects of "wrote"), or hung apart right after a bare description ("asked
    presenter [Roisin Ni Dhonnchadha]")."""
    doc = subject.doc
    if subject.pos_ != "NOUN":
        return source
    after = doc[subject.i + 1] if subject.i + 1 < len(doc) else None
    if after is not None and after.ent_iob_ == "B" and after.ent_type_ == "PERSON" and after.idx == source[1] + 1 \
            and subject.left_edge.i == subject.i:
        # '"...?" asked presenter [Roisin Ni Dhonnchadha]': a bare description runs into the name the parse hung apart
        return source[0], _entity_end_char(after)
    run_in = next((c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i and c.pos_ == "PROPN"
                   and c.left_edge.idx < source[1] <= c.idx), None)
    if run_in is not None:
        # "said his co-commentator, the former hurdler Delphine Marceau": the parser cut the role at its hyphen and
        # made the rest, name and all, a second subject
        return source[0], _entity_end_char(run_in)
    nxt = next((c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i and c.pos_ == "PROPN" and
                doc[c.left_edge.i - 1].text == "," and doc[c.left_edge.i - 1].idx >= source[1]), None)
    if nxt is None or doc[nxt.left_edge.i - 1].idx != source[1]:
        return source
    last = doc[nxt.i]  # the name's last word, not what hangs on it ("..., in her ruling on Friday")
    return source[0], last.idx + len(last)


def _entity_end_char(token) -> int:
    """Where the name that ``token`` is in ends (the token's own end when it is in none)."""
    last = token
    while last.ent_iob_ in ("B", "I") and last.i + 1 < len(last.doc) and last.doc[last.i + 1].ent_iob_ == "I":
        last = last.doc[last.i + 1]
    return last.idx + len(last)


def _subtitled_title(words: str) -> bool:
    """True for a title with a subtitle after a colon, every word capitalised ("Harbour Lights: A
    History of Northvale", "Ferry 3: The Return"): books, films and shows are named so, not said."""
    title, colon, subtitle = words.strip(" .,!?").partition(":")
    tokens = (title + " " + subtitle).split()
    return bool(colon) and bool(title.strip()) and bool(subtitle.strip()) and 2 < len(tokens) <= 16 and \
        all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in tokens)


# Conjunctions that open a clause of time beside what was said ("as police moved in")
_TIME_MARKS = frozenset({"as", "when", "while", "before", "after", "until", "once"})


def _time_clause(token) -> bool:
    """True for an adverbial clause that says when ("as police moved in", "before the vote")."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in token.children)


def _title_case(words: str) -> bool:
    """True for a short run of capitalised words, small words between them ("Secret Lives of the Rich"); not cries
    of two sentences ("Shame! Shame!", "Out! Out!")."""
    tokens = words.strip(" .,!?").split()
    return 1 < len(tokens) <= _MAX_TITLE_WORDS and tokens[0][:1].isupper() and \
        all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in tokens) and \
        not any(w.endswith(("!", "?")) for w in tokens[:-1])


def _inverted_subject(verb):
    """The noun after a verb that opens the words after a quote, when the parse made it the object."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubj") and c.i > verb.i and _may_speak(c)]
    return objects[0] if objects and objects[0].pos_ in ("NOUN", "PROPN") else None


def _in_brackets(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside a parenthesis opened on the same line."""
    before = text[max(0, pos - 40):pos]
    return before.rfind("(") > before.rfind(")") and "\n" not in before[before.rfind("("):]


def _agent(verb):
    """The object of the passive agent "by" of ``verb`` ("asked by the host"), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj" and _may_speak(c)]
            if objects:
                return objects[0]
    return None


def _label_name(toks):
    """The name that opens a label 'Brandt on his late winner:' (live text, interviews), by the words alone:
    the parse often hangs "on" on the quote."""
    for k, tok in enumerate(toks):
        if tok.lower_ in ("on", "about"):
            return toks[k - 1] if k and all(t.pos_ == "PROPN" for t in toks[:k]) else None
    return None


def _topic_owner(noun):
    """Who speaks on the topic that ends the words before a colon: 'Brandt on his late winner:' (a
    live-text and interview label), 'From the report on the match:'; None when no one is named."""
    prep = noun.head
    name = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "about") or name.pos_ not in ("PROPN", "NOUN") or \
            name.i > prep.i or not _may_speak(name):
        return None
    return _possessor(name)


def _possessor(noun):
    """Who owns the words a noun names: "Varga" of "Varga's verdict:", "His" of "His reply:"; else the noun."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _WORDS_NOUNS:
        return noun  # 'His late winner:' names no words of his
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON", "NOUN")]
    return owners[0] if owners and (owners[0].pos_ != "PRON" or owners[0].lower_ in _POSSESSIVE_PRONOUNS) else noun


# speech verbs whose clause a quotation goes on ('who accused the government of drafting the law "for ..."'; not
# 'who painted the harbour "in the light of ..."', a description of a work)
_QUOTE_GOING_ON_CUES = frozenset({"say", "accuse", "call", "describe", "warn", "tell", "claim", "argue", "insist",
                                  "vow", "promise", "urge", "demand", "deny", "admit", "blame", "criticise",
                                  "criticize",
                                  "condemn", "praise", "dismiss", "brand", "label", "dub", "add", "reply", "note",
                                  "declare", "announce", "write", "tweet", "post", "complain", "allege", "charge",
                                  "suggest", "predict", "pledge", "threaten", "ask", "question", "attack", "slam",
                                  "defend", "mock", "ridicule", "thank", "congratulate", "apologise",
                                  "apologize", "concede", "acknowledge", "stress", "emphasise", "emphasize"})


def _names_a_work(first, cand: Candidate) -> bool:
    """True when a noun right before a title's marks is bound to it ("morning programme 'Rise and Shine with Bev'",
    "the film 'Ferry Of The Dead'"): the title names that work, whoever the verb before is."""
    doc = first.doc
    k = _before_the_marks(first)
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN"):
        return False
    noun = doc[k]
    if noun.lemma_.lower() in noun_cues():
        return False  # "released the statement 'I Have Done Nothing Wrong'": words said, not a work
    inside = range(first.i, first.i + len(doc.char_span(*cand.spans[0], alignment_mode="expand") or ()))
    # (or a noun of a work before it, whatever the parse: "told the conference 'Britain Is Back'" is said)
    return noun.head.i in inside or noun.i in [t.i for t in first.ancestors] or noun.lemma_.lower() in _WORK_NOUNS


def _before_the_marks(first) -> int:
    """The index of the token before a quote's opening marks and spaces (-1 at the start of the text)."""
    doc, k = first.doc, first.i - 1
    while k >= 0 and (doc[k].is_quote or doc[k].is_space):
        k -= 1
    return k


# what a title in marks right after names ("the morning programme 'Rise and Shine with Bev'")
_WORK_NOUNS = frozenset({"programme", "program", "show", "series", "film", "movie", "documentary", "book", "novel",
                         "memoir", "album", "song", "single", "play", "musical", "podcast", "column", "exhibition",
                         "magazine", "opera", "sitcom", "drama"})


def _cue_the_quote_goes_on_from(first, lo: int) -> Attribution | None:
    """ "drew a response from [X], who [accused] the government of drafting the law "for ..."": the parser hung the
    quote on the main verb; the quote goes on from the speech cue of the relative clause that ends right before it,
    whose speaker is the noun the clause describes."""
    doc = first.doc
    k = _before_the_marks(first)
    if k < 0 or doc[k].is_punct:
        return None  # a comma or a full stop before the quote: the quote stands apart
    for verb in [doc[k], *doc[k].ancestors]:
        if verb.idx < lo:
            return None
        if verb.dep_ == "relcl" and verb.right_edge.i == k and verb.lemma_.lower() in _QUOTE_GOING_ON_CUES and \
                any(c.lower_ in ("who", "which", "that") and c.dep_ in SUBJECT_DEPS for c in verb.children) and \
                verb.head.pos_ in ("PROPN", "NOUN") and _may_speak(verb.head):
            return Attribution(cue=(verb.idx, verb.idx + len(verb)), source=noun_phrase(verb.head),
                               occasion=occasion_of(verb), method="attribute:verb-governs",
                               factor=CONFIDENCE_PREVIOUS, act=cue_act(verb))
    return None


def _may_speak(token) -> bool:
    """True for a noun or pronoun that can be a speaker (not "Tuesday", not "40 percent"), or "the 52-year-old"."""
    return token.pos_ in ("PROPN", "PRON", "NOUN") and token.ent_type_ not in _NOT_SPEAKERS or _age_noun(token)


def _given_named(token) -> bool:
    """True for a surname after a common given name, whatever the NER read ("Aoife Brannigan, 51," as a DATE)."""
    return token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in GIVEN_NAMES for c in token.children)


def _age_noun(token) -> bool:
    """True for "old" in "the 52-year-old": news names a person by age (the parse makes it an adjective
    of a date)."""
    return token.lower_ == "old" and any(c.dep_ == "det" for c in token.children) and \
        any(c.lower_ in ("year", "years") for c in token.children)


def _names_a_speaker(token) -> bool:
    """True for a name, a personal pronoun, or a noun for a person or a body ("the senator", "the agency", "his
    wife")."""
    if token.pos_ == "PRON":
        return token.lower_ in _PERSONAL_PRONOUNS
    if token.pos_ == "PROPN":
        return token.ent_type_ not in _NOT_SPEAKERS
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in ROLE_WORDS or lemma in ORGANIZATION_WORDS or lemma in ANONYMOUS_WORDS or
                                     lemma in KIN_WORDS)


def _trim_span(text: str, lo: int, hi: int) -> Span:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def subject_of(verb):
    """The subject of a verb, climbing through conjunctions and clauses that lack one.

    A participle hung on a noun climbs to that noun's verb: in "she issued a statement
    saying ...", "saying" is hers.
    """
    tok = verb
    for _ in range(_CLIMB_STEPS):
        subjects = [child for child in tok.children if child.dep_ in SUBJECT_DEPS]
        lent = subject_lent_to_aside(tok) or handle_before(tok) or \
            (person_before_relative(tok) if not subjects and tok.tag_ in ("VBD", "VBZ", "VBP") and
             tok.dep_ in ("ROOT", "ccomp", "acl") else None)  # not "praised X, who scored, adding": the praiser's
        if lent is not None:
            return lent
        if subjects:  # of two (a misparse), the one next to the verb: "In Dunmore, OH, Gov. Varga said"
            before = [child for child in subjects if child.i < tok.i]
            subject = before[-1] if before else subjects[0]
            if len(before) >= 2 and role_read_as_second_subject(before[-2], subject):
                subject = before[-2]
            subject = place_read_as_subject(subject) or subject  # "Outside court, [X] said"
            if tok.i != verb.i and verb.tag_ == "VBG" and tok.dep_ == "relcl" and subject.tag_ == "WDT" and \
                    tok.head.dep_ in _NOUN_CLIMB_DEPS:
                # "vetoed a bill [that] would have capped fees, calling it ...": the parse hung the participle in
                # the relative clause, whose "that" is a thing; it speaks with the verb of the clause's noun
                tok = tok.head.head
                continue
            return subject
        # "As [Ruiz], a professor, put it, ...": the parse reads "as" as a preposition and its subject as the object
        as_objects = [o for m in tok.children if m.dep_ == "mark" and m.lower_ == "as"
                      for o in m.children if o.dep_ == "pobj" and o.i < tok.i]
        if as_objects:
            return as_objects[0]
        if tok.head.i == tok.i:
            return None
        if tok.dep_ in _CLIMB_DEPS or tok.dep_ == "acl" and tok.tag_ == "VBG" or \
                tok.dep_ in _NOUN_CLIMB_DEPS and tok.pos_ in ("NOUN", "PROPN") and tok.i != verb.i:
            tok = tok.head
        else:
            return None
    return None


def _reporter_of(verb):
    """The subject of the cue whose reported clause the parse hung ``verb`` on, else None.

    In 'Lind said the vote was close and added, "..."' the parse may join "added" to "was",
    inside what Lind said: a cue without a subject of its own there speaks with the outer cue.
    """
    if verb.dep_ not in ("conj", "advcl") or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or \
            is_speech_cue(verb.head):
        return None
    outer = outer_reporter(verb)
    if outer is not None:
        return subject_of(outer)  # "... a company whose board included him and maintained that ...": the outer cue's
    tok = verb.head
    for _ in range(_MAX_DEPTH):
        if tok.head.i == tok.i or tok.dep_ == "relcl":
            return None
        if tok.dep_ == "ccomp" and is_speech_cue(tok.head):
            return subject_of(tok.head)
        tok = tok.head
    return None


def _has_clause(verb) -> bool:
    return any(c.dep_ == "ccomp" for c in verb.children)


def _in_relative_clause(token) -> bool:
    """True when ``token`` lies in a relative clause ("who has endorsed no one")."""
    return token.dep_ == "relcl" or any(a.dep_ == "relcl" for a in token.ancestors)


def _opened_by_relative(verb) -> bool:
    """True for a verb whose clause a relative word opens ("of people whose rights were restored"),
    a relative clause whatever the parse calls it."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return any(t.tag_ in ("WP", "WP$", "WDT") for s in subjects for t in s.subtree)


def _saying_participle(verb) -> bool:
    """A participle of speech with its own speaker before it ('footage of [Trump] saying', 'shows [Lind] telling the
    crowd'): it utters the quote after it, whichever verb of the sentence the parser hung the quote on."""
    return verb.tag_ == "VBG" and verb.lemma_.lower() in _UTTERING_LEMMAS and verb.dep_ not in ("advcl", "xcomp") and \
        subject_of(verb) is not None and subject_of(verb).i < verb.i


# verbs whose participle utters the words after it ("saying", "telling the crowd", "shouting")
_UTTERING_LEMMAS = frozenset({"say", "tell", "shout", "yell", "scream", "declare", "chant", "cry", "add", "insist"})


def _governs(verb, token) -> bool:
    """True when ``verb`` is an ancestor of ``token`` in the parse."""
    return any(a.i == verb.i for a in token.ancestors)


def addressee_of(verb) -> Span | None:
    """To whom the cue verb says it: "told the BBC", "said to reporters"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and verb.lemma_.lower() in ADDRESSEE_LEMMAS and \
                child.pos_ in ("PROPN", "NOUN", "PRON") and child.lower_ not in WEEKDAYS:
            return noun_phrase(child)
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("PROPN", "NOUN", "PRON"):
                return noun_phrase(objects[0])
    return None


def occasion_of(verb) -> Span | None:
    """The event or medium of the cue verb: "during a meeting with ...", "on Twitter" (occasion.py)."""
    return occasion_span(verb)


def complement_of(verb, first, deps: frozenset[str]):
    """The child of ``verb`` whose subtree holds the token ``first``, when its relation is in ``deps``."""
    tok = first
    for _ in range(_MAX_DEPTH):
        if tok.head.i == verb.i:
            return tok if tok.dep_ in deps else None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _complement_start(verb, comp) -> int:
    """Where a complement starts; with the object of a verb that names the quote ('called it "a mess"')."""
    start = comp.left_edge
    if comp.dep_ in ("oprd", "prep", "xcomp"):
        objects = [c for c in verb.rights if c.dep_ == "dobj" and c.i < comp.i]
        if objects:
            start = objects[0].left_edge
    elif _subject_taken_as_object(verb, comp):  # ccomp, or advcl when the parse takes it for one
        start = [c for c in verb.rights if c.dep_ == "dobj" and c.i < comp.i][-1].left_edge
    return start.idx if start.i > verb.i else comp.idx


def _that_clause_start(comp, quoted) -> int | None:
    """Where a "that" clause holding the quote starts when the parser hung it on a noun of the cue's
    phrase ('told reporters at the briefing that [the president "respects ..."]', the clause read as the
    briefing's relative clause); None when the clause is under another verb ("says she knows that ...": hers
    is the whole) or completes a noun that is a cue of its own ("ridiculed it for its prediction that ...")."""
    # a cue noun's own clause, unless it is where the cue was said ("said in a statement that ...")
    medium = comp.dep_ == "prep" and comp.lower_ in OCCASION_PREPS
    node = quoted
    while node.i != comp.i and node.head.i != node.i:
        objects = [c for c in node.children if c.dep_ == "dobj"]
        # "that" as the complementizer, or read as the object of a verb that has an object of its own
        marks = [c for c in node.children if c.lower_ == "that" and c.i < quoted.i and c.i == node.left_edge.i
                 and (c.dep_ == "mark" or c.dep_ == "dobj" and len(objects) > 1)]
        if marks and node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN") and \
                (medium or node.head.lemma_.lower() not in noun_cues()) and _no_verb_between(node.head, comp):
            return comp.doc[marks[0].i + 1].idx
        node = node.head
    return None


def _closing_attribution(verb) -> bool:
    """True for a speech cue with a subject of its own set off by a comma after the words it reports, which the parser
    hung inside them ("The campaign has 'multiple paths' to 270 votes, [campaign manager X wrote] in a memo")."""
    doc = verb.doc
    return verb.dep_ in ("relcl", "acl", "ccomp", "parataxis") and is_speech_cue(verb) and \
        verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == "," and \
        any(c.dep_ == "nsubj" and c.i < verb.i and c.tag_ not in ("WDT", "WP") and c.pos_ != "PRON"
            for c in verb.children)


def _no_verb_between(token, top) -> bool:
    """True when no verb lies on the way up from ``token`` to its ancestor ``top``."""
    while token.i != top.i:
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
        token = token.head
    return True


def _subject_taken_as_object(verb, comp) -> bool:
    """True when the parse made the subject of a finite clause the cue's object.

    'Lind argued the new bridge, which the council backs, "would not last"': the clause
    has no subject of its own and "bridge" hangs on the cue as its object; an addressee
    ('told the paper the budget "is fine"') is the first of two objects.
    """
    if comp.dep_ not in ("ccomp", "advcl") or \
            any(c.dep_ in _CLAUSE_SUBJECT_DEPS or c.dep_ == "mark" for c in comp.children):
        return False
    if comp.tag_ not in _FINITE_TAGS and not any(c.dep_ == "aux" and c.tag_ in _FINITE_TAGS for c in comp.children):
        return False  # 'told them "go home"': an imperative has no subject
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.i < comp.i]
    return len(objects) > (1 if verb.lemma_.lower() in ADDRESSEE_LEMMAS else 0)


def _open_mark(cand: Candidate) -> int:
    marks = cand.extra.get("marks") or [(None, None)]
    return marks[0][0] if marks[0][0] is not None else cand.start


def _widen(cand: Candidate, spans: list[Span], kept: list[Candidate]) -> None:
    """Make ``spans`` the content of ``cand``: a mixed statement, which absorbs the quotes inside."""
    start = spans[0][0]
    cand.spans = spans
    cand.kind = "mixed"
    cand.occasion = _mixed_occasion(cand.occasion, spans, cand.cue)
    cand.method += "+lead"
    cand.extra["widened"] = True
    while kept and kept[-1].start >= start:
        kept.pop()


def _source_before(text: str, source: Span | None, cue: list[int], open_at: int) -> Span | None:
    """The source mention cut before the cue or the quote it holds.

    A noun's phrase may take in the relative clause that makes it the speaker ('a message
    that said, "Sorry"'): the mention keeps the noun and the relative word, not the words said.
    """
    if source is None:
        return None
    start, end = source
    for stop in cue + [open_at]:
        if start < stop < end:
            end = stop
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;-—–(" or text[end - 1] in _MARK_CHARS):
        end -= 1
    return (start, end) if end > start else source


def _join(first: Candidate, second: Candidate) -> None:
    first.spans.extend(second.spans)
    first.extra.setdefault("marks", []).extend(second.extra.get("marks") or [])
    first.confidence = min(first.confidence, max(second.confidence, CONFIDENCE_PREVIOUS))
    if "+run" not in first.method:
        first.method += "+run"


def _short_of(occasion: Span | None, spans: list[Span]) -> Span | None:
    """An occasion cut where the statement's words begin ("in a statement [that ...]"); None inside them.

    What the quote itself mentions is no occasion: the speaker did not speak there.
    """
    if occasion is None:
        return None
    start, end = occasion
    for s, e in spans:
        if s <= start < e:
            return None
        if start < s < end:
            end = s
    return start, end


def _mixed_occasion(occasion: Span | None, spans: list[Span], cue: Span | None) -> Span | None:
    """The occasion of a mixed statement: none that opens the clause of its words.

    'During the call, they "agreed ...," Lind said': the phrase is the content's, not the cue's.
    """
    if occasion and cue and spans and occasion[1] <= cue[0] and max(e for _, e in spans) <= cue[0]:
        return None  # the cue follows its words: a phrase before it belongs to their clause
    return occasion


def _apply(cand: Candidate, found: Attribution, text: str) -> None:
    cand.cue = found.cue
    cand.source = _source_before(text, found.source, [found.cue[0]] if found.cue else [], _open_mark(cand))
    cand.addressee = found.addressee
    cand.occasion = _short_of(found.occasion, cand.spans)
    cand.act = found.act
    cand.confidence = round(cand.confidence * found.factor, 3)
    cand.method = f"{cand.method}+{found.method}" if cand.method else found.method
