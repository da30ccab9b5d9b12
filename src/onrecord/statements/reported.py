"""Reported (indirect) and mixed statements, found on the dependency parse.

One pass over the tokens of the parsed article. Each token that can be a cue is tried
against the constructions below, in order; the first that yields a content wins:

1. a reporting verb with a clausal complement: "X said (that) ...", "X told reporters ...",
   "X believes ...", "X wants to ...", "X was quoted as saying ...";
2. the inverted order, the reported clause before the cue: "..., X said." / "..., said X.",
   and a cue in an "as" clause: "As the Post reported, ...";
3. a reporting verb whose object is the content: "X criticized the plan", "X called it a hoax",
   also in the passive ("the plan was criticized by X for ..."), as a participle on its
   noun ("the plan, criticized by X as unfair, ...") and through a relative pronoun
   ("the ban, which X opposed", "the cuts, which X says hurt growth");
4. "according to X, ..." in either order;
5. a nominal cue with its content: "X's claim that ...", "the decision to ...",
   "criticism of ...", "His plan is to ...", and an adjective of attitude: "X is optimistic
   that ...", "X was critical of ...";
6. a verb of appearance or expectation: "The plan seems to fail", "X is expected to win";
7. a line opened by a name and a colon: "SMITH: We will win.", "Poll: Jones leads";
8. a framing phrase: "In a new poll, Jones leads.", "To many voters, the race is over.", and a poll closing the
   clause it measures: "Jones leads in the latest poll.";
9. a hearsay adverb or "make clear": "X reportedly plans ...", "X made it clear that ...".

The content follows the PolNeAR conventions checked on its train split: the complementizer
"that" belongs to the content, the final punctuation does not, and what the parser hangs on
the cue after the complement ("..., but ...") still belongs to it. A content stays in its
cue's paragraph. A content that quotes a few words of a direct quote is "mixed"; one that
is all inside a direct quote, or whose cue is, is left to the direct-quote finder. A
statement reported inside another's content ("He said she believes ...") is part of that
content, not a statement of its own; one the parser only hung inside it is set off from it
(", claiming that ...", ", and most voters said ...", "... but took issue with ...": see
``_next_statement`` and ``_speaker_conjunct_start``).

A cue in a sense no reader takes for anyone's statement yields none (``_no_statement_sense``):
"did not respond to requests for comment", a tally ("backed her 58 percent to 21 percent"),
a vote's outcome ("voted down the plans"), an armed attack, a question put to the reader,
the writer's advice ("may want to"); ``states_nothing`` offers the same check to other finders.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import accumulate

from spacy.attrs import LEMMA, LOWER

from ..nlp import (doc_text, handle_before, hyphen_in_word, name_start, person_before_relative, subject_lent_to_aside,
                   tokens_in)
from ..records import Article, Span
from ..speakers.mentions import PAGE_NOTES, known_as_holder, person_mentions
from ..title_case import in_title_case_line
from ..speakers.types import (ANONYMOUS_WORDS, BODY_NAME_ENDINGS, CAPITAL_GOVERNMENTS, COMPANY_NOUNS, COMPANY_WORDS,
                               DOCUMENT_WORDS, EPITHET_NOUNS, LISTING, NAME_PARTICLES, NAME_TITLES, NEWSPAPER_WORDS,
                               ORGANIZATION_WORDS, PERSON_NOUNS, ROLE_WORDS, WEEKDAYS, demonym_person, is_honorific, people_by_ending)
from .act import act_of
from .candidates import Candidate
from .cues import (QUOTE_STANDINS, VERB_TAGS, Cue, attitude_acts, attitude_adjectives, cue_act, cue_words,
                   is_speech_cue, lemma_of, noun_cue, raising_verbs, verb_cue)
from .headline import CHECK_LABELS, HEARING_BODIES, SECTION_LABELS
from .quotes import trimmed
from .occasion import EVENT_NOUNS, MEDIUM_NOUNS, WRITTEN_TEXTS, occasion_span

CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Links a verb without its own subject inherits one through ("said X and added Y",
# "..., adding that", "went on to say", "was quoted as saying").
CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep", "acl", "acomp"})
OBJECT_DEPS = frozenset({"dobj", "oprd", "attr"})
# What a passive cue says of its subject besides the subject ("is seen [to fail]", "was called [a hoax]").
PASSIVE_COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})
# What a relative pronoun can be to a relative clause cue that stands for its content.
RELATIVE_CONTENT_DEPS = frozenset({"dobj", "nsubjpass", "nsubj"})
# Clauses on a noun that end a speaker mention ("Smith, [who said ...]", "the group [backing X]").
MENTION_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Prepositions that carry the rest of an object content ("accused X of ...", "described X as ...",
# "criticized X over ...", "warned X about ...").
OBJECT_PREPS = frozenset({"of", "for", "as", "over", "about", "against"})
# Modifiers the parser hangs on the verb that finish an object content ("mentioned X [by name]").
OBJECT_TAIL_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl"})
CLIMB_STEPS = 6
# Prepositions naming who is called on to act ("called on X to act", "prevailed upon X to act")
APPEAL_PREPS = frozenset({"on", "upon"})
APPEALING_LEMMAS = frozenset({"call", "urge", "prevail", "impress", "rely", "count", "lean", "press", "wait"})
# Tags of the wh-word opening an embedded question ("how", "why", "what", "which")
WH_TAGS = frozenset({"WRB", "WP", "WDT"})
REFLEXIVE_ENDINGS = ("self", "selves")
DASHES = frozenset({"—", "―", "–", "-", "--"})  # ― the horizontal bar, as HuffPost sets dashes
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
ADDRESSEE_OBJECT_LEMMAS = frozenset({"tell", "inform", "assure", "warn", "urge", "ask", "advise", "remind", "promise"})
# Verbs that tell someone something, and what is told rather than who ("told the story he heard")
TOLD_LEMMAS = frozenset({"tell", "inform", "assure", "warn", "remind", "promise"})
# what a clause has when no noun before it fills a gap in it: an object, a complement, a passive
_COMPLETE_DEPS = frozenset({"dobj", "ccomp", "xcomp", "acomp", "attr", "auxpass", "oprd"})
TOLD_THINGS = frozenset({"story", "joke", "truth", "lie", "tale", "anecdote", "secret", "version", "account"})
# Verbs whose passive subject is the one addressed ("X was pressed on ..."), never the content.
ADDRESSEE_PASSIVE_LEMMAS = ADDRESSEE_OBJECT_LEMMAS | {
    "press", "persuade", "convince", "encourage", "instruct", "order"}
# Verbs whose subject meets a statement someone else makes ("X faced criticism", "X fielded questions")
FACING_VERBS = frozenset({"face", "endure", "field", "weather", "meet", "confront"})
CIRCUMSTANCE_PREPS = frozenset({"despite", "after", "since", "following", "amid", "amidst", "before"})
# Prepositions of a cause, a means or a time: a statement in their phrase is not the clause's act.
CAUSE_PREPS = CIRCUMSTANCE_PREPS | {"with", "by", "through"}
ASKING_LEMMAS = frozenset({"ask", "press", "question", "quiz", "tell", "inform"})
OCCASION_PREPS = frozenset({"during", "at", "in", "on", "before", "after", "while"})
# Nouns of an "in/on/at" phrase that ends a content ("praised Z [in a speech]"). Narrower than
# occasion.py's lexicon, which finds the occasion: with that one, train unquoted F1@0.8 lost 2 pairs.
OCCASION_NOUNS = frozenset({
    "interview", "meeting", "rally", "speech", "conference", "statement", "debate", "event",
    "hearing", "appearance", "address", "briefing", "call", "show", "program", "programme",
    "visit", "summit", "session", "hall", "tweet", "post", "twitter", "facebook", "letter",
    "forum", "dinner", "breakfast", "luncheon", "gathering", "ceremony", "roundtable", "op-ed",
    "email", "memo", "video", "broadcast", "podcast", "radio", "television", "stop", "campaign",
    "convention", "testimony", "remarks", "release", "news", "book", "column", "article",
})
# Answering verbs and what a reporter asks with: "did not respond to [requests] for comment".
RESPONDING_VERBS = frozenset({"respond", "reply", "answer", "return"})
REQUEST_NOUNS = frozenset({"request", "inquiry", "enquiry", "query", "call", "message", "email", "e-mail",
                           "voicemail", "attempt", "question"})
# Links a gerund's phrase goes up through to the clause whose subject does what it says
# ("stopped [short] [of] [calling]", "has a [history] [of] [blaming]").
GERUND_CLIMB_DEPS = CLIMB_DEPS | {"pcomp", "pobj", "dobj", "attr", "acomp", "advmod", "npadvmod", "oprd", "appos"}
# Adverbs the parser may take for the head of the subject before them ("The 64-year-old [later] said").
SUBJECT_ADVERBS = frozenset({"later", "also", "then", "now", "again", "earlier", "still", "too", "once", "overall",
                             "often", "never", "already", "alone", "instead", "meanwhile", "soon", "since"})
# Words that rank a noun among others ("the [first] senator to", "the [only] one to").
RANK_WORDS = frozenset({"first", "only", "last", "sole", "lone"})
# What an unnamed source asks not to be ("asked not to be [named]").
NAMING_VERBS = frozenset({"name", "identify", "quote", "cite"})
# Verbs of leave to speak: "not authorized to discuss the case" says why a source is unnamed.
PERMISSION_VERBS = frozenset({"authorize", "authorise", "allow", "permit", "clear", "empower"})
# Labels opening an interviewer's question in a transcript.
INTERVIEW_LABELS = ("q:", "q.", "q ", "question:")
# "Attack" in its sense of force: the words that call it so, and what only force is aimed at.
ATTACK_WORDS = frozenset({"attack", "assault"})
VIOLENCE_WORDS = frozenset({
    "deadly", "terrorist", "terror", "suicide", "murderous", "violent", "armed", "gun", "bomb", "military",
    "missile", "air", "chemical", "knife", "fatal", "bloody", "rocket", "drone", "militant", "wolf", "nuclear"})
PHYSICAL_TARGETS = frozenset({
    "consulate", "embassy", "compound", "nightclub", "barracks", "barrack", "base", "airport", "station",
    "church", "mosque", "synagogue", "hotel", "building", "tower", "complex", "troop", "troops", "force",
    "soldier", "police", "officer", "civilian", "ship", "plane", "camp", "headquarters", "convoy", "goer",
    "army", "checkpoint", "outpost", "village", "facility", "plant", "pipeline", "bridge", "school", "city", "town",
    "hospital", "port", "infrastructure", "grid", "refinery", "depot"})
# Verbs of a vote or a preference that a tally can follow, and the words of a tally.
PREFERENCE_VERBS = frozenset({"support", "favor", "favour", "back", "prefer", "choose", "pick", "vote"})
SHARE_WORDS = frozenset({"percent", "cent", "%", "points"})
MARGIN_WORDS = frozenset({"margin", "point", "percent", "percentage", "%"})
# Speeches and texts whose maker says what a participle on them reports ("a memo [urging] ...").
MEDIUM_NOUNS = WRITTEN_TEXTS | {"speech", "article", "report", "paper", "editorial", "essay", "commercial",
                                "address", "book", "piece", "advert"}
# Judgements one receives ("won support from X") and the verbs of receiving them.
JUDGEMENT_NOUNS = frozenset({"support", "praise", "criticism", "endorsement", "favor", "backing", "condemnation"})
PUBLISHING_VERBS = frozenset({"release", "issue", "publish", "post", "launch", "unveil", "air", "run", "write",
                              "send", "tweet", "produce", "circulate", "distribute"})
INSTRUMENT_VERBS = frozenset({"use", "employ", "spend", "waste"})
GROUP_PREPS = frozenset({"of", "among"})
COPULAS = frozenset({"be", "remain", "become"})
HOLDING_VERBS = frozenset({"have", "make", "hold", "express", "voice", "offer", "give", "share"})
RECEIVING_VERBS = frozenset({"win", "gain", "receive", "earn", "draw", "get", "attract", "garner", "have", "enjoy"})
# Where something was said, after "on": "comments [on Twitter]" names the outlet, not the topic.
VENUE_WORDS = frozenset({"twitter", "facebook", "instagram", "youtube", "television", "tv", "radio"})
# What opens "[That] said, ..." and its variants, the narration's "nevertheless".
DISCOURSE_SAID_OPENERS = frozenset({"that", "this", "that being", "this being", "all that", "with that",
                                    "all that being", "with all that", "that all"})
# Entities that date an act rather than say what it was about.
SETTING_ENTITIES = frozenset({"DATE", "TIME"})
COLON_NAME_MAX = 6
DATELINE_MAX = 12  # tokens of "CAMBRIDGE, Mass., Dec. 11 (UPI) —" before a content
# Line openers before a colon that name no speaker.
COLON_NOT_NAMES = frozenset({
    "note", "editor's note", "editor’s note", "update", "correction", "photo", "photos", "photograph", "image",
    "images", "picture", "pictures", "illustration", "graphic", "source",
    "sources", "related", "read more", "watch", "listen", "video", "q", "a", "here", "bottom line",
    "background", "disclosure", "clarification", "caption", "credit", "tags", "filed under",
    "byline", "breaking", "breaking news", "fact check", "live updates", "what we know",
    "transcript", "full transcript", "edited transcript", "audio", "podcast",
    # who made the page ("Editor: Pan Ruoxi", "Author: Mariam Beridze", "Translated by: ...")
    "editor", "editors", "author", "authors", "edited by", "written by", "reporting by", "translated by",
    "translation", "compiled by", "prepared by", "photos", "photographer", "producer",
    # links and buttons a saved page keeps ("Also Read: ...", "Share: Facebook | X", "Pic: ...")
    "also read", "read also", "see also", "also see", "read", "share", "share this", "pic", "pics", "picture",
    "related stories", "more stories", "follow us", "subscribe",
    # a credit to whoever found the item ("H/T: Redline Report", "Hat tip: @CableWatch")
    "h/t", "ht", "hat tip", "via",
    # a wire's running story: "The Latest: Clinton says she's with them" (AP)
    "the latest", "latest",
    # the headings of a brief or an explainer ("Where: the north-west", "When: from 6pm")
    "where", "when", "what", "why", "how", "which", "timeline", "key points", "what happens next",
    # a paper's desks, labelling the story's topic ("Weather: rain expected ...", "Sport: Rovers sign striker")
    "weather", "traffic", "travel", "health", "business", "education", "crime", "sport", "sports", "politics",
    "world", "science", "technology", "tech", "money", "lifestyle", "entertainment", "culture", "arts", "environment",
    "climate", "economy", "markets", "property", "motoring", "obituaries", "local", "national", "international",
    "covid", "coronavirus", "brexit",
    # a match report's and a race's tables ("Scores: Kestland 344 ...", "Overall: 1 Solbakken ...")
    "scores", "score", "overall", "result", "results", "standings", "classification", "attendance",
    "teams", "line-ups", "lineups", "substitutes", "subs", "booked", "sent off", "goals", "scorers", "up next",
    "next", "injuries", "injury report", "team news", "stats", "tip-ins", "takeaways", "key moment", "key stat",
    # a live blog's breaks in play, each before the score ("QUARTER TIME: Ibis 4.3 (27) Gulls 2.1 (13)")
    "quarter time", "half time", "half-time", "halftime", "three-quarter time", "three quarter time", "full time",
    "full-time", "fulltime", "final score", "kick-off", "kickoff", "tip-off", "first half", "second half",
    "end of the first", "end of the second", "end of the third", "ht", "ft",
    # a transcript's list of who takes part ("Speakers: Clara Beaumont-Idowu, media officer (CBI); ...")
    "speakers", "participants", "panelists", "panellists", "attendees",
    # an election's declared figures ("Majority: 2,417. Turnout: 41.2 per cent.", "Swing: 9.1 per cent")
    "majority", "turnout", "swing", "electorate", "spoilt ballots", "rejected ballots",
}) | SECTION_LABELS | CHECK_LABELS
COLON_NOT_NAME_WORDS = frozenset({"twitter", "facebook", "instagram", "email", "e-mail", "follow", "contact"})
# Verbs whose "as" clause reports the clause around it ("As the Post reported, ...").
AS_REPORT_LEMMAS = frozenset({
    "say", "report", "note", "observe", "write", "explain", "point", "suggest", "predict", "argue",
    "recall", "mention", "tell", "put", "state", "claim", "warn", "acknowledge", "admit", "confirm",
    "reveal", "show", "indicate", "remark", "insist", "emphasize", "stress", "tweet", "believe",
})
# Subject pronouns and the possessive pronoun that refers back to them.
POSSESSIVE_OF = {"i": "my", "we": "our", "you": "your", "he": "his", "she": "her", "it": "its", "they": "their"}
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Complements after a verb that make it report them, not the clause before it.
AFTER_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "dative", "acomp"})
# Links of a cue inside a content that may open a statement of its own (_next_statement).
NEXT_STATEMENT_DEPS = frozenset({"advcl", "conj", "parataxis"})
CONTRAST_MARKS = frozenset({"while", "whereas"})
# Children of a cue after its content that the parser took from the content.
CONTINUATION_DEPS = frozenset({"conj", "advcl", "appos", "npadvmod", "prep", "ccomp", "parataxis", "dobj", "attr"})
# "In a poll, ...", "To voters, ...": sentence-opening phrases that frame a statement ("For X, ..." does not).
FRAME_PREPS = frozenset({"in", "to"})
FRAME_DOCUMENTS = frozenset({
    "poll", "survey", "statement", "interview", "report", "study", "letter", "memo", "op-ed",
    "column", "tweet", "post", "speech", "filing", "release", "analysis", "editorial", "essay",
})
FRAME_PEOPLE = frozenset({
    "voter", "supporter", "critic", "official", "republican", "democrat", "conservative",
    "liberal", "many", "some", "most", "resident", "observer", "analyst", "expert", "american",
})
# "In his view, ...": framing nouns of a point of view, whose owner is the source.
FRAME_VIEWS = frozenset({"view", "opinion", "mind", "eye", "estimation", "judgment", "words", "telling"})
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
CLEAR_WORDS = frozenset({"clear", "plain", "known"})
ANSWER_WORDS = frozenset({"so", "yes", "no", "nothing"})
QUOTE_CHARS = frozenset('"“”‘’«»„‟‹›\'`')
# Share of a content inside another content above which it is reported inside it.
NESTED_SHARE = 0.9
# Share of a content's characters inside direct quotes above which it is the direct quote.
DIRECT_SHARE = 0.8


def find_reported(doc, article: Article, quotes: list[Candidate]) -> list[Candidate]:
    """Indirect and mixed statements of a parsed article.

    doc (spacy.tokens.Doc): the article text as parsed (a prefix of ``article.text``).
    article (Article): the article; its headline is marked on the candidates found in it.
    quotes (list[Candidate]): the direct quotes already found, to mark mixed statements and
        to leave the direct ones to their finder.
    RETURNS (list[Candidate]): the statements found, in text order.
    """
    quote_spans = sorted(span for quote in quotes for span in quote.spans)
    text = doc_text(doc)
    found: list[Candidate] = []
    seen: set[Span] = set()
    for token in tokens_in(doc, cue_words(), (LOWER, LEMMA)):  # most words: no lexicon look-ups
        candidate = _candidate_at(token)
        if candidate is None or not _clip_to_paragraph(candidate, text) or candidate.spans[0] in seen:
            continue
        if candidate.cue and _overlap(candidate.cue, quote_spans) or not _classify(candidate, text, quote_spans):
            continue  # a cue inside a quotation is part of the quote
        if _only_a_date(doc, candidate.spans):
            continue  # "criticism [Tuesday]": the parser hung a date where the content should be
        if _ABSOLUTE_PHRASE.match(text, candidate.start, candidate.end) and len(candidate.spans) == 1 and \
                text[:candidate.start].rstrip().endswith(","):
            continue  # '"...," she said, [her voice breaking]': how it was said, no content
        if _names_the_quote_before(candidate, token, text):
            continue  # '"...". [This] was stated by X', 'X said [this] while ...': the quote's speaker, named after it
        if lemma_of(token) in ("affirm", "reaffirm") and candidate.method.startswith("reported.object") and \
                _ruled_thing(doc, candidate) and _subject_rules(token):
            continue  # "Voters affirmed the amendment", "The court affirmed the ruling": a vote or a ruling upheld
        if _told_of(token) and candidate.method.startswith("reported.prep"):
            continue  # "Fairclough, told of [the governor's plan], shook her head": she heard it, no one is named
        if lemma_of(token) == "press" and candidate.method.startswith("reported.prep") and \
                text[:candidate.start].rstrip().lower().endswith(" on") and \
                not re.match(r"\s*(?:whether|if|how|why|what|when|where|who)\b", text[candidate.start:candidate.end]):
            continue  # "Pressed on the issue, ...": only a question is what was pressed ("on whether ...")
        if article.headline and article.headline[0] <= candidate.start < article.headline[1]:
            candidate.headline = True
        seen.add(candidate.spans[0])
        found.append(candidate)
    _join_turn_paragraphs(found, text)
    found = _without_interviewer_questions(_outermost(sorted(found, key=lambda c: c.start)), text)
    _name_interviewer_labels(doc, article, found)
    starts, reach = [c.start for c in found], list(accumulate((c.end for c in found), max))  # found is sorted
    for candidate in _evidence_heard(doc) + _poll_standings(doc):
        if not any(_overlaps_any(span, starts, reach) for span in candidate.spans) and \
                _classify(candidate, text, quote_spans):
            found.append(candidate)
    for shown in _shown_by_documents(doc):
        (lo, hi), = shown.spans
        if not any(c.cue == shown.cue for c in found) and _classify(shown, text, quote_spans):
            # the finding holds what the parser misread inside it ("appeals [showing] toddlers", "the Sentinel
            # [show]"), while "The mayor said X, city records show" keeps the mayor's statement
            inside = [c for c in found if c.cue and lo <= c.cue[0] and c.cue[1] <= hi]
            for c in inside:  # "... balanced in 2019[, city records show]": the documents are no part of it
                c.spans = [(a, min(b, hi)) for a, b in c.spans if a < hi]
            found = [c for c in found if c not in inside or c.spans and not _misread_in_finding(doc, c.cue)] + [shown]
    for block in _block_quotes(doc):  # the quotation is the cue's content: not the words before its colon
        (lo, hi), = block.spans
        found = [c for c in found if c.cue != block.cue and not (lo <= c.start and c.end <= hi)] + [block]
    # a transcript's answer keeps the statements reported in it: readers (and PolNeAR) want those too
    for candidate in _answers(doc, article) + _dash_answers(doc, article):
        if _clip_to_paragraph(candidate, text) and candidate.spans[0] not in seen and \
                _classify(candidate, text, quote_spans):
            found.append(candidate)
    return sorted(found, key=lambda c: c.start)


# an absolute phrase of a body part or the voice after "said,": "her voice breaking", "his eyes filling with tears"
_ABSOLUTE_PHRASE = re.compile(r"(?:his|her|their|my|our)\s+(?:[a-z]+\s+){0,2}?(?:voice|eyes|face|hands?|head|lips|"
                              r"words|tone|smile)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b[^,;:\"“”]*$")


# verbs that only name who said the words ("This was stated by X"; not "This was denied by X", a statement of its own)
_STANDIN_VERBS = frozenset({"state", "say", "voice", "express", "note", "mention", "declare", "make"})


def _names_the_quote_before(candidate: Candidate, cue, text: str) -> bool:
    """True for "[This] was stated by X", "[These words] were said by X" or "X said [this] while ..." right after a
    quotation (as agencies translated from Russian or Azerbaijani, and Nigerian papers, name a quote's speaker): the
    words are the quote's, X its speaker."""
    if len(candidate.spans) != 1 or lemma_of(cue) not in _STANDIN_VERBS:
        return False
    start, end = candidate.spans[0]
    words = text[start:end].strip()
    occasion = re.search(r"\s+(?:while|when|as|at|during)\s", words)  # "this while opening ...": the parser's span
    if occasion is not None:
        words, end = words[:occasion.start()], start + occasion.start()
    if words.lower() not in QUOTE_STANDINS:
        return False
    if candidate.method.startswith("reported.passive"):
        if any(t.lower_ in ("also", "later", "too") for t in cue.children):
            return False  # "This was also stated by X": a second speaker of the same words, a statement of X's
    elif not re.match(r"\s*(?:while|when|as|at|during|on|in)\b", text[end:]):
        return False  # "He said this" alone, in a paragraph of its own, may report more than the quote
    # a quotation closes in the paragraph before or earlier in this one
    this_paragraph = text.rfind("\n", 0, start)
    paragraph_before = text.rfind("\n", 0, len(text[:this_paragraph].rstrip())) if this_paragraph > 0 else -1
    return any(mark in text[max(paragraph_before + 1, start - 600):start] for mark in ("\"", "”", "»"))


def states_nothing(doc, candidate: Candidate) -> bool:
    """True when a candidate's cue is an act no reader takes for a statement, whoever found it.

    "The council voted down plans for ...", "X did not respond to requests for comment",
    "X, who asked not to be named, ...", "officials not authorized to discuss the case", "The Post asked X whether
    ... X did not respond.",
    "Anyone with information is asked to call ...", "The report quoted X as saying ...", 'X said
    [this] while ...' after a quote, "Let's say ...", "took questions about ...": the rules never make these;
    the trained tagger, which learnt from PolNeAR where such lines are sometimes annotated, may, and its
    candidates can be passed through here.
    """
    if candidate.cue is None:
        return False
    words = doc.char_span(*candidate.cue, alignment_mode="expand")
    # a cue the tagger drew on a verb's auxiliaries ("has not been" of "announced") is that verb's
    tokens = [t.head if t.dep_ in ("aux", "auxpass", "neg") else t for t in words] if words is not None else []
    return words is not None and any(
        _procedural_vote(t) or _unanswered_request(t) or _in_unanswered_request(t) or _unanswered_question(t)
        or _in_unanswered_question(t) or _amount_approved(t) or _anonymity_request(t) or _anonymity_reason(t)
        or _unauthorized_speech(t) or _in_public_appeal(t)
        or _quoting_as_saying(t) or sign_reads(t) or _showing_a_thing(t) or _appointment(t) or _told_of(t)
        or _name_read_as_cue(t) or _naming(t) or _seen_in_person(t) or _supposing(t) or _called_to_order(t)
        or _viewed_only(t) or _confirmed_in_office(t) or _phoned(t) or _put_off(t) or _named_after_quote(t)
        or _wire_credit(t) or _product_recall(t) or _charged_with(t) or _writing_for_the_bench(t) or _deal_agreed(t)
        or _words_heard(t) or any(_words_heard(c) for c in t.children) or _sent_on(t) or _greeted(t)
        or _views_given_before(t) or _summoned(t) or _not_named(t) or _doubled(t) or _projected_image(t)
        for t in tokens) or \
        words is not None and len(words) == 1 and _names_the_quote_before(candidate, words[0], doc_text(doc))


# what a vote or a court affirms, upholding it: no words of the one who affirms
_RULED_THINGS = frozenset({"amendment", "ruling", "decision", "conviction", "sentence", "judgment", "judgement",
                           "verdict", "law", "bill", "measure", "order", "result", "results", "election", "award",
                           "nomination", "appointment", "referendum", "injunction", "dismissal"})


# those who affirm by a vote or a ruling ("Voters affirmed the amendment", "The court affirmed the ruling")
_RULING_SUBJECTS = frozenset({"voter", "voters", "court", "judge", "panel", "electorate", "jury", "tribunal", "bench",
                              "justice", "justices", "board", "council", "senate", "house", "assembly", "parliament",
                              "circuit", "committee", "shareholder", "shareholders", "delegate", "delegates", "member",
                              "members", "commission", "congress", "legislature", "convention", "conference", "union"})


def _subject_rules(verb) -> bool:
    """True when the subject of ``verb`` decides by a vote or a ruling (a court, voters, a council)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _RULING_SUBJECTS for c in verb.children)


def _ruled_thing(doc, candidate: Candidate) -> bool:
    """True when a candidate's content is headed by a ruling or a measure ("the amendment", "the lower court's
    ruling")."""
    words = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    return words is not None and words.root.lemma_.lower() in _RULED_THINGS


def _told_of(verb) -> bool:
    """ "Fairclough, [told] of the governor's plan, shook her head": a hearer informed by no one named."""
    return lemma_of(verb) in ("tell", "inform", "brief") and (verb.tag_ == "VBN" or verb.dep_ == "acl") and \
        _agent_of(verb) is None and not _children(verb, {"nsubj"}) and \
        any(c.dep_ == "prep" and c.lower_ in ("of", "about", "on") for c in verb.children)


def _quoting_as_saying(verb) -> bool:
    """ "The report quoted [the director] as saying that ...": whom a text quotes is no statement of the text's;
    what he said is one of his (``_quoted_as_saying``)."""
    return lemma_of(verb) in ("quote", "cite") and any(
        prep.lower_ == "as" and any(c.dep_ == "pcomp" and _quoted_saying(c) for c in prep.children)
        for prep in _children(verb, {"prep"}))


# cues that are no one's words in "cited X as ...": "cited a memo as pointing toward China" cites the memo
_CITED_AS_SHOWING = frozenset({"point", "show", "indicate", "suggest", "reveal", "find", "prove", "demonstrate"})


def _quoted_saying(verb) -> bool:
    """True for the cue of "quoted X as saying / calling / confirming ...", not "cited X as pointing to ...";
    after "cited", a person cited or a verb of saying ("cited weak demand as explaining" cites a cause)."""
    if verb_cue(verb) is None or lemma_of(verb) in _CITED_AS_SHOWING:
        return False
    quoting = verb.head.head if verb.head.i != verb.i else verb
    if lemma_of(quoting) != "cite" or lemma_of(verb) in _SAYING_VERBS:
        return True
    return any(o.ent_type_ == "PERSON" or o.pos_ == "PRON" or o.lemma_.lower() in ROLE_WORDS
               for o in _children(quoting, {"dobj"}))


_SAYING_VERBS = frozenset({"say", "state", "write", "add", "tell", "warn", "claim", "insist", "admit", "describe",
                           "call", "confirm", "deny"})


def _clip_to_paragraph(candidate: Candidate, text: str) -> bool:
    """Keep a content and its source inside the cue's paragraph (parsed sentences may run across).

    RETURNS (bool): False when nothing of the content is left.
    """
    if candidate.cue is None:
        return True
    start = text.rfind("\n", 0, candidate.cue[0]) + 1
    if candidate.method == "reported.passive" and candidate.spans and candidate.spans[-1][1] <= start:
        # "[The Centre will set up 150 hubs.] || This was stated by X" (``_sentence_ahead``): the paragraph before
        start = text.rfind("\n", 0, len(text[:start].rstrip())) + 1
    end = text.find("\n", candidate.cue[1])
    end = len(text) if end < 0 else end
    spans = []
    for s, e in candidate.spans:
        s, e = max(s, start), min(e, end)
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.!?"):
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e > s:
            spans.append((s, e))
    candidate.spans = spans
    if candidate.source is not None:
        s, e = max(candidate.source[0], start), min(candidate.source[1], end)
        candidate.source = (s, e) if e > s else None
    return bool(spans)


def _only_a_date(doc, spans: list[Span]) -> bool:
    """True when a content is nothing but a date or a time ("[last week]", "[Friday]")."""
    if len(spans) != 1:
        return False
    words = doc.char_span(*spans[0], alignment_mode="expand")
    return words is not None and all(t.ent_type_ in SETTING_ENTITIES or t.is_punct for t in words)


def _outermost(found: list[Candidate]) -> list[Candidate]:
    """Drop statements reported inside another statement's content.

    In "He said she believes the vote was rigged" the record is his statement; her belief
    is part of what he said (PolNeAR annotates no attribution inside another's content).
    """
    def inside(inner: Candidate, outer: Candidate) -> bool:
        if not outer.start <= inner.cue[0] < outer.end:
            return False
        length = sum(end - start for start, end in inner.spans)
        covered = sum(_overlap(span, outer.spans) for span in inner.spans)
        return bool(_overlap(inner.cue, outer.spans)) and covered >= NESTED_SHARE * length

    return [c for c in found if c.cue is None or not any(o is not c and inside(c, o) for o in found)]


def _candidate_at(token) -> Candidate | None:
    """The statement cued by this token, if it is a cue and its content can be found."""
    if token.pos_ in ("VERB", "AUX") and lemma_of(token) in raising_verbs():
        raised = _raising(token)  # "is expected to" before the reporting verb "expects"
        if raised is not None:
            return raised
    entry = verb_cue(token)
    if entry is not None:
        return _verbal(token, entry)
    if lemma_of(token) == "appeal" and (token.pos_ == "VERB" or token.tag_ in VERB_TAGS) and _an_appeal(token):
        return _verbal(token, _APPEAL)
    if token.lower_ in SOURCE_PHRASES and _according_to_object(token) is not None:
        return _according_to(token)
    entry = noun_cue(token)
    if entry is not None:
        return _nominal(token, entry)
    if token.pos_ == "ADJ" and lemma_of(token) in attitude_adjectives():
        return _attitude(token, attitude_adjectives()[lemma_of(token)], attitude_acts()[lemma_of(token)])
    if token.text == ":":
        return _colon(token)
    if token.lower_ in FRAME_PREPS:
        return _framing_phrase(token)
    if token.lower_ in HEARSAY_ADVERBS:
        return _hearsay(token)
    if lemma_of(token) == "make" and token.pos_ == "VERB":
        return _make_clear(token)
    if lemma_of(token) == "put" and token.pos_ == "VERB":
        return _put_figure(token)
    return None


# --- 1-3. reporting verbs ---------------------------------------------------------------------

def _verbal(verb, entry: Cue) -> Candidate | None:
    """A statement cued by a reporting verb, in the first construction that fits."""
    if _discourse_said(verb) or _no_statement_sense(verb) or _so_says(verb) or _heard_speak(verb) or \
            _noun_read_as_verb(verb):
        return None
    if verb.dep_ in ("amod", "compound") or verb.tag_ == "VBN" and verb.dep_ == "acl" \
            and not _children(verb, CLAUSE_DEPS) and _participle_read_as_inverted(verb) is None:
        if entry.object and _agent_of(verb) is not None:
            return _participle(verb)
        return None  # "the said report", "a plan announced Monday" (not "..., the minister announced on Friday.")
    found = _verb_content(verb, entry)
    if found is None:
        return None
    spans, method = found
    if method in ("reported.object", "reported.prep"):
        spans = _with_including(verb.doc, spans)
    # a passive's subject is its content ("the plan was criticized"): the agent speaks
    source = _agent_of(verb) if method == "reported.passive" else source_of(verb)
    if source is not None and method == "reported.clause" and verb.dep_ == "conj" and source[0] == spans[0][0] \
            and not _children(verb, {"ccomp"}):
        source = source_of(verb.head)  # "... but said goalkeeper Lind had recovered": the first verb's subject
    hearers = _hearing_body(verb)
    return Candidate(
        spans=spans,
        kind="indirect",
        cue=_cue_span(verb),
        source=None if hearers is not None else source,
        act="speech" if hearers is not None else act_of(verb),
        addressee=hearers or _addressee_of(verb, spans),
        occasion=_occasion_of(verb, spans),
        confidence=_confidence(method, source),
        method=method,
    )


_DISCOURSE_OPENER_TOKENS = 6

# ", including ..." after an object: the examples of what the cue is about
_INCLUDING = re.compile(r",?\s+including\b")


def _with_including(doc, spans: list[Span]) -> list[Span]:
    """An object content with the examples set after it ("condemning [Russia's invasion of Ukraine, including its
    annexation of Crimea]", "railed against [the influence of super PACs, including the one that ...]"): what the
    parser hung on the verb still names what was condemned."""
    end = spans[-1][1]
    found = _INCLUDING.match(doc_text(doc), end)
    if found is None:
        return spans
    word = doc.char_span(found.end() - len("including"), found.end())
    if word is None or len(word) != 1:
        return spans
    last = word[0].right_edge
    if last.i <= word[0].i or any(t.tag_ in FINITE_TAGS for t in doc[word[0].i:last.i + 1]) and \
            not any(t.dep_ == "relcl" for t in doc[word[0].i:last.i + 1]):
        return spans
    while last.is_punct and last.i > word[0].i:
        last = doc[last.i - 1]
    return spans[:-1] + [(spans[-1][0], last.idx + len(last))]


def _discourse_said(verb) -> bool:
    """ "That said, ...", "Having said that, ...": a connective of the narration, nobody's statement.

    The sentence after it is the writer's (or holds a statement of its own: "That said,
    voters say ...").
    """
    if verb.lemma_ != "say" or verb.tag_ not in ("VBD", "VBN"):
        return False
    doc, start = verb.doc, verb.i
    # the openers are a few words at a sentence's start: look back that far only ("Lind said said ..."
    # had every "said" walk back to its sentence's start, quadratic in a long sentence)
    while start > 0 and verb.i - start < _DISCOURSE_OPENER_TOKENS and not doc[start].is_sent_start:
        start -= 1
    if start > 0 and not doc[start].is_sent_start:
        return False
    before = [t.lower_ for t in doc[start:verb.i] if not t.is_punct]
    if " ".join(before) in DISCOURSE_SAID_OPENERS:
        return verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","
    return before == ["having"] and verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ in ("that", "this") \
        and doc[verb.i + 2].text == ","


def _supposing(verb) -> bool:
    """ "Let's say you think a degree will cost $160,000": a supposition the writer sets up, nobody's statement."""
    return verb.lemma_ == "say" and verb.i >= 2 and verb.doc[verb.i - 1].lower_ in ("'s", "’s", "us") and \
        verb.doc[verb.i - 2].lower_ == "let"


def _heard_speak(verb) -> bool:
    """ "The Council heard [an official warn that ...]", "The jury heard the witness say ...": the one heard
    speaks, with a cue of their own; the hearers only listened."""
    if lemma_of(verb) != "hear":
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and c.tag_ in ("VB", "VBP") and _children(c, SUBJECT_DEPS)
               and verb_cue(c) is not None and verb_cue(c).act == "speech" for c in verb.children)


def _noun_read_as_verb(verb) -> bool:
    """ "We rate the jobs [claim] Half True": a present tense with no subject, right after the object of the verb its
    clause hangs on, is the last word of that object's noun phrase, which the parser split off as a verb."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return verb.tag_ in ("VBP", "VBZ") and verb.dep_ == "ccomp" and before is not None and \
        before.tag_ in ("NN", "NNS", "NNP", "NNPS") and before.dep_ == "dobj" and before.head.i == verb.head.i and \
        not _children(verb, SUBJECT_DEPS)


def _so_says(verb) -> bool:
    """ "So says Ana Lind, 79, ...", "So said defence lawyer Tom Reyes outside the court": the sentence
    names the speaker of the quote before it, whose words the quote stage holds; what follows the
    verb is the speaker and the occasion, no content."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].lower_ != "so" or verb.tag_ not in ("VBD", "VBZ"):
        return False  # checked first: a verb's sentence is costly to find, and most verbs follow no "So"
    sent = verb.sent
    # the parser may read the name after the verb as its clause ("said [lawyer Tom Reyes outside ...]")
    return verb.i == sent.start + 1 and not any(t.lower_ == "that" or t.is_quote for t in doc[verb.i + 1:sent.end])


def _found_a_thing(verb) -> bool:
    """ "X, who found the dog barking at the cliff edge, said ...": a person who came upon something, in the clause
    that says who they are; not "a report that found that ...", "who found the plan flawed" (a judgement)."""
    return lemma_of(verb) == "find" and verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children) and not any(
        c.dep_ in ("oprd", "acomp") or c.dep_ == "ccomp" and c.tag_ != "VBG" for c in verb.children) and not any(
        c.dep_ == "dobj" and any(g.dep_ in ("amod", "acomp", "oprd") and g.i > c.i for g in c.children)
        for c in verb.children)


def _no_statement_sense(verb) -> bool:
    """A cue verb used in a sense no news reader takes for anyone's statement: an unanswered
    request for comment or question of the outlet's, a tally, a vote's outcome, an armed attack, a question to the
    reader, the writer's advice, a chair calling a meeting to order or a launch off, a public appeal, an audience
    addressed, nothing said, a name given, an asking price, a wire's credits, a supposition ("Let's say ..."), a
    verdict, a nominee confirmed, a telephone call, a postponement, what a thing promises or threatens, someone sent
    for ("Crews were called to the house") or not named yet."""
    return _unanswered_request(verb) or _in_unanswered_request(verb) or _unanswered_question(verb) \
        or _in_unanswered_question(verb) or _tally(verb) or _procedural_vote(verb) or _armed_attack(verb) \
        or _question_to_reader(verb) or _writers_advice(verb) or _anonymity_request(verb) \
        or _anonymity_reason(verb) or _amount_approved(verb) or _unauthorized_speech(verb) or _called_to_order(verb) \
        or _in_public_appeal(verb) or _addressed_audience(verb) or _said_nothing(verb) or _naming(verb) \
        or _asking_price(verb) or _quoting_as_saying(verb) or sign_reads(verb) or _showing_a_thing(verb) \
        or _appointment(verb) or _name_read_as_cue(verb) or _seen_in_person(verb) or _wire_credit(verb) \
        or _supposing(verb) or _verdict(verb) or _found_a_thing(verb) or _confirmed_in_office(verb) or _phoned(verb) \
        or _put_off(verb) or _named_after_quote(verb) or _product_recall(verb) or _survey_sample(verb) \
        or _bare_question_asked(verb) or _what_was_said(verb) or _the_offence(verb) or _deal_agreed(verb) \
        or _promise_of_a_thing(verb) or _views_given_before(verb) or _greeted(verb) or _sent_on(verb) \
        or _summoned(verb) or _not_named(verb) or _doubled(verb) or _projected_image(verb) \
        or verb.dep_ == "xcomp" and lemma_of(verb) in NAMING_VERBS and _anonymity_request(verb.head)
    # (the last: "who did not want to be [named] as talks ... are ongoing": the anonymity asked for names nothing)


def _sent_on(verb) -> bool:
    """ "Patients are referred to Sylhet", "referred the case to the police", "were admitted to the hospital": someone
    or something sent on or taken in, no words ("referred to the plan as a disaster" is a statement)."""
    if lemma_of(verb) not in ("admit", "refer") or _children(verb, {"ccomp"}) or \
            any(c.lower_ == "it" for c in _children(verb, {"nsubjpass"})):
        return False  # (the clause: "It was admitted to the inquiry that ...", what was admitted)
    if lemma_of(verb) == "admit" and _children(verb, {"auxpass"}):
        return any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children)  # "were admitted to hospital"
    if lemma_of(verb) != "refer":
        return False
    sent = _children(verb, {"nsubjpass", "dobj"}) or (  # "are being turned away or referred to ..."
        _children(verb.head, {"nsubjpass"}) if verb.dep_ == "conj" else [])
    # with where it is sent (not "referring [the] the 1 percent excuse"), which is no one's words ("referred the
    # committee to his earlier evidence that ..." points at what he said)
    return bool(sent) and any(c.dep_ == "prep" and c.lower_ == "to" and c.i > sent[0].i and not any(
        o.lemma_.lower() in _WORDS_REFERRED_TO for o in _children(c, {"pobj"})) for c in verb.children)


_WORDS_REFERRED_TO = frozenset({"evidence", "statement", "remark", "comment", "testimony", "answer", "report",
                                "letter", "article", "speech", "interview", "submission", "reply", "response", "word"})


def _greeted(verb) -> bool:
    """ "Pupils welcomed her with a song", "crowds welcomed Lind at the airport": a person greeted, no judgement
    ("welcomed the decision", "welcomed Lind's appointment" are statements)."""
    if lemma_of(verb) != "welcome" or _children(verb, {"xcomp", "advcl", "ccomp"}):
        return False  # (the clause: "welcomed Trump to visit the city", an invitation)
    return any(o.lower_ in _HEARER_PRONOUNS or o.ent_type_ == "PERSON" for o in _children(verb, {"dobj"}))


# what a speaker's words are called when a sentence points back at them ("expressed these views", "made these remarks")
_WORDS_POINTED_BACK = frozenset({"view", "remark", "comment", "word", "observation", "sentiment", "opinion", "statement"})


def _views_given_before(verb) -> bool:
    """ "He expressed these views while chairing a meeting": the words before, which have their cues; where and when
    they were said, no statement of its own."""
    if lemma_of(verb) not in ("express", "make", "voice", "air", "share", "give", "deliver", "offer"):
        return False  # (not "welcomed these comments": a judgement of someone else's words)
    objects = _children(verb, {"dobj"})
    return len(objects) == 1 and objects[0].lemma_.lower() in _WORDS_POINTED_BACK and \
        any(c.dep_ == "det" and c.lower_ in ("this", "these") for c in objects[0].children)


def _promise_of_a_thing(verb) -> bool:
    """ "a battery plant that promises 2,000 jobs", "The storm threatens to flood the valley": what a thing or an event
    is likely to bring, no one's words ("Voltaris promises 2,000 jobs", "the referee threatened to abandon the match"
    are a speaker's). Who may promise is an open class, so only the things are listed."""
    if lemma_of(verb) not in ("promise", "threaten") or verb.pos_ != "VERB":
        return False
    subjects = _children(verb, {"nsubj"})
    if verb.dep_ == "relcl" and (not subjects or subjects[0].lower_ in RELATIVE_PRONOUNS):
        subjects = [verb.head]  # the noun the relative clause describes
    return bool(subjects) and all(s.pos_ == "NOUN" and s.lemma_.lower() in _PROMISING_THINGS for s in subjects)


# things and events that "promise" or "threaten" what they may bring (PolNeAR train: "a case that threatened to
# cripple unions", "The debate promised to be a crucial moment", "the primary threatens to knock ... out")
_PROMISING_THINGS = frozenset({
    "plant", "factory", "mine", "project", "scheme", "development", "technology", "innovation", "drug", "treatment",
    "vaccine", "storm", "hurricane", "typhoon", "cyclone", "flood", "fire", "wildfire", "drought", "heat", "heatwave",
    "weather", "rain", "snow", "virus", "outbreak", "pandemic", "disease", "crisis", "war", "conflict", "dispute",
    "scandal", "controversy", "debate", "primary", "race", "contest", "election", "vote", "campaign", "case",
    "decision", "ruling", "initiative", "measure", "change", "shift", "move", "trend", "rise", "fall", "surge",
    "shortage", "value", "cost", "price", "deal", "merger", "season", "game", "match", "event", "night", "day",
    "year", "week", "summit", "talks", "meeting", "situation", "problem", "issue"})


# what companies agree to do in a deal: a transaction, which the deal's papers record, not anyone's words
_DEAL_LEMMAS = frozenset({"buy", "acquire", "sell", "purchase", "merge"})


def _deal_agreed(verb) -> bool:
    """ "Ostrel Foods agreed on Monday to buy Banning Mills": a deal a company struck, an act the story reports
    ("said it had agreed to buy ..." is the company's statement, through "said"; "The minister agreed to sell the
    plan to voters", "The governor agreed to buy body cameras" are commitments)."""
    acts = [c for c in _children(verb, {"xcomp"}) if lemma_of(c) in _DEAL_LEMMAS and not _children(c, {"prt"})]
    if lemma_of(verb) != "agree" or not acts:
        return False  # (not "agreed to buy into the plan")
    # what changes hands is a company or a business ("to buy Banning Mills", "to sell its frozen foods unit"), or
    # those who agree are companies ("The two companies agreed to merge"), or two parties merge ("Vesta Grid and
    # Tolman Power agreed to merge", whatever the NER read them as)
    if any(lemma_of(act) == "merge" and not _children(act, {"dobj"}) for act in acts) and any(
            _children(c, {"conj"}) or c.tag_ in ("NNS", "NNPS") for c in _children(verb, SUBJECT_DEPS)):
        return True
    return any(o.pos_ == "PROPN" or o.ent_type_ == "ORG" or o.lemma_.lower() in _BUSINESS_NOUNS
               for act in acts for o in _children(act, {"dobj"})) or \
        any(c.ent_type_ == "ORG" or c.lemma_.lower() in COMPANY_NOUNS or c.pos_ == "PROPN" and c.lower_ in COMPANY_WORDS
            or _LISTED.search(c.doc[c.left_edge.i:c.right_edge.i + 1].text) for c in _children(verb, SUBJECT_DEPS))


# what a deal buys or sells besides a company by name
_BUSINESS_NOUNS = frozenset({"unit", "stake", "business", "division", "subsidiary", "share", "asset", "brand",
                             "operation", "plant", "factory", "chain", "company", "firm", "right", "portfolio", "arm",
                             "maker", "rival", "competitor", "operator", "network", "mill", "mine", "refinery"})


_LISTED = re.compile(LISTING)  # "Ostrel Foods (CSE: OSF)": a listed company


def _charged_with(verb) -> bool:
    """ "Mounties have charged a 34-year-old man with second-degree murder": a charge laid, no words ("charged that
    the agency lied" is a statement)."""
    # (the parse may hang "with ..." on the person charged)
    return lemma_of(verb) == "charge" and any(
        c.dep_ == "prep" and c.lower_ == "with" for t in [verb, *_children(verb, {"dobj"})] for c in t.children)


_BENCH_NOUNS = frozenset({"majority", "minority", "court", "dissent", "judge", "justice", "panel", "bench"})


def _writing_for_the_bench(verb) -> bool:
    """ "Justice X, writing for the majority, said ...": whom the judge's reasons speak for, no content."""
    return lemma_of(verb) == "write" and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in _BENCH_NOUNS for o in c.children)
        for c in verb.children)


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _product_recall(verb) -> bool:
    """ "Corbridge is recalling about 84,000 pumps", "Ford recalls 300,000 trucks": a maker's recall of a counted
    product, no one's memory ("recalled the 1999 flood", "recalled that ...")."""
    return lemma_of(verb) == "recall" and any(c.dep_ == "dobj" and _counted(c) for c in verb.children)


def _counted(noun) -> bool:
    """True for a noun with a number before it that is no year ("84,000 pumps", "2,104 adults"; not "the 1999
    flood")."""
    return any(n.dep_ == "nummod" and n.like_num and not _YEAR.fullmatch(n.text) for n in noun.children)


_SAMPLING_LEMMAS = frozenset({"question", "survey", "poll", "interview", "sample"})
# whom a poll counts ("questioned 2,104 adults"; not "questioned two figures in the budget")
_SAMPLED_PEOPLE = frozenset({"adult", "voter", "people", "person", "resident", "respondent", "household", "parent",
                             "student", "worker", "patient", "reader", "customer", "citizen", "teenager", "child",
                             "man", "woman", "owner", "business", "employee", "member", "doctor", "nurse", "teacher"})


def _survey_sample(verb) -> bool:
    """ "Castlegate questioned 2,104 adults online", "The firm surveyed 1,500 voters": how many a poll asked, nobody's
    words ("questioned the plan" doubts it)."""
    return lemma_of(verb) in _SAMPLING_LEMMAS and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _SAMPLED_PEOPLE or c.ent_type_ == "NORP") and _counted(c)
        for c in verb.children)


def _bare_question_asked(verb) -> bool:
    """ "a retired nurse who had asked the question", "asked a question": the asking told, not what was asked ("asked
    a question about the mill" gives its matter)."""
    if lemma_of(verb) != "ask" or any(c.dep_ in ("ccomp", "xcomp", "dative") for c in verb.children):
        return False
    objects = _children(verb, {"dobj"})
    return len(objects) == 1 and objects[0].lemma_.lower() == "question" and \
        all(c.dep_ == "det" for c in objects[0].children)


_VERDICT_WORDS = frozenset({"guilty", "innocent", "liable"})


def _verdict(verb) -> bool:
    """"A jury found [him not guilty]", "found the officer guilty of manslaughter": a verdict is an act, no one's
    statement; a finding told as a clause ("found that the company was liable") states what was found."""
    return lemma_of(verb) == "find" and any(c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.pos_ == "ADJ" and
                                            c.lower_ in _VERDICT_WORDS for c in verb.children)


def _wire_credit(verb) -> bool:
    """ "(Reporting by Tomasz Reynaud; Editing by Carla Mendes)", "Additional reporting by ...": a wire's credits."""
    return verb.lower_ == "reporting" and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "by"


def _seen_in_person(verb) -> bool:
    """ "She was last seen wearing a parka", "Anyone who has seen Marnie": someone seen, no view held ("sees the
    plan as a mistake", "sees nothing to celebrate", "is seen by diplomats to be ..." are views)."""
    if verb.lemma_.lower() == "see" and any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod")
                                            for c in verb.children):
        return True  # "added 126 to see them home": a win brought about, as sport writes it
    if verb.lemma_.lower() != "see" or any(c.lower_ == "as" or c.dep_ in ("ccomp", "oprd", "agent") or
                                           c.dep_ == "xcomp" and c.tag_ != "VBG" for c in verb.children):
        return False  # "is seen by diplomats to be the real power": a view ("seen wearing" is a sighting)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in verb.children)


_INITIAL = re.compile(r"[A-Z]\.")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _name_read_as_cue(verb) -> bool:
    """ "Justice Rehana M. [Sayed] stayed ...", "the critic Edward [Said]": a capitalised word right after a name or
    an initial inside a sentence ends the name; no cue (not in a Title Case line, where verbs have capitals too)."""
    if verb.i == 0 or verb.is_sent_start or not verb.text.istitle():
        return False
    before = verb.doc[verb.i - 1]
    if not (before.pos_ == "PROPN" and before.text.istitle() or _INITIAL.fullmatch(before.text)):
        return False
    if _in_first_line(verb.doc, verb.idx):
        return False  # the headline: "Biden Says US will not back down"
    text = doc_text(verb.doc)
    end = text.find("\n", verb.idx)
    words = _LONG_WORD.findall(text[text.rfind("\n", 0, verb.idx) + 1:end if end >= 0 else len(text)])
    if sum(w[0].isupper() for w in words) >= 0.6 * len(words):
        return False  # "Mike Pence Calls for ... after Report Reveals ...": a headline's capitals, whatever the judge
    return not in_title_case_line(verb)


# things one shows or holds up, which say nothing of their own in "showed reporters a chart" (a video or a clip
# shown carries someone's words: PolNeAR annotates "showed the crowd a clip of X")
_SHOWN_THINGS = frozenset({"chart", "graph", "photo", "photograph", "picture", "map", "slide", "placard", "diagram",
                           "model", "sample", "printout", "x-ray", "prototype"})


def _showing_a_thing(verb) -> bool:
    """ "showed reporters a chart", "held up a photograph of his wife's garden": an object put before someone's
    eyes, an act; what the chart shows is no statement of the one who holds it ("a poll showed ..." is the poll's)."""
    if lemma_of(verb) not in ("show", "display", "hold", "wave", "brandish") or verb.pos_ != "VERB":
        return False
    if lemma_of(verb) == "hold" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    return any(c.lemma_.lower() in _SHOWN_THINGS for c in _children(verb, {"dobj"}))


def _appointment(verb) -> bool:
    """ "was named chair of the committee", "appointed her chief executive", "was promoted to sergeant": a post given,
    an act of whoever gave it, no words of the one it went to. The one who names someone to a post announces it ("The
    governor named the judge as his running mate": PolNeAR annotates it), as "named the suspect as Syed Farook" says
    who someone is."""
    if lemma_of(verb) not in ("name", "appoint", "promote") or verb.pos_ != "VERB" or \
            lemma_of(verb) == "name" and not _children(verb, {"nsubjpass", "auxpass"}):
        return False
    posts = [c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj", "xcomp")]  # ("to [captain]" as a verb)
    posts += [o for p in _children(verb, {"prep"}) if p.lower_ in ("as", "to") for o in _children(p, {"pobj"})]
    return any(post.lemma_.lower() in ROLE_WORDS or post.lower_ in ("committee", "board", "panel", "cabinet")
               for post in posts)


def _confirmed_in_office(verb) -> bool:
    """True for "confirm" with a person as its object: a nominee confirmed ("confirmed Ana Lind", "confirms Lind as
    labor secretary", "confirmed her"), where "confirmed the deaths" and "confirmed the victim as X" state facts."""
    if lemma_of(verb) != "confirm" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i]
    if not objects:
        return False
    first = objects[0]
    as_role = any(c.dep_ == "prep" and c.lower_ == "as" for c in (*first.children, *verb.children))
    return first.ent_type_ == "PERSON" or first.lower_ in ("him", "her") or first.pos_ == "PROPN" and as_role


def _phoned(verb) -> bool:
    """True for "call" with a person as its only object and nothing said of them ("The president called [Lind] twice
    last week"): a telephone call; "called [Lind] a liar" and "called [him] 'unhinged'" name what was said."""
    if lemma_of(verb) != "call" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "attr")]
    # (the parser may make the person the verb's predicate: "called [Ana Lind-Vey] twice")
    if len(objects) != 1 or objects[0].dep_ not in ("dobj", "oprd") or objects[0].i < verb.i or \
            objects[0].ent_type_ in ("DATE", "TIME") or _children(objects[0], {"appos", "acl", "relcl"}) or \
            any(p.lower_ == "for" or p.lower_ == "on" and not any(o.ent_type_ in ("DATE", "TIME")
                                                                   for o in _children(p, {"pobj"}))
                for p in _children(verb, {"prep"})):
        return False  # not "called Friday for releasing the videos", "called on X to ...", a day read as the object
    person = objects[0]
    after = person.right_edge.i + 1
    if after < len(person.doc) and person.doc[after].is_quote:
        return False  # "called her 'the sharpest pen north of the Trent'", the quotation hung elsewhere by the parse
    return person.ent_type_ == "PERSON" or person.pos_ == "PROPN" or person.lower_ in _HEARER_PRONOUNS or \
        person.pos_ == "NOUN" and _a_person_noun(person)


# what "reads" words that are no one's statement: signs, menus, placards, posters
SIGN_NOUNS = frozenset({"sign", "signs", "signboard", "noticeboard", "chalkboard", "blackboard", "plaque",
                        "placard", "placards", "banner", "banners", "menu", "poster", "posters", "inscription",
                        "packet", "sticker", "mural", "graffiti", "headstone", "hoarding", "billboard", "notice",
                        "flyers", "fliers"})
# what only "reads" ("a notice on the door reads ...", "posters reading ..."): one that "says" may be a speaker's
# ("the notice said the road would close", a poster on a forum; a leaflet is its issuer's, a party's or a council's)
_READ_ONLY_SIGNS = frozenset({"poster", "notice", "billboard", "flyer", "flier"})


def sign_reads(verb) -> bool:
    """ "A handwritten sign taped to his till reads: 'Card only.'", "the menu says", "placards reading", "banners
    bearing the slogan": what a sign, a menu or a placard says is printed there, no one's statement."""
    if lemma_of(verb) not in ("read", "say", "bear", "carry", "display") or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = _children(verb, {"nsubj"}) or ([verb.head] if verb.dep_ == "acl" else [])  # "placards reading"
    # a common noun in lower case ("Sergeant Ruth Banner", "The Tarrow Banner" speak), or a plural that "reads" as
    # the first word of a paragraph, which the tagger may take for a name ("Placards reading ..."; not "Banner read
    # from a statement", a surname); a poster only "reads" (one on a forum says)
    if not subjects or _notice_from_someone(subjects[0]):
        return False
    first = subjects[0]
    if lemma_of(verb) in ("bear", "carry", "display") and any(
            p.dep_ == "prep" and p.lower_ in ("from", "by") for o in [verb, *_children(verb, {"dobj"})]
            for p in o.children):
        return False  # "The notice carried a statement from the council"
    noun = first.lemma_.lower()
    opens = first.i == 0 or first.is_sent_start or "\n" in first.doc[first.i - 1].text_with_ws
    plural = first.lower_.endswith("s") or first.lower_ == "graffiti"
    return (noun in SIGN_NOUNS or first.lower_ in SIGN_NOUNS) and (
        first.pos_ == "NOUN" and first.is_lower or lemma_of(verb) != "say" and opens and first.is_title and plural) \
        and not (noun in _READ_ONLY_SIGNS and lemma_of(verb) == "say")


def _notice_from_someone(noun) -> bool:
    """ "A notice signed by the Registrar reads: ...", "a notice from the bank reads that ...": an office's notice, its
    announcement (not "a notice pasted on the door reads ...")."""
    return noun.lemma_.lower() == "notice" and any(
        c.dep_ == "acl" and lemma_of(c) in ("sign", "issue", "release", "circulate", "publish", "send") or
        c.dep_ == "prep" and c.lower_ in ("from", "by") for c in noun.children)


def _asking_price(verb) -> bool:
    """ "Asking prices rose 2.4%", "the asking rent": the market's term for what a seller wants, no question."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb.lower_ == "asking" and after is not None and after.lemma_.lower() in ("price", "rent")


# what one "says" when one says nothing: "Ada says nothing", "She said little", "He would say no more"
_NOTHING_SAID = frozenset({"nothing", "little", "less", "no", "more"})


# what the law does to someone for an act ("convicted of revealing ...", "jailed for insulting ...")
_OFFENCE_HEADS = frozenset({"convict", "charge", "accuse", "jail", "arrest", "sentence", "fine", "acquit", "indict",
                            "prosecute", "sue", "punish", "imprison", "detain", "try", "suspend", "expel", "sack",
                            "fire", "discipline", "investigate", "guilty", "innocent"})


def _the_offence(verb) -> bool:
    """ "was convicted of [revealing] state secrets", "charged with [threatening] a witness": the act someone is
    charged with, which the charge tells, not a statement of theirs."""
    prep = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and prep.dep_ == "prep" and \
        prep.lower_ in ("of", "for", "with") and lemma_of(prep.head) in _OFFENCE_HEADS


def _what_was_said(verb) -> bool:
    """ "Here is what it decided, and what was said": a passive saying whose subject is the bare "what" and whose
    speaker no one names tells that something was said, not what."""
    return lemma_of(verb) == "say" and verb.tag_ == "VBN" and not _children(verb, {"agent"}) and \
        any(c.lower_ == "what" and not list(c.children) for c in _children(verb, {"nsubjpass"}))


def _said_nothing(verb) -> bool:
    """ "Ada says nothing", "She would say no more": the object tells that nothing was said, with no clause or topic
    after it ("said nothing about the deal" and "said little had changed" are statements)."""
    objects = _children(verb, {"dobj"})
    if lemma_of(verb) != "say" or len(objects) != 1 or objects[0].lower_ not in _NOTHING_SAID:
        return False
    obj = objects[0]
    if obj.lower_ == "more" and [c.lower_ for c in obj.children] != ["no"] or \
            obj.lower_ != "more" and list(obj.children):
        return False
    return not [c for c in _children(verb, {"ccomp", "prep", "xcomp"}) if not _for_a_while(c)]


def _aged(token) -> bool:
    """True for an age standing for someone ("The Italian, [29], known as ...") or a name with one beside it
    ("[Garraway], 36, is known as ..."), whatever the NER read (an age after a name in the text: the name finders'
    ``_age_after``)."""
    ages = [token] + [c for c in token.children if c.dep_ in ("appos", "amod", "nummod")]
    return any(t.like_num and t.text.isdigit() and 1 <= int(t.text) <= 110 for t in ages)


_WHILE_WORDS = frozenset({"second", "seconds", "minute", "minutes", "moment", "moments", "while", "hour", "hours"})


def _for_a_while(prep) -> bool:
    """ "for almost ten seconds", "for a moment": how long, no topic."""
    objects = _children(prep, {"pobj"})
    return prep.lower_ == "for" and len(objects) == 1 and (
        objects[0].lower_ in _WHILE_WORDS or objects[0].ent_type_ == "TIME") and \
        not any(c.dep_ == "prep" for c in objects[0].children)  # not "for a moment about the report"


def _naming(verb) -> bool:
    """ "Everyone calls her Pree", "Adaeze, whom everyone calls Ada": "call" with a person as its object and a name,
    unquoted, after it gives a name, no statement ("called the plan 'a disgrace'", "called him 'Little Marco'" and
    "called Lind a liar" are statements); also "known (to everyone) as 'the Vicar'"."""
    if lemma_of(verb) == "know" and verb.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ == "as"
                                                               for c in verb.children):
        # a person's nickname; what a thing is known as PolNeAR marks as attributed ("the bill, known as ...")
        k = known_as_holder(verb)
        # ("Farrow, who was known as ...": "who" is a person's, whatever the NER read of the name)
        who = any(c.dep_ == "nsubjpass" and c.lower_ in ("who", "whom") for v in (verb, verb.head) for c in v.children)
        return k is not None and (
            who or k.ent_type_ in ("PERSON", "NORP") or k.lower_ in ("he", "she") or
            k.lower_ in PERSON_NOUNS | ROLE_WORDS or demonym_person(k) or _aged(k) or
            k.pos_ == "PROPN" and k.is_title and k.ent_type_ not in ("GPE", "LOC", "ORG", "FAC", "EVENT"))
    if lemma_of(verb) != "call":
        return False
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i]
    if not objects:
        return False
    name = objects[-1]
    words = doc[name.left_edge.i:name.i + 1]
    owner = [t for t in words if t.lower_ in _NAMED_PEOPLE]
    words = [t for t in words if t not in owner]
    if not words or len(words) > 2 or not all(t.pos_ in ("PROPN", "NOUN") and t.is_title for t in words):
        return False
    if any(t.text in QUOTE_CHARS or t.tag_ in ("``", "''") for t in doc[max(0, words[0].i - 1):words[-1].i + 2]):
        return False
    relative = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("whom", "who")] or \
        ([verb.head] if verb.dep_ == "relcl" and (verb.head.ent_type_ == "PERSON" or
                                                   verb.head.lower_ in PERSON_NOUNS | ROLE_WORDS) else [])
    # ("the winger everybody at Vale Road calls Sonny": whom, unwritten)
    person = bool(owner) or bool(relative) or any(c.dep_ == "dobj" and c.lower_ in _NAMED_PEOPLE
                                                  for c in verb.children)
    # what a name is ("Everyone calls her Pree", "whom he called Lotte"), not what one once called someone
    # ("Trump called him Sleepy Joe", "Critics call it Obamacare": an epithet, a label)
    habitual = verb.tag_ in ("VBZ", "VBP", "VBG") or bool(relative)  # "a group calling itself Nightjar"
    return person and habitual and all(c in owner or c.is_punct or c.dep_ in ("prep", "compound")
                                       for c in name.children)


# the people a name is given to: "calls [her] Pree" (the parser may read "her" as the name's possessor), "a group
# that calls [itself] Ashfall"
_NAMED_PEOPLE = frozenset({"her", "him", "me", "us", "herself", "himself", "itself", "themselves", "myself"})


# Who or what one speaks to when one "addresses" it: an audience or a gathering, not a topic.
AUDIENCE_NOUNS = frozenset("""
convention rally conference gathering crowd meeting assembly session summit congress parliament
nation audience supporters reporters journalists students graduates delegates forum dinner luncheon
breakfast ceremony function event symposium seminar workshop banquet gala commencement caucus fundraiser
briefing
""".split())


def _addressed_audience(verb) -> bool:
    """ "Addressing a farmers' gathering, the minister said ...", "is due to address the convention":
    the occasion of a speech, whatever is said there; "addressed the rising costs" is a statement. People addressed
    are an audience too ("addressed striking drivers at the terminal")."""
    return lemma_of(verb) == "address" and any(
        o.lemma_.lower() in AUDIENCE_NOUNS or o.lower_ in AUDIENCE_NOUNS or o.ent_type_ == "EVENT" or
        o.tag_ == "NNS" and _speaking_noun(o) and o.ent_type_ != "ORG" and not _children(o, {"prep"})
        for o in _children(verb, {"dobj"}))


# Who a public appeal addresses: whoever reads it ("Anyone with information is asked to call ...").
APPEAL_SUBJECTS = frozenset({"anyone", "anybody", "whoever"})
APPEAL_LEMMAS = frozenset({"ask", "urge", "encourage", "request"})


def _public_appeal(verb) -> bool:
    """ "Anyone with information is asked to call the tip line": the closing appeal of a police or
    crime story, a request to the reader with nobody asking in the text, as a question to the
    reader is; "Lind was asked to resign" (someone named is asked) stays a statement."""
    if lemma_of(verb) not in APPEAL_LEMMAS or not _children(verb, {"auxpass"}) or _agent_of(verb) is not None:
        return False
    return any(s.lower_ in APPEAL_SUBJECTS for s in _children(verb, {"nsubjpass"}))


def _in_public_appeal(verb) -> bool:
    """True for the appeal's verb and for what it asks ("is asked to [call] the tip line")."""
    while verb.dep_ == "xcomp" and verb.head is not verb:
        if _public_appeal(verb):
            return True
        verb = verb.head
    return _public_appeal(verb)


# what one calls as an act, convening or starting it: "called an emergency meeting", "called a snap election"
_CONVENED = frozenset({"meeting", "session", "election", "vote", "strike", "halt", "recess", "referendum", "summit",
                       "timeout", "time-out", "ceasefire", "truce", "inquiry", "hearing", "poll"})


def _called_to_order(verb) -> bool:
    """ "The Speaker called the House to order", "called the meeting to order": a chair's act; so are "called off
    the launch", "called up reservists" and "called an emergency meeting" (not "called the plan a disgrace"); and
    "called to mind", which evokes."""
    if lemma_of(verb) != "call":
        return False
    if any(c.dep_ == "prt" and c.lower_ in ("off", "up") for c in verb.children):
        return True
    if not _children(verb, {"oprd", "xcomp", "ccomp"}) and \
            any(o.lemma_.lower() in _CONVENED and _ends_the_call(o) for o in _children(verb, {"dobj"})):
        return True
    # parsed "to [order]" as a phrase, or "to order" as an infinitive
    # ("called [to mind]" right after the cue, not "called on drivers to mind the speed limit", an appeal)
    return any(prep.lower_ == "to" and any(o.lower_ == "order" or o.lower_ == "mind" and prep.i == verb.i + 1
                                           for o in _children(prep, {"pobj"}))
               for prep in _children(verb, {"prep", "dative"})) or \
        any(c.i > 0 and c.doc[c.i - 1].lower_ == "to" and (c.lower_ == "order" or c.lower_ == "mind" and
                                                           c.i == verb.i + 2)
            for c in _children(verb, {"xcomp", "advcl"}))


def _ends_the_call(thing) -> bool:
    """True when nothing that names the thing follows it ("called a snap election [for June]"), unlike "called the
    strike 'unjustified'" or "call the meeting constructive", which the parser may leave without a predicate."""
    after = thing.right_edge.i + 1
    if after >= len(thing.doc):
        return True
    if any(t.is_quote for t in thing.doc[after:thing.sent.end]):
        return False  # "call first meeting with the prime minister 'constructive'": a quoted verdict follows
    word = thing.doc[after]
    return word.text in (".", ",", ";", ")") or word.pos_ in ("ADP", "PART", "SCONJ", "CCONJ", "ADV")


def _amount_approved(verb) -> bool:
    """ "The council approved £4m of repairs", "approved 300 homes": a sum granted or a number
    permitted, an act of spending or licensing, not a stated position (as "approved the plan" is)."""
    if lemma_of(verb) != "approve":
        return False
    for obj in _children(verb, {"dobj"}):
        first = next((t for t in obj.subtree if t.dep_ not in ("advmod", "quantmod") and t.lower_ not in ("a", "an")),
                     obj)  # "about 2,800", "a £4m": the amount after a hedge or an article
        if first.like_num or first.tag_ == "$" or first.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY"):
            return True
    return False


def _doubled(verb) -> bool:
    """ "Grain prices had doubled", "doubled its output": a quantity grown, no stand taken; only "doubled down (on
    ...)" is one."""
    return lemma_of(verb) == "double" and verb.pos_ == "VERB" and \
        not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)  # (not "a double-barreled attack")


# verbs that stir or quell a feeling in others: "[raising] hopes of a cure", "[sparked] fears of a strike"
_STIRRING_VERBS = frozenset({"raise", "spark", "fuel", "stoke", "revive", "dash", "ease", "allay", "kindle"})


def _hopes_raised(noun) -> bool:
    """ "The injection cut admissions by a third, [raising hopes] of a new treatment": hopes or fears stirred in
    others by what happened, held by no one the sentence names (the injection hopes nothing; PolNeAR annotates
    "stoking fears about the future" with no source); "raised questions" can be a speaker's, and hopes with their
    holders or a clause of what is feared keep their source."""
    return lemma_of(noun) in ("hope", "fear") and noun.dep_ == "dobj" and lemma_of(noun.head) in _STIRRING_VERBS \
        and not any(c.dep_ in ("poss", "acl", "ccomp", "relcl") or c.dep_ == "prep" and c.lower_ == "among"
                    for c in noun.children)  # ("raised [their] hopes", "fears [among economists] [that ...]")


def _projected_image(verb) -> bool:
    """ "The tagline was projected behind her on a screen", "projected onto the building": an image thrown on a
    surface, no forecast ("projected that sales would fall", "are projected to fall" are)."""
    if lemma_of(verb) != "project" or _children(verb, CLAUSE_DEPS):
        return False
    # (not "projected [the confidence that ...] across Iowa": a manner shown, which PolNeAR annotates)
    places = ("behind", "onto", "on", "across", "above", "over") if _children(verb, {"auxpass"}) else ("behind", "onto")
    return any(c.dep_ == "prep" and c.lower_ in places for c in verb.children)


def _anonymity_request(verb) -> bool:
    """ "X, who asked not to be named, said ...", "officials who requested anonymity", "who asked that her surname
    not be used": the newsroom formula for an unnamed source, a condition of the interview, not a statement."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "anonymity" for c in verb.children):
        return True
    if lemma_of(verb) in ("speak", "talk") and any(t.lower_ == "anonymity" for c in verb.children if c.dep_ == "prep"
                                                   for t in c.subtree):
        return True  # "who spoke on condition of anonymity": how, not what, a source said
    if _speaks_if_unnamed(verb) or lemma_of(verb) in _CONSENTING_VERBS and \
            any(c.dep_ == "xcomp" and _speaks_if_unnamed(c) for c in verb.children):
        return True  # "who would speak only if not named", "who agreed to talk only if her name was withheld"
    if lemma_of(verb) in _REQUEST_VERBS and any(
            c.dep_ in ("ccomp", "xcomp") and lemma_of(c) in _NAME_USE_VERBS and _children(c, {"neg"}) and
            any(o.lemma_.lower() in _NAME_WORDS and _own_name(o) for o in _children(c, {"nsubjpass", "dobj"}))
            for c in verb.children):
        return True  # "asked that her surname not be used", "asked the station not to use her name"
    if any(c.dep_ == "xcomp" and lemma_of(c) in ("remain", "stay") and
           any(a.lower_ in ("anonymous", "unnamed", "nameless") for a in _children(c, {"acomp", "oprd"}))
           for c in verb.children):
        return True  # "who wished to remain anonymous", "asked to stay unnamed"
    # "did not want to be named", "declined to be named", "asked to be identified only as Karim"
    return any(c.dep_ == "xcomp" and lemma_of(c) in NAMING_VERBS and _children(c, {"auxpass"})
               and (_children(c, {"neg"}) or _negated(verb) or lemma_of(verb) in _REFUSING_VERBS
                    or any(g.lower_ in ("only", "as") for g in c.children))
               for c in verb.children)


def _speaks_if_unnamed(verb) -> bool:
    """ "speak only if not named", "spoke on the condition that he not be identified", "talk only if her name was
    withheld": the condition a source set on speaking at all, of which the clause says nothing else."""
    if lemma_of(verb) not in ("speak", "talk"):
        return False
    # (the parser may hang the condition on the "agreed" of "agreed to speak only if ...")
    heads = [verb, verb.head] if verb.dep_ == "xcomp" and lemma_of(verb.head) in _CONSENTING_VERBS else [verb]
    conditions = [c for h in heads for c in h.children if c.dep_ == "advcl" and _children(c, {"mark"}) and
                  _children(c, {"mark"})[0].lower_ in ("if", "unless")] + \
                 [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children
                  if o.dep_ == "pobj" and o.lemma_.lower() == "condition" for t in o.children
                  if t.dep_ in ("acl", "ccomp", "relcl")]
    # the source's own name kept back: not "only if he was not named [as a suspect]", "if the hearing was not named"
    return any(lemma_of(c) in NAMING_VERBS and _children(c, {"neg"}) and
               all(t.pos_ == "PRON" for t in _children(c, {"nsubjpass"})) and
               not any(p.lower_ == "as" for p in _children(c, {"prep"})) or
               lemma_of(c) in ("withhold", "keep") and any(o.lemma_.lower() in _NAME_WORDS and _own_name(o)
                                                          for o in _children(c, {"nsubjpass"}))
               for c in conditions)


def _own_name(noun) -> bool:
    """ "her name", "his surname", "her family's name": a name with its owner before it, of no one named after it
    ("the names of the other victims" are kept from print for someone else)."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    # "her name", or her family's ("her family's name"); not "the boy's name", "her client's name"
    own = bool(owners) and (owners[0].lower_ in ("her", "his", "their", "my") or owners[0].lower_ in _FAMILY_WORDS
                            and any(c.lower_ in ("her", "his", "their", "my") for c in owners[0].children))
    return own and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


_FAMILY_WORDS = frozenset({"family", "husband", "wife", "son", "daughter", "children", "parents"})


# what is kept from print for a source: "asked that her name not be used"
_NAME_WORDS = frozenset({"name", "names", "surname", "surnames", "identity"})
_NAME_USE_VERBS = frozenset({"use", "publish", "print", "give", "reveal", "disclose", "release", "report", "air"})
_REQUEST_VERBS = frozenset({"ask", "request", "want", "prefer"})
_REFUSING_VERBS = frozenset({"decline", "refuse"})
_CONSENTING_VERBS = frozenset({"agree", "consent"})


def _anonymity_reason(verb) -> bool:
    """ "who spoke on condition of anonymity to discuss internal matters", "who asked not to be named because she
    feared retaliation": why a source is unnamed, part of the newsroom formula, not a statement (PolNeAR train: 4
    of 14 such infinitives annotated)."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("advcl", "acl", "xcomp"):
        return False
    if head.lemma_.lower() == "anonymity":
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
            any(t.lemma_.lower() == "anonymity" for c in head.children if c.dep_ in ("prep", "dobj") and c.i < verb.i
                for t in c.subtree):
        return True  # "spoke on condition of anonymity [to discuss ...]", hung on "spoke"; not "An aide, who
        # requested anonymity, went on [to say ...]", whose subject holds the formula
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and lemma_of(head) in NAMING_VERBS and \
            head.dep_ == "xcomp" and _anonymity_request(head.head):
        return True  # "who asked not to be named [to discuss private polling]", hung on "named"
    # "asked not to be named [because she feared retaliation]", hung on "asked" or on "named"
    return any(c.dep_ == "mark" and c.lower_ in ("because", "as") for c in verb.children) and (
        _anonymity_request(head) or head.dep_ in ("xcomp", "ccomp") and _anonymity_request(head.head))


def _unauthorized_speech(verb) -> bool:
    """ "officials who were not authorized to discuss the case": the newsroom formula for why a
    source is unnamed; what they may not discuss is no statement of theirs (nor is anything said)."""
    head = verb.head
    if lemma_of(verb) in PERMISSION_VERBS and _negated(verb) and _children(verb, {"xcomp"}):
        return True  # the cue drawn on "was [not authorized]" itself
    return verb.dep_ == "xcomp" and head.i != verb.i and lemma_of(head) in PERMISSION_VERBS and _negated(head)


def _unanswered_request(verb) -> bool:
    """ "X did not respond to requests for comment", "has not returned calls": no answer, no statement.

    The newsroom formula says that nobody spoke; what was asked is the reporter's request,
    not the subject's words (an answer given, "responded that ...", stays).
    """
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma_of(verb) in ("decline", "refuse", "turn"):  # "declined an interview request", "turned down requests"
        return any(t.lemma_.lower() in REQUEST_NOUNS for t in _children(verb, {"dobj"}))
    if lemma_of(verb) not in RESPONDING_VERBS or not _negated(verb):
        return False
    asked = _children(verb, {"dobj"}) + [t for prep in _children(verb, {"prep", "dative"})
                                         for t in _children(prep, {"pobj"})]
    return any(t.lemma_.lower() in REQUEST_NOUNS for t in asked)


def _unanswered_question(verb) -> bool:
    """ "CBC News asked the ministry how many emergency rooms will close. The ministry did not respond.": the outlet's
    own question, which the next sentence says went unanswered; nobody's words are on record. A question the outlet put
    and had answered stays, as does anyone else's question."""
    if lemma_of(verb) != "ask" or verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" and _news_outlet(c)
                                                                  for c in verb.children):
        return False
    doc, end = verb.doc, verb.sent.end
    following = doc[end].sent if end < len(doc) else []
    return any(lemma_of(t) in RESPONDING_VERBS and t.pos_ == "VERB" and _negated(t) for t in following)


def _news_outlet(subject) -> bool:
    """True for a paper, a broadcaster or its reporter as a subject: "CBC News", "The Post", "L'Écho du Fjord", "this
    newspaper", "a reporter"; the outlet's word heads the subject (not "Star Foods", "Leader Ana Lind", "Detective Jane
    Sun", "a witness who spoke to the Post")."""
    if subject.ent_type_ == "PERSON":
        return False
    return subject.lemma_.lower() in _REPORTER_NOUNS or subject.is_title and subject.lower_ in _OUTLET_WORDS or \
        subject.is_upper and subject.lower_ in _BROADCASTERS


def _in_unanswered_question(token) -> bool:
    """A cue inside the question an outlet put and nobody answered ("CBC News asked the ministry how many departments
    [expect] closures"): what was asked, which no one has said."""
    head = token
    while head.head.i != head.i:
        head = head.head
        if lemma_of(head) == "ask" and _unanswered_question(head):
            return True
    return False


# the last word of a paper's or a broadcaster's name, and the newsroom's nouns for itself
_OUTLET_WORDS = NEWSPAPER_WORDS | {"news", "press", "echo", "écho", "standard", "independent", "reuters", "advertiser",
                                   "mercury", "argus"}
_BROADCASTERS = frozenset({"cbc", "ctv", "bbc", "cnn", "abc", "nbc", "cbs", "npr", "rte", "sbs", "ap", "afp", "itv"})
_REPORTER_NOUNS = frozenset({"reporter", "newspaper", "paper", "journalist", "correspondent", "station"})


def _in_unanswered_request(token) -> bool:
    """A cue inside the request nobody answered: "did not respond to [requests] for comment",
    "did not return calls [seeking] comment"."""
    head = token.head
    # "respond [to] a [request] [for] comment" is four links up; a claim asked about is no part of the formula
    # ("did not respond to questions about the union's warning that ...": the union warned)
    for _ in range(4 if lemma_of(token) == "comment" else 3):
        if head.pos_ in ("VERB", "AUX") and head.i != token.i:
            return _unanswered_request(head)
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _writers_advice(verb) -> bool:
    """ "Investors may want to think twice", "Lind might want to check her figures": the writer's
    advice to the subject, not a wish the subject has stated."""
    return lemma_of(verb) == "want" and any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in verb.children)


def _question_to_reader(verb) -> bool:
    """ "Do you support Varga?", "What do you think of the plan?": the writer asks the reader,
    and nobody has said or thought anything yet. An interviewer's question in a transcript
    ("Q: Do you think ...?") is the interviewer's and stays."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
        return False
    sent = verb.sent
    if not any(t.text == "?" for t in sent[max(0, verb.i - sent.start):]):
        return False
    text = doc_text(verb.doc)
    line = text[text.rfind("\n", 0, sent.start_char) + 1:sent.start_char + 12].lstrip().lower()
    return not line.startswith(INTERVIEW_LABELS)


def _procedural_vote(verb) -> bool:
    """ "The council voted down the plans", "voted for the plan", "voted 5-2 to cut the grants": a vote is an act, no
    statement. PolNeAR train annotates 54 of its 296 "voted to/for/against", and the invented collections' readers
    none; "vote" left the cue lexicon for it, and this keeps the trained tagger from finding votes the rules leave.
    What a vote does is the vote's too: "voted to ask the bishops to ...", "voted to approve the merger"."""
    return lemma_of(verb) == "vote" and verb.pos_ in ("VERB", "AUX") or \
        verb.dep_ == "xcomp" and lemma_of(verb.head) == "vote" and verb.head.pos_ in ("VERB", "AUX")


def _named_after_quote(verb) -> bool:
    """True for the participle of "That was X, joking with reporters about ...", which names the speaker of the quote
    before it (``attribute.VERDICT_AFTER``): how X said it, not a statement of "That"."""
    head = verb.head
    return verb.tag_ == "VBG" and head.i != verb.i and lemma_of(head) == "be" and verb.i > head.i and \
        any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in head.children)


def _put_off(verb) -> bool:
    """ "The council put off its vote on the stadium": a postponement, no statement ("as she put it" is one)."""
    return lemma_of(verb) == "put" and any(c.dep_ == "prt" and c.lower_ in ("off", "back") for c in verb.children)


def _tally(verb) -> bool:
    """ "Black voters favored Varga 58 percent to 21 percent", "backed her by a 40-point margin":
    a count of votes or poll answers, the narration's figure, not anyone's statement."""
    if lemma_of(verb) not in PREFERENCE_VERBS:
        return False
    after = [t for t in verb.subtree if t.i > verb.i]
    for k, token in enumerate(after):
        if token.lower_ in SHARE_WORDS and k + 2 < len(after) and after[k + 1].lower_ == "to" \
                and after[k + 2].like_num:
            return True  # "58 percent to 21 percent"
        if token.dep_ == "prep" and token.lower_ == "by" and token.head.i == verb.i and any(
                t.lemma_.lower() in MARGIN_WORDS for t in token.subtree):
            return True  # "by a 40-point margin", "by 9 points"
    return False


def _negated(verb) -> bool:
    """ "did not respond", "never replied", "failed to respond", "has yet to respond"."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (lemma_of(head) == "fail" or any(
        c.dep_ == "neg" or c.lower_ in ("never", "yet") for c in head.children))


# words for someone's words, which a participle says where they were printed ("comments carried by state media")
_REPORTED_WORDS_NOUNS = frozenset({"comment", "remark", "word", "statement", "interview", "quote"})
# Verbs of viewing, cues only with what the viewer takes something for ("seen by many [as a moderate]")
_VIEWING_LEMMAS = frozenset({"see", "view", "regard", "consider", "deem"})


def _participle(verb) -> Candidate | None:
    """ "the plan, [criticized by] the mayor, ...": a participle with its agent on a noun.

    The noun's phrase without the participle is the content, with what the participle
    says of it ("measures [deemed] insufficient by X", "X, [described] as a moderate").
    """
    noun, doc = verb.head, verb.doc
    if noun.pos_ not in NOUN_POS or noun.i > verb.i or noun.lower_ in RELATIVE_PRONOUNS:
        return None
    said_of = [_phrase_span(c) for c in verb.children if c.i > verb.i and (
        c.dep_ in ("oprd", "acomp") or c.dep_ == "prep" and c.lower_ == "as")]
    if not said_of and lemma_of(verb) in _VIEWING_LEMMAS:
        return None  # "a memo seen by Reuters": who saw a document, not what anyone thinks of it
    if not said_of and noun.lemma_.lower() in _REPORTED_WORDS_NOUNS and noun.left_edge.i == noun.i:
        return None  # "In comments reported by the Journal, X said ...": where X's words were printed, not a claim
    spans = [_content_span(doc, noun.left_edge.i, verb.left_edge.i - 1)] + said_of
    spans = [span for span in spans if span is not None]
    if not spans:
        return None
    source = _agent_of(verb)
    return Candidate(spans=spans, kind="indirect", cue=_cue_span(verb), source=source, act=act_of(verb),
                     confidence=_confidence("reported.participle", source), method="reported.participle")


def _verb_content(verb, entry: Cue) -> tuple[list[Span], str] | None:
    """The content spans of a reporting verb and the construction they were found in."""
    steps = (
        ("reported.plea", lambda: _plea_content(verb)),
        ("reported.clause", lambda: _before_stray_clause(verb, _clause_content(verb, "ccomp", entry))
         or _question_content(verb)
         or _stray_that_clause(verb) or _told_relative(verb) or _clause_read_as_subject(verb)
         or _cue_read_as_clause_of_its_content(verb)),
        ("reported.inverted", lambda: _inverted_content(verb) or _sentence_before(verb)
         or _relative_read_as_inverted(verb) or _participle_read_as_inverted(verb) or _stated_this(verb)),
        ("reported.as_clause", lambda: _as_clause_content(verb)),
        ("reported.infinitive", lambda: _clause_content(verb, "xcomp", entry) if entry.infinitive else None),
        ("reported.infinitive", lambda: _appeal_to_content(verb)),
        ("reported.object", lambda: _object_content(verb) if entry.object else None),
        ("reported.passive", lambda: _passive_content(verb) if entry.object else None),
        ("reported.relative", lambda: _relative_content(verb, entry)),
        ("reported.prep", lambda: _prep_content(verb, entry.preps) if entry.preps else None),
        ("reported.answer", lambda: _answer_content(verb)),
    )
    for method, step in steps:
        content = step()
        if isinstance(content, tuple):
            content = [content]
        if content and method == "reported.inverted" and _framing_phrase_only(verb.doc, content):
            continue  # "Speaking at a rally on Wednesday night, X said:": when and where, not what was said
        if content:
            if method in ("reported.infinitive", "reported.object", "reported.clause"):
                content = _with_passive_subject(verb, content)
            return content, method
    return None


# adverbs of when and how often that the parser hangs on a reported clause when they follow the cue ("said [afterward]
# she had heard nothing", "said [later] the plan had failed"): before the clause's subject they tell when it was said
_CUE_TIME_ADVERBS = frozenset({"afterward", "afterwards", "later", "earlier", "again", "then", "subsequently",
                               "previously", "repeatedly", "recently"})


def _after_cue_time_adverb(verb, clause, start: int) -> int:
    """Where a clausal content starts when an adverb or a phrase of time opens it right after the cue, before its
    subject ("said [afterward] she ...", "said [on Monday] it would ...", "said [last week] the talks ...")."""
    doc = verb.doc
    if start != verb.i + 1:
        return start
    opener = next((c for c in clause.children if c.left_edge.i == start and c.i < clause.i), None)
    # (a bare adverb; a day "on Monday"; "last week", "yesterday": not "in 1850 the town had ...", "later this year
    # the plan would ...", "in the third quarter sales rose", when what is said happened)
    if opener is None or not (
            opener.lower_ in _CUE_TIME_ADVERBS and opener.pos_ == "ADV" and opener.i == start == opener.right_edge.i
            or opener.dep_ == "prep" and opener.lower_ == "on" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE",
                                                                                                  "TIME")
                                                                        for o in opener.children)
            or opener.dep_ == "npadvmod" and opener.ent_type_ in ("DATE", "TIME") and
            (doc[start].lower_ in ("last", "yesterday", "earlier") or opener.lower_ in WEEKDAYS)):
        return start
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    after = opener.right_edge.i + 1
    if after < len(doc) and doc[after].text == "," and opener.lower_ in WEEKDAYS:
        after += 1  # "noted Thursday, [the leading candidate] ..."
    return after if subjects and subjects[0].left_edge.i == after else start


def _framing_phrase_only(doc, content: list[Span]) -> bool:
    """True for a content that is a participle's or a preposition's phrase with no finite verb ("Speaking at a rally",
    "Writing in the Guardian", "In a statement released Monday", "At the briefing"): it frames the cue after it."""
    words = [t for s, e in content for t in doc.char_span(s, e, alignment_mode="expand") or ()
             if not t.is_punct and not t.is_space]
    return bool(words) and words[0].is_title and (words[0].tag_ == "VBG" or words[0].dep_ == "prep") and \
        not any(t.tag_ in FINITE_TAGS for t in words)


# what goes on with the content after a cue set off by commas ("Most settle, she said, often for store credit"): an
# adverb of manner or degree, or a reason or a condition; not a time ("then", "later") nor an occasion
_GOES_ON_ADVERBS = frozenset({"often", "usually", "mostly", "largely", "mainly", "probably", "possibly",
                              "especially", "particularly", "sometimes", "rarely", "seldom", "generally", "never",
                              "perhaps", "certainly", "partly"})
_GOES_ON_MARKS = frozenset({"because", "unless", "if"})  # not "though her voice shook", the writer's narration


def _rest_after_aside(verb) -> Span | None:
    """The rest of a sentence a cue interrupts, as a content's second part: "Most settle, she said, [often for store
    credit rather than cash]" (the verb's subject before it, a comma after it, then an adverb of manner or degree or
    a reason or a condition running to the sentence's end, with no quotation mark and no verb of its own but in a
    clause it opens)."""
    doc, sent = verb.doc, verb.sent
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    after = verb.i + 1
    if not subjects or after + 1 >= sent.end or doc[after].text != "," or doc[subjects[0].left_edge.i - 1].text != ",":
        return None
    first = doc[after + 1]
    but_only = first.lower_ == "but" and after + 3 < sent.end and doc[after + 2].lower_ == "only" and \
        doc[after + 3].lower_ in ("if", "when", "until", "after", "once")
    if not (first.lower_ in _GOES_ON_ADVERBS and first.pos_ in ("ADV", "PART") or first.lower_ in _GOES_ON_MARKS
            or but_only):  # "..., the minister said, but only if the strikes end" (not "but declined to ...", not
        # "but not everyone agreed")
        return None
    last = sent.end - 1
    while last > after and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    tail = doc[after + 1:last + 1]
    if any(t.tag_ in ("``", "''") or t.text in QUOTE_CHARS for t in tail) or any(
            t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") for t in tail) and first.lower_ not in _GOES_ON_MARKS \
            and not but_only:
        return None
    if any(t.tag_ == "VBG" for t in tail[:3]):
        return None  # "perhaps hoping to reassure the fans": what the speaker did, not said
    return _content_span(doc, after + 1, last)


def _quotation_end(doc, start: int, end: int) -> int:
    """Where a clause before its cue ends when it opens on a quotation mark: at the mark that closes
    it. '"We will win" Lind said': without a comma the parser ran the clause on into the speaker."""
    first = next((t for t in doc[max(0, start - 1):start + 1] if t.tag_ == "``"), None)
    if first is None:
        return end
    closing = next((t.i for t in doc[first.i + 1:end + 1] if t.tag_ == "''"), None)
    if closing is None or closing >= end:
        return end
    rest = doc[closing + 1:end + 1]
    # a name, not a predicate ('"All that Glitters" was to be a "cautionary tale"' is one clause)
    return closing if len(rest) <= _NAME_AFTER_QUOTE and not any(t.pos_ in ("VERB", "AUX") for t in rest) else end


_NAME_AFTER_QUOTE = 6


def _quote_before_time_clause(doc, start: int, end: int) -> int:
    """Where a clause after its cue ends that is a quotation the parser ran on into the writer's clause of time
    ('saying, "That makes me smart," [when Clinton blasted him]', '"We will rebuild," [as the crowd cheered]'): at
    the closing mark, when the clause opens on the quotation and a "when"/"as" clause follows the mark."""
    if not any(t.tag_ == "``" for t in doc[max(0, start - 1):start + 1]):
        return end
    closing = next((t.i for t in doc[start + 1:end + 1] if t.tag_ == "''"), None)
    if closing is None or closing >= end:
        return end
    after = closing + 1
    if doc[after].text == "," and after < end:
        after += 1
    word = doc[after]
    if word.lower_ not in _TIME_MARKS or word.dep_ not in ("advmod", "mark") or word.head.dep_ != "advcl" or \
            any(t.tag_ == "``" for t in doc[after:end + 1]):
        return end
    return closing


def _before_contrasted_speakers(verb, start: int, end: int) -> int:
    """Where a clause after its cue ends that the parser ran on into a contrast with another group of respondents
    ("54 percent said [they had settled on a candidate], compared with 41 percent who said they might still switch"):
    at the comma before the contrast, when both the cue's subject and the group it is set against are shares or
    counts of people and a "who" clause gives the other group's own answer. A contrast the speaker draws ("..., unlike
    the ministers who told them ...") is the speaker's."""
    doc = verb.doc
    if not any(c.dep_ == "nsubj" and c.i < verb.i and _a_share(c) for c in verb.children):
        return end
    for comma in (t.i for t in doc[start + 1:end] if t.text == ","):
        opener = doc[comma + 1:comma + 3]
        if opener.text.lower() not in _CONTRAST_OPENERS and opener[0].lower_ not in _CONTRAST_OPENERS:
            continue
        for who in doc[comma + 2:end + 1]:
            group = who.head.head
            if who.lower_ == "who" and who.dep_ == "nsubj" and who.head.dep_ == "relcl" and \
                    verb_cue(who.head) is not None and group.i > comma and _a_share(group) and \
                    doc[who.i - 1].text != ",":
                return comma - 1
    return end


def _a_share(noun) -> bool:
    """A share or a count of people as a poll gives them: "61 percent", "38%", "a third", "one in four", also with
    whom it counts ("45 percent of [younger voters]")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i < noun.i:
        noun = noun.head.head
    return noun.lower_ in ("percent", "%", "third", "quarter", "half", "fifth") or noun.like_num or \
        noun.tag_ == "CD"


# a phrase that sets another group against the speakers: "..., compared with 38 percent who said ..."
_CONTRAST_OPENERS = frozenset({"compared with", "compared to", "unlike", "versus"})


def _plea_content(verb) -> Span | None:
    """ "pleaded not guilty in the County Court [to arson and fraud]": a plea is said of the charges; with
    none named, of the plea itself ("Mr. Lind has pleaded [not guilty]"), as PolNeAR marks both."""
    if lemma_of(verb) != "plead":
        return None
    pleas = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in _PLEAS and c.i > verb.i]
    if not pleas:
        return None
    # "to fraud" may be parsed as an infinitive ("to [fraud]" a verb): a phrase opening on "to" either way
    charges = [c for c in verb.children if c.i > pleas[0].i and c.left_edge.lower_ == "to" and
               c.dep_ in ("prep", "advcl", "xcomp")] + \
        [c for c in pleas[0].children if c.dep_ == "prep" and c.lower_ == "to"]
    return _phrase_span(charges[0]) if charges else _phrase_span(pleas[0])


_PLEAS = frozenset({"guilty", "innocent"})


def _clause_read_as_subject(verb) -> Span | None:
    """ "..., but said goalkeeper Tom Lind had recovered": the parser took the noun after "said" for its
    subject and the clause's verb for a relative clause with no relative word; that clause is the content."""
    if lemma_of(verb) != "say" or verb.dep_ != "conj":
        return None  # a verb of its own subject ("said spokesman Tom Lind, who ...") is an inverted cue
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and c.left_edge.i == verb.i + 1]
    rel = [c for c in after[0].children if c.dep_ == "relcl" and c.i > after[0].i] if after else []
    if not rel or not any(c.dep_ in ("nsubj", "nsubjpass") for c in rel[0].children) or \
            any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in rel[0].subtree if t.i < rel[0].i):
        return None
    return _content_span(verb.doc, after[0].left_edge.i, rel[0].right_edge.i)


def _with_passive_subject(verb, spans: list[Span]) -> list[Span]:
    """ "[The tax] was intended [to curb coal]", "[Pigs] are considered [unclean]": the passive's
    subject is what the complement is said of, part of the content (PolNeAR marks both)."""
    if not _children(verb, {"auxpass"}) or lemma_of(verb) in ADDRESSEE_PASSIVE_LEMMAS or _has_contracted(verb):
        return spans
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    if not subjects or subjects[0].lower_ in ("it", "there"):
        return spans
    subject = _phrase_span(subjects[0])
    if subject is None or subject[1] > spans[0][0]:
        return spans
    return [subject] + spans


def _name_particle(token) -> bool:
    """True for a lower-case particle inside a name ("den" of "Chloé van den Broek", "la" of "Luc de
    la Roche"): capitalised words around it, and the parser read it as a verb or a noun."""
    doc = token.doc
    return token.text in NAME_PARTICLES and 0 < token.i < len(doc) - 1 and doc[token.i + 1].is_title \
        and (doc[token.i - 1].is_title or doc[token.i - 1].text in NAME_PARTICLES)


def _speaker_read_as_clause(verb, clause) -> bool:
    """True when a cue right after a quote's closing mark has a clause after it that opens on its subject, which
    is the quote's speaker followed by a clause of time or manner the parser read as one clause: '"...," said [one
    woman] as two officers carried her to a van'."""
    doc = verb.doc
    if clause.i < verb.i or verb.i < 2 or doc[verb.i - 1].tag_ != "''" and doc[verb.i - 1].text not in QUOTE_CHARS:
        return False
    subjects = _children(clause, {"nsubj", "nsubjpass"})
    if not subjects or subjects[0].left_edge.i != verb.i + 1:
        return False
    if any(c.dep_ == "prep" and c.lower_ in _TIME_MARKS and not _children(c, {"pobj", "pcomp"})
           for c in subjects[0].rights):
        return True
    # '"...," said [Marta Quell, who served as director yet backed a rival]': the speaker and a clause of her own,
    # the parser's subject of the verb after them; a cue after the closing mark has no clause of its own
    return not _children(verb, SUBJECT_DEPS) and subjects[0].pos_ == "PROPN" and \
        any(c.dep_ in ("relcl", "appos") and doc[c.left_edge.i - 1].text == "," for c in subjects[0].rights)


_OPENING_MARKS = frozenset({"\u201c", "\u2018", "\u00ab"})  # typographic marks that only open a quotation


def _speaking_participle_quotes(verb, clause) -> bool:
    """True for a complement that is a participle of speech with its own subject, whose quotation follows it after a
    comma or a colon ('footage shows [Lind] telling the crowd, "..."', 'heard [him] saying: "..."'): the participle
    is the quote's cue and its subject the speaker, not the verb the parser hung them on."""
    if clause.i < verb.i or clause.tag_ != "VBG" or not is_speech_cue(clause) or _children(clause, {"aux", "auxpass"}):
        return False  # (not 'said the United States was "not asking anyone ...": a progressive, the reported verb)
    subjects = _children(clause, {"nsubj"})
    if not subjects or subjects[0].i > clause.i:
        return False
    doc = clause.doc
    # the parser may hang the quotation on the verb before ("shows [Lind telling the crowd], "...""): two words on
    marks = [t for t in doc[clause.i + 1:clause.right_edge.i + 3] if t.tag_ == "``" or t.text in _OPENING_MARKS]
    return bool(marks) and doc[marks[0].i - 1].text in (",", ":") and \
        not any(t.tag_ in FINITE_TAGS for t in doc[clause.i + 1:marks[0].i])


def _closing_cue_read_as_clause(verb, clause) -> bool:
    """True for a complement that is a speech cue with its subject closing the sentence after a comma, reporting
    nothing of its own: "The probe has found clay on the asteroid, evidence that ..., [mission scientists announced
    on Thursday]" (the parser hung the inverted cue on the sentence's verb)."""
    doc = clause.doc
    first = clause.left_edge.i  # the parse may hang the comma on the cue itself
    return clause.i > verb.i and is_speech_cue(clause) and bool(_children(clause, {"nsubj"})) and \
        (doc[first].text == "," or _comma_before(clause)) and \
        not _children(clause, CLAUSE_DEPS | OBJECT_DEPS | {"mark", "aux"}) and \
        any(c.dep_ in OBJECT_DEPS and c.i < first for c in verb.children) and _closes_its_sentence(clause)


# words that open a clause of time or manner, which the parser may hang on a noun before them as a preposition
_TIME_MARKS = frozenset({"as", "while", "when", "before", "after", "until", "since", "because"})


def _clause_content(verb, dep: str, entry: Cue) -> Span | list[Span] | None:
    """The clausal complement of the verb ("said [that the plan failed]", "vowed [to fight]").

    An object verb's object comes with it ("urged [voters to stay home]", "convinced [the
    party that ...]"); a subordinate clause the parser hung on the cue after a clausal
    complement belongs to it ("said [he would serve should the party ask]"), what it hung
    after an infinitive does not ("vowed [to fight] in part because ..."). A clause before
    the cue is its content only in the inverted order ("The plan failed, he said").
    """
    clauses = [c for c in verb.children if c.dep_ == dep]
    if not clauses and dep == "xcomp":
        return _object_and_infinitive(verb)
    if not clauses:
        return None
    right = [c for c in clauses if c.i > verb.i]
    clause = right[0] if right else clauses[-1]
    hung_after = bool(right) and clauses[0].i < verb.i and _time_clause_after_comma(verb, right[0])
    if hung_after:
        # "The toll rose to 23, officials said, as search teams worked ... and people faced ...": the parser hung a
        # second clause on the cue after its comma; what the cue reports is the clause before it
        clause = clauses[0]
    if _name_particle(clause):
        return None  # '"...," said spokesperson Chloé van [den] Broek': a name's particle taken for a verb
    if _speaker_read_as_clause(verb, clause):
        return None  # '"...," said [one woman as two officers carried her]': the speaker, then a time clause
    if _closing_cue_read_as_clause(verb, clause):
        return None  # "The probe has found clay ..., [mission scientists announced on Thursday]": their cue
    if _speaking_participle_quotes(verb, clause):
        return None  # 'A video shows [Lind telling the crowd, "..."]': her words, which the quote finder attributes
    if clause.i < verb.i and not (_reports_after_time_clause_ok(verb) if hung_after else _reports_clause_before(verb)):
        return None
    if clause.i < verb.i and any(t.text == ";" or t.text == ":" and _in_first_line(t.doc, t.idx)
                                 for t in verb.doc[clause.right_edge.i:verb.i]):
        return None  # "Two killed at block party; mayor calls for calm", "Sunday shows: X says ...": a semicolon ends
        # what came before, a colon in a headline closes a label (not "The union has three demands: pay, ..., X said")
    if _repeats_cue(verb, clause):
        return None  # "They said X, they said.": the repeated cue adds no statement
    if dep == "ccomp" and lemma_of(verb) in ("call", "dub", "name") and _name_read_as_subject(verb, clause):
        return None  # "A new group [called] Clean Rivers is stepping up ...": a name's participle; one calls no clause
    if dep == "xcomp" and clause.tag_ in ("VBD", "VBZ") and not _children(clause, {"aux", "mark"}):
        return None  # "A ceasefire agreed in May [collapsed]": a participle read as the verb, a verb as its complement
    start, end = clause.left_edge.i, clause.right_edge.i
    doc = clause.doc
    if clause.i < verb.i:
        start = _coordinated_clauses_start(verb, clauses, clause, start)
    if clause.i > verb.i and start == verb.i + 1 and doc[start].tag_ == "WRB" and start + 1 < end and \
            doc[start + 1].text == "," and verb.tag_ == "VBN":
        return None  # "When asked why, Lind responded ...": a bare question word, then the answer's own clause
    if clause.i > verb.i and doc[start].lower_ in _FOCUS_ADVERBS and start + 1 < end and \
            doc[start + 1].lower_ == "that" and doc[start + 1].dep_ == "mark":
        start += 1  # "saying only [that they were from Edinburgh]": "only" limits the saying, as PolNeAR's cues have it
    # "asked [Lind] how ...", "warned [voters] that ...": the addressee is no part of a clause
    if entry.object and clause.i > verb.i and not (dep == "ccomp" and lemma_of(verb) in ADDRESSEE_OBJECT_LEMMAS):
        objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i and
                   not (c.lower_ in WEEKDAYS and c.left_edge.i == c.i)]  # "promised [Monday] to act": a date
        if objects:
            start = objects[0].left_edge.i
    if dep == "xcomp" and clause.i > verb.i:
        start = min(start, _appealed_to_start(verb, clause))
    if dep == "ccomp" and clause.i > verb.i:
        subject = _subject_taken_as_object(verb, clause) or _gerund_subject_taken(verb, clause) or \
            _second_subject_taken(verb, clause) or _subject_taken_as_adverb(verb, clause)
        if subject is not None:
            start = min(start, subject.left_edge.i)
        start = _past_participle_aside(clause, start)
        start = _after_merged_hearer(verb, start)
        start = _after_cue_time_adverb(verb, clause, start)
        start = _that_after_set_off_phrase(verb, clause) or start
    # a bare infinitive after the comma goes on with an infinitive: the parser's second complement, or a conjunct
    # of the finite cue, which a base form cannot be ("urged motorists to reduce their speed, [keep a distance ...]")
    bare = [c for c in verb.children if c.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ")] if dep == "xcomp" else []
    for other in sorted(right[1:] + bare, key=lambda t: t.i):
        if _subject_read_as_conjunct(other) is not None:
            break  # "said [A] and Democrats accused ...": another speaker's report
        if _next_statement_complement(other):
            if doc[end].dep_ == "cc" and end > start:
                end -= 1  # (the parse hangs the "and" on the first clause)
            break  # "said [it had closed the trail ...] and warned that ...": the speaker's next statement
        if other.dep_ == dep and other.left_edge.i == end + 1 and not _own_cue(other):
            end = other.right_edge.i
        elif dep == "xcomp" and clause.i > verb.i and other.left_edge.i == end + 2 and doc[end + 1].text == "," and \
                other.tag_ == "VB" and not _children(other, {"aux", "nsubj"}) and not _own_cue(other):
            end = other.right_edge.i
    if dep == "ccomp" and clause.i > verb.i:
        end = _bare_conjunct_end(verb, clause, end)
        end = _that_conjunct_end(verb, end)
    if clause.i < verb.i:
        speaker = set_off_speaker(verb)
        if speaker is not None:  # "[The plan failed], Lind, the mayor, said": the name is no content
            end = speaker[1] - 1
        end = _quotation_end(clause.doc, start, end)
        end = _before_titled_subject(verb, start, end)
        rest = _rest_after_aside(verb)
        if rest is not None:  # "[Most settle], she said, [often for store credit]"
            return [span for span in (_content_span(doc, start, end), rest) if span is not None] or None
    hung = _subject_read_as_conjunct(doc[end + 1]) if end + 1 < len(doc) else None
    if hung is not None and start < hung.left_edge.i - 1:
        end = hung.left_edge.i - 2  # "[they mishandled the investigation] and Democrats accused ...": not "Democrats"
    if clause.i > verb.i:
        end = _speaker_conjunct_start(verb, clause, end) - 1
        if dep == "ccomp":
            end = _continuation_end(verb, end)
            end = _before_closing_source(clause.doc, start, end)
            end = _quote_before_time_clause(clause.doc, start, end)
            end = _before_contrasted_speakers(verb, start, end)
        if start < verb.i:  # "a state [that] she hoped [to carry]": the fronted pronoun, then the clause
            return _around_cue(verb, clause, start, end)
        if dep == "xcomp" and _object_gap(verb, clause):  # "[the bill] he wants [to pass]"
            spans = [_noun_phrase_span(verb.head), _content_span(clause.doc, start, end)]
            return [span for span in spans if span is not None] or None
    return _content_span(clause.doc, start, end)


def _before_titled_subject(verb, start: int, end: int) -> int:
    """Where "[The lane will be made permanent ...], Transport and Highways Minister Hon. Nalaka Perera stated" ends
    when the parser hung the speaker's title on the clause: at the comma after which only the title runs, word by
    capitalised word, to the cue's subject."""
    doc = verb.doc
    subjects = [c for c in _children(verb, {"nsubj"}) if c.i < verb.i]
    if not subjects:
        return end
    first = subjects[0].left_edge.i
    comma = next((t.i for t in reversed(doc[start:first]) if t.text == ","), None)
    if comma is None or not start < comma <= end:
        return end
    title = doc[comma + 1:first]
    # (an office's small words, and those a title runs on: "Minister of Transport and Highways")
    if len(title) and all(t.is_title or t.is_upper or t.lower_ in _LABEL_GLUE or t.lower_ in ("and", "&", "-")
                          for t in title):
        return comma - 1
    return end


def _subject_read_as_conjunct(verb):
    """The subject of a cue the parser made a second complement of the cue before it, after making the subject a
    conjunct of the first complement's last noun ("Republicans said they mishandled the investigation and [Democrats]
    accused ..."): a plural or a name right before the subjectless cue, after "and" or "but"; else None."""
    if verb.dep_ != "ccomp" or verb.i < 3 or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb_cue(verb) is None or \
            _children(verb, SUBJECT_DEPS):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.tag_ not in ("NNS", "NNPS", "NNP") or noun.left_edge.i < 1:
        return None
    joint = verb.doc[noun.left_edge.i - 1]
    return noun if joint.dep_ == "cc" and joint.lower_ in ("and", "but") and joint.head == noun.head else None


def _coordinated_clauses_start(verb, clauses: list, clause, start: int) -> int:
    """Where a content before its cue starts that the parser split in two ("[One was found on Monday, but the
    other is still at large], the sheriff said"): the clause before it ends on the conjunction that joins them,
    whether the parser made both complements of the cue or the first the clause the cue is conjoined to."""
    for before in reversed([c for c in clauses if c.i < clause.i]):
        last = before.right_edge
        if last.i + 1 != start or last.dep_ != "cc" or last.head != before:
            break
        start = before.left_edge.i
    joint = verb.doc[start - 1] if start > 0 else None
    head = verb.head
    if verb.dep_ == "conj" and joint is not None and joint.dep_ == "cc" and joint.head == head and head.i < start \
            and head.pos_ in ("VERB", "AUX") and verb_cue(head) is None:
        start = head.left_edge.i
    return start


def _bare_conjunct_end(verb, clause, end: int) -> int:
    """Where a told clause ends that goes on with a bare verb the parser joined to the finite cue ("said [she wanted
    to speak to them and let them know ...]", "said [the goal was not to 'make X great' but to 'make X whole']"): a
    past or present cue has no bare or "to" conjunct, the infinitive in the clause has."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ") or not any(t.dep_ == "xcomp" and t.tag_ == "VB" for t in doc[clause.i:end + 1]):
        return end
    for other in _children(verb, {"conj"}):
        if other.tag_ == "VB" and other.left_edge.i == end + 2 and doc[end + 1].dep_ == "cc" and \
                not _children(other, {"nsubj"}) and all(aux.tag_ == "TO" for aux in _children(other, {"aux"})):
            return other.right_edge.i
    return end


def _that_conjunct_end(verb, end: int) -> int:
    """Where a told clause ends that goes on with a second "that" clause the parser joined to the cue ("said [the
    town needs a wall, but that he would not back a tax]"): the same cue reports both."""
    doc = verb.doc
    for other in _children(verb, {"conj"}):
        opener = other.left_edge
        if opener.lower_ != "that" or other.i <= end or not (
                opener.dep_ == "mark" and opener.head == other or
                opener.dep_ == "det" and opener.head.dep_ in ("nsubj", "nsubjpass") and opener.head.head == other):
            continue  # (the second "that" read as its subject's determiner: "..., and [that] work would start")
        between = doc[end + 1:opener.i]
        if len(between) and between[-1].dep_ == "cc" and between[-1].lower_ in ("and", "but") and \
                all(t.is_punct or t.dep_ == "cc" for t in between):
            return other.right_edge.i
    return end


_FOCUS_ADVERBS = frozenset({"only", "simply", "merely", "just"})
_HEARER_LEMMAS = frozenset({"tell", "inform", "assure", "remind"})  # verbs that always have a hearer


def _after_merged_hearer(verb, start: int) -> int:
    """Where a told clause starts when the parser ran the hearer into its subject ("told [the House] rents had
    risen", "told [Parliament] young people ..."): "tell" has a hearer, so a clause that opens right after it opens
    on one, a name, and the clause starts with the word after the name."""
    doc = verb.doc
    if lemma_of(verb) not in _HEARER_LEMMAS or start != verb.i + 1:
        return start  # not "warned Labour voters would ...": a warning needs no hearer
    k = start + (doc[start].lower_ == "the")
    end = k
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    if end == k or end >= len(doc) or not doc[end].is_lower or doc[end].pos_ in ("VERB", "AUX", "ADP", "PART") or \
            doc[end].dep_ in ("case", "punct"):
        return start
    return end


def _told_relative(verb) -> Span | None:
    """ "told [the court] she had been asked to ...", "reminded [the hosts] that Trump has denounced Bush": a
    finite clause opening on a subject of its own (after a "that" the parser marked as a conjunction, not as a
    relative pronoun) that the parser hung on the addressee as a relative clause is what was told. Not after what
    is told rather than who ("told the story he had heard"); after a place the telling was in only with such a
    "that" ("told reporters outside the school that officers had found him")."""
    if lemma_of(verb) not in TOLD_LEMMAS:
        return None
    doc = verb.doc
    # the addressee, or a place after it ("told reporters outside the school that officers had found him")
    placed = [obj for prep in verb.children if prep.dep_ == "prep" and prep.i > verb.i
              for obj in prep.children if obj.dep_ == "pobj"]
    for addressee in [c for c in verb.children if c.dep_ == "dobj"] + placed:
        if addressee.i < verb.i or addressee.lemma_.lower() in TOLD_THINGS:
            continue
        for clause in addressee.children:
            subjects = _children(clause, {"nsubj", "nsubjpass"})
            if len(subjects) > 1 and addressee.dep_ == "pobj":
                # "told reporters at the press site that sensors showed": the "that" read as a second subject of the
                # place's relative clause is a complementizer
                subjects = [s for s in subjects if s.lower_ not in RELATIVE_PRONOUNS] or subjects
            if clause.dep_ != "relcl" or clause.i < addressee.i or not subjects or \
                    subjects[0].lower_ in RELATIVE_PRONOUNS:
                continue
            start = clause.left_edge.i
            complementizer = doc[start].lower_ == "that" and start + 1 == subjects[0].left_edge.i and (
                doc[start].dep_ == "mark" or doc[start].head == clause and
                sum(c.dep_ == doc[start].dep_ for c in clause.children) > 1)
            if complementizer:
                start += 1  # a complementizer ("that" as a conjunction, or an object beside the clause's own)
            elif addressee.dep_ == "pobj":
                continue  # "told reporters at the school he had visited": the school's own relative clause
            if start != subjects[0].left_edge.i or _finite_tag(clause) not in FINITE_TAGS or \
                    not (_children(clause, _COMPLETE_DEPS) or addressee.lemma_.lower() in HEARING_BODIES):
                continue  # "told [the reporters] he met": a relative clause lacks the object its noun is
            return _content_span(doc, start, clause.right_edge.i)
    return None


def _has_contracted(verb) -> bool:
    """ "[She]'s claimed the vote was rigged": an "'s" the parser read as "is" (a passive) before a
    participle with a finite clause after it stands for "has". A passive with a personal
    subject takes an infinitive ("she is said to ..."), never a clause; "it's said that ..."
    is a passive.
    """
    if not any(c.lower_ in ("'s", "’s") for c in _children(verb, {"auxpass"})):
        return False
    subjects = _children(verb, {"nsubjpass"})
    if not subjects or subjects[0].lower_ in ("it", "there"):
        return False
    return any(c.i > verb.i and (_children(c, SUBJECT_DEPS) or _has_that(c)) for c in _children(verb, {"ccomp"}))


# verbs that tell someone to do something ("directed the board to ...", "urged voters to ...")
_DIRECTIVE_LEMMAS = frozenset({"direct", "order", "instruct", "urge", "ask", "advise", "tell", "request", "encourage",
                               "warn", "implore", "beg", "invite", "command", "exhort"})


# places that stand for those who run them ("directed the health complex to keep its ambulance ready")
_TOLD_PLACES = frozenset({"complex", "hospital", "school", "college", "university", "office", "station", "department",
                          "ministry", "directorate", "secretariat", "administration", "authority", "corporation"})


def _object_and_infinitive(verb) -> Span | None:
    """ "directed [the health complex to keep its ambulance on standby]" when the parser hung the infinitive on the cue
    as an adverbial clause: right after the cue's object it says what the object is to do, no purpose."""
    if lemma_of(verb) not in _DIRECTIVE_LEMMAS:
        return None  # (not "which could push [cod] to spawn further south": what a change brings about)
    objects = [c for c in _children(verb, {"dobj"}) if c.i > verb.i]
    if not objects:
        return None
    told = objects[0]
    if not (_speaking_noun(told) or told.lower_ in _HEARER_PRONOUNS or
            told.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or told.lemma_.lower() in _TOLD_PLACES):
        return None  # "directed traffic to ease congestion", "directed the film to raise awareness": a purpose
    after = objects[0].right_edge.i + 1
    for clause in _children(verb, {"advcl"}):
        if clause.left_edge.i == after and clause.tag_ == "VB" and clause.i == after + 1 and \
                verb.doc[after].lower_ == "to" and verb.doc[after].dep_ == "aux":
            return _content_span(verb.doc, objects[0].left_edge.i, clause.right_edge.i)
    return None


def _appealed_to_start(verb, clause) -> int:
    """ "called on [the council to act]": the prepositional object before the infinitive is who
    is to act, part of the content like the object of "urged [X to act]"."""
    if lemma_of(verb) not in APPEALING_LEMMAS:
        return clause.left_edge.i  # "claimed on its leak site to have taken ...": where it was claimed
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in APPEAL_PREPS and verb.i < prep.i < clause.i:
            objects = _children(prep, {"pobj"})
            if objects and objects[0].right_edge.i < clause.left_edge.i and objects[0].ent_type_ not in ("DATE", "TIME"):
                return objects[0].left_edge.i
    return clause.left_edge.i


# "appealed for calm", "appealed to residents to stay indoors": a plea. Its other senses ("appealed to voters", "would
# appeal the ruling", "appealed to the Supreme Court") are none, so "appeal" is no cue of the lexicon's, whose cues end
# contents and lend their subjects wherever they stand
_APPEAL = Cue("appeal", "speech", preps=frozenset({"for"}))


def _an_appeal(verb) -> bool:
    """ "appealed for [calm]", "appealed to [residents to stay indoors]": "for" before any "to" (not "would appeal to
    the Court of Arbitration for Sport"), or those appealed to with what they are to do."""
    if verb.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "compound", "amod"):
        return False  # "which coordinates [appeals] for 14 charities": a noun the tagger read as a verb
    preps = [c for c in verb.children if c.i > verb.i and (c.dep_ == "prep" and c.lower_ in ("for", "to") or
                                                           c.dep_ == "advcl" and _marked_clause(c, ("for",)))]
    asked = _children(preps[0], {"pobj"}) if preps and preps[0].dep_ == "prep" else []
    if asked and preps[0].lower_ == "for" and asked[0].lemma_.lower() in _GAME_APPEALS:
        return False  # "Hasaranga appealed for lbw": the fielders' call to the umpire
    if preps and (preps[0].dep_ == "advcl" or preps[0].lower_ == "for" and asked):
        return True
    return _appeal_to_content(verb) is not None


# what players appeal for in a game, asking the umpire or the referee for a decision
_GAME_APPEALS = frozenset({"lbw", "wicket", "catch", "stumping", "run-out", "penalty", "handball", "offside", "foul"})
# those appealed to in law, whose "appealed to the High Court to overturn ..." is a case, no plea
_APPEAL_COURTS = frozenset({"court", "tribunal", "panel", "bench", "judge", "magistrate", "arbitrator", "cas"})


def _marked_clause(clause, marks) -> bool:
    """True for a clause the parser opened with one of ``marks`` as its mark: "called for [the US to act]",
    "appealing [for witnesses to come forward]"."""
    return any(m.dep_ == "mark" and m.lower_ in marks and m.i == clause.left_edge.i for m in clause.children)


def _appeal_to_content(verb) -> Span | None:
    """ "appealed to [residents to stay indoors]", "are appealing to [anyone who was on the road to come forward]":
    those appealed to and what they are to do. Without an infinitive after them "appeal to" attracts ("appealed to
    voters") or goes to law ("appealed to the Supreme Court"): no statement."""
    if lemma_of(verb) != "appeal":
        return None
    for prep in verb.children:
        objects = _children(prep, {"pobj"}) if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > verb.i else []
        if not objects:
            continue
        hearers = objects[0]
        if hearers.lemma_.lower() in _APPEAL_COURTS or any(t.lower_ in _APPEAL_COURTS for t in hearers.subtree) or \
                not (_speaking_noun(hearers) or hearers.pos_ == "PRON" or hearers.lower_ == "public" or
                     hearers.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")):
            return None  # "appealed to the High Court to overturn ...", "appealed to patriotism to win votes"
        # the infinitive hangs on the cue, or the parser hung it on a relative clause of those appealed to
        relatives = [c for c in hearers.children if c.dep_ == "relcl"]
        for word in [c for c in verb.children if c.i > hearers.i] + [c for r in relatives for c in r.children]:
            if word.dep_ in ("advcl", "xcomp") and word.tag_ == "VB" and (word.head == verb or word.dep_ == "advcl") \
                    and _has_to(word):
                return _content_span(verb.doc, hearers.left_edge.i, word.right_edge.i)
    return None


def _name_read_as_subject(verb, clause) -> bool:
    """True when the parse made a name the subject of a clause after "called", "dubbed" or "named" that follows its
    noun right away ("A new group called [Clean Rivers] is stepping up ..."): the participle that gives the noun its
    name, read as the cue of the noun, the name and the rest as its clause."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return before is not None and before.dep_ == "nsubj" and before.head == verb and \
        before.pos_ in ("NOUN", "PROPN") and clause.left_edge.i == verb.i + 1 and bool(subjects) and \
        subjects[0].pos_ == "PROPN" and subjects[0].left_edge.i == verb.i + 1


def _subject_taken_as_object(verb, clause):
    """The cue's object that the parser took from a subjectless finite clause after it, or None.

    "Lind told the paper [the bridge] would not last": "bridge" hangs on the cue as a second
    object and the clause has no subject of its own; the addressee is the first of two
    objects, the only one of a verb that takes none ("argued [the bridge] would ...").
    """
    if _children(clause, SUBJECT_DEPS | {"mark", "expl"}):
        return None
    if _finite_tag(clause) not in FINITE_TAGS:
        return None  # "told them to go", "told them go home": no finite clause
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    if len(objects) == 1 and objects[0].right_edge.i + 1 == clause.left_edge.i and \
            objects[0].pos_ != "PRON" and objects[0].ent_type_ != "PERSON" and lemma_of(verb) not in ("tell", "ask") \
            and clause.doc[clause.left_edge.i].tag_ not in ("WDT", "WP", "WRB", "IN"):
        return objects[0]  # "warns [Christmas] will be tough": a clause needs a subject, an addressee is no subject
    if len(objects) <= (1 if lemma_of(verb) in ADDRESSEE_OBJECT_LEMMAS else 0):
        return None
    return objects[-1]


def _gerund_subject_taken(verb, clause):
    """The gerund subject of a subjectless finite clause that the parser hung on the cue, or None.

    "The council says [closing three branches] will save £1m": the gerund phrase hangs on
    "says" (as xcomp) and "will save" is left without a subject; both are the content.
    """
    if _children(clause, SUBJECT_DEPS | {"mark", "expl"}) or _finite_tag(clause) not in FINITE_TAGS:
        return None
    gerunds = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.tag_ == "VBG"
               and verb.i < c.i < clause.i and c.right_edge.i == clause.left_edge.i - 1]
    return gerunds[-1] if gerunds else None


def _second_subject_taken(verb, clause):
    """The subject of a subjectless finite clause that the parser hung on the cue as its second subject, or None.

    "A person familiar with the decision said [the show's cost], about $7 million an episode, had sealed its fate":
    the cue has its subject before it already, and a subject after it in the plain order is the clause's.
    """
    if _children(clause, SUBJECT_DEPS | {"mark", "expl"}) or _finite_tag(clause) not in FINITE_TAGS:
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    after = [c for c in verb.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i and c.pos_ in ("NOUN", "PROPN")]
    return after[0] if len(after) == 1 else None


def _subject_taken_as_adverb(verb, clause):
    """The subject of a subjectless finite clause that the parser hung on the cue as a bare noun adverb, or None.

    "Okafor said [the days when the town read one paper] are gone": "days" hangs on "said" like "Tuesday" in "said
    Tuesday", and "are gone" is left without a subject; a clause needs one, so the noun phrase is the clause's.
    """
    if _children(clause, SUBJECT_DEPS | {"mark", "expl"}) or _finite_tag(clause) not in FINITE_TAGS:
        return None
    # (not a bare date, "which she said [last week] was dead": a noun a clause describes, "the days when ...")
    nouns = [c for c in verb.children if c.dep_ == "npadvmod" and verb.i < c.i < clause.i and
             c.pos_ in ("NOUN", "PROPN") and c.right_edge.i + 1 == clause.left_edge.i and
             (c.ent_type_ not in ("DATE", "TIME") or _children(c, {"relcl", "acl"}))]
    return nouns[0] if len(nouns) == 1 else None


def _object_gap(verb, clause) -> bool:
    """A relative clause without pronoun whose infinitive lacks the object its noun supplies
    ("[the bridge] he wants [to open by spring]": a phrase after the infinitive leaves the gap)."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i:
        return False
    if any(t.lower_ in RELATIVE_PRONOUNS and t.i < verb.i for t in verb.subtree):
        return False
    return not _children(clause, OBJECT_DEPS | CLAUSE_DEPS)


def _around_cue(verb, clause, start: int, end: int) -> list[Span] | None:
    """A content whose relative pronoun the parser fronted before its cue, in two spans around the cue."""
    before = max(t.i for t in clause.subtree if t.i < verb.i)
    after = min((t.i for t in clause.subtree if t.i > verb.i), default=end + 1)
    spans = [_content_span(clause.doc, start, before), _content_span(clause.doc, after, end)]
    return [span for span in spans if span is not None] or None


def _speaker_conjunct_start(verb, clause, end: int) -> int:
    """Where a verb phrase the parser joined to the content but the speaker did begins.

    "said [he is friendly with X] but took issue with Y": a subjectless conjunct in the
    cue's tense, not the content's, goes on with what the speaker did. RETURNS the index
    of its conjunction (``end + 1`` when there is none).
    """
    for child in clause.children:
        if child.i <= end and (_in_cue_tense(child) or another_report(child)):
            first = child.left_edge.i
            before = clause.doc[first - 1]
            return first - 1 if before.dep_ == "cc" or before.is_punct else first
    return end + 1


def another_report(verb) -> bool:
    """A finite reporting verb with its own subject that the parser joined to a content ("said [the plan was good]
    and Varga argued ..."): a statement of its own, not more of the content (unlike "... and that officials knew")."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or _children(verb, {"mark"}) or \
            verb.doc[verb.left_edge.i - 1].dep_ != "cc":
        return False
    entry = verb_cue(verb)
    subjects = _children(verb, {"nsubj"})
    # a new speaker, and a verb of speech or one of belief with its clause ("and advisers believe [the economy ...]"):
    # not "and it expected ..." (the same speaker goes on) nor "and every detainee thought to be ... was seen" (a
    # participle the parser read as the verb)
    return entry is not None and bool(subjects) and subjects[0].pos_ != "PRON" and \
        (entry.act == "speech" or bool(_children(verb, {"ccomp"})))


def _finite_tag(verb) -> str:
    """The tense tag of a verb group: its first auxiliary's ("has been calling" -> VBZ) or its own."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return auxiliaries[0].tag_ if auxiliaries else verb.tag_


_TIME_CLAUSE_OPENERS = frozenset({"as", "while", "when", "after", "before", "since", "because", "although", "though",
                                   "with", "amid"})


def _time_clause_after_comma(verb, clause) -> bool:
    """True when a clause after the cue opens, after a comma, on a subordinator ("..., officials said, [as ...]")."""
    doc = verb.doc
    first = clause.left_edge.i
    between = doc[verb.i + 1:first]
    return first < len(doc) and doc[first].lower_ in _TIME_CLAUSE_OPENERS and len(between) > 0 and \
        between[0].text == "," and all(t.is_punct for t in between)


def _reports_after_time_clause_ok(verb) -> bool:
    """``_reports_clause_before``, not counting the clause hung after the cue's comma."""
    if _children(verb, {"auxpass"}):
        return False
    addressee = "dobj" if lemma_of(verb) in ADDRESSEE_OBJECT_LEMMAS else None
    return not any(c.i > verb.i and c.dep_ in AFTER_COMPLEMENT_DEPS and c.dep_ not in (addressee, "ccomp")
                   for c in verb.children)


def _reports_clause_before(verb) -> bool:
    """True when a clause before the verb can be what it reports ("The plan failed, he said").

    A verb with its own complement after it ("- he called her weak", "; a poll showed X
    leading") or a passive one ("; she is shown in a photo") reports nothing before it:
    the parser joined two sentences.
    """
    if _children(verb, {"auxpass"}):
        return False
    # "The plan failed, he told [reporters]": the object of "tell" is whom it was said to
    addressee = "dobj" if lemma_of(verb) in ADDRESSEE_OBJECT_LEMMAS else None
    return not any(c.i > verb.i and c.dep_ in AFTER_COMPLEMENT_DEPS and c.dep_ != addressee
                   for c in verb.children)


def _next_statement_complement(clause) -> bool:
    """A second complement of a cue that is a subjectless speech verb with its own "that" clause after "and" or "but"
    ("said [A] and [warned] that ..."): the speaker's next statement, which the parser hung on the first cue."""
    entry = verb_cue(clause)
    joint = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return entry is not None and entry.act == "speech" and clause.left_edge.i == clause.i and \
        not _children(clause, SUBJECT_DEPS) and _that_clause(clause) and \
        joint is not None and joint.dep_ == "cc" and joint.lower_ in ("and", "but")


def _own_cue(clause) -> bool:
    """A clause that is a reporting verb with its own subject: "..., and most voters [said] ..."."""
    return verb_cue(clause) is not None and bool(_children(clause, SUBJECT_DEPS))


def _repeats_cue(verb, clause) -> bool:
    """A complement that is itself a cue with its content: "They said X, they said."."""
    if verb_cue(clause) is None:
        return False
    if clause.i < verb.i:
        # '"I think X," said Y' is Y's words; "Voters say X, a survey finds" reports a report
        first_person = any(c.lower_ in ("i", "we") for c in _children(clause, SUBJECT_DEPS))
        return bool(_children(clause, {"ccomp"})) and (lemma_of(clause) == lemma_of(verb) or first_person)
    return bool(_children(clause, SUBJECT_DEPS)) and any(c.dep_ == "ccomp" and c.i < clause.i
                                                         for c in clause.children)


def _continuation_end(verb, end: int) -> int:
    """Where a content after its cue ends, with what the parser hung on the cue after it.

    "said [the plan failed], but [the talks go on]": conjuncts, contrasts and asides the
    parser attaches to the cue still belong to the content; another cue ("..., adding that"),
    a phrase naming the speaker or an occasion ends it.
    """
    for child in verb.children:
        if child.i <= end or child.is_punct or child.dep_ == "cc":
            continue
        if not _continues_content(child):
            break
        end = child.right_edge.i
    return end


def _continues_content(token) -> bool:
    """A child of the cue after its content that goes on with the content."""
    is_cue = verb_cue(token) is not None
    if is_cue and _cue_word_of_a_figure(token):
        return True  # "said [it would cut revenue at first], but would eventually add $84 billion": no report
    if is_cue or token.dep_ in SUBJECT_DEPS or token.dep_ in ("dative", "agent"):
        return False
    if token.dep_ == "prep" and (_occasion_phrase(token) or token.lower_ == "according"
                                 or _according_to_object(token) is not None):
        return False
    if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and not _children(token, SUBJECT_DEPS | {"expl"}):
        # (", and there was ...": "there" is a subject of its own)
        # "urged [X to act] and tried to ...": the speaker's next act; but "said [the firm values
        # X] and would give ...": a modal of the past tells the future of the reported clause
        return _modal_of_the_past(token) and not _modal_of_the_past(token.head)
    return token.dep_ in CONTINUATION_DEPS


def _cue_word_of_a_figure(verb) -> bool:
    """A subjectless conjunct of the cue with a modal of the past, a cue word in its sense of an amount ("add",
    "raise", "cut") with a number for its object, and no clause or "not": more of the reported clause."""
    objects = _children(verb, {"dobj"})
    return verb.dep_ == "conj" and not _children(verb, SUBJECT_DEPS | CLAUSE_DEPS | {"neg"}) and \
        _modal_of_the_past(verb) and not _modal_of_the_past(verb.head) and len(objects) == 1 and \
        any(t.like_num or t.tag_ == "$" for t in objects[0].subtree)


def _modal_of_the_past(verb) -> bool:
    """True for a verb with "would", "could", "might" or "should" among its auxiliaries."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "should") for c in verb.children)


_QUESTION_WORDS = frozenset({"when", "why", "how", "where"})
_QUESTION_LEMMAS = frozenset({"ask", "press", "question", "quiz", "wonder"})  # not "told reporters when she arrived"


def _question_content(verb) -> Span | None:
    """An embedded question the parser hung as an adverbial ("asked [if he would run]").

    The question follows the verb or its addressee; an "if" clause further on is a
    condition ("sees X as the favourite [if he runs]").
    """
    objects = _children(verb, {"dobj", "dative"})
    starts = {verb.i + 1} | {o.right_edge.i + 1 for o in objects if o.i > verb.i}
    if lemma_of(verb) == "ask":  # "Asked by X KC, defending, [whether ...]": after the one who asked, and an aside
        # (not after a comma right after the verb: '"...?" Lind asked, as if the nation had been lying awake')
        after = {c.right_edge.i + 1 for c in verb.children if c.i > verb.i and (
            c.dep_ in ("agent", "dep") or c.dep_ == "conj" and c.tag_ == "VBG" and c.left_edge.i == c.i)}
        starts |= after | {i + 1 for i in after if i < len(verb.doc) and verb.doc[i].text == ","}
    # "asked a question about X when Y shot back": the question is asked, the "when" clause is its time
    asked_a_question = any(o.lemma_.lower() in ("question", "questions") for o in objects)
    for child in verb.children:
        if child.dep_ == "advcl" and child.left_edge.i in starts and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") or
                # "asked [when the situation would improve]": after a verb of asking, not a time but the question
                m.dep_ == "advmod" and m.i == child.left_edge.i and m.lower_ in _QUESTION_WORDS and
                lemma_of(verb) in _QUESTION_LEMMAS and not asked_a_question for m in child.children):
            return _content_span(verb.doc, child.left_edge.i, child.right_edge.i)
    return None


def _before_stray_clause(verb, content: Span | list[Span] | None) -> Span | list[Span] | None:
    """``content``, the verb's clausal complement, unless a "that" clause the parser hung inside a phrase comes
    before it ("told the Press-Herald after the hearing [that she would introduce a bill ...], however they are
    insured": the parser made the last clause the complement and the real one a relative clause of "hearing")."""
    if not content:
        return content
    start = content[0] if isinstance(content, tuple) else content[0][0]
    stray = _stray_that_clause(verb, aside=False)
    return stray if stray is not None and stray[1] <= start else content


def _contrast_hung_on_cue(verb, end: int) -> int:
    """Where a clause ending at ``end`` ends with the clause of its own subject that the parser joined to the cue
    after it ("said in written evidence [that it had rung the line twice but neither call had been returned]")."""
    after = [c for c in verb.children if c.i > end]
    if len(after) >= 2 and after[0].dep_ == "cc" and after[0].i == end + 1 and after[1].dep_ == "conj" and \
            after[1].left_edge.i == end + 2 and _children(after[1], SUBJECT_DEPS) and verb_cue(after[1]) is None:
        return after[1].right_edge.i
    return end


def _stray_that_clause(verb, aside: bool = True) -> Span | None:
    """A "that" clause the parser hung inside a phrase after the verb.

    "said during a meeting with farmers [that prices would fall]" is often parsed as a
    relative clause of "farmers"; a "that" marking (not standing for) a noun gives it away.
    """
    for child in verb.children:
        if child.dep_ != "prep" or child.i < verb.i:
            continue
        for token in child.subtree:
            if token.dep_ in ("relcl", "acl", "ccomp") and any(
                    m.dep_ == "mark" and m.lower_ == "that" and m.i == token.left_edge.i for m in token.children):
                return _content_span(verb.doc, token.left_edge.i, _contrast_hung_on_cue(verb, token.right_edge.i))
    return _that_clause_after_aside(verb) if aside else None


def _that_clause_after_aside(verb) -> Span | None:
    """ "said in Cree, translated by his granddaughter, that ...", "told the inquiry, speaking through an
    interpreter, that ...": the parser hangs the "that" clause on the participle set off by commas
    between the cue and its clause; the clause is the cue's."""
    doc = verb.doc
    # the participle hangs on the cue or on a verb joined to it: only those children, not the whole sentence
    heads = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    for aside in sorted((c for h in heads for c in h.children if c.i > verb.i), key=lambda t: t.i):
        if aside.dep_ != "advcl" or aside.tag_ not in ("VBN", "VBG") or doc[aside.i - 1].text != ",":
            continue
        # the clause hangs on the participle, or is a conjunct of the cue that the participle modifies; a
        # participle that is a cue of its own says its complement ("talked about policy, saying ... that")
        own = verb_cue(aside) is not None
        clauses = [c for c in aside.children if aside.head.i == verb.i and
                   (c.dep_ == "advcl" or c.dep_ == "ccomp" and not own)] + \
                  [c for c in verb.children if c.dep_ == "conj" and aside.head.i == c.i]
        for clause in clauses:
            that = _that_after_comma(clause)
            if clause.i > aside.i and that is not None and that > aside.i:
                return _content_span(doc, that, clause.right_edge.i)
    return _that_clause_after_phrase(verb)


def _that_clause_after_phrase(verb) -> Span | None:
    """ "said Tuesday, [after the vote], that ...", "confirmed, hours after the blast, that ...": a phrase set off
    by commas between the cue and its "that" clause, which the parser took into an adverbial clause; the phrase
    tells when it was said, the clause from "that" is the content."""
    # (a clause the parser joined to the cue as a conjunct: "ruled Friday, in a 5-4 decision, that ...")
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "conj") and c.i > verb.i):
        that = _that_after_set_off_phrase(verb, clause)
        if that is not None:
            return _content_span(verb.doc, that, _that_conjunct_end(verb, clause.right_edge.i))
    return None


def _cue_read_as_clause_of_its_content(verb) -> Span | None:
    """ "The minister noted Friday, in a speech, [that grain prices had doubled]": the parser made the cue's clause the
    sentence's root and the cue its complement; a "that" after a comma, past the cue and its phrase, gives it away."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i < verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    that = _that_after_comma(head)
    if that is None or that <= verb.right_edge.i or not _children(verb, SUBJECT_DEPS) or \
            any(c.dep_ in SUBJECT_DEPS and c.i < that for c in head.children):
        return None
    return _content_span(verb.doc, that + 1, head.right_edge.i)  # (a "that" the tagger read as a determiner)


def _that_after_set_off_phrase(verb, clause) -> int | None:
    """Where the "that" of a clause after the cue stands when a phrase set off by commas opens the clause as parsed
    ("said, [after the vote], that ..."): a phrase of no subject and no verb (not "said, if the bill fails, that
    ..."), with only a date or an adverb between the cue and its comma ("said [last week], in a statement, that");
    None otherwise."""
    doc = verb.doc
    that = _that_after_comma(clause)
    start = clause.left_edge.i
    if that is not None and start == that:  # the phrase hangs on the cue: "ruled Friday, [in a 5-4 decision], that"
        start = next((c.left_edge.i for c in verb.children if c.dep_ == "prep" and verb.i < c.i < that and
                      c.right_edge.i == that - 2), that)
    if that is None or not verb.i < start < that or doc[start - 1].text != "," or \
            any(t.dep_ in SUBJECT_DEPS or t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1:that - 1]):
        return None
    dates = {t.i for c in verb.children if c.i < start and (c.dep_ in ("npadvmod", "advmod") or c.dep_ == "prep" and
                                                             _after_date_phrase(c) > c.i) for t in c.subtree}
    if not all(t.i in dates or t.head.i == verb.i and t.dep_ == "punct" for t in doc[verb.i + 1:start - 1]):
        return None
    return that


def _past_participle_aside(clause, start: int) -> int:
    """Where a clause's content starts when the parser put the aside before its "that" inside it
    ("said in Cree, [translated by his granddaughter,] that ...", "said, [speaking to reporters,] that ...",
    "said, [citing the report,] that ..."): at the "that", since a participle before the "that" is no cue of the
    clause."""
    that = _that_after_comma(clause)
    if that is None or not any(c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG") and start <= c.i < that
                               and clause.doc[c.i - 1].text == "," for c in clause.children):
        return start
    return that


def _that_after_comma(clause) -> int | None:
    """Where the "that" marking the clause stands, when a comma comes just before it."""
    doc = clause.doc
    marks = [m.i for m in clause.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < clause.i]
    return marks[0] if marks and marks[0] > 0 and doc[marks[0] - 1].text == "," else None


def _passive_content(verb) -> list[Span] | None:
    """The subject of a passive content verb and what the verb says of it ("[the plan] was
    criticized by X [as unfair]"); not the addressee of a passive "asked", "pressed"."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or lemma_of(verb) in ADDRESSEE_PASSIVE_LEMMAS:
        return None  # "Lind was asked about ...": the addressee, no content
    if _shown_to_hearers(verb):
        return None  # "The jury was shown ...": whom the evidence was put to
    if verb.dep_ == "advcl":
        return None  # "when the race was called", "after X was pressed": the narration's time
    if _viewed_only(verb):
        return None  # "Screenshots had been viewed four million times": seen, not judged ("is seen as weak")
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE_PRONOUNS]
    if not subjects or subjects[0].lower_ in ("it", "there"):
        return None
    before = _sentence_ahead(verb) if len(subjects) == 1 and subjects[0].lower_ in ("this", "that") and \
        not list(subjects[0].children) and lemma_of(verb) in _NAMING_THE_BEFORE else None
    if before is not None and _unattributed(verb.doc, before):
        return [before]  # "[The Centre will set up 150 hubs.] This was stated by the minister" (after a quotation,
        # "This was denied by X" keeps "This": the quote has its own speaker, or "This" names it)
    # "[Her mum Bev] is said to be ...": the parser may make each word of a name a subject of its own
    last = subjects[0].right_edge.i
    for other in subjects[1:]:
        if other.left_edge.i == last + 1:
            last = other.right_edge.i
    spans = [_content_span(verb.doc, subjects[0].left_edge.i, last)]
    # "[Lind] was criticized by rivals [for failing ...]", "[X] is seen [as the favourite]"
    spans += [_phrase_span(c) for c in verb.children if c.i > verb.i and (
        c.dep_ in PASSIVE_COMPLEMENT_DEPS or c.dep_ == "prep" and c.lower_ in OBJECT_PREPS)]
    return [span for span in spans if span is not None] or None


def _summoned(verb) -> bool:
    """True for a passive "called" that sends for someone ("Crews were called to the 1400 block", "Police were called
    in", "was called to testify"), with nothing it calls them ("was called a liar", "was called 'reckless'"; "was
    called out", criticised as often as sent for)."""
    if lemma_of(verb) != "call":
        return False
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) and \
        not any(c.dep_ in ("oprd", "attr", "agent") for c in children) and any(
            c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "prt" and c.lower_ == "in" or c.dep_ == "xcomp"
            for c in children) and not any(c.lower_ in ("on", "upon") for c in children)  # "called on to resign"


def _not_named(verb) -> bool:
    """True for "has not been named", "was not identified": what no one has said yet, no statement."""
    return lemma_of(verb) in ("name", "identify") and any(c.dep_ == "auxpass" for c in verb.children) and \
        any(c.dep_ == "neg" for c in verb.children)


def _viewed_only(verb) -> bool:
    """True for a passive verb of viewing with nothing it is viewed as ("had been viewed four million times", "was
    seen by thousands"); "is seen by many as a moderate" says what someone thinks."""
    return lemma_of(verb) in _VIEWING_LEMMAS and any(c.dep_ == "auxpass" for c in verb.children) and not any(
        t.lower_ == "as" or t.dep_ in ("oprd", "acomp", "xcomp") for t in verb.subtree if t.i > verb.i)


# verbs whose "This was <verb> by X" names who said the sentence before ("This was stated by the minister"); not
# "denied", "echoed", "disputed": another's answer, whose content is "This"
_NAMING_THE_BEFORE = frozenset({"state", "say", "announce", "disclose", "reveal", "confirm", "declare", "inform"})


def _unattributed(doc, span: Span) -> bool:
    """True for a body sentence with no quotation mark and no cue of its own ("The Centre will set up 150 hubs"): not
    the headline, nor "Kerr said the plan was flawed", whose speaker is named already."""
    if _in_first_line(doc, span[0]) or QUOTE_CHARS.intersection(doc_text(doc)[span[0]:span[1]]):
        return False
    words = doc.char_span(*span, alignment_mode="expand")
    return words is not None and not any(verb_cue(t) is not None and t.pos_ in ("VERB", "AUX") or
                                         t.lower_ == "according" for t in words)


def _sentence_ahead(verb) -> Span | None:
    """The sentence before the cue's own, past the blank lines between paragraphs; None at the text's start."""
    doc, i = verb.doc, verb.sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return None
    sent = doc[i].sent
    return _content_span(doc, sent.start, i)


def _relative_content(verb, entry: Cue) -> list[Span] | None:
    """The content a relative clause cue shares with its noun: "the ban, [which] she opposed".

    The relative pronoun stands for the content ("a ban, [which] X criticized", "a senator
    [who] was lambasted [as a moderate]"), as PolNeAR marks it, or for the subject of the
    reported clause ("the drawdown, [which] they say [left a vacuum]"). A clause without
    one ("a deal she once supported") is left alone: on train it was more often no statement.
    """
    if verb.dep_ != "relcl":
        return None
    pronouns = [c for c in verb.children if c.lower_ in RELATIVE_PRONOUNS and c.dep_ in RELATIVE_CONTENT_DEPS]
    if not pronouns:
        return None
    pronoun = (pronouns[0].idx, _end(pronouns[0]))
    later = [c for c in verb.children if c.i > verb.i and c.dep_ in OBJECT_DEPS | CLAUSE_DEPS]
    if pronouns[0].dep_ == "nsubj":  # the parser makes the pronoun the cue's subject
        speakers = [c for c in _children(verb, SUBJECT_DEPS) if c is not pronouns[0]]
        clauses = [c for c in later if c.dep_ in CLAUSE_DEPS]
        if not speakers or not clauses:
            return None
        clause = _content_span(verb.doc, clauses[0].left_edge.i, clauses[0].right_edge.i)
        return [pronoun, clause] if clause else None
    hung = _clause_hung_elsewhere(verb) if not later else None
    if hung is not None:  # "the test, [which] state media claimed [now allows ...]": the pronoun is its subject
        return [pronoun, hung]
    if not entry.object or later:
        return None  # "who said [X]": the clause has a content of its own
    if _restrictive_that(pronouns[0]):
        return None  # "the programs [that] Lind supports": the clause picks out the noun, reports nothing
    said_of = [_phrase_span(c) for c in verb.children if c.i > verb.i and (
        c.dep_ in ("oprd", "acomp") or c.dep_ == "prep" and c.lower_ == "as")]
    if not said_of and lemma_of(verb) in _VIEWING_LEMMAS and not _viewed_how(verb):
        # "the memo, which was seen by Ledgerline", "which Reuters saw on Monday": who saw a document, not what
        # anyone thinks of it (but "which the mayor viewed favourably")
        return None
    return [span for span in [pronoun] + said_of if span is not None] or None


# adverbs that say when or whether something was seen, not how it was judged
_NOT_MANNER = frozenset({"first", "also", "only", "recently", "reportedly", "previously", "earlier", "exclusively",
                         "initially", "originally", "later", "never", "already", "once", "briefly", "now"})


def _viewed_how(verb) -> bool:
    """True when a verb of viewing says how its object is judged, by a manner adverb ("viewed favourably", "regard
    highly", "see differently")."""
    return any(c.dep_ == "advmod" and c.lower_ not in _NOT_MANNER and (c.lower_.endswith("ly") or c.lower_ in (
        "well", "badly", "differently", "highly", "dimly")) for c in verb.children)


def _clause_hung_elsewhere(verb) -> Span | None:
    """The clause right after a relative cue that the parser hung on another verb, its subject left out because the
    relative pronoun is it ("the test, which state media claimed [now allows Pyongyang to ...]"), else None."""
    doc, k = verb.doc, verb.i + 1
    while k < len(doc) and doc[k].dep_ == "advmod" and doc[k].tag_ == "RB":
        k += 1  # "claimed [now] allows": an adverb the parser gave to the cue
    if k >= len(doc) or doc[k].tag_ not in ("VBZ", "VBD", "VBP") or doc[k].head.i == verb.i or \
            _children(doc[k], SUBJECT_DEPS) or doc[k].left_edge.i < verb.i:
        return None
    return _content_span(doc, verb.i + 1, doc[k].right_edge.i)


def _restrictive_that(pronoun) -> bool:
    """A relative "that" with no comma or dash before it: the clause identifies its noun ("a
    deal [that] was rejected", "the cuts [that] the council is discussing") instead of reporting
    an act about it, as ", which X opposed" does."""
    i = pronoun.i
    return pronoun.lower_ == "that" and i > 0 and pronoun.doc[i - 1].text not in {",", "(", ";"} | DASHES


def _answer_content(verb) -> Span | None:
    """A one-word answer or pro-form: "said [so]", "said [no]", "said [no to the stadium]"."""
    for child in verb.children:
        if child.i > verb.i and child.lower_ in ANSWER_WORDS and child.dep_ in ("advmod", "intj", "dobj", "neg"):
            return (child.idx, _end(_refused_or_granted(child) or child))
    return None


def _refused_or_granted(answer):
    """The last word of what a "no" or "yes" answers, when a "to" phrase names it right after the word
    ("said no to [the new stadium]"): the thing refused, no hearer; None otherwise, and for the one asking
    ("said no to [reporters]", "said yes to [her]", "said no to [the fans who begged him to stay]", "said no to [the
    crowd] when asked to sign"), who stays the hearer."""
    doc = answer.doc
    if answer.lower_ not in ("no", "yes") or answer.i + 1 >= len(doc):
        return None
    to = doc[_after_date_phrase(doc[answer.i + 1])]  # "said no [on Tuesday] to ..."
    thing = _object_of(to)
    if to.lower_ != "to" or to.dep_ not in ("prep", "dative") or \
            to.head.i not in (answer.i, answer.head.i) and answer.head.i != to.i or thing is None or \
            thing.pos_ == "PRON" or thing.lower_ in _ASKERS or thing.ent_type_ == "PERSON":
        return None
    asked = [t for t in list(thing.subtree) + list(answer.head.subtree)
             if t.pos_ == "VERB" and t.lemma_.lower() in _ASKING_LEMMAS]
    return None if asked else to.right_edge


def _after_date_phrase(token) -> int:
    """Where the text goes on after a date or time phrase that starts at ``token`` ("[on Tuesday] to", "[last
    week] to"); the token's own index when none starts there."""
    doc = token.doc
    phrase = doc[token.left_edge.i:token.right_edge.i + 1] if token.left_edge.i == token.i else None
    if phrase is None or token.dep_ not in ("prep", "npadvmod") or token.right_edge.i + 1 >= len(doc) or \
            not all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in WEEKDAYS or t.dep_ == "prep" for t in phrase):
        return token.i
    return token.right_edge.i + 1


# who puts the question a "no" or "yes" answers: "said no to [reporters]" names the hearers, not a thing refused
_ASKERS = frozenset({"reporters", "journalists", "press", "interviewer", "interviewers", "questioners", "host",
                     "presenter", "audience", "crowd", "fans", "callers", "viewers", "listeners"})
# verbs of asking: "said no to [the fans who begged him to stay]", "said no ... when [asked] to sign"
_ASKING_LEMMAS = frozenset({"ask", "beg", "plead", "implore", "urge", "press", "request"})


def _inverted_content(verb) -> list[Span] | None:
    """The reported clause around an inverted cue.

    "The plan failed, [he said]." / "..., [said X]." / "The plan, [he said], failed.":
    the clause the cue hangs from, without the cue's own phrase (two spans around it).
    """
    head = verb.head
    if head == verb or verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj"):
        return None
    apposed = _speaker_apposed_to_subject(verb)
    if apposed is not None and head.i < verb.i:  # "[X was banned for the steroid velandrolone], the commission said"
        span = _content_span(verb.doc, head.left_edge.i, apposed.left_edge.i - 2)
        return [span] if span is not None else None
    # "..., he said" has its subject; "..., adding that ..." is a participle, no inverted cue
    set_off = set_off_speaker(verb) if not _children(verb, SUBJECT_DEPS) and _cue_joined_to_content(verb) else None
    if not _children(verb, SUBJECT_DEPS) and set_off is None or verb.tag_ == "VBG":
        return None
    if verb.tag_ == "VBN" and not _children(verb, {"aux", "auxpass"}):
        return None  # "..., some of them published as long ago as 2021": a participle, no cue
    if not _reports_clause_before(verb):
        return None  # "X backed the deal, while Y threatened [to tear it up]": Y's own content follows
    closing = _closing_cue_read_as_clause(head, verb)  # "X has found Y, ..., scientists announced"
    if verb.dep_ != "parataxis" and (head.i > verb.i or not (_comma_before(verb) or closing) and set_off is None):
        return None
    if head.i > verb.i and head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp", "acl"):
        return None  # '"...," she says, pouring coffee': the parse hung the cue on what the speaker does
    if verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ":":
        return None  # "A: I know.", "Lind: I think so": a label and the answer after it, no "..., I know"
    if any(c.dep_ == "mark" and c.lower_ != "as" for c in verb.children):
        return None  # ", while most voters support Varga": a subordinate clause, no inverted cue
    if verb_cue(head) is not None and _children(head, {"ccomp"}) and not closing:
        return None  # "They said X, they said.": the repeated cue adds no statement
    if any(_bare_passive_participle(c) and c.i < verb.i for c in head.children):
        return None  # 'Asked about X, Lind said, "...": the parse hung both on the quote; the question is no answer
    if set_off is not None:  # "[The tax is lawful], the court ruled": the content ends before the set-off subject
        span = _content_span(verb.doc, head.left_edge.i, set_off[1] - 1)
        return [span] if span is not None else None
    if _fronted_condition(head, verb) and head.head.i > verb.i:
        head = head.head  # "[Though it was seamless], she said, [replacing her ...]": the cue hung on the fronted clause
    return _clause_around(head, verb)


def _speaker_apposed_to_subject(verb):
    """The speaker the parser made an apposition of the cue's subject when that subject is the last noun of the
    content ("X has been banned for testing positive for the steroid [velandrolone], [the Integrity Commission
    (TFIC)] said"): a body or a person set off by a comma right before the cue, after a noun that is neither; else
    None."""
    subjects = _children(verb, {"nsubj"})
    if len(subjects) != 1 or subjects[0].i > verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subject = subjects[0]
    lemma = subject.lemma_.lower()
    if subject.pos_ != "NOUN" or subject.ent_type_ or lemma in ROLE_WORDS or lemma in ORGANIZATION_WORDS or \
            lemma in PERSON_NOUNS or lemma in ANONYMOUS_WORDS or lemma in DOCUMENT_WORDS:
        return None
    doc = verb.doc
    for appos in subject.children:
        if appos.dep_ == "appos" and appos.i > subject.i and doc[appos.left_edge.i - 1].text == "," and \
                appos.right_edge.i == verb.i - 1 and (appos.ent_type_ in ("ORG", "PERSON", "NORP") or
                                                      appos.lemma_.lower() in ORGANIZATION_WORDS or
                                                      appos.lemma_.lower() in ROLE_WORDS):
            return appos
    return None


def _as_clause_content(verb) -> list[Span] | None:
    """ "As the Post reported, [turnout fell]" / "[Turnout fell], as the Post reported".

    A cue in an "as" clause without a complement of its own reports the clause it hangs
    from: that clause, the "as" clause left out, is the content.
    """
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i]
    if not marks or verb.dep_ not in ("advcl", "acl") or _children(verb, CLAUSE_DEPS | OBJECT_DEPS):
        return None
    if lemma_of(verb) not in AS_REPORT_LEMMAS or not _children(verb, {"nsubj"}):
        return None  # "as he spoke", "as expected": the time or the manner, not a report
    entry = verb_cue(verb)
    if entry is not None and any(c.dep_ == "prep" and c.lower_ in entry.preps for c in verb.children):
        return None  # "Shares slide as CEO warns [of a choppy half]": the cue has its own content
    head = verb.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head  # "the string of contests, as he noted" hangs on a noun: its clause
    if head.pos_ not in ("VERB", "AUX"):
        return None
    return _clause_around(head, verb)


def _clause_around(head, verb) -> list[Span] | None:
    """The clause of ``head`` without the cue's own phrase: the spans before and after it."""
    doc, first, last = verb.doc, verb.left_edge.i, verb.right_edge.i
    fronted = [c for c in verb.children if c.i < verb.i and _fronted_condition(c)]
    if fronted:  # "[Though the transition was seamless], he said, [replacing her would be ...]": the parse hung the
        # content's own fronted clause on the cue
        first = min((c.left_edge.i for c in verb.children if c.i < verb.i and c not in fronted and not c.is_punct),
                    default=verb.i)
    spans = []
    if head.left_edge.i < first:
        spans.append(_content_span(doc, head.left_edge.i, first - 1))
    if last < head.right_edge.i and not _narration_after_quotation(doc, head.left_edge.i, verb, head.right_edge.i):
        spans.append(_content_span(doc, last + 1, head.right_edge.i))
    return [span for span in spans if span is not None] or None


_CONDITION_MARKS = frozenset({"though", "although", "while", "whereas", "if", "unless", "because"})


def _fronted_condition(clause, cue=None) -> bool:
    """A clause opening the sentence on "though", "if", "because" ... and closed by a comma before the cue's words
    (the ``cue`` the parser may have hung on it left out)."""
    doc = clause.doc
    if clause.dep_ != "advcl" or doc[clause.left_edge.i].lower_ not in _CONDITION_MARKS or \
            clause.left_edge.i != clause.sent.start:
        return False
    end = max(t.i for t in clause.subtree if cue is None or not cue.left_edge.i <= t.i <= cue.right_edge.i)
    return end + 1 < len(doc) and doc[end + 1].text == ","


def _is_quote_mark(token) -> bool:
    """True for a token that is a quotation mark, the tokenizer's two-character ones ('' ``) too."""
    return token.text in QUOTE_CHARS or token.text in ("''", "``")


def _narration_after_quotation(doc, start: int, verb, end: int) -> bool:
    """ '"Follow us," Lind said, [and the boys trailed behind].': when the words before the cue
    are one whole quotation, an unquoted clause joined after the cue by "and" or "but" that opens on a
    subject of its own is the writer's narration; a speaker's own words would go on in quotation marks,
    and a verb after "and" ("and added that ...") goes on with the speaker.
    ("The plan failed, she said, and it will cost jobs" has no marks: both parts are hers.)"""
    # the closing mark may hang on the cue: only the cue phrase's words are left out
    before = [t for t in doc[start:verb.i] if _is_quote_mark(t) or t.i < verb.left_edge.i
              and not t.is_punct and not t.is_space]
    if len(before) < 3 or not _is_quote_mark(before[0]) or not _is_quote_mark(before[-1]):
        return False
    if any(_is_quote_mark(t) for t in before[1:-1]):
        return False  # two quotations and words between them: a mixed statement
    after = [t for t in doc[verb.right_edge.i + 1:end + 1] if not t.is_space]
    while after and after[0].text == ",":  # the comma may hang on the cue or on the clause
        after = after[1:]
    if len(after) < 2 or after[0].lower_ not in ("and", "but") or doc[after[0].i - 1].text != ",":
        return False
    # "..., and the boys trailed behind" opens on a subject of its own; "..., and added that ..." is the speaker's
    own_subject = after[1].pos_ not in ("VERB", "AUX", "ADV", "PART")
    return own_subject and not any(_is_quote_mark(t) for t in after)


def _sentence_before(verb) -> Span | None:
    """ "..., police said." where the parser hung the reported clause as an adverbial.

    The cue closes its sentence, its subject sits next to it, and a comma separates them
    from everything before, which is the content.
    """
    if verb.dep_ != "ROOT" or any(not t.is_punct for t in verb.doc[verb.i + 1:verb.sent.end]
                                  if t.head == verb and t.dep_ not in ("nsubj", "npadvmod")):
        return None
    subjects = _children(verb, {"nsubj"})
    if not subjects:
        return None
    first = min(verb.i, subjects[0].left_edge.i)
    if _inverted_after_content(verb, subjects):
        first = verb.i  # "[The plan's failure signals X], said Lind": the parser made the content a subject too
    if first <= verb.sent.start + 1 or verb.doc[first - 1].text != ",":
        return None
    before = verb.doc[verb.sent.start:first - 1]
    if any(verb_cue(t) is not None and _children(t, {"ccomp"}) and _children(t, SUBJECT_DEPS) for t in before):
        return None  # "They said X, they said.": the repeated cue adds no statement
    if _fronted_adjunct(verb, verb.sent.start, first - 2):
        return None  # "In a statement, the board said: ...": the occasion, what was said follows
    if _fronted_question(verb, verb.sent.start):
        return None  # "Asked by the chair whether ..., Lind replied:": the question, the reply follows
    return _content_span(verb.doc, verb.sent.start, first - 2)


def _stated_this(verb) -> Span | None:
    """ "[The government will not tolerate ...], Chief Minister X stated this while addressing a gathering": the
    pronoun object stands for the clause before the comma, as South Asian papers write it (after a dateline in
    capitals and its colon, which are no part of it)."""
    objects = _children(verb, {"dobj"})
    if len(objects) != 1 or objects[0].lower_ not in ("this", "so") or verb_cue(verb) is None or \
            verb_cue(verb).act != "speech":
        return None
    subjects = [c for c in _children(verb, {"nsubj"}) if c.i < verb.i]
    if not subjects:
        return None
    first = subjects[0].left_edge.i
    if first <= verb.sent.start + 1 or verb.doc[first - 1].text != ",":
        return None
    start = verb.sent.start
    colon = next((t.i for t in verb.doc[start:min(start + 4, first)] if t.text == ":"), None)
    if colon is not None and all(t.is_upper or t.is_space for t in verb.doc[start:colon]):
        start = colon + 1  # "NANDIGRAMA: ..."
    before = verb.doc[start:first - 1]
    # a clause of its own, with a subject and a tense: not "However, the minister denied this", "In a statement,
    # ...", "Asked about the report, ...", "Speaking to reporters, ..."
    if len(before) > 1 and before[0].dep_ == "advmod" and before[0].pos_ in ("ADV", "INTJ") and before[1].text != ",":
        before = before[1:]  # "Now the government will not tolerate ...": one adverb ("Now" as UH too), then the clause
    if not len(before) or before[0].dep_ in ("mark", "prep", "advmod", "cc") or before[0].tag_ in ("VBG", "VBN") or \
            not any(_children(t, SUBJECT_DEPS | {"expl"}) and (t.tag_ in FINITE_TAGS or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in t.children)) for t in before):
        return None
    return _content_span(verb.doc, start, first - 2)


def _relative_read_as_inverted(verb) -> Span | None:
    """ "Hackers stole the records of 2 million customers, [the chain Wellspring disclosed] on Monday.":
    the parser read the closing cue as a relative clause on the noun before the comma ("customers
    [whom] the chain disclosed"). A verb of speech with its own subject right after the comma,
    no relative word and nothing after it but its adjuncts ends the sentence as an inverted cue."""
    entry = verb_cue(verb)
    if verb.dep_ != "relcl" or entry is None or entry.act != "speech" or not _reports_clause_before(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[0].left_edge.i < 1 or verb.doc[subjects[0].left_edge.i - 1].text != ",":
        return None
    subject_words = verb.doc[subjects[0].left_edge.i:verb.i]
    if any(t.tag_ in WH_TAGS or t.tag_ == "WP$" or t.lower_ == "that" for t in subject_words):
        return None  # "..., Iran, whose leaders have called for ...": a relative clause indeed
    if any(c.i > verb.i and not (c.is_punct or c.dep_ in ("npadvmod", "advmod") or
                                 c.dep_ == "prep" and c.lower_ not in entry.preps) for c in verb.children):
        return None  # the verb's own object or phrase follows: it reports no clause before it
    sent = verb.sent
    if any(not (t.is_punct or t.is_space) for t in verb.doc[verb.right_edge.i + 1:sent.end]):
        return None
    return _content_span(verb.doc, sent.start, subjects[0].left_edge.i - 2)


def _participle_read_as_inverted(verb) -> Span | None:
    """ "Sarvania and Korvath have agreed to a ceasefire, starting on Sunday, [Calvara's foreign minister, Lucia
    Ferrante,] announced on Friday.": the parser hung the closing cue on the speaker as a participle ("the minister
    announced on Friday" as "the plan announced on Friday") and the speaker on the clause before. A verb of speech
    after a comma and a phrase that names someone or a body, itself set off by a comma and no subject or object of
    that clause, with nothing after it but its adjuncts, ends the sentence as an inverted cue."""
    entry = verb_cue(verb)
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or entry is None or entry.act != "speech" or \
            not _reports_clause_before(verb):
        return None
    speaker = verb.head
    first = speaker.left_edge.i
    if speaker.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") or first < 2 or \
            verb.doc[first - 1].text != "," or verb.doc[verb.i - 1].text not in (",", speaker.text) or \
            not (speaker.ent_type_ in ("PERSON", "ORG", "NORP") or speaker.lemma_.lower() in ROLE_WORDS):
        return None  # "the measures announced on Friday", "he met the minister, who announced": no inverted cue
    if any(c.i > verb.i and not (c.is_punct or c.dep_ in ("npadvmod", "advmod") or
                                 c.dep_ == "prep" and c.lower_ not in entry.preps) for c in verb.children):
        return None
    sent = verb.sent
    if any(not (t.is_punct or t.is_space) for t in verb.doc[verb.right_edge.i + 1:sent.end]):
        return None
    return _content_span(verb.doc, sent.start, first - 2)


def _inverted_after_content(verb, subjects) -> bool:
    """ "..., said [Lind]": a verb of speech after a comma with its subject after it, where the
    parser also made a subject of the words before the comma. Only speech inverts so in news
    ("..., said Lind", "..., wrote Varga"); "Lind, whose ..., remembers [Varga]" does not."""
    entry = verb_cue(verb)
    return entry is not None and entry.act == "speech" and verb.doc[verb.i - 1].text == "," \
        and any(s.i > verb.i for s in subjects) and any(s.i < verb.i for s in subjects)


def _fronted_adjunct(verb, first: int, last: int) -> bool:
    """True when tokens ``first``..``last`` are one verbless phrase the cue itself governs:
    "[In a statement], the board said:", "[On Tuesday], Lind said.": when or where, not what."""
    return any((c.dep_ in ("prep", "npadvmod") or c.dep_ == "advmod" and c.pos_ == "ADV")
               and c.left_edge.i == first and c.right_edge.i >= last
               and not any(t.pos_ in ("VERB", "AUX") for t in c.subtree) for c in verb.children if c.i < verb.i)


def _fronted_question(verb, first: int) -> bool:
    """True when the sentence opens on a passive participle of asking that the cue governs: "[Asked by
    the chair, Judge Moreau, whether ...], Lind replied". The question is put to the speaker, who
    answers it; the participle is its own statement (the asker's), never the answer's content."""
    return any(c.dep_ == "advcl" and c.left_edge.i == first and _bare_passive_participle(c)
               for c in verb.children if c.i < verb.i)


# prepositions of place the tagger may read as adjectives before an object ("protested outside parliament")
_PLACE_PREPOSITIONS = frozenset({"outside", "inside", "near", "opposite", "beside", "behind", "beyond"})
# verbs that take no object of what is said when a place follows ("criticised outside interference" has one)
_GATHERING_VERBS = frozenset({"protest", "demonstrate", "rally", "gather", "march", "picket", "camp", "queue",
                              "assemble", "chant"})


# verbs whose object pronoun is the person spoken to ("pressed him", "urged them"), unlike "endorsed her"
_ADDRESSING_VERBS = frozenset({"press", "ask", "urge", "pressure", "interview", "brief", "quiz", "grill", "implore",
                               "beg"})
_HEARER_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})


def _object_content(verb) -> Span | list[Span] | None:
    """The object of a verb that takes its content as an object ("criticized [the plan]")."""
    if _imperative(verb):
        return None
    if _shown_to_hearers(verb):
        return None  # "The jury was shown [a police interview in which X said ...]": evidence, not what it says
    # a gerund clause is an object too: "opposes [raising the wage]", "denied [having met him]"
    # (not one set off by a comma: '"...," Morrow said, laughing' is how he said it)
    # (an adverb may open it: "denied [ever working as a lobbyist]"; not "defend [not paying X]", a stance)
    objects = [c for c in verb.children if c.i > verb.i and (
        c.dep_ in OBJECT_DEPS or c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and
        all(t.dep_ == "advmod" for t in c.doc[c.left_edge.i:c.i]) and c.doc[c.left_edge.i - 1].text != ",")]
    if not objects:
        return None
    if objects[0].left_edge.text.lower() in _PLACE_PREPOSITIONS and objects[0].tag_ in ("NN", "NNP") and \
            lemma_of(verb) in _GATHERING_VERBS:
        return None  # "protested [outside parliament]": where, the tagger's "outside" read as an adjective
    if len(objects) == 1 and lemma_of(verb) in _ADDRESSING_VERBS and (
            objects[0].lower_ in _HEARER_PRONOUNS or _a_person_noun(objects[0]) and _only_the_hearer(verb, objects[0])):
        return None  # "When Lind pressed him, ...", '"...?" Lind asked the minister, Tom Reyes.': who, not what about
    split = _clause_split_at_object(verb, objects[0])
    if split is not None:
        return split  # "says [the swing, 14 points from Labour, is the largest ...]"
    first = objects[0]
    parts = objects + [c for c in verb.children if c.i > first.i and (
        c.dep_ in ("oprd", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
        or first.tag_ == "VBG" and c.tag_ == "VBG" and c.dep_ in ("advcl", "conj")  # "[doing X, doing Y]"
        or _second_object(c)
        or c.dep_ in OBJECT_TAIL_DEPS and c.tag_ != "VBG" and not _occasion_phrase(c) and not _manner_phrase(c)
        and not c.doc[c.left_edge.i - 1].is_punct and not _children(c, {"mark"}) and not _dated(c))]
    start = min(p.left_edge.i for p in parts)
    end = _noun_phrase_end(verb, max(p.right_edge.i for p in parts), _OBJECT_NOUN_PREPS)
    if _colon_opens_quote(verb.doc, end + 1) or first.lemma_.lower() in _WORDS_NOUNS and any(
            _colon_opens_quote(verb.doc, i) for i in range(start, end + 1)):
        # "X slammed the star: '...'": the quote is what was said, the object its target; "tweeted a single word:
        # 'Gutted.'": the object only names the quote
        return None
    end = _end_before_setting(verb.doc, parts, start, end)
    end = _end_before_event(first, end)
    end = _quoted_name_end(verb, end)
    gaps = [c for c in verb.children if start < c.left_edge.i and c.right_edge.i < end and _names_occasion(c)]
    if gaps:  # "praised [X] in his state-of-the-state address [for helping develop ...]": the occasion is no part
        bounds = [start] + [i for g in gaps for i in (g.left_edge.i - 1, g.right_edge.i + 1)] + [end]
        spans = [_content_span(verb.doc, bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
        return [s for s in spans if s]
    return _content_span(verb.doc, start, end)


_NAMING_LEMMAS = frozenset({"call", "label", "dub", "brand", "term"})


def _quoted_name_end(verb, end: int) -> int:
    """Where "called [the vote "a long time coming."]" ends when the parse hung the quoted name elsewhere: at the
    quotation's closing mark right after the object, in the same sentence."""
    doc = verb.doc
    if lemma_of(verb) not in _NAMING_LEMMAS or end + 1 >= len(doc) or doc[end + 1].tag_ != "``":
        return end
    sentence_end = doc[end + 1].sent.end + 1  # (the closing mark after a full stop may open the next sentence)
    closing = next((t.i for t in doc[end + 2:sentence_end] if _is_quote_mark(t)), None)  # (the tagger may read a
    # closing straight mark as an opening one)
    return closing if closing is not None and closing - end <= _QUOTED_NAME_WORDS else end


_QUOTED_NAME_WORDS = 12


# the events and media one speaks at or in, as the occasion finder knows them ("in a campaign against ..." is none)
SAYING_OCCASIONS = EVENT_NOUNS | MEDIUM_NOUNS


def _names_occasion(phrase) -> bool:
    """ "[in his state-of-the-state address]", "[at a rally]": a phrase whose own noun is an event or a medium (not "in
    global efforts to address ...", whose noun is not)."""
    return phrase.dep_ == "prep" and phrase.lower_ in ("in", "on", "at", "during") and any(
        c.dep_ == "pobj" and c.lemma_.lower() in SAYING_OCCASIONS for c in phrase.children)


def _end_before_event(first, end: int) -> int:
    """Where a gerund content ends before the event the parser hung on it: "denies [targeting civilians] after drone
    strike cuts power" says when it was denied; a clause with its own subject after "after", "following" or "amid"
    that closes the content."""
    if first.tag_ != "VBG":
        return end
    for clause in first.children:
        if clause.dep_ == "advcl" and clause.right_edge.i >= end and _children(clause, SUBJECT_DEPS) and any(
                m.dep_ == "mark" and m.lower_ in ("after", "following", "amid") and m.i == clause.left_edge.i
                for m in clause.children):
            return clause.left_edge.i - 1
    return end


def _end_before_setting(doc, parts: list, start: int, end: int) -> int:
    """Where an object content ends when a phrase of time or occasion follows its quoted words: the parser hangs it
    on the quoted noun ('called the law a "crazy system" [during a campaign stop ...]', 'described her as a
    "disgrace" [Wednesday] on ...'), but it says when or where the words were said, not what they say. Only on the
    object's own noun: 'from Rick Perry's "Oops" in 2012' dates a thing inside the content."""
    quoted = {p.i for p in parts} | {c.i for p in parts if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"}
    for token in doc[start + 1:end + 1]:
        if token.head.i in quoted and token.left_edge.i == token.i and doc[token.i - 1].tag_ == "''" and (
                _names_occasion(token) or token.dep_ in ("npadvmod", "appos") and _dated(token)):
            return token.i - 1
    return end


def _only_the_hearer(verb, obj) -> bool:
    """True when the person asked is all the sentence gives the verb: no clause in the object's phrase and nothing
    after it but an adverb ("asked [the minister, Tom Reyes].", "to ask [Mr. Mitchell] first"; not "asked [the
    Treasurer, Owen Callister, what the government was doing]", a question the parser hung on the name)."""
    doc = obj.doc
    return lemma_of(verb) == "ask" and not any(t.pos_ in ("VERB", "AUX") for t in obj.subtree) and all(
        t.is_punct or t.is_space or t.head == verb and t.tag_ == "RB" for t in doc[obj.right_edge.i + 1:obj.sent.end])


def _shown_to_hearers(verb) -> bool:
    """True for evidence put to a court or a jury ("The jury was shown a recorded interview", "the inquest was played
    a call"): the passive's subject is who saw or heard it (not "the committee was seen as weak")."""
    return lemma_of(verb) in ("show", "play", "read", "give") and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in HEARING_BODIES for c in verb.children)


# nouns that name what was said without saying it ("tweeted a single word: 'Gutted.'")
_WORDS_NOUNS = frozenset({"word", "message", "statement", "post", "reply", "response", "note", "tweet", "line"})


def _clause_split_at_object(verb, obj) -> Span | None:
    """The clause a cue reports when the parser took its subject for the cue's object and made its verb the root,
    the cue an aside ("X, who ..., says [the swing, 14 points from Labour to the Greens, is the largest ...]"): the
    root after the object, with no subject of its own after the cue, and nothing but an apposition set off by commas
    between the object and it."""
    head = verb.head
    finite = head.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                             for c in head.children)  # "is the largest", "has surprised everyone"
    if verb.dep_ != "parataxis" or head.i <= obj.right_edge.i or head.pos_ not in ("AUX", "VERB") or \
            not finite or any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in head.children):
        return None
    between = verb.doc[obj.right_edge.i + 1:min([head.i] + [c.i for c in head.children
                                                              if c.dep_ in ("aux", "auxpass") and c.i > verb.i])]
    if not between or between[0].text != "," or between[-1].text != "," or \
            any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    return _content_span(verb.doc, obj.left_edge.i, head.right_edge.i)


def _colon_opens_quote(doc, i: int) -> bool:
    """True when token ``i`` is a colon followed by a quotation, in its line or opening the next."""
    if i >= len(doc) or doc[i].text != ":":
        return False
    following = next((t for t in doc[i + 1:i + 4] if not t.is_space), None)
    return following is not None and _is_quote_mark(following)


def _second_object(token) -> bool:
    """A conjunct the parser hung on the verb that is a second object: "criticized [the plan and
    how it was passed]", "blamed [the voters or the party]"."""
    if token.dep_ != "conj":
        return False
    if token.left_edge.tag_ in WH_TAGS:
        return True
    return token.pos_ in NOUN_POS and not _children(token, SUBJECT_DEPS)


def _occasion_phrase(phrase) -> bool:
    """A phrase on the verb that says when or where it was said ("[during the debate]", "[at a rally]").

    An "in", "on" or "at" phrase about anything else goes on with the content the parser
    left it after: "backed X [in the race]", "criticized Y [on trade]"; "praised Z [in a
    speech]" names the occasion.
    """
    if phrase.lower_ not in OCCASION_PREPS:
        return False
    if phrase.lower_ not in ("in", "on", "at"):
        return True
    return any(t.lemma_.lower() in OCCASION_NOUNS for t in phrase.subtree)


def _manner_phrase(phrase) -> bool:
    """A phrase on the verb that says how it was said: "welcomed the news [with caution]",
    "rejected the offer [without hesitation]": "with" or "without" and a bare mass noun."""
    if phrase.lower_ not in ("with", "without"):
        return False
    objects = _children(phrase, {"pobj"})
    return len(objects) == 1 and objects[0].tag_ == "NN" and \
        not _children(objects[0], {"det", "poss", "nummod", "prep", "compound"})


def _imperative(verb) -> bool:
    """ "[Call] it a hoax.", "Just [ask] the voters.": a command opening its sentence reports nothing (also where the
    tagger read the bare verb as a present: "[See] photos from the debate below.")."""
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ != "ROOT" or _children(verb, SUBJECT_DEPS | {"aux"}):
        return False
    return all(t.dep_ == "advmod" or t.is_punct for t in verb.doc[verb.sent.start:verb.i])


def _dated(phrase) -> bool:
    """A phrase on the verb that dates the act ("endorsed X [last week]", "[on Tuesday]").

    The date is the phrase's head or its object; a date inside a longer phrase ("praised
    his finish [in last week's caucus]") only dates what the content is about.
    """
    heads = [phrase] + [c for c in phrase.children if c.dep_ in ("pobj", "npadvmod")]
    return any(t.ent_type_ in SETTING_ENTITIES for t in heads)


def _prep_content(verb, preps: frozenset[str]) -> Span | None:
    """The object of the verb's content preposition ("talked about [the economy]")."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                # "called on [X to act]", "pointed to [X as a threat]": the rest comes along
                end = max([child.right_edge.i] + [
                    c.right_edge.i for c in verb.children if c.i > child.i
                    and (c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in OBJECT_PREPS)])
                # not "talked about jobs [to reporters]"
                if child.lower_ in ("on", "for") and lemma_of(verb) in ("call", "appeal"):
                    end = _infinitive_read_as_phrase(verb, end)
                if lemma_of(verb) == "appeal":
                    end = _appeal_infinitive_end(verb, end)
                end = _noun_phrase_end(verb, end)
                return _content_span(verb.doc, _predicated_start(verb, child, objects[0]), end)
        # "called for [the US to act]": the parser makes "for" the mark of a clause
        if child.dep_ in ("advcl", "ccomp") and _marked_clause(child, preps):
            end = child.right_edge.i
            if lemma_of(verb) == "appeal":  # "appealing for [witnesses to come forward] after a cyclist was hurt"
                end = min([end] + [c.left_edge.i - 1 for c in child.children if c.dep_ == "advcl" and c.i > child.i
                                   and _children(c, {"mark"})])
            return _content_span(verb.doc, child.left_edge.i + 1, end)
    return None


def _appeal_infinitive_end(verb, end: int) -> int:
    """Where "appealed for [anyone with dashcam or doorbell footage from the area to come forward]" ends when the parser
    read "doorbell" as a verb: at the infinitive that says what those appealed to are to do, with no clause between."""
    doc = verb.doc
    for word in doc[end + 1:]:
        if word.is_sent_start or word.text in (",", ";", ":") or word.tag_ in FINITE_TAGS:
            return end
        if word.lower_ == "to" and word.dep_ == "aux" and word.head.i == word.i + 1 and word.head.tag_ == "VB":
            return word.head.right_edge.i
    return end


def _infinitive_read_as_phrase(verb, end: int) -> int:
    """Where "called on [X to 'exercise restraint' and return to talks]" ends when the parser read the infinitive in
    marks as "to" and a noun, and its second verb as the cue's: the bare verb after "and" is the infinitive's too."""
    after = [c for c in verb.children if c.i > end]
    infinitive = after and (after[0].dep_ == "prep" and after[0].lower_ == "to" or after[0].dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == after[0].left_edge.i for c in after[0].children))
    if not infinitive or any(not t.is_punct for t in verb.doc[end + 1:after[0].left_edge.i]):
        return end  # (or read it as a clause of the cue's: "to" and the verb in marks, "show restraint")
    end = after[0].right_edge.i
    rest = [c for c in verb.children if c.i > end]
    if len(rest) >= 2 and rest[0].dep_ == "cc" and rest[1].dep_ == "conj" and rest[1].tag_ == "VB" and \
            rest[0].i == end + 1 + (verb.doc[end + 1].is_punct and verb.doc[end + 1].text != ","):
        end = rest[1].right_edge.i
    return end


# Prepositions that go on with the noun before them ("an inquiry [into] prices", "a ban [on] imports")
_NOUN_PREPS = frozenset({"into", "of", "about", "over", "against", "on"})
# after a verb's object only "with" and its infinitive ("urged anyone with information to call ..."):
# "criticized the plan on Monday", "blamed him for ..." have phrases of their own
_OBJECT_NOUN_PREPS: frozenset[str] = frozenset()


def _noun_phrase_end(verb, end: int, preps: frozenset[str] = _NOUN_PREPS) -> int:
    """Where a prepositional content ends when the parser hung the noun's own phrase on the verb: "called
    for [a Senate inquiry into the rise in prices]"; not a phrase of time or place ("on Sunday")."""
    for c in verb.children:
        if c.i > end and c.dep_ == "prep" and c.left_edge.i == end + 1 and _goes_on_with_noun(c, preps) and \
                not _occasion_phrase(c) and not _dated(c):
            end = c.right_edge.i
    return end


def _goes_on_with_noun(prep, preps: frozenset[str]) -> bool:
    """A preposition of ``preps``, or "with" whose noun an infinitive follows ("urged [anyone with
    information to call the tip line]": a description of the object, not the means)."""
    if prep.lower_ in preps:
        return True
    return prep.lower_ == "with" and any(c.dep_ == "pobj" and any(g.dep_ in ("acl", "relcl") for g in c.children)
                                         for c in prep.children)


def _predicated_start(verb, prep, content) -> int:
    """Where a prepositional content starts: "painted [the rival as weak]", "cast [himself as an
    outsider]": an "as" phrase says something of the verb's object, which is part of what is said."""
    if prep.lower_ != "as" or lemma_of(verb) == "name":  # "named X as [his running mate]": the choice
        return content.left_edge.i
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < prep.i
               and not c.lower_.endswith(REFLEXIVE_ENDINGS)]  # "cast himself as [an outsider]": the role claimed
    return objects[0].left_edge.i if objects else content.left_edge.i


def _comma_before(token) -> bool:
    """True when the token's phrase follows a comma or a dash ("..., he said")."""
    first = token.left_edge.i
    return first > 0 and (token.doc[first - 1].text == "," or token.doc[first - 1].text in DASHES)


# --- 4. according to ---------------------------------------------------------------------------

# The words that open a source phrase and the preposition after them: "according to X" and, in
# Indian and South Asian English, "as per X" ("as per official data", "as per the police"); sports
# and business news close a sentence on a bare "per" ("..., per league sources."), its own preposition.
SOURCE_PHRASES = {"according": "to", "as": "per", "per": None}
# What "as per" gives as a source; "as per the agreement", "as per norms" say how something is done.
AS_PER_SOURCES = frozenset("""
data datum figure statistic report police official source statement survey estimate record census study
complaint fir witness family relative government ministry department authority agency spokesperson
""".split())


def _according_to_object(according):
    """The noun of "according to X" (or "as per X"), or None when the token starts no such phrase."""
    if according.lower_ not in SOURCE_PHRASES:
        return None
    word = SOURCE_PHRASES[according.lower_]
    if word is None:  # a bare "per": only closing its sentence after a comma ("$12 per hour" is a rate)
        preps = [according] if _closes_sentence(according) else []
    else:
        nxt = according.nbor(1) if according.i + 1 < len(according.doc) else None
        preps = [c for c in according.children if c.lower_ == word] or (
            [nxt] if nxt is not None and nxt.lower_ == word else [])
    objects = [c for c in preps[0].children if c.dep_ == "pobj"] if preps else []
    if not objects or word != "to" and not _names_a_source(objects[0]):
        return None
    if word is None and _rate_noun(objects[0]):
        return None  # "$400, per family": a rate, not "per the family"
    if word == "to" and objects[0].lower_ in _RULE_WORDS and according.i > 0 and \
            according.doc[according.i - 1].text != "," and not according.is_sent_start:
        return None  # "divided according to [Schedule 2 of the act]": a rule, no source ("..., according to the
        # agreement" after a comma may report what it says)
    if word == "to" and not _a_person_noun(objects[0]) and not objects[0].text[:1].isupper() and (
            objects[0].lemma_.lower() in _MEASURE_NOUNS or
            objects[0].lower_ in _BARE_MEASURE_NOUNS and not list(objects[0].children) or
            according.head.lemma_.lower() in _SHARING_VERBS and according.head.pos_ == "VERB" and
            according.head.i < according.i and according.doc[according.i - 1].text != "," and
            not _names_a_source(objects[0])):
        return None  # "shared according to [the size of each economy]", "went according to plan": a measure, no source
    return objects[0]


# what "according to" measures by, not who says ("according to plan", "according to the size of each economy")
_MEASURE_NOUNS = frozenset({"size", "need", "needs", "population", "proportion", "ability", "merit", "priority",
                            "severity", "age", "income", "weight", "rank", "category", "taste", "means"})
def _a_person_noun(noun) -> bool:
    """True for a noun of people or a named body ("analysts at Barclays", "the coach", "The Age"), who can be a
    source."""
    lemma = noun.lemma_.lower()
    return lemma in ANONYMOUS_WORDS or lemma in ROLE_WORDS or lemma in EPITHET_NOUNS or noun.lower_ in ANONYMOUS_WORDS \
        or lemma in _PEOPLE_WHO_ORGANISE or lemma not in _MEASURE_NOUNS and \
        any(t.ent_type_ in ("ORG", "PERSON", "NORP") for t in [noun, *(c for c in noun.lefts if c.dep_ == "compound")])


_PEOPLE_WHO_ORGANISE = frozenset({"organiser", "organizer", "promoter", "sponsor", "steward", "researcher", "author"})


# the same, bare only: "according to plan" (not "according to plans seen by the Gazette", a document)
_BARE_MEASURE_NOUNS = frozenset({"plan", "schedule", "script", "formula"})
# what is done "according to" a measure ("divided according to ...")
_SHARING_VERBS = frozenset({"share", "divide", "allocate", "distribute", "vary", "rank", "sort", "adjust", "split",
                            "calculate", "price", "group", "classify", "grade", "weight", "apportion", "assign"})


def _name_set_off(doc, i: int, label: str = "PERSON") -> int | None:
    """The index of the comma that closes a person's name (or a name the NER labels ``label``) set off by commas
    from token ``i``, a comma ("..., Mark Oyelaran, the cost ..."), or None."""
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and j - i <= 4:
        j += 1
    if j == i + 1 or j + 1 >= len(doc) or doc[j].text != "," or \
            not any(t.ent_type_ == label for t in doc[i + 1:j]):
        return None
    after = doc[j + 1]
    if after.lower_ in ("who", "whom", "whose", "which", "that") or after.pos_ in ("PROPN", "CCONJ"):
        return None  # "According to the coach, Leo Ruiz, who scored twice, will miss ..." / "..., Ruiz, Varga and Lind"
    return j


def _rate_noun(noun) -> bool:
    """A bare singular common noun ("per family", "per department"): what a rate is counted by."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in noun.children)


def _participle_clause(verb) -> bool:
    """True for a clause a participle heads, which narrates beside its main clause ("..., wiping
    out $1 billion", "..., having moved in 2019")."""
    return verb.tag_ == "VBG" or verb.tag_ == "VBN" and any(c.lower_ == "having" for c in verb.children)


def _names_a_source(noun) -> bool:
    """True for a noun that can report something: a name or a body, or data, a report, the police;
    not a law ("as per the Motor Vehicles Act" states a rule, no one's statement)."""
    if noun.lower_ in _LAW_WORDS:
        return False
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("ORG", "PERSON", "NORP") or noun.lemma_.lower() in AS_PER_SOURCES


# Heads of the names of laws and their parts, which "as per" cites as rules, not sources
_LAW_WORDS = frozenset({"act", "section", "rules", "rule", "code", "regulations", "regulation", "article", "clause",
                        "constitution", "bill", "ordinance", "statute", "schedule"})


# what rules how a thing is done ("divided according to Schedule 2 of the act"); not "article", "bill", "treaty" or
# "agreement", documents whose words are reported ("according to an article in the Financial Times")
_RULE_WORDS = _LAW_WORDS - {"article", "bill"} | {"annex", "law"}


def _closes_sentence(according) -> bool:
    """True when "according to X" follows a comma and ends its sentence ("..., according to X.")."""
    doc, first = according.doc, according.left_edge.i
    return first > 0 and doc[first - 1].text == "," and _closes_its_sentence(according)


def _closes_its_sentence(token) -> bool:
    """True when nothing but punctuation follows the token's phrase in its sentence."""
    return all(t.is_punct or t.is_space for t in token.doc[token.right_edge.i + 1:token.sent.end])


def _before_closing_source(doc, start: int, end: int) -> int:
    """Where a reported clause ends when the parser hung a closing "..., according to Z" inside it:
    before the comma, since Z reports the whole statement ("X said Y, according to Z")."""
    for token in doc[start:end + 1]:
        if token.lower_ in SOURCE_PHRASES and _according_to_object(token) is not None and _closes_sentence(token):
            return max(start, token.left_edge.i - 2)
    return end


# what renders someone's words without reporting them: "according to a translation", "... a transcript"
RENDERING_NOUNS = frozenset({"translation", "transcript", "transcription"})


def _between_other_sources(according, start: int, end: int) -> tuple[int, int, int]:
    """The tokens start..end of a clause that ``according``'s source reports, when another "according to" hangs
    on the same word: "[A], according to X, while [B], according to Y" gives X the first part and Y the second;
    and where a content after the source starts at the earliest (past a second source of the same claim)."""
    doc = according.doc
    clause_start, clause_end, skip = start, end, 0
    for other in doc[start:end + 1]:
        if other.i == according.i or other.lower_ not in SOURCE_PHRASES or _according_to_object(other) is None:
            continue
        if other.head.dep_ == "conj" and other.head.head == according.head and other.head.i > according.i:
            end = min(end, other.head.left_edge.i - 1)  # "According to X, [A], and according to Y, B"
            continue
        if other.head != according.head:
            continue
        between = doc[min(other.right_edge.i, according.right_edge.i) + 1:max(other.left_edge.i,
                                                                               according.left_edge.i)]
        if all(t.is_punct or t.lower_ in ("and", "also") for t in between):
            # "According to the police, and according to witnesses, [...]": two sources of one claim, each
            # reporting what comes after (or before) both
            if other.i > according.i:
                skip = max(skip, other.right_edge.i + 1)
            else:
                start = max(start, according.left_edge.i)
            continue
        if other.right_edge.i < according.left_edge.i:
            start = max(start, other.right_edge.i + 1)
        elif other.left_edge.i > according.right_edge.i:
            end = min(end, other.left_edge.i - 1)
    while clause_start < start < end and (doc[start].is_punct or doc[start].dep_ in ("mark", "cc")):
        start += 1  # ", while [300 people were moved]"
    while start < end < clause_end and (doc[end].is_punct or doc[end].dep_ == "cc"):
        end -= 1
    return start, end, skip


def _body_name_words(words, after) -> bool:
    """Words that can only name a body: two or more, all in the NER's organisation, or ending on a company's word;
    or one the NER reads as an organisation where a clause with a subject of its own follows ("the union, [Unite],
    the strike ...", not "the club, Smith, 34, will ..."). ``after``: the token after the comma that closes them."""
    if len(words) == 1:
        return words[0].ent_type_ == "ORG" and after.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON") and \
            not after.like_num and after.dep_ not in ("appos", "npadvmod") and not _set_off_before_verb(after)
    return len(words) >= 2 and (all(t.ent_type_ == "ORG" for t in words) or words[-1].lower_ in COMPANY_WORDS)


def _set_off_before_verb(token) -> bool:
    """True for a phrase from ``token`` closed by a comma right before a verb ("Apple, [the iPhone maker,] will
    open"): a description of the name before it, not the clause's subject."""
    doc = token.doc
    for k in range(token.i, min(token.i + 8, len(doc) - 1)):
        if doc[k].pos_ in ("VERB", "AUX"):
            return False
        if doc[k].text == ",":
            return doc[k + 1].pos_ in ("VERB", "AUX")
    return False


# bodies whose name may follow them, set off by commas ("her label, Grey Heron Records,")
_NAMED_BODY_NOUNS = COMPANY_NOUNS | {"label", "publisher", "club", "union", "agency", "ministry", "department",
                                     "broadcaster", "regulator", "watchdog", "charity", "group", "operator"}


def _according_to(according) -> Candidate | None:
    """ "According to X, ..." / "..., according to X": the rest of the clause is the content."""
    source = _according_to_object(according)
    clause = according.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    source_end = None
    subjects = _children(clause, {"nsubj"})
    if clause.dep_ == "conj" and clause.left_edge.i >= according.left_edge.i and clause.head.i < according.i and \
            clause.head.pos_ in ("VERB", "AUX") and source is not None and subjects and \
            subjects[0].left_edge.i == source.right_edge.i + 1:
        # "..., according to figures [X provided to Y]": the source's own clause (no comma, no "that" before
        # its subject), read as a conjunct
        source_end, clause = _end(clause.right_edge), clause.head
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and according.i > clause.i:
        clause = clause.head  # "A won X and B won Y, according to Z": Z reports both
    while _closes_sentence(according) and clause.dep_ == "advcl" and _participle_clause(clause) and \
            clause.head.pos_ in ("VERB", "AUX") and clause.head.i < clause.i:
        clause = clause.head  # "She was in Paris, having moved there in 2019, per X.": X reports the sentence
    if _closes_sentence(according) and clause.dep_ == "ccomp" and verb_cue(clause.head) is not None \
            and clause.head.i < clause.i:
        clause = clause.head  # "X said Y, according to Z": Z reports that X said Y
    if source is not None and source.lemma_.lower() in RENDERING_NOUNS and verb_cue(clause) is not None and \
            _children(clause, {"nsubj"}) and not _children(clause, {"neg"}) and \
            (_closes_sentence(according) or _children(clause, {"ccomp"})) and \
            not any(o.lower_ in _NOTHING_SAID for o in _children(clause, {"dobj"})):
        return None  # '"...," Heinesen said, according to a translation by the Herald': his words, rendered
    first, last = according.left_edge.i, according.right_edge.i
    if source_end is not None:
        last = clause.right_edge.i
    start, end, skip = _between_other_sources(according, clause.left_edge.i, clause.right_edge.i)
    before = _content_span(according.doc, start, first - 1) if first > start else None
    after_start = max(last + 1, skip)
    while after_start < end and (according.doc[after_start].text == "," or according.doc[after_start].text in DASHES):
        after_start += 1  # not an opening quotation mark: 'According to the report, "serious failings" led to ...'
    after = _content_span(according.doc, after_start, end) if after_start <= end and last < end else None
    if before is not None and clause.i < first and last + 1 < len(according.doc) \
            and according.doc[last + 1].text in {","} | DASHES:
        after = None  # "[X won], according to Y, despite ...": what follows the source only modifies X
    comma = _name_set_off(according.doc, last + 1) if after is not None and source is not None and \
        source.pos_ == "NOUN" and source.lower_ in ROLE_WORDS else None
    if comma is None and after is not None and source is not None and source.pos_ == "NOUN" and \
            source.lower_ in _NAMED_BODY_NOUNS:
        comma = _name_set_off(according.doc, last + 1, "ORG")  # "According to her label, [Grey Heron Records], ..."
        if comma is not None and not _body_name_words(according.doc[last + 2:comma], according.doc[comma + 1]):
            comma = None  # not "According to the club, [Smith], 34, will retire": a person the NER read as a body
    if comma is not None and comma < clause.right_edge.i:
        # "According to the district's treasurer, [Mark Oyelaran], the cost ...": the source's name, which the
        # parser made the clause's subject
        after = _content_span(according.doc, comma + 1, clause.right_edge.i)
    subject = _subject_read_as_apposition(according, source, clause)
    if subject is not None:  # "According to the Hospitals Trust, [one in nine of its posts is vacant]"
        after = _content_span(according.doc, subject.left_edge.i, clause.right_edge.i)
    spans = [span for span in (before, after) if span is not None]  # both: "X, according to Y, Z"
    if not spans:
        return None
    to = according.doc[according.i + (SOURCE_PHRASES[according.lower_] is not None)]
    speaker = _phrase_span(source)
    if subject is not None and speaker is not None:
        speaker = (speaker[0], _end(according.doc[subject.left_edge.i - 2]))
    if comma is not None and speaker is not None and after is not None and according.doc[comma].idx < after[0]:
        speaker = (speaker[0], _end(according.doc[comma - 1]))
    if source_end is not None and speaker is not None:
        speaker = (speaker[0], source_end)
    # (a clause of speech, or one with a clause of its own: not "the Foodbank Alliance, which supports 430 food
    # banks", which stays inside the mention)
    speaking = [c for t in source.subtree for c in t.children if c.dep_ == "relcl" and c.i > source.i and
                verb_cue(c) is not None and (verb_cue(c).act == "speech" or _children(c, {"ccomp"})) and
                according.doc[c.left_edge.i - 1].text == ","] if source is not None else []
    if speaking and speaker is not None:
        # "according to [aides], who said she would ...": their own statement follows, no part of their mention
        speaker = (speaker[0], _end(according.doc[speaking[0].left_edge.i - 2]))
    named = _body_name_closing(source) if speaker is not None and after is None else None
    if named is not None:
        speaker = (speaker[0], named)
    return _indirect(spans, (according.idx, _end(to)), speaker, "speech", 0.7, "reported.according_to")


def _subject_read_as_apposition(according, source, clause):
    """The subject of the clause an opening "according to" reports, when the parser made it an apposition of the
    source after the comma ("According to the Wexmoor and Carnbrook Hospitals Trust, [one in nine of its nursing
    posts] is vacant"): the clause has no subject, and the apposition runs up to its verb; else None. With no verb
    left at all ("According to Ada Lind, [the move reeks of panic]", "reeks" read as a plural noun), the apposition
    that runs to the sentence's end is the clause."""
    if source is None or any(not t.is_space for t in according.doc[according.sent.start:according.i]) or \
            _children(clause, SUBJECT_DEPS):
        return None
    doc = according.doc
    if clause.i == according.i:
        last = according.sent.end - 1
        while last > source.i and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        return next((c for c in source.children if c.dep_ == "appos" and c.i > source.i and c.pos_ in NOUN_POS and
                     doc[c.left_edge.i - 1].text == "," and c.right_edge.i >= last and
                     c.right_edge.i - c.left_edge.i >= 3), None)
    if clause.i < source.i:
        return None
    return next((c for c in source.subtree if c.dep_ == "appos" and c.i > source.i and
                 doc[c.left_edge.i - 1].text == "," and c.right_edge.i < clause.i and
                 all(t.head == clause and t.dep_ in ("aux", "auxpass", "neg")
                     for t in doc[c.right_edge.i + 1:clause.i])), None)


def _body_name_closing(source) -> int | None:
    """Where the name set off after a closing source noun ends ("..., according to the insurers' trade body, [the
    Property Underwriters' Association]."), which the parser hung elsewhere; None when no name closes the sentence."""
    doc = source.doc
    comma = source.right_edge.i + 1
    if source.pos_ != "NOUN" or comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    end = source.sent.end
    first = comma + 1 + (doc[comma + 1].lower_ == "the")
    if first >= end:
        return None
    last = first
    while last + 1 < end and doc[last + 1].ent_type_ in ("ORG", "PERSON") and \
            doc[last + 1].ent_iob_ != "B" and not doc[last + 1].is_space:
        last += 1
    if doc[first].ent_type_ not in ("ORG", "PERSON") or doc[first].pos_ != "PROPN" and doc[first].ent_iob_ != "B":
        return None
    rest = doc[last + 1:end]
    if len(rest) and (not all(t.is_punct or t.is_space for t in rest) or rest[0].text != "."):
        return None  # (nothing after it: the name's own period ends the sentence, "..., the trade group, Kestrel Co.")
    return _end(doc[last])


# --- 5. nominal cues ---------------------------------------------------------------------------

def _nominal(noun, entry: Cue) -> Candidate | None:
    """ "X's claim that ...", "the decision to ...", "criticism of ...": a cue noun's content."""
    if _linking_phrase(noun) or _in_unanswered_request(noun) or _armed_attack(noun) or _appeal_held(noun):
        return None
    received = _support_among(noun)
    if received is not None:
        return received
    content = _noun_content(noun, entry)
    if content is None:
        return _received(noun)
    if _words_heard(noun) and not _children(noun, {"acl", "ccomp"}):
        return None  # "regulators took public comment on [a request]": what the hearing was about, no one's words
    source = None if _hopes_raised(noun) else noun_source(noun)
    return _indirect([content], _token_span(noun), source, act_of(noun), 0.5 if source else 0.35,
                     "reported.nominal")


def _appeal_held(noun) -> bool:
    """ "Johnson may hold particular appeal for Republicans", "Taylor had only one appeal for the Whigs": what draws
    people to someone, no plea ("made a direct appeal to ...", "the group's appeals for a hike" are pleas)."""
    return lemma_of(noun) == "appeal" and noun.dep_ == "dobj" and lemma_of(noun.head) in ("have", "hold")


def _received(noun) -> Candidate | None:
    """ "[Varga] won support from governors", "[The plan] drew criticism from X": a judgement received.

    The subject of a verb of receiving is what the judgement is about; whoever it comes
    from ("from X") is the source.
    """
    verb = noun.head
    if noun.dep_ != "dobj" or lemma_of(noun) not in JUDGEMENT_NOUNS or lemma_of(verb) not in RECEIVING_VERBS:
        return None
    subjects = [c for c in _children(verb, {"nsubj"}) if c.lower_ not in RELATIVE_PRONOUNS]
    if not subjects or subjects[0].i > verb.i or _states_content(subjects[0]):
        return None  # "[X's attack on Y] drew criticism": the attack is the statement on record
    content = _phrase_span(subjects[0])
    # "won support from X" (often hung on the verb), "the support of X", "support among X"
    sources = [o for c in list(noun.children) + list(verb.children) if c.dep_ == "prep"
               and (c.lower_ == "from" or c.head == noun and c.lower_ in GROUP_PREPS)
               for o in c.children if o.dep_ == "pobj"]
    source = _phrase_span(sources[0]) if sources else None
    return _indirect([content], _token_span(noun), source, act_of(noun), 0.4 if source else 0.3,
                     "reported.nominal") if content else None


def _support_among(noun) -> Candidate | None:
    """ "[Lind]'s support among [farmers]": the owner receives the judgement, the group gives it."""
    owners = _children(noun, {"poss"})
    groups = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "among" and c.i > noun.i
              for o in c.children if o.dep_ == "pobj"]
    if lemma_of(noun) not in JUDGEMENT_NOUNS or not owners or not groups:
        return None
    content, source = _phrase_span(owners[0]), _phrase_span(groups[0])
    return _indirect([content], _token_span(noun), source, act_of(noun), 0.4,
                     "reported.nominal") if content else None


def _states_content(noun) -> bool:
    """True when a noun is a nominal cue with a content of its own ("the attack [on Y]")."""
    entry = noun_cue(noun)
    return entry is not None and _noun_content(noun, entry) is not None


def _linking_phrase(noun) -> bool:
    """ "In response to X, ...", "in reply to X": the narration links two events, nobody states X.

    A cue noun without an owner in an "in ... to" phrase on a verb; "his response to X" and
    "in favor of X" stay statements.
    """
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ in ("VERB", "AUX") \
        and not _children(noun, {"poss"}) and any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children)


def noun_source(noun) -> Span | None:
    """Whose statement a cue noun is: "[Lind]'s claim", "criticism by [X]", "[X] issued a statement"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return _possessor_antecedent(noun, child) or _phrase_span(child)
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from", "among", "within") and child.i > noun.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:  # "criticism by X", "the feeling among X", "concern within X"
                return _phrase_span(objects[0])
    holder = _relative_holder(noun)
    if holder is not None:
        return _subject_span(holder)
    if noun.dep_ == "ROOT" and noun.tag_ == "NNS" and _children(noun, {"xcomp", "ccomp"}):
        # "The Clinton campaign [plans] to ...", "The company [hopes] that ...": a verb the tagger read as a noun,
        # whose subject the parser took for its modifiers
        subjects = [c for c in _children(noun, {"nsubj"}) if c.i < noun.i]
        if subjects:
            return _subject_span(subjects[0])
        before = noun.doc[noun.left_edge.i:noun.i]
        if len(before) and all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ") for t in before) and before[-1].pos_ in (
                "NOUN", "PROPN"):
            return before[0].idx, _end(before[-1])
    if noun.dep_ == "attr" and lemma_of(noun.head) in COPULAS and _children(noun.head, {"nsubj"}) \
            and _children(noun.head, {"nsubj"})[0].lower_ not in ("it", "there"):
        return source_of(noun.head)  # "[X] is a supporter of Y", "[The editorial] is a defense of Y"
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        if lemma_of(noun.head) in FACING_VERBS or _words_heard(noun):
            return None  # "X faced accusations of ...", "X fielded questions about ...", "the panel heard testimony
            # that ...": others' words, which X hears
        return source_of(noun.head)  # "X made the claim that", "X expressed concern about"
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in CIRCUMSTANCE_PREPS:
        return None  # "Despite complaints that ..., X went on": others complained, before or around X's act
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        if _named_after_quote(prep.head):
            return None  # "That was X, joking about [reports] that ...": whose reports, the sentence does not say
        # "X is in favor of", "X spoke in support of", "X backed away from a suggestion that"
        return source_of(prep.head)
    owners = [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "NORP")]
    return _phrase_span(owners[0]) if owners else None


# verbs whose subject hears or asks for the words its object names ("heard testimony", "invited comment")
_HEARING_VERBS = frozenset({"hear", "solicit", "invite", "collect", "gather"})
# what a hearing or a press conference "takes": the words of others, not of whoever takes them
_TAKEN_WORDS = frozenset({"comment", "comments", "testimony", "question", "questions", "submission", "submissions"})


def _words_heard(noun) -> bool:
    """ "heard testimony", "took public comment", "invited submissions": words others give, which the subject hears
    or asks for."""
    verb = noun.head
    return noun.dep_ == "dobj" and (lemma_of(verb) in _HEARING_VERBS or
                                    lemma_of(verb) == "take" and lemma_of(noun) in _TAKEN_WORDS)


def _relative_holder(noun):
    """ "the promise [X] has made", "any hope [he] has of ...": the subject of a relative clause
    of having or making that the cue noun is the object of."""
    for clause in _children(noun, {"relcl"}):
        if lemma_of(clause) in HOLDING_VERBS and not _children(clause, {"dobj"}):
            subjects = [c for c in _children(clause, {"nsubj"}) if c.lower_ not in RELATIVE_PRONOUNS]
            if subjects and subjects[0].i > noun.i:
                return subjects[0]
    return None


def _possessor_antecedent(noun, possessor) -> Span | None:
    """ "[The mayor] laid out her plan": the subject a possessive pronoun on a cue noun refers back to.

    A possessive pronoun names no one; the subject of the clause the noun sits in is most
    often who it stands for, when its person and number agree ("she ... her", not "he ... her").
    """
    if possessor.tag_ != "PRP$":
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in CAUSE_PREPS:
        return None  # "[X] angered Y with [his] remarks": the remarks are the cause, the pronoun names who made them
    head = noun.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head and head.i != noun.sent.start:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in _children(head, SUBJECT_DEPS) if c.i < noun.i] or _inherited_subject(head)
    if not subjects or subjects[0].lower_ in RELATIVE_PRONOUNS or not _agrees(subjects[0], possessor):
        return None
    return _subject_span(subjects[0])


def _inherited_subject(verb) -> list:
    """ "[Ryan] raises money, even while keeping his promise", "forcing [Lind] to drop his plan": the
    subject a subjectless participle or infinitive takes from the verb it hangs on (or its object)."""
    for _ in range(CLIMB_STEPS):
        if verb.dep_ not in ("advcl", "xcomp", "pcomp") or verb.head == verb:
            return []
        controller = _object_controller(verb)
        if controller is not None:
            return [controller]
        verb = verb.head
        subjects = [c for c in _children(verb, SUBJECT_DEPS) if c.i < verb.i]
        if subjects:
            return subjects
    return []


def _agrees(subject, possessor) -> bool:
    """Whether a subject can be what a possessive pronoun refers to: a pronoun of the same person,
    a person's name for "his" and "her", a noun phrase for "its" and "their" (things and groups).
    """
    pronoun = POSSESSIVE_OF.get(subject.lower_)
    if pronoun is not None:
        return pronoun == possessor.lower_
    if possessor.lower_ in ("his", "her"):
        return subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON"  # a name, not "[the plan] ... his"
    return subject.pos_ in ("NOUN", "PROPN") and possessor.lower_ in ("its", "their")


def _noun_content(noun, entry: Cue) -> Span | None:
    """The content a cue noun governs: its "that" clause, to-infinitive or content preposition."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "ccomp", "relcl") and _has_that(child):
            return _content_span(noun.doc, child.left_edge.i, child.right_edge.i)
        if entry.infinitive and child.dep_ in ("acl", "xcomp") and _has_to(child):
            return _content_span(noun.doc, child.left_edge.i, child.right_edge.i)
        if child.dep_ == "prep" and child.lower_ in entry.preps and not _venue(child):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects and child.lower_ == "of" and objects[0].ent_type_ == "PERSON" and _points_back(noun):
                continue  # "That is the warning of Naomi Castellvi": who warned, not of what
            if objects:
                return _content_span(noun.doc, objects[0].left_edge.i, child.right_edge.i)
    return _light_verb_content(noun, entry) or _copula_content(noun)


def _points_back(noun) -> bool:
    """True for a cue noun that "That is" or "This was" sets after words said before it ("That is the warning of X"),
    not one with a target of its own ("criticism of X")."""
    return noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "this", "such") for c in noun.head.children)


def _armed_attack(cue) -> bool:
    """ "the deadly attack on a nightclub", "attacked the consulate": violence, not words.

    "Attack" is a statement when it is aimed at a person, a record or an idea; an attack
    called deadly, terrorist or armed, or aimed at a building, a base or troops, is an
    act of force.
    """
    if lemma_of(cue) not in ATTACK_WORDS:
        return False
    if any(t.lower_ in VIOLENCE_WORDS for c in cue.children if c.dep_ in ("amod", "compound", "nmod") and c.i < cue.i
           for t in c.subtree):  # ("drone and missile attacks", whose first noun the parser calls a modifier)
        return True
    targets = _children(cue, {"dobj"}) + [t for prep in _children(cue, {"prep"}) if prep.lower_ in ("on", "against")
                                          for t in _children(prep, {"pobj"})]
    return any(t.lemma_.lower() in PHYSICAL_TARGETS or t.ent_type_ == "FAC" for t in targets)


def _venue(prep) -> bool:
    """ "posted comments [on Facebook]", "the attack [on television]": the outlet it was said on."""
    objects = _children(prep, {"pobj"})
    if prep.lower_ != "on" or len(objects) != 1:
        return False
    obj = objects[0]
    social = obj.lower_ == "media" and any(c.lower_ == "social" for c in obj.children)
    return social or obj.lower_ in VENUE_WORDS and not _children(obj, {"prep", "relcl", "acl"})


def _copula_content(noun) -> Span | None:
    """ "The idea is [that ...]", "His plan is [to win]": what a cue noun is said to be.

    A cue noun as the subject of "be" has its content as the complement clause after it.
    """
    copula = noun.head
    if noun.dep_ != "nsubj" or copula.lemma_ != "be" or copula.i < noun.i:
        return None
    for child in copula.children:
        if child.i > copula.i and (child.dep_ == "ccomp" and child.left_edge.dep_ == "mark"
                                   or child.dep_ == "xcomp" and _has_to(child)):
            # what the parser hung on the copula after the clause is the clause's ("The claim was that [Trump is,
            # in fact, appealing to ...]", "appealing" on "was")
            end = max([c.right_edge.i for c in copula.children if c.i > child.i and c.dep_ in ("advcl", "conj")],
                      default=child.right_edge.i)
            return _content_span(noun.doc, child.left_edge.i, max(end, child.right_edge.i))
    return None


def _light_verb_content(noun, entry: Cue) -> Span | None:
    """ "raised questions about [the deal]": the cue noun's preposition, hung on its light verb.

    The parser often attaches the preposition of an object noun to the verb ("made
    allegations against", "expressed concern over"); it is still the noun's content.
    """
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb_cue(verb) is not None:
        return None
    for child in verb.children:
        if child.i > noun.right_edge.i and child.dep_ == "prep" and child.lower_ in entry.preps \
                and not _venue(child):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return _content_span(noun.doc, objects[0].left_edge.i, child.right_edge.i)
    return None


def _has_that(clause) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _has_to(clause) -> bool:
    return any(m.dep_ == "aux" and m.lower_ == "to" for m in clause.children)


def _attitude(adjective, preps: frozenset[str], act: str) -> Candidate | None:
    """ "Aides are [optimistic] that he will win", "X was [eager] to ...": an attributed attitude.

    An adjective of attitude predicated of a subject, with a "that" clause, a to-infinitive
    or its content preposition ("are concerned about [X]"), states what the subject believes,
    hopes or fears.
    """
    copula = adjective.head
    if adjective.dep_ != "acomp" or copula.pos_ not in ("VERB", "AUX"):
        return None
    content = None
    for child in adjective.children:
        if child.i < adjective.i:
            continue
        if child.dep_ == "ccomp" or child.dep_ == "xcomp" and _has_to(child):
            content = _content_span(adjective.doc, child.left_edge.i, child.right_edge.i)
        elif child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                content = _content_span(adjective.doc, objects[0].left_edge.i, child.right_edge.i)
        if content is not None:
            break
    if content is None:
        return None
    source = source_of(copula)
    return _indirect([content], _token_span(adjective), source, act, 0.5 if source else 0.35,
                     "reported.attitude")


# --- 6. verbs of appearance and expectation -----------------------------------------------------

def _raising(verb) -> Candidate | None:
    """ "The plan seems to be failing", "Smith is expected to win": the clause is the statement.

    The content is the subject and the complement (a to-infinitive, or an adjective or noun
    after "seems"), the cue between them left out, as PolNeAR annotates it.
    """
    if lemma_of(verb) == "expect" and not _children(verb, {"nsubjpass"}):
        return None  # only the passive: the active "X expects ..." is a reporting verb
    subjects = _children(verb, SUBJECT_DEPS)
    clauses = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    that_clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if that_clauses and not clauses:  # "It seems (that) the deal is dead"
        content = _content_span(verb.doc, that_clauses[0].left_edge.i, that_clauses[0].right_edge.i)
        return _indirect([content], _token_span(verb), None, act_of(verb), 0.35,
                         "reported.raising") if content else None
    if not clauses and lemma_of(verb) != "expect":  # "The plan seems doomed", "Smith appears the favourite"
        clauses = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd") and c.i > verb.i]
        clauses = clauses or _like_complement(verb)  # "This seems like [a fair idea]"
    # a relative pronoun is the subject only of its own clause ("a voter [who] seemed to ...")
    if not subjects or not clauses or subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ != "relcl":
        return None
    subject, clause = subjects[0], clauses[0]
    if subject.i > verb.i:
        return None
    if lemma_of(verb) != "expect" and clause.dep_ == "xcomp" and _reports_a_content(clause):
        return None  # "Lind seemed to [suggest] that ...": the inner reporting verb's statement, by Lind
    if clause.dep_ in ("acomp", "attr", "oprd") and clause.pos_ == "PROPN" and any(
            c.dep_ == "prep" and verb.i < c.i < clause.i for c in verb.children):
        return None  # "appeared on the programme 'Rise and Shine'": came on, the parse's complement a title
    # "which [he] is expected [to win]": a relative pronoun fronted before the cue stays with the subject
    fronted = [t.i for t in clause.subtree if t.i < subject.left_edge.i]
    first = min(fronted) if fronted else subject.left_edge.i
    holder = _holder_of_appearance(verb, clause)
    after_holder = holder.right_edge.i + 1 if holder is not None else verb.i + 1
    spans = [_content_span(verb.doc, first, subject.right_edge.i),
             _content_span(verb.doc, max(clause.left_edge.i, after_holder), clause.right_edge.i)]
    if None in spans:
        return None
    source = _noun_phrase_span(_object_of(holder)) if holder is not None else None
    return _indirect(spans, _token_span(verb), source, act_of(verb), 0.35, "reported.raising")


def _holder_of_appearance(verb, clause):
    """The "to" phrase naming whom it seems so ("seemed [to most farmers] to be a tax on their land"): the
    holder of the view, whose phrase comes between the cue and its complement; None otherwise."""
    if lemma_of(verb) not in ("seem", "appear"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to" and verb.i < prep.i < clause.i:
            noun = _object_of(prep)
            if noun is not None and (noun.pos_ in ("PROPN", "PRON") or _a_person_noun(noun)):
                return prep
    return None


def _object_of(prep):
    """The object of a preposition's phrase, or None."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _reports_a_content(verb) -> bool:
    """True for a reporting verb with a clause or an object as its content ("seemed to [suggest]
    that ...", "appeared to [criticize] the plan").

    PolNeAR then annotates the inner verb's statement, by the subject (on train a little more
    often than the subject and infinitive as the statement of the verb of appearance).
    """
    entry = verb_cue(verb)
    found = _verb_content(verb, entry) if entry is not None else None
    return found is not None and found[1] in ("reported.clause", "reported.object")


def _like_complement(verb) -> list:
    """The noun after "like" that a verb of appearance says its subject is ("seems like [a good idea]")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "like" and child.i > verb.i:
            return [c for c in child.children if c.dep_ == "pobj"]
    return []


# --- 7. a speaker's name and a colon ----------------------------------------------------------

def _a_topic_clause(heads) -> bool:
    """True for words after a colon opened by "what" or "which" that name a topic ("Trump: what his victory means
    for Europe", "Putin: what does he want") rather than say something ("Baines: what voters want is honesty",
    "Minister: what happened was unacceptable")."""
    if len(heads) < 2:
        return False
    if heads[1].lower_ in ("a", "an"):  # "Jones: what a season it has been", an exclamation; not "Carney: what a
        # trade war would cost Canada", a topic
        return any(t.tag_ == "MD" or t.pos_ == "VERB" for t in heads[2:])
    if heads[1].lower_ in _QUESTION_AUXILIARIES:
        return True  # a question
    if heads[1].tag_ in FINITE_TAGS | {"VBN"}:
        return False  # "what happened was ...": the clause is what is said
    # "what voters want [is] ...": a clause with its own verb, then "is"; not "which roads [are] closed"
    copula = next((k for k, t in enumerate(heads) if k >= 2 and t.lemma_ == "be" and t.tag_ in FINITE_TAGS), None)
    return copula is None or not any(t.pos_ in ("VERB", "AUX") and t.lemma_ != "be" for t in heads[1:copula])


_QUESTION_AUXILIARIES = frozenset({"does", "do", "did", "will", "would", "can", "could", "should", "is", "are",
                                   "was", "were", "has", "have", "next", "now"})


_STAGE_WORDS = 6  # the longest stage direction in brackets after a transcript's label ("(inaudible)", "[laughter]")


def _stage_direction(words: str) -> bool:
    """True for the words of a stage direction in brackets, in lower case or in capitals ("laughs", "CROSSTALK"); not
    an editor's words put in for the speaker's ("[The contractor] did", "[I] never saw it")."""
    letters = [ch for ch in words if ch.isalpha()]
    return len(letters) > 1 and (words.islower() or words.isupper())


# a line of a list: "Best Actress: Ellie Marchetti-Obi, Quiet Hours" (a label, a colon, a few words and no full stop)
_LABEL_LINE = re.compile(r"[A-Z][^:\n]{0,40}:[ \t]+[^\n]{1,80}")
_LIST_VALUE_WORDS = 10
_TRANSCRIPT_WORDS = re.compile(r"\b(?:I|we|you|me|us|my|our|your)\b", re.I)  # a transcript's line, not a list's


def _in_list_of_labels(text: str, at: int) -> bool:
    """True for a colon in a list of labelled lines ("SILVER LENS WINNERS / Best Film: Harrow Lane / Best Actress:
    ..."): two lines or more of its paragraph are a label not in capitals, a colon and a few words that end with no
    full stop and say no "I", "we" or "you", as a transcript's lines ("SMITH: We will win.") do."""
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    lines = text[start + 2 if start >= 0 else 0:end if end >= 0 else len(text)].split("\n")
    listed = [line for line in lines if _LABEL_LINE.fullmatch(line.strip()) and not line.split(":")[0].isupper() and
              len(line.split(":", 1)[1].split()) <= _LIST_VALUE_WORDS and
              not _TRANSCRIPT_WORDS.search(line.split(":", 1)[1]) and
              not line.rstrip().endswith((".", "!", "?", '"', "\u201d", "'", "\u2019"))]
    here = text[text.rfind("\n", 0, at) + 1:at]
    return len(listed) >= 2 and any(line.strip().startswith(here.strip()) for line in listed)


_LINE_LABEL = re.compile(r"(?m)^[ \t]*([A-Z][A-Z0-9 .'’&-]{0,40}):")  # any label in capitals opening a line


def _item_heading(label, item) -> bool:
    """True for a heading in capitals over a digest's item that uses one of its words ("MILL ROAD: Paving of Mill Road
    ...", "CULVERTS: ... for culvert repairs", "NEXT MEETING: Council meets next ..."): a speaker's name or role over
    a transcript's line is not a word of what they say."""
    if any(t.ent_type_ == "PERSON" or t.lower_ in ROLE_WORDS or t.lemma_.lower() in ROLE_WORDS for t in label) or \
            any(t.lower_ in _FIRST_PERSON_WORDS or t.lower_ in ("you", "your") for t in item):
        return False  # (a line of a transcript speaks to someone or of its speaker: "TOWER: ..., confirm you are")
    # a transcript's labels come back, or one of them is a role ("HOST:", "CHAIR:"): a digest's headings do neither
    if _recurring_label(label) or any(word.lower() in ROLE_WORDS for m in _LINE_LABEL.finditer(doc_text(label[0].doc))
                                      for word in m.group(1).split()):
        return False
    heads = {t.lower_[:4] for t in label if t.is_alpha and len(t) >= 3 and not t.is_stop}
    return any(t.is_alpha and len(t) >= 3 and not t.is_stop and t.lower_[:4] in heads for t in item)


def _colon(colon) -> Candidate | None:
    """ "SMITH: We will win." / "Poll: Jones leads in Ohio": a line opened by a name and a colon.

    The name is short, starts the line and has no verb; the content runs to the end of the
    line. A quotation after the colon is the direct-quote finder's.
    """
    doc = colon.doc
    name = _line_before(colon)
    in_marks = len(name) > 1 and _is_quote_mark(name[0]) and name[1:].text.isupper() and \
        not any(_is_quote_mark(t) for t in name[1:])
    if in_marks:
        name = name[1:]  # '"WALLACE: Let's start ...': a transcript printed in quotation marks, line by line
    name = _without_call_designation(name)
    # a record of debates adds the seat and the party in brackets: "Fiona Kerr (Argyll West) (LD):"
    outside, bracketed, office = _label_parts(name)
    if not 1 <= len(outside) <= COLON_NAME_MAX or not outside[0].text[:1].isupper() or \
            not all(t.text[:1].isupper() or t.is_punct or office and t.lower_ in _LABEL_GLUE for t in outside):
        return None  # a name is capitalised word by word ("TAPPER", "NY Daily News", "The Minister for Transport")
    role_end = name.text.isupper() and outside[-1].lower_ in ROLE_WORDS  # "SHOP STEWARD:", "STEWARD" read as a verb
    # ("COUNCILMEMBER TRAN:", "GRAHAM:" the tagger read as verbs label line after line)
    if any(t.pos_ in ("VERB", "AUX") and not (role_end and t.i == outside[-1].i or _a_name_elsewhere(t) or
                                              _recurring_label(outside))
           or t.is_digit or t.like_num and not (role_end and t.lower_ in _ORDINAL_WORDS) for t in outside):
        return None  # "Watch:", "MEET THE CANDIDATE:", "2024:", "TWO DEAD:", "The Ninth Circle:" (but a transcript's
        # "FIRST OFFICER:", a rank in words, and "Okonjo:" the tagger read as a verb after "Marguerite Okonjo")
    words = " ".join(t.text for t in outside).lower()
    if words in COLON_NOT_NAMES or name.text.lower() in COLON_NOT_NAMES or \
            {t.lower_ for t in name} & COLON_NOT_NAME_WORDS:
        return None
    if _is_quote_mark(name[0]):
        return None  # '"Dead On Arrival": Senate Kills Bill': a quotation opens the line, no name
    last = colon.i + 1
    while last < len(doc) and "\n" not in doc[last].text:
        if "\n" in doc[last].whitespace_:
            break
        last += 1
    last = min(last, len(doc) - 1)
    if in_marks:  # the transcript's closing mark, at the end of its last line
        close = last
        while close > colon.i + 1 and doc[close].is_space:
            close -= 1
        last = close - 1 if close > colon.i + 1 and _is_quote_mark(doc[close]) else last
    if colon.i + 1 > last or doc[colon.i + 1].text in QUOTE_CHARS:
        return None
    after = doc[colon.i + 1:last + 1].text.strip().strip(".").lower()
    if doc[colon.i + 1].text in SECTION_LABELS or len(after.split()) > 1 and after in COLON_NOT_NAMES:
        return None  # "Storm Imre: live updates", "Lind trial: timeline", "Storm Imelda: what we know"
    if outside[-1].lower_ in _HEADING_WORDS:
        return None  # "AMBER WARNING: RAIN", "FLOOD ALERT: Residents ...": a heading
    if name.text.isupper() and _item_heading(outside, doc[colon.i + 1:last + 1]):
        return None  # "MILL ROAD: Paving of Mill Road ... is finished": a digest's heading over its item
    if _in_first_line(doc, colon.idx) and doc[colon.i + 1].pos_ == "ADP" and \
            not any(t.pos_ in ("VERB", "AUX") for t in doc[colon.i + 1:last + 1]):
        return None  # "Morning Whip: Inside the senator's debate camp": a newsletter's title and its topic
    heads = doc[colon.i + 1:last + 1]
    if name.text.isupper() and heads.text.isupper() and len([t for t in heads if t.is_alpha]) <= 3 and \
            not any(t.text in ".!?" for t in heads):
        return None  # "CRICKET: COUNTY CHAMPIONSHIP": a heading and a subheading, no sentence ("LIND: OK." is one)
    first = colon.i + 1
    if doc[first].text in ("(", "[") and (close := next((t.i for t in doc[first + 1:min(first + _STAGE_WORDS, last)]
                                                         if t.text in (")", "]")), None)) is not None and \
            _stage_direction(doc[first + 1:close].text):
        first = close + 1  # "KESSLER: (laughs) I'd be happy to ...": a stage direction, not what she said
    content = _trimmed(doc, first, last) if first <= last else None
    if content is None or _tally_or_roll(doc[colon.i + 1:last + 1]) or _dateline(doc[colon.i + 1:last + 1], name) or \
            _in_list_of_labels(doc_text(doc), colon.idx):
        return None
    if doc[colon.i + 1].is_lower and doc[colon.i + 1].lower_ not in ("i", "we") and not name.text.isupper() and \
            all(t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "PERSON", "NORP") and
                t.lower_ not in _NOT_PLACE_WORDS and not _a_name_elsewhere(t)
                for t in outside if t.lower_ != "the" and not t.is_punct):
        # "Kotorisce: residents without water after pipe bursts": a place's news, a related headline (not "Police:
        # suspect fled", "Kremlin: talks stalled", "Poll: ...": a body, a group or a document says it)
        return None
    if _in_first_line(doc, colon.idx) and any(
            t.text[:1].isupper() and is_speech_cue(t) and not _children(t, {"mark"}) and any(
                c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and c.left_edge.i == colon.i + 1 and c.i < t.i
                for c in t.children) for t in heads):
        return None  # "Venice: Ingrid Halvorsen Says '...'": a headline's topic, then a person who says it (not
        # "Fact-Check: If Obama Says It, It's True", "News: Attacks Highlight Threat")
    opener = doc[colon.i + 1]
    if (opener.text in _TOPIC_OPENERS or opener.text in ("what", "which") and _a_topic_clause(heads)) and \
            not any(t.lower_ in _FIRST_PERSON_WORDS for t in heads):
        return None  # "The Plot: why your tomatoes split": a column's topic ("Lind: why I quit" is hers)
    if name.text.isupper() and len(outside) == 1 and outside[0].ent_type_ != "PERSON" and \
            doc.text[:name[0].idx].strip() and outside[0].lower_ not in _NOT_PLACE_WORDS and \
            (outside[0].ent_type_ in ("GPE", "LOC") or _a_place_elsewhere(doc, outside[0].text)) and \
            heads.text.strip()[:1].isupper() and not any(t.text in ".!?\"”'’" for t in heads) and \
            not any(t.lower_ in _FIRST_PERSON_WORDS or t.lower_ in ("you", "your") for t in heads):
        return None  # "KESSARIA: First aid convoy reaches Dar Salim" below the headline: a digest's dateline and its
        # headline (the headline "HALDANE: Council hid the cost" is Haldane's)
    commas = [t.i for t in outside if t.text == ","]
    if commas and commas[-1] == outside[-1].i - 1 and outside[-1].is_title and \
            not any(t.ent_type_ in ("PERSON", "NORP") or t.lower_ in _NOT_PLACE_WORDS for t in outside):
        return None  # "The Larder Room, Weyhaven: one main course ...": a venue and its town, a review's headline
    source = (name[0].idx, _end(name[-1]))
    if office:
        source = (bracketed[0].idx, _end(bracketed[-1]))  # "The Minister for Local Transport (Gareth Ellory):"
    elif bracketed:
        source = (outside[0].idx, _end(outside[-1]))  # "Dr Peter Haldane (Wyre Vale) (Con):" the name, not the seat
    return _indirect([content], _token_span(colon), source, "speech", 0.4, "reported.colon")


def _a_place_elsewhere(doc, label: str) -> bool:
    """True when an all-caps label ("KESSARIA") is written in title case elsewhere, never in a person's name nor as
    the label of another line (a transcript's "GRANT:" comes back; a digest's place does not)."""
    word = label.title()
    found = [t for t in doc if t.text == word]
    return bool(found) and not any(t.ent_type_ == "PERSON" for t in found) and \
        sum(1 for t in doc if t.text == label and t.i + 1 < len(doc) and doc[t.i + 1].text == ":") == 1


def _without_call_designation(name):
    """An earnings call's label without its designation: "Lena Marsh -- Corbel Securities -- Analyst" is Lena Marsh
    (the firm and the post after double hyphens, in capitalised words without a verb; not a dateline's "LONDON --
    The minister said"); a radio transcript's "NORA EICHLER, HOST" is Nora Eichler (a name of two words or more in
    capitals, then a comma and a word or two)."""
    commas = [t.i - name.start for t in name if t.text == ","]
    if len(commas) == 1 and commas[0] >= 2 and 1 <= len(name) - commas[0] - 1 <= 2 and name.text.isupper() and \
            all(t.is_alpha for t in name[commas[0] + 1:]):
        return name[:commas[0]]
    dashes = [t.i - name.start for t in name if t.text in ("--", "—", "–")]
    if not dashes or dashes[0] < 2 or name[:dashes[0]].text.isupper():
        return name
    rest = [t for t in name[dashes[0] + 1:] if not t.is_punct]
    if rest and all(t.text[:1].isupper() or t.lower_ in ("of", "and", "&") for t in rest) and \
            not any(t.pos_ in ("VERB", "AUX") and t.lower_ not in ROLE_WORDS for t in rest):
        return name[:dashes[0]]
    return name


def _recurring_label(words) -> bool:
    """True for a label in capitals that opens two lines or more of its text: a transcript's speaker ("GRAHAM:",
    "SANDRA (WESTHOLM):"), whatever the tagger read its words as."""
    if not words or not all(t.is_upper or t.is_punct for t in words):
        return False
    label = re.escape(" ".join(t.text for t in words)).replace(r"\ ", r"\s+")
    lines = re.findall(r"^[ \t]*[\"“]?" + label + r"\s*(?:\([^()\n]{1,40}\)\s*)?:", doc_text(words[0].doc), re.M)
    return len(lines) >= 2


def _a_name_elsewhere(token) -> bool:
    """True when the word ``token`` is part of a person's name elsewhere in its doc ("Marguerite Okonjo" for the
    "Okonjo" the tagger read as a verb when it opens a line, and for "NORA" in capitals after "Nora Eichler")."""
    return (token.is_title or token.is_upper) and any(t.lower_ == token.lower_ and t.i != token.i and t.is_title and
                                                      t.ent_type_ == "PERSON" for t in token.doc)


# small words of seats' names and marks of parties' ("Bexmoor and Battle", "Kesteln upon Tyne", "Lab/Co-op")
_SEAT_GLUE = frozenset({"and", "upon", "on", "the", "of", "under", "in", "by", "-", "/", ",", "&"})


def _bracket_of_record(group) -> bool:
    """True for a bracket a record of debates writes, a seat or a party: capitalised words and the small
    words of seats' names, no digits ("Correction (May 3)"), no caption's words ("Amir Varga (pictured)")."""
    return bool(group) and group[0].text[:1].isupper() and all(
        not any(c.isdigit() for c in t.text) and (t.text[:1].isupper() or t.lower_ in _SEAT_GLUE or
                                                   k > 0 and group[k - 1].text in ("-", "/"))  # "Co-op"
        for k, t in enumerate(group))


_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth"})  # "FIRST OFFICER:"
_HEADING_WORDS = frozenset({"warning", "warnings", "alert", "alerts", "advisory", "notice", "update"})  # not "Watch"
_LABEL_GLUE = frozenset({"for", "of", "the"})  # "The Minister for Local Transport", in an office's label only
_LABEL_BRACKETS = 2  # a seat and a party


def _label_parts(name) -> tuple[list, list, bool]:
    """The words of a line label outside brackets, those of its first bracket, and whether it is an
    office with its holder's name ("The Minister for Local Transport (Gareth Ellory)"). A label with
    brackets is a record of debates' or nothing: a person's name of two words or more with a seat and
    a party ("Dr Peter Haldane (Wyre Vale) (Con)"), or an office and a name of two words or more; each
    bracket holds capitalised words and no digits ("Photo (AP)", "Correction (May 3)", "Amir Varga
    (pictured)" label no speech). RETURNS ([], [], False) for any other label with brackets."""
    outside, groups, depth = [], [], 0
    for t in name:
        if t.text == "(":
            depth += 1
            groups.append([])
        elif t.text == ")":
            depth -= 1
        elif depth == 0:
            outside.append(t)
        else:
            groups[-1].append(t)
    if not groups:
        return outside, [], False
    if depth != 0 or len(groups) > _LABEL_BRACKETS or any(not _bracket_of_record(group) for group in groups):
        return [], [], False
    if len(groups) == 1 and all(t.is_upper for t in outside + groups[0]) and \
            len(_CAPITALS_LABEL.findall(doc_text(name.doc))) >= 2:
        return outside, groups[0], False  # a phone-in's caller and where she calls from: "SANDRA (WESTHOLM):"
    holder = groups[0]
    # "The Minister for Local Transport (Gareth Ellory)", "The Cabinet Member for Environment (Cllr Aisha Lowe)"
    office = len(holder) >= 2 and (any(t.lower_ in ROLE_WORDS for t in outside) or outside[0].lower_ == "the" and (
        is_honorific(holder[0].text) or holder[0].lower_.rstrip(".") in NAME_TITLES or
        any(t.ent_type_ == "PERSON" for t in holder)))
    if not office and (len(outside) < 2 or any(t.lower_ in _LABEL_GLUE for t in outside)):
        return [], [], False  # "Result (FT):", "Stocks (Reuters):": one word is no member's name
    return outside, groups[0], office


# a transcript's line that no one says: a stage direction or a time stamp ("(APPLAUSE)", "[CROSSTALK]", "[00:41:52]")
# (each line may open with a quotation mark, in a transcript printed in marks: '"(CROSSTALK.)', '"PENCE: ...')
_STAGE_LINE = re.compile(r"[ \t]*[\"“]?[(\[][^()\[\]\n]{1,40}[)\]][ \t]*$")
# "KESSLER: ", "SEN. STRATHMORE: ", a caller and her town "SANDRA (WESTHOLM): "
_TURN_LABEL = re.compile(r"[ \t]*[\"“]?[A-Z][A-Z'’. -]{1,40}(?:\([A-Z][A-Z'’. -]{1,40}\)[ \t]*)?:\s")
_MIN_TURNS = 3  # label lines that make a transcript


def _join_turn_paragraphs(found: list[Candidate], text: str) -> None:
    """Give a transcript's turn the paragraphs without a label that follow it up to the next label ("KESSLER: ...
    / In six years, ... / MODERATOR: ...") or the interviewer's next line where questions go unlabelled: hers, as a
    quote's paragraphs are. Only up to one of those, stage directions and time stamps aside, so that the narration
    after the transcript stays the writer's. An interview printed as "Q: ..." and "Pettigrew-Asante: ..." labels the
    answers with the name as it is written, which counts as a transcript's capitals do when it labels two turns."""
    labels = {id(c): text[c.source[0]:c.source[1]] for c in found if c.method == "reported.colon" and c.source}
    uses = Counter(labels.values())
    questions = _QUESTION_LABEL.search(text) is not None
    turns = [c for c in found if id(c) in labels and
             (labels[id(c)].isupper() or questions and uses[labels[id(c)]] >= 2)]
    if len(turns) < _MIN_TURNS:
        return
    names = tuple(sorted({labels[id(c)] + ":" for c in turns if not labels[id(c)].isupper()}))

    def a_turn(line: str) -> bool:  # a line that opens a turn of its own
        return bool(_TURN_LABEL.match(line) or _QUESTION_LABEL.match(line)) or \
            bool(names) and line.lstrip(" \t\"“").startswith(names)

    # an interview whose questions go unlabelled puts a question before label lines, twice at least
    lines = [m.group() for m in _LINE.finditer(text) if not _STAGE_LINE.match(m.group())]
    unlabelled = sum(1 for line, after in zip(lines, lines[1:]) if a_turn(after) and
                     not a_turn(line) and _unlabelled_question(line)) >= 2
    for turn in turns:
        label = labels[id(turn)]
        line_end = text.find("\n", turn.end)
        if line_end < 0:
            continue
        more, at = [], line_end
        while at < len(text):
            line = _LINE.search(text, at)
            if line is None:
                break
            if a_turn(line.group()):
                # (where questions go unlabelled, the line before a label is the interviewer's)
                turn.spans = turn.spans + (more[:-1] if unlabelled else more)
                break
            if not _STAGE_LINE.match(line.group()) and any(ch.isalnum() for ch in line.group()):  # not "…."
                if len(more) >= _MAX_TURN_PARAGRAPHS:
                    break
                if not _spoken_paragraph(line.group(), label):
                    if unlabelled and _unlabelled_question(line.group()):  # the interviewer's next line
                        turn.spans = turn.spans + more
                    break
                more.append((line.start() + len(line.group()) - len(line.group().lstrip(" \t\"“")), line.end()))
            at = line.end()


_MAX_TURN_PARAGRAPHS = 4
_ADDRESSING_WORDS = re.compile(r"\b(?:you|your)\b", re.I)
_INTERVIEWER_OPENING = re.compile(r"\s*(?:Tell me|Let me|Let's|Let us)\b")  # "Tell me about your childhood."
# the newsroom's own first person: "Our analysis of the ministry's records shows ..."
_NEWSROOM_OPENING = re.compile(r"\s*Our\s+(?:analysis|reporting|review|investigation|reporters?|readers|newsroom|"
                               r"count|survey|request)\b")


def _unlabelled_question(paragraph: str) -> bool:
    """True for an interviewer's line printed without a label: a question, or words put to the one answering ("One
    critic wrote that your Beethoven was too fast"), in no one's first person."""
    return bool(_INTERVIEWER_OPENING.match(paragraph)) or \
        not _SPEAKING_WORDS.search(paragraph) and (paragraph.rstrip().rstrip("\"'”’)").endswith("?") or
                                                   bool(_ADDRESSING_WORDS.search(paragraph)))
_SPEAKING_WORDS = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|we|my|our|us|me)\b", re.I)
_ATTRIBUTED_QUOTE = re.compile(r"[\"”’],?\s+(?:[\w.'’-]+\s+){0,3}(?:said|says|added|asked|told)\b")
_LABEL_OPENING = re.compile(r"\s*[A-Z][\w'’ -]{0,30}:\s")  # "Analysis: ...", "READ MORE: ..."


def _spoken_paragraph(paragraph: str, label: str) -> bool:
    """True for a paragraph a transcript's turn may go on in: spoken in the first person ("In six years, Senator
    Marsh has voted to let bottlers pump our aquifer"), not narration that names the speaker ("Kessler, who voted for
    two tax increases, ..."), quotes someone ('"...," said Chief Munoz'), opens with a label of its own or asks, as
    an interviewer whose questions go unlabelled does ("In 2009 the players voted against you. Did that hurt?")."""
    surname = label.split()[-1].strip(".").lower()
    return bool(_SPEAKING_WORDS.search(paragraph)) and not _ATTRIBUTED_QUOTE.search(paragraph) and \
        not paragraph.rstrip().rstrip("\"'”’)").endswith("?") and not _INTERVIEWER_OPENING.match(paragraph) and \
        not _NEWSROOM_OPENING.match(paragraph) and \
        not _LABEL_OPENING.match(paragraph) and \
        not re.search(r"\b" + re.escape(surname) + r"\b", paragraph, re.I)


def _without_interviewer_questions(found: list[Candidate], text: str) -> list[Candidate]:
    """Drop an interview's questions: "The Circuit: Why list now?" / "Haddad: Because ...". A name label
    whose lines (two or more) all end on a question mark, beside another label that answers, is the
    interviewer's, as "Q:" is; its questions state nothing."""
    lines: dict[str, list[Candidate]] = {}
    for cand in found:
        if cand.method == "reported.colon" and cand.source is not None:
            lines.setdefault(text[cand.source[0]:cand.source[1]].lower(), []).append(cand)

    def asks(cand: Candidate) -> bool:  # its label's line stops before a question mark
        end = cand.spans[0][1]
        return text[end - 1:end] == "?" or text[end:end + 3].lstrip("\"'”’)").startswith("?")

    askers = {label for label, cands in lines.items() if len(cands) >= 2 and all(asks(c) for c in cands)}
    if not askers or not any(not asks(c) for label, cands in lines.items() if label not in askers for c in cands):
        return found
    return [c for c in found if not (c.method == "reported.colon" and c.source is not None and
                                     text[c.source[0]:c.source[1]].lower() in askers)]


_DATELINE_LINES = 6  # the headline, its repeat, a menu, a byline, a date and a caption may come before it
_FIRST_PERSON_WORDS = frozenset({"i", "we", "me", "us", "my", "our"})
# words that open a topic after a colon, not a statement ("The Plot: why your tomatoes split")
_TOPIC_OPENERS = frozenset({"why", "how", "where", "when"})  # not "what happened was ...", a clause's subject
_NOT_PLACE_WORDS = ROLE_WORDS | ORGANIZATION_WORDS | ANONYMOUS_WORDS  # "POLICE:", "ANALYSTS:" say what follows
_QUESTION_LABEL = re.compile(r"^[ \t]*Q[.:]", re.M)
_CAPITALS_LABEL = re.compile(r"^[ \t]*[A-Z][A-Z'’.-]+:", re.M)
_LINE = re.compile(r"[^\s][^\n]*")


def _lines_before(text: str, at: int, most: int) -> int:
    """How many non-empty lines come before ``at``, counted up to ``most`` (a long transcript's labels are
    many: each one stops early)."""
    count = 0
    for _ in _LINE.finditer(text, 0, at):
        count += 1
        if count >= most:
            break
    return count


def _dateline(words, label=()) -> bool:
    """ "ORLEN: Minister Ana Varga said on Monday that ...": a place line (wire style) before a story.

    When the words after the colon close on their own source ("..., according to X."), or open
    on a narrated report (a past-tense reporting verb with a subject of its own that is no
    pronoun), they already name who says them: the opener is a dateline, not a speaker. After a
    place in capitals any narrated past event tells it ("RAWALPINDI: General X visited ..."). A
    transcript's "TAPPER: I think ..." and a headline's "Poll: voters say ..." speak in the present.
    """
    if any(t.lower_ in SOURCE_PHRASES and _according_to_object(t) is not None and _closes_sentence(t)
           for t in words):
        return True  # "BHUBANESWAR: The party won 96 seats, according to results ...": its source is named
    root = words[0].sent.root
    # a place in capitals at the story's top ("NANDIGRAMA:", "KOTA SERAYA:"), before a narration with no first
    # person in it
    text = doc_text(label.doc) if len(label) else ""
    capitals = 1 <= len(label) <= 3 and all(t.is_upper for t in label) and len(label.text) > 2 and \
        not any(t.lower_ in _FIRST_PERSON_WORDS for t in words) and \
        _lines_before(text, label[0].idx, _DATELINE_LINES + 1) <= _DATELINE_LINES and \
        len(_CAPITALS_LABEL.findall(text)) < 2  # a transcript's turns ("HALE: ...", "LIND: ...") are no datelines
    # a label that names someone ("MAYOR LIND:", "DR BERG:", "OKAFOR:" as the NER reads it) is a speaker's
    someone = any(t.lower_ in ROLE_WORDS or t.lower_.rstrip(".") in NAME_TITLES or t.lower_ in NAME_TITLES or
                  is_honorific(t.text) or t.ent_type_ == "PERSON" for t in label) and \
        not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in label)  # "PRINCE GEORGE:", "GENERAL SANTOS:" are places
    # the cue heads the sentence, or is joined to its head with a subject of its own (as the parser reads a closing
    # "..., X said"), never inside a clause ("whatever the critics claim")
    heads = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if capitals and not someone and any(
            verb_cue(v) is not None and v.pos_ == "VERB" and v.i > words.start + 2 and
            any(c.dep_ == "nsubj" and c.pos_ != "PRON" and c.i > words.start for c in v.children) for v in heads):
        return True  # "SUNDARAPURAM: The police have busted a gang ..., Commissioner X said at a press meet": its own
    # source; and a narration in the present perfect as in the past after a place ("KOTA SERAYA: X has quit")
    # (a capital the tagger reads as an adverb or an organisation: "BEIRUT:")
    place = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in label) or label.text.title() in CAPITAL_GOVERNMENTS
    placed = len(label) > 1 or place or capitals and _unknown_place(label, text)
    # (and in the future: "ALOR SETAR: About 40,000 pupils will receive a free breakfast ..."; after a place the
    # NER knows, in the present too: "BEIRUT: The festival returns ...", "DUBAI: Ships are waiting ..."; not after an
    # interview's "Q:", nor a person's name, nor a judgement in "is" ("MOSCOW: The vote is a farce", a capital's
    # reaction in a digest))
    narrated = root.tag_ == "VBD" or capitals and not someone and placed and (root.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in root.children) or root.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would") for c in root.children)) or \
        capitals and not someone and place and root.tag_ in ("VBZ", "VBP", "VBG") and root.lemma_ != "be" and \
        not _QUESTION_LABEL.search(text, 0, label[0].idx) and not _a_persons_name(label[-1])
    if not words.start <= root.i < words.end or verb_cue(root) is None and not capitals or not narrated:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= words.start and c.pos_ != "PRON"
               for c in root.children)


def _unknown_place(label, text: str) -> bool:
    """True for a lone name in capitals below the headline that the NER gave no type and the article names no one by
    ("ALAPPUZHA:", a place the NER does not know); not "POLICE:", "UNIONS:", nor an answer's "HALVORSEN:"."""
    word = label[0]
    if len(label) != 1 or word.ent_type_ or word.pos_ not in ("PROPN", "NOUN") or word.tag_ in ("NNS", "NNPS") or \
            word.lower_ in _NOT_PLACE_WORDS or _QUESTION_LABEL.search(text, 0, word.idx):
        return False  # an interview's "Q:" before makes the labels in capitals its speakers
    return not _a_persons_name(word)


def _a_persons_name(word) -> bool:
    """True when a word in capitals is in a person's name the article gives ("HOUSTON:" after "Coach Mark Houston")."""
    return any(e.label_ == "PERSON" and word.text.title() in e.text.split() for e in word.doc.ents)


def _tally_or_roll(words) -> bool:
    """ "Lind: 1,204." / "Ohio: Ruiz, Varga, Lind, ..." / "Valley: Hefner 24, Nussbaum 11." / "Halftime: Heights
    27-21.": a line of figures, of names or of names with their figures says nothing.

    A result table, a box score or a list of members has the shape of "NAME: content" but no one states it.
    """
    words = [t for t in words if not (t.is_punct or t.is_space)]
    if words and all(t.like_num or t.text in ("%", "$") for t in words):
        return True
    if sum(t.like_num for t in words) >= 2 and all(t.like_num or t.pos_ in ("PROPN", "CCONJ", "NUM") for t in words):
        return True  # not "Lind: Paris 2024 Olympics Ready.", a title-case line with a year in it
    commas = sum(t.text == "," for t in words[0].doc[words[0].i:words[-1].i + 1]) if words else 0
    return commas >= 3 and all(t.pos_ in ("PROPN", "CCONJ") for t in words)


# A transcript's label lines: the interviewer's "Q:" / "Q." and the interviewee's "A:" / "A.".
_QUESTION_LINE = re.compile(r"^[ \t]*Q[:.][ \t]+\S", re.M)
_ANSWER_LINE = re.compile(r"^[ \t]*(A)([:.])[ \t]+(?=\S)", re.M)
# Who a person introducing a transcript is to it when named after these: "spoke to [the
# interviewer]", "interviewed by [the interviewer]".
_INTERVIEWER_PREPS = frozenset({"to", "by"})
_SPOKEN_TO = frozenset({"speak", "talk"})  # "spoke to [the presenter]"
_ASKED_BY = frozenset({"interview", "question", "ask", "moderate", "host", "present", "chair"})
# a transcript's labels for whoever asks the questions
_INTERVIEWER_LABELS = frozenset({"presenter", "host", "anchor", "interviewer", "moderator"})
_INTERVIEWING_VERBS = frozenset({"interview", "ask", "question"})  # "[Tom Hale] interviewed her"


# "..., an inquest heard." / "..., the jury was told.": the parser often reads "an inquest heard" as a noun phrase
# The body as news names it: "an inquest", "the employment tribunal", "a coroner's court", "magistrates",
# "Maidstone Crown Court" (a court's own name takes no article)
_HEARD_AFTER = re.compile(r",\s+(?P<hearers>(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}|(?:[A-Z][\w'’-]*\s+){1,3})?"
                          r"(?:" + "|".join(sorted(HEARING_BODIES)) + r"))\s+"
                          r"(?P<cue>(?:has\s+|had\s+)?heard|(?:was|were|has\s+been|have\s+been)\s+told)"
                          r"[.]?[\"”’']?\s*$")


# "..., documents obtained by the Sentinel show.", "..., the register of interests shows.", "..., records show.": the
# investigative lede's source, after its finding; the parser often reads "the Sentinel show" as a noun phrase
_DOCUMENTS = r"(?:records|documents|data|figures|filings?|emails|minutes|files?|register|reports?|papers|logs|" \
             r"statistics|transcripts?|accounts|audits?|surveys?|polls?|stud(?:y|ies))"
# (not ", according to a transcript of the show.": a source that reports, no document that shows)
_SHOWN_AFTER = re.compile(r",\s+(?!according\b|as\s+per\b|per\b)(?P<source>(?:[\w'’-]+\s+){0,6}?" + _DOCUMENTS +
                          r"(?:\s+of\s+(?:the\s+)?[\w'’-]+)?"
                          r"(?:\s+(?:obtained|seen|reviewed|released|published|filed|provided)(?:\s+(?:by|to|on|in)"
                          r"(?:\s+[\w'’.-]+){1,4}?)?)?)\s+(?<!\bthe\s)(?<!\ba\s)"  # "of the show" names no act
                          r"(?P<cue>shows?|showed|reveals?|revealed|indicates?|indicated)"
                          r"[.]?[\"”’']?\s*$")


# a paragraph set in from the margin, as a block quotation is printed after "said:" or "wrote:"
_BLOCK_QUOTE = re.compile(r":[ \t]*\r?\n(?:[ \t]*\r?\n)*(?P<indent>[ \t]{2,}|\t)(?P<words>\S[^\n]*)")


def _block_quotes(doc) -> list[Candidate]:
    """ "..., Deborah Fenn, said:" and then an indented paragraph: a block quotation, the speaker's own
    words without quotation marks. The cue is the reporting verb that ends the line before the colon."""
    text = doc_text(doc)
    found = []
    for m in _BLOCK_QUOTE.finditer(text):
        colon = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if colon is None or not len(colon):
            continue
        verbs = [t for t in colon[0].sent if t.i < colon[0].i and verb_cue(t) is not None and t.pos_ == "VERB"]
        if not verbs:
            continue
        verb = verbs[-1]
        words = m.span("words")
        content = (words[0], len(text[:words[1]].rstrip()))
        cand = Candidate(spans=[content], kind="direct", cue=_token_span(verb), source=source_of(verb),
                         act=verb_cue(verb).act, confidence=0.6, method="reported.block")
        found.append(cand)
    return found


def _closing_phrases(doc, pattern: re.Pattern) -> list[tuple[Span, re.Match]]:
    """(the words before it, the match) of each sentence that ``pattern`` closes after a dozen characters or more."""
    text = doc_text(doc)
    found = []
    for sent in doc.sents:
        m = pattern.search(text, sent.start_char, sent.end_char)
        if m is not None and m.start() - sent.start_char >= 12:
            content = trimmed(text, sent.start_char, m.start())
            if content[1] > content[0]:
                found.append((content, m))
    return found


def _evidence_heard(doc) -> list[Candidate]:
    """ "A driver was on his phone, an inquest heard.": evidence given to a court or an inquest,
    by nobody named; the body that heard it is the addressee (``_hearing_body`` when parsed)."""
    found = []
    for content, m in _closing_phrases(doc, _HEARD_AFTER):
        cand = _indirect([content], m.span("cue"), None, "speech", 0.5, "reported.heard")
        cand.addressee = m.span("hearers")
        found.append(cand)
    return found


def _misread_in_finding(doc, cue: Span) -> bool:
    """True for a cue inside a documents' finding that reports nothing of its own: a participle describing a noun
    ("appeals [showing] hungry toddlers") or a verb of showing."""
    words = doc.char_span(*cue, alignment_mode="expand")
    return words is not None and any(t.dep_ == "acl" or t.lemma_.lower() in ("show", "reveal", "indicate")
                                     for t in words)


# what polls are written as finding people or plans at: "found Hensleigh at 47%", "puts support for the plan at 61%"
_STANDING_VERBS = frozenset({"find", "put", "show", "have"})
_POLL_WORDS = frozenset({"poll", "survey", "study", "analysis", "estimate", "forecast", "review"})
_SHARE_WORDS = frozenset({"percent", "per", "point", "points", "%"})


def _poll_standings(doc) -> list[Candidate]:
    """ "A Ridgeline poll released Sunday found [Hensleigh at 47% and Okerlund at 45% among likely voters]": what a
    poll finds is its standings, someone or something at a share, which the parse gives as an object and an "at"
    phrase, not as the clause "find" reports elsewhere (nor is "police found a body at 9 p.m." a finding: no share)."""
    found = []
    for noun in tokens_in(doc, _POLL_WORDS, (LEMMA,)):  # from the few poll nouns, not every verb of the article
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or lemma_of(verb) not in _STANDING_VERBS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if subject is None or subject.i != noun.i or not objects or \
                any(c.dep_ in ("dative", "ccomp", "xcomp") for c in verb.children) or len(objects) > 1 or \
                any(c.dep_ in ("relcl", "acl", "ccomp") and c.i > objects[0].i for c in objects[0].children):
            continue  # "The study had volunteers ... take a dose": what it does
        # the share itself after "at" ("at 47%", "at 52 percent"), not a count of something ("at 40 locations")
        at = [t for t in verb.subtree if t.lower_ == "at" and t.dep_ == "prep" and t.i + 2 < len(doc) and
              doc[t.i + 1].like_num and doc[t.i + 2].lower_ in _SHARE_WORDS]
        if not at:
            continue
        parts = objects[:1] + at + [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"]
        content = _trimmed(doc, objects[0].left_edge.i, max(t.right_edge.i for t in parts))
        if content is not None:
            found.append(_indirect([content], _token_span(verb), (subject.left_edge.idx, _end(subject)),
                                   "speech", 0.5, "reported.standing"))
    return found


def _shown_by_documents(doc) -> list[Candidate]:
    """ "A charity spent £2.3 million on a manor, accounts and internal documents seen by the Chronicle show.":
    the finding is the documents' statement, whether or not the parser found the verb."""
    return [_indirect([content], m.span("cue"), m.span("source"), "speech", 0.5, "reported.shown")
            for content, m in _closing_phrases(doc, _SHOWN_AFTER)]


def _answers(doc, article: Article) -> list[Candidate]:
    """ "Q: What will you change? / A: Response times.": a transcript's answers, the interviewee's words.

    Only after a question line ("A. Yes" alone may be a lettered list). The label "A" is the
    source; ``extra["stands_for"]`` is the interviewee's mention in the introduction, for the
    resolver to name the answers by.
    """
    text = doc_text(doc)
    question = _QUESTION_LINE.search(text)
    if question is None:
        return []
    interviewee = _interviewee(doc, article, question.start())
    found = []
    for m in _ANSWER_LINE.finditer(text, question.end()):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        content = text[m.end():end].rstrip()
        if not content:
            continue
        # without an interviewee the label names no one ("A." alone would read as a person "A")
        cand = _indirect([(m.end(), m.end() + len(content))], m.span(2), m.span(1) if interviewee else None,
                         "speech", 0.4, "reported.answer")
        if interviewee is not None:
            cand.extra["stands_for"] = interviewee
        found.append(cand)
    return found


# A turn of an interview printed with dialogue dashes, as European and Latin American papers do: "— Why?"
_DASH_TURN = re.compile(r"^[ \t]*([—―–])[ \t]+(?=\S)", re.M)
# the writer's words set off by dashes inside a turn: "— Because ... — Salgado says, tapping the photograph — and ..."
_DASH_ASIDE = re.compile(r"\s+[—―–]\s+[^—―–\n]{1,80}?\s+[—―–]\s*(?:[.,;]|(?=\w))")


def _dash_answers(doc, article: Article) -> list[Candidate]:
    """The answers of an interview printed with dialogue dashes, the words of the interviewee the
    introduction names. A turn that asks ("— How much has it shrunk?") is the interviewer's, and so
    is a turn after an answer ("— The minister says the law would cost jobs."); the turn after the
    interviewer's is an answer. A turn whose writer's aside names someone speaking ("— ... — her
    husband calls from the next room.") is that person's. The dash is the cue, and the writer's aside
    between dashes is no part of the answer."""
    text = doc_text(doc)
    turns = list(_DASH_TURN.finditer(text))
    if len(turns) < 2 or not _INTERVIEW_WORDS.search(text, article.headline[1] if article.headline else 0,
                                                      turns[0].start()):
        return []  # an explainer's list of questions and answers is no interview
    interviewee = _interviewee(doc, article, turns[0].start())
    if interviewee is None:
        return []
    found, previous = [], None  # previous: "interviewer", "answer" or None (no turn just before)
    for k, turn in enumerate(turns):
        end = text.find("\n", turn.end())
        end = len(text) if end < 0 else end
        if k and text[text.find("\n", turns[k - 1].end()):turn.start()].strip():
            previous = None  # narration between: a new exchange
        spans, at, aside_cue = [], turn.end(), False
        for aside in _DASH_ASIDE.finditer(text, turn.end(), end):
            words = doc.char_span(aside.start(), aside.end(), alignment_mode="expand")
            if words is not None and any(verb_cue(t) is not None for t in words):
                spans.append((at, aside.start()))
                at, aside_cue = aside.end(), True
        stop = end
        trailing = _DASH_TAIL.search(text, at, end)
        if trailing is not None:
            speaker = _aside_speaker(doc, trailing.start(1), trailing.end(1))
            if speaker == "named":
                previous = None  # "— ... — her husband calls from the next room.": his turn, not hers
                continue
            if speaker == "pronoun":
                stop = trailing.start()  # "— The same as always — she says.": her words end at the dash
        spans.append((at, at + len(text[at:stop].rstrip())))
        asks = text[turn.end():end].rstrip().endswith("?")
        if asks or previous == "answer" and not aside_cue:
            previous = "interviewer"
            continue
        if previous != "interviewer":
            previous = None  # someone else's turn ("— her husband calls from the next room")
            continue
        previous = "answer"
        spans = [trimmed(text, s, e) for s, e in spans if text[s:e].strip(" ,.;—―–")]
        spans = [span for span in spans if span[1] > span[0]]
        if spans:
            cand = _indirect(spans, turn.span(1), turn.span(1), "speech", 0.4, "reported.answer")
            cand.extra["stands_for"] = interviewee
            found.append(cand)
    return found


# what makes a run of dash turns an interview: the introduction says someone answered or was asked
_INTERVIEW_WORDS = re.compile(r"\b(?:interview\w*|questions?|answer\w*|spoke|speaks|talked|asked)\b", re.I)
# the writer's aside that ends a turn: "— ... — her husband calls from the next room."
_DASH_TAIL = re.compile(r"\s+[—―–]\s+([^—―–\n]{3,80}?)[.!?]?[ \t]*$", re.M)


def _aside_speaker(doc, start: int, end: int) -> str | None:
    """Who the words ending a dash turn say is speaking: "pronoun" ("she says"), "named" ("her husband calls
    from the next room"), or None when they hold no cue with a subject."""
    words = doc.char_span(start, end, alignment_mode="expand")
    subjects = [c for t in words or [] if verb_cue(t) is not None
                for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    return "pronoun" if subjects[0].pos_ == "PRON" else "named"


_HEADLINE_NAME = re.compile(r"\s*((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+):\s*[\"'“‘«]")


def _interviewee(doc, article: Article, before: int) -> Span | None:
    """The first person named between the headline and the first question, who is not the
    interviewer ("She spoke to [Tom Hale]", "interviewed by [Tom Hale]", "[Tom Hale] asked her") nor the
    writer ("By [Tom Hale]")."""
    for ent in _introduced_names(doc, article, before):
        if not _interviewing(ent):
            return (ent.start_char, ent.end_char)
    # else the person a "Name: 'words'" headline quotes ("Mariam Haddad: 'I wrote the whole record ...'"), not a
    # label ("Breaking News: '...'")
    headline = _HEADLINE_NAME.match(doc_text(doc), *article.headline) if article.headline else None
    if headline is None or headline.group(1).split()[0].lower() in SECTION_LABELS:
        return None
    name = doc.char_span(*headline.span(1), alignment_mode="expand")
    return headline.span(1) if name is not None and all(t.ent_type_ == "PERSON" for t in name) else None


def _name_interviewer_labels(doc, article: Article, found: list[Candidate]) -> None:
    """Mark a transcript's "PRESENTER:" lines (or "HOST:", "ANCHOR:", ...) with the interviewer the introduction
    names, for the resolver to name them by, as "A:" is by the interviewee."""
    text = doc_text(doc)
    labels = [c for c in found if c.method == "reported.colon" and c.source is not None and
              text[c.source[0]:c.source[1]].lower() in _INTERVIEWER_LABELS]
    interviewer = _interviewer(doc, article, labels[0].source[0]) if labels else None
    for cand in labels if interviewer is not None else ():
        cand.extra["stands_for"] = interviewer


def _introduced_names(doc, article: Article, before: int) -> list:
    """The people's names (Spans) between the headline and ``before``, in order: the NER's and the names it missed
    ("Ama Kessie, 24, won ...": a given name tells)."""
    start = article.headline[1] if article.headline else 0
    names = {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"} | \
        {m.span for m in person_mentions(doc)}
    spans = (doc.char_span(s, e, alignment_mode="expand") for s, e in names if start <= s < before)
    return sorted(filter(None, spans), key=lambda span: span.start_char)


def _interviewing(name) -> bool:
    """True for a name the introduction gives the interviewer ("She spoke to [Tom Hale]", "interviewed by [Tom
    Hale]", "[Tom Hale] asked her")."""
    head = name.root.head
    return name.root.dep_ == "pobj" and head.lower_ in _INTERVIEWER_PREPS or \
        name.root.dep_ == "nsubj" and lemma_of(head) in _INTERVIEWING_VERBS


def _asks_the_questions(name, labels: set[str]) -> bool:
    """True for a name the introduction ties to the questions ("spoke to [Tom Hale]", "interviewed by [Tom Hale]",
    "presenter [Tom Hale]"; not "according to [Mark Ferris]", nor a guest with a label of their own)."""
    if name.text.split()[-1].upper() in labels or any(
            c.dep_ == "compound" and c.lower_ in ROLE_WORDS - _INTERVIEWER_LABELS for c in name.root.children):
        return False  # "Gareth Lyle spoke to Dana Morrow" over "MORROW:" or "MS MORROW:" lines; "spoke to health
        # secretary Dana Morrow": the guest
    head = name.root.head
    verb = head.head if name.root.dep_ == "pobj" else head
    before = name.doc[name.start - 1] if name.start > 0 else None
    return name.root.dep_ == "pobj" and (head.lower_ == "to" and lemma_of(verb) in _SPOKEN_TO or
                                         head.lower_ == "by" and lemma_of(verb) in _ASKED_BY) or \
        name.root.dep_ == "nsubj" and lemma_of(head) in _INTERVIEWING_VERBS or \
        before is not None and before.lower_ in _INTERVIEWER_LABELS or \
        before is not None and before.lemma_ == "be" and name.start > 1 and \
        name.doc[name.start - 2].lower_ in _INTERVIEWER_LABELS  # "The moderator was [Tom Hale]"


def _interviewer(doc, article: Article, before: int) -> Span | None:
    """The interviewer the introduction names before the first label of a transcript, whom "PRESENTER:",
    "HOST:" or "ANCHOR:" stands for ("Helen Achterberg spoke to [Gareth Lyle] on Radio Harrowdale")."""
    labels = {word for label in re.findall(r"^[ \t]*([A-Z][A-Z'’. -]{0,40}):", doc_text(doc), re.M)
              for word in label.replace(".", " ").split()
              if not is_honorific(word) and word.lower() not in NAME_TITLES and word.lower() + "." not in NAME_TITLES}
    return next(((n.start_char, n.end_char) for n in _introduced_names(doc, article, before)
                 if _asks_the_questions(n, labels)), None)


# --- 8. a framing phrase ------------------------------------------------------------------------

def _framing_phrase(prep) -> Candidate | None:
    """ "In a new poll, Jones leads by ten points." / "To many voters, the race is over.".

    A sentence opened by "in" + a document ("poll", "statement") or by "to" + people,
    then a comma, frames the rest of the clause as what they say or believe. When the
    clause has its own reporting verb, the phrase is only that statement's occasion.
    "For X, ..." is not one: "For Lind, the vote was a setback" says what something means
    for X far more often than what X thinks (train: 16 of 26 were no statement).
    """
    doc = prep.doc
    clause = prep.head
    if prep.i != prep.sent.start and prep.dep_ == "prep" and prep.i > clause.i:
        return _poll_phrase_after(prep)
    if prep.i != prep.sent.start or prep.dep_ != "prep" or clause.pos_ not in ("VERB", "AUX"):
        return None
    if prep.right_edge.i + 1 >= len(doc) or doc[prep.right_edge.i + 1].text != ",":
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or verb_cue(clause) is not None:
        return None
    if any(t.tag_ in ("WDT", "WP", "WP$") for t in doc[prep.right_edge.i + 2:clause.i]):
        return None  # "In the letter, a copy of which was reviewed by ...,": a relative the parse made the clause
    noun = objects[0]
    source = _phrase_span(noun)
    if prep.lower_ == "in" and lemma_of(noun) in FRAME_VIEWS:  # "In his view, ..."
        owners = [c for c in noun.children if c.dep_ == "poss"] + [
            o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj"]
        if not owners:
            return None
        source = _phrase_span(owners[0])
        act = cue_act(lemma_of(noun)) or "belief"
    elif prep.lower_ == "in":
        if lemma_of(noun) not in FRAME_DOCUMENTS:
            return None
        act = "speech"
    elif noun.ent_type_ in ("PERSON", "NORP", "ORG") or lemma_of(noun) in FRAME_PEOPLE:
        act = "belief"
    else:
        return None
    content = _content_span(doc, prep.right_edge.i + 2, clause.right_edge.i)
    if content is None:
        return None
    return _indirect([content], _token_span(prep), source, act, 0.4, "reported.framing")


def _poll_phrase_after(prep) -> Candidate | None:
    """ "Lind stays well ahead of Varga [in the latest poll].": a poll or survey closing the clause it measures is its
    source, as an opening "In a new poll," is; the clause before it, from its subject, is what the poll says."""
    doc, clause = prep.doc, prep.head
    if prep.lower_ != "in" or clause.pos_ not in ("VERB", "AUX") or verb_cue(clause) is not None or \
            lemma_of(clause) in _POLL_MAKING or lemma_of(clause) in _ELECTION_VERBS and \
            not any(o.lower_ == "ground" for o in _children(clause, {"dobj"})):
        return None  # (a poll that is an election: "won the seat with 52 percent in the poll")
    polls = [c for c in prep.children if c.dep_ == "pobj" and lemma_of(c) in _POLLS]
    after = next((t.i for t in doc[prep.i + 1:prep.right_edge.i + 1] if t.text == ","), prep.right_edge.i + 1)
    if not polls or after >= len(doc) or not doc[after].is_punct or doc[after].text in ("-", "(", "\"", "“"):
        return None
    # (an active clause: a passive one mostly tells how the poll was made, "the question was changed in the survey";
    # a finite one of its own, not "Varga, [who is third] in many polls", "[Why] Lind is leading in the polls")
    # a main clause ("she must show [that she can succeed] in the polls" is no finding of theirs)
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
    if not subjects or clause.dep_ not in ("ROOT", "conj") or _children(clause, {"mark"}) or \
            _finite_tag(clause) not in FINITE_TAGS or \
            any(t.tag_ in ("WP", "WDT", "WRB") for t in doc[clause.left_edge.i:subjects[0].right_edge.i + 1]):
        return None
    words = doc[subjects[0].left_edge.i:prep.left_edge.i]
    if any(a.tag_ == "MD" for a in _children(clause, {"aux"})) or not (
            lemma_of(clause) in _RANKING_VERBS or any(t.lower_ in _RANKING_WORDS for t in words)):
        return None  # a forecast ("will surge in the polls"), or no standing ("he sank", "spent $2m in the poll")
    content = _content_span(doc, subjects[0].left_edge.i, prep.left_edge.i - 1)
    poll = polls[0]
    # the poll's own phrase, up to a comma: "the newest poll published Friday[, a slide blamed on ...]"
    last = next((t.i - 1 for t in doc[poll.i + 1:poll.right_edge.i + 1] if t.text == ","), poll.right_edge.i)
    source = _trimmed(doc, poll.left_edge.i, last)
    if content is None or source is None:
        return None
    return _indirect([content], _token_span(prep), source, "speech", 0.4, "reported.framing")


_POLLS = frozenset({"poll", "survey"})
# what an election does, where "the poll" is the vote itself (not "lost ground in the poll")
_ELECTION_VERBS = frozenset({"win", "lose", "hold", "retain", "keep", "take", "sweep", "capture", "elect", "return",
                             "defeat", "unseat", "oust", "claim", "gain", "secure", "poll", "score", "get"})
# what a poll finds: who stands where ("leads", "trails", "is ahead", "came in second", "holds 45 percent")
_RANKING_VERBS = frozenset({"lead", "trail", "beat", "top", "edge", "tie", "outpace", "outpoll", "fare", "rank"})
_RANKING_WORDS = frozenset({"percent", "%", "points", "point", "ahead", "behind", "tied", "lead", "first", "second",
                            "third", "fourth", "fifth", "last", "margin", "edge", "ground", "support", "favorite",
                            "favourite", "front-runner", "frontrunner"})
# what is done in a poll, not found by it: "The question was included in the survey", "took part in the poll"
_POLL_MAKING = frozenset({"include", "participate", "take", "interview", "ask", "question", "sample", "conduct",
                          "use", "list", "appear", "feature", "publish", "release", "vote", "answer", "respond",
                          "cite", "mention", "name", "count", "weight", "measure", "test", "do", "run", "field"})


# --- 9. hearsay adverbs and "make clear" ------------------------------------------------------

def _hearsay(adverb) -> Candidate | None:
    """ "The senator reportedly plans to resign": the clause is a statement of unnamed sources."""
    clause = adverb.head
    if adverb.dep_ != "advmod" or clause.pos_ not in ("VERB", "AUX"):
        return None
    if is_speech_cue(clause) and (_children(clause, {"ccomp", "xcomp"}) or any(
            _is_quote_mark(t) for t in adverb.doc[clause.i + 1:clause.i + 4])):
        return None  # 'X reportedly said, "..."': the verb's own content, the verb's own speaker (not "X reportedly
        # offered the striker a deal", an act the sources tell of)
    spans = [span for span in (
        _content_span(adverb.doc, clause.left_edge.i, adverb.i - 1) if adverb.i > clause.left_edge.i else None,
        _content_span(adverb.doc, adverb.i + 1, clause.right_edge.i) if adverb.i < clause.right_edge.i else None,
    ) if span is not None]
    if not spans:
        return None
    return _indirect(spans, _token_span(adverb), None, "speech", 0.35, "reported.hearsay")


def _make_clear(make) -> Candidate | None:
    """ "He made (it) clear that ...", "They made clear they would stay": the clause after
    "clear" is what was said, with or without "that" (the parser may hang it on "make", on
    "clear", or take it for the subject of "clear")."""
    clear = _clear_word(make)
    if clear is None:
        return None
    clauses = [c for c in list(clear.children) + list(make.children)
               if c.dep_ in ("ccomp", "advcl", "csubj") and c.i > clear.i
               and (_has_that(c) or _children(c, {"nsubj", "nsubjpass"}))]
    if not clauses:
        return None
    clause = min(clauses, key=lambda c: c.i)
    content = _content_span(make.doc, clause.left_edge.i, clause.right_edge.i)
    if content is None:
        return None
    return _indirect([content], (make.idx, _end(clear)), source_of(make), "speech", 0.6,
                     "reported.make_clear")


# Figures a source "puts at" a number: "put the toll at 30", "put the cost of repairs at $2 billion"
# ("put the price at $40" sets a price: no estimate)
FIGURE_NOUNS = frozenset({"toll", "number", "figure", "cost", "total", "count", "estimate", "damage", "loss", "losses",
                          "turnout", "value", "bill", "tally", "chance", "chances", "odds", "probability", "risk"})


def _a_number(token) -> bool:
    """True for a number or an amount ("30", "$2 billion", "40%", "a third"), as the object of "at"."""
    return token.like_num or token.tag_ == "CD" or token.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") \
        or any(ch.isdigit() for ch in token.text) or token.lower_ in ("half", "third", "quarter", "fifth") or any(
        c.like_num or c.tag_ == "CD" or c.text in ("$", "£", "€", "%") for c in token.children)


def _put_figure(put) -> Candidate | None:
    """ "Officials put [the toll at 30]": an estimate given as a figure is a statement of its source, with "put" its
    cue; "put the book on the table" is none."""
    objects = [c for c in put.children if c.dep_ == "dobj" and (c.lemma_.lower() in FIGURE_NOUNS or
                                                                c.lower_ in FIGURE_NOUNS)]  # "odds", lemma "odd"
    if not objects:
        return None
    at = next((c for c in put.children if c.i > objects[0].i and c.dep_ == "prep" and (
        c.lower_ == "at" or put.doc[c.left_edge.i].lower_ == "at")), None)
    # the object of "at", or of the preposition after it: 'at "well above 400"'
    figure = [] if at is None else _children(at, {"pobj"}) or [o for c in _children(at, {"pcomp", "prep"})
                                                                for o in _children(c, {"pobj"})]
    if not figure or not _a_number(figure[0]):
        return None  # "put the cost of care at [the centre] of the 2024 election": a place, whatever number follows
    content = _content_span(put.doc, objects[0].left_edge.i, at.right_edge.i)
    if content is None:
        return None
    return _indirect([content], (put.idx, _end(put)), source_of(put), "speech", 0.6, "reported.figure")


def _clear_word(make):
    """The "clear" of "made clear" or "made it clear": a child of "make", or the word right
    after it, which the parser sometimes hangs elsewhere ("made clear [Monday]")."""
    for child in make.children:
        if child.lower_ in CLEAR_WORDS and child.i > make.i:
            return child
    doc, i = make.doc, make.i + 1
    if i < len(doc) and doc[i].lower_ == "it":
        i += 1
    return doc[i] if i < len(doc) and doc[i].lower_ in CLEAR_WORDS else None


# --- source, cue, addressee, occasion ----------------------------------------------------------

def role_read_as_second_subject(name, role) -> bool:
    """ "[Rep. Ana Lind-Obi (D-Tallis)], [the top Democrat on the panel], called ...": a name and the role set off after
    it, which the parse made two subjects of the verb; the name is the speaker (not "In Dunmore, OH, Gov. Varga said",
    where the nearer subject is the name)."""
    doc = name.doc
    edge = name.right_edge.i if name.right_edge.text == "," else name.right_edge.i + 1  # the comma after the name
    return name.pos_ == "PROPN" and any(t.ent_type_ == "PERSON" for t in name.subtree) and \
        role.left_edge.i == edge + 1 and doc[edge].text == "," and any(c.dep_ == "det" for c in role.children) and \
        (role.right_edge.text == "," or role.right_edge.i + 1 < len(doc) and doc[role.right_edge.i + 1].text == ",")


def source_of(verb) -> Span | None:
    """The speaker mention of a cue verb (``_source_of``), worked out once per verb of a parsed Doc.

    The rules and the tagger's linker ask it of the same verbs (a third of the calls on
    PolNeAR train); the answer depends on the parse alone, which nothing changes after it.
    """
    known = verb.doc.user_data.setdefault(_SOURCES_KEY, {})
    if verb.i not in known:
        known[verb.i] = _source_of(verb)
    return known[verb.i]


_SOURCES_KEY = "onrecord.source_of"


def _source_of(verb) -> Span | None:
    """The speaker mention: the cue's subject, the agent of a passive, or an inherited subject.

    A verb without a subject inherits one through coordination, participles and
    infinitives ("laughed and said", "..., adding", "went on to say"); a verb the parser
    left without any takes the noun phrase right before it ("..., the candidate stated").
    Nobody named speaks for a bare participle of asking ("Asked whether ..., X said") or
    for a cue under an extraposed "it" ("it is hard to say").
    """
    if _bare_passive_participle(verb) or _asked_aside(verb):
        return _agent_of(verb)  # "Asked whether ..., Lind said no": an unnamed reporter asked
    apposed = _speaker_apposed_to_subject(verb)
    if apposed is not None:
        return _phrase_span(apposed)  # "[...] velandrolone, [the Integrity Commission] said": not the steroid
    if _headline_passive(verb):
        return None  # "Residents urged to move to higher ground": they were urged, by someone not named
    hung = _subject_read_as_conjunct(verb)
    if hung is not None:
        return _phrase_span(hung)  # "Republicans said A and [Democrats] accused ...": not the first cue's subject
    if verb.dep_ == "ccomp" and _next_statement_complement(verb) and verb_cue(verb.head) is not None:
        return source_of(verb.head)  # "[X] said A and warned that ...", the parse hanging "warned" on "said"
    owned = _possessive_read_as_verb(verb)
    if owned is not None:
        return owned  # "[The course's senior medical officer, Dr X,] told reporters": not "The course"
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    if _cue_joined_to_content(verb) and not _children(verb, SUBJECT_DEPS):
        inside = set_off_speaker(verb)
        if inside is not None:  # not the subject of the content the parser joined the cue to
            return _trimmed(verb.doc, inside[1], _mention_end(inside[0]))
    current = verb
    if (_conjoined_cue(verb) or _trailing_participle(verb) or _in_cue_tense(verb)) \
            and (reporter := _cue_of_content(_told_clause(verb))) is not None:
        # "said [the talks failed] and vowed ...", "insisted [it failed], claiming ...", "said in a statement [that
        # X] and blamed ...": the one who said
        current = reporter
    elif (outer := outer_reporter(verb)) is not None:
        current = outer  # "said [X ... once troops pulled back] and cautioned that ...": who said
    elif _participle_hung_on_noun(verb):
        # "[The court] ordered a new trial for a landlord ..., ruling that ...": the clause's subject, not the noun
        current = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb)
    else:
        current = _tense_ancestor(verb) or _noun_clause_speaker(verb) or verb
    lent = _lent_subject(current)
    if lent is not None:
        return lent  # "[Judge X], writing for a unanimous panel, said": the subject the parser gave the aside
    handle = handle_before(current)
    if handle is not None:
        return handle.idx, handle.idx + len(handle)  # "[@kellaway_lass] wrote on X": a handle read as punctuation
    described = _person_before_relative(current) if not _children(current, SUBJECT_DEPS) else None
    if described is None and current is not verb and verb.dep_ == "conj" and not _children(verb, SUBJECT_DEPS):
        # "[X], whose seat has the largest fleet, told ...": the parser made the clause the cue's head
        described = _person_before_relative(verb)
    if described is not None:
        return described  # "[Mere Tavake], 77, whose great-grandfather was ..., said": not the clause's subject
    for _ in range(CLIMB_STEPS):
        reflexive = False
        # the subject nearest the verb: "LONDON (Reuters) - [Smith] said" may parse with two
        # (one before it first when what is said follows it: "Her label, Kelpie Records, says [pre]-orders ... are"
        # gives the content's word another; not "..., say flood victims")
        ahead = any(c.dep_ == "ccomp" and c.i > current.i for c in current.children)
        subjects = sorted(_children(current, SUBJECT_DEPS), key=lambda c: (ahead and c.i > current.i,
                                                                           abs(c.i - current.i)))
        if len(subjects) >= 2 and subjects[1].i < subjects[0].i < current.i and \
                role_read_as_second_subject(subjects[1], subjects[0]):
            subjects[:2] = subjects[1::-1]
        for child in subjects:
            if child.lower_.endswith(REFLEXIVE_ENDINGS):
                reflexive = True  # "allowed himself to address": whoever allowed
                continue
            if child.dep_ == "nsubjpass" and (child.lower_ in ("it", "there") or current is verb) \
                    and not _has_contracted(current):
                # "it was reported (by X) that ...", "X was asked (by Y) about ...": the agent asks;
                # "X was quoted as saying" climbs to its subject from "saying"
                return _agent_of(current)
            cleft = _cleft_subject(current) if child.lower_ == "it" and current is not verb else None
            if cleft is not None:
                return cleft  # "It was at the rally that [Lind] spoke, pointing to ..."
            if child.lower_ in ("it", "there") and current is not verb and lemma_of(current) == "be" \
                    and _children(current, {"acomp", "attr"}):
                return None  # "it is hard to [say] ...", "it is worth [noting] ...": the writer's aside
            focus = _cleft_focus(current, child)
            if focus is not None:
                return _antecedent_span(focus, child)  # "It was [Lind who] declared ...": the cleft's focus
            if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                if child.lower_ in ("that", "which") and _made_object(current.head) \
                        and lemma_of(current.head.head) in PUBLISHING_VERBS:
                    return source_of(current.head.head)  # "[X] released a video that accuses Y": the maker
                if child.tag_ == "WDT" and current is not verb and verb.tag_ == "VBG" and \
                        current.head.dep_ == "dobj" and current.head.head.pos_ in ("VERB", "AUX"):
                    # "[The mayor] rejected a plan that would have closed two libraries, saying ...": the parse
                    # hung the participle in the relative clause, whose "that" is a thing
                    return source_of(current.head.head)
                return _antecedent_span(current.head, child)
            return _subject_span(child)
        agent = _agent_of(current)
        if agent is not None:
            return agent
        shared = _first_conjunct_subject(current)
        if shared is not None:
            return shared
        owners = _children(current, {"poss"}) if current.pos_ in NOUN_POS else []
        if owners:
            return _phrase_span(owners[0])  # "[his] policy of not attacking X": the gerund's doer
        if (current.dep_ == "acl" or _infinitival_relative(current)) and _made_object(current.head):
            return source_of(current.head.head)  # "[X] gave a speech attacking Y": the maker speaks
        if current.dep_ == "acl" and current.tag_ == "VBG":
            maker = _maker_of_medium(current.head)
            if maker is not None:
                return maker  # "[X]'s speech denouncing Y", "[X] shot back in an article stating ..."
        if _subjectless_infinitive(current):
            controller = _infinitive_controller(current.head)
            if controller is not None:
                return controller  # "[Lind] was the first to endorse Y", "[Lind] pivoted with every answer to talk"
        if current.dep_ == "acl" and current.tag_ == "VBD":
            subject = _subject_of_misread_past(current)
            if subject is not None:
                return subject  # "[X, a spokeswoman for the group], called on ...", not "the group, called X"
        if current.dep_ == "relcl" or current.dep_ == "acl" and current.head.pos_ in NOUN_POS:
            return _noun_phrase_span(current.head)  # "Smith, [who] said", "Smith, writing that"
        if current.dep_ not in CLIMB_DEPS and not (reflexive and current.dep_ == "ccomp") \
                or current.head == current:
            break
        controller = _object_controller(current)
        if controller is not None:
            return _phrase_span(controller)
        current = current.head
    inside = set_off_speaker(verb)
    if inside is not None:
        return _trimmed(verb.doc, inside[1], _mention_end(inside[0]))
    return _noun_before(verb) or _subject_after_opener(current) or _subject_of_misread_head(verb) \
        or _gerund_controller(verb) or _subject_before_aside(verb) or _subject_before_dashes(verb) \
        or _person_before_relative(verb) or _subject_of_clause_before(verb)


def _possessive_read_as_verb(verb) -> Span | None:
    """ "[The course's senior medical officer, Dr Niamh Roe,] told reporters ...": the parser read the possessive
    "'s" as the verb "is", with the owner as its subject, the owned noun as its object and the cue as its conjunct;
    the speaker is the whole phrase, owner to the owned noun's apposition."""
    head = verb.head
    if verb.dep_ != "conj" or head.lower_ not in ("'s", "’s") or head.pos_ not in ("VERB", "AUX") or head.i == 0:
        return None
    owner = head.doc[head.i - 1]
    if owner.dep_ != "nsubj" or owner.head.i != head.i or owner.pos_ not in ("NOUN", "PROPN") or owner.whitespace_:
        return None
    owned = [c for c in head.children if c.dep_ in ("dobj", "attr") and head.i < c.i < verb.i]
    if not owned or owned[0].pos_ not in ("NOUN", "PROPN") or _children(owned[0], {"det", "poss"}):
        return None  # "That's the situation", "The plan's a mess": "is" indeed, before a phrase of its own
    return _trimmed(head.doc, owner.left_edge.i, _mention_end(owned[0]))


def _subject_of_clause_before(verb) -> Span | None:
    """The subject of a finite clause the parser hung on a subjectless cue after it, a comma between them: the two
    verbs of a headline's "[Leveque] accepts nomination, promises ..." share it (not a time clause, "When he
    arrived, ...", which has its conjunction)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for clause in _children(verb, {"advcl"}):
        if clause.i < verb.i and clause.right_edge.i == verb.i - 2 and clause.tag_ in ("VBZ", "VBD") and \
                not _children(clause, {"mark", "aux", "auxpass"}):
            subjects = _children(clause, {"nsubj"})
            if subjects and subjects[0].i == clause.left_edge.i:
                return _subject_span(subjects[0])
    return None


def _subject_of_misread_past(verb) -> Span | None:
    """ "[Nada Hobeika, a spokeswoman for the group], called on ...": a past tense the parser hung on the last noun
    before it as a participle ("the group, called X"); the phrase that noun ends, from the name it describes
    (through appositions and prepositions) to the comma, is the subject."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != ",":
        return None
    top = verb.head
    while top.dep_ in ("appos", "pobj", "prep", "poss", "compound", "conj") and top.head.i < top.i:
        top = top.head
    if top.pos_ not in ("PROPN", "NOUN"):
        return None
    start = top.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "det", "amod", "poss", "case") and \
            doc[start - 1].head.i >= start - 1 and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    return _trimmed(doc, start, verb.i - 2)


def _person_before_relative(verb) -> Span | None:
    """ "In Kibare market, on the edge of the capital, [Odile Mutesi], 58, who sells dried fish, said ...": the
    name (``nlp.person_before_relative``) of the person a "who" clause right before the cue describes."""
    last = person_before_relative(verb)
    if last is None:
        return None
    person = next((e for e in verb.doc.ents if e.label_ == "PERSON" and e.end - 1 == last.i), None)
    if person is not None:
        return person.start_char, person.end_char
    return name_start(last).idx, _end(last)  # a name the NER missed


def _lent_subject(verb) -> Span | None:
    """ "[Judge Kofi Amankwah], writing for a unanimous panel, said ...": the subject the parser gave the aside."""
    subject = subject_lent_to_aside(verb)
    return _subject_span(subject) if subject is not None else None


def _quoted_as_saying(verb) -> Span | None:
    """ "The report quoted [the managing director, Harold Vance,] as saying that ...", "cited [a spokesman] as
    saying": the one quoted speaks, not the report that quotes him (the passive "Vance was quoted as saying" climbs
    to its subject as any cue does)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "quoted X as saying that ... and adding that ..."
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.i == prep.i or not _quoted_saying(verb):
        return None
    quoting = prep.head
    objects = _children(quoting, {"dobj"}) if lemma_of(quoting) in ("quote", "cite") else []
    return _phrase_span(objects[0]) if objects else None


def _gerund_controller(verb) -> Span | None:
    """ "In addition to [stating] X, [Lind] vowed ...", "[Lind] stopped short of [endorsing] Y",
    "[Lind] has a long history of [blaming] others": a subjectless gerund after a preposition is
    the act of the subject of the clause around it, however deep the phrase it ends.

    Not when the phrase is inside that subject ("[the cost of defending X] rose"): then
    nobody named acts.
    """
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or _children(verb, SUBJECT_DEPS):
        return None
    current = verb
    for _ in range(2 * CLIMB_STEPS):
        if current.dep_ in SUBJECT_DEPS or current.dep_ not in GERUND_CLIMB_DEPS or current.head == current:
            return None
        current = current.head
        subjects = [c for c in _children(current, {"nsubj", "nsubjpass"}) if c.lower_ != "there"]
        if current.pos_ in ("VERB", "AUX") and subjects:
            subject = subjects[0]
            if subject.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return _antecedent_span(current.head, subject)
            return _subject_span(subject)
    return None


def _cleft_focus(verb, pronoun):
    """ "It was [Lind] who declared ...": the noun a cleft sentence puts first, which the relative
    pronoun subject of the cue (parsed as a complement of "was") stands for."""
    if pronoun.lower_ not in ("who", "that") or verb.dep_ != "ccomp" or lemma_of(verb.head) != "be":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.head.children):
        return None
    focus = [c for c in verb.head.children if c.dep_ == "attr" and c.i < pronoun.i and c.pos_ in NOUN_POS]
    return focus[0] if focus else None


def _cleft_subject(be) -> Span | None:
    """ "It was at the rally that [Lind] spoke, ...", "It was [Lind who] spoke, ...": the subject of
    a cleft sentence's "that" clause, who does what a participle hung on "was" says."""
    if lemma_of(be) != "be" or _children(be, {"acomp"}):
        return None  # "It is clear that ...": an extraposed subject, no cleft
    # the "that" clause, which the parser may hang on the focused phrase ("at the rally [that ...]")
    clauses = _children(be, {"ccomp"}) + [c for prep in _children(be, {"prep"}) for o in _children(prep, {"pobj"})
                                          for c in _children(o, {"relcl"})]
    for clause in clauses:
        subjects = _children(clause, {"nsubj"})
        if not subjects:
            continue
        focus = _cleft_focus(clause, subjects[0])
        if focus is not None:
            return _antecedent_span(focus, subjects[0])
        if any(c.dep_ in ("mark", "dobj", "advmod") and c.lower_ == "that" and c.i < subjects[0].i
               for c in clause.children) and subjects[0].lower_ not in ("it", "there", *RELATIVE_PRONOUNS):
            return _subject_span(subjects[0])
    return None


def _bare_passive_participle(verb) -> bool:
    """ "Asked if he would run, ...", "when asked about the plan": a passive participle of asking or
    telling, whose subject (the one asked) is not who asks."""
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl" and lemma_of(verb) in ASKING_LEMMAS \
        and not _children(verb, SUBJECT_DEPS | {"auxpass", "aux"})


def _headline_passive(verb) -> bool:
    """ "Residents urged to move to higher ground", "Motorists told to avoid city centre": a headline's passive
    without its "were", a verb of telling to do in the past with a subject and no object before its infinitive. In
    the body "She urged to wait." is active: the first line alone, where headlines drop the auxiliary. Not the verbs
    of asking, which are active as often ("Lind asked to see the files", "Mother begged to see dying son"), nor after
    a pronoun ("He urged to vote no")."""
    return verb.tag_ in ("VBD", "VBN") and lemma_of(verb) in _TOLD_IN_HEADLINES and \
        any(c.dep_ == "nsubj" and c.i < verb.i and c.pos_ != "PRON" for c in verb.children) and \
        not _children(verb, {"dobj", "dative", "aux", "auxpass", "ccomp"}) and \
        any(c.dep_ == "xcomp" and c.i > verb.i and _has_to(c) for c in verb.children) and \
        _in_first_line(verb.doc, verb.idx) and \
        not any(t.text == "." for t in verb.doc[verb.i:verb.sent.end])  # (a headline ends on no period)


# the directive verbs but those whose subject may ask for themselves ("asked to see the files")
_TOLD_IN_HEADLINES = _DIRECTIVE_LEMMAS - {"ask", "request", "beg"}


def _asked_aside(verb) -> bool:
    """ "Okafor, asked about the transfer, said ...": a participle of asking set off by commas after
    a name, then the verb of that name. The one named is asked, not the asker, even where the
    parser makes the name its subject."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.lower_ in ("when", "if", "after", "once") and verb.i > 1:
        before = doc[verb.i - 2]
    if verb.tag_ not in ("VBN", "VBD") or lemma_of(verb) not in ASKING_LEMMAS or before is None \
            or before.text != "," or _children(verb, {"dobj", "dative", "aux", "auxpass"}):
        return False
    return any(t.text == "," and t.i + 1 < verb.sent.end and doc[t.i + 1].tag_ in ("VBD", "VBZ", "VBP")
               for t in doc[verb.i + 1:verb.sent.end])


def _subject_before_aside(verb) -> Span | None:
    """ "[Lind], asked whether she would run, said ...": the parser made the name the subject of the
    aside and hung the cue on it; the name is the cue's subject."""
    head = verb.head
    if head.i > verb.i or verb.doc[verb.i - 1].text != "," or not _asked_aside(head):
        return None
    subjects = [c for c in _children(head, {"nsubj"}) if c.i < head.i]
    return _subject_span(subjects[0]) if subjects else None


def _tense_ancestor(verb):
    """ "[X] said the plan would fail and [urged] ...": the verb a subjectless conjunct goes on from.

    A conjunct after "and" in another tense than the verb the parser joined it to (here
    "fail") is the next act of the nearest verb above in its own tense, not of the clause
    it was hung on ("the plan ... urged").
    """
    tense = _finite_tag(verb)
    if verb.dep_ != "conj" or tense not in FINITE_TAGS - {"MD"} or _children(verb, SUBJECT_DEPS):
        return None
    if verb.left_edge.i != verb.i or verb.doc[verb.i - 1].dep_ != "cc":
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or _finite_tag(head) == tense or not _children(head, SUBJECT_DEPS):
        return None
    if verb.tag_ == "VBD" and any(c.lemma_ in ("have", "be") for c in _children(head, {"aux", "auxpass"})):
        return None  # "has endorsed X and criticized Y": the auxiliary governs both participles
    for ancestor in list(head.ancestors)[:CLIMB_STEPS]:
        if ancestor.pos_ in ("VERB", "AUX") and _finite_tag(ancestor) == tense and _children(ancestor, SUBJECT_DEPS):
            return ancestor
    return None


def _noun_clause_speaker(verb):
    """ "[X] rejected the idea that Y would fail, [saying] ...": the verb whose object the clause completes.

    A participle after a comma hung on the "that" clause of a noun is the act of whoever
    took up the idea, not of the clause's subject.
    """
    clause = verb.head
    if not _trailing_participle(verb) or clause.dep_ != "acl" \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    governor = clause.head
    for _ in range(CLIMB_STEPS):
        if governor.pos_ in ("VERB", "AUX") or governor.head == governor:
            break
        governor = governor.head
    return governor if governor.pos_ in ("VERB", "AUX") else None


def _infinitival_relative(clause) -> bool:
    """ "found [ways] to cast herself as ...": a subjectless to-infinitive the parser made a relative clause."""
    return clause.dep_ == "relcl" and _has_to(clause) and not _children(clause, SUBJECT_DEPS)


def _subjectless_infinitive(clause) -> bool:
    """ "the first [to endorse] Y", "with every answer [to talk] about": a to-infinitive the parser
    hung on a noun, without a subject of its own."""
    return clause.dep_ in ("relcl", "acl") and clause.head.pos_ in NOUN_POS and _has_to(clause) \
        and not _children(clause, SUBJECT_DEPS)


def _infinitive_controller(noun) -> Span | None:
    """Who does what an infinitive on ``noun`` says, when it is not the noun itself.

    "[Lind] was the only senator to vote no" / "The first to endorse Y was [Lind]" / "[Lind],
    the first to endorse Y": the one the ranked noun is said of. "[Lind] pivoted with every
    answer to talk about X", "[He] went out of his way to say", "In an effort to clarify the
    plan, [Lind] ...": a noun in a phrase on a verb only says how; the verb's subject acts.
    """
    if _ranked(noun):
        verb = noun.head
        if noun.dep_ == "attr" and lemma_of(verb) in COPULAS:
            subjects = [c for c in _children(verb, {"nsubj"}) if c.lower_ not in ("it", "there", *RELATIVE_PRONOUNS)]
            return _subject_span(subjects[0]) if subjects else None
        if noun.dep_ == "nsubj" and lemma_of(verb) in COPULAS:
            named = [c for c in _children(verb, {"attr", "acomp"}) if c.pos_ in NOUN_POS]  # "was [Lind]"
            return _subject_span(named[0]) if named else None
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            return _noun_phrase_span(noun.head)
        return None
    if noun.dep_ != "pobj" or any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
        return None  # "[Lind]'s effort to stall the plan": the owner acts (the noun's own phrase)
    head = noun.head
    for _ in range(3):  # "went [out of] his way": through the prepositions to the verb
        if head.pos_ in ("VERB", "AUX"):
            return source_of(head) if head.dep_ != "relcl" or _children(head, SUBJECT_DEPS) else None
        if head.dep_ not in ("prep", "advmod") or head.head == head:
            return None
        head = head.head
    return None


def _ranked(noun) -> bool:
    """ "the first senator", "the only one", "the last": a noun ranked among others, which names
    who it is said of ("X was the first to ...")."""
    return noun.lower_ in RANK_WORDS or any(c.lower_ in RANK_WORDS and c.dep_ in ("amod", "advmod", "det")
                                           for c in noun.children)


def _maker_of_medium(noun) -> Span | None:
    """Who made a speech or a text a participle hangs on: its possessor ("[Lind]'s speech
    denouncing ..."), or the subject of the verb it is an object of ("[Lind] issued a memo
    urging ..." through "felt compelled to", "[Varga] hit back in an article stating ...")."""
    if noun.lemma_.lower() not in MEDIUM_NOUNS:
        return None
    owners = _children(noun, {"poss"})
    if owners:
        return _phrase_span(owners[0])
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return source_of(noun.head.head)
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        return source_of(noun.head)
    return None


def _made_object(noun) -> bool:
    """True for a common noun, the object of a verb with a subject, that names no one:
    "[X] released [a report] detailing ...", "[X] wrote [op-eds] defending ..."."""
    return noun.dep_ == "dobj" and noun.pos_ == "NOUN" and not noun.ent_type_ \
        and noun.head.pos_ in ("VERB", "AUX") and bool(_children(noun.head, SUBJECT_DEPS))


def _first_conjunct_subject(verb) -> Span | None:
    """ "[X] has promised ..., opposed the deal and ...": the subject of a first conjunct
    the parser made a clausal complement of the subjectless verb after it.

    Only for a verb with its own complement after it, which reports nothing before it
    (``_reports_clause_before``): "The plan failed, said X" keeps its clause as content.
    """
    if _reports_clause_before(verb):
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i < verb.i:
            subjects = [c for c in _children(clause, SUBJECT_DEPS) if c.lower_ not in RELATIVE_PRONOUNS]
            return _subject_span(subjects[0]) if subjects and subjects[0].lower_ not in ("it", "there") else None
    return None


def _object_controller(clause):
    """The object that is the subject of an infinitive: "forced [candidates] to address ..."."""
    if clause.dep_ != "xcomp":
        return None
    objects = [c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i]
    if lemma_of(clause.head) in INSTRUMENT_VERBS:
        return None  # "[X] used the rally to attack Y", "spent hours defending Y": the user speaks
    if not objects or objects[0].lower_.endswith(REFLEXIVE_ENDINGS):
        return None  # "allowed himself to address": the head's subject speaks
    if objects[0].lemma_.lower() == "anonymity":
        return None  # "requested anonymity to discuss X": the one who asked discusses
    return objects[0]


def subject_read_as_modifiers(verb) -> Span | None:
    """ "The 52-year-old added ...", "the 31-year-old wrote:": the parser read the subject as a
    determiner and an adjective of the cue; their words are the speaker's mention. "The
    6-foot-9 forward posted": it read the subject's noun as an adverb of the cue."""
    if verb.i == 0:
        return None
    previous = verb.doc[verb.i - 1]
    if previous.dep_ in ("advmod", "npadvmod") and previous.head == verb and previous.left_edge.lower_ == "the" \
            and not _children(verb, SUBJECT_DEPS):
        return _trimmed(verb.doc, previous.left_edge.i, verb.i - 1)
    if not _children(verb, {"det"}) or previous.dep_ != "amod" or previous.head != verb:
        return None
    first = min(c.left_edge.i for c in _children(verb, {"det", "amod"}) if c.i < verb.i)
    return _trimmed(verb.doc, first, verb.i - 1)


def _noun_before(verb) -> Span | None:
    """The noun phrase just before a subjectless finite cue, when the parser lost the subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == verb.sent.start:
        return None
    previous = verb.doc[verb.i - 1]
    if previous.pos_ == "NUM" and previous.head == verb:
        return _noun_phrase_span(previous)  # "About 4 in 10 say ...": a share the parser left as a number
    if previous.dep_ == "compound" and previous.head == verb and verb.dep_ in ("ROOT", "ccomp", "conj", "parataxis"):
        # "..., city records show", "Dems hope ...": the parser read the subject as a compound of the cue
        first = min(c.left_edge.i for c in _children(verb, {"compound"}) if c.i < verb.i)
        return _trimmed(verb.doc, first, verb.i - 1)
    misread = subject_read_as_modifiers(verb)
    if misread is not None:
        return misread
    if previous.text == ")":  # "Sen. Dale Hummer (R-SC) called out ...": the name before a party and a state, which
        # the parser may hang on a place before it ("in Washington, D.C., Sen. Dale Hummer (R-SC)")
        opening = next((t for t in reversed(verb.doc[verb.sent.start:previous.i]) if t.text == "("), None)
        if opening is None or opening.i <= verb.sent.start or previous.i - opening.i > 8 or \
                verb.doc[opening.i - 1].ent_type_ != "PERSON":
            return None
        first = opening.i - 1
        while first > verb.sent.start and verb.doc[first - 1].pos_ in ("PROPN", "NOUN") and \
                verb.doc[first - 1].dep_ in ("compound", "conj") and \
                verb.doc[first - 1].ent_type_ not in SETTING_ENTITIES:
            first -= 1  # "candidate Sen. Dale Hummer", not the place before it
        return _trimmed(verb.doc, first, opening.i - 1)
    if previous.pos_ not in NOUN_POS or previous.dep_ in ("poss", "compound", "pobj", "dobj"):
        return None
    if previous.ent_iob_ == "I":  # "... as Ridgeway Power & [Gas] seeks ...": the name the NER read whole
        first = previous.i
        while first > verb.sent.start and verb.doc[first].ent_iob_ == "I":
            first -= 1
        return _trimmed(verb.doc, first, previous.i)
    return _noun_phrase_span(previous)


def set_off_speaker(verb):
    """ "[The plan failed], Ada Lind, the mayor, said", "“[We won],” Lind, wearing a cap, said": the
    noun the parser hung inside the content before a subjectless cue (as an apposition or an
    object of its last words), which is the cue's subject set off by a comma.

    RETURNS (noun, index of the first token of its mention), or None. The name ends right
    before the cue, or before one aside set off by commas (", wearing a cap,", ", who ...,").
    """
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or _children(verb, SUBJECT_DEPS | {"expl", "agent"}):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not clauses and _cue_joined_to_content(verb):
        clauses = [verb.head]
    if not clauses or not _reports_clause_before(verb):
        return None
    clause = clauses[-1]
    last = _word_before_cue(verb)
    if last is None or not clause.left_edge.i < last.i <= clause.right_edge.i:
        return None
    found = _set_off_noun(last, clause)
    if found is not None:
        return found
    aside = _set_off_top(last, clause, lambda t: t.dep_ in ("advcl", "acl", "relcl", "appos"))
    if aside is None or aside[1] - 2 <= clause.left_edge.i:
        return None
    return _set_off_noun(verb.doc[aside[1] - 2], clause)


_LEADING_SPACE = re.compile(r"\s*")


def _in_first_line(doc, offset: int) -> bool:
    """True when nothing but the text's first line, the headline of most articles, stands before ``offset`` (blank
    lines aside)."""
    text = doc_text(doc)
    end = text.find("\n", _LEADING_SPACE.match(text).end())
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return end < 0 or offset <= end


def _cue_joined_to_content(verb) -> bool:
    """ "[The tax is lawful], the Oregon Supreme Court ruled Thursday": a cue the parser joined to the clause before
    as its conjunct with no conjunction, its subject hung on that clause's last noun."""
    head = verb.head
    return verb.dep_ == "conj" and head.i < verb.i and verb_cue(verb) is not None and \
        not any(c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i for c in head.children) and \
        not _children(verb, {"cc"}) and any(t.text == "," for t in verb.doc[head.i + 1:verb.i])


def _word_before_cue(verb):
    """The last word before a cue, past commas and the cue's own adverbs ("Lind, the mayor, also said")."""
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and (doc[i].is_punct and doc[i].text not in QUOTE_CHARS
                                   or doc[i].dep_ == "advmod" and doc[i].head == verb):
        i -= 1
    return doc[i] if i > verb.sent.start and doc[i].text not in QUOTE_CHARS else None


def _set_off_noun(last, clause):
    """The outermost noun phrase of a content that ends with ``last`` and is set off by a comma."""
    def named(token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in SETTING_ENTITIES
    return _set_off_top(last, clause, named)


def _set_off_top(last, clause, fits):
    """(token, start) for the outermost token from ``last`` up to ``clause`` (not included) that
    ``fits`` and whose phrase ends with ``last`` and starts after a comma (or a comma and a closing
    quotation mark: "won,” Lind"), at ``start``.

    The parser may hang the content's last words on the name ("shipshape,” [Gene] Varga"):
    the comma may stand inside the phrase, before the head. The climb stops at a conjunct
    that fits: in "backs Lind, Varga, Ruiz, the mayor" only the last one is set off.
    """
    found = None
    token = last
    while token != clause and token.head != token:
        start = _start_after_comma(token, clause) if fits(token) and _last_word(token).i == last.i else None
        if start is not None:
            found = (token, start)
        if token.dep_ == "conj" and found is not None:
            break
        token = token.head
    return found


def _start_after_comma(token, clause) -> int | None:
    """Where a phrase set off by a comma starts: after the last comma before its head, within or
    right before the phrase and after the clause's first word; None without one."""
    doc = token.doc
    for i in range(token.i - 1, max(token.left_edge.i - 2, clause.left_edge.i), -1):
        if _before_quote_marks(doc, i).text == "," and (doc[i].text == "," or doc[i].text in QUOTE_CHARS):
            return i + 1
    return None


def _subject_after_opener(verb) -> Span | None:
    """ "At the rally in Ames, [Ada Lind, the mayor,] said ...": a subject the parser hung on the
    opening phrase (as its apposition or a second object), which ends right before the cue.

    Only for a finite main verb without a subject; the mention starts after a comma, so the
    opening phrase ("At the rally") is not taken for it.
    """
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or _children(verb, SUBJECT_DEPS | {"expl"}):
        return None
    doc = verb.doc
    end = verb.i - 1
    while end > verb.sent.start and (doc[end].is_punct and doc[end].text in (",", "-", "—", "―", "–")
                                     or doc[end].dep_ == "advmod" and doc[end].head == verb):
        end -= 1
    openers = [c for c in verb.children if c.i < verb.i and c.dep_ in ("prep", "advcl", "npadvmod")]
    aside = _aside_before(verb, end)
    # "Speaking in Ames, [Lind], without naming him, said": the name may end before an aside
    ends = [end] if aside is None else [end, aside.left_edge.i - 2]
    for opener in openers:
        for last in ends:
            for token in doc[opener.i + 1:last + 1]:
                if token.dep_ not in ("appos", "pobj", "conj") or token.pos_ not in ("PROPN", "NOUN"):
                    continue
                first = token.left_edge.i
                dashes = [t.i for t in doc[first:token.i] if _spaced_dash(t)]
                if dashes:  # "In an interview in Ames - [Lind] continued to assert": the dash sets the name off
                    first = dashes[-1] + 1
                if first > opener.left_edge.i and _last_word(token).i == last \
                        and (dashes or doc[first - 1].text == "," or _spaced_dash(doc[first - 1])):
                    return _trimmed(doc, first, _mention_end(token))
    return None


def _aside_before(verb, end: int):
    """The outermost phrase set off by a comma that ends at token ``end`` before ``verb``
    (", without naming him,", ", speaking later,", ", who ..."), or None."""
    doc = verb.doc
    token, found = doc[end], None
    while token != verb and token.head != token:
        if token.dep_ in ("prep", "advcl", "relcl", "acl", "appos") and _last_word(token).i == end \
                and token.left_edge.i > verb.sent.start and doc[token.left_edge.i - 1].text == ",":
            found = token
        token = token.head
    return found


def _subject_before_dashes(verb) -> Span | None:
    """ "[Mr. Varga] - in a line aimed at his rival - declared ...": a subject set off from its
    cue by an aside between dashes, which the parser often leaves out of the cue's tree.

    The subject is the noun phrase without a verb between the comma (or the sentence start)
    and the opening dash; only for a finite cue without a subject right after the closing dash.
    """
    doc = verb.doc
    start = verb.sent.start
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i - 1 <= start or not _free_dash(doc[verb.i - 1]):
        return None
    opening = next((t for t in reversed(doc[start:verb.i - 1]) if _free_dash(t)), None)
    if opening is None:
        return None
    first = max([start] + [t.i + 1 for t in doc[start:opening.i] if t.text in (",", ";", ":")])
    if first >= opening.i:
        return None
    phrase = doc[first:opening.i]
    if any(t.pos_ in ("VERB", "AUX") for t in phrase) or phrase.root.pos_ not in ("NOUN", "PROPN") \
            or phrase.root.ent_type_ in SETTING_ENTITIES:
        return None
    return _trimmed(doc, first, opening.i - 1)


def _free_dash(token) -> bool:
    """A dash with spaces on both sides (" - ", " — "): it sets off an aside."""
    return token.text in DASHES and token.i > 0 and bool(token.whitespace_) \
        and bool(token.doc[token.i - 1].whitespace_)


def _spaced_dash(token) -> bool:
    """A dash that sets a phrase off ("Ames - Lind"), not a hyphen inside a word ("two-thirds")."""
    return token.text in DASHES and (not hyphen_in_word(token) or bool(token.whitespace_)
                                     and token.i > 0 and bool(token.doc[token.i - 1].whitespace_))


def _last_word(token):
    """The last token of a phrase that is not punctuation ("[Lind, 44], said": the comma is hung on 44)."""
    last = token.right_edge
    while last.i > token.i and last.is_punct:
        last = last.doc[last.i - 1]
    return last


def _subject_of_misread_head(verb) -> Span | None:
    """ "[Activists] clamoring to block X say ...": the parser took the participle (or adjective:
    "sources privy to the talks say") on the subject for the main verb and hung the cue on it.
    """
    head = verb.head
    if verb.dep_ != "dep" or verb.tag_ not in ("VBP", "VBZ", "VBD") or head.i > verb.i or verb_cue(head) is not None:
        return None
    subjects = [c for c in _children(head, {"nsubj"}) if c.i < head.i and c.lower_ not in RELATIVE_PRONOUNS]
    return _subject_span(subjects[0]) if subjects and subjects[0].lower_ not in ("it", "there") else None


def _subject_span(subject) -> Span | None:
    """A subject's phrase, without a dateline the parser joined to it ("LONDON (Reuters) - Smith").

    A clause modifying the subject ends the mention: "[Smith], who said X, ..." and "[the
    group] backing X" name the speaker; the clause is a statement of its own, which a
    mention covering it would hide.
    """
    first = subject.left_edge.i
    for token in subject.doc[first:subject.i]:
        joined = token.text == "-" and (_joins_words(token, _line_before(token)) or
                                        any(t.ent_type_ == "PERSON" for t in subject.doc[first:token.i]))
        if token.text in DASHES and not hyphen_in_word(token) and not joined:
            first = token.i + 1  # "NEW YORK - [Lind]"; not "three-quarters", "[The Labour - Green coalition]", "[Ana
            # Reyes - his partner -]"
        if token.text == ":" and subject.doc[first].lower_ in PAGE_NOTES:
            first = token.i + 1  # "Correction, 14 March: [An earlier version of this article] said"
    if subject.lower_ in PAGE_NOTES:  # the note's label parsed as the subject, what it corrects as its apposition
        noted = next((c for c in subject.rights if c.dep_ == "appos" and subject.doc[c.left_edge.i - 1].text == ":"),
                     None)
        if noted is not None:
            return _trimmed(subject.doc, noted.left_edge.i, noted.right_edge.i)
    named = _name_before_apposed_subject(subject)
    if named is not None:  # "[Kate Tully, the dead man's daughter,] told": the name parsed as a modifier
        return _trimmed(subject.doc, named, _mention_end(subject))
    apposed = _apposed_speaker(subject, first)
    if apposed is not None:  # "Under cross-examination by lawyer Moana Whitiora, [Dr Raman] agreed"
        return _trimmed(subject.doc, apposed.left_edge.i, apposed.right_edge.i)
    after_dateline = _dateline_subject_end(subject)
    if after_dateline is not None:
        return _trimmed(subject.doc, after_dateline, _mention_end(subject))
    if subject.pos_ == "ADV" and (subject.lower_.endswith("ly") or subject.lower_ in SUBJECT_ADVERBS) \
            and first < subject.i and subject.right_edge.i == subject.i:
        return _trimmed(subject.doc, first, subject.i - 1)  # "[The 64-year-old] later said": the parser's head
    return _trimmed(subject.doc, first, _mention_end(subject))


def _apposed_speaker(subject, first: int):
    """The speaker the parser made an apposition of a word that does not speak, set off by a comma and ending right
    before the cue: of a preposition's object taken for the subject ("Under cross-examination by lawyer Moana
    Whitiora, [Dr Raman] agreed") or of an opening participle taken for it ("Raising the issue during Question Hour,
    [Leader of the Opposition Sujatha Reddy] alleged"); None otherwise."""
    doc = subject.doc
    if first >= 1 and doc[first - 1].lower_ in ("by", "with", "from") and doc[first - 1].dep_ != "agent":
        candidates, tags = subject.rights, ("PROPN",)
    elif subject.tag_ == "VBG" and subject.dep_ == "csubj":
        candidates, tags = subject.subtree, ("PROPN", "NOUN")
    elif _place_opening(subject, first):
        candidates, tags = subject.rights, ("PROPN", "NOUN")
    else:
        return None
    return next((t for t in candidates if t.dep_ == "appos" and t.pos_ in tags and doc[t.left_edge.i - 1].text == ","
                 and t.right_edge.i + 1 == subject.head.i), None)


def _place_opening(subject, first: int) -> bool:
    """ "Outside court, [Mr Ebbesen's daughter, Kirsten Ebbesen-Lowe,] said": the tagger read "Outside" as an
    adjective and the parser the place as the subject, with the speaker as its apposition."""
    doc = subject.doc
    return doc[first].lower_ in _PLACE_PREPOSITIONS and first < subject.i and subject.i + 1 < len(doc) and \
        doc[subject.i + 1].text == ","


def place_read_as_subject(subject):
    """The speaker set off after a place the parser took for the subject ("Outside court, [X] said"), else None."""
    return _apposed_speaker(subject, subject.left_edge.i) if _place_opening(subject, subject.left_edge.i) else None


def _name_before_apposed_subject(subject) -> int | None:
    """Where a person's name starts when the parser made the description after it the subject and hung the name
    on the verb ("Kate Tully, the dead man's daughter, told ..."): a PERSON name just before the subject's comma,
    attached to the same verb as a modifier; None otherwise."""
    doc, comma = subject.doc, subject.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or subject.pos_ != "NOUN":
        return None
    name = doc[comma - 1]
    if name.ent_type_ != "PERSON" or name.head.i != subject.head.i or name.dep_ not in ("advmod", "npadvmod", "dep"):
        return None
    return name.left_edge.i


def _dateline_subject_end(subject) -> int | None:
    """Where the speaker starts when the parser made a dateline the subject ("KESTELN, Nov. 30
    /Wire/ -- Acme Corp today announced"): after the dash that ends the place line."""
    doc = subject.doc
    # a place in capitals, or in title case (no one's name) before a date or an agency in capitals and nothing
    # else ("Accra, Jan. 20, GNA - ..."; not "Berg, 45, - a father of two -" nor "Lind, who ... -")
    titled = subject.is_title and subject.pos_ == "PROPN" and subject.ent_type_ not in ("PERSON", "ORG", "NORP")
    if not (subject.is_upper and len(subject.text) > 1 or titled) or subject.i + 1 >= len(doc) or \
            doc[subject.i + 1].text not in (",", "(") and not (
                subject.is_upper and doc[subject.i + 1].text in DASHES and not len(_line_before(subject.left_edge))):
        return None  # (a place alone before its dash: "PELL CITY — Gov. X")
    if _LISTED.match(doc_text(doc), doc[subject.i + 1].idx):
        return None  # "Volt AG (Xetra: VLT) said": a company's listing, not an agency's "(UNS):"
    for token in doc[subject.i + 1:min(subject.i + DATELINE_MAX, subject.right_edge.i)]:
        if token.text == ":" and subject.is_upper:
            return token.i + 1  # "KESARGANJ (UNS): [Chief Minister X]", as South Asian agencies end a dateline
        # a dash, or a hyphen set off by spaces as agencies type it ("GNA - The Bank ...")
        if token.text in DASHES and (token.tag_ != "HYPH" or doc[token.i - 1].whitespace_ and token.whitespace_):
            line = doc[subject.i + 1:token.i]
            if subject.is_upper:
                return token.i + 1
            if any(t.pos_ in ("VERB", "AUX", "PRON", "DET") for t in line) or \
                    not any(t.ent_type_ == "DATE" and not t.like_num or t.is_upper and len(t) > 1 for t in line):
                return None
            return token.i + 1
    return None


def dateline_speaker(subject):
    """The name the parser hung as an apposition on a dateline it made the subject ("ERIE, Pa. - [Democrat Lionel
    Baptiste], a pediatrician, accused ..."); None when the subject is no dateline."""
    start = _dateline_subject_end(subject)
    if start is None:
        return None
    return next((c for c in subject.children if c.dep_ in ("appos", "conj") and c.left_edge.i >= start), None)


def _mention_end(noun) -> int:
    """The last token of a noun's phrase before the first clause that modifies a noun in it."""
    doc = noun.doc
    for token in doc[noun.i + 1:noun.right_edge.i + 1]:
        # an adverbial clause set off by a comma too: "The 61-year-old, speaking ..., said" as parsed
        if naming_clause(token) and token.head.i == noun.i:
            continue  # "A woman named Carol Jones said": the clause gives her name (not "a lawyer for a man named")
        if token.pos_ in ("VERB", "AUX") and token.left_edge.i > noun.i and (
                token.dep_ in MENTION_CLAUSE_DEPS
                or token.dep_ == "advcl" and doc[token.left_edge.i - 1].text == ","):
            return token.left_edge.i - 1
    return noun.right_edge.i


def naming_clause(token) -> bool:
    """True for "named X" or "called X" after a noun, with a capitalised name as X, in a sentence with a verb of its
    own ("Q: One critic called Salt Year 'too quiet'" has none: its verb was misread)."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in ("name", "call") and \
        token.sent.root.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "oprd" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in token.children)


def _agent_of(verb) -> Span | None:
    """The agent of a passive cue ("was reported by [the Times]")."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and not (objects[0].is_lower and objects[0].lemma_ in _MEDIA_OF_SPEECH):
                return _phrase_span(objects[0])
    return None


# how words are sent, never who sends them ("said by phone that ...", "told by email"; not "by the Daily Mail")
_MEDIA_OF_SPEECH = frozenset({"phone", "telephone", "email", "e-mail", "text", "video", "videolink", "link", "letter",
                              "satellite", "radio", "zoom", "skype", "fax", "mail", "message", "messenger",
                              "loudspeaker", "megaphone", "intercom", "interpreter", "translator"})


def _cue_span(verb) -> Span:
    """The cue as written: the verb with its particle ("pointed out")."""
    end = _end(verb)
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end = _end(child)
    return (verb.idx, end)


def _hearing_body(verb) -> Span | None:
    """ "The jury heard that ...", "Southwark Crown Court heard ...": evidence given to a court,
    an inquest or a committee, whose subject is who was told, not who spoke (unnamed here)."""
    if lemma_of(verb) != "hear":
        return None
    for subject in _children(verb, {"nsubj"}):
        if subject.lemma_.lower() in HEARING_BODIES or subject.lower_ in HEARING_BODIES:
            return _phrase_span(subject)
    return None


def _addressee_of(verb, content: list[Span]) -> Span | None:
    """To whom it was said: "told [reporters]", "said to [the BBC]"."""
    for child in verb.children:
        if _inside(child, content) or child.dep_ in ("dobj", "dative") and child.lower_ in WEEKDAYS and \
                child.left_edge.i == child.i:
            continue  # (the parser's object "promised [Monday] to ..." is a date, no hearer)
        if child.dep_ == "dative" and child.lower_ != "to":
            return _phrase_span(child)
        if child.dep_ == "dobj" and lemma_of(verb) in ADDRESSEE_OBJECT_LEMMAS:
            phrase = _phrase_span(child)
            if phrase is not None and any(phrase[0] < s < phrase[1] for s, _ in content):
                return _noun_phrase_span(child)  # "told [the court] she had ...": the content hangs on it
            return phrase
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            if child.i > 0 and child.doc[child.i - 1].lower_ in ("no", "yes") and \
                    _refused_or_granted(child.doc[child.i - 1]) is not None:
                continue  # "said yes to the merger, and no [to the layoffs]": a second thing refused
            objects = [c for c in child.children if c.dep_ == "pobj" and not _inside(c, content)]
            if objects:
                return _phrase_span(objects[0])
    return None


def _occasion_of(verb, content: list[Span]) -> Span | None:
    """When or where it was said: "during a meeting with ...", "on Twitter" (``occasion.py``)."""
    return occasion_span(verb, content)


def _confidence(method: str, source: Span | None) -> float:
    """How sure a construction is: clauses with a subject most, bare objects least."""
    base = {"reported.clause": 0.75, "reported.inverted": 0.65, "reported.as_clause": 0.6,
            "reported.infinitive": 0.6, "reported.plea": 0.6,
            "reported.object": 0.5, "reported.passive": 0.45, "reported.prep": 0.45,
            "reported.answer": 0.6, "reported.participle": 0.45,
            "reported.relative": 0.45}[method]
    return base if source is not None else base - 0.15


# --- spans ------------------------------------------------------------------------------------

def _classify(candidate: Candidate, text: str, quote_spans: list[Span]) -> bool:
    """Mark a content that quotes a few words as mixed; False when it is a direct quote."""
    length = sum(end - start for start, end in candidate.spans)
    inside = sum(_overlap(span, quote_spans) for span in candidate.spans)
    if not inside:
        return not any(_all_quoted(text[start:end]) for start, end in candidate.spans)
    if inside >= DIRECT_SHARE * length and not _leading_words(candidate, text, quote_spans):
        return False
    candidate.kind = "mixed"
    candidate.method += "+mixed"
    return True


_LEAD_IN_PUNCT = frozenset(",:;.!?-\u2013\u2014")


def _leading_words(candidate: Candidate, text: str, quote_spans: list[Span]) -> bool:
    """True when the content opens on words of its own that run into its first quotation:
    'called [it "a significant step"]', where the object is what the speaker names. Words set
    off by a comma or colon ('That said, "..."') only lead in to a quote."""
    start = candidate.spans[0][0]
    first = next((q for q in quote_spans if q[1] > start), None)
    if first is None or first[0] <= start:
        return False
    lead = text[start:first[0]].rstrip().rstrip("".join(QUOTE_CHARS)).rstrip()
    return any(ch.isalnum() for ch in lead) and lead[-1] not in _LEAD_IN_PUNCT


def _overlaps_any(span: Span, starts: list[int], reach: list[int]) -> bool:
    """True when ``span`` overlaps one of the spans whose sorted starts are ``starts`` and whose
    ``reach[i]`` is the furthest end among the first i + 1: a binary search, not a loop over all."""
    i = bisect_left(starts, span[1])  # the spans that start before this one ends
    return i > 0 and reach[i - 1] > span[0]


def _overlap(span: Span, sorted_spans: list[Span]) -> int:
    """How many characters of ``span`` the sorted spans cover."""
    start, end = span
    covered = 0
    for other_start, other_end in sorted_spans:
        if other_end <= start:
            continue
        if other_start >= end:
            break
        covered += min(end, other_end) - max(start, other_start)
    return covered


def _all_quoted(content: str) -> bool:
    """True when the content is itself a whole quotation the direct finder missed or owns."""
    return len(content) > 2 and content[0] in QUOTE_CHARS and content[-1] in QUOTE_CHARS


def _content_span(doc, first: int, last: int) -> Span | None:
    """A content's span over tokens first..last, its trailing aside cut off.

    PolNeAR leaves out of a content what follows it after a comma and only describes it
    (", which ...", ", who ...", an appositive, also after a dash) or goes on with the
    narration (", adding ..."); a content keeps its own subordinate clauses (", though ...",
    ", while ...", ", even if ...").
    """
    first = _after_dateline(doc, first, last)
    end = last
    while end > first and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    for token in doc[first + 2:end + 1]:
        if _conjoined_cue(token):  # "said [the talks failed] and vowed to ...": the speaker's next act
            return _content_span(doc, first, token.left_edge.i - 2)
        if token.left_edge.i > first + 1 and _next_statement(token):
            return _content_span(doc, first, token.left_edge.i - 1)
        start = token.left_edge.i
        if token.right_edge.i < end or start <= first + 1:
            continue
        if doc[start - 1].text in DASHES and not hyphen_in_word(doc[start - 1]) and token.dep_ == "appos":
            return _trimmed(doc, first, start - 2)  # "backed [the pact] — a goal of his": the narration's gloss
        if doc[start - 1].text != ",":
            continue
        if _is_aside(token):
            return _trimmed(doc, first, start - 2)
    return _trimmed(doc, first, last)


def _after_dateline(doc, first: int, last: int) -> int:
    """Where a content starts after a dateline the parser joined to it ("WASHINGTON (AP) — ...",
    "OTTAWA — ...", "HALIFAX, N.S. — ...": a place in capitals, a region, a date, a dash)."""
    for token in doc[first + 1:min(first + DATELINE_MAX, last)]:
        if token.text in DASHES and not hyphen_in_word(token):
            if _ends_dateline(doc, first, token):
                return token.i + 1
            break
        if token.text == ":":  # "SYLHET, June 19: ...", "PATNA: ...", as South Asian papers write a dateline
            # (with the agency in brackets: "KESARGANJ (UNS): ...")
            place = doc[first:token.i - 3] if doc[token.i - 1].text == ")" and doc[token.i - 3].text == "(" else \
                doc[first:token.i]
            if len(place) and _place_in_capitals(place) and not _line_before(doc[first]):
                return token.i + 1
            break
    return first


def _ends_dateline(doc, first: int, dash) -> bool:
    """True when a dash ends a dateline that opens at ``first`` ("BERLIN (Reuters) - ", "OTTAWA — "). A hyphen typed
    with spaces ("US - China relations", "The Labour - Green coalition") joins words more often than it ends a
    dateline: it does only at the start of a line, and not after a word that modifies one after it."""
    if not (doc[dash.i - 1].text == ")" or _place_in_capitals(doc[first:dash.i])):
        return False
    if dash.text != "-":
        return True
    line = _line_before(dash)
    return not _joins_words(dash, line) and not any(t.is_lower for t in line)


def _line_before(token):
    """The tokens of a token's line before it (a label before its colon, a dateline before its dash)."""
    doc, start = token.doc, token.i
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    return doc[start:token.i]


def _joins_words(dash, line) -> bool:
    """True for a hyphen typed with spaces between a word and the one it modifies ("US - China relations", "The
    Labour - Green coalition"), unless it ends a dateline: a ``line`` of capitals with a comma, a bracket or a long
    word in capitals ("MYRTLE BEACH, S.C. - Sen. Ted Cruz", "JERUSALEM - ..."), whatever the parser hung the place
    on."""
    before = dash.doc[dash.i - 1]
    if before.text == ")" or not any(t.is_lower for t in line) and any(
            t.text == "," or t.is_upper and len(t.text) >= 4 for t in line):
        return False
    return before.dep_ in ("compound", "amod", "nmod") and before.head.i > dash.i


def _place_in_capitals(words) -> bool:
    """ "OTTAWA", "ST. JOHN'S, N.L.", "CAMBRIDGE, Mass., Dec. 11", "SAN JOSÉ, Costa Rica": a dateline's
    words before its dash; after the comma, a country or region may be written in title case."""
    if not (len(words[0].text) > 1 and words[0].is_upper and words[0].is_alpha):
        return False
    comma = next((t.i for t in words if t.text == ","), None)
    return all(t.is_upper or t.is_punct or t.like_num or t.text.endswith(".") or
               comma is not None and t.i > comma and t.is_title for t in words)


def _next_statement(token) -> bool:
    """A cue inside a content that opens a statement of its own, set off from the content.

    "[A], claiming that B" / "[A] — asserting B": a participle after a comma or dash is the
    speaker's next act; "[A], and most voters said B" / "[A] while Jones suggests B": a
    coordinate or contrasting clause with its own speaker. The parser often hangs them
    inside the content; PolNeAR makes them statements of their own.
    """
    if token.dep_ not in NEXT_STATEMENT_DEPS and not _participle_hung_on_noun(token) or verb_cue(token) is None:
        return False
    opener = token.left_edge
    before = _before_quote_marks(token.doc, opener.i - 1)
    if token.tag_ == "VBG" and opener.i == token.i:
        if token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            return False  # "called him [a kind, loving and admirable person]": an adjective of a list
        return before.text == "," or before.text in DASHES
    if not _children(token, SUBJECT_DEPS):
        return False
    if opener.dep_ == "mark":
        return opener.lower_ in CONTRAST_MARKS
    if token.dep_ == "conj":
        return before.dep_ == "cc" and token.doc[before.i - 1].text == ","
    return False


# what evidence does ("data showing that ...", "an item suggesting that ..."): the noun's, not the subject's
_EVIDENCE_LEMMAS = frozenset({"show", "suggest", "indicate", "reveal", "demonstrate", "confirm", "find", "prove"})


def _participle_hung_on_noun(token) -> bool:
    """A participle with a "that" clause that closes the sentence, which the parser hung on the noun before its comma
    ("ordered a new trial for a landlord convicted of ..., [ruling] that the judge's instructions ..."): the
    subject's next act, as when it hangs on the verb."""
    return token.dep_ == "acl" and token.tag_ == "VBG" and lemma_of(token) not in _EVIDENCE_LEMMAS and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in token.children) and _closes_its_sentence(token)


def _in_cue_tense(verb) -> bool:
    """A subjectless conjunct of a content in its cue's tense ("say [X is Y] and have called ..."), or in a number the
    content's subject cannot take ("said [the poles were damaged] and expects ...")."""
    return _clause_in_cue_tense(verb) is not None


def _clause_in_cue_tense(verb):
    """The content clause whose cue's tense (or number) the subjectless conjunct ``verb`` takes, else None: the clause
    it hangs on, or the clause of the infinitive it hangs on ("said [the district would ask a court to halt the order]
    and accused ...": the parse hung the conjunct on the infinitive)."""
    if verb.dep_ != "conj" or _children(verb, SUBJECT_DEPS):
        return None
    if _tense_of_cue(verb, verb.head, verb.head.head):
        return verb.head
    clause = _clause_of_infinitive(verb.head)
    return clause if clause is not None and _tense_of_cue(verb, clause, clause.head) else None


def _told_clause(verb):
    """The content a subjectless conjunct cue follows: the clause of the infinitive it hangs on when only that one is
    in another tense than the cue, else the first conjunct of the clause it hangs on ("said [contractors had been
    mobilised and would close ...] and promised ...")."""
    clause = _clause_in_cue_tense(verb)
    if clause is not None and clause.i != verb.head.i:  # (spaCy makes a new Token on each access: compare places)
        return clause
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i and _cue_of_content(clause) is None:
        clause = clause.head
    return clause


def _clause_of_infinitive(content):
    """The reported clause an infinitive hangs on ("would ask a court [to halt] ..."), else None."""
    clause = content
    while clause.dep_ == "xcomp" and clause.tag_ == "VB" and clause.head.i != clause.i:
        clause = clause.head
    return clause if clause is not content and _cue_of_content(clause) is not None else None


def _tense_of_cue(verb, content, cue) -> bool:
    """Whether the subjectless conjunct ``verb`` of ``content`` is in the tense or number of ``cue``."""
    while cue.dep_ == "xcomp" and cue.tag_ == "VB" and cue.head.i != cue.i:
        cue = cue.head  # "declined to say [whether ...] but said ...": the finite verb the infinitive hangs on
    cue = _medium_clause_cue(content) or cue
    tense = _finite_tag(cue)
    if verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower() and _finite_tag(content) == "MD" and \
            not _children(verb, {"aux", "auxpass"}):
        return False  # "said [the cut would cost $18m and put 150 jobs at risk]": "put", "cost", "cut" after a modal
    if tense in FINITE_TAGS and verb.tag_ == "VBZ" and verb_cue(verb) is not None and \
            any(s.tag_ in ("NNS", "NNPS") for s in _children(content, {"nsubj", "nsubjpass"})):
        return True  # "said [more than 400 poles were damaged] and expects ...": no plural subject "expects"
    return tense in FINITE_TAGS and _conjunct_tag(verb, content) == tense != _finite_tag(content)


def _cue_of_content(content):
    """The cue whose clausal content ``content`` heads, the parser's clause of a medium included; else None."""
    if content.dep_ in ("ccomp", "xcomp") and verb_cue(content.head) is not None:
        return content.head
    return _medium_clause_cue(content)


def _medium_clause_cue(content):
    """The cue of a content the parser made a relative clause of the medium ("said in a statement [that ...]"),
    else None."""
    medium = content.head
    if content.dep_ not in ("relcl", "acl") or medium.pos_ != "NOUN" or medium.lower_ not in MEDIUM_NOUNS or \
            medium.dep_ != "pobj" or medium.head.dep_ != "prep" or verb_cue(medium.head.head) is None or \
            not _children(content, SUBJECT_DEPS):
        return None  # not "said in a statement [released] Monday": a clause has its subject
    return medium.head.head


def _conjunct_tag(verb, content) -> str:
    """The tense tag of a subjectless conjunct: a past participle with no auxiliary of its own after a clause whose
    only auxiliary is a modal is a past tense the tagger misread ("would get a vote and [called] it ..."): it cannot
    share "would"."""
    if verb.tag_ == "VBN" and not _children(verb, {"aux", "auxpass"}):
        auxiliaries = _children(content, {"aux", "auxpass"})
        if auxiliaries and all(a.tag_ == "MD" for a in auxiliaries):
            return "VBD"
    return _finite_tag(verb)


def _trailing_participle(verb) -> bool:
    """A subjectless participle cue after a comma or dash: "..., claiming that ..."."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and _next_statement(verb)


def _before_quote_marks(doc, i: int):
    """The token at ``i`` or, when it is a closing quotation mark, the last one before it ("party,” claiming")."""
    while i > 0 and doc[i].text in QUOTE_CHARS | {"''"}:
        i -= 1
    return doc[i]


def _conjoined_cue(token) -> bool:
    """A subjectless reporting verb conjoined inside a content: the outer speaker's next act.

    The tenses tell: "say [they are worried ... and want to deny him a chance]" goes on
    with the content, "says [the talks failed] and vowed to ..." does not; when all three
    agree, a verb of speech is the speaker's next act ("said [the talks failed] and vowed
    to ...") and one of attitude the content's ("said [she wanted change but found ...]").
    """
    entry = verb_cue(token)
    if token.dep_ != "conj" or entry is None or _children(token, SUBJECT_DEPS):
        return False
    if any(t.tag_ == "``" or t.text in ("“", "‘") for t in token.doc[token.left_edge.i:token.i]):
        return False  # 'said the company ... and would "not comment on ..."': the speaker's words, quoted
    if _withheld(token):  # "... but [would not say] how": the modal and "not" open it
        return token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].dep_ == "cc"
    if token.left_edge.i != token.i or token.doc[token.i - 1].dep_ != "cc":
        return False
    if lemma_of(token) in _FINDING_LEMMAS and any(
            s.lemma_.lower() in _FINDING_NOUNS for s in _children(token.head, {"nsubj", "nsubjpass"})):
        return False  # "said [the findings were 'sobering' and showed why ...]": what the findings show
    if _in_cue_tense(token) or outer_reporter(token) is not None:
        return True
    if entry.act == "speech" and any(_mute_amount(s) for s in _children(token.head, {"nsubj", "nsubjpass"})):
        return True  # "told MPs [2.1 billion shillings had been released] and blamed ...": an amount blames no one
    if entry.act == "speech" and _that_clause(token) and _body_says_it(token):
        # "[The authority] said [it had closed the trail] and warned that ...": the body's own second statement,
        # whichever verb the "had" reaches (not "Witnesses say [he] ran ... and shouted that ...": his words)
        return True
    tense = _finite_tag(token)
    return entry.act == "speech" and tense == _finite_tag(token.head) == _finite_tag(token.head.head)


def _mute_amount(subject) -> bool:
    """True for an amount that does no speaking: money, a quantity, things counted ("2.1 billion shillings", "300
    jobs"), a share of things ("40 percent of the funds"); not people counted or a share of them ("two herders", "40
    percent of residents ... complained")."""
    counted = any(c.dep_ == "nummod" for c in subject.children) and subject.pos_ == "NOUN"
    if subject.ent_type_ not in _AMOUNTS and not counted or counted and _speaking_noun(subject):
        return False
    shared = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in _children(p, {"pobj"})]
    return not any(_speaking_noun(o) for o in shared)


def _speaking_noun(noun) -> bool:
    """A noun for those who can speak: a source's noun (``_a_person_noun``), people named by what they do
    ("residents", "voters"), a person's, a body's or a company's noun."""
    lemma = noun.lemma_.lower()
    return _a_person_noun(noun) or noun.tag_ == "NNS" and people_by_ending(noun.text) or \
        lemma in PERSON_NOUNS or lemma in ORGANIZATION_WORDS or lemma in BODY_NAME_ENDINGS or lemma in COMPANY_NOUNS


def _body_says_it(verb) -> bool:
    """True when the content a conjunct ``verb`` hangs on has "it" for its subject and the cue above it a body's
    name or a body's noun, in the singular: the body speaking of itself."""
    content = verb.head
    cue = content.head
    if not any(s.lower_ == "it" for s in _children(content, {"nsubj"})) or verb_cue(cue) is None:
        return False
    speakers = _children(cue, {"nsubj"})
    return bool(speakers) and speakers[0].tag_ in ("NN", "NNP") and speakers[0].ent_type_ != "PERSON" and (
        speakers[0].ent_type_ == "ORG" or speakers[0].lemma_.lower() in ORGANIZATION_WORDS | COMPANY_NOUNS)


def _that_clause(verb) -> bool:
    """True when a verb has a clause of its own opened by "that"."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children)


# the entities of a content subject that does no speaking ("[40 percent] ... and blamed"); not CARDINAL: "two",
# who may
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


# what a finding does, which no speaker does after a comma ("said the findings were grim and showed ...")
_FINDING_LEMMAS = frozenset({"show", "indicate", "demonstrate", "prove", "reveal", "underline", "underscore"})
_FINDING_NOUNS = DOCUMENT_WORDS | frozenset({"finding", "findings", "result", "results", "number", "numbers",
                                              "evidence", "figure", "statistic", "statistics", "model", "trend"})


# what a source withholds: "would not say how", "would not comment", "could not confirm it"
_WITHHELD_LEMMAS = frozenset({"say", "comment", "elaborate", "disclose", "specify", "confirm", "discuss", "reveal"})


def _withheld(verb) -> bool:
    """A source's refusal conjoined to the content it gave ("Police said [the two knew each other] but would not say
    how"): a negated speech verb after a modal of the past tells what the source did not say, not the content's."""
    return lemma_of(verb) in _WITHHELD_LEMMAS and verb.tag_ == "VB" and bool(_children(verb, {"neg"})) and \
        any(c.dep_ == "aux" and c.lower_ in ("would", "could", "did") for c in verb.children) and \
        verb.head.dep_ == "ccomp" and verb_cue(verb.head.head) is not None


def outer_reporter(verb):
    """The cue whose content the parse hung a next statement of its speaker in, else None: a subjectless speech verb
    conjoined in the content, with a "that" clause of its own and in the outer cue's tense ("said [the sticking point
    was who would patrol once troops pulled back] and cautioned that ...", "rejected [the claim that she steered it to
    a company whose board included him] and maintained that ...")."""
    entry = verb_cue(verb)
    # or conjoined to a relative clause of a thing, in another tense or with words said of its own ("said [the House
    # would vote on a bill that would fund ...] and accused Democrats of "...", "said [it hit towns that had lost
    # ...] and said it would ..."; not "ordered Trackways, which owns and maintains the line, to ...")
    of_a_thing = verb.head.dep_ == "relcl" and all(s.tag_ == "WDT" for s in _children(verb.head, SUBJECT_DEPS)) and \
        (_finite_tag(verb) != _finite_tag(verb.head) or bool(_children(verb, {"ccomp"})) or
         any(t.is_quote for t in verb.doc[verb.i + 1:verb.right_edge.i + 1]))
    if verb.dep_ != "conj" or entry is None or entry.act != "speech" or _children(verb, SUBJECT_DEPS) or \
            _finite_tag(verb) not in FINITE_TAGS or \
            not (of_a_thing or any(_has_that(c) for c in _children(verb, {"ccomp"}))):
        return None
    if not of_a_thing and any(s.pos_ == "PRON" or s.ent_type_ == "PERSON" for s in _children(verb.head, SUBJECT_DEPS)):
        return None  # "the man was arrested after he returned home and told officers that ...": his own words
    return next((a for a in verb.head.ancestors if verb_cue(a) is not None and _children(a, SUBJECT_DEPS) and
                 _finite_tag(a) == _finite_tag(verb)), None)


def _is_aside(token) -> bool:
    """A trailing ", which ..." / ", who ..." clause, a cue (", adding ...", ", he said") or a
    comparison (", compared with ...").

    A subordinate clause without a cue stays: "[X leads, while Y trails]", "[..., even if
    ...]" are what was said (PolNeAR train keeps them far more often than not).
    """
    if token.dep_ == "relcl":
        return token.left_edge.lower_ in ("which", "who")
    if token.dep_ == "appos":  # "endorsed [Jones], a former rival": the narration describes Jones
        if token.pos_ == "PROPN" and token.head.pos_ == "NOUN":
            return False  # "[the party's nominee, Jones]": the name says who, no aside
        return not _children(token, {"conj"})  # "[his book, The Road, and his campaign]": a list
    if verb_cue(token) is not None and token.dep_ in ("advcl", "parataxis", "ccomp", "conj"):
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            return False  # "said [he would freeze hiring, that he would ask Congress ...]": one more thing said
        return token.tag_ == "VBG" or bool(_children(token, SUBJECT_DEPS))  # the speaker's cue
    return token.dep_ == "advcl" and token.lower_ == "compared"


def _trimmed(doc, first: int, last: int) -> Span | None:
    """Character span of tokens first..last without edge punctuation and conjunctions.

    Quotation marks stay when the content opens or closes a quotation inside it.
    """
    while first <= last and _droppable(doc[first]):
        first += 1
    while last >= first and _droppable(doc[last]) and not _closes_inside(doc, first, last):
        last -= 1
    if last < first:
        return None
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and \
            not doc[first - 2].whitespace_ and doc[first - 2].is_alpha:
        first -= 2  # "[pre-orders] for the vinyl edition ...": the parser gave "pre" to the cue
    if last + 1 < len(doc) and doc[last + 1].tag_ == "''" and _opens_unclosed(doc[first:last + 1]):
        last += 1  # "to be 'livid'": the parser hung the closing mark on the cue; the quotation is the content's
    if last == first and doc[first].is_punct:
        return None
    return (doc[first].idx, _end(doc[last]))


def _opens_unclosed(tokens) -> bool:
    """True when ``tokens`` open more quotations than they close (by the tagger's opening and closing tags)."""
    depth = 0
    for t in tokens:
        depth += (t.tag_ == "``") - (t.tag_ == "''")
    return depth > 0


def _closes_inside(doc, first: int, last: int) -> bool:
    """A last token that belongs to the content: "[30%]", the bracket of "[the union (EU)]"."""
    token = doc[last]
    if token.text == "%":
        return last > first and doc[last - 1].like_num
    if token.text in (")", "]"):
        opener = "(" if token.text == ")" else "["
        depth = 0
        for t in doc[first:last]:
            depth += (t.text == opener) - (t.text == token.text)
        return depth > 0
    return False


def _droppable(token) -> bool:
    """An edge token that is not part of a content: punctuation, an "and"/"but" at its edge."""
    if token.is_space:
        return True
    if _is_quote_mark(token):
        return False
    if token.is_punct:
        return True
    return token.dep_ == "cc"


def _phrase_span(token) -> Span | None:
    """The character span of a token's whole phrase, edge punctuation dropped."""
    if token is None:
        return None
    return _trimmed(token.doc, token.left_edge.i, token.right_edge.i)


def _noun_phrase_span(noun) -> Span | None:
    """A noun's phrase up to the noun itself (its relative clause left out)."""
    return _trimmed(noun.doc, noun.left_edge.i, noun.i)


_PLACE_OR_BODY = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _antecedent_span(noun, pronoun) -> Span | None:
    """ "Smith, who said ...": the antecedent's phrase through the relative pronoun.

    The mention keeps the name for speaker resolution and the pronoun the text gives. A
    "who" after the place in a role apposed to a name ("Priya Anand, an analyst at [Mercer
    Hollis], who estimates ...") is the named person's, the parse's nearest noun aside.
    """
    if pronoun.lower_ in ("who", "whom", "whose") and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        role = noun.head.head
        if role.pos_ == "NOUN" and role.dep_ == "appos" and role.head.pos_ == "PROPN" and role.head.i < role.i:
            noun = role.head
        elif noun.ent_type_ in _PLACE_OR_BODY and role.pos_ in ("NOUN", "PROPN") and \
                role.ent_type_ not in _PLACE_OR_BODY and role.i < noun.i:
            noun = role  # "officials in [Kharkiv], who said ...": people, not the place
    elif pronoun.lower_ == "which" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
            noun.head.head.lemma_.lower() in DOCUMENT_WORDS and noun.head.head.i < noun.i:
        noun = noun.head.head  # "a poll by [YouGov], which found ...": the poll
    phrase = _noun_phrase_span(noun)
    return (phrase[0], _end(pronoun)) if phrase else (pronoun.idx, _end(pronoun))


def _children(token, deps: frozenset[str]) -> list:
    return [c for c in token.children if c.dep_ in deps]


def _indirect(spans: list[Span], cue: Span, source: Span | None, act: str, confidence: float,
              method: str) -> Candidate:
    """An indirect statement as the constructions other than reporting verbs find it."""
    return Candidate(spans=spans, kind="indirect", cue=cue, source=source, act=act,
                     confidence=confidence, method=method)


def _token_span(token) -> Span:
    return (token.idx, _end(token))


def _inside(token, spans: list[Span]) -> bool:
    return any(start <= token.idx < end for start, end in spans)


def _end(token) -> int:
    return token.idx + len(token.text)
