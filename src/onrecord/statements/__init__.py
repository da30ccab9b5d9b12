"""Statement extraction: Article + parsed Doc -> Statements and Entities.

``StatementExtractor.extract`` runs the stage as a cascade, each step on the one parse
the pipeline made of the article text:

1. headline: the headline lines, and a `Speaker: "quote"` headline quote;
2. direct quotes: quotation marks scanned over the text (``quotes.py``), then their
   cue and source found on the parse (``attribute.py``);
3. reported statements: indirect and mixed ones (``reported.py``, guarded: when that
   module is missing or fails, the run goes on without them and logs why);
4. merging: one statement per content region (a direct quote inside a mixed one is
   the mixed one; a reported clause inside a direct quote is the quote); then the
   trained tagger's findings that no rule made (``tagger.py``; none when its weights are
   missing); nothing from page furniture or bylines, nor the object of a headline verb of an act;
5. speakers: every source mention resolved to the person or body it denotes, in text
   order (``speakers.resolve``; the article's authors are never antecedents);
6. continuation: unmarked first-person sentences after an attributed quote;
7. records: Statements sorted by start, with the settings' filters applied.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from ..nlp import doc_text
from ..records import Article, Entity, Span, Speaker, Statement, TextSpan
from ..settings import Settings
from ..speakers.mentions import byline_spans, split_descriptor
from ..speakers.resolve import SpeakerResolver
from ..speakers.types import (ANONYMOUS_WORDS, COMPANY_NOUNS, DOCUMENT_WORDS, EPITHET_NOUNS, KIN_WORDS,
                              ORGANIZATION_WORDS, is_honorific, is_role_word, speaker_type)
from ..title_case import a_headline_verb, title_case_lines
from .attribute import QuoteAttributor
from .build import build_statement, through_open_quote
from .candidates import Candidate
from .cues import LINKING_ADVERBS, QUOTE_STANDINS, noun_cue
from .continuation import QUOTE_MARKS, ContinuationFinder
from .headline import (ACT_AFTER_CUE, CAMP_WORDS, body_match, find_headline_quote, headline_spans, spelled_title,
                       title_quote)
from .occasion import WRITTEN_TEXTS
from .posts import find_posts, with_posts
from .quotes import block_quotes, paragraph_spans, quotations_inside, scan_quotes, transcript_in_marks

logger = logging.getLogger(__name__)

__all__ = ["StatementExtractor"]

# Share of a reported content inside a direct quote above which it is that quote.
_INSIDE_SHARE = 0.5
_ANSWER_LABEL = re.compile(r"\s*(?:Q|A|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})\s*:\s")  # "Q:", "Okonkwo:"
# The reported statements that quote trackers count: speech given as a clause (``is_quote``)
_QUOTE_METHODS = frozenset({"reported.clause", "reported.inverted", "reported.as_clause", "reported.according_to",
                            "reported.colon", "reported.answer", "reported.make_clear"})
_MAX_UNKNOWN_SPEAKER_WORDS = 4  # a headline speaker not named in the body, as written
# Words that make a Title Case headline content a clause ("Bridge Will Open In May").
_FINITE_WORDS = frozenset("""is are was were be been being will would can could should must may might
has have had do does did won't can't isn't aren't wasn't""".split())
_QUOTE_MARKS = frozenset("\"'“”‘’«»„")
# headline verbs of acts, whose bare object nobody states ("Council approves bridge repairs", "Council rejects
# bridge plan", "Rossi claims pole", "Over-75s offered new RSV jab"), unlike
# "Premier vows court fight", "Senator slams Trump", "Union endorses Clinton" (PolNeAR annotates those, and readers
# take them so)
_HEADLINE_ACTS = frozenset({"approve", "reject", "answer", "offer", "address", "highlight", "focus", "vote",
                            "nominate", "welcome", "talk", "cite", "recall", "claim", "question", "sign",
                            "buy", "sell", "cut", "arrest", "hit", "win", "open", "lose", "beat", "name", "appoint"})
# acts whose infinitive is what is done, not said ("Workers Vote To Unionize"; "Russia claims to have taken the
# village" and "Minister offers to resign" are statements)
_ACTS_BEFORE_TO = frozenset({"vote", "move"})
# "PM calls for calm", "pushes for": with the preposition only ("PM calls snap election" is an act)
_HEADLINE_ASKING = frozenset({"call", "push", "press"})
_BARE_OBJECTS = ("reported.object", "reported.prep")
_FAULTS = frozenset({"mistake", "error", "failure", "failing", "fault", "wrongdoing", "blunder", "guilt", "lapse",
                     "defeat", "responsibility", "misconduct", "breach"})


@dataclass(slots=True)
class _RuleFindings:
    """The rules' candidates and what later steps need of the way there."""

    candidates: list[Candidate]
    furniture: list[Span]
    head_spans: list[Span]
    paragraphs: list[Span]
    attributor: QuoteAttributor


