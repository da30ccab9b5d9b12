"""Mentions of people in a parsed article: names, the roles written around them, noun phrases.

Built once per article from the spaCy Doc (NER and dependencies); the resolver groups
them into people and maps speaker mentions to them.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Iterable

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, IS_TITLE, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Span as DocSpan

from ..nlp import doc_text, hyphen_in_word, tokens_in
from ..title_case import a_headline_verb, in_title_case_line
from .types import (BODY_BEFORE_NAME_NOUNS, BODY_NAME_ENDINGS, COMPANY_ROLES, COMPANY_WORDS, DOCUMENT_WORDS,
                    EPITHET_GENDERS, GIVEN_NAMES, HONORIFICS, KIN_WORDS, LAW_TEXTS, NAME_PARTICLES, NAME_TITLES,
                    NEWSPAPER_WORDS, ORGANIZATION_WORDS, LEGAL_FORMS, PERSON_NOUNS, RANK_TITLES, ROLE_WORDS,
                    TEAM_ENDINGS,
                    clean_name, company_noun_before, demonym_person, has_given_name,
                    honorific_gender, is_honorific, one_of_people, person_initials, person_title)

Span = tuple[int, int]

# Lower-case words that may sit inside a title before a name ("Secretary of State",
# "former Defense Minister", "the country's president").
_TITLE_GLUE = frozenset({"of", "for", "the", "and", "former", "then", "acting", "deputy", "vice",
                         "interim", "new", "outgoing", "incoming", "state", "foreign", "defense",
                         "defence", "prime", "general", "chief", "senior", "top", "executive",
                         "presidential", "republican", "democratic", "democrat", "candidate",
                         "press", "white", "house", "national", "security", "adviser", "advisor"})
_NOT_NAMES = frozenset({"among", "according", "after", "before", "during", "in", "on", "at", "for",
                        "with", "by", "from", "but", "and", "the", "if", "when", "while", "as",
                        "resolutions", "resolution", "this", "that", "these", "those",
                        # street words that open a street's name, never a person's: the NER reads
                        # "Rue Principale", "Chemin Sainte-Foy", "Calle Mayor" as people
                        "rue", "chemin", "boulevard", "avenue", "calle", "avenida", "rua", "via", "viale",
                        "piazza",
                        # seasons and feasts the NER reads as people ("the first Sunday of Advent")
                        "advent", "lent", "easter", "christmas", "ramadan", "eid", "diwali", "hanukkah",
                        "passover", "pentecost", "epiphany"})
# a page's notes, never a person's name ("Correction, 14 March: An earlier version of this article said ...")
PAGE_NOTES = frozenset({"correction", "clarification", "update", "updated"})
_NOT_NAMES = _NOT_NAMES | PAGE_NOTES
# honorifics that only ever stand before a person's name, with a period or, in British and
# Australian style, without: the NER reads "Ms Coombes" as a body as often as a person
# (and "Dr", "Prof", "Sir", "Dame" without a period, as British copy writes them: the NER often reads "Prof Declan
# Moyes" as a body's name or as none; before a given name and a surname only, since "Dr Oetker" is a company and
# "Dame Street" a street)
_BARE_HONORIFICS = frozenset({"dr", "prof", "sir", "dame"})
_NAME_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx."}) | _BARE_HONORIFICS
# written as honorifics are ("Ms"), not as the letters of a name ("MS Teams", "DR Congo")
_HONORIFIC_FORM = re.compile(r"M(?:r|rs|s|x)\.?|Dr|Prof|Sir|Dame")
_MAX_TITLED_NAME = 3  # tokens of a name after a title ("Mayor Ana Maria Costa")
# titles that are companies' names too, before a word that ends companies' names ("Cardinal Health", "Principal
# Financial", "Rev Media"): no person then
_COMPANY_LIKE_TITLES = frozenset({"canon", "archdeacon", "archbishop", "cardinal", "monsignor", "rev", "principal"})
_TITLED_COMPANY_ENDINGS = COMPANY_WORDS | {"health", "financial", "healthcare", "finance", "bank"}
_NAME_DEPS_LEFT = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "quantmod", "case"})
_NAME_DEPS_RIGHT = frozenset({"compound", "flat", "case"})
_NOUN_DEPS_RIGHT = frozenset({"prep", "relcl", "acl"})


# "By Jane Porter", "BY JANE PORTER AND TOM REYES, Staff Writers": a signature, not a sentence.
_BYLINE = re.compile(r"^[ \t\u00a0]*(?:By|BY|by)[ \t\u00a0]+(?P<names>[^\n]{2,100}?)[ \t\u00a0]*$", re.M)
_BYLINE_GLUE = frozenset({"and", "&", "of", "the", "in", "for", "de", "van", "von", "|", "-", "–", "—", "―"})
_BYLINE_WORDS = 10
_AUTHOR_LINE_WORDS = 12


@dataclass(slots=True)
class PersonMention:
    """A PERSON name in the text, with the role written around it.

    span (Span): the name as the NER found it.
    name (str): the name without honorific or possessive ("Ilham Aliyev").
    role (str | None): the title before the name or the appositive after it.
    full (Span): the mention including its title ("President of Azerbaijan Ilham Aliyev").
    gender (str | None): "m" or "f" when an honorific says so.
    """

    span: Span
    name: str
    role: str | None
    full: Span
    gender: str | None = None


def byline_spans(text: str, authors: Iterable[str] = (), body: list[Span] = ()) -> list[Span]:
    """The lines that sign the article, whose names are its authors, never its speakers.

    A line "By X" whose words after "By" are names (capitalised, joined by "and", commas);
    and, outside the ``body`` paragraphs, a short line naming one of ``authors``.
    RETURNS (list[Span]): the lines, in text order.
    """
    spans = set()
    for m in _BYLINE.finditer(text):
        if not _are_names(m.group("names")):
            continue
        spans.add((m.start(), m.end()))
        # the credit on the line under it ("Local Democracy Reporting Service", "Associated Press"): the signature's
        credit = re.match(r"\n[ \t\u00a0]*([^\n]+)", text[m.end():])
        if credit is not None and _is_credit(credit.group(1)):
            spans.add((m.end() + credit.start(1), m.end() + credit.end(1)))
    names = [a.strip() for a in authors if a and a.strip()]
    if names and body:  # without known paragraphs, a short line may be the body's
        for m in re.finditer(r"[^\n]+", text):
            line = m.group()
            if len(line.split()) <= _AUTHOR_LINE_WORDS and any(n in line for n in names) and \
                    not any(s <= m.start() < e for s, e in body):
                spans.add((m.start(), m.end()))
    return sorted(spans)


def _is_credit(line: str) -> bool:
    """True for a short line of capitalised words under a byline that ends on a credit's word ("Local Democracy
    Reporting Service", "Associated Press", "Staff Writer"; not a headline, "Union Says Mayor Must Go")."""
    words = line.split()
    return 0 < len(words) <= _CREDIT_WORDS and not line.rstrip().endswith((".", "!", "?", ":", '"', "”")) and \
        all(w[:1].isupper() and w[:1].isalpha() or w.lower() in _BYLINE_GLUE for w in words) and \
        words[-1].lower() in _CREDIT_ENDINGS


_CREDIT_WORDS = 6
# what a credit line ends with (not "Union Says Mayor Must Go", a headline under the byline)
_CREDIT_ENDINGS = frozenset({"service", "press", "writer", "writers", "reporter", "reporters", "correspondent",
                             "correspondents", "editor", "staff", "agency", "wire", "bureau", "desk", "contributor"})


def _are_names(words_text: str) -> bool:
    """True for "Jane Porter and Tom Reyes, Staff Writers"; False for "Monday, the bridge was shut."."""
    words = words_text.replace(",", " ").split()
    if not words or len(words) > _BYLINE_WORDS or words_text.rstrip().endswith(("!", "?")):
        return False
    return all(w[:1].isupper() or w.lower() in _BYLINE_GLUE for w in words)


def _is_furniture(start: int, end: int, skip: list[Span]) -> bool:
    return any(s < end and start < e for s, e in skip)


def role_before(doc, ent) -> tuple[str, int] | None:
    """The title written just before a name ("Defense Minister" Hulusi Akar), and its start.

    Walks left over capitalised words and title glue words; the run counts only if it
    holds a role word. RETURNS (tuple | None): (role text, start char) or None.
    """
    i = ent.start - 1
    if _apposed_to_role(doc, ent):  # "The Treasurer, Bronwyn Castellano,": the title's phrase before the comma
        title = ent.root.head
        if title.dep_ == "pobj" and title.head.lower_ in ("for", "to", "of") and \
                title.head.head.lemma_.lower() in ROLE_WORDS and title.head.head.i < title.i:
            title = title.head.head  # "A spokesman for the governor, Ben Castellano,": the parser's apposition
            # of "governor" is the spokesman's
        role = doc[title.left_edge.i:_after_own_title(doc, ent) - 1]
        if len(role) > 1 and role[0].pos_ == "DET":
            return role[1:].text, role.start_char  # the role without "the", as other roles are written
        return role.text, role.start_char
    first = None
    has_role = False
    # the honorifics before the name are no part of the role: "Chief Minister of Vindhya Pradesh Smt. [name]"
    while i >= 1 and (is_honorific(doc[i].text) or doc[i].text in (".", "'", "’") and is_honorific(doc[i - 1].text)):
        i -= 1
    while i >= 0 and ent.start - i <= 10:
        tok = doc[i]
        word = tok.lower_
        if tok.is_punct or tok.is_space or tok.like_num:
            break
        if word in ROLE_WORDS:
            has_role = True
        elif not (tok.is_title or tok.is_upper or word in _TITLE_GLUE or tok.tag_ == "POS"):
            break
        if tok.ent_type_ == "PERSON" and not any(e.start <= i < e.end and _honorific_of_next_name(e) for e in doc.ents):
            break
        first = i
        i -= 1
    if first is None or not has_role:
        return None
    while first < ent.start and doc[first].lower_ in ("of", "for", "and", "the", "'s"):
        first += 1
    span = doc[first:ent.start]
    words = [t.text for t in span if not is_honorific(t.text) and t.text not in (".", "'", "’")]
    if not words:
        return None
    return " ".join(words), span.start_char


_FIRM_ROLES = frozenset({"adviser", "advisor", "consultant", "sponsor", "partner", "contractor", "auditor"})
_STORM_WORDS = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical"})
_TITLE_PHRASE_MAX = 7  # words of a title with what it heads ("The President of the Republic")


def _apposed_to_role(doc, ent) -> bool:
    """True for a name set off by a comma after the title it stands in apposition to ("The
    Chancellor, Rachel Lind, said"), British and Australian style, a title of her own between them too ("The
    federal Minister for Emergency Management, Senator Helen Marchetti-Doyle,"); not a name after a clause
    that ends in a title ("Asked about the president, Varga said")."""
    k = _after_own_title(doc, ent) - 2
    if k < 0 or doc[k + 1].text != "," or ent.root.dep_ != "appos":
        return False
    title = ent.root.head  # "The President of the Republic, Lucía Ferreyra,": the title's head, before what follows it
    if title.lower_ not in ROLE_WORDS or title.i > k or title.right_edge.i < k:
        return False
    # a title's own words only: not "The head of the Super PAC backing Jeb Bush for president, Mike Murphy,"
    words = doc[title.left_edge.i:k + 1]
    return title.i == k or len(words) <= _TITLE_PHRASE_MAX and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _after_own_title(doc, ent) -> int:
    """Where the words before a name start that are not its own title ("Senator", "Dr" of ", Senator Helen
    Lind,"): the index of the first such title, or the name's start."""
    start = ent.start
    while start > ent.start - 3 and start > 1 and doc[start - 1].text.lower() in NAME_TITLES and \
            doc[start - 1].is_title:
        start -= 1
    return start


