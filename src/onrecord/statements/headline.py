"""Headline quotes: `Speaker: "quote"`, `Speaker: quote` and `"Quote," says X (after ...)` in a headline,
and the reported clause of `Clause, says X` ("Bridge will open in May, says mayor").

The headline is ``Article.headline``; when the article stage set none, the first line
counts when it is short and followed by a blank line. Lines at the top of the text that
repeat the headline (a title printed twice, an outlet prefix glued to it) are headline
lines too: the body scan skips them, so one headline quote is recorded once.
"""
from __future__ import annotations

import re
from typing import Callable

from ..records import Article, Span
from ..speakers.types import (ANONYMOUS_WORDS, DOCUMENT_WORDS, GIVEN_NAMES, KIN_WORDS,
                              ORGANIZATION_WORDS, PERSON_NOUNS, is_honorific, is_role_word, people_by_ending)
from ..title_case import HEADLINE_VERBS, a_headline_verb
from .candidates import Candidate

_MAX_HEADLINE = 300
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of|the|de|van|von|al|bin|[A-Z][\w.'’-]*)){0,7}"
_SPEAKER = r"(?P<speaker>" + _NAME + r")"
_MARKED = re.compile(_SPEAKER + r"\s*:\s*(?P<open>[\"“«„‘'])(?P<quote>.+?)(?P<close>[\"”»“’'])\s*$")
# what a person's name may head as a body that speaks for them ("Kessler camp: ...", "Kessler spokesman: ...")
CAMP_WORDS = frozenset({"camp", "campaign", "aides", "allies", "spokesman", "spokeswoman"})
# (the words may open with a phrase in marks: "Ann Lind: 'Of Course' the Bridge Will Open")
_UNMARKED = re.compile(r"(?P<speaker>" + _NAME +
                       r"(?:\s+(?:" + "|".join(sorted(CAMP_WORDS)) + r"))?)\s*:\s+(?P<quote>[A-Z\"“‘'].{8,})$")
# What may follow the speaker in "'Quote', says X after the vote": a phrase of time, place or cause.
_TAIL_WORDS = r"(?i:after|as|over|amid|before|during|at|in|on|of|about|ahead|while|despite|following)"
# lower-case words may describe the name before it ("fumes telly chef Varga", "admits Scotland coach Brennan"),
# but not open a tail phrase
_TAIL_SPEAKER = (r"(?P<speaker>(?:(?!" + _TAIL_WORDS + r"\b)[a-z][\w'’-]*\s+){0,3}"
                 r"[A-Z][\w.'’-]*(?:\s+(?!" + _TAIL_WORDS + r"\b)(?:of|the|de|van|von|al|bin|"
                 r"[A-Z][\w.'’-]*|[a-z][\w'’-]*(?=\s+[A-Z]))){0,7})")
# Headline speech verbs, in the present tense of headlines; tabloids favour the loud ones.
_HEAD_CUES = (r"says|said|warns|insists|claims|admits|vows|tells|urges|pleads|reveals|declares|denies|"
              r"fumes|blasts|slams|gushes|jokes|quips|boasts|laughs|rages|hits\s+back|hits\s+out|fires\s+back|"
              r"lashes\s+out")
# the headline cues that are speech in Title Case too ("'We Did It': Premier Lind Tells Crowd"; not "Zoo Admits
# Record Visitors", "Rovers Claims Title")
_TITLE_HEAD_CUES = r"Says|Said|Warns|Insists|Vows|Tells|Urges|Pleads|Reveals|Declares|Denies|Fumes|Blasts|Slams|" \
    r"Gushes|Jokes|Quips|Boasts|Laughs|Rages|Hits\s+Back|Hits\s+Out|Fires\s+Back|Lashes\s+Out"  # not "Admits",
# "Claims" (visitors, a title)
# those of them that are also acts ("Fire Rages Through Towns", "Navy Blasts Positions", "Kerr Slams Home Winner"):
# speech only when a person does them
_TITLE_ACT_CUES = re.compile(r"Reveals|Declares|Blasts|Slams|Boasts|Rages|Hits\s+Back|Fires\s+Back")
# words after a headline verb that make it an act ("Slams Home Winner", "Slams Brakes On Hiring", "Hits Back To Draw")
ACT_AFTER_CUE = re.compile(r"\s+(?i:home|brakes|door|shut|into|back\s+to)\b")
# a label may open the line, no part of the quote nor its speaker: "Dengue: 'Hospitals are full', warns doctor"
# (or the speaker a pronoun after the quote stands for: "Ann Lind: 'I will not resign', she says")
_LABEL = r"(?:(?P<label>[A-Z][^\"“”«»‘’:,]{0,40}):\s+)?"
# the quote, in marks and with a comma, that opens such a headline
_QUOTE_FIRST = r"^\s*" + _LABEL + r"[\"“«‘'](?P<quote>.+?)[,]?[\"”»’'],?\s+"
_SAYS = re.compile(_QUOTE_FIRST + r"(?P<cue>(?i:" + _HEAD_CUES + r"))\s+"
                   + _TAIL_SPEAKER + r"(?:,?\s+" + _TAIL_WORDS + r"\b.*)?\s*$")
# the cue may have its addressee or a phrase after it: '"...," Varga tells rally', "'We Had No Choice', Chairman Says
# As Whitmoor Axe Kessler After Seven Straight Defeats"
_SAYS_BEFORE = re.compile(_QUOTE_FIRST + _SPEAKER + r"\s+(?P<cue>"
                          + _HEAD_CUES + r"|" + _TITLE_HEAD_CUES + r")\b(?:\s+[^\"“”«»]{1,40}|\s+" + _TAIL_WORDS +
                          r"\b[^\"“”«»]{1,80})?\s*$")
# "'This is not our town,' neighbor tells board", "'She was our light,' mother says at vigil": a person named
# by what they are, in lower case as local papers write it; the noun is checked in ``find_headline_quote``
_SAYS_BEFORE_NOUN = re.compile(_QUOTE_FIRST +
                               r"(?P<speaker>(?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+"
                               r"(?P<cue>" + _HEAD_CUES + r"|say|tell|warn|urge|insist|claim)\b"
                               r"(?:\s+[^\"“”«»]{1,60})?\s*$")
# "'We are full, and it's only March', says rescue founder": the cue first, then a person named by what they are,
# in lower case (the noun is checked in ``find_headline_quote``); a phrase of time or cause may follow, after a comma
# too ("'We are rationing tablets', say pharmacists, as shortage deepens")
# ("Football: 'Ten Hag Must Go', Say Fans": in Title Case, the noun's capital is no name's)
_SAYS_NOUN = re.compile(_QUOTE_FIRST + r"(?P<cue>(?P<title>Says?)|" + _HEAD_CUES + r"|say)\s+"
                        r"(?P<speaker>(?:[\w'’-]+\s+){0,2}(?(title)[A-Za-z]|[a-z])[\w'’-]*)"
                        r"(?:,?\s+" + _TAIL_WORDS + r"\b.*)?\s*$")
# ("'We slept on the floor', say stranded Skyvale passengers": a place's name among the words before the noun)
_NOT_A_SPEAKER = r"(?!(?i:what|and|as|here['’]s|how|why|who|but|or|so)\b)"  # "..., here's what experts say"
# "Union calls 3% offer 'an insult'", "Mayor brands plan 'a disgrace'": what was called, and what it was called
# in marks; the speaker opens the headline or the clause after "as" ("Pay talks stall as union calls ...")
_CALL_SPEAKER = (r"^\s*(?:[^\"“”«»‘']{1,80}?\s(?:as|after|while)\s+)?"
                 r"(?P<speaker>" + _NOT_A_SPEAKER + r"[A-Za-z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}?)\s+")
# a phrase of time or place may close it ("Bill Clinton calls Obamacare 'crazy system' during campaign stop"), not
# the cause ("Christie Calls Clinton 'A Disgrace' Over Comments" is one judgement, found with its cause by reported.py)
_CALL_TAIL = r"(?:\s+(?i:after|amid|before|during|at|in|ahead|while|following|despite)\b[^\"“”«»‘’]{1,60})?\s*$"
# (or a list of words in marks: "Former leader Varga calls bridge plan 'stupid', 'useless'")
_CALLS = re.compile(_CALL_SPEAKER + r"(?P<cue>(?i:calls?(?:\s+for)?|brands?|labels?|dubs?))\s+"
                    r"(?!(?i:off|up|out|in|back|on|time)\b)"
                    r"(?P<quote>(?:[^\"“”«»‘]{1,60}?\s)?[\"“‘'][^\"“”«»‘’]{2,60}[\"”’']"
                    r"(?:,?\s+(?:(?i:and|or)\s+)?[\"“‘'][^\"“”«»‘’]{2,60}[\"”’']){0,2})" + _CALL_TAIL)
# the verbs of judgement put "as" before the words in marks: "Lawmakers Rip Trump As A 'Disgusting Fraud'"
_JUDGES = re.compile(_CALL_SPEAKER + r"(?P<cue>(?i:rips?|slams?|blasts?|denounces?|derides?|mocks?|describes?|"
                     r"dismiss(?:es)?|condemns?|decr(?:y|ies)|hails?|praises?|lauds?))\s+"
                     r"(?P<quote>[^\"“”«»‘]{1,60}?\s(?i:as)\s+(?:(?i:an?|the)\s+)?[\"“‘'][^\"“”«»‘’]{2,60}"
                     r"[\"”’'])" + _CALL_TAIL)
# "accuses" puts "of" before them, a word or two after the marks part of it: "Bogota mayor accuses president of
# 'sabotaging' metro" (not "Minister slams leak of 'secret' report", a scare quote in a noun phrase)
_ACCUSES = re.compile(_CALL_SPEAKER + r"(?P<cue>(?i:accuses?))\s+"
                      r"(?P<quote>[^\"“”«»‘]{1,60}?\s(?i:of)\s+[\"“‘'][^\"“”«»‘’]{2,60}"
                      r"[\"”’'](?:\s+(?!" + _TAIL_WORDS + r"\b)[a-z][\w'’-]*){0,2})" + _CALL_TAIL)
# "Reeve-Hanlon promises 'a home for every nurse' in first speech", "Mayor vows 'no more delays'": what is promised,
# vowed or denied, in marks right after the cue (a phrase of time or place may close the line, as after "calls")
# ("Union boss says 'back at work'" is left to the reported clauses, as "says" takes any clause)
_PROMISES = re.compile(_CALL_SPEAKER + r"(?P<cue>(?i:promises?|pledges?|vows?|insists?|admits?|denies?))\s+"
                       r"(?P<quote>[\"“‘'][^\"“”«»‘’]{2,80}[\"”’'])" + _CALL_TAIL)
# a topic before a colon opens some ("Typhoon Haiyin: No 8 signal likely, Observatory says"): no part of what is
# said, which may open in lower case after it ("Brexit: deal is close, says minister")
_TOPIC = r"(?P<topic>[A-Z][^\"“”«»:,]{0,40}:\s+)?"
_TOPIC_FIRST = r"(?(topic)[A-Za-z]|[A-Z])"
# (but "Ann Lind: I will not resign, she says" names its speaker before the colon)
_PRONOUN_SPEAKERS = frozenset({"he", "she", "they", "we", "i"})
# "Bridge will open in May, says mayor": a clause without marks, set off by a comma before the cue; the
# cue makes it a statement as surely as marks would. The speaker may be a bare role ("mayor", "city officials").
# Only verbs that take no object: "Lind Wins Seat, Slams Rivals" is a second verb phrase, not a speaker.
_CLAUSE_SAYS = re.compile(r"^\s*" + _TOPIC + r"(?P<quote>" + _TOPIC_FIRST + r"[^\"“”«»:]{8,}?),\s+"
                          r"(?P<cue>(?i:says|said|insists))\s+"
                          r"(?P<speaker>(?:(?!" + _TAIL_WORDS + r"\b)[\w.'’-]+\s+){0,3}(?!" + _TAIL_WORDS +
                          r"\b)[\w.'’-]+)(?:\s+" + _TAIL_WORDS + r"\b.*)?\s*$")
# "Floods leave 1.2 million in need, warns Tidewater Aid", "Jobs will go, admits minister": a stance in British order,
# the speaker last on the line, a name with its glue words ("Bank of England") or a person's noun in lower case; the
# speaker is checked in ``find_headline_quote`` (a person's noun, or a name the body writes), as the cue may take an
# object ("..., warns rivals")
_CLAUSE_STANCE = re.compile(r"^\s*" + _TOPIC + r"(?P<quote>" + _TOPIC_FIRST + r"[^\"“”«»:]{8,}?),\s+"
                            r"(?P<cue>(?i:warns|admits|claims|predicts))\s+"
                            r"(?P<speaker>[A-Z][\w.'’&-]*(?:\s+(?:(?:of|for|the|and|&)\s+)*[A-Z][\w.'’&-]*)*"
                            r"|(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s*$")
# "Missile strike kills 14, officials say", "Man charged after shooting, police say": the wire's order, the
# speaker before the cue; a plural or a body as often as a name, or a document ("..., file shows", "..., poll finds")
_CLAUSE_SAY_AFTER = re.compile(r"^\s*" + _TOPIC + r"(?P<quote>" + _TOPIC_FIRST + r"[^\"“”«»:]{8,}?),\s+"
                               r"(?P<speaker>(?:" + _NOT_A_SPEAKER +
                               r"[\w.'’-]+\s+){0,2}" + _NOT_A_SPEAKER + r"[\w.'’-]+)\s+"
                               r"(?P<cue>(?i:says|say|said|shows|show|finds|find|tell|tells|warns|warn|claims|claim|"
                               r"insists|insist|admits|admit|predicts|predict|pledges|pledge|vows|vow|promises|promise|"
                               r"assures|assure))"
                               r"(?:\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)?\s*$")
# ("Water bill 'rushed', councils tell select committee": the hearers after "tell")
# cues that end the line when the clause before is what they report: "Strike to go ahead, union warns", not
# "Stampede kills 12, CM vows strict action" or "..., landslide claims three lives"
# cues that take their hearers after them in a headline: "..., Lagat assures MPs", "..., councils tell committee"
_TELL = frozenset({"tell", "tells", "assure", "assures"})
# who, besides a document, finds things: "Migrants Held for Days in Cells, Watchdog Finds"
_FINDERS = frozenset({"watchdog", "watchdogs", "regulator", "auditor", "auditors", "inspector", "inspectors",
                      "inspectorate", "researchers", "scientists", "ombudsman", "inquiry", "review"})
_STANCE_AFTER = frozenset({"warns", "warn", "claims", "claim", "insists", "insist", "admits", "admit", "predicts",
                           "predict", "pledges", "pledge", "vows", "vow", "promises", "promise"})
# "Potholes to be filled before monsoon: civic chief", "Will not quit: PM": the statement first and its
# speaker after a colon, as Indian and some British papers write it. The speaker is a role (its last word
# one of ROLE_WORDS, checked in ``_role_or_body_name``) or a surname of the body, so that "Storm Imre:
# live updates" and "Budget 2026: key points" say nothing. Where it was said may follow ("...: CM Rao at
# Kesarganj rally", "...: PM in Lok Sabha"; not "...: Minister Rao in trouble").
_CLAUSE_COLON = re.compile(r"^\s*(?P<quote>[A-Z][^\"“”«»:]{12,}?)\s?(?P<cue>:|(?<=\s)[–—])\s+"
                           r"(?P<speaker>(?:[A-Za-z][\w.'’-]*\s+){0,2}?[A-Za-z][\w.'’-]*)"
                           r"(?:\s+(?:at\s+[^\"“”«»:]{3,40}|in\s+[A-Z][^\"“”«»:]{2,40}))?\s*$")
# "Obama on Climate Change: The Trends Are 'Terrifying.'": a person, what they spoke on, then their words (the person
# is checked in ``find_headline_quote``: "Focus on Jobs: ..." says nothing)
_ON_TOPIC = re.compile(r"^\s*" + _SPEAKER + r"\s+(?P<cue>on\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*:)\s+"
                       r"(?P<quote>[A-Z\"“‘'][^:]{8,})$")
# "Lind to Teachers: Pay Rise Is Coming", "Former AG Pratt at Convention: Plan hurts farmers": the person, whom they
# spoke to or where, then their words (the person is checked in ``find_headline_quote``, and that the words after
# "to" are no verb in ``_headline_speaker``: "Lind to Visit Mill Town: What to Expect" says nothing)
_TO_COLON = re.compile(r"^\s*(?P<speaker>[A-Z][\w.'’-]*(?:\s+(?!(?i:to|at)\b)[A-Z][\w.'’-]*){0,3})\s+"
                       r"(?P<prep>(?i:to|at))\s+(?P<place>(?:the\s+)?[A-Z][^:\"“”«»]{1,60}?)\s*(?P<cue>:)\s+"
                       r"(?P<quote>[A-Z\"“‘'][^:]{8,})$")
# 'Ferry captain tells inquiry: "..."': the words before the speech verb are the speaker, a role too.
_CUE_COLON = re.compile(r"^\s*(?P<speaker>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}?)\s+(?P<cue>" + _HEAD_CUES +
                        r")\b[^:\"“”«»]{0,40}:\s*(?P<open>[\"“«„‘'])(?P<quote>.+?)(?P<close>[\"”»“’'])\s*$")
# "Manager 'forged records', jury told", "Driver was on phone, inquest hears", "..., murder trial hears": court
# headlines state the evidence and name who heard it, not who gave it (no speaker; the court is the addressee).
# a quotation mark, not an apostrophe inside or after a word ("Manager’s van", "O’Donnell", "drivers' union")
_QUOTE_MARK = re.compile(r"[\"“”«»„]|(?<!\w)['‘’]|['‘’](?![\w\s])|['‘’]$")
# Bodies that hear evidence: "the jury heard that ...", "..., inquest told" report what they were told
HEARING_BODIES = frozenset({"jury", "court", "inquest", "tribunal", "hearing", "trial", "inquiry", "committee",
                            "panel", "magistrate", "magistrates", "coroner", "commission"})
_HEARD = re.compile(r"^\s*(?P<quote>[A-Z\"“‘'].{10,}?),\s+(?P<speaker>(?i:(?:the\s+)?"
                    r"(?:(?!(?:after|as|when|before|while|until|since|and|but|or|the)\b)[a-z][\w'’-]*\s+)?(?:"
                    + "|".join(sorted(HEARING_BODIES)) + r")))\s+(?P<cue>(?i:hears|heard|(?:is\s+|was\s+)?told))\s*$")
# The feature headline '"Bread is the easy part": the baker who feeds a valley': "who" makes the
# phrase after the colon a person (or people), the quote's speaker.
# a headline that a quote opens, perhaps after a label ("Assam floods: 'Our homes are under water' - villagers")
_QUOTE_THEN = r"^\s*" + _LABEL + r"(?P<open>[\"“«„‘'])(?P<quote>.+?)(?P<close>[\"”»“’'])\s*"
_QUOTE_WHO = re.compile(_QUOTE_THEN + r"(?P<cue>:)\s+(?P<speaker>(?:[Tt]he|[Aa]n?|"
                        r"[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,4}?)\s+who\b.*$")
# "'We will answer every call': new police chief sets out her plans": a role, then what the role holder
# does (a verb in the present tense of headlines); the role word is checked in ``find_headline_quote``.
_QUOTE_ROLE_DOES = re.compile(_QUOTE_THEN + r"(?P<cue>:|[-–—])\s+(?P<speaker>(?:[Tt]he\s+|[Aa]\s+)?"
                              r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?P<does>[A-Za-z][a-z]+s)\b.*$")
# "'We can double shell output by 2028': Halberd Systems chief", "'It was chaos' - witness": a quote, then only whose
# words they are by what the speaker is (the last word is checked in ``find_headline_quote``: a role, an epithet),
# perhaps with what the words are on ("'We could not staff it safely': hospital's CEO on closing the unit")
_QUOTE_ROLE = re.compile(_QUOTE_THEN + r"(?P<cue>:|\s[-–—])\s+(?P<speaker>(?:[Tt]he\s+|[Aa]n?\s+)?"
                         r"(?:[\w.'’&-]+\s+){0,3}[\w'’-]+)(?:\s+" + _TAIL_WORDS + r"\b.*)?\s*$")
# '"Will Win All Seats": Minister Ana Varga On Polls' and "'...' - Varga", common forms of headline
# abroad; the name must be the body's (``_named_in_body``), or a title-case clause ('"Dead": Senate
# Kills Bill') would speak.
_QUOTE_NAME = re.compile(_QUOTE_THEN + r"(?P<cue>:|[-–—])\s+" + _TAIL_SPEAKER +
                         r"(?:\s+" + _TAIL_WORDS + r"\b.*)?\s*$")
# "'He's a liar': Kelsey blasts ex", "'We are broke' - Varga slams council": a quote, then its speaker and
# a headline speech verb; the name must be the body's (``_named_in_body``).
_QUOTE_NAME_CUE = re.compile(_QUOTE_THEN + r"(?::|[-–—])\s+" + _TAIL_SPEAKER + r"\s+(?P<cue>" + _HEAD_CUES +
                             r"|" + _TITLE_HEAD_CUES + r")\b.*$")
# "'We will find the people who did this': detective's vow after couple bashed", "'Bring him home' - parents' plea":
# the quote, then whose words they are as a possessive before a noun of speech (the owner is checked in
# ``find_headline_quote``: a person by what they are, or a name the body gives)
_SPEECH_NOUNS = r"vow|plea|pledge|promise|warning|message|appeal|words|tribute|verdict|call|cry|demand|challenge|claim"
_QUOTE_OWNED = re.compile(_QUOTE_THEN + r"(?::|[-–—])\s+(?P<speaker>(?:[Tt]he\s+)?(?:[\w.’-]+\s+){0,3}?[\w.-]+?)"
                          r"(?:['’]s|(?<=s)['’])\s+(?P<cue>(?i:" + _SPEECH_NOUNS + r"))\b.*$")
# a tabloid's label of whose feeling the quote tells: "MUM'S FURY: '...'", "Star's heartbreak: '...'" (not "terror",
# "torment", "hell", "nightmare", which a gunman's may be, inflicted)
_FEELING_OWNER = re.compile(r"(?P<owner>[\w.'’ -]+?)['’][Ss]?\s+(?i:" + _SPEECH_NOUNS + r"|fury|anger|rage|agony|"
                            r"heartbreak|heartache|grief|joy|relief|tears|despair|horror|shock|anguish|pain|pride|"
                            r"delight|ordeal|fear|fears)\s*$")


def _feeling_of_a_person(text: str, owner: str, body_start: int) -> bool:
    """True when the owner of a label's feeling is a person: a word for one ("MUM", "Tragic mum", "Pop star"), a name
    in capitals as tabloids write it, or a name the body gives a person ("Kerr", "Jess"); not a shop named with its
    "'s" ("Sainsbury's fury", "McDonald's pride"), whose "'s" the body may write too."""
    if re.search(r"\b" + re.escape(owner) + r"['’]s\b", text[body_start:], re.I):
        return False
    words = owner.split()
    return words[-1].islower() or owner.isupper() or _person_noun(owner) or words[0].lower() in GIVEN_NAMES or \
        _a_person_in_body(text, owner, body_start)


# A headline speaker may be a role ("Rail chief", "Port boss"): a capitalised word and up to three
# more, when quotation marks make the quote certain; never a section label ("Analysis:", "Live:").
# A phrase of time or cause may close it: "Police chief: 'We will find who did this' after teen killed".
_ROLE_MARKED = re.compile(r"^\s*(?P<speaker>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3})\s*:\s*"
                          r"(?P<open>[\"“«„‘'])(?P<quote>.+?)(?P<close>[\"”»“’'])"
                          r"(?:\s+" + _TAIL_WORDS + r"\b[^\"“”«»‘’]*)?\s*$")
# Labels of a section or a format that open headlines like a speaker's name; shared with the
# colon lines of reported.py. "Poll:" is left out: a poll does state its findings.
SECTION_LABELS = frozenset("""analysis breaking comment commentary editorial exclusive explainer factbox
factcheck fact-check interview letters live opinion podcast photos q&a review timeline update
updated video watch""".split())
# A fact-check's labels before a colon, no speakers: "Claim: ...", "Verdict: False", "Our ruling: ..."
CHECK_LABELS = frozenset({"claim", "the claim", "verdict", "our verdict", "the verdict", "rating", "our rating",
                          "ruling", "our ruling", "the ruling", "the facts", "conclusion", "what was claimed",
                          "what we found"})
# What the article stage may cut off a headline as an outlet's name: "'Quote' – Varga" (a speaker, after a quote).
_DASH_TAIL = re.compile(r"\s+[-–—]\s+[A-Z][^\n]{0,60}$")
# "Outlet / " before the headline, or an outlet's web address glued to it as scrapers save pages ("CumhurHaber.tr
# President Karataş: ...", "HuaxiaDaily.cnForeign Ministry: ...")
_PREFIX = re.compile(r"^(?:.{1,60}?\s[/|–—-]\s|[A-Za-z][\w-]*\.(?:[a-z]{2,4}|NET|COM|ORG)(?=\s|[A-Z])\s*)")
CONFIDENCE_MARKED = 0.9
CONFIDENCE_UNMARKED = 0.7


def headline_spans(article: Article, text: str) -> list[Span]:
    """The headline and the top lines that repeat it, as spans of ``text``.

    RETURNS (list[Span]): the headline first (``Article.headline`` when set), then the
        lines repeating it in text order (and the headline's whole line when a dash and a
        name after it were cut off); ``find_headline_quote`` reads them in this order.
    """
    main = article.headline
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[:2000]) if m.group().strip()]
    if main is None:
        if not lines:
            return []
        first = lines[0]
        after = text[first[1]:first[1] + 3]
        if first[1] - first[0] > _MAX_HEADLINE or not after.startswith("\n\n") and \
                not after.startswith("\r\n\r"):
            return []
        main = first
    core = _strip_prefix(text[main[0]:main[1]].strip())
    spans = [main]
    line_end = text.find("\n", main[1])
    line_end = len(text) if line_end < 0 else line_end
    if _DASH_TAIL.match(text, main[1], line_end):
        spans.append((main[0], line_end))  # "'We will not back down' – Varga": a dash before the speaker
    for line in lines[:4]:
        if line == main or line[1] - line[0] > _MAX_HEADLINE:
            continue
        other = _strip_prefix(text[line[0]:line[1]].strip())
        if other == core or text[line[0]:line[1]].strip().endswith(core):
            spans.append(line)
    # the headline itself wins over a repeat such as "Outlet / headline" above it
    return [main] + sorted(spans[1:])