class StatementExtractor:
    """Finds and attributes the statements of parsed articles.

    nlp: the loaded spaCy pipeline (kept for callers; extraction uses the given Doc).
    settings (Settings): continuation, beliefs, quotes_only and min_confidence apply here.
    """

    def __init__(self, nlp, settings: Settings) -> None:
        self.nlp = nlp
        self.settings = settings

    def rule_candidates(self, article: Article, doc) -> list[Candidate]:
        """What the rules alone find (steps 1 to 4 without the tagger): the trained tagger
        reads these as features, and ``scripts/train_tagger.py`` builds them the same way."""
        return self._rules(article, doc).candidates

    def _rules(self, article: Article, doc) -> "_RuleFindings":
        text = doc_text(doc)
        furniture = [(s, e) for s, e in article.furniture if s < len(text)]
        head_spans = headline_spans(article, text)
        paragraphs = [p for p in paragraph_spans(text, article.paragraphs)
                      if not _overlaps_any(p, furniture)]
        attributor = QuoteAttributor(doc, paragraphs)
        unquoted = head_spans + furniture + transcript_in_marks(text, paragraphs)
        scanned = scan_quotes(text, paragraphs, skip=unquoted)
        quotes = attributor.attribute(list(scanned))
        blocks = block_quotes(text, paragraphs, scanned, skip=unquoted)
        quotes = sorted(quotes + [c for c in map(attributor.attribute_block, blocks) if c is not None],
                        key=lambda c: c.start)
        # every quoted passage, scare quotes too, lets the reported finder see mixed statements
        reported = [c for c in _find_reported(doc, article, scanned) if self._keep_act(c)]
        return _RuleFindings(merge(quotes, reported, text), furniture, head_spans, paragraphs, attributor)

    def extract(self, article: Article, doc) -> tuple[list[Statement], list[Entity]]:
        """The statements and entities of one article.

        doc (spacy.tokens.Doc): the parse of ``article.text`` (possibly cut to max_chars).
        RETURNS (tuple): statements sorted by start, and the named entities outside page
            furniture.
        """
        text = doc_text(doc)
        found = self._rules(article, doc)
        furniture, head_spans, paragraphs = found.furniture, found.head_spans, found.paragraphs
        attributor, candidates = found.attributor, found.candidates
        entities = [Entity(e.text, e.label_, (e.start_char, e.end_char)) for e in doc.ents
                    if not _overlaps_any((e.start_char, e.end_char), furniture)]
        if self.settings.tagger:
            from .tagger import combine, find_tagged
            # the headline finder owns the headline lines; page furniture holds no statement
            # nor does a cue no reader takes for a statement ("voted down plans for ...")
            tagged = [c for c in find_tagged(doc, article, candidates)
                      if self._keep_act(c) and not _touches(c, head_spans + furniture)
                      and not _states_nothing(doc, c)]
            candidates = combine(candidates, tagged)
        candidates = with_posts(candidates, [p for p in find_posts(text) if not _touches(p, head_spans + furniture)])
        bylines = byline_spans(text, article.authors, paragraphs)
        candidates = [_cut_at_furniture(c, furniture, text) for c in candidates]
        # the headline and the standfirst under it, whose contents end at their quoted words and whose roles are named
        dek = _standfirst(text, max(e for _, e in head_spans)) if head_spans else None
        head_lines = head_spans + ([dek] if dek else [])
        candidates = [_without_scene(c, text, head_lines) for c in candidates]
        candidates = [_without_circumstance(c, doc, head_spans) for c in candidates]
        candidates = [c for c in candidates if not _touches(c, furniture + bylines)
                      and not _headline_fragment(c, head_spans, doc)]
        resolver = SpeakerResolver(doc, furniture + bylines, authors=article.authors, headlines=head_spans)
        speakers = _resolve_all(resolver, candidates)
        _headline_roles_named(resolver, candidates, speakers, head_spans, head_lines)
        # "Governor unveils plan to cut taxes": a noun cue in a headline whose holder no one names is the story's
        # subject, not anyone's statement
        unheld = {id(c) for c, s in zip(candidates, speakers) if s is None and c.cue is not None and
                  _touches(c, head_spans) and _noun_cue_at(doc, c.cue)}
        _drop(candidates, speakers, lambda c: id(c) in unheld)
        headline = find_headline_quote(text, [s for s in head_spans if not _overlaps_any(s, furniture)])
        if headline is not None:
            body_start = max(e for _, e in head_spans)
            hearing = headline.extra.get("hearing", False)  # "..., jury told": evidence, nobody named
            speaker = None if hearing else _headline_speaker(resolver, text, headline, body_start)
            if speaker is not None or hearing:
                # the headline quote is one statement, whichever finder also saw it, and a bare object on its line
                # none ("'We are broke': Varga slams council" is the quote Varga said, not what she slammed; "...
                # as council says cuts are coming" is a statement)
                line = [span for span in head_spans if _inside_spans(headline.spans, [span])]
                _drop(candidates, speakers, lambda c: _overlaps_any((c.start, c.end), [headline.spans[0]]) or
                      headline.kind == "direct" and c.source is not None and
                      _inside_spans([c.source], [headline.spans[0]]) or
                      c.method.startswith(_BARE_OBJECTS) and _inside_spans(c.spans, line) and
                      (c.cue == headline.cue or c.source is not None and c.source == headline.source) or
                      # the quote's own cue has no second content ("... say pullers [as Dhaka drive begins]")
                      c.cue is not None and c.cue == headline.cue and _inside_spans(c.spans, line))
                headline.extra["body_match"] = body_match(text, headline.spans[0], body_start)
                candidates.append(headline)
                speakers.append(None if hearing else
                                _speaker_of_body_match(speaker, headline.extra["body_match"], candidates, speakers))
        if self.settings.continuation:
            self._add_continuations(attributor, candidates, speakers)
        _first_person_author(text, candidates, speakers, article.authors, paragraphs)
        statements = [build_statement(text, c, s, entities, doc=doc) for c, s in zip(candidates, speakers)]
        _share_occasions(statements, doc)
        statements = [s for s in statements if s.confidence >= self.settings.min_confidence
                      and (self.settings.beliefs or s.act != "belief") and says_something(s.text)
                      and (not self.settings.quotes_only or is_quote(s, doc))]
        statements.sort(key=lambda s: (s.start, s.end))
        return statements, entities

    def _keep_act(self, cand: Candidate) -> bool:
        return self.settings.beliefs or cand.act != "belief"

    def _add_continuations(self, attributor: QuoteAttributor, candidates: list[Candidate],
                           speakers: list[Speaker | None]) -> None:
        """Append the continuations of attributed direct quotes, with their quote's speaker."""
        quotes = [(c, s) for c, s in zip(candidates, speakers) if c.kind == "direct" and not c.headline]
        # other quotes bound a continuation; reported clauses inside it are the speaker's own words
        taken = [span for c in candidates if c.kind == "direct" for span in c.spans]
        names = {i: set((s.name or "").lower().split()) if s else set() for i, (_, s) in enumerate(quotes)}
        finder = ContinuationFinder(attributor, taken)
        found = finder.find([c for c, _ in quotes], names)
        for cont in found:
            speaker = quotes[cont.follows][1]
            # a first-person reported clause inside the continuation is the speaker's own
            _drop(candidates, speakers,
                  lambda c: c.kind != "direct" and _share_inside(c.spans, cont.spans) >= _INSIDE_SHARE)
            candidates.append(cont)
            speakers.append(replace(speaker, method="continuation") if speaker else None)


def _first_person_author(text: str, candidates: list[Candidate], speakers: list[Speaker | None],
                         authors: list[str], paragraphs: list[Span]) -> None:
    """Name the author as the "I" of the article's own voice ("I believe the council erred").

    Only with one author, and only for an "I" that no quote, continuation or other
    statement holds, in a paragraph with no quotation mark before it and no "Name:" or
    "Q:" opening it (an interview answer's "I" is the interviewee's).
    """
    if len(authors) != 1:
        return
    for i, (cand, speaker) in enumerate(zip(candidates, speakers)):
        if speaker is None or speaker.name or speaker.mention is None or \
                speaker.mention.text.lower() not in ("i", "me"):
            continue
        at = speaker.mention.span[0]
        if any(j != i and c.start <= at < c.end for j, c in enumerate(candidates)):
            continue
        para = next((p for p in paragraphs if p[0] <= at < p[1]), (0, at))
        before = text[para[0]:at]
        if QUOTE_MARKS.search(before) or _ANSWER_LABEL.match(text, para[0], para[1]):
            continue
        speakers[i] = replace(speaker, name=authors[0], type="person", method="resolve:author")