def kin_before(doc, ent) -> str | None:
    """The relation written just before a name: "her son" in "her son Marco" or "her son, Marco,"."""
    i = ent.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].lower_ not in KIN_WORDS:
        return None
    start = i - 1 if i > 0 and doc[i - 1].tag_ == "PRP$" else i
    return doc[start:i + 1].text


def role_after(ent) -> str | None:
    """The appositive role after a name ("Hulusi Akar, the head of the army" -> its head phrase), or the one a
    relative clause says the person holds now ("Ana Lind, who became chief executive in 2021," -> "chief
    executive"; not "who was mayor from 1990": a past one)."""
    head = ent.root
    for child in head.rights:
        role = _role_of_relative(child) if child.dep_ == "relcl" else None
        if role is not None:
            child = role
        if (child.dep_ in ("appos", "attr") or role is not None) and child.pos_ == "NOUN":
            words = list(child.subtree)
            while words and (words[0].lower_ in ("the", "a", "an") or words[0].is_punct):
                words = words[1:]
            while words and words[-1].is_punct:
                words = words[:-1]
            if words and len(words) <= 12:
                return doc_text(ent.doc)[words[0].idx:words[-1].idx + len(words[-1])]
    return _role_taken_on(head)


# verbs whose subject takes on the office named after "as" ("joined the city as planning director in 2023", "was
# appointed as chief executive", "took over as head coach"), which the subject holds unless the clause ends it
_TAKING_ON_LEMMAS = frozenset({"join", "appoint", "name", "hire", "elect", "take", "return", "start", "promote"})


def _role_taken_on(head) -> str | None:
    """The office a sentence says its subject took on: "[Naomi Fairbanks-Ude] joined the city as planning director
    in 2023" -> "planning director"; not "left as planning director", "served as mayor until 2019" nor "will join"."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _TAKING_ON_LEMMAS or \
            any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may") or
                c.dep_ == "prep" and c.lower_ in ("until", "before") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < head.i:
            continue
        office = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lower_ in ROLE_WORDS),
                      None)
        if office is None:
            return None
        words = [t for t in office.subtree if not t.is_punct]
        words = [t for t in words if not (t.i == words[0].i and t.lower_ in ("the", "a", "an", "its", "their"))]
        if words and len(words) <= 6 and not any(t.dep_ == "prep" and t.lower_ == "at" for t in office.children):
            return doc_text(head.doc)[words[0].idx:words[-1].idx + len(words[-1])]
    return None


def known_as_holder(verb):
    """Whom a "known" or "nicknamed" clause describes: the participle's passive subject ("Garraway, 36, is known as
    ..."), else the word the clause hangs on ("Castellani, known in the peloton as ...", "a group known as ..."), the
    name for "who" ("Farrow, who was known as ...") and for an age set beside it ("Castellani, [29], known as ...");
    a conjunct speaks of the first one's subject ("who scored 97 goals and was known as ...")."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    subjects = [c for c in first.children if c.dep_ == "nsubjpass"]
    holder = subjects[0] if subjects else first.head if first.dep_ in ("acl", "relcl", "advcl") else None
    if holder is not None and holder.lower_ in ("who", "whom") and first.dep_ == "relcl":
        return first.head
    if holder is not None and holder.like_num and holder.dep_ == "appos":
        return holder.head
    return holder


def _role_of_relative(verb):
    """The office ``verb``'s clause ("who became chief executive", "who is the city's planning director", "who has
    been mayor since 2019", "who has served two terms as mayor") says its subject holds, or None."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        return None
    if any(c.dep_ in ("conj", "advcl") or c.dep_ == "aux" and c.lower_ not in ("has", "have") or
           c.dep_ == "prep" and c.lower_ in ("before", "until") for c in verb.children):
        return None  # "who will become ...", "who became mayor in 2006 and served two terms", "... before being ousted"
    perfect = verb.tag_ == "VBN" and any(c.lower_ in ("has", "have") for c in verb.children)
    if verb.lemma_ == "become" or verb.lemma_ == "be" and (verb.tag_ in ("VBZ", "VBP") or perfect):
        return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.lower_ in ROLE_WORDS),
                    None)
    if verb.lemma_ == "serve" and (verb.tag_ in ("VBZ", "VBP") or perfect):
        # (the parser hangs "as" on "[two terms] as mayor" as often as on the verb)
        heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_ == "term"]
        return next((o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                     if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lower_ in ROLE_WORDS), None)
    return None


def _initials_of_a_body(name: str, text: str) -> bool:
    """True for capitals the text gives in brackets after the words they abbreviate ("National Drug Safety
    Administration (NDSA)"), which the NER may read as a person's name."""
    if not name.isupper() or not 2 <= len(name) <= 8 or not name.isalpha():
        return False
    for m in re.finditer(r"\(" + re.escape(name) + r"\)", text):
        words = [w for w in text[max(0, m.start() - 120):m.start()].split() if w[:1].isupper()]
        if "".join(w[0] for w in words[-len(name):]) == name and \
                not person_initials(words[-len(name):]):
            return True  # (not "John Fitzgerald Kennedy (JFK)": a person's initials)
    return False


def _storm_names(doc) -> frozenset[str]:
    """The names the text gives storms ("Hurricane [Delphine]", "Storm [Orla]")."""
    return frozenset(doc[t.i + 1].text for t in tokens_in(doc, _STORM_WORDS) if t.i + 1 < len(doc) and
                     t.text[:1].isupper() and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].pos_ == "PROPN")


# the particles of Irish and Scottish Gaelic surnames, between a given name and the rest ("Siobhán Ní Bhriain",
# "Gráinne Mac Cárthaigh", "Pádraig Ó Dubhghaill"), which the NER reads as a body
_GAELIC_PARTICLES = frozenset({"Ní", "Nic", "Uí", "Ó", "Mac", "Mhic", "Nig"})


def _gaelic_name(ent) -> bool:
    """True for a name with a Gaelic surname particle inside it, a person's whatever the NER read."""
    return len(ent) >= 3 and ent[0].is_title and ent[-1].is_title and \
        any(t.text in _GAELIC_PARTICLES for t in ent[1:-1])


def person_mentions(doc, skip: list[Span] = ()) -> list[PersonMention]:
    """Every person's name of ``doc`` outside ``skip`` spans, in text order, with roles.

    The NER's PERSON names, mended where the small model errs (``_with_particles``,
    ``_with_surname``, ``_without_tail``), and the names it took for a body or a place that
    open with a common given name or stand in apposition to a person's role; then the names a
    title introduces (``titled_names``).
    """
    mentions = []
    text = doc_text(doc)
    honoured = _honoured_surnames(doc)
    surnames = frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
    placed = _placed_words(doc)
    countries = _demonymed_words(doc)
    craft = _craft_names(doc)
    storms = _storm_names(doc)
    body_openers = _body_openers(doc)
    moved_from = _moved_from_words(doc)
    works, short_bodies = _work_names(doc), _short_body_names(doc)
    joined_to = 0  # the end of a name that took in the NER's next one
    for ent in doc.ents:
        if ent.start < joined_to:
            continue
        if ent.label_ != "PERSON" and not _given_name_first(ent) and not _honoured_given_name(ent) and \
                not _name_apposed_to_role(ent) and \
                not _name_after_role(ent) and not _name_before_post_nominal(ent) and \
                not _surname_honoured(ent, honoured) and not _first_name_apposed_to_kin(ent) and \
                not _role_before_known_surname(ent, surnames) and \
                not _after_honorific(ent) and not _after_given_name(ent) and not _gaelic_name(ent) and \
                not _called_her_or_his(ent) and not (len(ent) == 1 and one_of_people(ent.root)):
            continue  # (the last: "Shirin, one of the depot's four women drivers," read as a place)
        if any(t.is_digit for t in ent[1:-1]) and ent[0].pos_ == "PROPN" and ent[-1].pos_ == "PROPN":
            continue  # "Harcastle United 2 Brindmoor": a score line, two sides and a score
        given_left_out = _after_given_name(ent)  # on the NER's own span, before the mending below rebuilds it
        whole = _with_split_surname(_without_portfolio(ent))
        if whole.end > ent.end:
            joined_to = whole.end
        office = role_before(doc, ent) if whole.start > ent.start else None  # "Minister of Finance and [Economy]"
        ent = _with_given_name(_without_tail(_with_surname(_with_particles(whole))), given_left_out)
        if ent.start > 0 and company_noun_before(doc[ent.start - 1]) is not None:
            continue  # "the pharmacy chain Wellspring": a company, whatever the NER read
        if ent.start > 1 and doc[ent.start - 1].lower_ in BODY_BEFORE_NAME_NOUNS and \
                doc[ent.start - 1].tag_ == "NN" and ent[0].lower_ not in GIVEN_NAMES and \
                ent.root.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "the road safety charity Slow Down Now", "the campaign group Brake": the body's name
        if len(ent) > 1 and ent[-1].is_lower and ent[-1].is_alpha and not hyphen_in_word(ent[-2]):
            # "as Hexford bin strike enters fifth week": a name ends on a capitalised word, no particle (but
            # "Leung Hoi-yan" on the part after its hyphen)
            continue
        if ent.text.lower() in _PLATFORMS:
            continue  # "In a post on Instagram": the NER reads a platform as a person
        if ent.end + 1 < len(doc) and hyphen_in_word(doc[ent.end]) and doc[ent.end + 1].is_lower:
            continue  # "Mum-of-three Kayleigh Burrows", "a Trump-backed candidate": a word made with the name
        if _initials_of_a_body(ent.text, text):
            continue  # "The NDSA said" after "The National Drug Safety Administration (NDSA)": a body's initials
        if ent[0].lower_ in _STORM_WORDS or ent.start > 0 and doc[ent.start - 1].lower_ in _STORM_WORDS or \
                ent.text in storms:
            continue  # "Storm Orla", "Hurricane Helene", and "Delphine" after "Hurricane Delphine": weather
        if _honorific_of_next_name(ent):
            continue  # "Vindhya Pradesh Smt. Kaveri Raman", "Datuk Hajah Rosnah ...": the title opens the next name
        if in_title_case_line(ent[0]) and (all(t.pos_ == "NOUN" for t in ent) or not _named_elsewhere(ent)):
            continue  # "Governor Vows Veto of Tax [Bill]", "... Over [Insulin Price]": common nouns in capitals
        if _names_a_place(ent, placed) or _before_a_place_noun(ent) or \
                len(ent) == 1 and ent[0].text in countries:  # "Veltrana launched 56 drones" of "Veltranian crews"
            continue  # "moved to Mill Row", "the bells of St Brannoc's", "the Kilhaven boats" after "in Kilhaven"
        if _names_a_book(ent):
            continue  # "read from Luke's Gospel", "the Book of Job": scripture, no one of the article
        if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and \
                (ent[0].lower_ in DOCUMENT_WORDS or ent[0].lower_ in LAW_TEXTS or ent[0].lower_ in _SKY_WORDS):
            continue  # "according to the Bill", "on its way to the Moon": a text or a world, not a man called Bill
        if ent.start >= 2 and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")" and \
                doc[ent.start - 2].pos_ == "PROPN" and ent[0].lower_ not in GIVEN_NAMES:
            continue  # "Nur Hidayah Rahmat (Pasir Laba SMC)": a seat, a party or a state in brackets after a name (not
            # "the Resolution Foundation (Torsten Bell)")
        if len(ent) == 1 and ent[0].text in craft:
            continue  # "Tessera's principal investigator" after "The Tessera comet probe": a craft's name
        if ent.root.dep_ == "nsubj" and role_read_as_verb(ent.root.head) and ent.root.head.i == ent.end:
            continue  # "Marlins [coach] Steve Garbutt", the role read as a verb: the club before the role is no one
        if len(ent) == 1 and body_openers.get(ent[0].text, len(doc)) < ent.start and ent.root.dep_ != "appos" and \
                not any(c.dep_ == "appos" for c in ent.root.children):
            continue  # "Harwick had paid" after "Harwick Power & Light": the body, by the first word of its name (not
            # "Kent, the council's leader," after "Kent County Council")
        if len(ent) == 1 and ent.text in moved_from and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN":
            continue  # "the Wolverhampton rapper" when his mother "had driven up from Wolverhampton": the town
        if _names_a_team(ent) or _names_a_company(ent):
            continue  # "Kelverton Rovers have announced the death of ...", "Harmon Bulk said": a club, a company
        if _names_a_language(ent):
            continue  # "the prize in Welsh poetry", "not in Welsh": a language (Irvine Welsh is a person)
        if len(ent) == 1 and demonym_person(ent[0]) and ent.start > 0 and doc[ent.start - 1].lower_ == "the":
            continue  # "the Welshman", "the Scot": someone named elsewhere, by where they are from
        start, end = ent.start_char, _double_surname_end(doc, ent)
        if _is_furniture(start, end, skip) or in_dateline(text, start, end):
            continue
        title, name = split_title(clean_name(text[start:end]))
        if title is None:
            title, name = split_descriptor(name)
        if not name or not any(c.isupper() for c in name) or "\n" in name or \
                name.split()[0].lower() in _NOT_NAMES:
            continue  # "Among Latinos", "Resolutions": the NER's mistakes
        if all(w.lower() in ROLE_WORDS or w.lower() in _TITLE_GLUE or w.lower() + "." in NAME_TITLES
               for w in name.split()):
            continue  # "the Treasurer", "Premier", "Det.": a title alone names nobody yet
        if name.split()[-1].lower() in NEWSPAPER_WORDS and (len(name.split()) == 1 or ent.start > 0 and
                                                            doc[ent.start - 1].lower_ == "the"):
            continue  # "told The Gazette", "the Herald": a newspaper the NER took for a person
        if name.split()[-1].lower() in _CONTEST_WORDS and len(name.split()) >= 2:
            continue  # "the Vasant Trophy final", "the Harrow Cup": a contest or its prize, not a person
        if _work_set_beside(ent) or ent.text in works:
            # "Tallow Moon, her first album in ten years, comes out": a title, what it is said beside it, and
            # wherever else the article writes it ("Tallow Moon is out now")
            continue
        if ent.text in short_bodies:
            continue  # "Grey Heron said" after "her label, Grey Heron Records": the label, by its short name
        work = ent.root.head
        if ent.root.dep_ == "appos" and work.lemma_.lower() in _WORK_NOUNS and (
                work.dep_ != "pobj" or work.head.lower_ != "of"):
            continue  # "her fourth album, Salt and Silver,", "from his memoir, Second Takes,": a title (not "the
            # author of the book, X")
        set_off = ent.start > 1 and doc[ent.start - 1].text == "," and ent.end < len(doc) and doc[ent.end].text == ","
        before_work = ent.start - 1 - set_off
        work_word = doc[before_work] if before_work >= 0 else None
        if work_word is not None and work_word.is_lower and work_word.lemma_.lower() in _WORK_NOUNS and (
                work_word.dep_ == "compound" or work_word.pos_ == "NOUN" and before_work == ent.start - 1 or
                set_off and any(c.dep_ == "poss" for c in work_word.children)):
            # (not "In the film, Tom Harte plays ...": the actor; nor "the author of the book, X")
            continue  # "dropped from panel show Quizzed Off", "his memoir, Second Takes, the actor ...": a title
        before = role_before(doc, ent)
        if before is None and office is not None:
            before = (text[office[1]:doc[ent.start - 1].idx + len(doc[ent.start - 1])], office[1])
        apposed = role_after(ent)
        role = before[0] if before else (title or apposed or kin_before(doc, ent))
        if role and apposed and all(w in RANK_TITLES for w in role.lower().split()):
            role = f"{role} {apposed}"  # "Col. Miroslav Dantek, the army's spokesman,": "Col. army's spokesman"
        full_start = before[1] if before else start
        words = [doc[ent.start - 1].text] if ent.start > 0 else []
        # the given name wherever it stands before the surname ("Neighbour Hamish Gillespie"), and an honorific
        # the NER took in ("Ms Lind"); a lone word is a surname ("Warren", "Graham"), whatever given name it spells
        ent_words = ent.text.split()
        gender = honorific_gender(words + (ent_words[:-1] if len(name.split()) > 1 else
                                           [w for w in ent_words[:1] if w.lower() in HONORIFICS])) or \
            _kin_gender(ent)
        mentions.append(PersonMention((start, end), name, role, (full_start, end), gender))
    mentions.extend(titled_names(doc, skip, [m.span for m in mentions]))
    mentions.extend(unlabelled_names(doc, skip, [m.span for m in mentions], honoured))
    mentions.extend(capitalised_names(doc, skip, [m.span for m in mentions]))
    mentions.extend(kin_given_names(doc, skip, [m.span for m in mentions]))
    return _with_nicknames(doc, sorted(mentions, key=lambda m: m.span), skip)