def _strip_prefix(line: str) -> str:
    """The headline without an outlet prefix ("Qadin.NET / Ilham Aliyev: ..." -> "Ilham Aliyev: ...")."""
    m = _PREFIX.match(line)
    if m and (_MARKED.search(line[m.end():]) or _UNMARKED.match(line[m.end():])):
        return line[m.end():]
    return line


def find_headline_quote(text: str, spans: list[Span]) -> Candidate | None:
    """The quote of the headline, as a Candidate with ``headline=True``, or None.

    The candidate's ``source`` is the speaker as written; ``extra["speaker_text"]`` holds
    it for resolution against the body, and ``extra["marked"]`` whether quotation marks
    surround the quote.
    """
    for (start, end), patterns in _readings(spans):
        line = text[start:end]
        prefix = _PREFIX.match(line)
        offset = start + (prefix.end() if prefix and _strip_prefix(line.strip()) != line.strip() else 0)
        body = text[offset:end]
        for pattern in patterns:
            marked = pattern not in (_TO_COLON, _UNMARKED)
            m = pattern.search(body) if pattern is _MARKED else \
                _role_does(body, lambda speaker: _a_person_in_body(text, speaker, end)) \
                if pattern is _QUOTE_ROLE_DOES else pattern.match(body)
            if m is None or m.group("speaker").split()[0].lower() in SECTION_LABELS or \
                    pattern in (_QUOTE_NAME, _QUOTE_NAME_CUE) and not _named_in_body(text, m.group("speaker"), end) or \
                    pattern is _QUOTE_ROLE and (not _person_noun(m.group("speaker")) or
                                                title_quote(m.group("quote")) or
                                                m.end("speaker") < len(body.rstrip()) and
                                                not _role_on_something(m.group("speaker"))) or \
                    pattern is _QUOTE_ROLE_DOES and (title_quote(m.group("quote")) or
                                                     m.group("does")[:1].isupper() and
                                                     not a_headline_verb(m.group("does"))) or \
                    pattern is _TO_COLON and (not _a_person_in_body(text, m.group("speaker"), end) or
                                              len(m.group("quote").split()) < 3 or
                                              _words(m.group("quote"))[-1] in _HEADLINE_SIGNATURES) or \
                    pattern is _ON_TOPIC and (not _a_person_in_body(text, m.group("speaker"), end) or
                                              is_role_word(m.group("speaker").split()[-1]) or
                                              _idiom_topic(m.group("cue")) or
                                              len(m.group("quote").split()) < 3 or
                                              _words(m.group("quote"))[-1] in _HEADLINE_SIGNATURES) or \
                    pattern is _SAYS_BEFORE_NOUN and (not (_person_noun(m.group("speaker")) or
                                                           _report_noun(m.group("speaker")) or
                                                           _label_speaks(text, m, end)) or
                                                      not _set_off(body, m)) or \
                    pattern in _LABELLED and m.group("label") and _title_after_label(body, m) or \
                    pattern in _QUOTE_LED and m.group("label") and not _label_gives_way(text, body, m, end) or \
                    pattern is _SAYS_BEFORE and len(body.rstrip()) - m.end("cue") > 41 and \
                    (not _set_off(body, m) or len(m.group("quote").split()) < 2) or \
                    pattern is _SAYS_NOUN and m.group("title") and \
                    any(w.lower() in _TITLE_PREPOSITIONS for w in m.group("speaker").split()) or \
                    (pattern is _SAYS_NOUN or pattern is _CLAUSE_SAY_AFTER and m.group("cue").lower() in _TELL) \
                    and not (_person_noun(m.group("speaker"), bodies=True) or pattern is _CLAUSE_SAY_AFTER and
                             _a_person_in_body(text, m.group("speaker"), end) or
                             pattern is _SAYS_NOUN and _report_noun(m.group("speaker"))) or \
                    pattern is _CLAUSE_SAY_AFTER and m.group("cue").lower() in _TELL and \
                    not _hearers_after(body[m.end("cue"):]) or \
                    pattern in _CALLED and not _calls_speaker(text, m, pattern, end) or \
                    pattern is _PROMISES and _titled_words(m.group("quote")) and \
                    not m.group("cue").lower().startswith("den") or \
                    pattern is _CLAUSE_SAY_AFTER and (m.group("cue")[:1].isupper() and
                                                      m.group("cue").lower() not in _TITLE_WIRE_CUES or
                                                      _capital_after(body, m.end("cue")) and
                                                      m.group("cue").lower() not in _TELL) or \
                    pattern is _CLAUSE_SAY_AFTER and m.group("cue").lower() in _STANCE_AFTER and \
                    body[m.end("cue"):].strip() or \
                    pattern is _CLAUSE_SAY_AFTER and m.group("cue").lower() in ("shows", "show", "finds", "find") and \
                    m.group("speaker").split()[-1].lower() not in DOCUMENT_WORDS | _FINDERS or \
                    pattern is _QUOTE_NAME_CUE and title_quote(m.group("quote")) or \
                    pattern is _QUOTE_OWNED and not (_person_noun(m.group("speaker"), bodies=True) or
                                                     _named_in_body(text, m.group("speaker"), end)) or \
                    pattern in (_QUOTE_NAME_CUE, _SAYS_BEFORE) and _TITLE_ACT_CUES.fullmatch(m.group("cue")) and \
                    not _a_person_in_body(text, m.group("speaker"), end) or \
                    pattern is _SAYS_BEFORE and m.group("cue")[:1].isupper() and \
                    not (_a_person_in_body(text, m.group("speaker"), end) or
                         _named_in_body(text, m.group("speaker"), end) or _person_noun(m.group("speaker"), bodies=True)
                         or m.group("speaker").split()[-1].lower() in DOCUMENT_WORDS) or \
                    pattern in (_QUOTE_NAME_CUE, _SAYS_BEFORE) and ACT_AFTER_CUE.match(body, m.end("cue")) or \
                    pattern is _CLAUSE_COLON and (len(m.group("quote").split()) < 4
                                                  or not _role_or_body_name(text, m.group("speaker"), end)
                                                  or not _dash_speaker_capitalised(m)) or \
                    pattern is _CLAUSE_STANCE and not (
                        _person_noun(m.group("speaker")) if m.group("speaker").islower() else
                        _named_in_body(text, m.group("speaker"), end)) or \
                    pattern is _CLAUSE_SAYS and (m.group("speaker").split()[0].lower() in _CLAUSE_OPENERS or
                                                 _a_clause(m.group("speaker")) or
                                                 m.group("speaker").split()[0].lower() in _POSSESSIVES and
                                                 not _person_noun(m.group("speaker"), bodies=True) and
                                                 m.group("speaker").split()[-1].lower() not in _MAKERS):
                continue
            q0, q1 = offset + m.start("quote"), offset + m.end("quote")
            quote = (q0, q1 - (1 if text[q1 - 1] == "," else 0))
            if pattern is _ON_TOPIC and text[q0] in "\"“‘'" and text[q1 - 1] in "\"”’'" and \
                    not _QUOTE_MARK.search(text, q0 + 1, q1 - 1):
                quote = (q0 + 1, q1 - 1)  # "Kerr on Retirement: 'I Still Have Goals'": the words in the marks
            s0, s1 = offset + m.start("speaker"), offset + m.end("speaker")
            if pattern in (_MARKED, _ROLE_MARKED) and \
                    (subject := _subject_before_verb(body[:body.rindex(":", 0, m.start("open"))])):
                s0, s1 = offset + subject[0], offset + subject[1]  # "Lind Quits Council: '...'": Lind says it
            owner = _FEELING_OWNER.match(text, s0, s1) if pattern in (_MARKED, _ROLE_MARKED) else None
            if owner is not None and _feeling_of_a_person(text, owner.group("owner"), end):
                s1 = owner.end("owner")  # "MUM'S FURY: '...'": the mother speaks
            if pattern in _LABELLED and _label_speaks(text, m, end):
                s0, s1 = offset + m.start("label"), offset + m.end("label")  # "Ann Lind: '...', she says"
            topic = (m.group("topic") or "").rstrip().removesuffix(":").rstrip() \
                if pattern in (_CLAUSE_SAYS, _CLAUSE_STANCE, _CLAUSE_SAY_AFTER) else ""
            if topic and m.group("speaker").lower() in _PRONOUN_SPEAKERS and \
                    topic.split()[0].lower() not in SECTION_LABELS and _named_in_body(text, topic, end):
                # "Ann Lind: I will not resign, she says": the pronoun stands for the name before the colon
                s0 = offset + m.start("topic")
                s1 = s0 + len(topic)
            cue = (offset + m.start("cue"), offset + m.end("cue")) if "cue" in m.groupdict() else None
            if cue is None:
                colon = text.index(":", s1)
                cue = (colon, colon + 1)
            if pattern is _HEARD:
                marks = _QUOTE_MARK.search(text, quote[0], quote[1]) is not None
                return Candidate(spans=[quote], kind="mixed" if marks else "indirect", cue=cue, addressee=(s0, s1),
                                 act="speech", headline=True, confidence=CONFIDENCE_MARKED, method="headline:hearing",
                                 extra={"hearing": True, "marked": False})
            if pattern is _TO_COLON:
                place = (offset + m.start("place"), offset + m.end("place"))
                return Candidate(spans=[quote], kind="direct", cue=cue, source=(s0, s1), headline=True,
                                 addressee=place if m.group("prep").lower() == "to" else None,
                                 occasion=place if m.group("prep").lower() == "at" else None,
                                 confidence=CONFIDENCE_UNMARKED, method="headline:to-colon",
                                 extra={"speaker_text": _name_part(text[s0:s1]), "marked": False,
                                        "after_to": place if m.group("prep").lower() == "to" else None})
            # reported, not quoted: no marks, but a cue as sure as marks; what was called something is partly quoted
            clause = pattern in (_CLAUSE_SAYS, _CLAUSE_STANCE, _CLAUSE_SAY_AFTER, _CLAUSE_COLON)
            kind = "mixed" if pattern in _CALLED else "indirect" if clause else "direct"
            return Candidate(spans=[quote], kind=kind, cue=cue, source=(s0, s1),
                             headline=True, confidence=CONFIDENCE_MARKED if marked else CONFIDENCE_UNMARKED,
                             method="headline:" + ("clause" if clause else "marked" if marked else "unmarked"),
                             extra={"speaker_text": _name_part(text[s0:s1]), "marked": marked})
    return None