def _noun_cue_at(doc, cue: Span) -> bool:
    """True when the cue is a noun that something is done with or to ("unveils [plan]", "the [plan]"), not a
    headline's verb the parser read as a noun ("Portugal and Cape Verde [pledge] to lay cable")."""
    words = doc.char_span(*cue, alignment_mode="expand")
    if words is None or not len(words) or words.root.pos_ not in ("NOUN", "PROPN"):
        return False
    root = words.root
    before = doc[root.i - 1] if root.i > 0 else None
    return root.dep_ in ("dobj", "pobj", "attr") or any(c.dep_ in ("det", "poss") for c in root.children) or \
        before is not None and a_headline_verb(before.text)  # "unveils plan", whatever the parser made of it


def _drop(candidates: list[Candidate], speakers: list[Speaker | None], unwanted) -> None:
    """Remove, in place and in step, the candidates (and their speakers) ``unwanted`` selects."""
    keep = [i for i, c in enumerate(candidates) if not unwanted(c)]
    candidates[:] = [candidates[i] for i in keep]
    speakers[:] = [speakers[i] for i in keep]


def _states_nothing(doc, candidate: Candidate) -> bool:
    """``reported.states_nothing``, guarded like the reported finder itself."""
    try:
        from .reported import states_nothing
    except Exception:  # noqa: BLE001 - _find_reported logs why the module is unavailable
        return False
    return states_nothing(doc, candidate)


def _find_reported(doc, article: Article, quotes: list[Candidate]) -> list[Candidate]:
    """The reported teammate's finder, guarded: a missing or broken module costs only its statements."""
    try:
        from .reported import find_reported
    except Exception as exc:  # noqa: BLE001 - logged, the run goes on
        logger.warning("reported statements unavailable (%s: %s)", type(exc).__name__, exc)
        return []
    try:
        return list(find_reported(doc, article, quotes))
    except Exception as exc:  # noqa: BLE001
        logger.warning("reported statements failed for %s (%s: %s)", article.source, type(exc).__name__, exc)
        return []


def merge(quotes: list[Candidate], reported: list[Candidate], text: str = "") -> list[Candidate]:
    """One candidate per content region.

    A direct quote inside a mixed statement is that statement; a reported content
    lying mostly inside a direct quote is the quote (whose attribution it may complete);
    a quote that goes on with a reported content of the same cue, after a comma and in
    lower case, is that content's end ('He said the board would publish its costs, "so
    nobody can say we hid anything."'); a quote after the cue of a mixed statement that ends
    on its quotation goes on with it ('The plan does "too little," she said. "..."').
    """
    if text:
        quotes = _quoted_tails_joined(quotes, reported, text)
        for cand in quotes + reported:  # "However, he said, '...'": the writer's link is no part of what was said
            _without_linking_adverb(cand, text)
    sources = [c.source for c in quotes + reported if c.source is not None]
    # a content inside a speaker mention ("an official who asked not to be named") is no statement
    # (each pair is first checked for touching at all: most pairs are far apart, and this runs per article)
    reported = [r for r in reported if not any(src[0] < r.end and r.start < src[1] and
                                               _inside_spans(r.spans, [src]) for src in sources)]
    # "... Prime Minister X said [this] while opening ...": the quote before is what the cue reports, "this" no
    # statement of its own
    cues = {q.cue for q in quotes if q.cue is not None}
    reported = [r for r in reported if not (r.cue in cues and len(r.spans) == 1 and
                                           text[r.start:r.end].strip().lower() in QUOTE_STANDINS)]
    # '"Where will they go?" the bench asked [the counsel]': after the quote, its own cue's object is the hearer (not
    # after a quote inside a mixed statement: 'said he had "made the case" and denied [making any threat]')
    quote_ends = {q.cue: q.end for q in quotes if q.cue is not None and not any(
        r.kind == "mixed" and _near(q, r) and _inside_spans(q.spans, r.spans) for r in reported)}
    reported = [r for r in reported if not (r.kind == "indirect" and r.method == "reported.object" and
                                           r.cue in quote_ends and r.start >= quote_ends[r.cue] and
                                           _HEARER_PHRASE.fullmatch(text[r.start:r.end]))]
    mixed = [r for r in reported if r.kind == "mixed"]
    for m in mixed:  # 'that X had been "gracious, the way she has always been,"': the parse cut inside the quote
        m.spans = through_open_quote(text, m.spans, far=True) if text else m.spans
    kept_quotes = [q for q in quotes if not any(_near(q, m) and _inside_spans(q.spans, m.spans) for m in mixed)]
    # 'Despite the cuts, the mayor said as councillors left, "the libraries will stay open"': the quote joined to the
    # words before its cue is the statement; the clause the parser found after the cue, with the quote, is none
    joined = [q for q in kept_quotes if q.extra.get("widened") and q.cue is not None]
    reported = [r for r in reported if not (r.kind == "mixed" and any(
        q.cue == r.cue and _overlaps_any(q.spans[-1], r.spans) for q in joined))]
    kept_reported = []
    for r in reported:
        host = next((q for q in kept_quotes if _near(r, q) and _share_inside(r.spans, q.spans) > _INSIDE_SHARE),
                    None)
        if host is None:
            kept_reported.append(r)
        elif host.source is None and r.source is not None and r.kind != "mixed":
            host.source, host.cue = r.source, r.cue
            host.method += "+reported-source"
    if text:
        kept_quotes = _quotes_after_mixed_joined(kept_quotes, kept_reported, text)
    return sorted(kept_quotes + kept_reported, key=lambda c: c.start)


def _quotes_after_mixed_joined(quotes: list[Candidate], reported: list[Candidate], text: str) -> list[Candidate]:
    """The quotes left once those that go on with a mixed statement after its cue are joined to it.

    'The summit did "too little," she added. "Europe risks a lot."': the cue between the two
    parts is the cue of both, so they are one statement, as '"A," she said. "B."' is.
    """
    ends_in_quote = {r.cue: r for r in reported if r.kind == "mixed" and r.cue is not None and
                     text[:r.end].rstrip(" ,.").endswith(_CLOSING_MARKS)}
    kept = []
    for quote in quotes:
        host = ends_in_quote.get(quote.cue) if quote.kind == "direct" else None
        if host is not None and host.end <= quote.cue[0] and quote.cue[1] <= quote.start and \
                "\n" not in text[host.end:quote.start] and \
                text[quote.cue[1]:quote.start].rstrip(" " + _OPENING_MARKS).endswith((".", ",", ":")):
            host.spans = host.spans + quote.spans
            host.method += "+quote-after-cue"
            continue
        host = next((r for r in reported + kept if r.kind == "mixed" and r.cue == quote.cue and r.source is not None and
                     r.end <= quote.start and _JOINED_QUOTE.fullmatch(text, r.end, quote.start) and
                     text[:r.end + 1].rstrip(" ,").endswith(_CLOSING_MARKS)), None) \
            if quote.kind in ("direct", "mixed") and quote.cue is not None and quote.cue[1] <= quote.start else None
        if host is not None:  # 'said voting fraud is "a big problem" but "nobody has the guts to talk about it."'
            host.spans = host.spans[:-1] + [(host.spans[-1][0], quote.spans[0][1])] + quote.spans[1:]
            host.method += "+quote-joined"
            continue
        kept.append(quote)
    return kept