# last words of a street's name that no surname is: the NER reads "Mill Row" and "Harbour Road" as people
STREET_ENDINGS = frozenset({"row", "street", "road", "lane", "avenue", "crescent", "terrace", "square", "quay",
                             "wharf", "mews", "parade", "esplanade"})
# the last words of towns' names ("The mayor of [Sorrel Falls]", "in [Cedar Springs]"), which are surnames too
# ("Tendai Mills"): a town only after a preposition (not "and"), and never the subject of a verb later
_TOWN_ENDINGS = frozenset({"falls", "springs", "creek", "heights", "hills", "bay", "harbour", "harbor", "valley",
                           "ridge", "junction", "crossing", "rapids", "landing", "mills", "cove", "bluffs"})
_SAINT_WORDS = frozenset({"st", "st.", "saint"})
_PLACED_BY = frozenset({"in", "near", "outside"})
# the worlds of the sky, which the NER may read as people after "the" ("to the Moon")
_SKY_WORDS = frozenset({"moon", "sun", "earth", "mars", "venus", "jupiter", "saturn", "mercury", "uranus", "neptune"})
# verbs of coming and going, whose "from" a place follows
_MOVING_VERBS = frozenset({"drive", "travel", "fly", "move", "commute", "sail", "cycle", "journey", "relocate",
                           "emigrate", "migrate", "flee", "hitchhike"})
_BEFORE_A_PLACE = frozenset({"in", "on", "at", "to", "near", "of", "from", "along", "off", "and", "outside"})
_BEFORE_A_TOWN = _BEFORE_A_PLACE - {"and"}


def _placed_words(doc) -> frozenset[str]:
    """The one-word proper names ``doc`` writes as a place: after "in", "near" or "outside" ("the only deckhand in
    Kilhaven") where the NER reads no person ("faith in Lind"; "in Lind's office" has Lind as a possessor); not
    after "at", which people follow ("staring at Lind")."""
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}  # "in Trump" is his
    # from the few prepositions, not every token (this runs once per article)
    return frozenset(t.text for prep in tokens_in(doc, _PLACED_BY) for t in prep.children
                     if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.ent_type_ != "PERSON" and t.text not in surnames
                     and not any(c.dep_ in ("compound", "poss", "case") for c in t.children))


def _moved_from_words(doc) -> frozenset[str]:
    """The one-word proper names someone travels from in ``doc`` ("had driven up from Wolverhampton"), with nothing
    said of them as of a person ("walked from Kent, a ..." would be; "help came from Preston, who" is no journey)."""
    return frozenset(t.text for prep in tokens_in(doc, {"from"}) if prep.head.pos_ == "VERB" and
                     prep.head.lemma_.lower() in _MOVING_VERBS for t in prep.children
                     if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.ent_type_ != "PERSON" and
                     not any(c.dep_ in ("appos", "relcl", "acl", "compound", "poss") for c in t.children))


# social networks and messaging services, which the NER may read as people ("a post on Instagram")
_PLATFORMS = frozenset({"instagram", "facebook", "twitter", "tiktok", "youtube", "threads", "telegram", "whatsapp",
                        "snapchat", "linkedin", "bluesky", "reddit", "truth social", "weibo", "wechat", "signal"})


def _demonymed_words(doc) -> frozenset[str]:
    """The one-word names of the countries and regions whose people the text names by an adjective the NER reads as
    a nationality ("Veltrana" of "a Veltranian drone", "Dalmoria" of "Dalmorian units"), which it may read as people
    when they act ("Veltrana launched 56 drones")."""
    forms = set()
    for ent in doc.ents:
        word = ent.text
        if ent.label_ != "NORP" or len(ent) != 1 or not word.endswith("an") or not word[:1].isupper():
            continue
        stem = word[:-3] if word.endswith("ian") else word[:-2]
        forms.update({word[:-1], stem + "a", stem + "ia"})
    return frozenset(f for f in forms if len(f) > 3)


# books of scripture named after a person: "Luke's Gospel", "the Gospel of Luke", "the Book of Job"
_SCRIPTURE_WORDS = frozenset({"gospel", "gospels", "epistle", "book", "psalm", "psalms"})


def _names_a_book(ent) -> bool:
    """True for a one-word name that names a book of scripture: the possessor of "Gospel" ("Luke's Gospel") or the
    object of "the Gospel of" ("the Gospel of Luke", "the Book of Job"), capitalised as scripture is."""
    doc = ent.doc
    if len([t for t in ent if t.tag_ != "POS"]) != 1:
        return False
    after = doc[ent.end:ent.end + 2]
    if len(after) and after[0].tag_ == "POS":
        after = after[1:]
    if len(after) and after[0].lower_ in _SCRIPTURE_WORDS and after[0].is_title:  # not "Jenkins's book"
        return True
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in _SCRIPTURE_WORDS \
        and doc[ent.start - 2].is_title


# what carries a name like a person's and is no one: craft, vessels, telescopes and horses
_CRAFT_NOUNS = frozenset({"probe", "spacecraft", "satellite", "rover", "lander", "orbiter", "telescope", "rocket",
                          "ship", "vessel", "ferry", "yacht", "boat", "tanker", "trawler", "submarine", "aircraft",
                          "jet", "locomotive", "horse", "racehorse", "mare", "colt", "filly", "gelding", "stallion"})


def _craft_names(doc) -> frozenset[str]:
    """The one-word names ``doc`` gives a craft or a horse: before its noun ("The Tessera comet probe") or after it
    ("the probe Tessera", "the ferry Hebridean")."""
    found = set()
    for noun in tokens_in(doc, _CRAFT_NOUNS):  # from the few craft nouns, not every token (once per article)
        if noun.pos_ != "NOUN":
            continue
        for child in noun.children:
            if child.pos_ == "PROPN" and (child.dep_ == "compound" and child.i < noun.i or
                                          child.dep_ == "appos" and child.i == noun.i + 1):
                found.add(child.text)
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.pos_ == "PROPN" and after.head.i == noun.i:
            found.add(after.text)
    return frozenset(found)


def _body_openers(doc) -> dict[str, int]:
    """The first words of the bodies' names of two words or more in ``doc`` ("Harwick" of "Harwick Power & Light"),
    each with where it is first named so, less those that are a given name or some person's name's word ("Tom
    Harlow" beside "Harlow Foods"), or follow a person's title anywhere ("Mr. Harlow")."""
    openers: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "ORG" and sum(not t.is_space for t in ent) >= 2 and ent[0].pos_ == "PROPN" and \
                ent[0].is_title and ent[0].lower_ not in GIVEN_NAMES:
            openers.setdefault(ent[0].text, ent.start)
    if not openers:
        return openers
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            for token in ent:
                openers.pop(token.text, None)
    for token in tokens_in(doc, {word.lower() for word in openers}):
        if token.text in openers and token.i > 0 and person_title(doc[token.i - 1]):
            openers.pop(token.text, None)
    return openers


def _names_a_team(ent) -> bool:
    """True for a name of two words or more that ends as clubs' names do and opens with no given name."""
    words = [t for t in ent if t.tag_ != "POS"]
    return len(words) >= 2 and words[-1].lower_ in TEAM_ENDINGS and words[0].lower_ not in GIVEN_NAMES