# the headline forms in the order they are tried: 'Water boss tells MPs: "..."' before 'Speaker: "..."', which would
# find "MPs: ..." inside it, and "Obama on Climate Change: '...'" before it too, which would make "Climate Change" the
# speaker
_PATTERNS = (_CUE_COLON, _ON_TOPIC, _TO_COLON, _MARKED, _SAYS, _SAYS_BEFORE, _SAYS_BEFORE_NOUN, _SAYS_NOUN, _CALLS,
             _JUDGES, _ACCUSES, _PROMISES, _QUOTE_WHO, _QUOTE_NAME, _QUOTE_ROLE, _QUOTE_ROLE_DOES, _QUOTE_NAME_CUE,
             _QUOTE_OWNED, _ROLE_MARKED, _CLAUSE_SAYS, _CLAUSE_STANCE, _CLAUSE_SAY_AFTER, _CLAUSE_COLON, _HEARD,
             _UNMARKED)
# the headlines whose words in marks are the part of what was said that the speaker's own words hold
_CALLED = (_CALLS, _JUDGES, _ACCUSES, _PROMISES)
# the quote-first headlines a label may open: with a comma and the cue, and with a colon or a dash and the speaker
_LABELLED = (_SAYS, _SAYS_BEFORE, _SAYS_BEFORE_NOUN, _SAYS_NOUN)
_QUOTE_LED = (_QUOTE_WHO, _QUOTE_NAME, _QUOTE_ROLE, _QUOTE_ROLE_DOES, _QUOTE_NAME_CUE, _QUOTE_OWNED)


