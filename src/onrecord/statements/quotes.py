"""Direct quotes: quotation-mark scanning over the article text, in every typography.

The scanner works on characters, not tokens, paragraph by paragraph:

1. every quotation mark is classed by family (double, guillemet, single guillemet,
   single) and by what its neighbours allow it to do (open, close, either);
   apostrophes (don't, Jones', '90s, rock 'n' roll) are left out;
2. an opener is matched with the next closer of its family; marks of other families
   inside are nested quotes and belong to the content;
3. a quote still open at the end of a paragraph continues into the next paragraph when
   that one reopens it (the news convention, in single marks too); otherwise it ends at a
   following speech-cue sentence or at the paragraph end, with a lower confidence; a run
   that opens its paragraph goes on into a reopened quote with a cue of its own (that cue
   is the run's);
4. a closer never opened starts its quote at the paragraph start (lower confidence);
5. a paragraph that a dash opens, with no quotation marks, holds a quote up to the comma
   before its cue ('— We won, said Ruiz.': transcripts and European papers print speech so);
6. two quotes of one sentence around a short cue ("...," he said, "...") or an aside set
   off by dashes ('"We will" — she paused — "win."') become one Candidate with two spans.

Quotes of one to three words with no sentence inside are marked ``extra["scare"]``:
scare quotes and titles, statements only when attributed.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..records import Span
from ..speakers.mentions import NICKNAMED
from .candidates import Candidate

FAMILY = {
    '"': "double", "“": "double", "”": "double", "„": "double", "‟": "double",
    "«": "guillemet", "»": "guillemet",
    "‹": "single-guillemet", "›": "single-guillemet",
    "'": "single", "‘": "single", "’": "single", "‚": "single", "‛": "single", "`": "single",
}
# Marks that can only open (whatever follows); "“" may close in German-style „…“.
_OPEN_ONLY = frozenset("„‚")
_PREFER_OPEN = frozenset("“‘«‹‟‛")
_PREFER_CLOSE = frozenset("”’»›")
# '' is a double mark in some newspapers; ``…'' is the typewriter (LaTeX, Penn Treebank) style
_MARKS = re.compile("''|``|[\"“”„‟«»‹›'‘’‚‛`]")
_BACKTICKS = frozenset({"``", "`"})  # they only open
_FEET_INCHES = re.compile(r"\d['’]\d{1,2}$")

_OPENER_BEFORE = set(" \t\n\u00a0([{—―–-/:;") | set("\"“”„‟«»‹›'‘’‚‛`")
_CLOSER_AFTER = set(" \t\n\u00a0)]}.,;:!?—―–-/…") | set("\"“”„‟«»‹›'‘’‚‛`")
_ELISIONS = re.compile(r"(?:n|em|til|cause|tis|twas|cos|bout|nuff|round|ya|s)\b|\d\ds\b|\d\d\b", re.I)
_CUE_VERBS = (r"(?:said|says|added|adds|told|tells|asked|asks|wrote|writes|explained|stated|insisted|"
              r"noted|argued|warned|continued|declared|replied|recalled|concluded|tweeted)")
# A sentence that is only a speech cue: where an unclosed quote most likely ended.
# ('..., Lind said', and inverted after a comma: '..., said Lind, whose group ...'; not the speaker's own series
# '"I called the school, told the principal everything, ...')
_CUE_AFTER = re.compile(
    r"[,.!?]\s+(?:(?:he|she|they|it|we|I)|(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w'’-]*|(?:the|a|an)\s[\w\s-]{1,40}?)\s"
    + _CUE_VERBS + r"\b|,\s+(?:said|says|added)\s+(?:[A-Z]|the\s)")
# A cue right after a closing mark ('," Smith said'): the quote has its own attribution.
CUE_RIGHT_AFTER = re.compile(
    r"[,\s]*(?:(?:he|she|they|I|we)\s|(?:the\s|a\s|an\s)?(?:[\w.'’-]+\s){0,5}?)" + _CUE_VERBS + r"\b")
_SENTENCE_END = re.compile(r"[.!?…]")
# A paragraph that a dash opens, the mark that ends the words a dash opened before their cue, and what follows the
# mark: the cue, or its subject (a name, a pronoun, a noun phrase, set off by commas or not) and then the cue.
_DASH_OPENS = re.compile(r"[ \t\u00a0]*[—―–][ \t\u00a0]*(?=[\w\"“‘'])")
_DASH_QUOTE_END = re.compile("[,?!]")
_DASH_SUBJECT_CUE = (r"(?:(?:he|she|they|(?:the|a|an|one|his|her|their)\s|[A-Z])[^.!?,;:\n]{0,40}?"
                     r"(?:,[^.!?;:\n,]{1,40},)?\s+)?" + _CUE_VERBS + r"\b")
_DASH_CUE = re.compile(r"[,?!]\s+" + _DASH_SUBJECT_CUE)
_NOBODY = r"(?!(?:Nobody|No one|None|Nothing)\b)"
# after a question or an exclamation, the cue closes its sentence ("... then? she says.") or its speaker follows it
# ("...! said Tomas Berglund"); not "Why? Because he said so", "Why now? Mayor Dunn said Corvel ...", "How? Nobody
# said."
_DASH_CUE_CLOSING = re.compile(r"[?!]\s+(?:" + _NOBODY + _DASH_SUBJECT_CUE +
                               r"(?=\s*(?:[.,;]|$)|\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:[.,;]|$))|" +
                               _CUE_VERBS + r"\s+" + _NOBODY + r"[A-Z])", re.M)  # (or its hearer: "the judge asked X.")
# Words whose final period ends no sentence ("Gov. Varga replied").
ABBREVIATIONS = frozenset("""mr mrs ms dr gov sen rep gen lt col sgt capt st jr sr prof rev no vs
u.s u.k u.n inc corp co ltd jan feb mar apr aug sept sep oct nov dec ft mt
hon supt cllr coun const cst insp cpl maj brig cmdr fr msgr atty smt shri engr hj del adm ald asst det
pvt spc cpt amb""".split())

CONFIDENCE_CLOSED = 0.9
CONFIDENCE_UNCLOSED = 0.65
CONFIDENCE_UNOPENED = 0.6


@dataclass(slots=True)
class Mark:
    """One quotation mark: where it is, its family, and what it can do there."""

    pos: int
    char: str
    family: str
    can_open: bool
    can_close: bool
    weak: bool = False  # a closer that may be a possessive apostrophe (Jones' boat)
    end: int = 0  # after the mark ('' is two characters wide)


def quotations_inside(text: str, start: int, end: int) -> list[Span]:
    """The quotations inside text[start:end], marks included, paired by family from ``classify_marks`` (a single
    mark left open inside a double quotation closes with it): what a quote's speaker quotes from someone else."""
    found, opened = [], {}
    for mark in classify_marks(text, start, end):
        if mark.family in opened and mark.can_close:
            found.append((opened.pop(mark.family), mark.end))
            if mark.family == "double":
                opened.pop("single", None)
        elif mark.can_open and not mark.weak:
            opened[mark.family] = mark.pos
    return found