def _names_a_company(ent) -> bool:
    """True for a name of two words or more that ends in a capitalised word companies' names end with ("Selkie
    Marine", "Hollins Homes"), with no given name in it ("Jean-Marie Line") and no person's noun or title just
    before it ("Driver Yerlan Lines", "The driver, Yerlan Lines,")."""
    words = [t for t in ent if t.tag_ != "POS"]
    if len(words) >= 2 and words[-1].text.rstrip(".") in LEGAL_FORMS:
        return True  # "Sinar Perdana Holdings Bhd", "Harlow Foods Inc.": a company's legal form ends the name
    if len(words) < 2 or words[-1].lower_ not in COMPANY_WORDS or not words[-1].is_title or \
            has_given_name(words):
        return False
    # the word just before, or before a comma ("The driver, Yerlan Lines,"), in the name's own sentence
    k = ent.start - 1 - (ent.start > 0 and ent.doc[ent.start - 1].text == ",")
    return k < ent.sent.start or not person_title(ent.doc[k])


# languages and the adjectives of peoples that are surnames too ("Welsh", "English", "French")
_LANGUAGE_WORDS = frozenset({"welsh", "english", "irish", "scottish", "scots", "french", "dutch", "spanish",
                             "german", "gaelic", "cornish", "manx", "breton", "basque", "catalan", "italian"})


def _names_a_language(ent) -> bool:
    """True for one such word used as a language or an adjective: before a noun ("Welsh poetry") or after "in",
    "into" or "from" ("not in Welsh", "translated from Irish")."""
    word = ent[0]
    if len(ent) != 1 or word.lower_ not in _LANGUAGE_WORDS:
        return False
    return word.dep_ in ("amod", "compound") and word.head.i > word.i or \
        word.dep_ == "pobj" and word.head.lower_ in ("in", "into", "from")


def _names_a_place(ent, placed: frozenset[str]) -> bool:
    """True for a PERSON entity that names a place where a place stands: a street or a town after a preposition
    ("moved to Mill Row", "the mayor of Sorrel Falls", not "Ms Penny Lane chaired"), a saint's church ("the bells
    of St Brannoc's", not "St John spoke"), or one word the article writes as a place elsewhere used as no one's
    subject ("the Kilhaven boats", not "Jordan met families")."""
    words = [t for t in ent if t.tag_ != "POS"]
    if not words:
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    after_place_word = before is not None and before.lower_ in _BEFORE_A_PLACE
    if len(words) >= 2 and words[-1].lower_ in STREET_ENDINGS and words[0].lower_ not in GIVEN_NAMES and \
            after_place_word:
        return True
    if len(words) >= 2 and words[-1].lower_ in _TOWN_ENDINGS and words[0].lower_ not in GIVEN_NAMES and \
            before is not None and before.lower_ in _BEFORE_A_TOWN and \
            not any(c.dep_ == "appos" and (c.lemma_.lower() in ROLE_WORDS or c.lemma_.lower() in PERSON_NOUNS or
                                           c.lemma_.lower() in KIN_WORDS) for c in ent.root.children) and not any(
                # (not "to Tendai Mills, a midwife": who she is; "of Sorrel Falls, Kevin Haldane" names its mayor)
                t.text == words[-1].text and t.dep_ in ("nsubj", "nsubjpass") for t in ent.doc[ent.end:]):
        return True
    if len(words) == 2 and words[0].lower_ in _SAINT_WORDS and (after_place_word or len(ent) > len(words)):
        return True  # "of St Brannoc's", "at St Ita's"
    if len(words) == 1 and _joined_to_place(ent.root):
        return True  # "companies in New York and Lyon"
    return len(words) == 1 and words[0].text in placed and ent.root.dep_ not in ("nsubj", "nsubjpass", "appos")


def _joined_to_place(token) -> bool:
    """True for a word joined by "and"/"or" to a place the NER labels, after a preposition ("in New York and
    [Lyon]", "from [Lyon] or Paris")."""
    places = ("GPE", "LOC")
    if token.dep_ == "conj" and token.head.ent_type_ in places:
        other = token.head
    else:
        other = next((c for c in token.children if c.dep_ == "conj" and c.ent_type_ in places), None)
    if other is None:
        return False
    first = token if token.i < other.i else other
    return first.dep_ == "pobj"


def split_descriptor(name: str) -> tuple[str | None, str]:
    """A name's opening word that says what someone is, and the rest ("Engineer Priya Raman" -> ("Engineer",
    "Priya Raman"), "Director-General Ilse Vandermolen-Kaur"), when a given name follows it and a surname that;
    (None, name) otherwise."""
    words = name.split()
    # the title after a body's initials or name too ("ASA Director-General Ilse ...", "Halsey City Schools
    # Superintendent Yvonne ...")
    for k in range(len(words) - 2):
        word = words[k].lower()
        titled = word in PERSON_NOUNS or k > 0 and word in ROLE_WORDS or "-" in word and all(
            part in ROLE_WORDS or part in _TITLE_HALVES for part in word.split("-"))
        if titled and words[k + 1].lower() in GIVEN_NAMES and all(w[:1].isupper() for w in words[:k]) and \
                (k == 0 or words[0].lower() not in GIVEN_NAMES):  # not "Kofi Prince Kwame Asante", one man's names
            return " ".join(words[:k + 1]), " ".join(words[k + 1:])
    return None, name


# the halves of hyphenated titles that are no role alone ("Vice-President", "Solicitor-General")
_TITLE_HALVES = frozenset({"vice", "solicitor", "postmaster", "major", "rear", "lord"})


def _honorific_of_next_name(ent) -> bool:
    """True for an entity that ends on an honorific whose name comes after it: the NER ran the honorific into the
    words before ("Chief Minister of Vindhya Pradesh [Smt]. Kaveri Ramanathan") or read honorifics alone as a name
    ("Datuk Hajah Rosnah Abdul Ghani", "Dato' Sri Zulkarnain")."""
    doc = ent.doc
    if not is_honorific(ent[-1].text):
        return False
    i = ent.end
    while i < len(doc) and (doc[i].text in (".", "'", "’") or is_honorific(doc[i].text)):
        i += 1
    return i < len(doc) and doc[i].is_title and doc[i].pos_ == "PROPN" and i - ent.end <= 3


# A nickname in quotation marks between a given name and a surname: "Jack ‘Haddo’ Haddon", and with an article in
# Spanish and Portuguese, before two surnames: 'Ramón "el Tano" Iacovino Ferrer' (a second surname is checked in
# ``_with_nicknames``)
NICKNAMED = re.compile(r"\b([A-Z][a-zà-ÿ]+)[ \t]+[‘'\"“]((?:(?:el|la|o|a|do|da)[ \t])?[A-Z][\w’'-]*"
                       r"(?:[ \t][A-Z][\w’'-]*)?)[’'\"”][ \t]+([A-Z][\w’'-]*[a-zà-ÿ](?:[ \t][A-Z][\w’'-]*[a-zà-ÿ])?)\b")


def _role_before_known_surname(ent, surnames: frozenset[str]) -> bool:
    """True for a role and a surname the NER read together as a body ("Justice Calloway-Tse" after "Justice Miriam
    Calloway-Tse"), when the article has named a person with that surname."""
    rest = ent[1:]
    return ent.label_ != "PERSON" and len(rest) > 0 and ent[0].lower_ in ROLE_WORDS and \
        ent[0].lower_ not in COMPANY_ROLES and rest[-1].text in surnames and \
        all(t.is_title and t.pos_ == "PROPN" or hyphen_in_word(t) for t in rest)


def _honoured_surnames(doc) -> frozenset[str]:
    """The words an honorific stands before ("Coombes" of "Ms Coombes"): surnames, whatever the NER read."""
    return frozenset(doc[t.i + 1].text for t in tokens_in(doc, _NAME_HONORIFICS)
                     if t.i + 1 < len(doc) and _HONORIFIC_FORM.fullmatch(t.text) and doc[t.i + 1].is_title
                     and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].lower_ not in STREET_ENDINGS)


def _surname_honoured(ent, honoured: frozenset[str]) -> bool:
    """True for a name the NER took for a body or a place whose last word the article writes
    after an honorific ("Nerida Coombes" ... "Ms Coombes"): a person's full name."""
    words = _name_words(ent) if _could_be_a_name(ent, 3) else None
    return words is not None and words[-1] in honoured


def _with_nicknames(doc, mentions: list[PersonMention], skip: list[Span]) -> list[PersonMention]:
    """One person for a name with a nickname in quotation marks ("Finn ‘Spider’ Okoro", which the
    NER reads as two people or none), named without it; the mentions inside it give way."""
    text = doc_text(doc)
    for m in NICKNAMED.finditer(text):
        start, end, surname = m.start(), m.end(), m.group(3)
        first = doc.char_span(m.start(3), m.end(3), alignment_mode="expand")
        if " " in surname and (a_headline_verb(surname.split()[1]) or first is not None and
                               in_title_case_line(first[0]) or text.count(surname) < 2):
            # two surnames when the article writes them together again ("Iacovino Ferrer told reporters"); not "Finn
            # 'Spider' Okoro Wins Title", a surname and the headline's verb
            surname = surname.split()[0]
            end = m.start(3) + len(surname)
        if not (m.group(1).lower() in GIVEN_NAMES or _read_as_person(doc, m.start(1), m.end(1))) or \
                _is_furniture(start, end, skip) or surname.lower() in _NOT_NAME_WORDS:
            continue
        gender = honorific_gender([m.group(1)])
        role = next((p.role for p in mentions if start <= p.span[0] < end and p.role), None)
        mentions = [p for p in mentions if not (p.span[0] < end and start < p.span[1])]
        # the surname is where the parse has the name's head (the given name hangs apart from it)
        mentions.append(PersonMention((m.start(3), end), f"{m.group(1)} {surname}", role, (start, end), gender))
        # the nickname with the surname elsewhere ("Bobby Lang" in the headline) is the same person, by the name
        short = f"{m.group(2)} {surname}"
        if not any(p.name == short and _introduced_apart(p, text) for p in mentions):
            mentions = [replace(p, name=f"{m.group(1)} {surname}", gender=p.gender or gender)
                        if p.name == short else p for p in mentions]
    return sorted(mentions, key=lambda p: p.span)


def _introduced_apart(mention: PersonMention, text: str) -> bool:
    """True for a name introduced as someone of its own: by a family word ("His grandson, Bobby Lang,") or in
    apposition ("Bobby Lang, a builder,"); not a title written before it ("Mayor Bobby Lang")."""
    role = (mention.role or "").lower().split()
    return any(w in KIN_WORDS for w in role) or text[max(0, mention.span[0] - 2):mention.span[0]] == ", " or \
        bool(role) and text[mention.span[1]:mention.span[1] + 2] == ", "


def _read_as_person(doc, start: int, end: int) -> bool:
    """True when the NER reads the word at ``start:end`` as (part of) a person's name: a given name
    of a language the list lacks ("Teodoro 'Teddy' Balagtas")."""
    span = doc.char_span(start, end)
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


# works whose titles stand beside them ("her album, Salt and Silver,"), no people
_WORK_NOUNS = frozenset({"album", "song", "single", "book", "novel", "memoir", "film", "movie", "show", "series",
                         "play", "musical", "painting", "poem", "documentary", "podcast", "record", "track"})
# labels the NER gives a capitalised word that no name can have ("Brannigan, 51," read as a DATE): unlabelled
_NO_NAME_LABELS = frozenset({"", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
# the labels of a one-word place that may be a name the NER misread ("Bethan Carrow" read as two places)
_TOWN_LABELS = frozenset({"GPE", "LOC"})
# the parts of a sentence a person's name plays ("Callum Reyes spent ...", "met Callum Reyes")
_NAME_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "dobj", "pobj", "conj", "attr"})


# parties by the word for a member, which the NER labels apart from the name after it
_PARTY_WORDS = frozenset({"democrat", "republican", "labour", "tory", "conservative", "liberal", "independent"})


