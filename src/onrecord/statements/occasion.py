"""The occasion of a statement: the event or medium at which it was said.

One lexicon for quoted and reported statements. An occasion is a phrase near the cue verb
whose object names an event ("at a rally in Ames", "during Tuesday's debate", "in an
interview with the Courier"), a written medium ("in a statement", "in a Facebook post"),
a platform or broadcaster ("on Twitter", "on CNN") or a show title in quotation marks
('on "Evening Hour"'). A date ("on Monday"), a place alone ("in Ames") or a year is none.

Where the phrase may stand, in order of preference:

1. on the cue verb, also past a time or an "of" phrase on it: "Lind said in a statement",
   "In an interview, Lind said", "Lind said late Sunday on CNN";
2. on a participle that opens the clause, or follows with "while"/"when": "Speaking at a
   rally in Ames, Lind said", "Asked about it at a hearing, Lind said", "Lind said while
   appearing on CNN"; on the subject: "Lind, speaking at a town hall, said", '"...," said
   Lind in an interview';
3. on the verb the cue goes with: "Lind took to Twitter to say", "Lind reacted in a
   statement, saying", "Lind went on CNN and said" (not when the cue has its own time:
   "... and later said");
4. opening the cue's sentence, set off by a comma, wherever the parse hangs it.

A show named as what the cue tells ("told NBC's 'Evening Hour'") is the occasion too; the
broadcaster alone ("told CNN") is the addressee. Spans run from the preposition (build.py
strips it) and never into the statement's own content.
"""
from __future__ import annotations

from ..records import Span

# Not "after" or "before": "before the debate, Lind said" was said elsewhere.
OCCASION_PREPS = frozenset({"during", "at", "in", "on", "while", "through"})
# Events one speaks at.
EVENT_NOUNS = frozenset("""meeting conference briefing interview speech address session hearing rally
summit debate visit ceremony event forum appearance show program programme broadcast podcast talk talks
discussion call teleconference conversation exchange gathering convention celebration
funeral memorial vigil march protest stop tour trip trail dinner lunch luncheon breakfast reception gala
fundraiser panel lecture sermon testimony deposition roundtable hall caucus commencement
episode segment webcast livestream chat q&a retreat taping recording""".split())
# What one says something in: written or recorded media.
MEDIUM_NOUNS = frozenset("""statement post tweet message letter op-ed editorial essay column email e-mail
memo video remarks comments release announcement blog newsletter filing affidavit ad advertisement
commercial book memoir article documentary transcript excerpt clip thread poll survey""".split())
# Media that are one written text: what it says is not all its author says elsewhere
# (statements/__init__.py does not give such an occasion to the speaker's other statements).
WRITTEN_TEXTS = frozenset("""statement tweet post email e-mail letter release memo note message op-ed
column video ad advertisement filing""".split())
# After "on", only what one speaks on: "on a conference call", "on the campaign trail", "on a show";
# "on the debate over taxes" is its topic.
ON_NOUNS = frozenset("""call teleconference trail show program programme broadcast podcast tour trip visit stop
panel episode segment webcast livestream chat blog website stump air floor appearance""".split())
# Pages of a platform: "on her Facebook page", "on his Twitter feed".
PLATFORM_PAGES = frozenset({"page", "feed", "account", "channel", "timeline"})
# Events named only after "during": "during the service"; "in the service of" is no event.
DURING_NOUNS = frozenset({"service", "mass", "recess", "break", "game", "match", "ride", "flight"})
# Parts of an occasion: "at the start of his speech", "in an excerpt of the interview".
PART_NOUNS = frozenset({"start", "end", "beginning", "close", "conclusion", "middle", "part", "portion",
                        "excerpt", "clip", "transcript", "opening", "course", "height"})
# Platforms and media that are occasions by name ("on Twitter", "on television").
PLATFORMS = frozenset("""twitter facebook instagram youtube tiktok snapchat reddit linkedin truth
television tv radio""".split())
# A small list of broadcasters: "said on CNN" names where it was said.
BROADCASTERS = frozenset({
    "cnn", "msnbc", "abc", "nbc", "cbs", "fox", "fox news", "fox business", "pbs", "npr", "bbc",
    "c-span", "cnbc", "newsmax", "univision", "telemundo", "sky news", "al jazeera", "fox news channel",
})
OCCASION_WORDS = EVENT_NOUNS | MEDIUM_NOUNS | PLATFORMS
# Verbs whose "on" phrase is the topic, not the medium: "commented on the speech".
ON_TOPIC_VERBS = frozenset({"comment", "remark", "report", "reflect", "elaborate", "expand", "weigh",
                            "focus", "agree", "rule", "dwell", "touch", "insist", "harp"})