# words that open a sentence someone said: a headline quote after a label, given to a speaker by what the speaker is,
# holds one of them or a verb of _CLAUSE_VERBS ("'Our homes are under water' - villagers", "'Bring them home' -
# mothers' plea"; not "Economy: 'Green shoots' - analysts urge caution")
_SENTENCE_WORDS = frozenset({"i", "we", "you", "he", "she", "they", "it", "this", "our", "my", "me", "us", "them",
                             "him"})
# labels of the arts pages, whose marks hold titles ("Film: 'All of us strangers' - critic's verdict", "Books: 'Where
# the river bends' - Lind tells her family story")
_ARTS_LABELS = frozenset({"books", "book", "film", "films", "music", "theatre", "theater", "podcast", "album", "tv",
                          "television", "arts", "culture", "documentary", "opera", "games", "gaming"})
# a headline cue inside a label: "Varga tells Reuters: '...' - Reuters" has its speaker before the quote
_CUE_IN_LABEL = re.compile(r"\b(?:" + _HEAD_CUES + r"|" + _TITLE_HEAD_CUES + r")\b")
# no speaker of "'Hola!' Say Hello To Neighbours" has these
_TITLE_PREPOSITIONS = frozenset({"to", "for", "with", "from", "by"})


def _label_gives_way(text: str, body: str, m: re.Match, body_start: int) -> bool:
    """True when a label before a quote and its speaker ("Assam floods: 'Our homes are under water' - villagers",
    "Brexit: 'This is chaos' - Lind") is only a label. Not when the label is a speaker of its own, a person the body
    names ("Ann Lind: 'I will not resign' - BBC News", whose dash names the outlet; "Kessler: 'I did nothing wrong' -
    critics hit back") or a speaker and a cue ("Varga tells Reuters: '...' - Reuters"), nor when the marks hold a title
    (an arts page's label, a quote in Title Case before words in sentence case: "Podcast: 'The Rest Is History' -
    hosts reveal new series") or a phrase no one need have said, before a speaker named by what they are."""
    label, quote = m.group("label"), m.group("quote")
    words = [w.strip(".,!?…").lower() for w in quote.split()]
    words += [re.split(r"['’]", w)[0] for w in words]  # "I'm", "we're"
    titled = all(w[:1].isupper() for w in quote.split() if len(w) > 3) and \
        body[m.end("close"):].lstrip(" :-–—")[:1].islower()
    sentence = any(w in _CLAUSE_VERBS or w in _SENTENCE_WORDS for w in words) or \
        m.re in (_QUOTE_NAME, _QUOTE_NAME_CUE)
    return sentence and label.split()[0].lower() not in _ARTS_LABELS and not title_quote(quote) and not titled and \
        _QUOTE_MARK.search(quote) is None and not _a_person_in_body(text, label, body_start) and \
        _CUE_IN_LABEL.search(label) is None