def unlabelled_names(doc, skip: list[Span] = (), taken: list[Span] = (),
                     honoured: frozenset[str] = frozenset()) -> list[PersonMention]:
    """Names the NER left without any label that open with a common given name ("Callum
    Reyes spent twenty years ...") or end with a surname the article writes after an
    honorific (``honoured``): two or three capitalised proper nouns outside every
    entity, the last one heading the phrase in a part a person plays (not a compound: "Ana
    Lind years"), after no determiner ("the Kelly File"), no word of a body or a place among
    them, in a sentence that is not a title-case heading."""
    found = []
    proper, name_word, placed_word = _proper_words(doc)
    given_noun = _given_names_read_as_nouns(doc)
    i = 0
    while i < len(doc):
        end, words, joined, placed = i, 0, False, False
        if i in given_noun and i + 1 < len(doc) and name_word[i + 1]:
            end, words = i + 1, 1  # "Dolores Finch" with "Dolores" tagged a plural noun: the name opens on it
        while end < len(doc) and words < 3:
            if name_word[end] or placed_word[end]:
                placed = placed or placed_word[end]
                end, words, joined = end + 1, words + (not joined), False
            elif words and end + 1 < len(doc) and name_word[end + 1] and hyphen_in_word(doc[end]):
                end, joined = end + 1, True  # "Tobiah Ndukwe-Larsen": one surname in three tokens
            else:
                break
        if words < 2:  # (read off arrays first: most tokens open no name, and each doc[i] builds a Token)
            i = max(end, i + 1)
            continue
        given = doc[i].lower_ in GIVEN_NAMES and doc[i].lower_ not in PLACE_GIVEN_NAMES or _age_after(doc, end)
        if placed:  # "Bethan Carrow, 34," read as two places: a given name and an age make it a person's
            given = doc[i].lower_ in GIVEN_NAMES and _age_after(doc, end) and not any(
                placed_word[k] and doc[k].ent_iob_ == "I" for k in range(i, end))
        # (a party may stand before the name: "Democrat [Renata Voss]", "Republican [Dale Brooks]")
        if not (given or not placed and doc[end - 1].text in honoured) or \
                (i > 0 and proper[i - 1] and doc[i - 1].lower_ not in _PARTY_WORDS) or (end < len(doc) and proper[end]):
            i = max(end, i + 1)
            continue
        span = doc[i:end]
        last = doc[end - 1]  # the surname heads the name (the parser may even end a sentence before it)
        if last.dep_ in _NAME_DEPS and not _heading(last.sent) and (i == 0 or doc[i - 1].pos_ != "DET") and \
                not _is_furniture(span.start_char, span.end_char, list(skip) + list(taken)):
            described, _ = split_descriptor(span.text)  # "Engineer Priya Raman": Priya Raman, an engineer
            name = doc[i + 1:end] if described else span
            gender = honorific_gender(([doc[name.start - 1].text] if name.start > 0 else []) + [name[0].text])
            before = role_before(doc, span) if _apposed_to_role(doc, span) else None  # "The President, Lucía X,"
            found.append(PersonMention((name.start_char, name.end_char), name.text,
                                       before[0] if before else described or role_after(span),
                                       (before[1] if before else span.start_char, span.end_char), gender))
        i = end
    return found


def _double_surname_end(doc, ent) -> int:
    """Where a person's name ends that the NER cut at the hyphen of a double surname ("[Marisol Quaintance]-Obi"):
    after the second half, a capitalised proper noun joined to the first by the hyphen alone."""
    k = ent.end if ent[-1].text in _HYPHENS else ent.end + 1  # (the NER may take the hyphen in: "Quaintance-")
    if k < len(doc) and doc[k - 1].text in _HYPHENS and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_ \
            and doc[k].pos_ == "PROPN" and doc[k].is_title and not doc[k].ent_type_:
        return doc[k].idx + len(doc[k])
    return ent.end_char


_HYPHENS = frozenset({"-", "\u2010"})


def _age_after(doc, end: int) -> bool:
    """True when an age in commas follows the words before ``end`` ("Kayleigh Burrows, 34, from ..."), as news
    writes it after a person's name only."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != "," or not doc[end + 1].is_digit:
        return False
    return 1 <= int(doc[end + 1].text) <= 110


def _proper_words(doc) -> tuple[list[bool], list[bool], list[bool]]:
    """Per token: a proper noun; a proper noun in title case, outside every entity but a number's or a date's,
    that is no word of a body, a place or a company ("Callum", "Reyes"); and such a word the NER read as a
    one-word place ("Bethan", "Carrow"). Read from one array with masks: the name finders scan every token, an
    attribute read off a Token builds a new object each time, and a list of the array's 64-bit hashes cost as much."""
    if not len(doc):
        return [], [], []
    pos, title, label, lower = doc.to_array([POS, IS_TITLE, ENT_TYPE, LOWER]).reshape(len(doc), 4).T
    proper = pos == PROPN
    titled = proper & (title == 1) & ~np.isin(lower, _string_ids(_NOT_NAME_WORDS))
    return proper.tolist(), (titled & np.isin(label, _string_ids(_NO_NAME_LABELS))).tolist(), \
        (titled & np.isin(label, _string_ids(_TOWN_LABELS))).tolist()


def _given_names_read_as_nouns(doc) -> frozenset[int]:
    """Tokens of common given names in title case that the tagger read as common nouns outside every entity
    ("Dolores" of "Dolores Finch, a retired nurse, said", tagged a plural noun): read off arrays, as in
    ``_proper_words``."""
    if not len(doc):
        return frozenset()
    pos, title, label = doc.to_array([POS, IS_TITLE, ENT_TYPE]).reshape(len(doc), 3).T
    nouns = np.nonzero((pos == NOUN) & (title == 1) & (label == 0))[0].tolist()
    return frozenset(i for i in nouns if doc[i].lower_ in GIVEN_NAMES and doc[i].lower_ not in PLACE_GIVEN_NAMES)


@functools.cache
def _string_ids(words: frozenset[str]) -> np.ndarray:
    """The string ids of ``words`` as ``Doc.to_array`` gives them (0 for the empty string): hashes of the words,
    the same in every vocabulary, worked out once per list."""
    return np.array([get_string_id(word) for word in words], dtype=np.uint64)


def kin_given_names(doc, skip: list[Span] = (), taken: list[Span] = ()) -> list[PersonMention]:
    """Given names set off by commas after a relative, which the NER leaves without a label ("Nwosu's father,
    Emeka, watched from the hall"): one capitalised proper noun in apposition to a kin noun, with the relative's
    gender and the relation as the role."""
    found = []
    appos, no_label = doc.vocab.strings["appos"], _string_ids(_NO_NAME_LABELS)
    if not len(doc):
        return found
    pos, title, dep, label = doc.to_array([POS, IS_TITLE, DEP, ENT_TYPE]).reshape(len(doc), 4).T
    # a title-case proper noun in apposition outside every entity, read off the array
    for i in np.nonzero((pos == PROPN) & (title == 1) & (dep == appos) & np.isin(label, no_label))[0].tolist():
        tok = doc[i]
        head = tok.head
        if head.pos_ != "NOUN" or head.lemma_.lower() not in KIN_WORDS or \
                tok.lower_ in _NOT_NAME_WORDS or tok.i < 2 or doc[tok.i - 1].text != "," or \
                tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in (",", ".", ";"):
            continue
        if _is_furniture(tok.idx, tok.idx + len(tok), list(skip) + list(taken)):
            continue
        span = doc[tok.i:tok.i + 1]
        kin = kin_before(doc, span)
        role = doc[head.left_edge.i:head.i + 1].text if kin else None  # "Nwosu's father", "her father"
        found.append(PersonMention((tok.idx, tok.idx + len(tok)), tok.text, role, (tok.idx, tok.idx + len(tok)),
                                   _kin_gender(span)))
    return found


# two to four words in capitals before a comma or a bracket: "INGRID HALVORSEN, Assistant Secretary-General,"
_CAPITAL_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž’'-]+"  # Ā-Ž mixes cases: each word is checked with isupper()
_CAPITALS_RUN = re.compile(rf"(?<![\w’'-])({_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{1,3}})(?=[ \t]*[,(])")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# the small words of slogans and names of bodies in capitals, never of a person's name ("HANDS OFF GAZA")
_SLOGAN_WORDS = frozenset({"the", "of", "in", "our", "not", "off", "and", "to", "for", "on", "at", "by", "with",
                           "no", "is", "are", "we", "us", "you", "my", "your", "it", "be", "now", "all"})
_QUOTE_MARKS = frozenset("\"'“”‘’«»„")
_SPACED_DASH = re.compile(r"\s(?:—|–|-{1,2})\s")
_LOWER_WORD = re.compile(r"(?<![\w.])[a-zà-ÿ]+\b")
_FIRST_WORD = re.compile(r"[^\W\d_]{2,}")


def capitalised_names(doc, skip: list[Span] = (), taken: list[Span] = ()) -> list[PersonMention]:
    """Names written in capitals, as the UN's meetings coverage and some transcripts write their
    speakers ("Briefing the Council, INGRID HALVORSEN, Assistant Secretary-General, said",
    "VIKTOR HALÁSZ (Duvania) said"), which the NER leaves without a label: two to four words in
    capitals before a comma or a bracket, in a sentence of ordinary case, that the parse makes a
    part a person plays, none a word of a role, a body or a place, nor a small word of a slogan
    ("NOT IN OUR NAME"), and not inside quotation marks. Named in title case, so that "Ms.
    Halvorsen" later is the same person. A dateline ("GRAND FORKS, N.D. (Wire) —") is no name:
    it opens its line, and a dash follows before the sentence's words."""
    text = doc_text(doc)
    found = []
    ordinary: dict[int, bool] = {}  # sentence start -> whether the sentence is in ordinary case
    elsewhere = list(skip) + list(taken)
    for m in _CAPITALS_RUN.finditer(text):
        words = m.group(1).split()
        if not all(w.isupper() and sum(c.isalpha() for c in w) >= 2 for w in words) or \
                any(w.lower() in ROLE_WORDS or w.lower() in _NOT_NAME_WORDS or w.lower() in _SLOGAN_WORDS
                    or w.lower() + "." in NAME_TITLES for w in words):
            continue
        start, end = m.span(1)
        before = text[max(0, start - 3):start].rstrip(" \t")
        if before[-1:] in _QUOTE_MARKS or in_dateline(text, start, end) or \
                _is_furniture(start, end, elsewhere):
            continue
        span = doc.char_span(start, end)
        if span is None or any(t.ent_type_ in _PLACE_LABELS for t in span) or span[-1].dep_ not in _NAME_DEPS:
            continue
        sent = span.sent
        if sent.start not in ordinary:
            ordinary[sent.start] = sum(any(c.islower() for c in t.text) for t in sent) >= 3
        if not ordinary[sent.start]:
            continue  # a line in capitals ("MAYOR VOWS TO FIGHT ON") is a heading, not a name in a sentence
        name = " ".join(w.title() for w in words)
        found.append(PersonMention((start, end), name, role_after(span), (start, end),
                                   honorific_gender([words[0].title()])))
    return found


def in_dateline(text: str, start: int, end: int) -> bool:
    """True for words in a dateline: a line that opens with a word in capitals and runs with no word
    in lower case to a dash, as "GRAND FORKS, N.D. (Wire) —" and "PORT MORESBY, Papua New Guinea —"
    do; the NER reads such places as people."""
    line_start = text.rfind("\n", 0, start) + 1
    first = _FIRST_WORD.match(text, line_start)
    if first is None or not first.group(0).isupper() or _LOWER_WORD.search(text, line_start, start):
        return False
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    lower = _LOWER_WORD.search(rest)
    return _SPACED_DASH.search(rest[:lower.start() if lower else len(rest)]) is not None