# a short noun phrase, as a hearer is ("the ABDA's counsel", "them"); not "looking at ..." nor "to wait"
_HEARER_PHRASE = re.compile(r"(?!\w+ing\b|to\s)[\w'’.-]+(?:\s+[\w'’.-]+){0,4}")


def _without_linking_adverb(cand: Candidate, text: str) -> None:
    """Drop a first part that is only the writer's link to the sentence before ("However," before 'he said, "..."'),
    unless it stands inside quotation marks ('"But," she said, "..."' are her words); what is left, when it is one
    quotation, is a direct quote."""
    if len(cand.spans) < 2:
        return
    start, end = cand.spans[0]
    if text[start:end].strip(" ,").lower() not in LINKING_ADVERBS or text[max(0, start - 1):start] in _QUOTE_MARKS:
        return
    cand.spans = cand.spans[1:]
    if len(cand.spans) > 1:
        return
    s, e = cand.spans[0]
    body = text[s:e].strip()
    if body[:1] in _QUOTE_MARKS:  # the reported finder's span holds the marks: the quotation inside them
        first = text.index(body[0], s) + 1
        last = max(text.rfind(m, first, e) for m in _QUOTE_MARKS)
        # (not '"it was worth it" and the team would recover': a mixed statement)
        if last > first and not text[last + 1:e].strip(" .,;:!?\"'“”‘’"):
            cand.spans, cand.kind = [(first, last)], "direct"
    elif text[s - 1:s] in _QUOTE_MARKS:
        cand.kind = "direct"


# a conjunction between a mixed statement's closing mark and the quotation of the same cue that goes on with it
_JOINED_QUOTE = re.compile(r"[\"”’'»]?[\s,]*(?:but|and|yet)\s+(?:that\s+)?[\"“‘'«]?\s*")
# ', "' or ' "' between a reported content and a quote that goes on with it ('to pass the law "before we die."')
_TAIL_GAP = re.compile(r"\s*,?\s*[\"“‘'«]\s*")
_OPENING_MARKS = "\"“‘'« "
_CLOSING_MARKS = ("\"", "”", "’", "'", "»")


def _quoted_tails_joined(quotes: list[Candidate], reported: list[Candidate], text: str) -> list[Candidate]:
    """The quotes left once those that end a reported content are joined to it (the content becomes mixed)."""
    # a content the parser ended on the opening mark of the quote after it ends before that mark
    by_end = {_before_marks(r.end, text): r for r in reported if r.kind == "indirect" and r.cue is not None}
    kept = []
    for quote in quotes:
        host = None
        if quote.kind in ("direct", "mixed") and len(quote.spans) == 1 and quote.cue is not None:
            gap_start = max((end for end in by_end if end <= quote.start and quote.start - end <= 4), default=None)
            host = by_end.get(gap_start) if gap_start is not None else None
        # the quote's span may open on the comma and the mark (a lead the attributor gave it)
        letter = re.search(r"\w", text[quote.start:quote.start + 8]) if host is not None else None
        first = quote.start + letter.start() if letter else quote.start
        if host is not None and host.cue == quote.cue and letter is not None and letter.group().islower() and \
                _TAIL_GAP.fullmatch(text[_before_marks(host.end, text):first]) is not None:
            close = quote.end
            while close < len(text) and text[close] in "\"”’'»":
                close += 1
            host.spans = host.spans[:-1] + [(host.spans[-1][0], close)]
            host.kind, host.method = "mixed", host.method + "+quoted-tail"
            continue
        kept.append(quote)
    return kept


def _before_marks(end: int, text: str) -> int:
    """``end`` moved back over opening quotation marks and spaces ('the law "' ends at "law")."""
    while end > 0 and text[end - 1] in _OPENING_MARKS:
        end -= 1
    return end


def _resolve_all(resolver: SpeakerResolver, candidates: list[Candidate]) -> list[Speaker | None]:
    """Resolve each candidate's source in text order of the mentions (pronouns look back).

    A pronoun skips the names inside the statement's own words and inside direct quotes
    around it: '"I met Bill," Lind said. He left' is not Bill, unless the mention is
    itself inside that quote.
    """
    speakers: list[Speaker | None] = [None] * len(candidates)
    quoted = [span for c in candidates if c.kind == "direct" for span in c.spans]
    order = sorted(range(len(candidates)), key=lambda i: (candidates[i].source or (10**12, 0))[0])
    for i in order:
        cand = candidates[i]
        if cand.source is None:
            continue  # the finder's confidence already says it is unattributed
        at = cand.source[0]
        exclude = list(cand.spans) + [q for q in quoted if not q[0] <= at < q[1]] + \
            _question_before(resolver.token_at(at), at)
        try:
            stands_for = cand.extra.get("stands_for")
            if stands_for is not None:
                # a transcript's "A:" is the interviewee the introduction names: their name, the label as mention
                named = resolver.resolve(*stands_for)
                mention = TextSpan(resolver.text[cand.source[0]:cand.source[1]], cand.source)
                speakers[i] = replace(named, mention=mention, method="resolve:answer-label")
            else:
                speakers[i] = resolver.resolve(*cand.source, exclude=exclude, content=cand.spans,
                                               quote=cand.kind == "direct", quoted=[
                                                   q for s, e in cand.spans
                                                   for q in quotations_inside(resolver.text, s, e)])
        except Exception as exc:  # noqa: BLE001 - one odd mention must not lose the article
            logger.warning("speaker resolution failed at %s: %s", cand.source, exc)
            text = resolver.text[cand.source[0]:cand.source[1]]
            speakers[i] = Speaker(None, TextSpan(text, cand.source), "unknown", None, "resolve:error")
    _answer_first_person(candidates, speakers)
    _same_name_named(speakers)
    return speakers


def _same_name_named(speakers: list[Speaker | None]) -> None:
    """A name written as a speaker where nothing of it was known yet (a live blog's entry title "Belvedere-Soames:
    '...'" above the entry that names him) is whoever the same name resolves to further on, when that is one."""
    kinds: dict[str, set[str]] = {}
    for s in speakers:
        if s is not None and s.name and s.mention is not None and s.mention.text == s.name:
            kinds.setdefault(s.name, set()).add(s.type)
    for i, speaker in enumerate(speakers):
        if speaker is None or speaker.name or speaker.mention is None:
            continue
        found = kinds.get(speaker.mention.text.strip(), set())
        if len(found) == 1:
            speakers[i] = replace(speaker, name=speaker.mention.text.strip(), type=next(iter(found)),
                                  method="resolve:same-name")


_ASKED_WORDS = frozenset({"asked", "pressed", "questioned", "quizzed"})