def _readings(spans: list[Span]) -> list[tuple[Span, tuple[re.Pattern, ...]]]:
    """Each headline span with the forms to try on it, in turn. When the article stage cut a dash and a name off the
    headline, the whole line comes first, for the forms with a speaker after the quote: "Brexit: 'This is chaos' -
    Lind" is Lind's, not the label's that the cut line "Brexit: 'This is chaos'" would give."""
    cut = [span for span in spans[1:2] if span[0] == spans[0][0] and span[1] > spans[0][1]]
    return [(span, _QUOTE_LED) for span in cut] + [(span, _PATTERNS) for span in spans]


def _label_speaks(text: str, m: re.Match, body_start: int) -> bool:
    """True when a pronoun after a labelled headline quote stands for a person the label names: "Ann Lind: 'I will not
    resign', she says" (not "Trump: '...', says former aide", whom the label is about)."""
    return bool(m.group("label")) and m.group("speaker").lower() in _PRONOUN_SPEAKERS and \
        _a_person_in_body(text, m.group("label"), body_start)


def _title_after_label(body: str, m: re.Match) -> bool:
    """True when the marks after a label hold a title or a scare quote, not what was said: nothing closes them
    ("Books: 'Normal People' Author Sally Rooney Says ...") or they open twice ("Israel-Gaza: 'Ceasefire' talks
    'stalled', says Qatar")."""
    return not _set_off(body, m) or title_quote(m.group("quote")) or _QUOTE_MARK.search(m.group("quote")) is not None