def _heading(sent) -> bool:
    """True for a title-case line ("Zoe Saldana Responds To Critics"): most of its words capitalised."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.7 * len(words)


def _with_given_name(ent, given_left_out: bool = False):
    """A surname the NER took without the given name before it ("Aoife" of "Det. Sgt. Aoife
    Brennan"), whole: a common given name hung on it as a compound joins it."""
    doc = ent.doc
    k = ent.start - 1
    if k < 0 or ent.label_ != "PERSON" and not given_left_out:
        return ent
    before = doc[k]
    # (the tagger may read the given name as a common noun: "Dolores" of "Dolores Finch")
    if before.pos_ in ("PROPN", "NOUN") and before.is_title and before.lower_ in GIVEN_NAMES and \
            before.dep_ == "compound" and ent.start <= before.head.i < ent.end:
        return doc[k:ent.end]
    return ent


def _with_particles(ent):
    """A name the NER cut at its particle ("Ursula von" of "Ursula von der Leyen"), whole:
    the particles and the capitalised surname after them join it."""
    doc = ent.doc
    end = ent.end
    if ent[-1].lower_ in NAME_PARTICLES:
        end -= 1  # the NER kept "von" and dropped the rest
    k = end
    while k < len(doc) and doc[k].lower_ in NAME_PARTICLES and doc[k].text[:1].islower():
        k += 1
    if k == end or k >= len(doc) or not doc[k].is_title or doc[k].pos_ != "PROPN":
        return ent
    return doc[ent.start:k + 1]


# given names that also open the names of places and institutions ("Virginia Tech", "Regina")
PLACE_GIVEN_NAMES = frozenset({"virginia", "georgia", "victoria", "chelsea", "florence", "carolina",
                                "regina", "santiago", "salvador", "eugene", "charlotte", "austin", "jackson",
                                "lincoln", "madison", "clare", "lourdes", "petra", "troy", "sofia", "helena",
                                "leon", "larissa", "fatima", "bethany", "milan", "basel", "sana", "sanaa", "saida",
                                "lech", "beverly"})
# last words of places and institutions named after people ("Jackson County", "Stanley Park")
_PLACE_WORDS = frozenset({"county", "city", "town", "beach", "station", "street", "avenue", "road", "park",
                          "island", "islands", "valley", "falls", "heights", "springs", "bay", "hill", "hills",
                          "lake", "river", "mountain", "airport", "bridge", "square", "hall", "tech", "state",
                          "memorial", "stadium", "arena", "theatre", "theater", "foundation", "fund", "award",
                          "prize", "act", "law", "plan", "bill", "line", "center", "centre", "museum",
                          "hospital", "library", "gallery", "college", "clinic", "church", "trust", "school",
                          "harbor", "harbour", "port", "institute", "university", "academy", "house", "tower",
                          "zoo", "municipality", "mosque", "radio", "airlines", "airways"})
_NOT_NAME_WORDS = ORGANIZATION_WORDS | _PLACE_WORDS | COMPANY_WORDS
# what the NER calls a person's name when it misreads one
_NON_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


# the last word of a contest's or a prize's name, which a person's name never ends with
_CONTEST_WORDS = frozenset({"trophy", "cup", "shield", "prize", "award", "awards", "medal", "championship",
                            "championships", "tournament", "invitational", "marathon"})


def _work_names(doc) -> frozenset[str]:
    """The names ``doc`` sets beside a phrase whose head is a word for a work ("Saltwater Hymns, her fifth album,";
    not "Jonah Pike, the film's star,"): titles, wherever they stand."""
    return frozenset(ent.text for ent in doc.ents if len(ent) > 1 and _work_phrase_after(ent))


def _work_phrase_after(ent) -> bool:
    """True when a comma after ``ent`` opens a noun phrase, up to the next comma or a preposition, whose last noun is
    a word for a work (not "Otis Frankel-Moyo, who recorded the album in ...": a clause)."""
    doc, k = ent.doc, ent.end
    if k >= len(doc) or doc[k].text != ",":
        return False
    last = None
    for token in doc[k + 1:min(len(doc), k + 8)]:
        if token.text == "," or token.pos_ == "ADP" or token.is_sent_start:
            break
        if token.pos_ in ("VERB", "AUX", "SCONJ") or token.tag_ in ("PRP", "WDT", "WP", "WP$"):
            return False
        if token.pos_ == "NOUN":
            last = token
    return last is not None and last.lemma_.lower() in _WORK_NOUNS


def _short_body_names(doc) -> frozenset[str]:
    """Two or more words that open an organisation's name ending on a company's word elsewhere in ``doc`` ("Grey
    Heron" of "Grey Heron Records"), with no given name first, and never set beside a person's role ("Kestrel
    Adeyemi, its founder," of "Kestrel Adeyemi Group"): the body by its short name."""
    names = set()
    for ent in doc.ents:
        words = ent.text.split()
        if ent.label_ == "ORG" and len(words) >= 3 and words[-1].lower() in COMPANY_WORDS and \
                words[0].lower() not in GIVEN_NAMES:
            names.add(" ".join(words[:-1]))
    described = {ent.text for ent in doc.ents if ent.text in names and (_role_apposed_after(ent) or
                                                                        _name_apposed_to_role(ent))}
    return frozenset(names - described)


def _role_apposed_after(ent) -> bool:
    """True for a name with a person's role in apposition after it ("Kestrel Adeyemi, its founder,")."""
    return any(c.dep_ == "appos" and c.i > ent.root.i and (c.lower_ in ROLE_WORDS or c.lemma_.lower() in ROLE_WORDS)
               for c in ent.root.children)


def _work_set_beside(ent) -> bool:
    """True for a name set off by a comma before a phrase that says it is a work ("Tallow Moon, her first album in
    ten years, comes out"), whatever the parser hung the phrase on."""
    doc, k = ent.doc, ent.end + 1
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    while k < min(len(doc), ent.end + 6) and (doc[k].pos_ in ("DET", "ADJ", "NUM", "PROPN") or
                                              doc[k].tag_ in ("PRP$", "POS")) and doc[k].text != ",":
        k += 1  # "her first", "the band's third": the words before the noun (not "whose novel": his)
    return k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in _WORK_NOUNS


_GENDERED_WORDS = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})


def _called_her_or_his(ent) -> bool:
    """True for a name of two or three capitalised words the NER took for a body or a place that its own clause
    calls "her" or "his" ("After a decade away, Junie Calloway-Brandt has made the most personal record of her
    life"): a body is "it" and "they". Only as the subject, when nobody else comes before the pronoun in its
    sentence or the one before (no person's name, no he or she, no noun of a person), who could be the one meant."""
    if not _could_be_a_name(ent, 3) or ent.root.dep_ != "nsubj" or ent.root.head.pos_ not in ("VERB", "AUX"):
        return False
    doc, verb = ent.doc, ent.root.head
    pronoun = next((t for t in verb.subtree if t.i >= ent.end and t.lower_ in _GENDERED_WORDS), None)
    if pronoun is None or pronoun.sent.start != ent.sent.start:
        return False
    first = doc[ent.sent.start - 1].sent.start if ent.sent.start > 0 else 0
    return not any(t.ent_type_ == "PERSON" or t.lower_ in _GENDERED_WORDS or
                   t.pos_ == "NOUN" and (t.lemma_.lower() in ROLE_WORDS or t.lemma_.lower() in KIN_WORDS or
                                         t.lemma_.lower() in PERSON_NOUNS)
                   for t in doc[first:pronoun.i] if not ent.start <= t.i < ent.end)


def _could_be_a_name(ent, most: int) -> bool:
    """True for a non-PERSON entity of two to ``most`` capitalised proper nouns (no punctuation:
    'George "Jay' is a name cut short, but a hyphen joins a double surname, "Price-Jones"), none
    a word of a body or a place."""
    words = _name_words(ent)
    return ent.label_ in _NON_PERSON_LABELS and words is not None and 2 <= len(words) <= most


def _name_words(ent) -> list[str] | None:
    """The words of a name, a double surname joined by a hyphen one word ("Dewi Price-Jones": two);
    None when a token is no capitalised proper noun or is a word of a body or a place."""
    words: list[str] = []
    glued = False
    particle = ""
    for k, tok in enumerate(ent):
        if tok.text == "-" and words and not glued and k < len(ent) - 1 and not ent[k - 1].whitespace_ \
                and not tok.whitespace_:
            words[-1] += "-"
            glued = True
            continue
        if tok.is_lower and tok.lower_ in NAME_PARTICLES and words and k < len(ent) - 1 and not particle and \
                ent[0].lower_ in GIVEN_NAMES and ent.label_ not in ("GPE", "LOC"):  # not "Rio de Janeiro"
            particle = tok.text + " "  # "Rhys de Villiers": the particle opens the surname
            continue
        if tok.pos_ != "PROPN" or not tok.is_title or tok.lower_ in _NOT_NAME_WORDS:
            return None
        if glued:
            words[-1] += tok.text
            glued = False
        else:
            words.append(particle + tok.text)
            particle = ""
    return words


# letters after a name that only a person has: senior counsel and honours ("Grainne Tierney SC", "Ana Lind OBE")
_PERSONAL_POST_NOMINALS = frozenset({"KC", "QC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE"})


def _name_before_post_nominal(ent) -> bool:
    """True for a name the NER took for a body with a counsel's or an honour's letters after it ("Eoin Ferriter
    SC"): two or three capitalised words before the letters."""
    if ent.label_ == "PERSON" or len(ent) < 3 or ent[-1].text not in _PERSONAL_POST_NOMINALS:
        return False
    words = ent[:-1]
    if words[0].lower_ == "the":
        words = words[1:]
    if not (2 <= len(words) <= 3 and all(t.is_title and t.is_alpha and t.lower_ not in _NOT_NAME_WORDS for t in words)):
        return False
    # "SC" ends sports clubs' names too ("Marlow Swimming SC", "Al Ahly SC"): a counsel's only after "counsel"
    doc = ent.doc
    return ent[-1].text != "SC" or any(t.lower_ in ("counsel", "barrister", "barristers") for t in
                                       doc[max(0, ent.start - 6):ent.start])


def _name_after_role(ent) -> bool:
    """True for a name the NER took for a body or a place right after a person's role that qualifies it
    ("Shadow treasurer Alana Kourakis", "party spokeswoman Dana Okoro"): two or three capitalised words."""
    if ent.start == 0 or not _could_be_a_name(ent, 3):
        return False
    role = ent.doc[ent.start - 1]
    # a place or a country is no person whatever role comes before it ("Head coach South Africa"), nor a firm
    # that advises ("Financial adviser Lazard Freres")
    return ent.label_ not in ("GPE", "LOC", "NORP") and role.lower_ in ROLE_WORDS and \
        role.lower_ not in COMPANY_ROLES | _FIRM_ROLES and role.dep_ == "compound" and \
        role.head.i in range(ent.start, ent.end)


def _name_apposed_to_role(ent) -> bool:
    """True for a name the NER took for a body or a place that stands in apposition to a
    person's role ("The state president of the nurses' union, Lachlan Nguyen, said")."""
    head = ent.root.head
    return _could_be_a_name(ent, 4) and ent.root.dep_ == "appos" and head.pos_ == "NOUN" and \
        (head.lower_ in ROLE_WORDS or head.lemma_.lower() in ROLE_WORDS)


def _kin_gender(ent) -> str | None:
    """The gender of the relative a name stands in apposition to ("Her daughter, Maeve,": "f")."""
    head = ent.root.head
    return EPITHET_GENDERS.get(head.lemma_.lower()) if ent.root.dep_ == "appos" and head.pos_ == "NOUN" else None


def _first_name_apposed_to_kin(ent) -> bool:
    """True for one capitalised word the NER took for a body or a place in apposition to a relative
    ("Her daughter, Maeve, works the register"): a first name, the relative's."""
    head = ent.root.head
    return ent.label_ in _NON_PERSON_LABELS and len(ent) == 1 and ent[0].pos_ == "PROPN" and ent[0].is_title \
        and ent.root.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() in KIN_WORDS