# Verbs a cue goes with that carry its occasion: "took to Twitter to say", "went on CNN and said".
HOST_VERBS = frozenset({"take", "go", "appear", "speak", "talk", "sit", "turn", "join", "call"})
# The marks of a participle whose phrases are the cue's occasion ("while appearing on CNN").
_PARTICIPLE_MARKS = frozenset({"while", "when", "as"})
_QUOTE_MARKS = frozenset("\"“”'‘’«»") | {"''", "``"}
# Small words inside a show title ("Evening Hour With Ana Lind").
_TITLE_SMALL = frozenset({"the", "of", "with", "and", "a", "in", "on", "for"})
# Dependents after a comma that describe the occasion, not name it ("an interview, the first of ...").
_LOOSE_DEPS = frozenset({"appos", "relcl", "acl", "advcl"})


def occasion_span(verb, exclude: list[Span] = ()) -> Span | None:
    """The occasion phrase of a cue verb, from its preposition, or None.

    verb (spacy.tokens.Token): the cue.
    exclude (list[Span]): character spans of the statement's content, which the phrase
        may neither sit in nor run into.
    """
    span = _of_clause(verb, exclude)
    host = _host(verb)
    while span is None and host is not None:
        span = _of_clause(host, exclude)  # "Lind reacted in a statement, saying ..."
        host = _host(host)
    return span or _fronted(verb, exclude)


def _of_clause(verb, exclude) -> Span | None:
    """The occasion a verb's own clause states: on it, its participle, its subject, the show it tells."""
    for find in (_on_verb, _on_participle, _on_subject, _told_show):
        span = find(verb, exclude)
        if span is not None:
            return span
    return None


def occasion_object(prep, verb=None, exclude: list[Span] = ()) -> Span | None:
    """The span of a preposition and its object when the object names an occasion, else None."""
    if _inside(prep, exclude) or prep.lower_ not in OCCASION_PREPS | {"to"}:
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or not names_occasion(objects[0], prep.lower_):
        return None
    if prep.lower_ == "to" and not _is_platform(objects[0]):
        return None  # "took to Twitter"; "went to the rally" is a trip, not a medium
    if prep.lower_ == "on" and verb is not None and verb.lemma_.lower() in ON_TOPIC_VERBS \
            and not (_is_platform(objects[0]) or _is_broadcaster(objects[0]) or _is_show(objects[0])):
        return None  # "commented on the show": the topic
    return _phrase_span(prep, objects[0], exclude)


def names_occasion(obj, prep: str = "in") -> bool:
    """True when a preposition's object names an event, a medium, a platform, a broadcaster or a show."""
    head = obj.lemma_.lower()
    if _is_platform(obj) or _is_show(obj) or prep in ("on", "during") and _is_broadcaster(obj):
        return True  # before the date test: the parse takes "NBC's Evening Hour" for a time
    if obj.ent_type_ in ("DATE", "TIME") and (obj.pos_ == "PROPN" or head not in OCCASION_WORDS | ON_NOUNS):
        return False  # "in March", "on May Day"; "in an interview last week" is no date
    if prep == "on":
        return head in ON_NOUNS or _is_broadcaster(obj) or \
            head in PLATFORM_PAGES and any(_is_platform(t) for t in obj.lefts)
    if head in EVENT_NOUNS or head in MEDIUM_NOUNS or obj.lower_ in OCCASION_WORDS or \
            prep == "during" and head in DURING_NOUNS:
        return obj.ent_type_ not in ("GPE", "LOC", "FAC") or head == "hall"
    if head in PART_NOUNS:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and names_occasion(o, prep) for o in c.children) for c in obj.children)
    return prep == "during" and _is_broadcaster(obj)


def _is_platform(obj) -> bool:
    return obj.lower_ in PLATFORMS


def _is_broadcaster(obj) -> bool:
    """'CNN', 'Fox News', "NBC's 'Evening Hour'" (the show of a broadcaster)."""
    words = [t.lower_ for t in obj.subtree if t.dep_ not in ("det", "punct", "case") and t.i <= obj.i]
    if " ".join(words) in BROADCASTERS:
        return True
    return obj.text[:1].isupper() and any(c.dep_ == "poss" and _is_broadcaster(c) for c in obj.children)


def _is_show(obj) -> bool:
    """A title in quotation marks: 'on "Evening Hour"', 'in "Days of Rain"'."""
    return _show_start(obj) is not None