def _question_before(token, at: int) -> list[Span]:
    """The question a sentence opens with before its speaker (``token``, at ``at``): "Asked whether captain Liam
    Docherty would be fit, he said ...": whoever it names is asked about, not the one answering."""
    if token is None:
        return []
    sent = token.sent
    question = sent[0]
    if question.lower_ not in _ASKED_WORDS or question.tag_ != "VBN" or token.i - sent.start > _QUESTION_MAX:
        return []
    # the opening clause only: "Asked about the delays, [Tom Hale] apologised ... he said" is still Tom Hale
    end = question.right_edge.idx + len(question.right_edge)
    return [(question.left_edge.idx, min(end, at))] if question.right_edge.i < token.i else []


_QUESTION_MAX = 60  # tokens of an opening question before the speaker


def _answer_first_person(candidates: list[Candidate], speakers: list[Speaker | None]) -> None:
    """An "I" reported inside a transcript's answer ("A: I want ...") is the interviewee who answers."""
    answers = [(c, s) for c, s in zip(candidates, speakers) if c.extra.get("stands_for") and s and s.name]
    for i, (cand, speaker) in enumerate(zip(candidates, speakers)):
        if speaker is None or speaker.name or speaker.mention is None or \
                speaker.mention.text.lower() not in ("i", "me"):
            continue
        at = speaker.mention.span[0]
        host = next((s for c, s in answers if c is not cand and c.start <= at < c.end), None)
        if host is not None:
            speakers[i] = replace(speaker, name=host.name, type=host.type, role=host.role,
                                  method="resolve:answer-first-person")


def _headline_speaker(resolver: SpeakerResolver, text: str, cand: Candidate, body_start: int) -> Speaker | None:
    """The headline speaker resolved against the body's names; None drops an unmarked guess.

    A role ("Rail chief") is the body's person in that role when the body says who
    (``SpeakerResolver.person_in_role``), else an unnamed person with that role.
    """
    s0, s1 = cand.source
    written = cand.extra["speaker_text"]
    after_to = cand.extra.get("after_to")
    if after_to is not None and _verb_at(resolver.doc, after_to[0]):
        return None  # "Lind to Visit Mill Town: What to Expect": what she will do, and a label
    words = written.split()
    # "'...' – Mwelwa opens Parliament": after a dash, which signs a quote, a lower-case verb ends the name too ("'It's
    # time': Threlfall quits show" labels a story with its subject's words, as features do)
    dash = cand.cue is not None and text[cand.cue[0]:cand.cue[1]] in ("-", "–", "—", "―") and \
        not title_quote(text[cand.spans[0][0]:cand.spans[0][1]])  # "'Jaws' – Spielmann opens festival": a title
    verb = next((k for k in range(1, len(words)) if (words[k][:1].isupper() or dash and words[k - 1][:1].isupper())
                 and (a_headline_verb(words[k]) or _parsed_verb(resolver.doc, text, s0, words, k))), None)
    if verb is not None and text.startswith(written, s0):  # "'We Will Build It': Mayor Pledges Bridge": the mayor
        written = " ".join(words[:verb])
        s1 = s0 + len(written)
    mention = TextSpan(text[s0:s1], (s0, s1))
    person = resolver.person_named(written, s1)
    if person is not None:
        return Speaker(person.name, mention, "person", person.role, "headline:name")
    if len(words) == 1 and is_honorific(written):  # "Inkosi warns municipality": the body's one Inkosi Mavuso
        titled = {person.name: person for m in re.finditer(r"\b" + re.escape(written) + r"\s+((?:[A-Z][\w'’-]+\s+)"
                                                           r"{0,2}[A-Z][\w'’-]+)", text[body_start:])
                  if (person := resolver.person_named(m.group(1), body_start + m.end())) is not None}
        if len(titled) == 1:
            [person] = titled.values()
            return Speaker(person.name, mention, "person", person.role, "headline:title")
    words = written.split()
    described = next((k for k in range(len(words) - 1, 0, -1) if words[k - 1].islower()), None)
    if described is not None:  # "Scotland coach Brennan": the name after the words that describe it
        person = resolver.person_named(" ".join(words[described:]), s1)
        if person is not None:
            return Speaker(person.name, mention, "person", person.role or " ".join(words[:described]),
                           "headline:name")
    for k in range(1, min(len(words), 4)):  # "President Karataş", "Foreign Minister Demirtaş": after the title
        # (or its initials: "CM Dhruwanshi", "PM Rao", as Indian papers write the Chief and the Prime Minister)
        initials = words[k - 1].isupper() and words[k - 1].isalpha() and 2 <= len(words[k - 1]) <= 4
        if (is_role_word(words[k - 1]) or initials) and len(words) <= _MAX_UNKNOWN_SPEAKER_WORDS + 1:
            person = resolver.person_named(" ".join(words[k:]), s1)
            if person is not None and initials and not is_role_word(words[k - 1]) and \
                    not _title_spelled_before(text[body_start:], words[k - 1], person.name):
                person = None  # "DM Rao" is no "Villager Kamla Rao": the body must give the title the letters stand for
            if person is not None:
                return Speaker(person.name, mention, "person", person.role or " ".join(words[:k]), "headline:name")
    descriptor, name = split_descriptor(written)
    if descriptor is not None:  # "Chef Ravi Menon": what he is, then a given name and a surname
        person = resolver.person_named(name, s1)
        return Speaker(person.name if person else name, mention, "person", (person and person.role) or descriptor,
                       "headline:described-name")
    if written.isupper() and 2 <= len(written) <= 5:
        person = resolver.person_by_initials(written)
        if person is not None:  # "Will not tolerate lawlessness: CM", the body's Chief Minister
            return Speaker(person.name, mention, "person", person.role, "headline:role-initials")
    if len(words) >= 2 and words[-1].lower() in CAMP_WORDS and \
            resolver.person_named(" ".join(words[:-1]), s1) is not None:
        return Speaker(written, mention, "organization", None, "headline:camp")  # "Kessler camp: ...": her campaign
    if not cand.extra.get("marked") or len(written.split()) > _MAX_UNKNOWN_SPEAKER_WORDS:
        return None  # "Governor Hails Port Chief Lena Ostrova: 'A Fine Job'": no speaker
    if written.split()[-1].lower() in DOCUMENT_WORDS:  # "..., file shows", "..., Harvard study finds"
        return Speaker(None if written.islower() else written, mention, "document", None, "headline:document")
    office = written.split(" of ")[0]  # "Mayor of Zoriansk": the role is the words before "of"
    if is_role_word(office.split()[-1]):
        person = resolver.person_in_role(office, body_start)
        if person is not None:
            return Speaker(person.name, mention, "person", person.role or written, "headline:role")
        return Speaker(None, mention, "person", written, "headline:role")
    last = written.split()[-1]
    if last.islower() and (last in ANONYMOUS_WORDS or last.endswith("s") and (last[:-1] in EPITHET_NOUNS or
                                                                             is_role_word(last[:-1]))):
        return Speaker(None, mention, "anonymous", None, "headline:people")  # "stranded Skyvale passengers"
    words_span = resolver.doc.char_span(s0, s1, alignment_mode="expand") if written.islower() else None
    body = resolver.body_named_after(words_span, s1) if words_span is not None else None
    if body is not None:  # "Bus strike 'will go ahead', says union": the one union the story names below
        return Speaker(body, mention, "organization", None, "headline:body-after")
    if written.islower():  # "'...,' neighbor tells board": someone by what they are; the body may name them
        return Speaker(None, mention, "person", written, "headline:role")
    if last in EPITHET_NOUNS | KIN_WORDS:
        # "'...': Knoxville mom fights insurer": what she is after a place; the lead's one subject, if of her gender
        person = resolver.person_described(last, body_start)
        if person is not None:
            return Speaker(person.name, mention, "person", person.role or written, "headline:described")
        return Speaker(None, mention, "person", written, "headline:role")
    span = resolver.doc.char_span(s0, s1, alignment_mode="expand")
    # "..., warns Bank of England", "..., claims Friends of the Earth": a body, by a name with its glue words or a
    # body's last word, that the NER reads as one (not "Halloran Brothers", a firm or two men)
    body = (re.search(r"\s(?:of|for|the)\s", written) is not None or last.lower() in ORGANIZATION_WORDS) and \
        span is not None and len(span) > 0 and speaker_type(span) == "organization"
    return Speaker(written, mention, "organization" if body else "unknown", None, "headline:as-written")