def _with_surname(ent):
    """A first name the NER took alone, before a surname it read as a common noun ("Siobhan"
    of "Siobhan D’Arcy"), whole: the capitalised word it is a compound of joins it. Only a
    one-word name, alone or after a title the NER took in ("[Col Bohdar] Lysenchuk-Vail"): after "Paul Ryan" a
    capitalised word is a heading's ("Paul Ryan Joins")."""
    k = ent.end
    doc = ent.doc
    one_word = len(ent) == 1 or len(ent) == 2 and ent[0].lower_ in NAME_TITLES
    if not one_word or k >= len(doc) or ent[-1].dep_ != "compound" or \
            not doc[k].is_title or doc[k].tag_ in ("VBZ", "VBD", "VBP") or doc[k].lower_ in ROLE_WORDS | _NOT_NAME_WORDS:
        return ent
    if k + 2 < len(doc) and _glued_hyphen(doc[k + 1]) and doc[k + 2].is_title and ent[-1].head.i in (k, k + 2) and \
            doc[k].pos_ in ("NOUN", "PROPN") and doc[k + 2].pos_ in ("NOUN", "PROPN") and \
            doc[k + 2].lower_ not in ROLE_WORDS | _NOT_NAME_WORDS:
        return doc[ent.start:k + 3]  # "Mayor Desmond [Farraday-Lutz]": a double surname the NER split off
    if ent[-1].head.i != k or doc[k].pos_ != "NOUN":
        return ent
    return doc[ent.start:k + 1]


def _given_name_first(ent) -> bool:
    """True for a name the NER took for a body or a place that opens with a common given name
    ("Carly Fiorina" as an ORG, "Jade Okafor" as a GPE): two or three capitalised proper nouns,
    no word of a body or a place among them ("Lincoln Center", "Stanley Park" keep their label)."""
    if not _could_be_a_name(ent, 3) or ent[0].lower_ not in GIVEN_NAMES or ent[0].lower_ in PLACE_GIVEN_NAMES:
        return False
    # "Simon Varga Center": a third word is a person's only after an initial or a given name
    words = _name_words(ent) or []
    return len(words) == 2 or len(words[1].rstrip(".")) == 1 or words[1].lower() in GIVEN_NAMES


_PLACE_LAST_WORDS = frozenset({"island", "islands", "street", "road", "square", "centre", "center"})
# last words of places and works a given name opens ("Victoria Station", "Grace Church", "Georgia Tech")
_AFTER_GIVEN_NOT_NAMES = frozenset({"station", "church", "cathedral", "tech", "state", "airport", "hall", "park",
                                    "bridge", "county", "city", "bay", "house", "day", "theatre", "theater", "arena",
                                    "hospice", "lodge", "tower", "mall", "radio", "athletic", "stadium", "cinema",
                                    "gallery", "museum", "library", "hotel", "cafe", "café", "bakery", "market",
                                    "studio", "studios", "school", "college", "academy", "trust", "foundation",
                                    "festival", "records", "books", "press", "clinic", "hospital", "farm", "farms"})


def _after_given_name(ent) -> bool:
    """True for one capitalised word the NER took for a body right after a common given name it left out ("Ana
    [Varga]" as an ORG), hung on it as its compound; not a body's or a place's word ("Jordan Airlines", "Grace
    Church", "Victoria Station"), nor a place's name ("Ana [Lima]" may be a city's)."""
    k = ent.start - 1
    hyphened = len(ent) == 3 and ent[1].text == "-" and not ent[0].whitespace_ and not ent[1].whitespace_
    if ent.label_ != "ORG" or not (len(ent) == 1 or hyphened) or k < 0 or \
            not all(t.is_title and t.pos_ == "PROPN" for t in (ent[0], ent[-1])):
        return False  # one word, or a double-barrelled one ("Ana [Varga-Kovacs]")
    given, word = ent.doc[k], ent[-1].lower_
    if any(c.dep_ == "appos" and not _person_noun(c) for c in ent.root.children):
        return False  # "Ana Arena, a local venue,": what it is, said beside it (not "Ana Varga, a nurse,")
    # (the tagger may read the given name as a common noun: "Dolores" of "Dolores Finch", a plural)
    return given.is_title and given.pos_ in ("PROPN", "NOUN") and given.lower_ in GIVEN_NAMES and \
        given.lower_ not in PLACE_GIVEN_NAMES and given.dep_ == "compound" and ent.start <= given.head.i < ent.end \
        and not given.ent_type_ and word not in COMPANY_WORDS | ORGANIZATION_WORDS | _PLACE_LAST_WORDS | \
        STREET_ENDINGS | TEAM_ENDINGS and word not in _TOWN_ENDINGS and word not in _AFTER_GIVEN_NOT_NAMES


def _person_noun(token) -> bool:
    """True for a noun that says what a person is or does ("nurse", "mother", "spokeswoman")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in PERSON_NOUNS or lemma in ROLE_WORDS or token.lower_ in ROLE_WORDS)


def _after_honorific(ent) -> bool:
    """True for a name of two to four capitalised words the NER took for a body's right after an honorific ("Dr
    [Amaya Quispe-Lund]", "Prof. [Ines Carvalho-Reid]"), unless it ends as a company's, a body's or a place's name
    does ("Mr Price Group", "Lord Howe Island Board"; a double-barrelled surname is one: "Quispe-Hall")."""
    doc = ent.doc
    before = ent.start - 1 - (ent.start > 1 and doc[ent.start - 1].text == ".")
    words = [t for t in ent if t.text not in ("-", "'", "’")]
    return before >= 0 and is_honorific(doc[before].text) and 2 <= len(words) <= 4 and \
        all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) and \
        (doc[words[-1].i - 1].text == "-" or words[-1].lower_ not in COMPANY_WORDS and
         words[-1].lower_ not in ORGANIZATION_WORDS and words[-1].lower_ not in _PLACE_LAST_WORDS)


def _honoured_given_name(ent) -> bool:
    """True for a name the NER took for a body that an honorific opens before a common given name ("Prof Edmund
    Hale", "Dr. Ana Lind" as an ORG)."""
    if len(ent) < 3 or not is_honorific(ent[0].text):
        return False
    start = ent.start + (2 if ent[1].text == "." else 1)
    return _given_name_first(DocSpan(ent.doc, start, ent.end, label=ent.label_))


# what a ministry or a committee is of ("Minister of Finance and Economy"): not the first word of a name after it
_PORTFOLIO_WORDS = frozenset("""economy finance trade industry youth culture sport sports tourism health education
planning development affairs agriculture energy water environment transport justice defence defense interior labour
labor housing communications information technology innovation security investment commerce heritage infrastructure
fisheries forestry mines mining petroleum oil gas works welfare family women children endowments irrigation supply
budget treasury revenue minerals lands resources science research arts media telecommunications digital climate
employment entrepreneurship integration immigration migration reconstruction aviation shipping maritime""".split())


def _without_portfolio(ent):
    """A name the NER began on the last word of an office ("Economy Dilshad Rashid Mustafa" of "Minister of Finance
    and Economy Dilshad Rashid Mustafa"), from its next word."""
    doc, k = ent.doc, 0
    while k < len(ent) - 1 and ent[k].lower_ in _PORTFOLIO_WORDS and \
            (ent.start + k > 0 and doc[ent.start + k - 1].lower_ in ("of", "and", "&", ",")):
        k += 1
    if not k:
        return ent
    end = ent.end
    if end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON" and ent[-1].whitespace_:
        end = next(e.end for e in doc.ents if e.start == end)  # "[Economy Dilshad] [Rashid Mustafa]": one name
    return DocSpan(doc, ent.start + k, end, label=ent.label_)


def _with_split_surname(ent):
    """A person's name the NER split at the hyphen of a double surname ("[Amundsen]-[Roy]" of "Amundsen-Roy had
    persuaded him"), whole: a second name glued on by the hyphen joins the first."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON" or end + 1 >= len(doc) or not _glued_hyphen(doc[end]) or \
            doc[end + 1].ent_iob_ != "B" or doc[end + 1].ent_type_ != "PERSON":
        return ent
    return DocSpan(doc, ent.start, next(e.end for e in doc.ents if e.start == end + 1), label=ent.label_)


def _without_tail(ent):
    """A name the NER ran on past its end, cut there: at a dash set off by spaces ("Ana
    Reyes - Costa's partner"), at a lower-case word that is no particle ("Victoria at
    Sandy Hook", "Juan Manriquez of") or at a verb of a title-case heading ("Ana Ruiz
    Responds To Critics")."""
    for k, tok in enumerate(ent):
        if k == 0:
            continue
        if not ent[k - 1].whitespace_ or ent[k - 1].lower_ in NAME_PARTICLES:
            continue  # a part of the same word ("Ki-moon"), or after a particle ("de las Heras")
        lower_word = tok.text[:1].islower() and tok.is_alpha and tok.lower_ not in NAME_PARTICLES
        verb = k >= 2 and tok.tag_ in ("VBZ", "VBD", "VBP")  # a title-case heading: "Ana Ruiz Slams Plan"
        if tok.text in ("-", "–", "—", "―") or lower_word or verb:
            return ent[:k]
    return ent


def titled_names(doc, skip: list[Span] = (), taken: list[Span] = ()) -> list[PersonMention]:
    """The names a title introduces that the NER did not take for people ("Mayor Ana Costa").

    A title of ``NAME_TITLES`` followed by one to three capitalised words (no role word,
    no stop word, no body word such as "Council") is a person's name, with the title
    written before it as the role. The NER's reading depends on the quotation marks
    around the sentence; the title does not.
    """
    found = []
    for tok in tokens_in(doc, NAME_TITLES | _NAME_HONORIFICS):
        if tok.i + 1 >= len(doc) or tok.lower_ in _NAME_HONORIFICS and not _HONORIFIC_FORM.fullmatch(tok.text):
            continue
        name_span = _name_after_title_of(doc, tok)
        if name_span is not None:  # "Minister of Agriculture of Azerbaijan Elchin Mammadli"
            start, stop = name_span.start_char, name_span.end_char
            if not _is_furniture(start, stop, list(skip) + list(taken)) and \
                    not any(t.ent_type_ == "PERSON" for t in name_span):
                role = doc[tok.i:name_span.start].text
                found.append(PersonMention((start, stop), name_span.text, role, (tok.idx, stop),
                                           honorific_gender([name_span[0].text])))
            continue
        end, words = tok.i + 1, 0
        while end < len(doc) and words < _MAX_TITLED_NAME:
            if _name_word(doc[end]):
                end, words = end + 1, words + 1
            elif words and _glued_hyphen(doc[end]) and end + 1 < len(doc) and _name_word(doc[end + 1]):
                end += 2  # "Superintendent Karen Ostby-Mensah": a double surname is one word of the name
            else:
                break
        if end == tok.i + 1 or (end < len(doc) and doc[end].lower_ in ORGANIZATION_WORDS) or \
                doc[end - 1].lower_ in BODY_NAME_ENDINGS:
            continue  # "Mayor Costa Council", "Gen Rana Trust": a body, not a person
        if tok.lower_ in _COMPANY_LIKE_TITLES and doc[end - 1].lower_ in _TITLED_COMPANY_ENDINGS:
            continue  # "Cardinal Health", "Rev Media": companies named like a title and a surname
        if doc[tok.i + 1].lower_ in NAME_TITLES and end - tok.i - 1 > 2 or is_honorific(doc[tok.i + 1].text):
            continue  # "Detective [Constable] Mary Tully", "Prof [Sir] Alasdair Quell": the second introduces the name
        if tok.lower_ in _BARE_HONORIFICS and (doc[end - 1].lower_ in STREET_ENDINGS or end - tok.i - 1 < 2 and
                                               not _in_a_full_name_elsewhere(doc[tok.i + 1])):
            continue  # "Dr Oetker", "Dame Street": a company, a street (not "Dame Rāwinia" after "Rāwinia Te Huia")
        name_span = doc[tok.i + 1:end]
        start, stop = name_span.start_char, name_span.end_char
        if _is_furniture(start, stop, skip) or _is_furniture(start, stop, list(taken)):
            continue
        if any(t.ent_type_ == "PERSON" for t in name_span):
            continue  # the NER's own person mention covers it
        before = role_before(doc, name_span)
        honorific = tok.lower_ in _NAME_HONORIFICS  # "Ms Coombes": a person, but "Ms" is no role
        role = before[0] if before else (None if honorific else tok.text)
        full_start = before[1] if before else tok.idx
        # the honorific's gender ("Ms", "Sir"), else the given name's ("Prof Declan Moyes")
        gender = (honorific_gender([tok.text]) if honorific else None) or \
            (honorific_gender([name_span[0].text]) if len(name_span) > 1 else None)
        found.append(PersonMention((start, stop), name_span.text, role, (full_start, stop), gender))
    return found


_NO_GIVEN_NAMES = frozenset({"The", "A", "An", "This", "That", "Mr", "Mrs", "Ms"})  # "The Oetker family"


def _in_a_full_name_elsewhere(token) -> bool:
    """True when the word ``token`` is written elsewhere in its doc beside another capitalised word, as the given
    name or the surname of a full name ("Rāwinia Te Huia", "Rachel Goh"), not only after an honorific."""
    text = doc_text(token.doc)
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(token.text)}(?![\w'’-])", text):
        if found.start() == token.idx:
            continue
        before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, found.start() - 40):found.start()])
        if before is not None and not is_honorific(before.group(1)) and before.group(1) not in _NO_GIVEN_NAMES or \
                re.match(r"\s+[A-Z][\w'’-]+", text[found.end():found.end() + 40]):
            return True
    return False