def is_abbreviation(text: str, period: int) -> bool:
    """True when the mark at ``period`` ends an abbreviation or an initial, not a sentence."""
    if text[period] != ".":
        return False
    word = re.search(r"([\w.]+)$", text[max(0, period - 12):period])
    if word is None:
        return False
    if text[period + 1:period + 2] == ")":
        return True  # "(D-Ore.)": the parenthesis closes, the sentence goes on
    w = word.group(1).lower()
    return w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or "." in w.strip(".")


def paragraph_spans(text: str, paragraphs: list[Span] | None = None) -> list[Span]:
    """The paragraphs of ``text``: the given ones, or its non-blank lines."""
    if paragraphs:
        return [(s, e) for s, e in paragraphs if e <= len(text)]
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def _is_apostrophe(text: str, i: int, start: int, end: int) -> bool:
    """True when the single mark at ``i`` is an apostrophe, not a quotation mark."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, rock'n'roll, O'Neill
    if not before.isalnum() and _ELISIONS.match(text, i + 1, min(end, i + 8)):
        return True  # 'n', 'em, 'til, '90s
    if before in "nN" and i >= start + 2 and text[i - 2] in "'‘’" and not after.isalnum():
        return True  # the second mark of 'n'
    return False


def classify_marks(text: str, start: int, end: int) -> list[Mark]:
    """Every quotation mark of text[start:end] with what its neighbours let it do."""
    marks = []
    nicknames = None
    measures = measure_marks(text, start, end)
    for m in _MARKS.finditer(text, start, end):
        i, j = m.start(), m.end()
        ch = text[i]
        if nicknames is None:
            nicknames = nickname_marks(text, start, end)
        if i in nicknames:
            continue  # 'Jack "Haddo" Haddon': the marks of a nickname inside a name quote nobody
        family = "double" if j - i == 2 else FAMILY[ch]
        if family == "single" and _is_apostrophe(text, i, start, end):
            continue
        if _height_mark(text, i, start):
            continue  # the inches of a height ("6'3\" tall"), not a quotation mark
        if i in measures:
            continue  # 'a 12" main', 'boards up 2" or 3" in the lane': inches or feet
        before = text[i - 1] if i > start else " "
        after = text[j] if j < end else " "
        if ch in "«‹" and after.isspace() and not before.isalnum() and j + 1 < end:
            after = text[j + 1]  # French spacing inside the marks: « Non », a-t-il dit
        elif ch in "»›" and before.isspace() and not after.isalnum() and i - 2 >= start:
            before = text[i - 2]  # (not German »Nein«, whose » opens before a word)
        opens = before in _OPENER_BEFORE and not after.isspace()
        closes = not before.isspace() and (after in _CLOSER_AFTER or j >= end)
        if ch in _OPEN_ONLY or text[i:j] in _BACKTICKS:
            opens, closes = True, False
        elif not opens and not closes:
            opens = closes = True  # a detached mark: its state decides
        elif opens and closes:
            opens, closes = ch not in _PREFER_CLOSE, ch not in _PREFER_OPEN or ch == "“"
        weak = False
        if family == "single" and before.isalpha() and not after.isalnum() and before in "sSzZ":
            closes, opens = True, False  # Jones' is a closer only if a quote is open
            weak = bool(re.match(r"\s+[a-z]", text[i + 1:i + 3]))
        marks.append(Mark(i, ch, family, opens, closes, weak, j))
    return marks


# a straight mark right after a number and before a word: inches or feet ('a 12" pipe', "20' away")
_MEASURE = re.compile(r"(?<![\w.,'])\d+(?:\.\d+)?([\"'])(?= [a-zA-Z])")
# two measures joined: '2" or 3"', '12" by 18"', '2" to 3"'
_MEASURE_PAIR = re.compile(r"\d+(?:\.\d+)?([\"']) (?:or|to|by|x) \d+(?:\.\d+)?\1")


def measure_marks(text: str, start: int, end: int) -> frozenset[int]:
    """Where a straight mark in text[start:end] is a unit of length, not a quotation mark: after a number and
    before a word ('A 12" main burst, sending 6" of water', 'a 65" TV'), where it closes no quotation: none of
    its kind is open, or (before a word in lower case) the next mark of its kind closes one ('"Boards stick up 2"
    or 3" in the lane," she said').
    Else it may close a quotation ('the "top 10" in the league', '"Give me 5" he told the foreman'). A foot mark
    counts only in a paragraph with no other single mark that may quote ("20' from the building"; not "the
    teachers' union said 'top 10' ...")."""
    found = {m.start(1): m.group(1) for m in _MEASURE.finditer(text, start, end)}
    if not found:
        return frozenset()
    paired = {k for m in _MEASURE_PAIR.finditer(text, start, end) for k in (m.start(1), m.end() - 1)}
    measures: set[int] = set()
    for kind in "\"'":
        at = sorted(k for k, mark in found.items() if mark == kind)
        if not at:
            continue
        # the marks that may quote: not a height's, not an apostrophe in or after a word ("don't", "teachers'")
        marks = [k for k in range(start, end) if text[k] == kind and not _height_mark(text, k, start) and (
            k in found or not (k > start and text[k - 1].isalnum() and (
                k + 1 >= end or text[k + 1].isalnum() or kind == "'")))]
        if kind == "'" and len(marks) > len(at):
            continue
        opened = False
        for n, k in enumerate(marks):
            if k in found:
                # (the next mark that may close, not one after a number: "... said the main was 12".")
                after = next((j for j in marks[n + 1:] if j not in found and not text[j - 1].isdigit()), None)
                if not opened or text[k + 2].islower() and (
                        k in paired or after is not None and _closer_only(text, after, start, end)):
                    measures.add(k)  # (before a capital, only where nothing is open: 'a 65" TV')
                    continue
            opened = not opened
    return frozenset(measures)


def _height_mark(text: str, k: int, start: int) -> bool:
    """True for the inches mark of a height ('6\'3"'), which ``classify_marks`` passes over too."""
    return text[k] == '"' and _FEET_INCHES.search(text, max(start, k - 6), k) is not None


def _closer_only(text: str, k: int, start: int, end: int) -> bool:
    """True when the straight mark at ``k`` can only close a quotation: a word or a comma before it, a space or a
    stop after it."""
    before = text[k - 1] if k > start else " "
    after = text[k + 1] if k + 1 < end else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")


def nickname_marks(text: str, start: int, end: int) -> frozenset[int]:
    """Where the quotation marks around a nickname between a given name and a surname stand in text[start:end]."""
    return frozenset(i for m in NICKNAMED.finditer(text, start, end) for i in (m.start(2) - 1, m.end(2)))


def trimmed(text: str, start: int, end: int) -> Span:
    """The span without surrounding whitespace and without a trailing comma."""
    while start < end and (text[start].isspace() or text[start] in "\u00a0\u200b"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",\u00a0\u200b"):
        end -= 1
    return start, end


class Closers:
    """Where each opener of a paragraph closes, answered by bisection (no quadratic scans).

    marks (list[Mark]): the paragraph's marks, in text order.
    """

    def __init__(self, marks: list[Mark]) -> None:
        self.marks = marks
        self.closers: dict[str, list[int]] = {}
        self.firm: dict[str, list[int]] = {}  # closers that are no possessive apostrophe
        self.openers: dict[str, list[int]] = {}  # marks that can only start a new quote
        self.only_open: dict[str, list[int]] = {}  # marks that cannot close, straight ones too
        # two apostrophes nest a quote only where they pair up ("''We won. ''Next year,'' said X" leaves one open)
        self.paired = sum(m.char == "'" and m.end - m.pos == 2 for m in marks) % 2 == 0
        for i, m in enumerate(marks):
            if m.can_open and not m.can_close:
                self.only_open.setdefault(m.family, []).append(i)
            if m.can_close:
                self.closers.setdefault(m.family, []).append(i)
                if not m.weak:
                    self.firm.setdefault(m.family, []).append(i)
            elif m.can_open and m.char in _OPEN_ONLY | _PREFER_OPEN:
                self.openers.setdefault(m.family, []).append(i)

    def find(self, k: int) -> int | None:
        """The index of the mark that closes the opener ``marks[k]``, or None.

        The first firm closer of the family after it, or its last closer when only possessive
        apostrophes follow (Jones' boat); when a new opener of the family comes first, the quote
        holds a quote in its own marks or was never closed (``_nested_close``).
        """
        family = self.marks[k].family
        firm = _after(self.firm.get(family, []), k)
        closers = self.closers.get(family, [])
        close = firm if firm is not None else (closers[-1] if closers and closers[-1] > k else None)
        opener = _after(self.openers.get(family, []), k)
        if opener is not None and (close is None or opener < close):
            return self._nested_close(k)
        if close is not None and _straight_double(self.marks[k]) and (self.marks[k].char == '"' or self.paired) and \
                any(m.can_open and not m.can_close and _straight_double(m) for m in self.marks[k + 1:close]):
            # '"I made "Blue Hour" for nothing," she said.', "''People tell me ''it could be worse''. I know,'' she
            # said"; or never closed
            return self._nested_close(k)
        return close

    def next_opener(self, k: int) -> int | None:
        """The index of the next mark after ``marks[k]`` of its family that can only open, or None."""
        return _after(self.only_open.get(self.marks[k].family, []), k)

    def _nested_close(self, k: int) -> int | None:
        """The closer of the opener ``marks[k]`` when its quote holds quotes in its own marks ('“I'd rather live in
        what he calls “hell” than here.”'): openers and firm closers of its family counted as levels. None when the
        quote is never closed ('“We won. “Next year,” she said.': the inner quote closes, the outer never does)."""
        family = self.marks[k].family
        depth = 1
        for j in range(k + 1, len(self.marks)):
            m = self.marks[j]
            if m.family != family:
                continue
            if m.can_close and not m.weak:
                depth -= 1
                if depth == 0:
                    return j
            elif m.can_open and not m.can_close:
                depth += 1
        return None


def _straight_double(mark: Mark) -> bool:
    """A straight double mark, or two apostrophes standing for one: the same mark opens and closes."""
    return mark.char == '"' or mark.char == "'" and mark.end - mark.pos == 2


def _after(indices: list[int], k: int) -> int | None:
    """The first of the sorted ``indices`` above ``k``."""
    i = bisect_right(indices, k)
    return indices[i] if i < len(indices) else None


def _cue_end(text: str, start: int, end: int) -> int:
    """Where an unclosed quote ends: before a speech-cue sentence, else the paragraph end."""
    m = _CUE_AFTER.search(text, start, end)
    return m.start() + 1 if m else end


def _ends_on_cue(text: str, start: int, end: int) -> bool:
    """True when an unclosed quote's paragraph ends on a cue sentence ('"We will win, Lind told reporters.'):
    the writer forgot the closing mark, and the quote that the next paragraph opens is a new one, not this
    one running on (a quote that runs on leaves its paragraph open in the speaker's own words)."""
    last = None
    for last in _CUE_AFTER.finditer(text, start, end):
        pass
    if last is None or text[last.start()] != "," or text[last.start() + 1:last.end()].split()[0] in ("I", "we"):
        return False  # '..., Lind told reporters.', not '... I said no.' nor '..., I told them.' in the speaker's words
    rest = text[last.end():end].rstrip()
    words = rest[:-1].split()
    # a cue sentence names the speaker and at most whom or when ("told reporters on Monday."), not what
    # was said ("Then Kerry said that 100,000 would come." inside a quote that runs on)
    return rest.endswith((".", "!", "?")) and len(words) <= _CUE_TAIL_WORDS and \
        not (words and words[0].lower() == "that") and not _SENTENCE_END.search(rest[:-1])


_CUE_TAIL_WORDS = 4


def _reopens(text: str, para: Span, family: str) -> int | None:
    """The position of the mark that reopens a quote at the start of ``para``, if any."""
    i = para[0]
    while i < para[1] and (text[i].isspace() or text[i] in "\u00a0\u200b"):
        i += 1
    if i < para[1] and ("double" if text.startswith(("''", "``"), i) else FAMILY.get(text[i])) == family:
        return i
    return None


# '"WALLACE: Let's start ...': a line of a transcript printed in quotation marks, its speaker's label in capitals
_LABEL_IN_MARKS = re.compile(r"[\"“]\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}:\s")


def transcript_in_marks(text: str, paragraphs: list[Span]) -> list[Span]:
    """The paragraphs of a transcript printed in quotation marks ('Partial transcript as follows:' then '"WALLACE:
    ...', '"PENCE: ...', each paragraph reopening the marks): a run of paragraphs that all open with a double mark,
    two or more of them with a speaker's label. Each line is its label's statement, not one long quote."""
    found: list[Span] = []
    run: list[Span] = []
    for para in paragraphs + [(len(text), len(text))]:
        if para[0] < len(text) and text[para[0]] in "\"“":
            run.append(para)
            continue
        if sum(1 for p in run if _LABEL_IN_MARKS.match(text, p[0], p[1])) >= 2:
            found.extend(run)
        run = []
    return found


def scan_quotes(text: str, paragraphs: list[Span] | None = None, *,
                skip: list[Span] = ()) -> list[Candidate]:
    """Every direct quote of ``text`` as a Candidate of kind "direct", in text order.

    text (str): the article text.
    paragraphs (list[Span] | None): paragraph spans; non-blank lines when None.
    skip (list[Span]): regions (headline, furniture) left out of the scan.
    RETURNS (list[Candidate]): content spans exclude the marks; ``extra["marks"]`` holds
        the (open, close) mark positions of each span, None where a mark is missing.
    """
    paras = [p for p in paragraph_spans(text, paragraphs)
             if not any(s <= p[0] and p[1] <= e for s, e in skip)]
    found: list[Candidate] = []
    carry: Candidate | None = None  # a quote open at the end of the previous paragraph
    carry_family = ""
    for n, para in enumerate(paras):
        marks = classify_marks(text, para[0], para[1])
        if carry is None and all(m.family == "single" for m in marks):
            dashed = _dash_quote(text, para)
            if dashed is not None:
                found.append(dashed)
        closers = Closers(marks)
        k = 0
        if carry is not None:
            k, carry = _continue_carry(text, para, marks, carry, carry_family, found)
        while k < len(marks):
            m = marks[k]
            if m.can_open:
                j = closers.find(k)
                if j is not None:
                    found.append(_quote(text, m.end, marks[j].pos, (m.pos, marks[j].end - 1)))
                    k = j + 1
                    continue
                nxt = paras[n + 1] if n + 1 < len(paras) else None
                if m.family == "single" and (nxt is None or _reopens(text, nxt, "single") is None) and \
                        not _single_quote_left_open(text, m, para, found):
                    k += 1  # an unmatched single mark is an apostrophe after all
                    continue  # (unless the next paragraph reopens it: British quotes run on so)
                runs_on = nxt is not None and _reopens(text, nxt, m.family) is not None and \
                    not _ends_on_cue(text, m.end, para[1])
                stop = para[1] if runs_on else _cue_end(text, m.end, para[1])
                again = closers.next_opener(k)
                if again is not None and marks[again].pos < stop and \
                        (not runs_on or _quote_with_cue(text, para, marks, closers, again)):
                    # a quote of the family opened there begins a new statement: the unclosed one ends there
                    # ('“We won. “Next year,” Varga said.' holds two quotes, not one)
                    found.append(_quote(text, m.end, marks[again].pos, (m.pos, None), CONFIDENCE_UNCLOSED,
                                        method="quotes:unclosed"))
                    k = again
                    continue
                if runs_on:
                    carry = _quote(text, m.end, para[1], (m.pos, None), CONFIDENCE_CLOSED)
                    carry_family = m.family
                else:
                    found.append(_quote(text, m.end, stop, (m.pos, None), CONFIDENCE_UNCLOSED,
                                        method="quotes:unclosed"))
                break
            if k == 0 and m.can_close and m.family != "single":
                found.append(_quote(text, para[0], m.pos, (None, m.end - 1), CONFIDENCE_UNOPENED,
                                    method="quotes:unopened"))
            k += 1
    if carry is not None:
        found.append(carry)
    found = [c for c in found if c.spans and c.spans[0][1] > c.spans[0][0] and not _markup_value(text, c)]
    for cand in found:
        cand.extra["scare"] = is_scare_quote(text, cand.spans)
        cand.extra["title"] = cand.extra["scare"] and is_title(text, cand.spans)
    return merge_interrupted(text, found)


_BLOCK_MIN_WORDS = 5
_LABEL = re.compile(r"(?:[\w.'’-]+ ){0,4}[\w.'’()-]+:\s")  # 'FIRST OFFICER: We're low.' names its own speaker
_LIST_ITEM = re.compile(r"[-•*·▪–—]|\d{1,2}[.)]\s|[a-z][.)]\s")


def block_quotes(text: str, paragraphs: list[Span], quotes: list[Candidate], *,
                 skip: list[Span] = ()) -> list[Candidate]:
    """Paragraphs without quotation marks after a paragraph that ends on a colon ('Falk and 140 other filmmakers
    wrote:' / 'The tax credit rewards ...'): a saved page keeps a block quote's words, not the layout that set them
    off. Candidates of kind "direct"; the attributor keeps those whose colon line has a speech cue."""
    found = []
    for before, para in zip(paragraphs, paragraphs[1:]):
        words = text[para[0]:para[1]].strip()
        if not text[before[0]:before[1]].rstrip().endswith(":") or any(s < para[1] and para[0] < e for s, e in skip):
            continue
        if len(words.split()) < _BLOCK_MIN_WORDS or _MARKS.search(words[:2]) or \
                _LIST_ITEM.match(words) or _LABEL.match(words) or words[-1] not in ".!?…" or \
                any(q.start < para[1] and para[0] < q.end for q in quotes):
            continue
        found.append(_quote(text, para[0], para[1], (None, None), CONFIDENCE_UNCLOSED, method="quotes:block"))
    return found


def _quote_with_cue(text: str, para: Span, marks: list[Mark], closers: Closers, k: int) -> bool:
    """True when the quote opened by ``marks[k]`` closes in the paragraph with a cue right after it ('..., " added
    Marcus Oyelowo'): a new statement, not a quote inside one that runs on to the next paragraph."""
    j = closers.find(k)
    return j is not None and CUE_RIGHT_AFTER.match(text, marks[j].end, min(para[1], marks[j].end + 80)) is not None


def _single_quote_left_open(text: str, mark: Mark, para: Span, found: list[Candidate]) -> bool:
    """True for an unmatched single mark that opens a sentence after a colon or after a quote in single marks closed
    in the same paragraph ("X said: 'I work ...", "'..., ' said X. 'We are saying ..." to the paragraph's end): a quote
    whose mark is never closed, not an apostrophe ("'90s", "'Tis")."""
    before = text[para[0]:mark.pos].rstrip()
    if not before or before[-1] not in ".!?:" or not text[mark.end:mark.end + 1].isupper():
        return False
    if before[-1] == ":":
        return True  # "X said: 'I work 30 hours a week ...": a colon opens the quote
    # a quote closed before it with a comma at its close ("'...,' said X."), as a quote its speaker goes on with is
    # (not "the raid was 'a major blow'. 'Ndrangheta clans ...": a name that opens with an apostrophe)
    return any(c.extra.get("marks") and c.extra["marks"][0][0] is not None and para[0] <= c.extra["marks"][0][0] and
               text[c.extra["marks"][0][0]] in "'‘" and c.extra["marks"][-1][1] is not None and
               "," in text[c.extra["marks"][-1][1] - 1:c.extra["marks"][-1][1] + 2] for c in found)


def _markup_value(text: str, cand: Candidate) -> bool:
    """True for an attribute value of markup left in the text (<tweet pic="...">, href="..."): no quote."""
    opener = cand.extra["marks"][0][0]
    return opener is not None and opener > 0 and text[opener - 1] == "="


def _continue_carry(text: str, para: Span, marks: list[Mark], carry: Candidate, family: str,
                    found: list[Candidate]) -> tuple[int, Candidate | None]:
    """Carry a paragraph-spanning quote through ``para``; returns the next mark index."""
    opener = _reopens(text, para, family)
    k = next((i for i, m in enumerate(marks) if m.pos == opener), None)
    if k is None:  # cannot happen: the reopening was checked before carrying
        found.append(carry)
        return 0, None
    j = Closers(marks).find(k)
    if j is not None and j + 1 < len(marks) and not _opens_paragraph(text, carry) and \
            CUE_RIGHT_AFTER.match(text, marks[j].end, min(para[1], marks[j].end + 80)):
        found.append(carry)  # '"C," X said. "D."': the reopened quote starts its own statement
        return k, None  # (but a run that opened its paragraph has no cue of its own: this one is its)
    if j is not None:
        span = trimmed(text, marks[k].end, marks[j].pos)
        carry.spans.append(span)
        carry.extra["marks"].append((marks[k].pos, marks[j].end - 1))
        found.append(carry)
        return j + 1, None
    span = trimmed(text, marks[k].end, para[1])
    carry.spans.append(span)
    carry.extra["marks"].append((marks[k].pos, None))
    return len(marks), carry  # still open: the next paragraph decides


def _dash_quote(text: str, para: Span) -> Candidate | None:
    """A quote opened by a dash, as transcripts and European papers print speech:
    '— We have won a meeting, not the fight, said Ana Ruiz.' The words run from the dash to
    the first comma, question mark or exclamation mark after which the cue's subject (or the cue itself) follows
    ('— Who is responsible then? she says.'), the comma left out and the other two kept."""
    dash = _DASH_OPENS.match(text, para[0], para[1])
    if dash is None:
        return None
    for mark in _DASH_QUOTE_END.finditer(text, dash.end(), para[1]):
        if (_DASH_CUE if mark.group() == "," else _DASH_CUE_CLOSING).match(text, mark.start(), para[1]):
            at = dash.start() + len(dash.group()) - len(dash.group().lstrip(" \t\u00a0"))
            return _quote(text, dash.end(), mark.end() if mark.group() != "," else mark.start(), (at, None),
                          CONFIDENCE_UNCLOSED, method="quotes:dash")
    return None


def _opens_paragraph(text: str, cand: Candidate) -> bool:
    """True when the opening mark of ``cand`` opens its paragraph, and no colon ends the one before
    ('X said:' introduces the run)."""
    opener = cand.extra["marks"][0][0]
    return opener is not None and not text[text.rfind("\n", 0, opener) + 1:opener].strip() and \
        not text[:opener].rstrip().endswith(":")


def _quote(text: str, start: int, end: int, marks: tuple[int | None, int | None],
           confidence: float = CONFIDENCE_CLOSED, method: str = "quotes:marks") -> Candidate:
    span = trimmed(text, start, end)
    return Candidate(spans=[span], kind="direct", confidence=confidence, method=method,
                     extra={"marks": [marks]})


def is_scare_quote(text: str, spans: list[Span]) -> bool:
    """True for a few quoted words with no sentence inside: a scare quote or a title.

    One to four words, with no sentence-final mark but the last (American style puts the
    period of the enclosing sentence inside the marks).
    """
    if len(spans) != 1:
        return False
    content = text[spans[0][0]:spans[0][1]].strip()
    words = content.split()
    return 0 < len(words) <= 4 and not _SENTENCE_END.search(content.rstrip(".!?…,"))


def is_title(text: str, spans: list[Span]) -> bool:
    """True for a short quote of capitalised words ("CBS This Morning"): a title or a name."""
    words = text[spans[0][0]:spans[0][1]].strip(" .,").split()
    return 1 < len(words) <= 6 and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words)


_TITLE_SMALL = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "with"})