def _title_spelled_before(body: str, initials: str, name: str) -> bool:
    """True when the body writes the title the initials stand for before the person's name ("Chief Minister Ramprasad
    Dhruwanshi" for "CM Dhruwanshi")."""
    title = spelled_title(initials)
    return re.search(rf"\b{title}\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}{re.escape(name.split()[-1])}\b", body) is not None


def _verb_at(doc, start: int) -> bool:
    """True when the parse makes the token at character ``start`` a verb."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span[0].idx == start and span[0].pos_ in ("VERB", "AUX")


def _parsed_verb(doc, text: str, s0: int, words: list[str], k: int) -> bool:
    """True when the parse of the headline makes the k-th word of its speaker a verb in the present tense
    ("Elizabeth Warren Hammers Wells Fargo CEO: '...'": Warren speaks, to the chief executive)."""
    start = s0 + len(" ".join(words[:k])) + 1
    if not text.startswith(words[k], start):
        return False
    span = doc.char_span(start, start + len(words[k]))
    return span is not None and len(span) == 1 and span[0].tag_ == "VBZ" and span[0].dep_ == "ROOT"


def _headline_roles_named(resolver: SpeakerResolver, candidates: list[Candidate], speakers: list[Speaker | None],
                          head_spans: list[Span], head_lines: list[Span]) -> None:
    """Name the bare role that speaks in a headline or its standfirst (``head_lines``: "Governor vows veto of tax
    bill") after the body's person in that role (``SpeakerResolver.person_in_role``): a headline is read before the
    story that names its people."""
    if not head_spans:
        return
    body_start = max(e for _, e in head_spans)
    for i, speaker in enumerate(speakers):
        if speaker is None or speaker.mention is None or not _inside_spans([speaker.mention.span], head_lines):
            continue
        words = speaker.mention.text.split()
        # a body by its kind alone ("Agency blames ..."), whose capital the resolver may have taken for a name
        kind = len(words) == 1 and words[0].lower() in ORGANIZATION_WORDS | COMPANY_NOUNS
        if speaker.name and not (kind and speaker.name == words[0]):
            continue
        if not words or len(words) > _MAX_UNKNOWN_SPEAKER_WORDS or not (
                kind or is_role_word(words[-1]) or words[-1].lower() in KIN_WORDS and len(words) == 1):
            continue  # (a bare kin word too: "'She knew every child's name', says daughter")
        quote = candidates[i].spans[0]
        if len(resolver.text[quote[0]:quote[1]].split()) >= _MIN_CARRIED_WORDS:
            # '"We are choosing between bad options," says board chair', "Agency blames 31-year-old computer system
            # for most of the errors": whoever says those words below (searched from the end of the line, which would
            # match itself)
            carried = _speaker_of_body_match(speaker, body_match(resolver.text, quote, candidates[i].end),
                                             candidates, speakers)
            if carried is not speaker:
                speakers[i] = carried
                continue
        if kind:
            continue  # a body holds no role
        if resolver.holders_of_role(speaker.mention.text, body_start) > 1:
            # "Senator Defends Vote" over a story of two senators: which one, the headline does not say (unless its
            # words say it: "Kinnaroo mayor vows ..." over the mayors of Kinnaroo and of Mundarra)
            person = resolver.qualified_holder(speaker.mention.text, body_start)
        else:
            person = resolver.person_in_role(speaker.mention.text, body_start)
        if person is not None:
            speakers[i] = replace(speaker, name=person.name, type="person", role=person.role or speaker.mention.text,
                                  method="headline:role")


_MIN_CARRIED_WORDS = 3  # fewer words than this may be anyone's ("a disgrace")
_STANDFIRST_LINE = re.compile(r"\s*\n([^\n]{20,250})\n")  # the next line, of a headline's length


def _standfirst(text: str, after: int) -> Span | None:
    """The line under the headline that sums the story up in a headline's words, with no full stop ("Chairman says
    decision was '...' as coach takes charge"): its bare roles are the body's people, as the headline's are."""
    m = _STANDFIRST_LINE.match(text, after)
    if m is None or m.group(1).rstrip().rstrip("\"'”’»").endswith((".", ":", "!", "?")) or \
            not m.group(1).lstrip(_OPENING_MARKS)[:1].isupper():
        # (a standfirst may open on its quotation: "'She knew every child's name', says daughter")
        return None  # a paragraph of the body ends on its full stop, inside a quotation's marks too
    return m.start(1), m.end(1)


def _speaker_of_body_match(speaker: Speaker, match: Span | None, candidates: list[Candidate],
                           speakers: list[Speaker | None]) -> Speaker:
    """A headline speaker the headline does not name ("'Bread is the easy part': the baker
    who ...") is the named speaker of the body statement that holds the same words."""
    if speaker.name and speaker.type == "person" and speaker.method == "headline:name" or match is None:
        return speaker
    for cand, body in zip(candidates, speakers):
        if body is not None and body.name and body.type in ("person", "organization") and not cand.headline and \
                any(s < match[1] and match[0] < e for s, e in cand.spans):
            return replace(speaker, name=body.name, type=body.type, role=speaker.role or body.role,
                           method="headline:body-match")
    return speaker


def says_something(content: str) -> bool:
    """False for a content with no letter or digit: a stray quotation mark or dash that a
    finder took for words (the mark reopening a quote in the next paragraph)."""
    return any(ch.isalnum() for ch in content)


def is_quote(statement: Statement, doc) -> bool:
    """True for a statement quote trackers count as a quote: words in quotation marks (and the
    unmarked sentences that go on with a quote, kind "continuation"), or speech reported with a
    clause ("said that ...", "..., he said", "according to X, ..."); not an attitude reported
    without quotation marks, nor a content that is a noun phrase ("criticized the plan",
    "talked about taxes", "his call for a ban")."""
    if statement.kind in ("direct", "mixed", "continuation"):
        return True
    if statement.act != "speech":
        return False
    method = statement.method.split("+")[0]
    if method == "tagger":  # the trained tagger's finding: a quote when its content is a clause
        content = doc.char_span(statement.start, statement.end, alignment_mode="expand")
        return content is not None and content.root.pos_ in ("VERB", "AUX")
    return method in _QUOTE_METHODS or method.startswith("headline")


def _share_occasions(statements: list[Statement], doc) -> None:
    """Give a speaker's one stated occasion to their statements that state none.

    A statement whose cue is dated on its own ("said on Tuesday") keeps none: it may
    have been made elsewhere. An occasion that is one written text ("a statement", "a
    tweet") is not shared: the speaker's other words in the article come from elsewhere
    as often as not (an interview, an answer to the reporter).
    """
    by_name: dict[str, set[str]] = {}
    for st in statements:
        if st.speaker and st.speaker.name and st.occasion and not _one_text(st.occasion):
            by_name.setdefault(st.speaker.name, set()).add(st.occasion)
    for st in statements:
        if st.occasion is None and st.speaker and st.speaker.name and not _dated_cue(doc, st):
            occasions = by_name.get(st.speaker.name, set())
            if len(occasions) == 1:
                st.occasion = next(iter(occasions))


def _one_text(occasion: str) -> bool:
    """True for an occasion that is a single written text ("a statement", "her tweet on Monday")."""
    return any(w in WRITTEN_TEXTS for w in occasion.lower().split()[:3])


def _dated_cue(doc, st: Statement) -> bool:
    """True when the statement's cue verb carries its own date or time ("said on Tuesday")."""
    if st.cue is None:
        return False
    span = doc.char_span(*st.cue.span, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    for child in span.root.children:
        if child.dep_ in ("prep", "npadvmod", "advmod", "tmod") and \
                any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            return True
    return False


def _headline_fragment(cand: Candidate, head_spans: list[Span], doc) -> bool:
    """True for a reported content in a headline line that is the bare object of a verb of an act ("Council
    approves bridge repairs"), a noun's with no one's name ("Support for Labour rises"), or in a question: no
    statement.

    What a headline verb governs is a statement when it has a verb of its own ("Mayor says bridge will open in
    May"), is a clause without one ("Minister says figures 'not acceptable'") or is the object of a verb of
    speech or attitude ("Premier vows court fight", "Senator slams Trump"); `Speaker: words` (a colon cue) is a
    headline quote without marks. Title Case misleads the tagger, so finite auxiliaries count too.
    """
    if not all(_inside_spans([span], head_spans) for span in cand.spans):
        return False
    if cand.cue is not None and doc_text(doc)[cand.cue[0]:cand.cue[1]].strip() == ":":
        return False
    words = [t for s, e in cand.spans for t in doc.char_span(s, e, alignment_mode="expand") or ()]
    if cand.method.startswith("reported.clause") and any(t.pos_ in ("NOUN", "ADJ") for t in words):
        return False  # "Minister says trolley figures 'not acceptable'": a clause whose verb the headline drops
    acted = doc.char_span(*cand.cue, alignment_mode="expand") if cand.cue is not None else None
    if acted is not None and len(acted) and acted.root.lemma_.lower() == "say" and cand.source is not None and \
            _marks_paired(doc_text(doc)[cand.spans[0][0]:cand.spans[-1][1] + 1].rstrip(" ,.;:")):
        return False  # "Tesserat CEO says AI chip demand 'nowhere near' its peak": a clause without its verb (not
        # "Oasis' reunion tickets '" the parse cut from "Fans say 'Oasis' reunion tickets 'a rip-off'")
    if acted is not None and len(acted) and acted.root.lemma_.lower() in _ACTS_BEFORE_TO and \
            doc_text(doc)[cand.spans[0][0]:cand.spans[0][0] + 3].lower() == "to ":
        return True  # "Workers Vote To Unionize", "Senate votes to repeal law": an act and what it does
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    # a noun and its infinitive, which the parser may hang on the headline's verb ("Reject [Measure] [to Raise ...]");
    # not one that is itself someone's words ("rejects Times request to unseal file": PolNeAR annotates it)
    noun_phrase = roots[:1] and roots[0].pos_ in ("NOUN", "PROPN") and noun_cue(roots[0]) is None and all(
        t.pos_ in ("NOUN", "PROPN") or t.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children)
        for t in roots)
    if not noun_phrase and any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or t.lower_ in _FINITE_WORDS
                               for t in words):
        return False  # a clause (not "a divided party": a participle as an adjective; not "Measure to Raise Gas Tax")
    text = doc_text(doc)
    if (any(t.is_quote and t.tag_ != "POS" for t in words) or
            any(text[s - 1:s] in _QUOTE_MARKS or text[e:e + 1] in _QUOTE_MARKS for s, e in cand.spans)) and \
            not _only_titles_in_marks(text, cand.spans):
        # "Obama Sees 'Personal Insult' If ...": where the quoted words end, readers disagree (not where they are the
        # whole object: "Varga promises 'a council that answers the phone'")
        return not _one_quotation(text, cand.spans)
    line = next((span for span in head_spans if _inside_spans(cand.spans, [span])), None)
    if line is not None and text[line[0]:line[1]].rstrip().endswith("?"):
        return True  # "Will the PM call an early election?": a question states nothing
    cue = doc.char_span(*cand.cue, alignment_mode="expand") if cand.cue is not None else None
    if cue is None or len(cue) == 0:
        return True
    if cue.root.pos_ == "NOUN" and cand.source is None:
        return True  # "Support for Labour rises in poll": whose support, the headline does not say
    lemma = cue.root.lemma_.lower()
    content = doc.char_span(cand.spans[0][0], cand.spans[-1][1], alignment_mode="expand")
    if lemma in _HEADLINE_ASKING:  # "calls for calm", "calls Clinton a liar" (not "calls snap election", "calls time")
        return text[max(0, cand.spans[0][0] - 4):cand.spans[0][0]].strip().lower() != "for" and \
            (content is None or not any(t.dep_ in ("oprd", "xcomp", "attr") for t in content))
    if lemma == "admit":  # "admits mistakes", "admits failures" (not "admits first patients")
        return content is None or not any(t.lemma_.lower() in _FAULTS for t in content)
    if ACT_AFTER_CUE.match(text, cand.cue[1]):
        return True  # "Kerr Slams Home Late Winner": an act
    return lemma in _HEADLINE_ACTS