def _subject_before_verb(label: str) -> tuple[int, int] | None:
    """The capitalised words before a headline verb in the label a colon closes ("Marisol Quintero-Blake Postpones
    'Neon Saints' Tour", "Lind Quits Council", "Whitlock-Osei retires"): the one who did it says the words after the
    colon. None when the label has no verb after its first word."""
    words = list(re.finditer(r"\S+", label))
    for k, word in enumerate(words[1:], start=1):
        if a_headline_verb(word.group()):  # "Lind Quits Council", and as a sentence-case headline: "Lind quits"
            if all(w.group()[:1].isupper() for w in words[:k]):
                return words[0].start(), words[k - 1].end()
            return None
    return None


# words that open what is said, not who says it: "Kestrel AI releases Orrin 3, says [it] beats rivals" has the
# first clause's subject as its speaker
_CLAUSE_OPENERS = frozenset({"it", "he", "she", "they", "we", "i", "you", "there", "this", "that"})
# the verbs that make the words after "says" a clause, not its speaker: "Senator defends vote, says [bill was
# 'rushed']" reports what the senator says
_CLAUSE_VERBS = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should",
                           "must", "may", "might", "does", "did", "isn't", "wasn't", "won't", "can't", "don't"})


def _a_clause(words: str) -> bool:
    """True for words after a headline's "says" that hold a verb or words in marks: what is said, no speaker."""
    return any(w.lower() in _CLAUSE_VERBS for w in words.split()) or _QUOTE_MARK.search(words) is not None