def _show_start(obj):
    """The first token of the quoted title ``obj`` ends (after its broadcaster), or None.

    The title is capitalised, opens on a quotation mark and closes right after ``obj``
    ('on NBC's “Evening Hour.”'); a quoted word before a name ('an “angry” Lind') is none.
    """
    doc = obj.doc
    if not obj.text[:1].isupper():
        return None
    owner = {t.i for c in obj.children if c.dep_ == "poss" or c.dep_ == "det" and c.is_lower for t in c.subtree}
    title = [t for t in obj.subtree if t.i <= obj.i and t.i not in owner and not t.is_space]
    first = title[0] if title else obj
    if first.text not in _QUOTE_MARKS:
        first = doc[first.i - 1] if first.i > 0 else first
    if first.text not in _QUOTE_MARKS or first.text in ("”", "’") or \
            any(t.text in _QUOTE_MARKS for t in doc[first.i + 1:obj.i]):
        return None
    after = doc[obj.i + 1:obj.i + 3]
    closed = len(after) and (after[0].text in _QUOTE_MARKS or after[0].text in ".,!?" and
                             len(after) > 1 and after[1].text in _QUOTE_MARKS)
    return doc[first.i + 1] if closed else None


def _on_verb(verb, exclude) -> Span | None:
    """A phrase on the verb ("said in a statement"), also past a time on it ("said late Sunday on CNN")
    and a "during" phrase past what the cue is about ("said of the plan during a hearing")."""
    for child in verb.children:
        if child.dep_ == "prep":
            span = occasion_object(child, verb, exclude)
            if span is not None:
                return span
    for child in verb.children:
        for inner in _inner_phrases(child):
            span = occasion_object(inner, verb, exclude)
            if span is not None:
                return span
    return None


def _inner_phrases(child):
    """Phrases hung below a verb's time expression or its "of"/"about" phrase."""
    if child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in ("DATE", "TIME"):
        return [c for c in child.children if c.dep_ == "prep"]
    if child.dep_ == "prep":
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if objects and (objects[0].ent_type_ in ("DATE", "TIME") or child.lower_ in ("of", "about")):
            timed = objects[0].ent_type_ in ("DATE", "TIME")
            return [c for c in objects[0].children if c.dep_ == "prep" and
                    (c.lower_ in ("on", "at", "during", "in") if timed else c.lower_ == "during")]
    return []


def _on_participle(verb, exclude) -> Span | None:
    """'Speaking at a rally, Lind said', 'Lind said while appearing on CNN'."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN") or _inside(clause, exclude):
            continue
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        if marks and not set(marks) <= _PARTICIPLE_MARKS:
            continue  # "after speaking at the rally": said later, elsewhere
        if clause.i > verb.i and not marks:
            continue  # "told a voter, [engaged in conversation]": a participle after the cue describes someone
        span = _on_verb(clause, exclude)
        if span is not None:
            return span
    return None


def _host(verb):
    """The verb whose occasion a cue shares: "took to Twitter [to say]", "reacted in a statement,
    [saying]", "responded on CNN [by saying]", "said on CNN ... and [accused]", or None."""
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "pcomp" and head.lower_ == "by" and head.head.pos_ in ("VERB", "AUX"):
        return head.head  # "responded by saying"
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "xcomp" or verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i \
            and not _on_its_own(verb):
        return head
    if verb.dep_ == "advcl" and head.lemma_.lower() in HOST_VERBS:
        return head  # "took to Twitter to say"
    if verb.dep_ == "conj" and (head.lemma_.lower() in HOST_VERBS or _is_cue(head)) and not _on_its_own(verb):
        return head
    return None


def _on_its_own(verb) -> bool:
    """A coordinated cue with its own time: "spoke at a rally and [later] tweeted", "... and on Monday said"."""
    return any(c.lower_ in ("then", "later", "afterward", "afterwards", "subsequently") or
               c.dep_ in ("npadvmod", "tmod", "prep") and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
               for c in verb.children)


def _subject_phrases(verb):
    """The subject's phrases set off by commas ("Lind, in a statement, said"), or after a subject
    that follows its cue ('"...," said Lind in an interview': the parse hangs it on the name)."""
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for child in subject.children:
            if child.i > subject.i and (subject.i > verb.i or subject.doc[child.left_edge.i - 1].text == ","):
                yield child


def _on_subject(verb, exclude) -> Span | None:
    """'Lind, during a visit to Ames, said'; 'Lind, speaking at a rally, said'."""
    for child in _subject_phrases(verb):
        if child.dep_ == "prep":
            span = occasion_object(child, verb, exclude)
        elif child.dep_ in ("acl", "advcl") and child.tag_ == "VBG" and _speaks(child):
            span = _on_verb(child, exclude)  # "Lind, speaking at ..."; not "Lind, leading in the polls"
        else:
            span = None
        if span is not None:
            return span
    return None