def _named_elsewhere(ent) -> bool:
    """True when a word of the name stands capitalised elsewhere in the text than its line (a headline's people are
    the story's)."""
    text = doc_text(ent.doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    line_end = text.find("\n", ent.end_char)
    rest = text[:line_start] + text[line_end if line_end >= 0 else len(text):]
    return any(re.search(rf"\b{re.escape(t.text)}\b", rest) for t in ent if t.is_alpha and t.is_title)


# nouns of places that follow the place's name in lower case ("the Novoletsk region", "Sarisuv district")
_PLACE_AFTER_NAME = frozenset({"region", "district", "province", "oblast", "county", "municipality", "governorate",
                               "prefecture", "village", "town", "city", "state", "krai", "raion", "rayon",
                               "estate", "neighbourhood", "neighborhood", "suburb"})


def _before_a_place_noun(ent) -> bool:
    """True for one word the NER took for a person that names a place by the noun after it ("the [Novoletsk]
    region", "[Sarisuv] district")."""
    doc = ent.doc
    return len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ in _PLACE_AFTER_NAME and \
        doc[ent.end].is_lower and ent.root.dep_ == "compound" and ent.root.head.i == ent.end


def _name_after_title_of(doc, title):
    """The name (a Span) after a title that says what it is of, as state news agencies write it ("Minister
    of Agriculture of Azerbaijan Elchin Mammadli", "President of the Republic of Kestria Mira Halvani"): the
    last two capitalised words of the run after the title's last "of" when a given name opens them or three
    or more follow that "of" ("Minister of Foreign Affairs" alone names nobody); None otherwise."""
    k = title.i + 1
    if k >= len(doc) or doc[k].lower_ != "of" or not title.text[:1].isupper():
        return None
    last_of, k = k, k + 1
    # (a place's noun may follow its name in lower case: "Governor of the Novoletsk region Marina Kalinina")
    while k < len(doc) and (doc[k].lower_ in ("of", "the", "and") or _capitalised_word(doc[k]) or
                            doc[k].lower_ in _PLACE_AFTER_NAME and doc[k].is_lower and k + 1 < len(doc) and
                            _capitalised_word(doc[k + 1]) and _capitalised_word(doc[k - 1])):
        if doc[k].lower_ == "of":
            last_of = k
        k += 1
    run = [t for t in doc[last_of + 1:k] if t.lower_ not in ("the", "and")]
    if len(run) < 2 or not all(_capitalised_word(t) for t in doc[k - 2:k]):
        return None
    given = doc[k - 3] if len(run) >= 3 and doc[k - 3].lower_ in GIVEN_NAMES else None
    if given is None and len(run) < 3 and doc[k - 2].lower_ not in GIVEN_NAMES:
        return None
    start = given.i if given is not None else k - 2
    if k + 1 < len(doc) and _glued_hyphen(doc[k]) and _capitalised_word(doc[k + 1]):
        k += 2  # "Minister of Public Works Andrea Somwaru-Hinds": a double surname is one word of the name
    name = doc[start:k]
    if _heading(title.sent) or any(t.lower_ in _NOT_NAME_WORDS for t in name) or \
            given is None and name[0].ent_iob_ == "I" and name[0].ent_type_ != "PERSON" and \
            not _portfolio_and_name(name):
        return None  # a title-case headline's verb and object, or the last words of a body's or place's name
    return name


def _portfolio_and_name(name) -> bool:
    """True when the NER ran a one-word portfolio and the name after it into one body ("Minister of [Works Chidi
    Okafor]", "Leader of [the Opposition Sujatha Reddy]"): the entity opens after "of" and ends with the name, on no
    word a body's name ends with."""
    doc = name.doc
    entity = next((e for e in doc.ents if e.start < name.start < e.end), None)
    if entity is None or entity.label_ != "ORG" or entity.end != name.end or name[-1].lower_ in ORGANIZATION_WORDS:
        return False
    # the entity opens right after the title's "of", with the portfolio ("of [Works Chidi Okafor]", "of [the
    # Opposition Sujatha Reddy]")
    return entity.start > 0 and doc[entity.start - 1].lower_ == "of" and name.start - entity.start <= 2


def _capitalised_word(token) -> bool:
    return token.text[:1].isupper() and token.text.replace("-", "").isalpha() and not token.is_stop


def _glued_hyphen(token) -> bool:
    """True for a hyphen with no space on either side, as in a double surname ("Ostby-Mensah")."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _name_word(token) -> bool:
    """True for a word that can be part of a person's name after a title."""
    word = token.text
    return word[:1].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha() and \
        not token.is_stop and token.lower_ not in ROLE_WORDS | _TITLE_GLUE | ORGANIZATION_WORDS and \
        token.ent_type_ not in ("DATE", "TIME", "GPE", "NORP") and \
        not (token.pos_ in ("VERB", "AUX") and in_title_case_line(token))  # "Governor Vows Veto of Tax Bill"


def split_title(name: str) -> tuple[str | None, str]:
    """A name's leading title words and the rest ("Mayor Elena Costa" -> ("Mayor", "Elena Costa"))."""
    words = name.split()
    k = 0
    # a title that is also a surname ("Constable") only with a given name and a surname after it
    if len(words) > 1 and words[0].lower() in _COMPANY_LIKE_TITLES and words[-1].lower() in _TITLED_COMPANY_ENDINGS:
        return None, name  # "Principal Financial", "Cardinal Health": a company's name
    while k < len(words) - 1 and (words[k].lower() in ROLE_WORDS or words[k].lower() in _TITLE_GLUE and k > 0
                                  or words[k].lower() in NAME_TITLES and len(words) - k > 2
                                  or words[k].lower() in _COMPANY_LIKE_TITLES and
                                  words[-1].lower() not in _TITLED_COMPANY_ENDINGS):
        # ("Canon Lyons", a person to the NER; "Cardinal Health" a company)
        k += 1
    while k > 0 and words[k - 1].lower() in ("of", "for", "the", "and"):
        k -= 1
    if k == 0 or not any(w.lower() in ROLE_WORDS or w.lower() in NAME_TITLES for w in words[:k]):
        return None, name
    return " ".join(words[:k]), " ".join(words[k:])


def _entity_start(token) -> int:
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _entity_end(token) -> int:
    i = token.i
    while i + 1 < len(token.doc) and token.doc[i + 1].ent_iob_ == "I":
        i += 1
    return i


def role_conjunct_name(role):
    """The name apposed to a second role of one person ("co-founder and [chief scientist], Aditi Raman"): the
    name's head, or None. A second role with its own determiner may be someone else's ("the mayor and the
    governor, ..."), and a plural is more than one."""
    if role.lower_ not in ROLE_WORDS and role.lemma_.lower() not in ROLE_WORDS:
        return None
    for conj in role.rights:
        if conj.dep_ == "conj" and conj.pos_ == "NOUN" and conj.tag_ == "NN" and \
                not any(c.dep_ in ("det", "poss") for c in conj.children):
            return next((c for c in conj.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and
                         c.doc[c.left_edge.i - 1].text == ","), None)
    return None


def role_read_as_verb(token) -> bool:
    """True for a role word the tagger read as a verb with a name right after it for its object ("Marlins [coach]
    Steve Garbutt", "Rovers [manager] Tom Reyes")."""
    if token.pos_ != "VERB" or token.lower_ not in ROLE_WORDS or token.i + 1 >= len(token.doc):
        return False
    name = next((c for c in token.children if c.dep_ == "dobj"), None)
    return name is not None and name.pos_ == "PROPN" and name.left_edge.i == token.i + 1


def noun_phrase(token) -> Span:
    """The character span of the noun phrase headed by ``token``, as a speaker mention.

    Names keep their compounds and determiners ("President Ana Varga") but not their
    appositives; common nouns keep their prepositional phrases and relative clauses
    ("a spokesman for the ministry", "an official who asked not to be named").
    """
    if token.pos_ == "PRON":
        return token.idx, token.idx + len(token)
    left = token.i
    right = token.i
    for child in token.lefts:
        if child.dep_ in _NAME_DEPS_LEFT:
            left = min(left, child.left_edge.i)
    doc = token.doc
    for child in token.rights:
        if child.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in child.children):
            continue  # "said one woman [as] two officers carried her": a clause's conjunction read as a preposition
        if child.dep_ in _NAME_DEPS_RIGHT or (token.pos_ == "NOUN" and child.dep_ in _NOUN_DEPS_RIGHT):
            right = max(right, child.right_edge.i)
        elif token.pos_ == "NOUN" and child.dep_ == "appos" and child.pos_ == "PROPN" and \
                doc[child.left_edge.i - 1].text == ",":
            # "the panel's chair, Judge Morwenna Price": the name it has, up to the name's end (not ", 54")
            right = max(right, _entity_end(child) if child.ent_iob_ in ("B", "I") else child.i)
        elif token.pos_ == "NOUN" and role_conjunct_name(token) is not None:
            name = role_conjunct_name(token)  # "Kestrel's co-founder and chief scientist, Aditi Raman"
            right = max(right, _entity_end(name) if name.ent_iob_ in ("B", "I") else name.i)
    if token.dep_ == "nsubj" and role_read_as_verb(token.head) and token.head.i == right + 1:
        # "said Marlins [coach] Steve Garbutt": the tagger read the role as a verb and the name as its object
        name = next(c for c in token.head.children if c.dep_ == "dobj")
        right = _entity_end(name) if name.ent_iob_ in ("B", "I") else name.i
    for comma in token.lefts:
        if comma.text == "," and left < comma.i and doc[comma.i + 1].tag_ in ("VBG", "VBN") and comma.i + 1 < token.i:
            right = comma.i - 1  # "the 52-year-old, brushing [flour]": the parser made the participle's object the head
            break
    if token.ent_iob_ in ("B", "I"):  # keep a name whole ("the Port Authority of Valmar")
        left = min(left, _entity_start(token))
        right = max(right, _entity_end(token))
    while right + 2 < len(doc) and hyphen_in_word(doc[right + 1]) and doc[right + 2].is_alpha:
        right += 2  # "his co-commentator", which the parser cut at its hyphen
        name = next((c for c in doc[right].rights if c.dep_ == "appos" and c.pos_ == "PROPN" and
                     doc[c.left_edge.i - 1].text == ","), None) if doc[right].pos_ == "NOUN" else None
        if name is not None:  # "his co-commentator, the former hurdler Delphine Marceau": its name
            right = _entity_end(name) if name.ent_iob_ in ("B", "I") else name.i
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right])