# a possessive opens what was said ("..., says [its sales fell]", "[his health] ...") unless a person, a body or a
# maker follows it ("..., says its owner", "its board", "its author")
_POSSESSIVES = frozenset({"its", "her", "his", "their", "our", "my"})
_MAKERS = frozenset({"author", "authors", "creator", "creators", "chef", "architect", "architects", "agent",
                     "designer", "designers", "maker", "makers", "producer", "producers", "writer", "writers"})
# words that open a clause, never a lower-case speaker: "'...,' but critics say", "'...,' as doctors warn"
_NOT_SPEAKER_WORDS = frozenset({"but", "as", "and", "or", "so", "while", "when", "if", "because", "after", "before",
                                "than", "though", "although", "until", "since", "yet", "now"})


# who "tell" has as its hearers in a headline ("..., councils tell select committee"), not "drivers tell their story"
_HEARERS = frozenset({"committee", "mps", "inquiry", "court", "jury", "panel", "council", "board", "hearing",
                      "senators", "lawmakers", "parliament", "assembly", "reporters", "media", "residents", "ministers",
                      "tribunal", "inquest", "congress", "senate", "msps", "tds", "peers", "lords", "voters",
                      "regulator", "commission", "councillors", "members", "shareholders", "investors", "staff",
                      "mayor", "minister", "premier", "governor", "pm", "president", "bbc", "police"})


# the wire order's cues that stay cues in Title Case ("..., Data Show", "..., Officials Tell Reporters"); not "Keeps
# Promise", "Makes Claim", "Renew Vows", which are acts
_TITLE_WIRE_CUES = frozenset({"says", "say", "said", "shows", "show", "finds", "find", "tell", "tells", "warns",
                              "warn", "insists", "insist", "predicts", "predict", "assures", "assure"})
# "on" phrases that are idioms, not a topic spoken on: "Minister on Notice:", "Reyes on the Ropes:"
_IDIOM_TOPICS = frozenset({"notice", "trial", "hold", "leave", "board", "course", "track", "fire", "duty", "call",
                           "display", "air", "record", "edge", "top", "ice", "strike", "probation", "bail", "parole",
                           "tour", "stage", "camera", "set", "screen", "loan", "message", "target", "point", "guard",
                           "watch", "form", "song", "show", "film", "tape", "trend", "the", "a", "an", "his", "her",
                           "their", "its", "our", "my"})


def _idiom_topic(cue: str) -> bool:
    """True when the words after "on" open an idiom ("on Notice", "on the Brink"), not a topic."""
    words = cue.lower().rstrip(":").split()
    return len(words) < 2 or words[1] in _IDIOM_TOPICS


def _capital_after(body: str, at: int) -> bool:
    """True when a capitalised word follows a wire headline's cue ("..., Voters Say Enough"): what they say, not to
    whom, except after "tell" and "assure" ("Lagat assures MPs")."""
    rest = body[at:].split()
    return bool(rest) and rest[0][:1].isupper()


def _calls_speaker(text: str, m: re.Match, pattern: re.Pattern, end: int) -> bool:
    """Whether the words before "calls X '...'" or "slams X as '...'" speak: a person or a body by what it is
    ("Lawmakers", "Union"), or a person the body names; for the singular "calls" of old, any capitalised word
    ("Varga calls ..."), but not a noun the verb's plural or Title Case form may be ("Curtain call for 'Cats'",
    "Phone Calls 'Cost Lives'", "Food Labels 'Misleading'") nor a line a phrase of time or place closes."""
    speaker = m.group("speaker")
    if _person_noun(speaker, bodies=True) or _a_person_in_body(text, speaker, end):
        return True
    plain = pattern is _CALLS and m.group("cue")[:1].islower() and m.group("cue").endswith(("s", "s for")) and \
        m.end("quote") == len(m.string.rstrip())
    return plain and speaker[:1].isupper()


def _hearers_after(rest: str) -> bool:
    """True when the words after a headline's "tell" end on a hearer ("select committee", "MPs")."""
    words = rest.lower().split()
    return bool(words) and words[-1].strip(".,") in _HEARERS


def _set_off(body: str, m: re.Match) -> bool:
    """True when a comma or an end mark closes the words in marks before the speaker ("'We are full,' neighbor
    says"), unlike a nickname or a scare quote run into a noun ("'Hero' firefighter says ...", "'Forgotten'
    farmers warn ...")."""
    return "," in body[m.end("quote"):m.start("speaker")] or m.group("quote").rstrip()[-1:] in ".!?…"


_LABEL_WORDS = 4  # a quote of fewer words before a name and its verb labels a feature

# the same with one to four words of speaker, each tried in turn (the regex's laziness alone would stop at the first
# word ending in "s": "festival [boss] axes")
_QUOTE_ROLE_DOES_BY_LENGTH = [re.compile(_QUOTE_THEN + r"(?P<cue>:|[-–—])\s+(?P<speaker>(?:[Tt]he\s+|[Aa]\s+)?"
                                         r"(?:[\w'’-]+\s+){%d}[\w'’-]+)\s+(?P<does>[A-Za-z][a-z]+)\b.*$" % k)
                              for k in range(4)]


def _role_does(body: str, a_person: Callable[[str], bool] | None = None):
    """The match of "'...': [role or person] [does] ..." whose speaker is a role or a word for a person, and whose next
    word is a headline verb agreeing with it ("'Gutted doesn't cover it': sprinter hits out", "'We are devastated':
    festival boss axes event"), else None. A name speaks too when ``a_person`` says the body names that person, the
    verb is one of headlines and the quote is a sentence ("'We're not here to lecture anyone': Barrington-Ngata pledges
    $40m"); a few words label a feature with its subject's words ("'It's time': Costigan retires after 17 seasons")."""
    for pattern in _QUOTE_ROLE_DOES_BY_LENGTH:
        m = pattern.match(body)
        if m is None:
            continue
        speaker, does = m.group("speaker"), m.group("does")
        last = speaker.split()[-1].lower()
        plural = last.endswith("s") and not last.endswith("ss") and not is_role_word(last)
        verb = does.lower() in HEADLINE_VERBS if plural else does.endswith("s") and (
            a_headline_verb(does) or does.islower() and not _person_noun(does))  # not "Wildflower [organisers]"
        if verb and (is_role_word(last) or _person_noun(speaker)) and \
                (last not in _SPEAKING_HOUSEHOLDS or len(m.group("quote").split()) > 2):
            return m  # ("'Hidden gem': family runs village café" labels a feature; "'Bring Nate home': ..." pleads)
        if a_person is not None and speaker[:1].isupper() and a_headline_verb(does) and \
                len(m.group("quote").split()) >= _LABEL_WORDS and a_person(speaker):
            return m
    return None


def _role_on_something(speaker: str) -> bool:
    """True for the words before "on ..." of "'...': Delmar Memorial's CEO on closing the unit": a role that speaks on
    it; not a clause ("Kessler tells supporters after ..."), a word for people ("mother on life with mould") nor an
    indefinite role, which labels a feature ("a pension fund chief on earnings season")."""
    words = speaker.split()
    return is_role_word(words[-1]) and words[0].lower() not in ("a", "an")