_SHORT_GAP = 100  # characters of a cue between two parts of one quote ('said Lind, the mayor,')
_LONG_GAP = 240  # when the second part starts in lower case ('said Lind, director of ..., "but ..."')


def merge_interrupted(text: str, quotes: list[Candidate]) -> list[Candidate]:
    """Join "...," he said, "..." into one Candidate with two spans and the gap as ``extra``."""
    merged: list[Candidate] = []
    for cand in quotes:
        prev = merged[-1] if merged else None
        if prev is not None and _interrupts(text, prev, cand):
            close = prev.extra["marks"][-1][1]
            prev.spans.extend(cand.spans)
            prev.extra["marks"].extend(cand.extra["marks"])
            prev.extra["gap"] = (close + 1, cand.extra["marks"][0][0])
            prev.extra["scare"] = False
            prev.confidence = min(prev.confidence, cand.confidence)
            continue
        merged.append(cand)
    return merged


def _interrupts(text: str, first: Candidate, second: Candidate) -> bool:
    """True when ``second`` carries on ``first`` after a cue inside one sentence."""
    close = first.extra["marks"][-1][1]
    reopen = second.extra["marks"][0][0]
    if close is None or reopen is None or reopen <= close or first.extra.get("title"):
        return False  # 'the book "Harbour Lights," explaining, "..."': a title is no first part
    before_close = _MARKS.sub("", text[first.spans[-1][1]:close + 1]).strip()
    gap = text[close + 1:reopen]
    if _dashed_aside(before_close, gap, text[first.spans[-1][0]:first.spans[-1][1]]):
        return True  # '"I was afraid" — she paused — "afraid that nobody would come."'
    if before_close not in (",", "") or (before_close != "," and not gap.lstrip().startswith(",")):
        return False  # the first part must end with a comma, inside or outside its marks
    stripped = gap.strip()
    # a second part in lower case goes on with the first whatever the length of the cue between
    # (unless a clause of its own ends the cue: '..., adding that if ..., "b"')
    longest = _LONG_GAP if text[second.start:second.start + 1].islower() and not re.search(r"\bthat\b", gap) \
        else _SHORT_GAP
    if not stripped.endswith((",", ":")) or len(stripped) > longest or "\n" in gap or \
            not any(c.isalpha() for c in gap) or any(c in gap for c in "\"“”«»"):
        return False
    start = close + 1
    return all(is_abbreviation(text, start + m.start()) for m in re.finditer(r"[.!?]", gap))


_ASIDE_OPENERS = ("—", "―", "–", "--")


def _dashed_aside(before_close: str, gap: str, first: str) -> bool:
    """True for a short aside set off by dashes between two parts of one quote.

    '"We will" — she paused — "win."' and '"We will —" she said — "win."': the dashes (one may
    stand inside the first part's marks) hold the sentence open across the aside.
    """
    stripped = gap.strip()
    opened = before_close in ("—", "―", "–", "-", "--") or first.rstrip().endswith(("—", "―", "–")) or \
        stripped.startswith(_ASIDE_OPENERS) or gap.startswith(" - ")
    if before_close not in ("", "—", "―", "–", "-", "--") or not opened or not stripped.endswith(("—", "―", "–", "-")):
        return False
    aside = stripped.strip("—―–- ")
    return 0 < len(aside) <= _SHORT_GAP and "\n" not in gap and any(c.isalpha() for c in aside) and \
        not any(c in aside for c in "\"“”«»") and not _SENTENCE_END.search(aside)