def _fronted(verb, exclude) -> Span | None:
    """'In an interview released Sunday, Lind said': the phrase opens the cue's sentence, set off
    by a comma, though the parse hangs it elsewhere."""
    sent = verb.sent
    first = sent[0]
    while first.is_space or first.is_punct or first.dep_ == "cc":
        if first.i + 1 >= sent.end:
            return None
        first = verb.doc[first.i + 1]
    main = _main_verb(verb)
    if first.dep_ != "prep" or main.dep_ != "ROOT" or first.i >= main.i:
        return None
    span = occasion_object(first, main, exclude)
    if span is None or not any(t.text == "," for t in verb.doc[first.right_edge.i + 1:main.i]):
        return None
    if any(span[1] <= start < main.idx for start, _ in exclude):
        return None  # 'During the call, they "agreed ...," Lind said': the phrase is the content's
    return span


def _main_verb(verb):
    """The verb at the top of the chain whose occasion the cue shares ("said" of "said, adding")."""
    while _host(verb) is not None:
        verb = _host(verb)
    return verb


def _speaks(verb) -> bool:
    return verb.lemma_.lower() in HOST_VERBS or _is_cue(verb)


def _is_cue(token) -> bool:
    try:
        from .cues import verb_cue
        return verb_cue(token) is not None
    except Exception:  # noqa: BLE001 - without the lexicon, no verb shares its occasion
        return False


def _told_show(verb, exclude) -> Span | None:
    """'Lind told NBC's "Evening Hour"': the show told is the occasion."""
    for obj in verb.children:
        start = _show_start(obj) if obj.dep_ in ("dobj", "dative") and not _inside(obj, exclude) \
            and verb.lemma_.lower() == "tell" else None
        if start is not None:
            return _phrase_span(start, obj, exclude)
    return None


def _phrase_span(first, obj, exclude) -> Span | None:
    """From ``first`` to the end of ``obj``'s phrase, short of content and of loose additions."""
    doc = obj.doc
    last = _phrase_end(obj)
    end = last
    for i in range(obj.i, last + 1):
        if _inside(doc[i], exclude):
            end = i - 1
            break
    while end > obj.i and (doc[end].is_punct and doc[end].text not in _QUOTE_MARKS or doc[end].is_space
                           or doc[end].dep_ in ("cc", "prep")):
        end -= 1
    if end < obj.i:
        return None
    end = _to_closing_mark(doc, first.i, _through_title(doc, end, exclude), exclude)
    return first.idx, doc[end].idx + len(doc[end])


def _to_closing_mark(doc, first: int, end: int, exclude) -> int:
    """Through the rest of a title whose quotation mark opens inside the phrase ('on "Evening Hour With Ana Lind"')."""
    marks = [t for t in doc[first:end + 1] if t.text in _QUOTE_MARKS and t.text not in ("'", "’", "‘")]
    if len(marks) % 2 == 0:
        return end
    for i in range(end + 1, min(end + 9, len(doc))):
        if _inside(doc[i], exclude):
            break
        if doc[i].text in _QUOTE_MARKS:
            return i
    return end


def _phrase_end(token) -> int:
    """The last token of a phrase without what it adds after a comma ("an interview[, the first ...]")
    and without a clause it introduces ("a debate [that she should ...]": content, not occasion)."""
    doc = token.doc
    last = token.i
    for child in token.rights:
        after_comma = doc[child.left_edge.i - 1].text in (",", "—", "―", "–", "(")
        if after_comma and (child.dep_ in _LOOSE_DEPS and not (child.dep_ == "appos" and child.ent_type_ == "GPE")
                            or child.ent_type_ == "PERSON"):
            break  # "a rally in Ames, Iowa[, the first of ...]", "an event in Ames[, 62-year-old Ana Lind]"
        if child.dep_ in ("acl", "relcl", "ccomp") and _introduced(child):
            break
        last = max(last, _phrase_end(child))
    return last


def _introduced(clause) -> bool:
    """A clause a complementizer opens ("[that] the plant would close"), even when the parse calls it relative."""
    first = clause.left_edge
    return any(c.dep_ == "mark" for c in clause.children) or first.lower_ == "that" and first.tag_ == "IN"


def _through_title(doc, end: int, exclude) -> int:
    """Past a show title the parse left off a possessive: 'on NBC's ["Evening Hour"]', 'on CBS' [Evening Hour]'."""
    if doc[end].dep_ != "case" and doc[end].tag_ != "POS" or end + 1 >= len(doc):
        return end
    if doc[end + 1].text in _QUOTE_MARKS:
        for i in range(end + 2, min(end + 10, len(doc))):
            if _inside(doc[i], exclude):
                return end
            if doc[i].text in _QUOTE_MARKS:
                return i
        return end
    last = end
    for i in range(end + 1, min(end + 8, len(doc))):
        word = doc[i]
        if _inside(word, exclude) or not (word.text[:1].isupper() or word.lower_ in _TITLE_SMALL):
            break
        if word.text[:1].isupper():
            last = i
    return last


def _inside(token, spans) -> bool:
    return any(start <= token.idx < end for start, end in spans)