_SCARE_WORDS = 4  # as ``quotes.is_scare_quote`` counts them
_IN_MARKS = re.compile(r"[\"“‘'](?P<words>[^\"“”‘’']{1,60})[\"”’']")


def _only_titles_in_marks(text: str, spans: list[Span]) -> bool:
    """True when the only words in marks in a headline's content are a title ("denies feud with 'Harbor Lights'
    co-star"): a name, not quoted words whose end readers may disagree on."""
    start, end = spans[0][0], spans[-1][1]
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)]
    outside = _IN_MARKS.sub(" ", text[start:end]).split()
    if title_case_lines(line) or sum(w[:1].isupper() for w in outside) * 2 > len(outside):
        return False  # a headline in Title Case, where every scare quote looks like a title ("'Turn Away' From ...")
    if not _marks_paired(text[max(0, start - 1):end + 1]):
        return False  # "Fans say 'Oasis' reunion tickets '...": the parse cut the content inside the next quote
    found = list(_IN_MARKS.finditer(text, max(0, start - 1), min(len(text), end + 1)))
    return bool(found) and all(title_quote(m.group("words")) for m in found)


def _one_quotation(text: str, spans: list[Span]) -> bool:
    """True for a content that is one quotation longer than a scare quote's few words ("'Personal Insult'" may end
    anywhere), its marks around it and none inside."""
    if len(spans) != 1:
        return False
    start, end = spans[0]
    if text[start:start + 1] in _QUOTE_MARKS and text[end - 1:end] in _QUOTE_MARKS:
        start, end = start + 1, end - 1
    inner = text[start:end]
    return text[start - 1:start] in _QUOTE_MARKS and text[end:end + 1] in _QUOTE_MARKS and len(inner.split()) > _SCARE_WORDS \
        and not any(mark in inner for mark in _QUOTE_MARKS)