def _person_noun(speaker: str, bodies: bool = False) -> bool:
    """True for a phrase whose last word names a person or people by what they are: a role, a relative, an
    epithet ("neighbor", "grieving mother", "officials"), or with ``bodies`` a body ("councils"), and whose words
    open no clause."""
    words = speaker.lower().split()
    word = words[-1]
    if bodies and not any(w in _NOT_SPEAKER_WORDS for w in words) and \
            (word in ORGANIZATION_WORDS or word.endswith("s") and word[:-1] in ORGANIZATION_WORDS):
        return True
    return not any(w in _NOT_SPEAKER_WORDS for w in words) and (
        is_role_word(word) or word in PERSON_NOUNS or word in KIN_WORDS or word in ANONYMOUS_WORDS or
        word.endswith("s") and (word[:-1] in PERSON_NOUNS or is_role_word(word[:-1])) or
        word.endswith("men") and (word[:-3] + "man" in PERSON_NOUNS or is_role_word(word[:-3] + "man")) or
        word in _SPEAKING_HOUSEHOLDS or people_by_ending(word))


# the people of a home who speak as one in a headline ("'Trees fell on our car', says family")
_SPEAKING_HOUSEHOLDS = frozenset({"family", "families", "couple", "couples", "household", "households"})


def _report_noun(speaker: str) -> bool:
    """True for a study, a report or a poll named by what it is ("'...', study warns", "'...', says report"): a text
    speaks through its findings, as in a body's sentences ("according to the study")."""
    words = speaker.lower().split()
    return words[-1] in _REPORT_NOUNS and not any(w in _NOT_SPEAKER_WORDS for w in words)


# the texts a headline quotes as a speaker (not "footage" or "video", which show rather than say)
_REPORT_NOUNS = frozenset({"study", "report", "survey", "poll", "review", "audit", "analysis", "research",
                           "assessment", "investigation", "inquiry", "paper", "memo", "letter", "statement"})


def _titled_words(quote: str) -> bool:
    """True for words in marks that are all capitalised ("'Macbeth'", "'The Long Room'", "'Evening Brief'"): the name
    of a work, a place or a show, which a promise or a vow in a headline is about, not the words of it (what is
    denied may be a name: "Minister denies 'Project Fear'")."""
    words = [w for w in quote.strip(" ,.!?\"“”‘’'").split() if w[:1].isalpha()]
    return all(w[:1].isupper() for w in words)


def title_quote(quote: str) -> bool:
    """True for one or two capitalised words in marks ("'Barbie' - Gerwig reveals sequel plans",
    '"Squid Game": Netflix reveals date'): a title, which the verb after it is about, not a quote."""
    words = quote.strip(" ,.!?").split()
    return len(words) <= 2 and all(w[:1].isupper() or w.isdigit() for w in words)  # "'Frozen 3': ..." too


def _a_person_in_body(text: str, speaker: str, body_start: int) -> bool:
    """True when a headline speaker is a person: a role or a given name in it ("Premier Hollis", "Actor Jamie
    Ross"), or its last word is written in the body after a given name or a title ("Sam Kerr", "Mr Kerr")."""
    words = speaker.split()
    if any(is_role_word(w) or w.lower() in GIVEN_NAMES for w in words[:-1]) or is_role_word(words[-1]):
        return True
    # the word before the surname, or the one before that ("President Bwalya Mwelwa": an unlisted given name)
    before = re.findall(r"\b([A-Z][\w'’.-]*)\s+(?:([A-Z][\w'’-]*)\s+)?" + re.escape(words[-1]) + r"\b",
                        text[body_start:])
    return any(w.lower() in GIVEN_NAMES or is_honorific(w) or is_role_word(w) for pair in before for w in pair if w)


def _named_in_body(text: str, speaker: str, body_start: int) -> bool:
    """True when the last word of the headline speaker is a capitalised word of the body (a surname)."""
    last = speaker.split()[-1]
    return last[:1].isupper() and re.search(r"\b" + re.escape(last) + r"\b", text[body_start:]) is not None


# words after a headline's colon that sign or label it rather than say it ("...: Editor", "...: A Guide")
_HEADLINE_SIGNATURES = frozenset({"editor", "editors", "correspondent", "reporter", "writer", "columnist",
                                  "contributor", "staff", "guide", "report", "review", "analysis", "explainer",
                                  "timeline", "interview", "podcast", "video", "photos", "live", "opinion"})


def _role_or_body_name(text: str, speaker: str, body_start: int) -> bool:
    """True when a speaker after a headline's colon is a role ("civic chief", "PM") or a body
    surname; not a signature or a label ("...: Chief Correspondent", "...: A Guide")."""
    words = speaker.lower().split()
    if words[0] in ("a", "an", "the") or words[-1] in _HEADLINE_SIGNATURES:
        return False
    return is_role_word(words[-1]) or _named_in_body(text, speaker, body_start) or \
        _role_initials_in_body(text, speaker, body_start)


def _dash_speaker_capitalised(m: re.Match) -> bool:
    """A role after a dash speaks only with a capital ("... – Minister"): "Tributes paid to X – headteacher" says
    who X was."""
    return m.group("cue") == ":" or m.group("speaker")[:1].isupper()


def _role_initials_in_body(text: str, speaker: str, body_start: int) -> bool:
    """True for a role's initials the body spells out: "CM" after "Chief Minister Hari Shankar Mahto ..."."""
    if not (speaker.isupper() and speaker.isalpha() and 2 <= len(speaker) <= 5):
        return False
    spelled = re.search(r"\b" + spelled_title(speaker) + r"\b", text[body_start:])
    return spelled is not None and is_role_word(spelled.group().split()[-1])


def spelled_title(initials: str) -> str:
    """A pattern of the words a title's initials stand for: "Chief Minister" (or "Crime Museum") for "CM"."""
    return r"\s+".join(f"{letter}[a-z]+" for letter in initials)


def _name_part(speaker: str) -> str:
    """The speaker from its first capitalised word: "telly chef Varga" is resolved as "Varga"."""
    m = re.search(r"\b[A-Z]", speaker)
    return speaker[m.start():] if m else speaker


def _words(text: str) -> list[str]:
    return re.findall(r"\w+(?:['’]\w+)?", text.lower())


def body_match(text: str, quote: Span, body_start: int) -> Span | None:
    """The body passage with the headline quote's words, or None.

    The words must occur in order in the body, separated only by spaces and punctuation;
    failing that, the body sentence sharing at least 80% of the quote's words.
    """
    words = _words(text[quote[0]:quote[1]])
    if not words:
        return None
    pattern = re.compile(r"\b" + r"[\W_]+".join(re.escape(w) for w in words) + r"\b", re.I)
    m = pattern.search(text, body_start)
    if m:
        return m.start(), m.end()
    wanted = set(words)
    best, best_share = None, 0.0
    for s in re.finditer(r"[^.!?\n]+[.!?]?", text[body_start:]):
        share = len(wanted & set(_words(s.group()))) / len(wanted)
        if share > best_share:
            best, best_share = (body_start + s.start(), body_start + s.end()), share
    if best is not None and best_share >= 0.8 and len(words) >= 4:
        lo, hi = best
        while lo < hi and text[lo].isspace():
            lo += 1
        return lo, hi
    return None