def _marks_paired(words: str) -> bool:
    """True when the quotation marks of ``words`` open and close in pairs (an apostrophe inside a word aside)."""
    marks = [m for m in re.finditer(r"[\"“”‘’']", words)
             if not (words[m.start() - 1:m.start()].isalpha() and words[m.end():m.end() + 1].isalpha())]
    return len(marks) % 2 == 0 and not (marks and marks[0].start() > 0 and words[marks[0].start() - 1].isalpha()
                                        and words[marks[0].start() + 1:marks[0].start() + 2] == " ")


# "... was 'the hardest of my time here' [as coach Danso takes charge]": a headline's scene after the quoted words
_SCENE_AFTER_QUOTE = re.compile(r"(?<=['’\"”])\s+as\s+(?!(?:long|far|well|soon|much|many|planned|expected|usual|"
                                r"normal|needed|necessary|possible|agreed|promised|scheduled|before|ever)\b)\S+\s+\S+")


def _without_scene(cand: Candidate, text: str, lines: list[Span]) -> Candidate:
    """A headline's or a standfirst's content that runs on past its quoted words into what happens "as" they are
    said, cut at the closing mark."""
    if len(cand.spans) != 1 or not _inside_spans(cand.spans, lines):
        return cand
    start, end = cand.spans[0]
    m = _SCENE_AFTER_QUOTE.search(text, start, end)
    return replace(cand, spans=[(start, m.start())]) if m is not None else cand


def _without_circumstance(cand: Candidate, doc, headlines: list[Span]) -> Candidate:
    """A headline's infinitive or object that ends on the story's circumstance ("urges residents to check on
    neighbours [as heatwave enters fifth day]", "vows to stay [as shares slump]"), cut before its "as": headlines set
    the scene that way, where a body's reported clause keeps its "as" clause (PolNeAR's contents do, 401 times in 423
    on train)."""
    if len(cand.spans) != 1 or not _inside_spans(cand.spans, headlines) or cand.cue is None or \
            cand.method not in ("reported.infinitive", "reported.object"):
        # a clause keeps it: "says rates will fall as inflation cools" may give the reason, "Witnesses say car
        # exploded as soldiers passed" tells the event whole; and so does a label's colon ("Poll: X deadlocked as
        # voters sour on both")
        return cand
    start, end = cand.spans[0]
    words = doc.char_span(start, end, alignment_mode="contract")
    if words is None:
        return cand
    for token in words[1:]:
        clause = token.head
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if token.lower_ != "as" or token.dep_ != "mark" or clause.dep_ != "advcl" or not subjects or \
                clause.right_edge.idx < words[-1].idx:
            continue
        if doc[token.i - 1].lower_ in _AS_AS_WORDS or clause.lemma_ in _MANNER_VERBS or \
                subjects[0].pos_ == "PRON" and subjects[0].lower_ not in ("i", "we"):
            return cand  # "as soon as ...", "as it did in 2019", "as they play": what was said
        cut = token.idx
        while cut > start and doc.text[cut - 1] in " ,":
            cut -= 1
        return replace(cand, spans=[(start, cut)])
    return cand


# the words before an "as" that make it the second of a pair ("as soon as", "just as", "such as")
_AS_AS_WORDS = frozenset({"long", "soon", "well", "much", "many", "far", "just", "even", "so", "such", "as", "same"})
# verbs of an "as" clause that say how, not when ("as it did in 2019", "as the law requires")
_MANNER_VERBS = frozenset({"do", "require", "demand", "expect", "plan", "promise", "say", "intend", "agree"})


def _cut_at_furniture(cand: Candidate, furniture: list[Span], text: str) -> Candidate:
    """The candidate with a speaker mention that runs on from page furniture into the words after it cut where the
    furniture ends ("[The Harbour Gazette / Mayor] promises new bridge": the parse reads the outlet's name into the
    headline's subject)."""
    if cand.source is None:
        return cand
    start, end = cand.source
    for f0, f1 in furniture:
        if f0 <= start < f1 < end and text[f1:end].strip():
            cut = f1 + len(text[f1:end]) - len(text[f1:end].lstrip())
            return replace(cand, source=(cut, end))
    return cand


def _touches(cand: Candidate, regions: list[Span]) -> bool:
    """True when the content or the source of ``cand`` overlaps one of ``regions``."""
    parts = cand.spans + ([cand.source] if cand.source else [])
    return any(_overlaps_any(part, regions) for part in parts)


def _overlaps_any(span: Span, spans: list[Span]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _share_inside(inner: list[Span], outer: list[Span]) -> float:
    """The share of the characters of ``inner`` that lie inside ``outer``."""
    total = sum(e - s for s, e in inner) or 1
    covered = sum(max(0, min(e, oe) - max(s, os)) for s, e in inner for os, oe in outer)
    return covered / total


def _near(a: Candidate, b: Candidate) -> bool:
    """True when the two candidates' extents touch (their spans may still miss each other)."""
    return a.start < b.end and b.start < a.end


def _inside_spans(inner: list[Span], outer: list[Span]) -> bool:
    return _share_inside(inner, outer) >= 0.9
