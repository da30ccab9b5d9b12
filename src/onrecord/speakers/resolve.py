"""In-article speaker resolution: a mention as written -> the person or body it denotes.

No coreference package is used: people are the PERSON names of the article grouped by
their words ("Aliyev" joins "Ilham Aliyev"), each with the fullest name, a role and a
gender seen in the text. A speaker mention then resolves, in this order:

1. a name (or a mention holding one) -> the person it belongs to; a name the NER did not
   take for a person is one when a role stands in apposition to it ("Reince Priebus, the
   party chairman");
2. a pronoun (he, she) -> the person of its gender (else of no known gender) who was the
   subject of its sentence or the one before (or whom a main-clause "he" of the sentence
   before stood for), else the most recent such person named; not one the statement's
   own words name, when another fits;
3. a title or role ("the president", "the minister") -> the person holding that role; in a
   news lead that names nobody, the person named in the two paragraphs below it;
4. "they" -> the body or group that spoke last; "it" -> the body or document named last
   in its sentence or the one before; "the department" -> the body of that kind that
   spoke last, by its name;
5. anything else -> typed by its head word (organization, anonymous, document, unknown).

``person_in_role`` serves the headline's unnamed roles ("Rail chief: ..."); an opinion
piece's "I" is its author (``statements._first_person_author``, which knows the quotes).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from dataclasses import dataclass, field, replace
from typing import Iterable

from ..nlp import doc_text, hyphen_in_word, tokens_in
from ..records import Speaker, TextSpan
from .mentions import (NICKNAMED, PAGE_NOTES, PLACE_GIVEN_NAMES, STREET_ENDINGS, PersonMention, in_dateline,
                       known_as_holder, person_mentions, role_after, role_conjunct_name, split_descriptor,
                       split_title)
from .types import (ANONYMOUS_WORDS, BODY_LABELS, BODY_NAME_ENDINGS, CAPITAL_GOVERNMENTS, COMPANY_NOUNS,
                    COMPANY_ROLES, COMPANY_WORDS, DEMONYM_GENDERS, DEMONYMS, EPITHET_GENDERS, EPITHET_NOUNS,
                    FEMALE_PRONOUNS, GENERATIONAL_SUFFIXES, LEGAL_FORMS, PLURAL_PRONOUNS,
                    GIVEN_NAMES, KIN_WORDS, LEADER_WORDS, MALE_PRONOUNS, NAME_PARTICLES, NAME_TITLES, WEEKDAYS,
                    NEWSPAPER_WORDS, ORGANIZATION_WORDS, PERSON_NOUNS, POST_NOMINALS, RANK_TITLES, ROLE_WORDS,
                    STATE_NAMES, TEAM_ENDINGS, TEAM_EPITHETS, COMPANY_BEFORE_NAME_NOUNS, company_noun_before,
                    clean_name, friends_of_name,
                    demonym_person, described_as_person, has_given_name, head_token, honorific_gender, is_honorific,
                    is_role_word, legal_form, LISTING, named_by_initials, person_initials, pronoun_gender, speaker_type,
                    strip_determiner, usual_gender)

Span = tuple[int, int]
_PRONOUN_WINDOW = 1500  # characters back to look for a pronoun's antecedent
# a turn of questions and answers: who answers is not who asked just before
_ANSWER_LEMMAS = frozenset({"answer", "reply", "respond", "retort"})
_ASK_LEMMAS = frozenset({"ask", "question", "press"})
_HOLDER_REACH = 40  # characters from an office spelled out to the name of who holds it ("..., SP Ana Lind,")
# what may stand between an office spelled out and its holder's name: its last title word, a qualifier ending at a
# comma, initials in brackets, a rank ("Committee [Member for Trade], Ms Lilian ..."; not "in Lagos said Emeka Obi")
_HOLDER_GAP = re.compile(r"(?:\s+[A-Z][\w-]*)?(?:\s+(?:for|of|in)\s+(?:the\s+)?[\w ]{1,25}?(?=,))?"
                         r"(?:\s*\([A-Z]{2,6}\))?,?\s*(?:[A-Z][\w.]{0,8}\s+){0,2}$")
# the bodies whose member's title follows their initials' words ("County Executive Committee Member")
_OFFICE_BODY_WORDS = frozenset({"committee", "council", "commission", "board", "authority", "assembly", "cabinet"})
_VOTE_WINDOW = 400  # characters between a name and a pronoun that votes on its gender
_LEAD_WORDS = 8  # fewer words make a byline, a time stamp or a dateline line, not the news lead

# a description that says its subject is not named: no one the next paragraph names
_ANONYMITY_WORDS = re.compile(r"\b(?:named|identified|identify|anonymity|condition)\b", re.I)
# what introduces a name given for the first time: an age or a "who" clause
_INTRODUCED_AFTER_NAME = re.compile(r",\s*(?:\d{1,3}\s*,|who\b|whose\b)")
# verbs by which the one named speaks for themselves
_SPEAKING_LEMMAS = frozenset({"say", "tell", "add", "state", "explain", "write", "post", "ask", "reply", "answer",
                              "describe", "recall", "insist", "argue", "warn", "claim", "testify", "speak"})
_STEM = 5  # letters two words of one root share: "inspector", "inspected"
# the words of a pronoun's gender that point at someone in a sentence ("asked [her]", "[his] client")
_GENDER_WORDS = {"m": MALE_PRONOUNS, "f": FEMALE_PRONOUNS}
_VAGUE_DETAILS = frozenset({"new", "top", "embattled", "outgoing", "incoming", "longtime", "veteran", "current",
                            "powerful", "influential", "popular", "controversial", "senior", "chief"})
# the adjectives of states that no ending makes of their names ("Norway's fisheries ministry", "Norwegian")
_IRREGULAR_DEMONYMS = {"Norway": "Norwegian", "Britain": "British", "France": "French", "Germany": "German",
                       "Spain": "Spanish", "Netherlands": "Dutch", "Denmark": "Danish", "Sweden": "Swedish",
                       "Finland": "Finnish", "Poland": "Polish", "Turkey": "Turkish", "Greece": "Greek",
                       "Switzerland": "Swiss", "Ireland": "Irish", "Portugal": "Portuguese", "Thailand": "Thai",
                       "Lebanon": "Lebanese", "Belgium": "Belgian", "Mexico": "Mexican", "Somalia": "Somali",
                       "Afghanistan": "Afghan", "Kazakhstan": "Kazakh", "Peru": "Peruvian", "Egypt": "Egyptian",
                       "Israel": "Israeli", "Iraq": "Iraqi", "Iran": "Iranian", "Italy": "Italian"}
# a body of a state, owned by the state's name: "Ostragor's defence ministry", "China's embassy in Lagos"
_STATE_BODY = re.compile(r"^(?P<state>[A-Z][a-z]{2,})['’]s\s+(?P<body>(?i:(?:[a-z-]+\s+){0,2}(?:ministry|staff|"
                         r"embassy|army|navy|military|government|cabinet|presidency|consulate|mission|command))"
                         r"(?:\s+(?:in|to)\s+[A-Z][\w-]+)?)$")
_DECK_WORDS = 30  # a line under the headline without a sentence's end, shorter than this, is its deck, not the lead
_BYLINE_WORDS = 20  # the longest byline paragraph: two or three names, their titles and an agency
# time in office ("the three-term senator", "the freshman congresswoman"): no detail when the article has one holder
_TENURE_DETAILS = frozenset({"term", "freshman", "incumbent", "retiring", "sitting"})
_NOT_NAME_TAGS = frozenset({"VBZ", "VBG", "VBD", "VBP", "RB"})  # "Sanders Pins", "Certainly Trump"
_NEVER_NAME_TAGS = frozenset({"VBG", "RB"})  # before a name: "Entrusting Donald Trump", "Certainly Tom Lind"
_QUOTE_EDGES = " \t\n\"“”‘’'.,"  # around a quote's sentence, outside its content
_AGE_EPITHET = re.compile(r"\b\d{1,3}-year-old$")
_COPULAS = frozenset({"be", "become", "seem", "appear", "remain", "get"})  # "it was ... that": no one
# A company as business news first names it: "Harlow Foods Inc.", "Tellmark Corp.", "Brook & Sons Ltd"
_COUNTIES = ("(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Durham|Fermanagh|Galway|Kerry|"
             "Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|"
             "Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)")
# A name opens at a word's start only (not inside "A.B.C." or "X-Y-Z": each inner start rescanned the
# word, quadratic on a long run of them), and "Co. Cork", "Co Durham" are Irish and British counties.
_SUFFIXES = "|".join(sorted(LEGAL_FORMS, key=lambda form: (-len(form), form)))  # after a name ("Co" too, below)
_CORPORATE_NAME = re.compile(r"(?<![\w&'’.-])(?P<name>[A-Z][\w&'’.-]*"
                             r"(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’.-]*){0,4}),?"
                             r"[ \t]+(?:" + _SUFFIXES + r"|Co(?![ \t.]+" + _COUNTIES + r"\b))\b\.?")
# A listed company as business news names it, by its exchange and ticker: "Tamsin Home (NYSE: TMH)"
_LISTED_NAME = re.compile(r"(?<![\w&'’.-])(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’.-]*){0,4}),?"
                          r"[ \t]*" + LISTING)
# Capitalised words that open a sentence before a company's name: "After Harlow Foods Inc. said"
_NAME_OPENERS = frozenset({"after", "before", "when", "while", "as", "in", "on", "at", "for", "but", "and", "since",
                           "shares", "with", "unlike", "like", "because", "if", "although", "though", "both"})
# Last words that make an organisation's name a company's ("Velmora Battery Systems"); not "Group"
_COMPANY_ENDINGS = frozenset({"systems", "holdings", "motors", "foods", "industries", "pharmaceuticals",
                              "therapeutics", "airlines", "airways", "logistics", "brands", "technologies",
                              "robotics", "biosciences", "petroleum", "semiconductor", "freight", "shipping",
                              "networks", "telecom", "software", "labs", "chemicals", "mining", "minerals", "metals",
                              "marine", "tankers"})
# Words that make "the ... company" another one than the company named: "the combined company"
_OTHER_COMPANY = frozenset({"combined", "merged", "new", "rival", "other", "parent", "former", "acquiring",
                           "larger", "smaller", "bigger", "target", "second", "first"})
# What a company owns and news names by its owner: "the Corvane Glass plant", "the Ford factory"
_WORKS_NOUNS = frozenset({"plant", "factory", "mill", "smelter", "refinery", "mine", "warehouse", "shipyard",
                          "distillery", "brewery", "bottler"})  # not "assembly": "the National Assembly"
# A company's people, by whom news names its owner: "Tallwind's founder", "Lumenfold's chief executive"
_FOUNDER_WORDS = frozenset({"founder", "cofounder", "ceo", "executive"})  # "co-founder" is three tokens
# what only a company owns: "Corvane's shares fell" (not "Lind's spokesman", a person's too)
_COMPANY_POSSESSIONS = frozenset({"shares", "shareholders"})
# Initials of countries, states and unions, never a role's: "the US" is no Under Secretary ("DC" is left out: South
# Asian papers' deputy commissioner)
_COUNTRY_INITIALS = frozenset({"US", "USA", "UK", "UAE", "EU", "UN", "DRC", "PRC", "ROK", "DPRK", "KSA", "NZ", "SA",
                               "PNG", "GB", "NI", "ROC", "USSR", "GDR", "CAR", "HK", "NSW", "UP", "NYC"})
# First words of company names that are no short name for them ("New Horizon Foods" is not "New")
_GENERIC_FIRST_WORDS = frozenset({"the", "new", "united", "american", "national", "general", "first", "global",
                                  "international", "royal", "western", "eastern", "northern", "southern", "pacific",
                                  "atlantic", "canadian", "british", "north", "south", "east", "west", "great"})
# The role word a title's abbreviation (of ROLE_WORDS) stands for: "Sen. Ana Lind" ... "the senator"
_TITLE_WORDS = {"sen.": "senator", "rep.": "representative", "gov.": "governor", "gov": "governor", "gen.": "general",
                "col.": "colonel", "lt.": "lieutenant", "sgt.": "sergeant", "dr.": "doctor", "capt.": "captain",
                "capt": "captain", "maj.": "major", "adm.": "admiral", "brig.": "brigadier", "cmdr.": "commander",
                "cllr": "councillor", "cllr.": "councillor", "cr": "councillor", "cr.": "councillor",
                "sgt": "sergeant", "insp": "inspector", "insp.": "inspector", "supt": "superintendent",
                "supt.": "superintendent", "det": "detective", "det.": "detective"}
_LABEL_TAIL = 60  # characters between a label's name and its colon: ", MERIDIAN SENIOR POLITICAL CORRESPONDENT"
_NOT_LABEL_NAMES = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "DATE", "TIME"})  # (a person the NER
# found takes the usual way)
_UNNAMED_VOICES = frozenset({"unidentified", "audience", "member", "caller", "crowd", "narrator", "announcer",
                             "voice", "male", "female", "man", "woman", "protester", "protesters", "group"})
_DEPUTIES = frozenset({"lt.", "lieut.", "lieutenant", "vice", "deputy"})  # before a title: another office
# the name an unnamed speaker is given in the mention ("who asked to be identified only as Shona", "who gave his name
# only as Karim", "who would only be named as Ms Lee")
_KNOWN_ONLY_AS = re.compile(r"\b(?:identified|named|known|referred to)(?: only)?(?: by (?:her|his|their) first name)?,?"
                            r" as (?:(?:Mr|Mrs|Ms|Dr)\.? )?([A-Z][\w'’-]+)|"
                            r"\bgave (?:her|his) (?:first )?name(?: only)? as ([A-Z][\w'’-]+)")
# "head of the company", "chief executive since 2019": head, executive
_ROLE_TAIL = re.compile(r"\s(?:of|for|at|to|in|with|from|on|since|until)\s")
# a name someone writes, performs or is known under, and theirs: "MR Thorne, the pen name of Maeve Dunleavy,",
# "Vesper, whose real name is Vesna Orlik-Hale,", "Dunleavy, who writes as MR Thorne" (not "performs as Queen Ada in
# the new musical", a part played)
_NAME_WORDS = r"[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’-]*){0,3}"
_ALIAS_OF = re.compile(rf"(?P<alias>{_NAME_WORDS}), (?:(?:the|her|his|their) (?:pen|stage|ring|professional) name of|"
                       rf"whose (?:real|birth|full) name is) (?P<name>{_NAME_WORDS})\b|"
                       rf"(?P<name2>{_NAME_WORDS}),? (?:who (?:writes|performs|records|raps|sings) under the "
                       rf"(?:name|pen name|stage name)|who (?:writes|records|raps|goes by) as|"
                       rf"better known as) (?P<alias2>{_NAME_WORDS})\b")
_INITIALS_WORD = re.compile(r"(?:[A-Z]\.?){1,3}")
_PLACE_AND_BODY_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


@dataclass(slots=True)
class Person:
    """One person of the article: all the names that denote them, merged."""

    name: str
    words: tuple[str, ...]
    role: str | None = None
    gender: str | None = None
    votes: dict[str, int] = field(default_factory=dict)
    # the gender a lone name would have as a given name ("Howard", "Warren"): taken only
    # when no fuller name tells, and never a reason to keep two names apart
    weak_gender: str | None = None
    state: str | None = None  # the US state a party-and-state tag gives ("R-Ariz.": "arizona")
    age: int | None = None  # the age given beside a name ("Aoife Brannigan, 51,"), which "the 51-year-old" recalls


class SpeakerResolver:
    """Resolves speaker mentions in one parsed article.

    doc (spacy.tokens.Doc): the parse of the article text.
    skip (list[Span]): spans (page furniture, bylines) whose names are ignored.
    authors (Iterable[str]): the article's authors, never the antecedent of a pronoun or
        a title: they write the article, they are not quoted in it.
    headlines (list[Span]): the headline lines, where a title-case NER reading runs names
        into the words after them ("Varga Blasts Council").
    """

    def __init__(self, doc, skip: list[Span] = (), *, authors: Iterable[str] = (),
                 headlines: list[Span] = ()) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        suffixed = [(m.start(), _without_opener(m.group("name"))) for m in _CORPORATE_NAME.finditer(self.text)]
        suffixed += _listed_names(doc, self.text)
        # companies named with a corporate suffix ("Tellmark Corp.") or a ticker, by lower-case name: no people
        self._companies = {name.lower(): name for _, name in suffixed}
        # every company the text names, where: with a suffix, beside a company noun, by a company's word
        described, rivals = _companies_described(doc)
        # a rival ("rival lab Corvane") is never the story's "the company", unless it is the only company named
        self._company_names = sorted(suffixed + described or rivals)
        self._company_name_set = frozenset(name for _, name in self._company_names)
        self._founded = _companies_founded(doc)  # bodies named only as someone's creation: a last resort
        self.mentions: list[PersonMention] = [m for m in _run_on_names_cut(
            doc, _headline_names_cut(person_mentions(doc, list(skip)), list(headlines)))
            if m.name.lower() not in self._companies]
        self._authors = {clean_name(a).lower() for a in authors if a and clean_name(a)}
        self._author_names = [clean_name(a) for a in authors if a and len(clean_name(a).split()) > 1]
        self.people: list[Person] = []
        self._person_of: list[int] = []  # mention index -> person index
        self._timeline: list[tuple[int, int]] = []  # (char offset, person index), sorted
        self._first_seen: dict[int, int] = {}  # person index -> where their first name mention starts
        self._bodies: list[tuple[int, Speaker]] = []  # resolved organizations and groups, in order
        self._indefinite_ends: dict[str, float] = {}  # epithet word -> end of its first "a/an/one ... word"
        self._company_like: list[tuple[int, int, str]] | None = None  # ORG names that may be companies, built once
        self._noun_tokens: dict[str, list] = {}  # where each noun a "the <noun>" mention has comes, by noun
        self._acronyms: dict[str, str] | None = None  # initials -> the name the article spelled out, built once
        self._place_names: list[tuple[int, str]] | None = None  # names of bodies and places, built once
        self._word_owners: dict[str, set[int]] | None = None  # a word of people's names -> whose, built once
        self._body_name_spans: list | None = None  # names of bodies, for "the party", "the firm", built once
        self._capitalised: frozenset[str] | None = None  # the article's capitalised words, for states' adjectives
        self._skip = list(skip)
        self._body_start = max((e for _, e in headlines), default=0)  # where the news lead begins
        self._group_people()
        self._add_missed_surnames()
        self._vote_genders()
        # a nickname written inside a name ("Declan 'Dodge' Farrelly") is that person when it stands alone
        self._nicknames = {m.group(2): person for m in NICKNAMED.finditer(self.text)
                           if (person := self.person_named(f"{m.group(1)} {m.group(3)}", m.end()) or
                               self.person_named(f"{m.group(1)} {m.group(3).split()[0]}", m.end())) is not None}
        # and one the text says a named person is known by ("Garraway, 36, is known in the dressing room as 'the
        # Vicar'", "Castellani, known in the peloton as 'il Gatto', the Cat,"), matched as written, article and all
        self._known_as: dict[str, Person] = {}
        for verb in tokens_in(doc, ("known", "nicknamed")):
            nickname = _nickname_of(verb)
            holder = _nicknamed_one(verb) if nickname else None
            if holder is not None:  # the gloss the parse hung on the name: "..., known as 'il Gatto', the Cat,"
                nickname += [f"the {c.text}" for c in holder.children if c.dep_ == "appos" and c.i > verb.i and
                             c.pos_ == "PROPN" and c.is_title and c.left_edge.lower_ == "the" and
                             c.left_edge.i == c.i - 1]
            index = next((i for pos, i in reversed(self._timeline) if holder is not None and
                          holder.left_edge.idx <= pos <= holder.idx), None)
            if index is not None and self._quotable(index):
                for name in nickname:
                    self._known_as.setdefault(name.lower(), self.people[index])
        self._add_aliases()

    def _add_aliases(self) -> None:
        """A pen or stage name the text gives someone ("MR Thorne, the pen name of Maeve Dunleavy,") names them, as
        written, and by its last word after initials ("Thorne said") when that is no one else's surname nor a word
        of a place or a body."""
        bodies_and_places: set[str] | None = None  # read off the entities only when the text gives an alias
        for match in _ALIAS_OF.finditer(self.text):
            alias = match.group("alias") or match.group("alias2")
            name = match.group("name") or match.group("name2")
            if len(name.split()) < 2 or is_honorific(name.split()[0].rstrip(".")):
                continue  # the person's full name only: "Ms Reyes" may be anyone's
            if re.match(r",? (?:and|&) [A-Z]", self.text[match.end():]) or \
                    re.search(r"\b(?:and|&)\s*$", self.text[max(0, match.start() - 40):match.start()]):
                continue  # "Glass Harbour, the stage name of Tom Reyes and Ana Lind,": a band's, not one person's
            person = self.person_named(name, match.start())
            if person is None or not self._quotable(self.people.index(person)):
                continue
            self._known_as.setdefault(alias.lower(), person)
            *first, last = alias.split()
            written = {word.lower().rstrip(".") for word in alias.split()}
            # (the alias itself may be a person of its own: "Thorne" of "MR Thorne")
            owners = [p for p in self.people if last.lower() in p.words and p is not person and
                      not set(p.words) <= written]
            # the last word alone only after initials, as a pen name is written ("MR Thorne"), and never a word the
            # text names a place or a body with ("Young Berlin", "DJ Apple" are not Berlin's or Apple's words)
            if bodies_and_places is None:
                bodies_and_places = {t.lower_ for e in self.doc.ents if e.label_ in _PLACE_AND_BODY_LABELS for t in e}
            if first and all(_INITIALS_WORD.fullmatch(word) for word in first) and not owners and \
                    last.lower() not in bodies_and_places and last not in CAPITAL_GOVERNMENTS:
                self._known_as.setdefault(last.lower(), person)

    # --- building ------------------------------------------------------------------
    def _group_people(self) -> None:
        """Group the PERSON mentions into people, longest names first."""
        order = sorted(range(len(self.mentions)), key=lambda i: -len(self.mentions[i].name.split()))
        person_of = [0] * len(self.mentions)
        for i in order:
            m = self.mentions[i]
            words = tuple(w.lower() for w in m.name.split())
            index = self._match_words(words, m.span[0], m.gender)
            if index is None:
                self.people.append(Person(m.name, words))
                index = len(self.people) - 1
            self._first_seen[index] = min(self._first_seen.get(index, m.span[0]), m.span[0])
            person = self.people[index]
            if len(words) == 1 and person.weak_gender is None:
                person.weak_gender = honorific_gender(list(words))
            if person.role is None and m.role:
                person.role = m.role
            if person.gender is None and m.gender:
                person.gender = m.gender
            person.state = person.state or _tagged_state(self.text, m.span[1])
            person.age = person.age or _stated_age(self.text, m.span[1])
            person_of[i] = index
        self._person_of = person_of
        self._timeline = sorted((m.span[0], person_of[i]) for i, m in enumerate(self.mentions))

    def _add_missed_surnames(self) -> None:
        """Put on the timeline the surnames the NER missed ("Hendry disagreed."), and the given
        names ("Gwen, 74, says"), so that a pronoun after them finds who was last named.

        Only the last word of a person's full name, capitalised (a proper noun, or a noun
        such as "Sanders" or "Price"). When two people share the surname, the one named first
        owns it: news style calls the story's subject by surname and a relative who shares
        it by first name ("Fiorina ... her husband, Frank").
        """
        first_named = {k: at for at, k in reversed(self._timeline)}
        owners: dict[str, int] = {}
        for index, person in enumerate(self.people):
            if len(person.words) > 1 and index in first_named:
                known = owners.get(person.words[-1])
                if known is None or first_named[index] < first_named[known]:
                    owners[person.words[-1]] = index
        # a given name alone, as features call people once introduced ("Gwen, 74, is not going anywhere"): only
        # when one person has it and no one has it as a surname
        given: dict[str, list[int]] = {}
        for index, person in enumerate(self.people):
            if len(person.words) > 1 and index in first_named and person.words[0] in GIVEN_NAMES:
                given.setdefault(person.words[0], []).append(index)
        given_names = {word for word, holders in given.items() if len(holders) == 1 and word not in owners}
        owners.update((word, given[word][0]) for word in given_names)
        if not owners:
            return
        taken = [m.span for m in self.mentions] + self._skip
        strings = self.doc.vocab.strings
        # a hyphenated surname ("Bouchard-Taillon") is three tokens: it is looked for by its first part
        # ("Bouchard" and "Bouchard-Taillon" share it: each keeps its own, the longer tried first)
        wanted: dict[int, list[tuple[str, int]]] = {}
        for word, found in sorted(owners.items(), key=lambda item: -len(item[0])):
            wanted.setdefault(strings.add(word.split("-")[0]), []).append((word, found))
        given_ids = {strings.add(word) for word in given_names}
        word_of = {strings.add(word): word for word in given_names}
        lowers = self.doc.to_array("LOWER").tolist() if len(self.doc) else []
        for i, lower in enumerate(lowers):  # plain ints first: a Token only for a surname's spelling
            if lower not in wanted:
                continue
            tok = self.doc[i]
            # a noun too: the tagger reads a surname like "Sanders" opening a sentence as a plural
            if tok.pos_ not in ("PROPN", "NOUN") or not tok.is_title or any(s <= tok.idx < e for s, e in taken):
                continue
            if lower in given_ids and (
                    tok.pos_ != "PROPN" or self._quoted(tok.idx) or tok.ent_type_ not in ("", "PERSON") or
                    tok.dep_ == "compound" or any(c.dep_ in ("det", "compound") for c in tok.children) or
                    word_of[lower] in PLACE_GIVEN_NAMES or tok.idx < first_named[owners[word_of[lower]]]):
                # a given name in someone's quoted words ("Hillary is running ...") is talked about; in a place's
                # or a thing's name ("the Union Jack", "the Rose Garden"), one that names places too ("Victoria
                # recorded 500 cases") or before the person came in, it is no one's
                continue
            found = next((f for word, f in wanted[lower] if _spelled_at(self.text, tok.idx, word)), None)
            if found is not None:
                insort(self._timeline, (tok.idx, found))
                if self.people[found].role is None and len(wanted[lower]) == 1 and \
                        sum(word in p.words for p in self.people for word, _ in wanted[lower]) == 1:
                    # "Kasprzak, who became chief executive in 2021,": hers, when no one else bears the name
                    self.people[found].role = role_after(self.doc[i:i + 1])

    def _quoted(self, at: int) -> bool:
        """True when ``at`` is inside a quotation opened in its paragraph."""
        return _inside_quotes(self.text, self.text.rfind("\n", 0, at) + 1, at)

    def _match_words(self, words: tuple[str, ...], at: int, gender: str | None = None) -> int | None:
        """The person whose name contains ``words`` (surname, first name, or all), if any; of
        ``gender`` when the mention has one ("Mrs. Clinton" is not Bill Clinton)."""
        matches = [i for i, p in enumerate(self.people) if _contains(p.words, words)
                   and (gender is None or p.gender in (None, gender))]
        if len(matches) <= 1:
            return matches[0] if matches else None
        if len(words) == 1 and self._person_of:
            # the one the article called by the bare surname while no one else had it keeps it: "Connie Pappas ...
            # Pappas wrote ... Her father, Mike Pappas, ... Pappas told the Ledger" is still Connie
            full = {}
            for j, m in enumerate(self.mentions):
                if len(m.name.split()) > 1 and self._person_of[j] in matches:
                    full.setdefault(self._person_of[j], m.span[0])
            owners = set()
            for m in self.mentions:
                if m.span[0] < at and m.name.lower() == words[0]:
                    known = [i for i, first in full.items() if first < m.span[0]]
                    owners.update(known if len(known) == 1 else ())
            if len(owners) == 1:
                return owners.pop()
        recent = self._most_recent(at, lambda i: i in matches)
        if recent is not None:
            return recent
        # else (grouping names, before any timeline) the one of a fuller name named first: news calls the
        # story's subject by surname ("Chris Murphy ... Murphy"), not one who comes in later with a longer name
        fuller = [i for i in matches if len(self.people[i].words) > len(words)] or matches
        return min(fuller, key=lambda i: self._first_seen.get(i, len(self.text)))

    def _vote_genders(self) -> None:
        """Let each he/she vote for the gender of the most recent person named before it, for
        the people whose names tell none; a lone name of theirs as a given name ("Howard")
        tells it before the votes do, which a pronoun near two people misleads."""
        if not self._timeline:
            return
        strings = self.doc.vocab.strings
        wanted = {strings.add(w): pronoun_gender(w) for w in ("he", "him", "his", "she", "her", "hers")}
        lowers = self.doc.to_array("LOWER").tolist() if len(self.doc) else []
        idx = self.doc.to_array("IDX").tolist() if len(self.doc) else []
        for i, lower in enumerate(lowers):  # plain ints: no Token objects made
            gender = wanted.get(lower)
            if gender is None:
                continue
            k = bisect_left(self._timeline, (idx[i], -1)) - 1
            if k < 0 or idx[i] - self._timeline[k][0] > _VOTE_WINDOW:
                continue
            if k > 0 and idx[i] - self._timeline[k - 1][0] <= _VOTE_WINDOW and \
                    self._timeline[k - 1][1] != self._timeline[k][1]:
                continue  # two people just before: the pronoun could be either's
            votes = self.people[self._timeline[k][1]].votes
            votes[gender] = votes.get(gender, 0) + 1
        for person in self.people:
            person.gender = person.gender or person.weak_gender
            if person.gender is None and person.votes:
                person.gender = max(person.votes, key=person.votes.get)
            if person.gender is None and len(person.words) > 1:
                person.gender = usual_gender(person.words[0])  # "Chris Christie" with no pronoun to tell

    def _most_recent(self, at: int, accept, exclude: Iterable[Span] = ()) -> int | None:
        """The person of the latest timeline entry before ``at`` that ``accept`` takes, outside
        the ``exclude`` spans."""
        k = bisect_left(self._timeline, (at, -1)) - 1
        while k >= 0:
            pos, index = self._timeline[k]
            if at - pos > _PRONOUN_WINDOW:
                return None
            if accept(index) and not any(s <= pos < e for s, e in exclude):
                return index
            k -= 1
        return None

    def _recent_subject(self, at: int, accepts, exclude: Iterable[Span] = ()) -> int | None:
        """The person who is a subject before ``at`` in its own sentence, else in the sentence
        before (with a verb), a main clause's subject first: a subject stays the topic
        ("Brad worried that voters would not choose Johnson. ... he said" is Brad).

        accepts: the tests a person must pass, tried in order within each sentence (the
        pronoun's gender, then no known gender).
        """
        tok = self.token_at(at)
        if tok is None:
            return None
        sent = tok.sent
        before, end = self._sentence_before(sent, exclude)
        for first, last in ((sent.start_char, at), (before, end)):
            for accept in accepts:
                found: dict[str, int] = {}
                k = bisect_left(self._timeline, (last, -1)) - 1
                while k >= 0 and self._timeline[k][0] >= first:
                    pos, index = self._timeline[k]
                    if accept(index) and not any(s <= pos < e for s, e in exclude):
                        found.setdefault(self._subject_kind(pos) or "", index)
                    k -= 1
                if "main" in found or "clause" in found:
                    return found.get("main", found.get("clause"))
        return None

    def _sentence_before(self, sent, exclude: Iterable[Span] = ()) -> tuple[int, int]:
        """Where the sentence with a verb before ``sent`` starts and ends; past a quote of several sentences
        ('"...," he said'), the sentence before the quote, where its speaker is usually named, not the quote's own
        first sentences (``exclude``)."""
        before, end = self._previous_clause_start(sent), sent.start_char
        while before > 0 and self._inside_any(before, end, exclude):
            prev = self.token_at(before)
            if prev is None or prev.sent.start == 0:
                break
            before, end = self._previous_clause_start(prev.sent), prev.sent.start_char
        return before, end

    def _unnamed_subject_before(self, at: int, gender: str, exclude: Iterable[Span] = ()) -> bool:
        """True when the sentence before the pronoun at ``at`` is about someone the article describes and does not
        name ("A former player told the Post that ... / '...,' he said."): its main subject, a person by what they
        are after "a", "an" or "another", of the pronoun's gender or of none, with no name in it and no one else in
        the sentence whom the pronoun could mean."""
        tok = self.token_at(at)
        if tok is None:
            return False
        before, end = self._sentence_before(tok.sent, exclude)
        first = self.token_at(before)
        if first is None or before >= end:
            return False
        sent = first.sent
        own = _GENDER_WORDS[gender]
        for subject in sent:
            if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.dep_ != "ROOT" or subject.pos_ != "NOUN":
                continue
            lemma = subject.lemma_.lower()
            phrase = subject.doc[subject.left_edge.i:subject.right_edge.i + 1]
            # no one else of the pronoun's reach in the sentence: a name, "her", "his client", "the senator" ("A voter
            # asked Reyes about the wall. '...,' he said." is Reyes); a subject pronoun in the clause the described
            # one tells is that one ("told the Post that rookies were hazed every year [he] was there")
            others = [t for t in sent if not phrase.start <= t.i < phrase.end and (
                      t.lower_ in own and not (t.dep_ in ("nsubj", "nsubjpass") and _in_a_clause(t)) or
                      t.lemma_.lower() in ROLE_WORDS and any(c.dep_ == "det" and c.lower_ == "the"
                                                             for c in t.children))]
            others += [i for pos, i in self._timeline if sent.start_char <= pos < sent.end_char and
                       not phrase.start_char <= pos < phrase.end_char and self.people[i].gender in (None, gender)]
            return (lemma in PERSON_NOUNS or lemma in ROLE_WORDS) and \
                EPITHET_GENDERS.get(lemma) in (None, gender) and not others and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in subject.children) and \
                not any(phrase.start_char <= m.span[0] < phrase.end_char for m in self.mentions)
        return False

    def _inside_any(self, start: int, end: int, spans: Iterable[Span]) -> bool:
        """True when the text from ``start`` to ``end``, quotation marks and spaces aside, lies in one of ``spans``."""
        piece = self.text[start:end]
        start += len(piece) - len(piece.lstrip(_QUOTE_EDGES))
        end -= len(piece) - len(piece.rstrip(_QUOTE_EDGES))
        return start < end and any(s <= start and end <= e for s, e in spans)

    def _previous_clause_start(self, sent) -> int:
        """Where the sentence before ``sent`` starts, passing over pieces with no verb (a list
        after a colon, a dateline) that the parser made sentences of their own."""
        start = sent.start
        while start > 0:
            before = self.doc[start - 1].sent
            start = before.start
            if any(t.pos_ in ("VERB", "AUX") for t in before):
                break
        return self.doc[start].idx if start < len(self.doc) else sent.start_char

    def token_at(self, at: int):
        """The token at character offset ``at``, or None."""
        span = self.doc.char_span(at, min(at + 1, len(self.text)), alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _subject_kind(self, pos: int) -> str | None:
        """ "main" when the name at ``pos`` is the subject of its sentence's main verb (or of a
        verb joined to it), "clause" when of another clause, else None."""
        tok = self.token_at(pos)
        if tok is not None and tok.dep_ == "det" and tok.head.i > tok.i:
            tok = tok.head  # a description noted where it starts: "[The] leader of the union has warned"
        steps = 0
        while tok is not None and tok.dep_ in ("compound", "flat", "appos") and steps < 4:
            if tok.dep_ == "compound" and tok.head.pos_ != "PROPN":
                return None  # a name modifying a common noun: "a Clinton supporter", "the Trump campaign"
            tok, steps = tok.head, steps + 1
        if tok is None or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return "main" if verb.dep_ == "ROOT" else "clause"

    def _quotable(self, index: int) -> bool:
        """False for an author of the article: no pronoun or title points back to them."""
        return self.people[index].name.lower() not in self._authors

    # --- resolving -----------------------------------------------------------------
    def person_named(self, text: str, at: int = 0) -> Person | None:
        """The person of the article a name as written denotes ("Aliyev", "Mr. Aliyev")."""
        words = tuple(w.lower() for w in clean_name(text).split())
        if not words:
            return None
        index = self._match_words(words, at)
        return self.people[index] if index is not None else None

    def _author_by_surname(self, text: str) -> str | None:
        """The one author of the article whose surname ``text`` is, in any case ("Aldous", "ALDOUS")."""
        word = clean_name(text).lower()
        found = [name for name in self._author_names if name.split()[-1].lower() == word]
        return found[0] if len(found) == 1 else None

    def person_by_initials(self, initials: str) -> Person | None:
        """The one person of the article whose role the initials stand for ("CM" for "Chief Minister of Vindhya
        Pradesh"), for a headline that names them so before the body does; None for none or several."""
        initials = _without_points(initials)  # "D.A." as "DA"
        if initials in _COUNTRY_INITIALS:
            return None
        found = [p for i, p in enumerate(self.people) if self._quotable(i) and initials in _role_initials(p.role)]
        return found[0] if len(found) == 1 else None

    def _apposed_to_role(self, at: int, roles: frozenset[str]) -> bool:
        """True when the name at ``at`` stands in apposition to one of ``roles`` ("The mayor of Zoriansk, [Halyna
        Tkachuk], spoke")."""
        token = self.token_at(at)
        if token is None:
            return False
        name = token
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        return name.dep_ == "appos" and name.head.i < name.i and name.head.lemma_.lower() in roles

    def holders_of_role(self, role: str, after: int) -> int:
        """How many people named after ``after`` hold a role with the head word of ``role`` (or another word for
        whoever leads)."""
        words = role.lower().split()
        if not words:
            return 0
        counts = []
        for same in (frozenset({words[-1]}), _same_role(words[-1])):  # the word itself first ("president", not "head")
            counts.append(len({index for pos, index in self._timeline if pos >= after and self._quotable(index) and
                               not _another_office(self.people[index].role, words) and
                               (_holds_office_of(self.people[index].role, same) or self._apposed_to_role(pos, same))}))
        return counts[0] or counts[1]

    def qualified_holder(self, role: str, after: int) -> Person | None:
        """Of several people named after ``after`` in a role, the one whose role holds the words before the role's
        head too ("Kinnaroo mayor" of the mayors of Kinnaroo and of Mundarra); None when none or several do."""
        words = role.lower().split()
        if len(words) < 2:
            return None
        same = _same_role(words[-1])
        found = {index for pos, index in self._timeline if pos >= after and self._quotable(index) and
                 _role_heads(self.people[index].role) & same and
                 re.search(r"(?<!former )\b" + re.escape(role) + r"\s+" + re.escape(self.people[index].name) + r"\b",
                           self.text[after:], re.IGNORECASE)}  # the role as written right before the whole name
        return self.people[found.pop()] if len(found) == 1 else None

    def person_described(self, noun: str, after: int) -> Person | None:
        """The person a headline describes by what they are, not by a role ("Knoxville mom fights insurer"): the one
        person the news lead after ``after`` names as the subject of its main clause, of the noun's gender if it has
        one; None when the lead names none or several."""
        gender = EPITHET_GENDERS.get(noun.lower())
        lead_start, lead_end = self._lead_after(after)
        acting = {index for pos, index in self._timeline if lead_start <= pos < lead_end and self._quotable(index)
                  and self._subject_kind(pos) == "main"}
        if len(acting) != 1:
            return None
        person = self.people[acting.pop()]
        known = person.gender or person.weak_gender
        return person if gender is None or known in (None, gender) else None

    def person_in_role(self, role: str, after: int) -> Person | None:
        """The person of the body an unnamed role denotes ("Rail chief" in a headline).

        First a person named after ``after`` whose role has the same head word (or another
        word for whoever leads: chief, head, boss...). Else, when the body's first paragraph
        holds the role's word, its one main subject ("Ruth Okafor became the city's chief of
        police"). Else the news lead's delayed naming:
        when the body's first paragraph names nobody and describes someone by such a role
        ("The head of the rail operator has ruled out a strike"), the first person named in
        the two paragraphs after it.
        """
        words = role.lower().split()
        if not words:
            return None
        head = words[-1]
        same = _same_role(head)
        firsts: dict[int, int] = {}
        for pos, index in self._timeline:
            if pos >= after and self._quotable(index):
                firsts.setdefault(index, pos)
        order = sorted(firsts, key=firsts.get)
        for index in order:
            if _another_office(self.people[index].role, words):
                continue  # "Defence secretary tells MPs ..." is not the shadow defence secretary named below
            if _holds_office_of(self.people[index].role, same) or self._apposed_to_role(firsts[index], same):
                return self.people[index]
        if head == "chief" and len(words) > 1:
            # "Health chief" of "Chief Health Officer Dr X": the one chief officer of the headline's field, when no
            # one else's role names that field ("Health Secretary Tom Baines" may be the headline's chief too)
            chiefs = [i for i in order if _chief_officer_of(self.people[i].role, words[:-1])]
            fields = [i for i in order if all(w in (self.people[i].role or "").lower().split() for w in words[:-1])]
            if len(chiefs) == 1 and fields == chiefs:
                return self.people[chiefs[0]]
        lead_start, lead_end = self._lead_after(after)
        lead = self.doc.char_span(lead_start, lead_end, alignment_mode="expand") if lead_end > lead_start else None
        if lead is None or not any(t.pos_ == "NOUN" and (t.lower_ in same or t.lemma_.lower() in same)
                                   for t in lead):
            return None
        in_lead = [i for i in order if lead_start <= firsts[i] < lead_end]
        if in_lead:
            # "Ruth Okafor became Kesteln's chief of police on Monday": the lead's one main subject holds it
            acting = [i for i in in_lead if any(self._subject_kind(pos) == "main" for pos, j in self._timeline
                                                if j == i and lead_start <= pos < lead_end)]
            return self.people[acting[0]] if len(acting) == 1 else None
        limit = lead_end
        for _ in range(2):
            limit = self._paragraph_after(limit)[1]
        named = [i for i in order if lead_end <= firsts[i] < limit]
        # the one who does something there ("Marta Lind replied") before one named on the way
        # ("Asked by the chairman, Judge Ines Moreau, ...")
        acting = [i for i in named if any(self._subject_kind(pos) == "main"
                                          for pos, j in self._timeline if j == i and lead_end <= pos < limit)]
        return self.people[(acting or named)[0]] if named else None

    def _named_after_lead(self, span, head) -> Person | None:
        """The person a news lead describes by a role and names below it ("The captain of a
        ferry that ran aground told an inquiry ..." then "Marta Lind replied"): only for a
        mention in the body's first paragraph when that paragraph names nobody, and one named
        below in no other role. An indefinite role ("A federal judge ordered ...") is taken
        only by one named below in that role ("Judge Ana Lind"): "a police officer at the
        scene" is not the neighbour named next."""
        lead_start, lead_end = self._lead_after(self._body_start)
        owned = len(span) > 2 and span[1].tag_ == "POS" and span[0].pos_ == "PROPN"  # "Millbridge's police chief"
        if not lead_start <= span.start_char < lead_end or span[0].lower_ not in ("the", "a", "an") and not owned or \
                any(lead_start <= m.span[0] < lead_end for m in self.mentions):
            return None
        person = self.person_in_role(head.lower_, self._body_start)
        if person is None:
            return None
        same = _same_role(head.lower_)
        # "Ana Lind, a passenger" is not "the spokesman for the ferry operator"; "Col. Ana Lind" may be, a rank alone
        if person.role and not _rank_alone(person.role):
            return person if _role_in(person.role, same) else None
        return person if span[0].lower_ == "the" or owned or self._introduced_alike(span, person) else None

    def _capitals_label(self, span, at: int) -> Person | None:
        """The person a transcript's label in capitals names in full ("DEVON MARLOWE-ASARE, HOST:" opening a line),
        when the NER took no person there: registered in title case, so that "MARLOWE-ASARE:" further down finds
        them. One word alone is a surname, left to the other rules."""
        words = [t for t in span if not hyphen_in_word(t)]
        if not 2 <= len(span.text.split()) <= 3 or not _in_capitals(span) or \
                any(t.lower_ in ROLE_WORDS or t.lower_ in ORGANIZATION_WORDS or t.lower_ in ANONYMOUS_WORDS or
                    t.lower_ in _UNNAMED_VOICES for t in words):
            return None  # (not "UNIDENTIFIED PERSON:", "AUDIENCE MEMBER:", "CITY COUNCIL:")
        line_start = self.text.rfind("\n", 0, span.start_char) + 1
        line_end = self.text.find("\n", span.end_char)
        line_end = len(self.text) if line_end < 0 else line_end
        tail = self.text[span.end_char:line_end][:_LABEL_TAIL]
        if self.text[line_start:span.start_char].strip() or ":" not in tail:
            return None
        # the NER reads capitals as it likes: a body it saw is let pass only before the speaker's role ("DEVON
        # MARLOWE-ASARE, HOST:"), never a place ("NEW YORK:") nor a person it found (the usual way takes those)
        role_after = tail.lstrip().startswith(",") and any(
            word.strip(",.:").lower() in ROLE_WORDS for word in tail.split(":", 1)[0].split())
        if any(t.ent_type_ in _NOT_LABEL_NAMES and not (t.ent_type_ == "ORG" and role_after) for t in span):
            return None
        name = " ".join("-".join(part.capitalize() for part in word.split("-")) for word in span.text.split())
        return self.person_named(name, at) or self._register(name, at)

    def _double_surname(self, span, at: int) -> Person | None:
        """The one person named before ``at`` whose hyphenated surname the mention is ("Voss-Mbatha said" after
        "Sheriff Arlene Voss-Mbatha"), where the tagger read a part of it as a common noun and the NER saw no name."""
        words = span.text.split()
        if len(words) != 1 or "-" not in words[0] or not all(p[:1].isupper() for p in words[0].split("-")) or \
                any(m.span[0] <= span.start_char < m.span[1] for m in self.mentions):
            return None
        person = self.person_named(words[0], at)
        return person if person is not None and self._first_seen.get(self.people.index(person), at) < at else None

    def _named_in_next_paragraph(self, span, head, kind: str) -> Person | None:
        """The person the paragraph after an indefinite description opens on, introducing a name not given before
        ("A retired chemistry teacher who lives by the landfill told commissioners ..." then "Harold Mbatha-Greer, 71,
        brought a jar of his well water"), else None. The description holds a "who" or "whose" clause, says nothing
        of anonymity, and the one named does not speak in that sentence ("Jane Doe, 45, who also lives there,
        said ..." is someone else)."""
        if head.pos_ != "NOUN":
            return None
        # "who" says a person, "whose" only of a person noun ("a firm whose ..." is none)
        person_noun = kind == "person" or head.lower_ in PERSON_NOUNS
        clause = next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i and any(
            t.lower_ == "who" or t.lower_ == "whose" and person_noun for t in c.subtree)), None)
        if clause is None or _ANONYMITY_WORDS.search(self.text, span.start_char, clause.right_edge.idx +
                                                     len(clause.right_edge)):
            return None
        end = self.text.find("\n\n", span.end_char)
        if end < 0:
            return None
        opening = end
        while opening < len(self.text) and self.text[opening].isspace():
            opening += 1
        mention = next((m for m in self.mentions if m.full[0] == opening), None)
        if mention is None or len(mention.name.split()) < 2 or \
                not _INTRODUCED_AFTER_NAME.match(self.text, mention.span[1]):
            return None
        index = next((i for i, p in enumerate(self.people) if self._first_seen.get(i) == mention.span[0]), None)
        if index is None:
            return None
        name = self.doc.char_span(*mention.span, alignment_mode="expand")
        verb = name.root.head if name is not None and name.root.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None or verb.lemma_.lower() in _SPEAKING_LEMMAS or any(
                c.dep_ == "conj" and c.lemma_.lower() in _SPEAKING_LEMMAS for c in verb.children):
            return None
        person = self.people[index]
        if person.role and head.lower_ not in person.role.lower():
            return None  # "John Doherty, 45, a firefighter, arrived": someone else than "a man who lives nearby"
        return person

    def _named_as_the_same(self, span, head) -> Person | None:
        """The person named next as "the <same noun>, <name>" after an indefinite description ("A nurse who has worked
        there for 19 years says ..." then '"...," says the nurse, Deb Ostapchuk.'), within the two paragraphs after
        the description's; else None."""
        if head.pos_ != "NOUN" or span[0].lower_ == "one" and len(span) < 2:
            return None
        end = span.end_char
        for _ in range(3):  # the description's paragraph and the two after it
            found = self.text.find("\n\n", end)
            end = len(self.text) if found < 0 else found + 2
        noun = re.escape(head.text.lower())
        the_same = re.compile(r"\bthe\s+" + noun + r",\s*$", re.IGNORECASE)
        # (not past another one so described: "Another nurse said ...", "pulled a man from the house")
        another = re.compile(r"\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}" + noun + r"\b", re.IGNORECASE)
        for mention in self.mentions:
            if span.end_char < mention.span[0] < end and len(mention.name.split()) >= 2 and \
                    the_same.search(self.text, max(0, mention.span[0] - 40), mention.span[0]):
                if another.search(self.text, span.end_char, mention.span[0]):
                    return None
                return self.person_named(mention.name, mention.span[1])
        return None

    def _introduced_alike(self, span, person: Person) -> bool:
        """True when the sentence that first names ``person`` shares a stem with the role of the description
        ``span`` ("A former track inspector for the railroad ..." then "Dale Prentiss, who inspected track on its
        Lake Division for 22 years, wrote ..."); "a police officer at the scene" is not the neighbour named next."""
        index = self.people.index(person)
        first = self._first_seen.get(index)
        mention = next((m for m in self.mentions if m.span[0] == first), None)
        name = self.doc.char_span(*mention.span, alignment_mode="expand") if mention is not None else None
        role = head_token(span)
        stem = role.lemma_.lower()[:_STEM]
        if name is None or len(role.text) <= 3:
            return False

        def of_the_name(token) -> bool:  # the name itself, or "who" on it
            return name.start <= token.i < name.end or token.lower_ == "who" and token.head.dep_ == "relcl" and \
                name.start <= token.head.head.i < name.end

        # the role's own word for what the named one does or is ("who inspected track", "X, an inspector"), not a
        # word of where they are or what was done to them ("who called police", "whose flat was inspected")
        return any(t.lemma_.lower()[:_STEM] == stem and (
            t.pos_ == "VERB" and any(c.dep_ == "nsubj" and of_the_name(c) for c in t.children) or
            t.pos_ == "NOUN" and t.dep_ == "appos" and name.start <= t.head.i < name.end) for t in name.sent)

    def _lead_after(self, at: int) -> Span:
        """The news lead: the first paragraph from ``at`` that is a sentence, not a byline, a time stamp or a
        dateline on a line of its own ("By TOBIAS REINHOLM / 06/18 5:04 PM EDT")."""
        start, end = self._paragraph_after(at)
        # (a short sentence is a lead all the same: "The mayor has resigned."; a byline of two names and an agency is
        # none, however long: "By MIRELA KOSTANDI and DAVID OKAFOR-REINES Associated Press")
        while end < len(self.text) and (
                len(self.text[start:end].split()) < _LEAD_WORDS and (
                    self.text[start:end].startswith(("By ", "BY ")) or
                    not self.text[start:end].rstrip().endswith((".", "!", "?", "\"", "”"))) or
                self.text[start:end].startswith(("By ", "BY ")) and len(self.text[start:end].split()) <= _BYLINE_WORDS
                and not self.text[start:end].rstrip().endswith((".", "!", "?")) or
                # a deck under the headline or a byline with its time, no sentence: "Defence secretary tells MPs
                # deployment is ‘a signal’", "Eleanor Whitcombe-Dutt, Defence Editor / Friday June 12 2026, 6.14pm"
                len(self.text[start:end].split()) < _DECK_WORDS and
                not self.text[start:end].rstrip().rstrip("\"'”’)").endswith((".", "!", "?", ":"))):
            start, end = self._paragraph_after(end)
        return start, end

    def _demonym_form(self, name: str) -> str | None:
        """A state's body by the adjective the article makes of the state's name ("Ostragor's defence ministry" is
        the Ostragorian Defence Ministry where the article writes "Ostragorian"), so that both spellings are one
        body; None when the article has no such adjective ("Britain's Ministry of Defence")."""
        owned = _STATE_BODY.match(name)
        if owned is None:
            return None
        state = owned.group("state")
        forms = ((_IRREGULAR_DEMONYMS[state],) if state in _IRREGULAR_DEMONYMS else ()) + (
            state + "n", state + "ian", state + "i", state + "an", state + "ese", state[:-1] + "ese",
            state[:-1] + "ian")
        if self._capitalised is None:
            self._capitalised = frozenset(re.findall(r"\b[A-Z][a-z]+\b", self.text))
        adjective = next((f for f in forms if f in self._capitalised), None)
        if adjective is None:
            return None
        body = " ".join(w if w in ("in", "to", "of", "for") else w[:1].upper() + w[1:]
                        for w in owned.group("body").split())
        return f"{adjective} {body}"

    def _paragraph_after(self, at: int) -> Span:
        """The first paragraph (text between blank lines) that starts at or after ``at``."""
        start = at
        while start < len(self.text) and self.text[start].isspace():
            start += 1
        end = self.text.find("\n\n", start)
        return start, len(self.text) if end < 0 else end

    def _addressed(self, address: re.Match, at: int) -> Person | None:
        """The person a form of address stands for ("His Highness", "Her Excellency"): the last one before ``at``
        whose name the text gave with that style or a title that bears it ("H.H. Sheikh Hamdan", "Crown Prince")."""
        style = _ADDRESS_STYLES[address.group("style").lower()]
        unwanted = "f" if address.group("pronoun").lower() == "his" else "m"
        for m in sorted((m for m in self.mentions if m.span[0] < at), key=lambda m: -m.span[0]):
            # the name's own title, and the styles written right before it ("H.H. Sheikh Hamdan")
            before = _STYLE_APPOSED.search(self.text, max(0, m.full[0] - 60), m.full[0]) or \
                _STYLE_BEFORE.search(self.text, max(0, m.full[0] - 40), m.full[0])
            after = _STYLE_AFTER.match(self.text, m.span[1])  # "Hamdan ..., Crown Prince of ..."
            written = self.text[before.start() if before else m.full[0]:m.span[1]] + " " + (m.role or "") + \
                (after.group() if after else "")
            if m.gender != unwanted and style.search(written) and not style.search(m.name):  # not "Crown Prince"
                if any(not _PLACE_WORD.search(n.group()) and not _PLACE_WORD.match(self.text, n.end())
                       for n in _STYLED_NAME.finditer(self.text, m.span[1], at)):
                    return None  # "Later, Sheikh Tamim met ...": a nearer styled name the NER did not take
                return self.person_named(m.name, m.span[0])
        return None

    def note(self, at: int, person: Person) -> None:
        """Record that ``person`` is mentioned at ``at`` (a resolved pronoun or title)."""
        insort(self._timeline, (at, self.people.index(person)))

    def resolve(self, start: int, end: int, exclude: Iterable[Span] = (), content: Iterable[Span] = (),
                quote: bool = False, quoted: Iterable[Span] = ()) -> Speaker:
        """The Speaker a mention (character span of the article text) denotes.

        exclude (Iterable[Span]): spans whose names a pronoun must not point back to: the
            statement's own words ('"Paul is a good man," he added' is not Paul speaking).
        content (Iterable[Span]): the statement's own words, whose people a pronoun is someone else than
            ('"Felix knows that," he said' is not Felix, wherever Felix was named before).
        quote (bool): whether those words are a quote's, not speech reported in the writer's words.
        quoted (Iterable[Span]): the quotations inside those words (marks included), as the quote finder pairs
            their marks: someone else's words in a quote, the speaker's own in reported speech.
        RETURNS (Speaker): name, mention, type and role; ``method`` says which rule.
        """
        span = self.doc.char_span(start, end, alignment_mode="expand")
        start, end = self._expand_to_title(start, end)
        mention = TextSpan(self.text[start:end], (start, end))
        if span is None or len(span) == 0:
            return Speaker(None, mention, "unknown", None, "resolve:nospan")
        # as written, and not when someone's full name has it as a surname ("Peter Walsh" after "John 'Walsh'
        # Kelly"); a role word is no nickname ("the coach" after "Liam 'Coach' Dunne")
        # as written or after "the" ("The Hurricane" after "Shannon 'Hurricane' McBride")
        nicknamed = self._nicknames.get(mention.text) or self._nicknames.get(strip_determiner(mention.text)) \
            if mention.text[:1].isupper() else None
        if nicknamed is not None and _full_name(self.person_named(mention.text, start)):
            nicknamed = None
        nicknamed = nicknamed or self._known_as.get(mention.text.lower())  # "the Vicar" of "known as 'the Vicar'"
        if nicknamed is not None:  # "Dodge said" after "Declan 'Dodge' Farrelly"
            self.note(start, nicknamed)
            return Speaker(nicknamed.name, mention, "person", nicknamed.role, "resolve:nickname")
        if mention.text.startswith("@"):
            owner = self._handle_owner(mention.text)
            if owner is not None:  # "@marta.kovar" is Marta Kovář; "@kesteln_mayor" the mayor the article names
                return Speaker(owner.name, mention, "person", owner.role, "resolve:handle")
        after = self.text[end:end + 120]
        known_as = _KNOWN_ONLY_AS.search(mention.text) or (
            _KNOWN_ONLY_AS.search(after.split(",")[1] if after.count(",") > 1 else "")
            if after.startswith((", who", ", whom")) else None)
        if known_as is not None:  # "A mother of three who asked to be identified only as Shona": Shona to readers
            given = known_as.group(1) or known_as.group(2)
            person = self.person_named(given, start) or self._register(given, start)
            self.note(start, person)
            return Speaker(person.name, mention, "person", person.role, "resolve:known-as")
        address = _FORM_OF_ADDRESS.fullmatch(mention.text)
        if address is not None:
            addressed = self._addressed(address, start)
            if addressed is None:  # a style of address is no one's name
                return Speaker(None, mention, "person", None, "resolve:address")
            self.note(start, addressed)  # "His Highness said" after "H.H. Sheikh Hamdan ..."
            return Speaker(addressed.name, mention, "person", addressed.role, "resolve:address")
        government = CAPITAL_GOVERNMENTS.get(mention.text)
        if government is not None and all(t.pos_ == "PROPN" for t in span) and \
                not self._capital_is_someone(mention.text, start, span, exclude):
            # "Berlin said it would send a minehunter": the government the capital stands for, not a place
            speaker = Speaker(government, mention, "organization", None, "resolve:capital")
            self._bodies.append((start, speaker))
            return speaker
        company = self._companies.get(strip_determiner(mention.text).lower())
        if company is not None:  # "Tellmark declined to comment" after "Tellmark Corp."
            speaker = Speaker(company, mention, "organization", None, "resolve:company-name")
            self._bodies.append((start, speaker))
            return speaker
        antecedent = _relative_antecedent(span)
        if antecedent is not None:  # "X, who leads a bloc and [who] said": X speaks, by the first "who"
            found = self.resolve(antecedent[0], antecedent[1], exclude, content, quote, quoted)
            return replace(found, mention=mention, method=f"{found.method}+relative")
        person, method = self._person_for(span, start, list(exclude),
                                          content=(list(content), quote, list(quoted)))
        if person is not None:
            if person.role is None and method == "resolve:name":
                person.role = _role_before_name(span, self.mentions)
            # at the phrase's head: "Her neighbor, Curtis Fontenot," is the subject by "neighbor", not "Her"
            self.note(max(start, head_token(span).idx), person)
            return Speaker(person.name, mention, "person", person.role, method)
        if head_token(span).lower_ in ("they", "them"):
            return self._plural_antecedent(start, mention)
        if head_token(span).lower_ == "it":
            return self._it_antecedent(span, mention)
        self_named = _name_given_itself(head_token(span))
        if self_named is not None:  # "A group calling itself Greyhollow claimed ...": the name it goes by
            speaker = Speaker(self_named, mention, "organization", None, "resolve:self-named")
            self._bodies.append((start, speaker))
            return speaker
        named = self._named_place_before(span, start)
        if named is not None:  # "the museum" after "the Harcourt Museum", "The paper" after "The Northern Chronicle"
            speaker = Speaker(named, mention, "organization", None, "resolve:named-body")
            self._bodies.append((start, speaker))
            return speaker
        if demonym_person(head_token(span)) and span[0].lower_ == "the":
            # "the Norwegian" nobody before fits: a person, whose nationality is no name
            return Speaker(None, mention, "person", None, "resolve:person")
        kind = speaker_type(span)
        if kind == "organization" and not head_token(span).ent_type_ and head_token(span).pos_ == "PROPN" and \
                split_descriptor(_name_run(span))[0] is not None:
            kind = "person"  # "ASA Director-General Ilse Vandermolen-Kaur": a body's initials, a title and a name
        name = None
        if kind == "unknown" and _apposed_proper_name(head_token(span)) or \
                kind == "anonymous" and _apposed_proper_name(head_token(span)) and \
                any(t.ent_type_ == "ORG" for t in _apposed_proper_words(head_token(span))):
            # "the grid operator, Eastline,": a body by the name it is given; "its owners, the Skelmore Pier Trust,":
            # owners are named, by their body's name
            kind = "organization"
        elif kind in ("unknown", "person") and head_token(span).text.isupper() and \
                strip_determiner(span.text) == head_token(span).text and \
                self._spelled_out(head_token(span).text) != head_token(span).text and \
                not person_initials(self._spelled_out(head_token(span).text).split()):
            kind = "organization"  # initials the article spells out as a body's name ("IEBC" in a headline, "the NDSA")
        if kind == "organization" or kind == "unknown" and head_token(span).lower_ in _BODY_NAME_WORDS:
            named = self._named_body_before(span, start)
            if named is not None:
                return Speaker(named.name, mention, "organization", None, "resolve:described-body")
        if kind in ("organization", "unknown"):
            # the body just named, else the company the article names (for a company's noun with words of its own:
            # "the Minneapolis company")
            body, method = self._body_named_just_before(span), "resolve:body-before"
            if body is None:
                body, method = self._described_body_before(span, start), "resolve:described-before"
            if body is None and (kind == "organization" or head_token(span).lower_ in COMPANY_NOUNS):
                # ("the retailer" may be a shopkeeper, and is the company where the article named one)
                body, method = self._sole_company_before(span, start), "resolve:the-company"
            if body is None:
                body, method = self.body_named_after(span, start), "resolve:body-after"
            if body is not None and body != _NEW_BODY:
                speaker = Speaker(body, mention, "organization", None, method)
                self._bodies.append((start, speaker))
                return speaker
        if kind == "organization" and not (len(span) == 1 and span[0].lower_ in COMPANY_NOUNS):
            # (a headline's "Company claims ..." drops its article: the noun is no company's name)
            name = _body_name(span)
            name = self._spelled_out(name)
            name = self._demonym_form(strip_determiner(span.text)) or self._demonym_form(name) or name
        role = None
        if kind == "person" and head_token(span).pos_ == "PROPN" and _ends_on_body_word(_name_run(span)):
            kind, name = "organization", strip_determiner(_name_run(span))  # "Harrowdale Hospitals Trust"
        if kind == "person" and named_by_initials(head_token(span)):
            person = self.person_named(head_token(span).text, start) or self._register(head_token(span).text, start)
            return Speaker(person.name, mention, "person", person.role, "resolve:initials")
        if kind == "person":
            head = head_token(span)
            if _has_named_possessor(head):
                name = strip_determiner(span.text)  # "Tom's brother": described by whose he is
            if head.text in POST_NOMINALS and head.i > span.start and head.nbor(-1).pos_ == "PROPN" and \
                    span[0].lower_ not in ("a", "an", "the", "one", "another") and head.nbor(-1).ent_type_ != "NORP":
                # "Ana Lind MP": the letters after the name say her office; she is named
                person = self.person_named(clean_name(_name_run(span)), start) or \
                    self._register(_name_run(span), start, role=head.text)
                return Speaker(person.name, mention, "person", person.role, "resolve:unlabelled-name")
            if head.lower_ in ROLE_WORDS or head.lemma_.lower() in ROLE_WORDS:
                role = strip_determiner(span.text)
                person = self._named_after_lead(span, head)
                if person is not None:  # "The captain of a ferry ... told an inquiry": named below
                    # the lead says what she is; a rank stays before it ("Col. army's spokesman")
                    person.role = f"{person.role} {role}" if _rank_alone(person.role) else person.role or role
                    self.note(start, person)
                    return Speaker(person.name, mention, "person", person.role, "resolve:lead-role")
            elif head.pos_ == "PROPN" and not head.is_lower and head.lower_ not in PAGE_NOTES:
                # not "neighbor" the tagger took for a name, nor a page's "Correction, 14 March: ..."
                described, name = split_descriptor(_name_run(span))  # "Engineer Priya Raman"
                person = self._register(name, start, role=described)
                return Speaker(person.name, mention, "person", person.role, "resolve:unlabelled-name")
        person = self._named_in_next_paragraph(span, head_token(span), kind) or \
            self._named_as_the_same(span, head_token(span)) \
            if kind in ("person", "unknown") and span[0].lower_ in ("a", "an", "one") else None
        if person is not None:
            # "A dairy farmer whose land ... has told an oral hearing ..." then "Declan Furlong, who milks 120 cows,
            # ...": the paragraph after the description names whom it described
            self.note(start, person)
            return Speaker(person.name, mention, "person", person.role or strip_determiner(span.text),
                           "resolve:named-next")
        speaker = Speaker(name, mention, kind, role, f"resolve:{kind}")
        if kind in ("organization", "anonymous"):
            self._bodies.append((start, speaker))
        return speaker

    def _handle_owner(self, handle: str) -> Person | None:
        """The person a social-media handle belongs to: one whose given name and surname it spells
        ("@marta.kovar"), else the one holder of an office it names ("@kesteln_mayor")."""
        parts = [p for p in re.split(r"[._\-\d]+", _plain(handle.lstrip("@"))) if p]
        letters = "".join(parts)
        spelled = [p for p in self.people if len(p.words) >= 2 and len(letters) >= 5 and
                   (_plain("".join(p.words[-2:])) in letters or _plain(p.words[0] + p.words[-1]) in letters)]
        if len(spelled) == 1:
            return spelled[0]
        holders = [p for p in self.people if any(_holds_role(p, part) for part in parts if part in ROLE_WORDS)]
        return holders[0] if len(holders) == 1 else None

    def _named_body_before(self, span, at: int) -> Speaker | None:
        """ "the department" after "The Justice Department said ...": the body that spoke last
        before with that word in its name.

        Only for a definite common noun of a body ("the committee", "the department"). A
        name without the word ("Acme" for "the company") is not taken: without knowing what
        kind of body a name is, the nearest one is wrong as often as right.
        """
        head = head_token(span)
        word = head.lower_
        if span[0].lower_ != "the" or any(t.pos_ == "PROPN" for t in span) or word not in _BODY_NAME_WORDS:
            return None
        for pos, body in reversed(self._bodies):
            if at - pos > _PRONOUN_WINDOW:
                return None
            if pos < at and body.type == "organization" and body.name and body.name[:1].isupper() and \
                    _british(word) in {_british(w) for w in _name_heads(body.name)}:
                return body
        return None

    def _all_body_names(self) -> list:
        """The names of bodies in the whole article (``_body_names``), found on the first call."""
        if self._body_name_spans is None:
            self._body_name_spans = _body_names(self.doc[:], self._company_name_set)
        return self._body_name_spans

    def body_named_after(self, span, at: int) -> str | None:
        """ "..., says union" in a headline, "their union has said" in the first lines: the one body the article
        names only further down with that word ending its name ("The Road Transport Workers' Union's regional
        organiser"); None when it names none or several, or one before the mention."""
        head = head_token(span)
        word = _british(head.lower_)
        if head.lower_ not in _BODY_NAME_WORDS or len(span) > 2 or any(t.pos_ == "PROPN" for t in span) or \
                len(span) == 2 and span[0].lower_ not in ("the", "their", "its"):
            return None  # "the union", "their union", a headline's "union"; not "the rail union", "a union"
        # (the name of a body whose people speak further down: "The Road Transport Workers' Union's regional organiser,
        # X, said", not a body merely mentioned: "a grant from the Northern Arts Council")
        ending = [name for name in self._all_body_names() if _last_name_word(name) == word]
        if not any(_speaks_for(name) for name in ending):
            return None
        names = {strip_determiner(name.text).removesuffix("'s").removesuffix("’s") for name in ending}
        # (a name before it, whether or not the NER read it as a body's: "The Nurses' Union called a strike")
        named_before = re.search(r"[A-Z][\w'’.-]*\s+" + re.escape(head.lower_.capitalize()) + r"\b", self.text[:at])
        if len(names) != 1 or named_before or any(name.start_char < at for name in ending):
            return None
        return names.pop()

    def _sole_company_before(self, span, at: int) -> str | None:
        """ "the company", "the Minneapolis company", "the grocer" after "Harlow Foods Inc.": the
        one company the article named before with a corporate suffix, as business news names a
        company first, or of several the one named (in full or by its first word) before the mention
        in its sentence or in the one before; None when none or several are left, or the mention
        names a body itself."""
        head = head_token(span)
        # "The group said in a filing ..." after "Sungai Kerian Plantations Bhd": business news's word for the
        # company with a legal form, when no other body was named since (not "the group" of campaigners)
        group = len(span) == 2 and head.lower_ == "group"
        if span[0].lower_ != "the" or head.lower_ not in COMPANY_NOUNS and not group or \
                any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "NORP") for t in span) or \
                any(t.lower_ in _OTHER_COMPANY for t in span):
            return None  # "the combined company", "the rival firm": another company than the one named
        names = _one_per_company({name for pos, name in self._company_names if pos < at}) or \
            (set() if group else {name for pos, name in self._founded if pos < at})
        if not names:
            return None
        if group:
            last = max(pos for pos, name in self._company_names if pos < at and name in names)
            if len(names) > 1 or self._other_organization_between(last + 1, at, names):
                return None
        token = self.token_at(at)
        since = self._previous_clause_start(token.sent) if token is not None else at
        near = {name for name in names if any(_names_in(form, self.text, since, at) for form in _forms(name))}
        if len(names) > 1:  # a merger story: the one of them named in this sentence or the one before
            names = near
        elif not near and self._other_organization_between(since, at, names):
            return None  # "... the retailer Amazon. ... a drop in Exxon Mobil. The company": the one just named
        return names.pop() if len(names) == 1 else None

    def _body_named_just_before(self, span) -> str | None:
        """ "The party plans ..." after "SPD co-leader Marlene Szymanski ...", "The firm said" after "A Tesh
        spokesman ... said", "The agency said" after "Elections Canada said": the body named last, in this
        sentence or the two before, when the mention is "the" and a body's common noun alone.

        Bodies the speakers talked to or about are passed over: the paper or broadcaster someone told ("told the
        Sueddeutsche Zeitung"), the place something happened ("in the Sejm") and whoever was given or sent
        something ("to Tesh"). Initials in brackets stand for the name before them ("Democratic Front for Unity
        (DFJ)").
        """
        kind_words = _kind_words(span)
        if len(span) < 2 or span[0].lower_ != "the" or span[1:].text.lower() not in _BODY_NOUNS and not kind_words:
            return None  # "the party", "the co-operative" (three tokens), "the water company", not "the ruling party"
        first, counted, walked = span.sent.start, 0, 0
        while first > 0 and counted < _BODY_SENTENCES and walked < _BODY_WALK:
            first, walked = self.doc[first - 1].sent.start, walked + 1
            # a quotation's sentences do not count: "A Tesh spokesman said ... '... . ...,' he said. The firm"
            counted += not (self.doc[first].tag_ == "``" or self._quoted(self.doc[first].idx))
        noun = span[-1].lower_
        if self._introduced_since(noun, self.doc[first].idx, span.start_char):
            return _NEW_BODY  # "Harlow Foods hired a recruitment agency. The agency said": the one just introduced
        companies = self._company_name_set
        bodies = self._all_body_names()
        if kind_words:
            return self._body_of_kind_before(span, kind_words, first)
        names = [_before_initials(name) for name in reversed(bodies)
                 if first <= name.start and name.end <= span.start]
        names = [name for name in names
                 # not someone spoken to or of ('"We have supplied Tesh for 19 years," said ...'), nor a person,
                 # nor the news agency that reported it
                 if not _talked_to(name) and not self._quoted(name.start_char) and not _home_of_body(name) and
                 strip_determiner(name.text) not in NEWS_AGENCIES and not _in_listing(name) and
                 not _department_of_role(name) and name[-1].lower_ not in _NAME_GLUE and (
                     name.text in companies or self.person_named(strip_determiner(name.text), name.start_char) is None)]
        if noun in COMPANY_NOUNS or noun in _TRADING_NOUNS:  # "The company" is no agency named before it
            # nor the rival it was compared with ("two weeks after rival lab Corvane shipped its own")
            names = [n for n in names if not any(t.lower_ in _NOT_COMPANY_WORDS for t in n) and not any(
                w.lower() in _NOT_COMPANY_WORDS for w in (self._spelled_out(strip_determiner(n.text)) or "").split())]
            # (nor initials that spell a regulator out: "the PMA's final notice ... The lender said")
            names = [n for n in names if not _named_as_rival(n)] or names  # a rival only when it is all there is
        else:  # "The party", "The agency": no company ("Harlow Foods donated to Labour. The party said")
            names = [n for n in names if _company_form(strip_determiner(n.text), companies) not in companies and
                     not any(t.lower_ in COMPANY_WORDS for t in n)]
        # a name with the noun in it first ("The authority" is the Rural Power and Water Authority, not the
        # commission named after it), then the nearest
        # the name with the noun in it may come further back ("Ardenshire Police said ... [four paragraphs] ... The
        # force said"): as far as a pronoun looks
        # (a party named far back is not "the party" of the last lines)
        farther = [n for n in reversed(bodies) if n.start < first and
                   n.start_char >= span.start_char - _PRONOUN_WINDOW] if noun in _NAMING_NOUNS else []
        named_with_noun = [n for n in names + [_before_initials(n) for n in farther if not _talked_to(n)]
                           if _NOUN_NAME_WORDS.get(noun, {noun}) & set(n.text.lower().split())]
        # a department, an authority, a council is named with its noun ("Lakeport Police Department"): none here
        # is the one named before, by whatever path that took; else one named in the mention's own sentence, or
        # before it one that acted or spoke, or whose people did ("A Tesh spokesman", "an MP for the Law and
        # Justice party"), not one merely mentioned
        acting = [] if noun in _NAMING_NOUNS else \
            [n for n in names if n.start >= span.sent.start or _acting_body(n)]  # "said of Apple, when the company"
        for name in named_with_noun + acting:
            return _company_form(self._spelled_out(strip_determiner(name.text)), companies)
        return None

    def _body_of_kind_before(self, span, kind_words: frozenset[str], first: int) -> str | None:
        """ "The operator", "the group", "the water company": the nearest body named before as one of that kind
        (see _KIND_NAME_WORDS), within a pronoun's reach, whoever it spoke to; None when the noun is a thing the
        text has in hand already ("booked the group as its headline act", "The operator of a website"), or a body
        of no known kind acts nearer ("Cleanway said ... The operator said"), or is named nearer when the one of
        the kind is named further back than the two sentences before."""
        in_hand = self._noun_in_hand(span)
        candidates = sorted(self._all_body_names() + _kind_name_runs(self.doc, kind_words),
                            key=lambda n: (-n.start, -n.end))
        for name in candidates:
            if name.end > span.start or name.start_char < span.start_char - _PRONOUN_WINDOW or \
                    self._quoted(name.start_char) or strip_determiner(name.text) in NEWS_AGENCIES or \
                    name.root.dep_ == "pobj" and name.root.head.lower_ == "from" and \
                    name.root.head.head.lemma_.lower() in _BOUGHT_VERBS or \
                    name.root.head.dep_ == "agent" or \
                    name.root.dep_ == "compound" and name.root.head.is_title and name.root.head.lower_ in ROLE_WORDS:
                continue  # (not the one bought from, nor the one by which something is done: "run by", nor an
                # office's words: "Shadow Transport Secretary Jane Okafor")
            full = self._full_body_name(name)
            heads = _name_heads(full)
            # described by the noun ("The militant group Ansar al-Wadi"), else named as one of its kind ("Eastmere
            # Water" for "the water company"), not as one of another ("Department for Transport", "Arab Unity League")
            described = name.start > 0 and self.doc[name.start - 1].lower_ == span[-1].lower_
            if not described and (heads & _OTHER_KIND_WORDS - kind_words or not kind_words & heads):
                continue
            named_first = min(n.start for n in candidates if n.start <= name.start and
                              strip_determiner(n.text) in (strip_determiner(name.text), full))
            if in_hand is not None and in_hand < named_first or \
                    self._unknown_body_named(name.end, span.start, acting=True) or \
                    self._unknown_body_named(name.sent.start, name.start, subject=True) or \
                    name.start < first and self._unknown_body_named(first, span.start):
                return None  # "a program called Sandy Hook Promise. The group seeks": not a campaign far back
            return _company_form(full, self._company_name_set)
        return None

    def _noun_in_hand(self, span) -> int | None:
        """Where the mention's noun stands first, as no name's word, for a thing of the text's own: one of something
        ("The operator of a website", at any place), or something acted on ("had booked the group as") before the
        body named as one of the kind is (after it, "fined the water company" is that body); else None."""
        noun = span[-1]
        for token in tokens_in(self.doc[max(0, span.start - 400):span.start], {noun.lower_}):
            if token.ent_type_ or token.i in range(span.start, span.end) or token.sent.start == 0:
                continue  # (a headline's "Told the utility" is the story's body)
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                return -1
            if token.dep_ in ("dobj", "pobj"):
                return token.i
        return None

    def _unknown_body_named(self, start: int, end: int, acting: bool = False, subject: bool = False) -> bool:
        """True when a name between tokens ``start`` and ``end`` may be a body of any kind: an organization, a
        product, a building or a work whose name, initials spelled out, says no kind of body ("Sandy Hook Promise";
        not "FRD" for "Federation of Rail Drivers"); with ``acting``, only one that acts ("Cleanway said"), not one
        merely mentioned ("live on Social Security"); with ``subject``, only a subject ("Stagecoach East has taken over
        four routes from Brackley Buses")."""
        return any(ent.label_ in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART") and start <= ent.start and
                   ent.end <= end and not _name_heads(self._full_body_name(ent)) & ORGANIZATION_WORDS and
                   ent[-1].lemma_.lower() not in ROLE_WORDS and (not acting or _acting_body(ent)) and
                   (not subject or ent.root.dep_ in ("nsubj", "nsubjpass"))
                   for ent in self.doc.ents)  # (not "Councillors said", the NER's body)

    def _full_body_name(self, name) -> str:
        """A body's name in full: initials spelled out ("CICS" for "Coalition of Island and Coastal States"), and
        one word for the one longer name the article gave before that opens with it ("Harwick" for "Harwick Power &
        Light")."""
        text = self._spelled_out(strip_determiner(_before_initials(name).text))
        if " " not in text:
            longer = {strip_determiner(n.text) for n in self._all_body_names()
                      if n.start < name.start and strip_determiner(n.text).startswith(text + " ")}
            if len(longer) == 1:
                return longer.pop()
        return text

    def _described_body_before(self, span, at: int) -> str | None:
        """ "the carrier" after "container carrier Austral-Nordic Line", "the broker" after "Bramwell & Tye, the London
        broker,": the body the article last described by that noun, as a title before its name, a name in apposition
        after it or one it is in apposition to; None when the last one so described is a person ("the potter Ines
        Vale"), when "a carrier" brought in another one since, or when none is near."""
        if len(span) != 2 or span[0].lower_ != "the" or span[1].pos_ != "NOUN" or not span[1].is_lower:
            return None
        noun_word = span[1].lower_
        if noun_word not in self._noun_tokens:  # found once per article and noun
            self._noun_tokens[noun_word] = tokens_in(self.doc, {noun_word})
        tokens = self._noun_tokens[noun_word]
        for noun in reversed(tokens[:bisect_left(tokens, span.start, key=lambda t: t.i)]):
            if at - noun.idx > _PRONOUN_WINDOW:
                return None
            name = _described_name(noun)
            if name is None:
                if noun.dep_ != "attr" and any(c.dep_ in ("det", "amod") and c.lower_ in _NEW_ONE_WORDS
                                               for c in noun.children):
                    return None  # "Velmar hired a carrier", "another carrier": a new one, unnamed
                continue  # "the carrier said": the noun describes no name here
            if any(c.lower_ in _OTHER_ONE_WORDS for c in noun.children):
                continue  # "losing customers to rival carrier Selkie Marine": another one than "the carrier"
            since = self._previous_clause_start(span.sent)
            if name.start_char < since and self._other_organization_between(since, at, {name.text}):
                return None  # "... parent company, Alphabet ... a drop in Exxon Mobil. The company": the one just named
            bodily = name[-1].lower_ in COMPANY_WORDS or any(t.text == "&" for t in name) or \
                name.text in self._company_name_set or all(t.ent_type_ == "ORG" for t in name if t.is_title)
            # other nouns than bodies' ("the suspect") take a body's name only, a body's noun any name but a person's
            if not bodily and (noun_word not in _BODY_DESCRIBING_NOUNS or
                               any(t.ent_type_ == "PERSON" for t in name) or has_given_name(name) or
                               self.person_named(name.text, name.start_char) is not None):
                return None  # a person so described: "the potter" is hers, "the suspect" his
            return _company_form(self._spelled_out(name.text), self._company_name_set)
        return None

    def _introduced_since(self, noun: str, start: int, end: int) -> bool:
        """True when "a ..." or "an ..." with ``noun`` as its head comes between ``start`` and ``end``."""
        window = self.doc.char_span(start, end, alignment_mode="expand")
        # not a description of a body named beside it ("The National Roads Agency, a government agency,")
        return window is not None and any(
            t.lower_ == noun and t.dep_ != "appos" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                           for c in t.children) for t in window)

    def _named_place_before(self, span, at: int) -> str | None:
        """The name of the museum, park, hospital or paper that "the museum", "the park" or "the
        paper" stands for: the nearest name before it, within a pronoun's reach, that ends with that
        word ("Moorside Wildlife Park"), or with a newspaper's word for "the paper"; further back, the one
        such name the article gave, for a cathedral, a zoo, a museum or a club (a story of one names it once, at
        the start)."""
        if len(span) != 2 or span[0].lower_ != "the" or span[1].lower_ not in _PLACE_BODY_WORDS:
            return None
        word = span[1].lower_
        if self._place_names is None:
            self._place_names = sorted({(e.start_char, e.text) for e in self.doc.ents if e.label_ in _PLACE_NAME_LABELS}
                                       | set(_place_word_names(self.doc)) | set(_newspaper_names(self.doc)))
        farther = set()
        for pos, text in reversed(self._place_names[:bisect_left(self._place_names, (at,))]):
            name = strip_determiner(text)
            if len(name.split()) < 2:
                continue  # "Hospital" alone, a headline's word, names no one place
            words = name.split()
            if word == "club" and self._not_the_club(pos, text):
                continue
            # or the noun opens the name, as many do: "Zoo Hallenbeck", "University of Tarrow", "Theatre Royal
            # Dunmore" (not "Church Street", "University Hospital Tarrow", "Park Avenue Capital Partners"); or it
            # comes before "of" ("The Tarrow Museum of Natural History")
            # (not a body of people named after it: "University and College Lecturers' Union" is a union)
            opens = words[0] == word.capitalize() and words[-1].lower() not in STREET_ENDINGS and \
                not any(w.lower() in _OTHER_PLACE_WORDS or w.lower() in COMPANY_WORDS for w in words[1:]) and \
                not (len(words) > 2 and words[-1].lower() in _MEMBERS_BODY_WORDS)
            # the noun heading the name before its "of" ("The Tarrow Museum of ..."; not "Friends of the Museum of")
            opens = opens or " of " in name and name.split(" of ")[0].split()[-1] == word.capitalize()
            if words[-1].lower() in _NAME_ENDINGS.get(word, (word,)) or opens or \
                    word in ("paper", "newspaper") and self._newspaper_named(pos, text):
                if at - pos <= _PRONOUN_WINDOW:
                    return name
                farther.add(name)
        # further back only for the bodies a story names once and calls by their noun after ("the school" far back
        # may be where someone studied)
        return farther.pop() if len(farther) == 1 and word in _NAMED_ONCE_WORDS else None

    def _not_the_club(self, pos: int, name: str) -> bool:
        """True for a name at ``pos`` that "the club" does not stand for, by the word before it: a club played or
        bid from ("against the Ashgrove Wanderers", "beat Ashgrove Town", "a bid from Vastmoor City"), or a city a
        story is in ("met investors in Mexico City"; not "in Ardglass City's history")."""
        before = self.text[max(0, pos - 24):pos].lower().split()
        while before and before[-1] == "the":
            before.pop()
        if not before or before[-1] not in _NOT_THE_CLUB_AFTER:
            return False
        if before[-1] not in _PLACE_PREPS:
            return True
        if before[-1] == "by":  # "a 4-0 defeat by X", "a bid by X"; not "signed by X", "a 4-0 win by X"
            return any(w.strip(",.") in _BEATEN_WORDS | _BID_WORDS for w in before[-4:-1])
        if any(w.strip(",.") in _MATCH_WORDS or re.fullmatch(r"\d{1,2}-\d{1,2},?", w) for w in before[-4:-1]):
            return True  # "drew 1-1 with", "a 4-0 defeat at", "travelled to": the other club
        # "met investors in Mexico City": a city; "signed with", "moved to", "14 years at Kelverton Rovers", "in
        # Ardglass City's history": the club
        token = self.token_at(pos)
        after = self.text[pos + len(name):pos + len(name) + 2]
        return before[-1] == "in" and token is not None and token.ent_type_ in ("GPE", "LOC") and \
            not (name.endswith(("'s", "’s")) or after in ("'s", "’s"))

    def _newspaper_named(self, pos: int, text: str) -> bool:
        """True for a newspaper's name: a newspaper's last word, and for the words that also end the names
        of companies ("Royal Mail", "American Express") a capitalised "The" or a day's word opening the name
        ("The Kesteln Mail", "Daily Express")."""
        words = text.split()
        if words[-1].lower() not in NEWSPAPER_WORDS:
            return False
        if words[-1].lower() not in _COMPANY_NEWSPAPER_WORDS:
            return True
        return words[0] in ("The", "Daily", "Sunday", "Evening", "Morning")  # "The Kesteln Mail", not "the Royal Mail"

    def _spelled_out(self, name: str | None) -> str | None:
        """A body's name for its initials, as the article spelled them out before: "NEA" after "The
        National Environment Agency (NEA)", or without the brackets when one body of the article has those
        initials ("C.B.P." and "CBP" for "U.S. Customs and Border Protection"); the name as given otherwise."""
        if not name or not name.isupper() or not 2 <= len(name.replace(".", "")) <= 8:
            return name
        initials = _without_points(name)
        if not initials.isalpha():
            return name
        if self._acronyms is None:
            self._acronyms = {}
            for m in _INITIALS_IN_BRACKETS.finditer(self.text):
                before = self.text[max(0, m.start() - 160):m.start()]
                spelled = _spelled_before(before, m.group(1)) or _one_word_before(before, m.group(1)) or \
                    _spelled_before_loosely(before, m.group(1)) or _body_run_before(before)
                if spelled and " " not in spelled and self.person_named(spelled, m.start()) is not None:
                    spelled = None  # "said Lind (LD)": a person's party, not what "LD" stands for
                if spelled:
                    self._acronyms.setdefault(m.group(1), spelled)
        if initials not in self._acronyms:
            self._acronyms[initials] = self._body_with_initials(initials) or ""
        return self._acronyms[initials] or name

    def _body_with_initials(self, initials: str) -> str | None:
        """The one body the article names in full whose capitalised words give ``initials`` (a country's
        initials before it may be left out: "U.S. Customs and Border Protection" for "CBP"); None for none or
        several."""
        if len(initials) < 3:
            return None  # two letters spell too many things
        found = set()
        # the NER's bodies, and runs of capitalised words it may have cut ("U.S. Customs and [Border Protection]"),
        # but no person's name ("Chief Bob Parker" is no "CBP", "Robert Francis Kennedy" no body "RFK")
        people = [(e.start_char, e.end_char) for e in self.doc.ents if e.label_ == "PERSON"]
        names = [(e.start_char, e.end_char) for e in self.doc.ents
                 if e.label_ in ("ORG", "GPE", "FAC") and len(e) >= len(initials)]
        names += [m.span() for m in _CAPITALISED_RUN.finditer(self.text)]
        for start, end in names:
            full = strip_determiner(self.text[start:end])
            words = full.split()
            if any(s < end and start < e for s, e in people) or words[0].lower() in GIVEN_NAMES or \
                    is_honorific(words[0]) or is_role_word(words[0]) or is_role_word(words[-1]):
                continue  # (nor an office: "the PPRO" after "The Police Public Relations Officer")
            forms = [full] + ([" ".join(words[1:])] if words and words[0].replace(".", "") in _COUNTRY_INITIALS
                              else [])
            if any(initials in (_initials(form), _initials(form, loose=True)) for form in forms):
                found.add(full)
        return found.pop() if len(found) == 1 else None

    def _other_organization_between(self, start: int, end: int, names: set[str]) -> bool:
        """True when an organisation that may be a company, other than ``names``, is named between
        ``start`` and ``end``."""
        if self._company_like is None:
            self._company_like = [(e.start_char, e.end_char, e.text) for e in self.doc.ents if _company_like(e)]
        forms = {form for name in names for form in _forms(name)}
        for e_start, e_end, text in self._company_like[bisect_left(self._company_like, (start,)):]:
            if e_start >= end:
                return False
            if e_end <= end and not any(form in text or text in form for form in forms):
                return True
        return False

    def _plural_antecedent(self, at: int, mention: TextSpan) -> Speaker:
        """ "they": the most recent organization or group that spoke before, if near enough."""
        for pos, body in reversed(self._bodies):
            if pos < at and at - pos <= _PRONOUN_WINDOW:
                return Speaker(body.name, mention, body.type, body.role, "resolve:they")
            if pos < at:
                break
        return Speaker(None, mention, "unknown", None, "resolve:unknown")

    def _it_antecedent(self, span, mention: TextSpan) -> Speaker:
        """ "it": the body or document that is the subject before it: of its own sentence's
        main clause ("The council said it would wait"), else of any clause before it in its
        sentence ("The water company will raise bills, it announced"), else of the main
        clause of the sentence before ("The report came out. It said ...").

        Only a singular subject: objects and plurals are rarely what "it" speaks for, and
        subjects inside what someone said are not taken from the sentence before. An "it"
        that is the subject of "be" or "become" ("it was at the rally that ...", "it
        becomes harder") stands for no one.
        """
        unknown = Speaker(None, mention, "unknown", None, "resolve:unknown")
        if not self.doc.has_annotation("DEP"):
            return unknown
        it = span.root
        if it.dep_ not in ("nsubj", "nsubjpass") or it.head.lemma_ in _COPULAS or it.head.lemma_ in ("come", "fall"):
            return unknown  # "it was ... that", "it becomes harder", "when it comes to", "it falls to"
        sent = span.sent
        here = self._antecedents(self.doc[sent.start:span.start])
        main = [c for c in here if c.root.head == sent.root]
        if not main and not here and sent.start > 0:
            before = self.doc[sent.start - 1].sent
            main = [c for c in self._antecedents(before) if c.root.head == before.root]
        chunks = main or here
        if not chunks:
            return self._body_spoke_before(span, mention) or unknown
        chunk = chunks[-1]
        kind = speaker_type(chunk)
        # a document has no name: its description stands for it ("The annual report ... It said")
        # without its legal form, as "the company" names it ("Harlow Foods Inc. ... It said": Harlow Foods)
        name = _SUFFIX_AT_END.sub("", _body_name(chunk)) if kind == "organization" else chunk.text
        named = next((b.name for pos, b in self._bodies if pos == chunk.start_char and b.name and
                      b.name[:1].isupper()), None)
        if kind == "organization" and named:
            name = named  # "The company [Pixelhaus] said ... It did not say": the name it was given
        speaker = Speaker(name, mention, kind, None, "resolve:it")
        if kind == "organization":
            self._bodies.append((mention.span[0], speaker))
        return speaker

    def _body_spoke_before(self, it, mention: TextSpan) -> Speaker | None:
        """The named body that spoke last, in this sentence or the one before: "..., says the
        grid operator, Eastline. It says ..." (a subject after its verb, which ``_subjects``
        does not offer)."""
        start = self.doc[it.sent.start - 1].sent.start_char if it.sent.start > 0 else it.sent.start_char
        for pos, body in reversed(self._bodies):
            if pos < start:
                return None
            if pos < mention.span[0] and body.type == "organization" and body.name and body.name[:1].isupper() \
                    and not self._plural(body.mention):  # "The Russians ... it claims": not "it"
                return replace(body, mention=mention, method="resolve:it")
        return None

    def _plural(self, mention: TextSpan | None) -> bool:
        span = self.doc.char_span(*mention.span, alignment_mode="expand") if mention else None
        return span is not None and len(span) > 0 and head_token(span).tag_ in ("NNS", "NNPS")

    def _antecedents(self, span) -> list:
        """The subjects in ``span`` that "it" may stand for, in order: singular noun phrases
        of a body or a document, outside quotation marks. A body must be a common noun of
        bodies ("the company") or an organization name that is no person's name in the
        article (the small model's NER reads some surnames as organizations)."""
        found = []
        for chunk in _subjects(span):
            kind = speaker_type(chunk)
            if kind not in ("organization", "document") or _inside_quotes(self.text, span.start_char, chunk.start_char):
                continue
            root = chunk.root
            if kind == "organization" and root.lower_ not in ORGANIZATION_WORDS and root.lemma_.lower() not in \
                    ORGANIZATION_WORDS and not legal_form(root) and \
                    (root.ent_type_ not in ("ORG", "GPE") or self.person_named(chunk.text)):
                continue
            found.append(chunk)
        return found

    def _register(self, text: str, at: int, role: str | None = None) -> Person:
        """A person named where the NER saw none ("Mayor Elena Costa"), kept for later mentions."""
        title, name = split_title(clean_name(text))
        words = tuple(w.lower() for w in name.split())
        self._word_owners = None  # names change: whose words are whose is found again when asked
        shorter = [i for i, p in enumerate(self.people) if len(p.words) < len(words) and _contains(words, p.words)]
        if len(shorter) == 1:  # "Mr. Varga" named before "Brent Varga III", whom the NER missed: one person
            person = self.people[shorter[0]]
            person.name, person.words, person.role = name, words, person.role or title or role
            insort(self._timeline, (at, shorter[0]))
            return person
        # "Neighbour Alasdair Gillespie": a given name or a title tells the gender a later "he" needs
        gender = honorific_gender((title or "").split() + list(words[:-1]))
        person = Person(name, words, role=title or role, gender=gender)
        self.people.append(person)
        insort(self._timeline, (at, len(self.people) - 1))
        described = self.token_at(at)
        if len(words) == 1 and described is not None and described_as_person(described):
            # "says Danylo, a drone operator who ..." then "Danylo is cleaning ...", which the NER read as a body:
            # the subject a pronoun after it means
            for found in re.compile(rf"\b{re.escape(name)}\b").finditer(self.text, at + len(name)):
                token = self.token_at(found.start())
                if token is not None and token.text == name and token.pos_ == "PROPN" and token.dep_ == "nsubj" \
                        and not self._quoted(token.idx):
                    insort(self._timeline, (token.idx, len(self.people) - 1))
        return person

    def _expand_to_title(self, start: int, end: int) -> Span:
        """Widen a mention that starts inside a name's title to the whole titled name."""
        for m in self.mentions:
            if m.full[0] <= start < m.span[0] and end <= m.span[1]:
                return m.full[0], m.span[1]
        return start, end

    def _apposed_over_modifier(self, span, head) -> int | None:
        """The mention named in apposition to a common noun whose modifier the NER also read as a person ("Her
        Kaleth counterpart, Bakhyt Temirov,": Temirov, not the country's name before the noun), or None."""
        if head.pos_ != "NOUN" or not any(span.start_char <= m.span[0] and m.span[1] <= head.idx
                                          for m in self.mentions):
            return None
        return next((named[0] for child, named in self._appositions(head) if named and child.i > head.i), None)

    def _appositions(self, head):
        """Each appositive of ``head`` with the mentions that name it: the name heads the appositive, or follows its
        head noun as its own ("Her rival, the Dutch runner Anneke Visscher,"; not "an aide to Bill Clinton"); not
        across a label's colon ("CORRESPONDENT: Lorna, the union says ..." addresses Lorna)."""
        for child in _appositives(head):
            if child.dep_ == "appos" and not any(t.text == ":" for t in head.doc[min(head.i, child.i):
                                                                                 max(head.i, child.i)]):
                yield child, [i for i, m in enumerate(self.mentions) if m.span[0] <= child.idx < m.span[1]] or \
                    [i for i, m in enumerate(self.mentions) if child.idx < m.span[0] and
                     self._names_noun(m.span, child)]

    def _person_for(self, span, at: int, exclude: list[Span] = (), depth: int = 0,
                    content: tuple[list[Span], bool, list[Span]] = ((), False, ())) -> tuple[Person | None, str]:
        """The person a mention denotes, with the rule that found it; a pronoun not one its statement's words
        (``content``: their spans, whether they are a quote's, the quotations inside them) name when someone else
        fits."""
        head = head_token(span)
        elder = next((t.lower_ for t in span[:head.i - span.start] if t.lower_ in _BY_AGE), None)
        if elder is not None and head.pos_ == "PROPN":
            # "the younger Karagiannis": of the two of that surname whose ages the article gave, the younger
            aged = [i for i, p in enumerate(self.people) if p.age is not None and p.words and
                    p.words[-1] == head.lower_ and self._quotable(i)]
            if len(aged) >= 2:
                pick = (min if _BY_AGE[elder] == "young" else max)(aged, key=lambda i: self.people[i].age)
                return self.people[pick], "resolve:by-age"
        apposed = self._apposed_over_modifier(span, head)
        if apposed is not None:
            return self.people[self._person_of[apposed]], "resolve:appositive"
        surnamed = self._double_surname(span, at)
        if surnamed is not None:
            return surnamed, "resolve:double-surname"
        labelled = self._capitals_label(span, at)
        if labelled is not None:
            return labelled, "resolve:capitals-label"
        # the name that heads the phrase first: "Kwanele resident Zanele Mokoena" is not "Kwanele"
        heading = [i for i, m in enumerate(self.mentions) if m.span[0] <= head.idx < m.span[1]]
        for i in heading + [j for j in range(len(self.mentions)) if j not in heading]:
            m = self.mentions[i]
            if m.span[0] < span.end_char and span.start_char < m.span[1]:
                if _names_someone_else(head, m.span) and not _title_of_then_name(head, m):
                    continue  # "Tom's brother", "a spokesman for Tom Reyes": not Tom (but "Leader of the
                    # Opposition Sujatha Reddy", a title of an office, then the name)
                return self.people[self._person_of[i]], "resolve:name"
            if m.full[0] <= span.start_char < m.span[0]:
                return self.people[self._person_of[i]], "resolve:titled-name"
        for child, named in self._appositions(head):  # "the owner, Tom Reyes,": the appositive names them
            if named:
                return self.people[self._person_of[named[0]]], "resolve:appositive"
            name = _apposed_name(head, child)
            if name is not None:  # a name the NER read as a place: "the chair, Derek Mills,"
                role = strip_determiner(_without_honorifics(self.text[span.start_char:child.left_edge.idx]))
                person = self.person_named(name, at)
                if person is not None and person.role is None:
                    person.role = role  # "the Vice-Chancellor, Prof. Ana Lind," when the NER missed her
                return person or self._register(name, at, role=role), "resolve:appositive-name"
        given = _name_given_by(head) if head.pos_ in ("NOUN", "PROPN") else None
        if given is not None:  # "a woman who gave only her first name, Dina,": Dina, whom a later "she" finds
            name, gender = given
            person = self.person_named(name, at) or self._register(name, at)
            person.gender = person.gender or gender
            return person, "resolve:name-given"
        if _apposed_proper_name(head):
            return None, ""  # "The developer, Northfield Housing Partners,": a body, not whoever the role fits
        named = _name_with_apposed_role(span, head)
        if named is not None:  # "Reince Priebus, the party chairman,": a person, whatever the NER read
            name, role = named
            return self.person_named(name, at) or self._register(name, at, role=role), "resolve:name-with-role"
        if head.pos_ == "PRON":
            gender = pronoun_gender(head.lower_)
            if gender in ("m", "f"):
                index, subject = self._pronoun_antecedent(at, head.lower_, gender, exclude, depth, quote=content[1])
                if index is None and content[0] and not content[1]:
                    index = self._subject_said_before(content[0], at, gender)
                    if index is not None:
                        return self.people[index], "resolve:pronoun-reported-subject"
                named, surely_other = self._named_in(*content) if index is not None and content[0] else ((), ())
                if index in named:
                    # whom the statement's words name is not who says them ('"Felix knows that," he said' is not
                    # Felix): someone else of that gender who is a subject in its sentence or the one before; else,
                    # when the words name them as no one names himself (by his given name in a quote, as the
                    # subject or object of reported speech) or they were no subject just before either, anyone of
                    # that gender within a pronoun's reach. A candidate may name himself by his surname after being
                    # the subject ('Whitby spoke. "Whitby for mayor," he said'), or as he introduces himself.
                    other = self._recent_subject(at, tuple(
                        lambda i, g=g: i not in named and self._quotable(i) and self.people[i].gender == g
                        for g in (gender, None)), exclude)
                    if other is None and (index in surely_other or not subject):
                        other = self._most_recent(at, lambda i: i not in named and self._quotable(i) and
                                                  self.people[i].gender == gender, exclude)
                    index = index if other is None else other
                if index is not None and content[0]:
                    index = self._fitting_what_is_said(index, subject, at, gender, content, named, exclude)
                if index is not None and head.head.lemma_.lower() in _ANSWER_LEMMAS and self._asked_just_before(
                        head, index):
                    # '"Where were you?" Okafor asked. / "On my porch," she answered.': not the one who asked
                    other = self._most_recent(at, lambda i: i != index and self._quotable(i) and
                                              self.people[i].gender == gender, exclude)
                    index = index if other is None else other
                if index is not None:
                    return self.people[index], "resolve:pronoun"
            return None, ""
        if head.pos_ == "PROPN" or head.is_title and len(span) == 1 or _in_capitals(span):
            # a surname the tagger took for a common noun ("Okonkwo:" opening a Q&A answer, "LIND:" in capitals)
            person = self.person_named(span.text, at) or (self.person_named(head.text, at) if len(span) > 1 and
                                                          head.pos_ == "PROPN" else None)
            if person is not None and _other_given_name(span, head, person, self.people):
                # "Eli Reyes, 24" after Tom Reyes: someone new of that surname, whatever the NER read
                run = clean_name(_name_run(span))
                return self.person_named(run, at) or self._register(run, at), "resolve:unlabelled-name"
            if person is not None:  # "Costa, 61": the head is the surname
                return person, "resolve:surname"
            author = self._author_by_surname(span.text)
            if author is not None:  # "ALDOUS:" labelling the questions of an interview "By Gwen Aldous"
                return self.person_named(author, at) or self._register(author, at), "resolve:author"
        word = _hyphened_word(head)
        definite = span[0].lower_ in ("the", "this", "that") or span[0].tag_ == "PRP$"
        if span[0].lower_ in ("his", "her") and word in _SAME_SURNAME_KIN and head.tag_ not in ("NNS", "NNPS"):
            index = self._relative_by_surname(span[0].lower_, word, at, exclude, depth)
            if index is not None:  # "his brother said" after Dimitri Karagiannis spoke: Theo Karagiannis
                return self.people[index], "resolve:relative"
        if word == "head" and definite:  # "the head of state" after "The President of the Republic, X,"
            offices = _HEAD_OF.get(" ".join(t.lower_ for t in span[head.i - span.start + 1:]).removeprefix("of "))
            index = self._most_recent(at, lambda i: self._quotable(i) and
                                      _holds_office(self.people[i].role, offices)) if offices else None
            if index is not None:
                return self.people[index], "resolve:title"
        initials = _without_points(head.text)  # "the D.A." as "the DA"
        if initials.isupper() and 2 <= len(initials) <= 5 and len(span) <= 2 and head.ent_type_ != "NORP" and \
                initials not in _COUNTRY_INITIALS:  # the NER reads "CP" as a place as often as "US"
            # "the PM" after "Prime Minister Anna Kowalczyk", "the COAS" after "Chief of Army Staff General ..."
            index = self._most_recent(at, lambda i: self._quotable(i) and
                                      initials in _role_initials(self.people[i].role))
            if index is None:
                index = self._holder_spelled_out(head.text, at)
            if index is not None:
                return self.people[index], "resolve:role-initials"
            # an interview's answers under the initials of the one person named so ("TR:" for Tobias Renner), as a
            # label opening a line ("BP said" is the company, whoever Ben Porter is)
            label = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ":" and \
                (head.i == 0 or "\n" in head.doc[head.i - 1].text)
            named = {i for i, p in enumerate(self.people) if self._quotable(i) and len(p.words) >= 2 and
                     _initials(p.name) == head.text and self._first_seen.get(i, at) < at} if label else set()
            if len(named) == 1:
                return self.people[named.pop()], "resolve:name-initials"
        # "One pastor ...": someone new; not "One Nation leader" after "One Nation leader Pauline Hanson", a role
        # written before a name that starts with the words after "One"
        indefinite = span[0].lower_ in ("a", "an", "another") or span[0].lower_ == "one" and len(span) > 1 and \
            not any(m.full[0] < span.start_char and self.text.startswith(span[1].text, m.full[0]) and
                    self.text[max(0, m.full[0] - 5):m.full[0]].rstrip().endswith("One") for m in self.mentions)
        if head.tag_ not in ("NNS", "NNPS") and (word in ROLE_WORDS and not indefinite
                                                 or head.pos_ == "NOUN" and definite):
            # "the president", "the tycoon": the person the article gave that role; "the French
            # president" only someone whose role says "French" too
            details = _role_details(span, head)
            if _TENURE_DETAILS.intersection(details):
                rest = [d for d in details if d not in _TENURE_DETAILS]
                sole = [i for i, p in enumerate(self.people) if self._quotable(i) and _holds_role(p, word, rest)]
                details = rest if len(sole) == 1 else details  # of two senators, "the three-term" one is not known
            # "the judge" after "Justice Ann Reyes", as Canadian, British and Australian courts title a judge;
            # a bare "Judge" may be a surname
            judge = definite and word == "judge"
            # "Tessaly's chief executive" is not "the chief executive of rival phone maker Orrin" (a person's office,
            # "Lind's spokesman", may be held anywhere)
            owner = _body_owner(head)
            if owner is not None and any(w in person.words for person in self.people for w in owner.split()):
                owner = None
            # a party by the name the text gives it first, by its other name ("the Tory leader") only after
            for other_names in (False, True):
                index = self._most_recent(at, lambda i: self._quotable(i) and not _of_another_body(
                    self.people[i].role, owner) and (
                    _holds_role(self.people[i], word, details, other_names=other_names) or
                    judge and _titled_justice(self.people[i])))
                if index is None:  # the article's one holder, as its role is written ("Sen." is not taken here)
                    holders = [i for i, p in enumerate(self.people) if self._quotable(i) and
                               not _of_another_body(p.role, owner) and (
                               _holds_role(p, word, details, abbreviated=False, other_names=other_names) or
                               judge and _titled_justice(p))]
                    index = holders[0] if len(holders) == 1 else None
                if index is not None:
                    return self.people[index], "resolve:title"
                if not any(d in _DETAIL_FORMS for d in details):
                    break
        # "the retired teacher" just after a name; not a role: in political news "the Florida
        # senator" is as often someone well known as the person named last (12 of 25 right
        # on PolNeAR train when tried)
        aged = _AGE_EPITHET.search(span.text.split(",")[0].rstrip()) or (  # "the 52-year-old", ", speaking ...," cut
            head.pos_ == "NOUN" and _AGE_EPITHET.search(self.text[span.start_char:head.idx].rstrip()))  # "... opener"
        owned = any(c.dep_ == "poss" for c in head.children)  # "the shop's owner": someone new, by what is his
        # "the former banker", "the former secretary of state" with no holder named: a past role is
        # said of someone the article is about, never of a newcomer
        former = any(c.dep_ == "amod" and c.lower_ == "former" for c in head.children)
        # "Mayor Lind ... the former mayor": someone else than whoever holds the role now
        holders = {i for i, p in enumerate(self.people) if p.role and _holds_role(p, word)
                   and not self._formerly(i)} if former else set()
        if definite and aged and not owned:
            index = self._person_of_age(int(aged.group(0).split("-")[0]), at)
            if index is not None:  # "Aoife Brannigan, 51, ... the 51-year-old": the one person of that age
                return self.people[index], "resolve:age"
            if word in ROLE_WORDS:  # "Patriarch Ignatius IV ... the 78-year-old patriarch": the holder named before
                index = self._most_recent(at, lambda i: self._quotable(i) and _holds_role(self.people[i], word))
                if index is not None:
                    return self.people[index], "resolve:title"
        if definite and head.tag_ != "NNS" and span[0].tag_ != "PRP$" and not owned and (
                word in EPITHET_NOUNS or demonym_person(head) or aged or former or
                word in TEAM_EPITHETS and any(t.pos_ == "PROPN" for t in span[1:head.i - span.start])):
            # the age itself ("52-year-old") is the epithet's word: "a 52-year-old man ... the 52-year-old" is the
            # unnamed one, while "an old friend" anywhere before says nothing about it
            index = self._epithet_antecedent(span, aged.group(0) if aged else word, at, exclude, holders)
            if index is not None:
                return self.people[index], "resolve:epithet"
        return None, ""

    def _pronoun_antecedent(self, at: int, pronoun: str, gender: str, exclude: Iterable[Span],
                            depth: int, quote: bool = False) -> tuple[int | None, bool]:
        """The person "he" or "she" at ``at`` stands for (a known gender first, then an unknown one), and whether
        they are the subject of its sentence or the one before."""
        def of(wanted):
            return lambda i: self._quotable(i) and self.people[i].gender == wanted
        # the subject of this sentence or the last one first: it stays the topic
        index = self._recent_subject(at, (of(gender), of(None)), exclude)
        if index is not None:
            return index, True
        if quote and self._unnamed_subject_before(at, gender, exclude):
            # the one the sentence before describes, whom no name reaches; only for a quote, the described one's own
            # words ("He said his party would ..." after "a spokesperson said" goes back to the named man as often)
            return None, False
        index = self._subject_pronoun_before(at, pronoun, exclude, depth)  # "he" was the subject before, too
        if index is None:
            index = self._most_recent(at, of(gender), exclude)
        if index is None:
            index = self._most_recent(at, of(None), exclude)
        return index, False

    def _subject_said_before(self, spans: list[Span], at: int, gender: str) -> int | None:
        """The person who is the subject of reported words before their "he" or "she", when no one was named before
        ("Senator Tom Harkins will step down next year, he told reporters"): a pronoun after its clause may be the
        one its clause names, and here there is no one else it could be."""
        start, end = spans[0][0], spans[-1][1]
        if end > at:
            return None
        words = self.doc.char_span(start, end, alignment_mode="contract")
        if words is None or not len(words):
            return None
        roots = [t for t in words if not start <= t.head.idx < end or t.head.i == t.i]
        subject = next((c for r in roots[:1] for c in r.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        found = {index for pos, index in self._timeline if lo <= pos < hi}
        if len(found) != 1:
            return None
        index = found.pop()
        return index if self.people[index].gender in (gender, None) and self._quotable(index) else None

    def _asked_just_before(self, pronoun, index: int) -> bool:
        """True when the person ``index`` asked a question in the sentence before the pronoun's (with a verb): the
        one who answers is someone else."""
        sent = pronoun.sent
        before = self.token_at(self._previous_clause_start(sent))
        if before is None or before.i >= sent.start:
            return False
        for verb in self.doc[before.i:sent.start]:
            if verb.lemma_.lower() not in _ASK_LEMMAS:
                continue
            for subject in verb.children:
                if subject.dep_ != "nsubj":
                    continue
                lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
                k = bisect_left(self._timeline, (lo, -1))
                if k < len(self._timeline) and self._timeline[k][0] < hi and self._timeline[k][1] == index:
                    return True
        return False

    def _fitting_what_is_said(self, index: int, subject: bool, at: int, gender: str,
                              content: tuple[list[Span], bool, list[Span]], named: Iterable[int],
                              exclude: Iterable[Span]) -> int:
        """Of two or three people of the pronoun's gender named just before, the one whose place what is said
        speaks from, when the pick by position does not: surely "he would stay on as chief executive" (the chief
        executive's), fairly "his client" (the lawyer's) and "her ministry" (the minister's); a body's name the role
        holds ("Consumer Voice would ...") and "his party" only when the pick was no subject just before ("The
        rival's chief executive said ... He added that Consumer Voice had rigged the tests" is his). The pick is
        left when what is said names its role as another's ("She said the union leader had misled her members").
        The words of a quotation inside count for no one; the pick stays unless exactly one other candidate fits."""
        candidates = []
        k = bisect_left(self._timeline, (at, -1)) - 1
        while k >= 0 and len(candidates) < _FIT_CANDIDATES:
            pos, other = self._timeline[k]
            if at - pos > _PRONOUN_WINDOW:
                break
            # (and the pick, which may be of no known gender: "Opposition MP Nur Hidayah Rahmat")
            if other not in candidates and other not in named and \
                    (self.people[other].gender == gender or other == index) and \
                    self._quotable(other) and not any(s <= pos < e for s, e in exclude):
                candidates.append(other)
            k -= 1
        if index not in candidates or len(candidates) < 2:
            return index
        spans, _, inner = content
        words = [t for s, e in spans for t in self.doc.char_span(s, e, alignment_mode="expand") or ()
                 if not any(a <= t.idx < b for a, b in inner)]
        fit = {i: _speaks_from(self.people[i].role, words, gender) for i in candidates}
        strong = [i for i in candidates if fit[i] == _FITS_SURELY]
        if len(strong) == 1:
            return strong[0]
        others = [i for i in candidates if i != index and fit[i] > _FITS_NOT]
        if fit[index] == _FITS_NOT and len(others) == 1:
            return others[0]  # "She said the union leader had misled her members": not the union leader
        # "his client", "her ministry": the lawyer's, the minister's; a body's name only for a pick by position
        # alone, since a rival names a body as often as its own people do
        for level in (_FITS, _FITS_BY_NAME) if not subject else (_FITS,):
            fits = [i for i in candidates if fit[i] >= level]
            if len(fits) == 1 and fit[index] < level:
                return fits[0]
        return index

    def _named_in(self, spans: list[Span], quote: bool, inner: list[Span]) -> tuple[set[int], set[int]]:
        """The people a statement's own words name, and of those the ones no speaker names so himself.

        A name is a run of proper nouns cased as names whose words, titles aside, all belong to one person and to
        no one else together ("Senator Sanders's", "Leo McDonald"; not "Trump Tower Grill", nor "Anna" when two are
        Anna). In a quote (``quote``), any such name but those in a quotation inside it ('"She told me, 'Look again,
        Mr. Tolliver,'" he said' may be Tolliver), and surely someone else's when it is a given name alone ('"Felix
        knows that," he said'); in reported speech, the writer's words may name the speaker ("... whom Mr. Hannity
        has known"): only a name in its quoted words, or (surely someone else's) the subject or object of its
        clause ("He said Marsh had a conflict", "She said they would ask Marquez to charge them").
        """
        if self._word_owners is None:
            self._word_owners = {}
            for i, person in enumerate(self.people):
                for word in person.words:
                    self._word_owners.setdefault(word, set()).add(i)
        named, surely_other = set(), set()
        for s, e in spans:
            span = self.doc.char_span(s, e, alignment_mode="contract") if e > s else None
            if span is None:
                continue
            runs: list[list] = []
            for token in span:
                quoted = any(a <= token.idx < b for a, b in inner)
                # an argument's name with its given name ("He said Felix Auer knew")
                # or its owner ("She said she had asked Carrow's team": Carrow would have said "my team")
                argument = not quote and (_argument_of_span(token, s, e) or token.dep_ in ("compound", "poss") and
                                          _argument_of_span(token.head, s, e))
                if token.pos_ != "PROPN" or not (token.is_title or _name_cased(token)) or \
                        (quoted if quote else not quoted and not argument):
                    continue
                if runs and runs[-1][-1][0].i == token.i - 1:
                    runs[-1].append((token, argument))
                else:
                    runs.append([(token, argument)])
            for run in runs:
                if quote and _introduces_self(run[0][0]):
                    continue  # "My name is Dan Whitby", "I'm Dan Whitby": the speaker himself
                words = [t.lower_.removesuffix("'s").removesuffix("’s") for t, _ in run]
                words = [w for w in words if not is_honorific(w) and w not in ROLE_WORDS and w not in NAME_TITLES]
                owned = [self._word_owners.get(w, set()) for w in words]
                found = set.intersection(*owned) if owned and all(owned) else set()
                if len(found) != 1:
                    continue
                person = found.pop()
                named.add(person)
                given = len(self.people[person].words) > 1 and words == [self.people[person].words[0]]
                if any(argument for _, argument in run) or quote and given:
                    surely_other.add(person)
        return named, surely_other

    def _holder_spelled_out(self, initials: str, at: int) -> int | None:
        """The person named right after an office the text spells out before ``at`` in the words ``initials`` stand
        for ("The Police Public Relations Officer in the state, SP Ngozi Okafor-Daniels, ... The PPRO disclosed"),
        when no one's role was taken from it yet."""
        start = max(0, at - _PRONOUN_WINDOW)
        end = None
        for run in re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+", self.text[start:at]):
            # any stretch of the run: "The [Police Public Relations Officer]"
            words = list(re.finditer(r"\S+", run.group(0)))
            for i in range(len(words)):
                for j in range(i + 2, min(len(words), i + 5) + 1):
                    spelled = run.group(0)[words[i].start():words[j - 1].end()]
                    # an office's words, or a body's before its office ("County Executive Committee Member"), not a
                    # body's alone ("British Broadcasting Corporation")
                    # (the word after counts as the office only when it ends the run: "... Committee Member for
                    # Trade", not "National Health Service Chief Executive Ann Lind")
                    follows = j == len(words) - 1 and words[j - 1].group(0).lower() in _OFFICE_BODY_WORDS
                    office = any(w.group(0).lower().strip(",") in ROLE_WORDS for w in words[i:j + follows]) and \
                        not spelled.endswith(("'s", "’s"))  # "Hewlett Packard's CEO": the company's initials
                    if office and initials in _initial_forms(spelled.split()):
                        end = start + run.start() + words[j - 1].end()
        if end is None:
            return None
        # the name right after it: a comma, where ("in the state") and a rank between at most ("..., SP Ana Lind")
        after = [i for i, m in enumerate(self.mentions) if end <= m.span[0] <= end + _HOLDER_REACH and m.span[0] < at
                 and _HOLDER_GAP.match(self.text[end:m.full[0]])]
        return self._person_of[after[0]] if after and self._quotable(self._person_of[after[0]]) else None

    def _person_of_age(self, age: int, at: int) -> int | None:
        """The one quotable person named before ``at`` with ``age`` written beside the name, unless
        someone unnamed of that age came first ("a 52-year-old man ... the 52-year-old")."""
        if self._first_indefinite_end(f"{age}-year-old") <= at:
            return None
        found = [i for i, p in enumerate(self.people)
                 if p.age == age and self._quotable(i) and self._first_seen.get(i, at) < at]
        return found[0] if len(found) == 1 else None

    def _formerly(self, index: int) -> bool:
        """True when the role the article first gave a person was a past one ("Former Clinton pollster Doug
        Schoen"): the role string may have lost the word, the text before the name has it."""
        first = self._first_seen.get(index)
        role = (self.people[index].role or "").lower()
        return "former" in role or first is not None and "former" in self.text[max(0, first - 60):first].lower()

    def _names_noun(self, span: Span, noun) -> bool:
        """True when the name at ``span`` stands right after ``noun`` as its own name ("runner Anneke Visscher")."""
        last = self.token_at(span[1] - 1)
        first = self.token_at(span[0])
        return last is not None and first is not None and first.i == noun.i + 1 and last.head.i == noun.i and \
            last.dep_ in ("appos", "compound", "flat", "npadvmod")

    def _subject_pronoun_before(self, at: int, pronoun: str, exclude: Iterable[Span], depth: int) -> int | None:
        """The person the first main-clause "he" (or "she") of the sentence before stands for,
        resolved at its own place: a run of sentences about one person names them once ("Lind
        said ... He added ... He vowed ..."); None past three such steps."""
        tok = self.token_at(at)
        first = self.token_at(self._previous_clause_start(tok.sent)) if tok is not None else None
        if tok is None or first is None or depth >= 3:
            return None
        for t in self.doc[first.i:tok.sent.start]:
            if t.lower_ == pronoun and t.dep_ in ("nsubj", "nsubjpass") and self._subject_kind(t.idx) == "main" and \
                    not any(s <= t.idx < e for s, e in exclude):
                person, _ = self._person_for(t.doc[t.i:t.i + 1], t.idx, list(exclude), depth + 1)
                return next((i for i, p in enumerate(self.people) if p is person), None)
        return None

    def _relative_after(self, index: int, gender: str, at: int) -> bool:
        """True when someone of ``gender`` named as a relative ("her son Tom Reyes") comes between the last mention
        of person ``index`` and ``at``."""
        last = max((pos for pos, i in self._timeline if i == index and pos < at), default=at)
        return any(last < pos < at and self.people[i].gender == gender and self.people[i].role is not None and
                   _role_head(self.people[i].role) in KIN_WORDS for pos, i in self._timeline)

    def _capital_is_someone(self, capital: str, at: int, span, exclude: Iterable[Span]) -> bool:
        """True when a capital's name speaks for someone else than its government: a person or a body the article
        names with it ("Ana Lima ... Lima said", "Paris Saint-Germain ... Paris said", "The Washington Post ...
        Washington said"), or a speaker whose own reported words open with "he" or "she"."""
        named = self.person_named(capital, at)
        if named is not None and _full_name(named):
            return True
        if re.search(rf"(?:\b[A-Z][\w'’-]*\s+{re.escape(capital)}\b|\b{re.escape(capital)}\s+[A-Z][\w'’-]*)",
                     self.text[:at]):
            return True
        return self._reported_pronoun_gender(span, exclude) is not None

    def _reported_pronoun_gender(self, span, exclude: Iterable[Span]) -> str | None:
        """The gender of the "he" or "she" in the opening words of the speaker's own reported words just after the
        mention ("The 31-year-old insisted [he would be fit]", "said [the best advice he ever got ...]"): in
        reported speech it is the speaker, whom the epithet leaves ungendered."""
        after = [s for s, e in exclude if span.end_char <= s <= span.end_char + 40]
        if not after or self.text[min(after) - 1] in "\"“”‘’'«»":
            return None  # a quotation's "she" is someone the speaker talks about
        # the first he or she of the opening words, with no one named before it ("the best advice he ever got")
        for k, word in enumerate(re.findall(r"[\w-]+", self.text[min(after):min(after) + 60])[:_OPENING_WORDS]):
            if word.lower() in ("he", "she"):  # "he", and "he'd", "he’s" (the contraction is a word of its own)
                return pronoun_gender(word.lower())
            if word.lower() in ("his", "him", "her", "hers"):
                # "said [his wife knew she ...]" is his; "no plans to counter his country's ..." anyone's
                return pronoun_gender(word.lower()) if k == 0 else None
            if word[:1].isupper():
                return None  # "Tom had told her", "Trump for calling himself": someone the speaker names
        return None

    def _two_people_named(self, start: int, end: int, gender: str | None, exclude: Iterable[Span]) -> bool:
        """True when the text from ``start`` to ``end`` names two people of ``gender`` (or of none known), or one
        and a name the NER missed ("Amir Varga beat Théo Ferrand"). Not counted: a name in the statement's own
        words (``exclude``), one that modifies a noun ("[Kestrel Town] manager") or owns something ("Donald
        Trump's comments"), since the one who acts stays the topic."""
        def counts(at: int, tokens) -> bool:
            last = next((t for t in reversed(list(tokens)) if t.dep_ != "case" and not t.is_punct), None)
            return not any(s <= at < e for s, e in exclude) and last is not None and last.dep_ != "poss" and \
                not (last.dep_ == "compound" and last.head.pos_ == "NOUN") and _in_main_clause(last)

        named = set()
        for m, i in zip(self.mentions, self._person_of):
            if start <= m.span[0] < end and self._quotable(i) and \
                    (gender is None or self.people[i].gender in (None, gender)) and \
                    counts(m.span[0], self.doc.char_span(*m.span, alignment_mode="expand") or []):
                named.add(i)
        span = self.doc.char_span(start, end, alignment_mode="contract")
        missed = span is not None and any(
            t.pos_ == "PROPN" and t.is_title and t.ent_type_ in ("", "PERSON") and counts(t.idx, [t]) and
            t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") and
            not any(m.span[0] <= t.idx < m.span[1] for m in self.mentions) for t in span)
        return len(named) + missed > 1

    def _first_indefinite_end(self, word: str) -> float:
        """Where the article's first indefinite mention of ``word`` ("a retired teacher") ends; searched
        once per word: a search of the text before each epithet made long court reports quadratic."""
        if word not in self._indefinite_ends and word in DEMONYMS:
            # a demonym is as often a modifier ("a Republican senator", "a Norwegian firm") or says what someone
            # named is ("Jane Doe, a Democrat,"): only one that heads its own phrase is someone new ("a Norwegian
            # who lives there")
            found = [t.idx + len(t) for t in self.doc if t.lower_ == word and
                     t.dep_ not in ("compound", "amod", "appos", "attr") and
                     any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in t.children)]
            self._indefinite_ends[word] = found[0] if found else float("inf")
        if word not in self._indefinite_ends:
            m = re.search(rf"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,2}}{re.escape(word)}\b", self.text, re.I)
            self._indefinite_ends[word] = m.end() if m else float("inf")
        return self._indefinite_ends[word]

    def _epithet_antecedent(self, span, word: str, at: int, exclude: list[Span],
                            others: set[int] = frozenset()) -> int | None:
        """The person a news epithet stands for ("Rosa Bianchi, 58, ... the mother of three
        said"): the subject, else the person named last, in this sentence or the one before,
        of the gender the noun carries.

        None when the epithet brings a description that picks someone out ("the woman who
        lives next door", "the last man to ..."), or when someone unnamed came in between ("a
        young child ... the boy"): the epithet then stands for a new or unnamed person. A
        description set off by commas only adds to a known one ("The 61-year-old, who led the
        club for a decade, said").
        """
        head = span.root
        after = self.text[span.end_char:span.end_char + 12]
        if any(c.dep_ in ("relcl", "acl") and not _set_off_by_comma(c) for c in head.children) \
                or re.match(r"\s*(?:who|whose|that)\b", after):
            return None
        if self._first_indefinite_end(word) <= span.start_char:
            return None  # "a retired teacher ... the retired teacher": the unnamed one
        gender = EPITHET_GENDERS.get(word) or DEMONYM_GENDERS.get(word)
        # "The 31-year-old insisted [he ...]": not Orla, named last, though whoever's gender is unknown may be him
        said = None if gender else self._reported_pronoun_gender(span, exclude)

        def fits(i: int) -> bool:
            # the reported "he" passes over someone of the other sex ("Farrelly's wife, Orla, wrote ... The 31-year-old
            # insisted he ..."), unless a relative of the pronoun's sex came in after them: "Maria Lopez ... her son
            # Tom Reyes. The 52-year-old said he had never been in trouble" is Maria, the "he" Tom
            person = self.people[i]
            return i not in others and self._quotable(i) and (gender is None or person.gender == gender) and \
                (said is None or person.gender in (None, said) or self._relative_after(i, said, at))

        # the subject of this sentence or the one before stays the topic, as for a pronoun: "Ines
        # Valderrama confirmed her split from Tom Reyes. ... the 31-year-old wrote" is Valderrama
        index = self._recent_subject(at, (fits,), exclude)
        if index is None:
            index = self._most_recent(at, fits, exclude)
        if index is None:
            return None
        last = max(pos for pos, i in self._timeline if i == index and pos < at)
        # the sentence before the statement: '"A. B," said the teenager' looks back from "A"
        opening = min([s for s, e in exclude if s < at and at - e < 40] + [at])
        sent = self.token_at(opening).sent if self.token_at(opening) is not None else span.sent
        first = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        # a demonym or an age reaches one sentence further back through a pronoun ("Tveit had served for the match.
        # It was her fourth lost final. '...,' said the Norwegian"); "the woman", "the boy" do not: as often someone
        # unnamed who came in between
        if last < first and not ((word in DEMONYMS or word.endswith("-old")) and
                                 self._still_their_paragraph(index, last, first, opening)):
            return None
        if word in DEMONYMS and self._two_people_named(first, at, gender or said, exclude):
            return None  # "Varga beat Ferrand ... said the Frenchman": where each is from, the article never said
        # named inside the quote's own sentence (by a statement just before): nobody came between
        between = self.doc.char_span(last, opening, alignment_mode="expand") if last < opening else None
        if between is not None and any(t.lower_ in ("a", "an", "one") and _person_noun(t.head) for t in between):
            return None
        return index

    def _relative_by_surname(self, possessive: str, kin: str, at: int, exclude: Iterable[Span],
                             depth: int) -> int | None:
        """The relative "his brother", "her husband" stands for when no one else is called so: of the people sharing
        the surname of whom "his" or "her" stands for, the one other of the relative's sex; None when not exactly
        one."""
        owner, _ = self._pronoun_antecedent(at, "he" if possessive == "his" else "she",
                                            "m" if possessive == "his" else "f", exclude, depth)
        if owner is None or len(self.people[owner].words) < 2:
            return None
        if any(self._quotable(i) and _role_head(p.role) == kin for i, p in enumerate(self.people)):
            # "his brother Alastair Osman": whom the article calls so is found by that role, even when "his" was
            # read as standing for him
            return None
        surname = self.people[owner].words[-1]
        written = re.escape(self.people[owner].name.split()[-1])
        if not _PAIRED[kin].search(self.text) and \
                not re.search(rf"\b[A-Z][\w'’-]+ and [A-Z][\w'’-]+ {written}\b", self.text) and \
                not re.search(rf"\b{written} {_PAIRED_WORDS[kin]}\b", self.text):
            return None  # the article must pair them ("Dimitri and Theo Karagiannis", "the Karagiannis brothers",
            # "husband and wife"), not name a victim and his father
        gender = EPITHET_GENDERS.get(kin)
        kin_of = [i for i, p in enumerate(self.people) if i != owner and self._quotable(i) and len(p.words) >= 2 and
                  p.words[-1] == surname and (gender is None or p.gender in (None, gender)) and
                  _role_head(p.role) not in KIN_WORDS]  # not "her son, Diego Lopez" for "her husband"
        return kin_of[0] if len(kin_of) == 1 else None

    def _still_their_paragraph(self, index: int, last: int, first: int, opening: int) -> bool:
        """True when person ``index``, named at ``last`` in the sentence just before ``first``, is followed up to
        ``opening`` by no one else's name and either by a pronoun of their gender ("Tveit had served for the match.
        It was her fourth lost final. '...,' said the Norwegian") or by no one at all, a sentence on the event alone
        ("Nandakumar said ... The final begins on Thursday. '...,' the 29-year-old opener told reporters")."""
        here = self.token_at(last)
        if here is None:
            return False
        following = here.sent.end
        while following < len(self.doc) and self.doc[following].is_space:
            following += 1
        if following >= len(self.doc) or self.doc[following].sent.start_char != first:
            return False  # named further back than the sentence before the one before
        gender = self.people[index].gender
        if any(here.sent.start_char <= pos < opening and i != index and self.people[i].gender in (None, gender)
               for pos, i in self._timeline):
            return False  # "Brenner knocked out Wrobel. It was his twentieth straight win": either of them
        between = self.doc.char_span(here.sent.end_char, opening, alignment_mode="expand")
        if between is None or any(t.dep_ == "det" and t.lower_ in ("a", "an") and
                                  t.head.dep_ in ("nsubj", "nsubjpass") for t in between):
            return False  # "A cashier was shaken ...": someone new
        if not any(t.lower_ in MALE_PRONOUNS or t.lower_ in FEMALE_PRONOUNS or t.lower_ in PLURAL_PRONOUNS or
                   _person_noun(t) for t in between):
            return True  # (anyone named there is on the timeline, checked above)
        if gender not in ("m", "f"):
            return False  # whose pronoun it is needs their sex ("dropped on the Arenberg. He fought back")
        own = MALE_PRONOUNS if gender == "m" else FEMALE_PRONOUNS
        return any(t.lower_ in own for t in between)


_OPENING_WORDS = 6  # how far into reported words a "he" or "she" still tells the speaker's sex


def _other_given_name(span, head, person: Person, people: list[Person]) -> bool:
    """True when the name before the surname ``head`` is a given name that ``person`` does not have: "Eli Reyes,
    24" the NER missed is not Tom Reyes (not "Senator Reyes", "Father Reyes", "Ohio's Reyes"): a common given
    name, or someone's name alone in the article ("Marlow's son, Eli")."""
    if head.i == span.start or len(person.words) < 2:
        return False
    given = head.nbor(-1)
    word = given.lower_.rstrip(".")
    # a given name it is, not any capitalised word ("Father Reyes", "Det Supt Reyes", "Kelso Reyes")
    named = word in GIVEN_NAMES or any(p.words == (word,) for p in people)
    return given.pos_ == "PROPN" and given.is_title and named and word not in person.words and \
        not is_honorific(given.text) and word not in ROLE_WORDS and word + "." not in NAME_TITLES and \
        word not in NAME_TITLES


def _name_given_itself(head) -> str | None:
    """The name a group gives itself beside the noun ("A group calling itself Greyhollow", "a collective that calls
    itself Nightjar"), else None."""
    for clause in head.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() != "call" or \
                not any(c.lower_ == "itself" for c in clause.children):
            continue
        names = [c for c in clause.children if c.dep_ in ("oprd", "xcomp", "dobj", "attr") and c.pos_ == "PROPN"]
        if names:
            return head.doc[names[0].left_edge.i:names[0].i + 1].text
    return None


def _introduces_self(token) -> bool:
    """True for a name after "my name is", "I am" or "I'm" ("My name is Dan Whitby and I approve"), not a
    possessor's ("I am Felix Auer's biggest fan")."""
    before = [t.lower_ for t in token.doc[max(0, token.i - 3):token.i]]
    name_end = token
    while name_end.i + 1 < len(token.doc) and token.doc[name_end.i + 1].pos_ == "PROPN":
        name_end = token.doc[name_end.i + 1]
    owner = name_end.i + 1 < len(token.doc) and token.doc[name_end.i + 1].tag_ == "POS"
    return not owner and (before[-3:] == ["my", "name", "is"] or before[-2:] in (["i", "am"], ["i", "'m"],
                                                                                 ["i", "’m"]))


def _in_capitals(span) -> bool:
    """True for a name written in capitals as a transcript's label writes it ("LIND", "NDUKWE-LARSEN")."""
    words = [t for t in span if not hyphen_in_word(t)]
    return bool(words) and len(words) <= 3 and all(t.is_upper and t.is_alpha and len(t) > 1 for t in words)


def _argument_of_span(token, start: int, end: int) -> bool:
    """True when ``token`` is the subject or an object of the clause the text from ``start`` to ``end`` is."""
    if token is None or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):
        return False
    verb = token.head
    return start <= verb.idx < end and (verb.head is verb or not start <= verb.head.idx < end)


def _title_of_then_name(head, mention) -> bool:
    """True when ``head`` is a title that says what it is of, written before the mention's name as its role ("Leader
    of the Opposition Sujatha Reddy", "Minister of Works Chidi Okafor"); not "a spokesman for Tom Reyes", nor a place
    the NER took for a person before the name in apposition ("The Prime Minister of Vaelua, Mele Fonua-Latu,")."""
    preps = [c for c in head.children if c.dep_ == "prep"]
    if not preps or preps[0].lower_ != "of" or head.lower_ in ("spokesman", "spokeswoman", "spokesperson", "deputy"):
        return False
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.idx >= mention.span[1] for c in head.children):
        return False  # "The Prime Minister of Vaelua, Mele Fonua-Latu,": the title's name is the one apposed
    if head.lower_ in NAME_TITLES and mention.full[0] <= head.idx < mention.span[0]:
        return True
    # "Flames director of netball Gavin Pryor": a role of a field in lower case, then the name (not "the lawyer of
    # Tom Reyes", whose lawyer is someone else)
    name = head.doc.char_span(*mention.span, alignment_mode="expand") if head.lower_ in ROLE_WORDS else None
    between = head.doc[preps[0].i + 1:name.start] if name is not None and name.start > preps[0].i else []
    return bool(len(between)) and all(t.is_lower and t.pos_ == "NOUN" for t in between)


def _in_main_clause(token) -> bool:
    """True when the first verb above ``token`` is its sentence's root: "Varga beat [Ferrand]", not "Ryan says no
    matter what action [Obama] takes"."""
    while token.dep_ != "ROOT" and token.head is not token:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            break
    return token.dep_ == "ROOT"


def _person_noun(token) -> bool:
    """True for a common noun that describes a person ("a young [man]", "a [teacher]"), whom an
    epithet after it may stand for; "a chapel" is none."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in EPITHET_NOUNS or lemma in ROLE_WORDS or lemma in KIN_WORDS
                                     or lemma in ANONYMOUS_WORDS)


def _listed_names(doc, text: str) -> list[tuple[int, str]]:
    """(position, name) of the companies ``text`` names with their listing ("Tamsin Home (NYSE: TMH)"): the NER's
    organisation that ends before the listing, else the proper nouns there ("Chipmaker [Halden Tech] (Nasdaq:
    HLDN)", "On Monday [Halden Tech] (...)"), without a legal form (the suffix finds "Harlow Foods Inc." as
    "Harlow Foods")."""
    found = []
    for m in _LISTED_NAME.finditer(text):
        last = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
        if last is None or not len(last):
            continue
        end = last.end
        while end > last.start and (doc[end - 1].is_punct or legal_form(doc[end - 1])):
            end -= 1  # "Harlow Foods Inc.": the suffix, and the comma before it, are no part of the short name
        if end == last.start:
            continue
        if doc[end - 1].ent_type_ == "ORG":
            start = end - 1
            while start > last.start and doc[start].ent_iob_ == "I":
                start -= 1
        else:
            start = end
            while start > last.start and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "&") and \
                    not doc[start - 1].ent_type_ in ("DATE", "TIME") and \
                    not (doc[start - 1].is_sent_start and _describes_company(doc[start - 1])):
                start -= 1  # ("Harlow & Sons")
            if start == end:
                continue
        name = _without_opener(strip_determiner(doc[start:end].text))
        if name and name[:1].isupper():
            found.append((doc[start].idx, name))
    return found


def _describes_company(word) -> bool:
    """A capitalised word opening a sentence before a company's name that says what it is ("Chipmaker", "Retailer",
    "Rival"), or links the sentence ("After")."""
    lower = word.lower_
    return lower in COMPANY_BEFORE_NAME_NOUNS or lower in _NAME_OPENERS or lower == "rival" or lower.endswith("maker")


def _without_opener(name: str) -> str:
    """A company's name without the capitalised word that opens its sentence ("After Harlow Foods")."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in _NAME_OPENERS:
        words = words[1:]
    return " ".join(words)


# the name someone unnamed gives of themselves in the words that describe them ("who gave only her first name, Dina,",
# "who gave his name as Farid", "who identified herself only as Marisol"; not "who gave the dead man's name as ...")
_NAME_GIVEN_AS = re.compile(r"\b(?:gave|give|gives|giving|identified|identify|identifies|identifying)"
                            r"(?:\s+(?:only|just))?\s+(?:(?:his|her|their)\s+(?:first\s+|full\s+)?name|himself|"
                            r"herself)(?:\s+(?:only|just))?(?:\s+by\s+(?:his|her|their)\s+(?:first\s+|full\s+)?name)?"
                            r"(?:\s+as\s+|,\s+)(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?([A-Z][a-zà-ÿ’'-]+)\b")
# what someone identifies as that is no name ("identified herself as Catholic", "as Labour")
_NO_NAME_ENTITIES = frozenset({"NORP", "DATE"})  # (the NER reads given names as places)


def _name_given_by(head) -> tuple[str, str | None] | None:
    """The name, and the gender, that the words describing an unnamed person give them ("a woman who gave only her
    first name, Dina,": Dina, a woman); None when they give none."""
    doc = head.doc
    start = head.idx
    found = _NAME_GIVEN_AS.search(doc_text(doc)[start:head.right_edge.idx + len(head.right_edge)])
    if found is None:
        return None
    name, at = found.group(1), start + found.start(1)
    token = doc.char_span(at, at + len(name), alignment_mode="expand")
    if name.lower() in ROLE_WORDS or name.lower() in DEMONYMS or token is None or \
            any(t.ent_type_ in _NO_NAME_ENTITIES or t.ent_type_ == "ORG" and t.lower_ not in GIVEN_NAMES
                for t in token):
        return None  # "as Catholic", "as Labour" (not "as Marisol", which the NER may read as a body too)
    gender = EPITHET_GENDERS.get(head.lemma_.lower()) or pronoun_gender(
        next((w for w in found.group(0).lower().split() if w in ("his", "her", "herself", "himself")), ""))
    return name, gender if gender in ("m", "f") else None


def _set_off_by_comma(clause) -> bool:
    """True for a clause after a comma: "the teacher, who ..." describes, "the teacher who ..." picks out."""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == ","


def _spelled_at(text: str, at: int, word: str) -> bool:
    """True when the whole of ``word`` (lower case) is written at ``at``: "Bouchard-Taillon", not the
    "Bouchard" of "Bouchard-Roy" or of "Bouchard-Taillon-Dubé"."""
    end = at + len(word)
    return text[at:end].lower() == word and (end >= len(text) or not (text[end].isalnum() or text[end] == "-"))


def _inside_quotes(text: str, start: int, at: int) -> bool:
    """True when ``at`` is inside a quotation opened after ``start`` (a sentence's start)."""
    before = text[start:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("''") % 2 == 1


def _forms(name: str) -> tuple[str, ...]:
    """A company's name and the short one news uses after it ("Kestrel" for "Kestrel
    Pharmaceuticals"); not a first word that names no one ("New", "United")."""
    first = name.split()[0]
    if " " in name and len(first) > 2 and first[0].isupper() and first.lower() not in _GENERIC_FIRST_WORDS:
        return name, first
    return (name,)


# what news calls a named institution again: "the museum" after "the Harcourt Museum"
_PLACE_BODY_WORDS = frozenset({"museum", "park", "zoo", "gallery", "hospital", "library", "theatre", "theater",
                               "charity", "college", "airport", "paper", "newspaper", "festival", "orchestra",
                               "district", "cathedral", "church", "mosque", "synagogue", "temple", "university",
                               "school", "academy", "trust", "hotel", "club"})
_PLACE_NAME_LABELS = frozenset({"ORG", "FAC", "LOC", "WORK_OF_ART"})
# the words of a name that make it another place than the noun that opens it ("University Hospital Tarrow")
_OTHER_PLACE_WORDS = frozenset({"hospital", "school", "park", "library", "museum", "gallery", "zoo", "airport",
                                "station", "hotel", "church"})
# what stands before a club's name when it is not the club of the story: an opponent, or a place
_NOT_THE_CLUB_AFTER = frozenset({"against", "v", "v.", "vs", "vs.", "versus", "beat", "over", "to", "with", "in",
                                 "at", "from", "host", "hosts", "face", "faces", "play", "plays", "by"})
# after these, the club is the other one only in a match's words ("a 4-0 defeat by X"; not "a statement by X")
_PLACE_PREPS = frozenset({"to", "in", "at", "with", "from", "by"})
_MATCH_WORDS = frozenset({"drew", "draw", "defeat", "win", "victory", "loss", "lost", "beaten", "travelled", "traveled",
                          "trip", "visit", "tie", "fixture", "away", "clash", "bid", "offer", "approach", "interest",
                          "loan", "signed", "joined", "arrived"})
# what another club makes "by" its name ("a £5m bid by Vastmoor City")
_BID_WORDS = frozenset({"bid", "offer", "approach", "approaches", "bids", "offers"})
# the words of a match lost "by" a club ("a 4-0 home defeat by X", "beaten by X")
_BEATEN_WORDS = frozenset({"defeat", "defeats", "beaten", "beat", "loss", "lost", "thrashing", "hammering", "humbled",
                           "knocked", "eliminated", "trounced"})
# of those, the ones a story names once and calls by their noun after, far down the article
# bodies of members, which a place's noun may open the name of ("University and College Lecturers' Union")
_MEMBERS_BODY_WORDS = frozenset({"union", "association", "federation", "society", "party", "alliance", "league"})
_NAMED_ONCE_WORDS = frozenset({"cathedral", "zoo", "museum", "gallery", "mosque", "synagogue", "orchestra", "theatre",
                               "theater", "festival", "club", "university"})
# of those, the words no surname is ("Park", "Church" and "Temple" are)
_NO_SURNAME_PLACE_WORDS = _PLACE_BODY_WORDS - {"park", "church", "temple", "paper", "charity", "district", "trust"} | \
    TEAM_ENDINGS
# nouns for a person that an appositive name names, though no epithet alone ("the author" may be anyone's)
_NOT_PERSON_LABELS = frozenset({"ORG", "GPE", "FAC", "PRODUCT", "LOC", "NORP"})
_NAMED_PEOPLE_NOUNS = frozenset({"author", "co-author", "researcher", "scientist", "expert", "writer", "novelist",
                                 "rival", "opponent", "teammate", "colleague", "predecessor", "successor"})
# words before a name that say it is no longer the body's
_NOT_NOW = frozenset({"former", "formerly", "previously", "once", "ex", "then", "onetime", "one-time"})
# last words of the names of bodies that a noun of _PLACE_BODY_WORDS stands for, besides the noun itself:
# "the charity" after "Brightstart Trust"
_NAME_ENDINGS = {"charity": ("charity", "trust", "foundation", "fund", "appeal"), "club": {"club"} | TEAM_ENDINGS}
# newspapers' last words that also end companies' names: "the Daily Mail" but "Royal Mail"
_COMPANY_NEWSPAPER_WORDS = frozenset({"mail", "express", "post", "star", "sun", "mirror", "globe", "register"})
# bodies that are no company ("the union Unite", "the Nasdaq", "the Department of Labor"): never the company
_NOT_COMPANY_WORDS = (ORGANIZATION_WORDS - {"company", "firm", "bank", "corporation", "group"}) | {
    "exchange", "nasdaq", "index", "regulator", "watchdog", "authority", "commission", "tribunal", "ombudsman"}


# the common nouns of a body that stand for the one named just before ("The party", "The firm", "The agency")
_BODY_NOUNS = frozenset({"party", "agency", "firm", "company", "union", "ministry", "commission", "authority",
                         "regulator", "watchdog", "supplier", "retailer", "lender", "insurer", "carmaker", "airline",
                         "co-operative", "cooperative", "council", "board", "department", "bank", "force",
                         "forecaster"})
# the words of a body's name a noun stands for besides itself: "the force" is "Ardenshire Police"
_NOUN_NAME_WORDS = {"force": {"force", "police", "constabulary"}}
# nouns of a kind of body that stand only for one named with a word of its kind, as far back as a pronoun looks:
# "the operator" runs the buses, trains or terminals of its name ("Brackley Buses"), "the utility" sells power, water
# or gas, "the group" campaigns ("Skell Anglers' Alliance"); else it is no body named ("the crane's operator", "a
# group of residents")
_KIND_NAME_WORDS = {
    "operator": frozenset({"bus", "buses", "rail", "railway", "railways", "trains", "ferry", "ferries", "airways",
                           "airlines", "terminals", "transit", "coaches", "trams", "lines", "travel", "transport"}),
    "utility": frozenset({"power", "electric", "electricity", "energy", "water", "gas", "light", "utilities"}),
    "group": frozenset({"group", "alliance", "coalition", "campaign", "association", "network", "federation"})}
# the words of bodies of other kinds than a company's, a campaign's or a utility's: "the operator" is no "Department
# for Transport", "the group" no "Arab Unity League"
_OTHER_KIND_WORDS = (ORGANIZATION_WORDS | {"league", "union", "regulator", "watchdog", "ministry", "commission"}) - {
    "company", "firm", "corporation", "group", "bank"}
# nouns of bodies that trade, as a company does: the company named before, not an agency
_TRADING_NOUNS = frozenset({"supplier", "operator", "utility"})
# verbs of acquiring: who a body bought from is no longer the one that runs it
_BOUGHT_VERBS = frozenset({"buy", "acquire", "purchase", "inherit"})
# the nouns a trade goes before as the body's kind: "the water company", "the bus operator" (not "the rail union",
# "the energy regulator", bodies of their own kinds)
_TRADE_BODY_NOUNS = frozenset({"company", "firm", "operator", "utility", "supplier", "provider"})
# news agencies: who reported it, never the body a story's "the company" or "the agency" is
NEWS_AGENCIES = frozenset({"Reuters", "AP", "AFP", "Associated Press", "Agence France-Presse", "UPI", "PA Media",
                           "Xinhua", "Kyodo", "Yonhap", "ANI", "PTI", "IANS", "dpa", "EFE", "ANSA", "TASS", "Interfax",
                           "Anadolu", "AAP", "The Canadian Press", "Canadian Press"})
_PEOPLE_WORDS = ROLE_WORDS | ANONYMOUS_WORDS  # "a spokesman from Tesh", "officials at the council"
_JOURNALIST_WORDS = frozenset({"correspondent", "reporter", "journalist", "editor", "columnist", "photographer",
                               "producer", "anchor", "host", "presenter"})
_NAMING_NOUNS = frozenset({"department", "authority", "ministry", "commission", "council", "board", "bank", "union",
                           "co-operative", "cooperative", "force"})
_BODY_SENTENCES = 2  # sentences before a body's noun to look for its name in
_NEW_BODY = "<new>"  # "the agency" is one the text just brought in unnamed ("hired a recruitment agency")
_BODY_WALK = 12  # sentences walked back at most, quotations included (a transcript is all quotation)
# what a body's name stands after when it is who was talked to, not who spoke
_TALKED_TO_WORDS = frozenset({"broadcaster", "newspaper", "paper", "daily", "weekly", "channel", "station", "agency",
                              "magazine", "outlet", "network", "radio", "television", "tv", "website"})


def _kind_words(span) -> frozenset[str]:
    """The words one of which the name of the body "the operator", "the group" or "the water company" stands for
    has (see _KIND_NAME_WORDS): for a trade before a body's noun, that trade ("the water company" is "Eastmere
    Water", "the bus operator" "Brackley Buses"); empty for any other mention."""
    if len(span) == 2 and span[1].lower_ in _KIND_NAME_WORDS:
        return _KIND_NAME_WORDS[span[1].lower_]
    if len(span) == 3 and span[1].pos_ == "NOUN" and span[1].dep_ == "compound" and span[1].is_lower and \
            span[2].lower_ in _TRADE_BODY_NOUNS:
        trade = span[1].lower_
        return frozenset({trade, trade + "s", trade + "es", trade.removesuffix("s")})
    return frozenset()


def _kind_name_runs(doc, kind_words: frozenset[str]) -> list:
    """The capitalised names that end on a word of ``kind_words`` whatever the NER read of them ("Marrow Valley
    Water", "Skell Anglers' Alliance", "Harwick Power & Light"): the word and the capitalised words, possessives and
    ampersands before it, at least one."""
    runs = []
    for token in tokens_in(doc, kind_words):
        if not token.is_title or token.i == 0 or token.i + 1 < len(doc) and doc[token.i + 1].is_title and \
                not doc[token.i + 1].is_sent_start:
            continue  # (the name goes on: "Oregon Health Authority" is no health body's name ending on "Health")
        first = token.i
        while first > token.sent.start and token.i - first < 5 and \
                (doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN" or doc[first - 1].tag_ == "POS" or
                 doc[first - 1].text == "&"):
            first -= 1
        before = doc[first - 1] if first > 0 else None
        if before is not None and (before.text == "-" and not before.whitespace_ or
                                   before.is_title and before.pos_ != "DET" or
                                   before.is_lower and before.pos_ in ("DET", "ADP", "CCONJ") and first > 1 and
                                   doc[first - 2].is_title and not doc[first - 2].is_sent_start):
            continue  # the name goes on before ("Pan-Sahel League", "Stop the Bombs Coalition"): the NER's to take
        if first < token.i and doc[first].tag_ != "POS":
            runs.append(doc[first:token.i + 1])
    return runs


# the styles of a ruler, which the NER reads as a body ("HRH Ebimotimi ...")
_ROYAL_STYLES = frozenset({"hrh", "h.r.h.", "hm", "h.m."})


def _in_a_clause(token) -> bool:
    """True for a word inside a clause of its sentence ("told the Post that rookies were hazed every year [he] was
    there"), not an argument of the main verb ("asked [her]", "told [her]")."""
    while token.head.i != token.i:
        if token.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis"):
            return True
        token = token.head
    return False


def _department_of_role(name) -> bool:
    """ "its Manager, [Corporate Communications], Mrs. X": the department a job title names after a comma, as
    Nigerian and Indian papers write titles; a part of the body, not the body "the company" stands for."""
    doc = name.doc
    return name.start >= 2 and doc[name.start - 1].text == "," and doc[name.start - 2].lower_ in ROLE_WORDS


def _body_names(words, companies: frozenset[str] = frozenset()) -> list:
    """The names of bodies in ``words``, in text order: the NER's organizations, the ``companies`` the article names
    whatever the NER read ("Corvane's chief executive"), a place inside a longer name ("Elections Canada"),
    initials ("SPD co-leader") and capitalised names ending on a body's word the NER left alone ("Ardenshire
    Police")."""
    doc, found = words.doc, []
    for ent in words.ents:
        if ent.label_ == "ORG" or _initials_word(ent) and ent.label_ != "PERSON" or \
                strip_determiner(ent.text) in companies:
            found.append(ent)
        elif ent.label_ == "GPE" and ent.start > words.start and doc[ent.start - 1].dep_ == "compound" and \
                doc[ent.start - 1].ent_type_ == "" and doc[ent.start - 1].is_title:
            found.append(doc[ent.start - 1:ent.end])  # "Elections Canada", which the NER cuts to "Canada"
    for token in words:
        if token.ent_type_ == "" and token.pos_ == "PROPN" and _initials_word(token.doc[token.i:token.i + 1]) and \
                token.lower_ not in ROLE_WORDS:  # (not "the MP who chairs ...": an office's initials)
            found.append(doc[token.i:token.i + 1])
        elif token.ent_type_ == "" and token.is_title and token.i > words.start and (
                token.lower_ in ORGANIZATION_WORDS or token.lower_ in COMPANY_WORDS):
            first = token.i  # "Ardenshire Police", "Halvex Biologics", which the NER left unlabelled
            while first > words.start and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN" and \
                    doc[first - 1].ent_type_ == "" and token.i - first < 3:
                first -= 1
            if first < token.i:
                found.append(doc[first:token.i + 1])
    text = doc_text(doc)  # a wire's dateline ("LONDON, Feb 27, 2030 (Meridian Wire) -") names a place
    found = [name for name in found if not in_dateline(text, name.start_char, name.end_char)]
    return sorted(found, key=lambda name: name.start)


_CALENDAR_WORDS = frozenset("""january february march april may june july august september october november
december""".split()) | WEEKDAYS


def _place_word_names(doc) -> list[tuple[int, str]]:
    """Names ending with a capitalised word of a place no surname ends with ("Calderwick Cathedral", "Tarrow
    Museum"), where the NER found none or took the name for a person's."""
    found = []
    for token in tokens_in(doc, _NO_SURNAME_PLACE_WORDS):  # the few place words, not every token
        # (not where the NER's name of a place ends with it already)
        ends_name = token.ent_type_ in _PLACE_NAME_LABELS and (token.i + 1 == len(doc) or
                                                                doc[token.i + 1].ent_iob_ != "I")
        if token.is_title and token.i > token.sent.start and not ends_name:
            first = token.i
            # the words of its name: not a date's ("Since March Tarrow Museum") nor a person's before it ("Lady
            # Ann Harcourt Museum trustee"), unless the NER ran the person's name to the place's word
            while first > token.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title and \
                    not is_honorific(doc[first - 1].text) and doc[first - 1].lower_ not in _CALENDAR_WORDS and \
                    doc[first - 1].ent_type_ not in ("DATE", "TIME") and not (
                        doc[first - 1].ent_type_ == "PERSON" and token.ent_type_ != "PERSON"):
                first -= 1
            if first < token.i:
                found.append((doc[first].idx, doc[first:token.i + 1].text))
    return found


def _initials_word(ent) -> bool:
    """True for an entity of one word in capitals: a body's initials ("SPD", "DFJ")."""
    return len(ent) == 1 and ent[0].text.isupper() and 2 <= len(ent[0].text) <= 6 and ent[0].text.isalpha()


def _newspaper_names(doc) -> list[tuple[int, str]]:
    """(position, name) of the papers named in title case whatever the NER read ("sued the Southern Herald"): a
    newspaper's last word after one to three capitalised words."""
    found = []
    for token in tokens_in(doc, NEWSPAPER_WORDS):
        first = token.i
        while first > 0 and token.i - first < 3 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
            first -= 1
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        # a paper's name ends on its word and follows "the" ("sued the Southern Herald"); not "Kesteln Times
        # Square", nor a title-case headline's "Hard Times Ahead"
        if first < token.i and token.is_title and token.ent_type_ != "PERSON" and first > 0 and \
                doc[first - 1].lower_ == "the" and (after is None or not after.is_title):
            found.append((doc[first].idx, doc[first:token.i + 1].text))
    return found


def _in_listing(name) -> bool:
    """True for an exchange or a ticker inside a company's listing ("Tamsin Home (NYSE: [TMH])"): no body of its
    own, which the NER may read as one."""
    doc = name.doc
    opened = next((k for k in range(name.start - 1, max(-1, name.start - 4), -1) if doc[k].text == "("), None)
    return opened is not None and name.end < len(doc) and any(t.text == ":" for t in doc[opened:name.end + 2]) and \
        any(t.text == ")" for t in doc[name.end:name.end + 3])


def _before_initials(name):
    """The body's name that initials in brackets stand for ("the Democratic Front for Unity (DFJ)"), else ``name``."""
    if not _initials_word(name) or name.start < 2 or name.doc[name.start - 1].text != "(":
        return name
    return next((e for e in name.doc.ents if e.end == name.start - 1 and e.label_ == "ORG"), name)


_LEGAL_FORM = re.compile(r",?\s+(?:" + _SUFFIXES + r"|Co)\.?$")


def _one_per_company(names: set[str]) -> set[str]:
    """The names of a set less those that are another's with its legal form ("Nestor Coffee Co." beside "Nestor
    Coffee"): one company, not the two of a merger story."""
    return {name for name in names if _LEGAL_FORM.sub("", name) == name or _LEGAL_FORM.sub("", name) not in names}


def _company_form(found: str, companies: frozenset[str]) -> str:
    """A body's name as the article names the company: without suffix or possessive ("Harlow Foods Inc.'s" ->
    "Harlow Foods"), in full ("Valeant" -> "Valeant Pharmaceuticals International"); else as found."""
    for company in sorted(companies, key=len, reverse=True):
        if found == company or found.startswith(company) and found[len(company)] in " '’,":
            return company
    return next((c for c in sorted(companies, key=len, reverse=True) if c.startswith(found + " ")), found)


def _acting_body(name) -> bool:
    """True for a body's name that is a subject ("Elections Canada said"), owns or employs someone ("Corvane's
    chief executive", "A Tesh spokesman") or has them as its members ("Dragan Scekic of the Democratic Front")."""
    root = name.root
    if root.dep_ in ("nsubj", "nsubjpass", "poss") or root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"):
        return True  # (and "The supplier, [Prairie Crest Poultry], recalled ...": the subject's name)
    if root.dep_ == "compound":
        if root.head.lower_ in _JOURNALIST_WORDS:
            return False  # "a Reuters correspondent" asks; the body is no party to the story
        return root.head.lower_ in ROLE_WORDS or root.head.lemma_.lower() in ROLE_WORDS or "-" in root.head.text or \
            root.head.i + 2 < len(root.doc) and root.doc[root.head.i + 1].text == "-"  # "SPD co-leader"
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "for", "from", "at"):
        owner = root.head.head  # "Dragan Scekic of the ...", "A spokesman from Tesh", "Officials at the council"
        return owner.ent_type_ == "PERSON" or owner.pos_ == "PROPN" or owner.lower_ in ROLE_WORDS or \
            owner.lemma_.lower() in _PEOPLE_WORDS
    return False


def _home_of_body(name) -> bool:
    """True for the town after a body's name that the NER read as a body too: "Prairie Crest Poultry of [Brandis]"."""
    doc = name.doc
    of = doc[name.start - 1] if name.start > 0 else None
    before = doc[name.start - 2] if name.start > 1 else None
    return of is not None and of.lower_ == "of" and before is not None and before.ent_type_ == "ORG" and \
        before.ent_iob_ in ("B", "I") and before.pos_ == "PROPN" and len(name) == 1


def _talked_to(ent) -> bool:
    """True for a body someone spoke to or was in or at ("told the German broadcaster Deutschlandfunk", "in the
    Sejm", "deliveries to Tesh"), not one that spoke."""
    root = ent.root
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_ in _TALKED_TO_WORDS or before.text == "("):
        return True  # "told the German broadcaster Deutschlandfunk", "(AP)" and photo credits in brackets
    if "/" in ent.text:
        return True  # a photo's credit ("Facebook/Ana Lind")
    if root.dep_ == "pobj" and root.head.lower_ not in ("of", "for") and not (
            root.head.lower_ in ("from", "at") and (root.head.head.lower_ in ROLE_WORDS or
                                                   root.head.head.lemma_.lower() in _PEOPLE_WORDS)):
        return True  # "in the Sejm", "to Tesh", "polled by Marlin Data"; not "an MP for the X party", "a spokesman
        # from Tesh"
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in ("tell", "say", "give", "send", "write"):
        return True
    return ent[-1].lower_ in NEWSPAPER_WORDS


def _company_like(ent) -> bool:
    """True for an ORG entity that may be a company: no word of another kind of body in it or
    before it, and not where shares trade or events happen ("on the Nasdaq", "at the Fed")."""
    if ent.label_ != "ORG" or ent[-1].lower_ in _NAME_GLUE or _department_of_role(ent) or \
            ent[0].lower_ in _ROYAL_STYLES:
        # an entity cut short on a word that only joins a name ("The Paramount Ruler of" Ebiama), a job title's
        # department ("its Manager, Corporate Communications,"), a ruler's style ("HRH")
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in _NOT_COMPANY_WORDS or any(t.lower_ in _NOT_COMPANY_WORDS for t in ent):
        return False
    return not (ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("on", "at"))


def _names_in(form: str, text: str, start: int, end: int) -> bool:
    window = text[start:end]
    # a plain substring test first: a regex compiled per form and mention thrashes re's cache in a
    # story of hundreds of companies (300 companies, 300 "the company": 1.3 s -> 7 s)
    return form in window and re.search(rf"(?<![\w&'’.-]){re.escape(form)}(?![\w&-])", window) is not None


def _full_name(person) -> bool:
    """True for a person named with more than one word: a single word matching them is their surname."""
    return person is not None and len(person.name.split()) > 1


_FOUNDING_VERBS = frozenset({"found", "co-found", "cofound", "start", "launch", "run", "own"})


def _companies_described(doc) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(position, name) of the companies a text names without a suffix: beside a company noun
    ("Pixelhaus, the Austin-based maker of smart locks,", "the pharmacy chain Wellspring"), by a
    company's last word ("Velmora Battery Systems") or as the owner of a works ("the Corvane
    Glass plant"); found in one pass, once per article, over the tokens of those words only. Those named
    as rivals ("rival lab Corvane") come apart, second."""
    found, rivals = [], []
    in_full = None
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}  # "Reyes's shares"
    for token in tokens_in(doc, _WORKS_NOUNS | COMPANY_BEFORE_NAME_NOUNS | _COMPANY_ENDINGS | _FOUNDER_WORDS |
                           _COMPANY_POSSESSIONS | {"up"}):
        word = _hyphened_word(token, COMPANY_NOUNS)  # "start-up", which the tokenizer splits, by its head "up"
        if word == "up":
            continue
        owner = _possessor_name(token, one_word=token.lower_ in _COMPANY_POSSESSIONS)
        if token.lower_ in _COMPANY_POSSESSIONS:
            if owner is not None and owner.text not in surnames:
                # "Corvane's shares fell", "Ardent Homewares shares plunge": a company, not a person, by the name the
                # article gives it in full ("Valeant shares" of "Valeant Pharmaceuticals")
                in_full = _names_in_full(doc) if in_full is None else in_full
                found.append((owner.start_char, in_full.get(owner.text, owner.text)))
            continue
        if owner is not None and (token.lower_ in _WORKS_NOUNS or token.lower_ in _FOUNDER_WORDS and (
                token.lower_ != "executive" or any(c.lower_ == "chief" for c in token.children))):
            # "Corvan Drivetrain's axle plant", "Tallwind's founder", "Lumenfold's chief executive": a company's,
            # by the name the article gives it in full ("Tallwind Bikes")
            in_full = _names_in_full(doc) if in_full is None else in_full
            found.append((owner.start_char, in_full.get(owner.text, owner.text)))
            continue
        if token.lower_ in _FOUNDER_WORDS:
            continue
        if token.lower_ in _WORKS_NOUNS:
            name = _works_owner(doc, token) if token.i > 1 else None
            if name:
                found.append((doc[token.i - 1].idx, name))
            owner = _owner_named_beside(token)
            if owner is not None:  # "The mine's owner, [Tarrawong Resources],": the company that runs it
                found.append((owner.start_char, strip_determiner(owner.text)))
            continue
        if word in COMPANY_BEFORE_NAME_NOUNS:
            named = company_noun_before(token)
            if named is not None:
                (rivals if _named_as_rival(named) else found).append((named.start_char, named.text))
            elif word in COMPANY_NOUNS and token.dep_ == "appos" and token.pos_ == "NOUN" and \
                    token.head.pos_ == "PROPN" and token.head.i < token.i:
                name = _name_run(doc[token.head.left_edge.i:token.head.i + 1])
                if name and name[:1].isupper():
                    found.append((token.idx, name))
        elif token.is_title and token.i > 0:
            first = token.i
            while first > 0 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN" and token.i - first < 4:
                first -= 1
            if first < token.i and doc[first].lower_ not in GIVEN_NAMES:
                found.append((token.idx, doc[first:token.i + 1].text))  # not "Ana Steel", "Jess Mining"
    return found, rivals


def _owner_named_beside(works):
    """The name set beside a works' owner or operator ("The mine's owner, [Tarrawong Resources],", "the plant's
    operator, [Halden Energy],"), capitalised and no person's; None otherwise."""
    owner = works.head
    if works.dep_ != "poss" or owner.lemma_.lower() not in ("owner", "operator"):
        return None
    name = next((c for c in owner.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"),
                None)
    if name is None or works.doc[name.left_edge.i - 1].text != ",":
        return None
    end = name.i + 1
    while end < len(works.doc) and (works.doc[end].pos_ in ("PROPN", "CCONJ") or works.doc[end].text == "&"):
        end += 1  # "Lind & Sons": the whole name
    words = works.doc[name.left_edge.i:end]
    last = words[-1].lower_
    # a name of the kinds companies have: not "Sawmill Workers Cooperative", a body the article calls "the
    # cooperative", which stands for it as a body's noun does
    if last in BODY_NAME_ENDINGS or last in ORGANIZATION_WORDS or \
            re.search(r"\b[Tt]he " + re.escape(last) + r"\b", doc_text(works.doc)):  # (in lower case)
        return None
    return words


def _companies_founded(doc) -> list[tuple[int, str]]:
    """(position, name) of the bodies a text says someone founded or runs ("Hannah Greaves, who founded
    Maple & Moss with her husband"): the company of "the company" when no other is named."""
    return [(ent.start_char, strip_determiner(ent.text)) for ent in doc.ents
            if _company_like(ent) and ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in _FOUNDING_VERBS]


def _possessor_name(noun, one_word: bool = False):
    """The capitalised name of no person that owns ``noun`` ("[Corvan Drivetrain]'s axle plant"), or None.
    one_word (bool): a single word the NER read as a person counts (what it owns only a company has)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and (
        c.pos_ == "PROPN" or one_word and c.is_title and c.ent_type_ in ("PERSON", "ORG"))), None)
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if owner is None and one_word and noun.pos_ == "NOUN" and before is not None and before.dep_ == "compound" and \
            before.head.i == noun.i and before.pos_ == "PROPN" and before.is_title and not before.text.endswith("."):
        # (not "Tellmark Corp. shares": a suffix, which names the company by itself)
        owner = before  # "[Ardent Homewares] shares plunge": a headline's company without "'s"
    if owner is None or owner.ent_type_ in ("GPE", "LOC", "NORP"):
        return None
    first = owner.i
    while first > 0 and owner.doc[first - 1].dep_ == "compound" and owner.doc[first - 1].head.i == owner.i and \
            owner.doc[first - 1].pos_ == "PROPN" and owner.doc[first - 1].is_title and owner.i - first < 3:
        first -= 1
    words = owner.doc[first:owner.i + 1]
    # the NER reads unknown companies as people ("Pellam Axles"): a person's is one by a given name, or one word
    if words[0].lower_ in GIVEN_NAMES or len(words) == 1 and owner.ent_type_ == "PERSON" and not one_word:
        return None
    return words if all(t.is_title or t.is_upper for t in words) else None


def _names_in_full(doc) -> dict[str, str]:
    """Each body's short name -> the longest name the article gives it that opens with it ("Tallwind" -> "Tallwind
    Bikes"), as the NER read it or as a compound of capitalised words it missed; one pass over the article. A
    place ("Apple Valley Township") is no company's name in full."""
    longer: dict[str, str] = {}

    def add(short: str, full: str) -> None:
        if len(full) > len(longer.get(short, "")):
            longer[short] = full

    for e in doc.ents:
        if e.label_ == "ORG" and 1 < len(e) <= 4:
            words = [t.text for t in e if t.lower_ != "the"]
            for k in range(1, len(words)):
                add(" ".join(words[:k]), " ".join(words))
    for token in doc:
        head = token.head
        if token.dep_ == "compound" and token.pos_ == "PROPN" and 0 < head.i - token.i <= 2 and \
                all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ in ("", "ORG", "PERSON")
                    for t in doc[token.i:head.i + 1]):
            add(token.text, doc[token.i:head.i + 1].text)
    return longer


def _works_owner(doc, noun) -> str | None:
    """ "Corvane Glass" in "the Corvane Glass plant": the capitalised words before a works
    noun, when a reader takes them for its owner (not a place, "the Detroit plant")."""
    first = noun.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i >= first and \
            doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title and noun.i - first < 4:
        first -= 1
    words = doc[first:noun.i]
    if not len(words) or first == 0 or doc[first - 1].lower_ != "the" or \
            any(t.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "DATE") for t in words) or \
            len(words) > 1 and words[0].lower_ in GIVEN_NAMES or \
            len(words) == 1 and words[0].lower_ in _GENERIC_FIRST_WORDS:
        # nor a person by a given name ("the Tom Varga mill"; the NER's PERSON also takes unknown companies,
        # "the Corvane Glass plant") or a word no company goes by alone ("the General Assembly")
        return None
    return words.text


def _headline_names_cut(mentions: list[PersonMention], headlines: list[Span]) -> list[PersonMention]:
    """Headline names cut to the name the body gives: in title case the NER reads "Varga
    Blasts Council Over Plan" as one name. The longest run of its words that a body
    name holds is kept; a headline name of three or more words that the body never
    names is dropped, a shorter one kept as it is."""
    if not headlines:
        return mentions
    inside = [m for m in mentions if any(s <= m.span[0] < e for s, e in headlines)]
    if not inside:
        return mentions
    body_words = {w.lower() for m in mentions if m not in inside for w in m.name.split()}
    kept = []
    for m in mentions:
        if m not in inside:
            kept.append(m)
            continue
        words = m.name.split()
        best = max(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                    if all(w.lower() in body_words for w in words[i:j])),
                   key=lambda ij: ij[1] - ij[0], default=None)
        if best is None:
            if len(words) < 3:
                kept.append(m)
            continue
        kept.append(_cut(m, *best, words))
    return kept


def _run_on_names_cut(doc, mentions: list[PersonMention]) -> list[PersonMention]:
    """Names the NER ran into a word before or after them, cut to the name: "Certainly Donald
    Trump" and "Bernie Sanders Pins" hold the article's "Donald Trump" and "Bernie Sanders"
    and the other words are no names (not proper nouns, or verbs and adverbs: "Bill de
    Blasio" keeps "Bill"); "Cruz's Iowa" ends at the possessive."""
    full = {tuple(m.name.lower().split()) for m in mentions if len(m.name.split()) >= 2}
    kept = []
    for m in mentions:
        words = m.name.split()
        owner = next((k for k, w in enumerate(words[:-1]) if re.search(r"['’]s$", w)), None)
        if owner is not None:
            i, j, words = 0, owner + 1, words[:owner] + [re.sub(r"['’]s$", "", words[owner])] + words[owner + 1:]
        else:
            lowered = [w.lower() for w in words]
            tokens = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            aligned = tokens is not None and len(tokens) == len(words)
            plain = [aligned and (t.pos_ != "PROPN" or t.tag_ in _NOT_NAME_TAGS or t.is_stop)
                     for t in (tokens if aligned else [None] * len(words))]
            runs = [(i, j) for i in range(len(words)) for j in range(i + 2, len(words) + 1)
                    if (i, j) != (0, len(words)) and tuple(lowered[i:j]) in full
                    and all(plain[:i]) and all(plain[j:])]
            if not runs and aligned and len(words) >= 3 and tokens[0].tag_ in _NEVER_NAME_TAGS and \
                    all(t.pos_ == "PROPN" for t in tokens[1:]):
                runs = [(1, len(words))]  # "Entrusting Donald Trump with ...": a gerund is never a name
            if not runs:
                kept.append(m)
                continue
            i, j = max(runs, key=lambda ij: ij[1] - ij[0])
        kept.append(_cut(m, i, j, words))
    return kept


def _cut(m: PersonMention, i: int, j: int, words: list[str]) -> PersonMention:
    """The mention cut to its words i..j (``words`` as written, a possessive already dropped)."""
    start = m.span[0] + len(" ".join(m.name.split()[:i])) + (1 if i else 0)
    name = " ".join(words[i:j])
    return replace(m, span=(start, start + len(name)), name=name)


def _subjects(span) -> list:
    """The singular noun-phrase subjects (no pronouns) of a stretch of the parse, in order: each
    subject with the words before it in its phrase ("The Northvale water company"). Span.noun_chunks
    would walk the whole document for every call."""
    doc = span.doc
    return [doc[max(t.left_edge.i, span.start):t.i + 1] for t in span
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON" and t.tag_ not in ("NNS", "NNPS")]


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _names_someone_else(head, name: Span) -> bool:
    """True when the name inside a mention is the possessor or the object of its head, not its head.

    head: the head token of the speaker mention ("brother" in "Tom's brother").
    name (Span): the character span of a person's name inside the mention.
    """
    if name[0] <= head.idx < name[1]:
        return False
    text = doc_text(head.doc)
    if name[1] <= head.idx and (_POSSESSIVE_END.search(text, name[0], name[1]) or
                                _POSSESSIVE_AFTER.match(text, name[1])):
        return True  # "De Saint-Just’s lawyer": a possessor, however the parser hung the name
    for tok in head.subtree:
        if name[0] <= tok.idx < name[1] and tok.head.i != tok.i and not name[0] <= tok.head.idx < name[1]:
            # the name's root hangs on the head this way: "Tom's brother", "a spokesman for Tom",
            # "a Clinton adviser" (a name before a common noun qualifies it)
            if tok.dep_ in ("compound", "poss") and tok.head.i != head.i and tok.head.pos_ == "NOUN":
                return True  # "a spokeswoman for the Marta Lind campaign": the name qualifies another noun
            if tok.dep_ == "pobj" and _count_of_children(tok):
                return False  # "mother of two Dina Fawzy": the count of her children, then her name
            return tok.dep_ in ("poss", "pobj") or tok.dep_ == "compound" and tok.head.i == head.i and \
                head.pos_ == "NOUN" and not head.is_title  # "Siobhan D’Arcy": a surname read as a noun
    return False


def _count_of_children(name) -> bool:
    """True when a name the parse made the object of "of" follows a number after it: "mother of two [Dina
    Fawzy]", "a father of four [Tom Reyes]" (not "the lawyer of Tom Reyes")."""
    prep = name.head
    if prep.lower_ != "of" or prep.head.lemma_.lower() not in _PARENT_NOUNS:
        return False
    first = next((t.i for t in name.doc[prep.i + 1:name.i + 1] if t.pos_ == "PROPN"), None)
    words = [t for t in name.doc[prep.i + 1:first or prep.i + 1] if not t.is_punct]
    return bool(words) and all(t.like_num for t in words)


_PARENT_NOUNS = frozenset({"mother", "father", "mom", "mum", "dad", "parent", "grandmother", "grandfather",
                           "grandparent"})


def _relative_antecedent(span) -> Span | None:
    """The phrase a bare "who" stands for when its clause is coordinated with an earlier relative
    clause that has "who" too ("Sen. Tom Reyes, who leads a bloc and [who] said ..."); None else (a
    "who" right after its antecedent comes with it in the mention)."""
    if len(span) != 1 or span[0].lower_ != "who" or span[0].dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = span[0].head
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    if verb.i == span[0].head.i or verb.dep_ != "relcl" or \
            not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in verb.children):
        return None
    noun = verb.head
    # "The chief executive of Vantor Holdings, who ...": "who" is the person, however the parser hung it
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("PROPN", "NOUN") and \
            not _person_noun(noun):
        noun = noun.head.head
    if noun.pos_ not in ("PROPN", "NOUN"):
        return None
    return (noun.left_edge.idx, noun.idx + len(noun.text))


def _appositives(head) -> list:
    """The appositives that may name a mention's head: its own, then one the parser hung on the object of its
    preposition ("The head of the regulator, [Ana Lima]," where the name ends the phrase) when that object is
    no person and no plural."""
    own = [c for c in head.rights if c.dep_ == "appos"]
    role = head.lower_ in ROLE_WORDS or head.lemma_.lower() in ROLE_WORDS
    # a role's, or anyone's at a named place ("his best friend at Lehigh, Bruce Turry,"); not "The daughter of
    # the late singer, Ana Lima,": the name may well be the singer's
    objects = [o for p in head.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
               and not _person_noun(o) and (role or o.pos_ == "PROPN" and o.ent_type_ != "PERSON")]
    # after a plural only a person's name, by a given name: "The chair of trustees, [Helena Marsh],", not "the
    # leader of the rebels, the Houthis,"
    hung = [c for o in objects for c in o.rights if c.dep_ == "appos"
            and c.i == max(t.i for t in o.subtree if not t.is_punct)
            and (o.tag_ not in ("NNS", "NNPS") or c.left_edge.lower_ in GIVEN_NAMES and c.left_edge.i < c.i)]
    joined = role_conjunct_name(head)  # "co-founder and chief scientist, [Aditi Raman]"
    return own + hung[-1:] + ([joined] if joined is not None else [])


def _role_before_name(span, mentions: list[PersonMention]) -> str | None:
    """The role a mention gives the name in apposition to it: "The union's leader" in
    "The union's leader, Dan Pike"; None when the mention is the name alone."""
    head = head_token(span)
    if _hyphened_word(head) not in ROLE_WORDS and head.lemma_.lower() not in ROLE_WORDS:
        # or a role the parser hung on the name ("the Vice-Chancellor, Prof. Ana Lind" headed by "Lind")
        head = next((t for t in span if t.i < head.i and t.dep_ == "nmod" and t.head == head and
                     _hyphened_word(t) in ROLE_WORDS), None)
        if head is None:
            return None
    for m in mentions:
        if span.start_char < m.span[0] < span.end_char and head.idx < m.span[0]:
            role = _without_honorifics(doc_text(span.doc)[span.start_char:m.span[0]])
            return strip_determiner(role) if head.idx < span.start_char + len(role) else None
    return None


def _hyphened_word(head, words: frozenset[str] = ROLE_WORDS) -> str:
    """A head word with the prefix the tokenizer split off at a hyphen when the whole is one of ``words`` ("The
    Vice-Chancellor" is headed by "vice-chancellor", not "chancellor"; "the payments start-up" by "start-up")."""
    doc = head.doc
    if head.i >= 2 and hyphen_in_word(doc[head.i - 1]):
        whole = f"{doc[head.i - 2].lower_}-{head.lower_}"
        if whole in words:
            return whole
    return head.lower_


def _without_honorifics(role: str) -> str:
    """A role written before a name, without the honorifics that open the name ("the vice-chancellor, [Prof.
    (Mrs.)] Folasade Ajayi")."""
    words = role.rstrip(" ,(—―–-").split()
    while len(words) > 1 and is_honorific(words[-1].strip("()")):  # not "leader", "mayor": the role itself
        words.pop()
    return " ".join(words).rstrip(" ,(—―–-")


def _name_cased(token) -> bool:
    """A capital then a small letter: "Lind", and "MacAskill", "McNeil", "DiNapoli", which are not title case."""
    return token.text[:1].isupper() and token.text[1:2].islower()


def _apposed_name(head, appos) -> str | None:
    """The name an appositive gives a role or a relative ("the finance chair, [Derek Mills],",
    "her husband, [Chidi],"), whatever the NER took it for; None unless the head is a role
    or kin word and the appositive one to four capitalised words (one only for a relative:
    "the company's owner, Acme," is no first name)."""
    kin = head.lower_ in KIN_WORDS or head.lemma_.lower() in KIN_WORDS
    if not kin and head.lower_ not in ROLE_WORDS and head.lemma_.lower() not in ROLE_WORDS and \
            head.lemma_.lower() not in EPITHET_NOUNS and head.lemma_.lower() not in _NAMED_PEOPLE_NOUNS:
        return None  # "The best graduating student, Miss Chiamaka Okonkwo,", "the study's senior author, Prof ..."
    # up to the name's last word: "his wife, Anneke, a GP in Hawsby," has an apposition of its own; without the
    # honorifics and titles before it ("the Vice-Chancellor, Prof. (Mrs.) Folasade Ajayi,")
    words = [t for t in appos.doc[appos.left_edge.i:appos.i + 1] if not t.is_punct and
             not is_honorific(t.text) and t.lower_ not in NAME_TITLES]
    if any(is_honorific(t.text) for t in appos.doc[appos.left_edge.i:appos.i + 1]):
        while len(words) > 2 and words[0].lower_ in ("the", "most", "rt", "right", "very"):
            words = words[1:]  # "the Archbishop of Kilbrennan, [the Most] Rev Declan Furlong,": the style
    if len(words) > 2 and words[0].pos_ == "DET" and words[1].ent_type_ == "NORP":
        words = words[2:]  # "Her great rival, the American Kayla Dunmore-Price,": where she is from is no name
    # a hyphenated given name's second part is written in lower case ("Sun-mi", "Jae-won"): part of the word before,
    # and a person's name whatever the NER typed it
    glued = {t.i for t in words if t.i >= 2 and t.is_lower and t.doc[t.i - 1].text == "-" and
             not t.doc[t.i - 2].whitespace_ and not t.doc[t.i - 1].whitespace_ and t.doc[t.i - 2].text[:1].isupper()}
    if head.lemma_.lower() in _NAMED_PEOPLE_NOUNS and any(t.ent_type_ in _NOT_PERSON_LABELS for t in words) and \
            not glued:
        return None  # "Their rivals, the Kingsport Rovers,", "Its rival, Harbour Foods,": a team or a firm
    parts = [t for t in words if t.i not in glued]
    if not (1 if kin else 2) <= len(parts) <= 4 or not all(
            t.pos_ == "PROPN" and _name_cased(t) or 0 < k < len(parts) - 1 and t.lower_ in NAME_PARTICLES
            for k, t in enumerate(parts)):  # "Rhodri ap Gwyn", "Ana de Souza"
        return None
    if words[-1].lower_ in ROLE_WORDS and appos.doc[words[-1].i + 1:words[-1].i + 2].text in ("-", "of"):
        return None  # "..., Supreme Commander-in-Chief of the Armed Forces X": another office, its name after it
    return appos.doc[words[0].i:words[-1].i + 1].text  # "Kayla Dunmore-Price" with its hyphen


def _name_with_apposed_role(span, head) -> tuple[str, str] | None:
    """(name, role) for a name followed by a role in apposition ("Tor Haugen, the board's
    chairman,"), which the NER took for no person; None otherwise. The role word is what
    makes it a person: "Acme, the operator," or "Reuters, the news agency," stays a body."""
    if head.pos_ != "PROPN" or not (head.is_title or head.lower_ in GENERATIONAL_SUFFIXES) or \
            head.ent_type_ == "PERSON":
        return None  # a person the NER saw already
    name = _name_run(span)
    if len(name.split()) > 4 or len(name.split()) == 1 and head.ent_type_ in ("GPE", "LOC", "NORP", "FAC"):
        return None  # a place: "France, the president of the council," (a person's name has two words)
    apposed = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if apposed is None or apposed.lower_ not in ROLE_WORDS and apposed.lemma_.lower() not in ROLE_WORDS or \
            apposed.lower_ in COMPANY_ROLES or apposed.lemma_.lower() in COMPANY_ROLES:
        return None
    role = role_after(span.doc[head.i:head.i + 1])
    return (name, role) if role else None


def _name_run(span) -> str:
    """The name a mention headed by a proper noun gives, without what is around it: after
    any possessor and the lower-case words before the name ("Breitbart's Joel Pollak", "his
    friend Ana Ruiz") up to the first comma or bracket ("Reince Priebus, the party chairman",
    "Acme, which")."""
    tokens = list(span)
    for i, tok in enumerate(tokens):
        if tok.is_punct and tok.text in ",;:()[]—–":
            tokens = tokens[:i]
            break
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i].tag_ == "POS" or tokens[i].lower_ in ("’s", "'s") or \
                tokens[i].text in ("’", "'") and tokens[i - 1].lower_.endswith("s"):
            tokens = tokens[i + 1:]  # "Democracy Corps’ Stan Greenberg"
            break
    while tokens and (tokens[0].is_punct or not tokens[0].is_title and not tokens[0].is_upper):
        tokens = tokens[1:]
    of = next((i for i, tok in enumerate(tokens) if tok.lower_ == "of"), None)
    if of is not None and 2 <= of <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in tokens[:of]) and \
            tokens[of].head in tokens[:of] and (tokens[0].lower_ in GIVEN_NAMES or tokens[0].ent_type_ == "PERSON" or
                                                tokens[-1].lower_ in BODY_NAME_ENDINGS | ORGANIZATION_WORDS):
        tokens = tokens[:of]  # "Mick Lynch of the RMT union": the person, not the body he is of
    if not tokens:
        return strip_determiner(span.text)
    return strip_determiner(doc_text(span.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])])


def _has_named_possessor(head) -> bool:
    """True for a common noun owned by a name ("Tom's brother", "Costa's aide")."""
    return head.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children)


def _apposed_proper_words(head) -> list | None:
    """The words of a capitalised name in apposition to ``head`` ("The company, [Skarholm
    Lines],"), or None."""
    for child in head.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        words = [t for t in child.subtree if not t.is_punct]
        described = next((k for k, t in enumerate(words) if not (t.is_lower or t.pos_ == "DET")), 0)
        if any(t.lower_ in _NOT_NOW for t in words[:described]):
            continue  # "The club, formerly Harwick Athletic,": a name it no longer has
        if (any(t.pos_ != "DET" for t in words[:described]) or child.ent_type_ == "ORG") and \
                all(t.pos_ in ("DET", "ADJ", "VERB", "NOUN") for t in words[:described]):
            words = words[described:]  # "the developer, the non-profit [Meridian Vaccine Institute],": not "the"
            # alone, which makes "the Utah Republican" someone's description, but not a body's: "The industry body,
            # the Water Utilities Forum,"
        if words and all(t.is_title or t.is_upper for t in words):
            return words
        # where it is comes after the name: "The developer, [Northfield Housing Partners] of Montpelier,"
        words = [t for t in child.doc[child.left_edge.i:child.i + 1] if not t.is_punct]
        place = [c for c in child.rights if c.dep_ == "prep" and c.lower_ in ("of", "in", "from")]
        # (a name the NER left untyped too, when it is no person's: no given name, no word read as a person's)
        body = child.ent_type_ == "ORG" or not child.ent_type_ and not has_given_name(words) and \
            all(t.ent_type_ != "PERSON" for t in words)
        if words and place and body and all(t.is_title or t.is_upper for t in words) and \
                all(t.ent_type_ in ("GPE", "LOC") or t.pos_ == "PROPN" for t in place[0].children):
            return words
    return None


# what makes "a carrier" a new one, and "rival carrier X" another one, than "the carrier" names
_NEW_ONE_WORDS = frozenset({"a", "an", "another"})
_OTHER_ONE_WORDS = frozenset({"rival", "other", "another", "former", "target", "competing"})
# words that make a role someone's second to its head's holder: a vice president speaks of "the president"
_SECOND_ROLE_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "former", "ex", "shadow",
                                "acting", "interim", "under", "sub", "vice-president", "vice-chair"})
_ROLE_CLAUSE = re.compile(r",|\s(?:who|which|that|whose|whom)\s")  # where a role's own words end
# "the younger Karagiannis", "the elder Ms. Haigh": which of a surname's people, by the ages the article gave
_BY_AGE = {"younger": "young", "youngest": "young", "elder": "old", "eldest": "old", "older": "old", "oldest": "old"}
# relatives who share a surname as a rule and no generation apart ("his father" may be the son's namesake), with
# the words by which an article pairs them
# (the words alone, anywhere: "the brothers", "the couple", not "the Three Brothers pub", "a couple of miles")
_PAIRED = {"brother": re.compile(r"\b(?:the|two|both) brothers\b(?! (?:pub|bar|restaurant|inn|hotel))", re.I),
           "sister": re.compile(r"\b(?:the|two|both) sisters\b(?! (?:pub|bar|restaurant|inn|hotel))", re.I),
           "twin": re.compile(r"\b(?:the|both) twins\b", re.I),
           "husband": re.compile(r"\b(?:husband and wife|wife and husband|the couple\b(?! of))", re.I)}
_PAIRED["wife"] = _PAIRED["husband"]
_PAIRED_WORDS = {"brother": "brothers", "sister": "sisters", "twin": "twins", "husband": "couple", "wife": "couple"}
_SAME_SURNAME_KIN = frozenset(_PAIRED)
_FIT_CANDIDATES = 3  # people of a pronoun's gender, named last, among whom what is said may pick
# how well what is said fits a speaker's role: not, neither way, by a body's name, by "his client", surely ("as ...")
_FITS_NOT, _FITS_NEITHER, _FITS_BY_NAME, _FITS, _FITS_SURELY = -1, 0, 1, 2, 3
# what a holder of a role calls "his ..." or "her ...": "his client" is a lawyer's, "her members" a union's people's
# (not "my company": anyone's; "his team" a coach's, not a chief executive's; not "his party": any member's)
_OWN_NOUN_ROLES = {
    "client": {"lawyer", "attorney", "solicitor", "barrister", "counsel", "advocate"},
    "members": {"union", "association", "federation", "convenor", "organiser", "organizer"},
    "ministry": {"minister"}, "department": {"minister", "secretary", "director", "commissioner"},
    "officials": {"minister", "secretary", "commissioner", "governor", "mayor"},
    "party": {"leader", "chair", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson"},
    "congregation": {"rabbi", "vicar", "priest", "pastor", "imam", "minister", "reverend", "rev", "bishop"},
    "parishioners": {"vicar", "priest", "pastor", "rector", "father", "rev"},
    "players": {"coach", "manager", "captain"}, "squad": {"coach", "manager", "captain"},
    "team": {"coach", "manager", "captain"},
    "staff": {"headteacher", "principal", "headmaster", "headmistress"},
    "patients": {"doctor", "dr", "nurse", "surgeon", "consultant", "gp", "physician", "clinician"},
    "pupils": {"teacher", "headteacher", "principal", "headmaster", "headmistress"},
    "students": {"teacher", "professor", "principal", "lecturer", "dean"},
    "officers": {"chief", "commissioner", "superintendent", "sheriff", "inspector", "constable", "commander"},
    "firefighters": {"chief", "commissioner", "officer", "controller", "commander"},
    "crews": {"chief", "commissioner", "controller", "commander", "manager"},
    "troops": {"general", "commander", "colonel", "minister"}, "soldiers": {"general", "commander", "colonel"},
    "herd": {"farmer", "grower", "breeder", "rancher", "dairy"}, "farm": {"farmer", "grower", "owner", "rancher"},
    "shop": {"owner", "shopkeeper", "manager", "proprietor"}, "restaurant": {"owner", "chef", "manager", "proprietor"},
}
_WEAK_OWN_NOUNS = frozenset({"party"})
# bodies a role is held in, which what its holder says calls "the institute" or "her branch"
_HELD_BODY_NOUNS = BODY_NAME_ENDINGS | frozenset({"charity", "alliance", "network", "branch", "congregation",
                                                  "mission", "bank", "company", "firm", "school", "club", "group",
                                                  "campaign", "coalition", "church", "mosque", "synagogue", "diocese",
                                                  "university", "lab", "laboratory"})
_OWN_WORDS = {"m": frozenset({"his", "my", "our"}), "f": frozenset({"her", "my", "our"})}
# the heads of a company's own offices ("Chief Financial Officer", "chief executive", "CEO")
_COMPANY_OFFICES = frozenset({"executive", "officer", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair",
                              "founder", "co-founder", "cofounder"})
_SPEAKER_PRONOUNS = {"m": frozenset({"he", "i"}), "f": frozenset({"she", "i"})}


def _speaks_from(role: str | None, words, gender: str) -> int:
    """How well words a person of ``gender`` says fit the place their role gives them: surely for "as" with the
    role's head said of the speaker ("he would stay on as chief executive", "her first trip abroad as prime
    minister"); fairly for "his client" from a lawyer, "her ministry" from a minister, a body's name the role holds
    ("Consumer Voice would ..." from "Consumer Voice's director of campaigns"); not at all when they name the role
    as someone else's ("the union leader had misled her members")."""
    if not role:
        return _FITS_NEITHER
    # the role's own words up to its head ("chief executive" of "chief executive of Corvell", "friend" of "longtime
    # friend who left the campaign")
    own, *held_in = _ROLE_TAIL.split(_ROLE_CLAUSE.split(role)[0], maxsplit=1)
    role_words = _bare_words(own)
    head = role_words[-1] if role_words else ""
    # the body the role is held in ("director of the ... Institute"; not "law professor in his first campaign")
    body_words = set(_bare_words(" ".join(held_in))) if held_in and \
        held_in[0].split()[:1] not in (["his"], ["her"], ["their"]) else set()
    if any(_names_the_role(t, head, role_words) for t in words):
        return _FITS_NOT  # "the union leader", "the minister": someone else's role, as the speaker names it
    found = _FITS_NEITHER
    for k, token in enumerate(words[:-1]):
        after = words[k + 1]
        # "as [the] prime minister": the noun the "as" governs is the role's head, its modifiers the role's words
        office = next((c for c in token.children if c.dep_ == "pobj"), None) if token.lower_ == "as" else None
        if office is not None and office.lower_ == head and _said_of_the_speaker(token, gender) and \
                all(c.lower_ in role_words for c in office.children if c.dep_ in ("compound", "amod")):
            return _FITS_SURELY  # "in six years as superintendent", "her first trip abroad as prime minister"
        if token.lower_ in _OWN_WORDS.get(gender, ()) and \
                _OWN_NOUN_ROLES.get(after.lower_, frozenset()) & set(role_words):
            # "his party" from a party leader, though a candidate says it too: as weak as a body's name
            found = max(found, _FITS_BY_NAME if after.lower_ in _WEAK_OWN_NOUNS else _FITS)
        if (token.lower_ in _OWN_WORDS.get(gender, ()) or token.lower_ == "the" and
                (after.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "case" for c in after.children))) and \
                after.lower_ in _HELD_BODY_NOUNS and after.lower_ in body_words:
            found = max(found, _FITS)  # "the institute would ...", "his institute's modelling" from the director of
            # the Calder Polling Institute, a fellow at the Leverett Institute (not "respond to the institute")
        if token.lower_ == "the" and after.lower_ in ("company", "firm") and after.dep_ == "nsubj" and \
                head in _COMPANY_OFFICES and not body_words and \
                any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "'ll", "’d", "’ll")
                    for c in after.head.children) and \
                (after.head.head is after.head or after.head.head.i not in {t.i for t in words}):
            # (what it will do as the subject of what is said; not "the company should publish ..." nor "urged the
            # company to publish ...", what an outsider asks of it, nor "worked the roster the company had described")
            # "He said the company would buy back shares": its chief financial officer's news, not an analyst's
            found = max(found, _FITS)
    # a body's name in what is said that the role names too ("Consumer Voice"; not a place: "Atlantic City")
    runs, run = [], []
    for token in words:
        if token.pos_ == "PROPN" and token.is_title:
            run.append(token)
            continue
        runs, run = runs + [run] if run else runs, []
    runs += [run] if run else []
    if found == _FITS_NEITHER and any(len(r) > 1 and all(t.ent_type_ == "ORG" for t in r) and
                                      " ".join(t.text for t in r) in role for r in runs):
        found = _FITS_BY_NAME
    return found


def _name_heads(name: str) -> set[str]:
    """The words that say what kind of body a name is: its last, and the one before its first "of", "for" or "on"
    ("University of Wendlecombe", "Department for Education"; "University and College Lecturers' Union" is a
    union), in lower case."""
    words = name.lower().split()
    heads = set()
    for word in reversed(words):  # and the words before a legal form or a unit's word ("Harbour Bank plc", "Tarrow
        heads.add(word)           # Police Service", "Meridian Bank Group")
        if word.strip(".,") not in _AFTER_HEAD_WORDS:
            break
    before = re.split(r" (?:of|for|on) ", name.lower(), maxsplit=1)[0].split()
    if before and len(before) < len(words):
        heads.add(before[-1])
    return heads


_AFTER_HEAD_WORDS = frozenset({form.lower() for form in LEGAL_FORMS} | {
    "limited", "co", "group", "holdings", "service", "services", "department", "office", "press", "trust"})


def _bare_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, without edge punctuation and a possessive "'s"."""
    return [w.strip(",.'’").lower().removesuffix("'s").removesuffix("’s") for w in text.split()]


def _names_the_role(token, head: str, role_words: list[str]) -> bool:
    """True for "the <role>" naming the role whose head is ``head`` as a third person's: the definite noun with
    no modifier outside the role's words ("the union leader" for "Union leader"; not "the leader of the opposition"
    nor "the party leader" for "Union leader")."""
    if token.lower_ != head or not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in token.children):
        return False
    if any(c.dep_ == "prep" for c in token.children):
        return False  # "the leader of the opposition"
    # the words before the head among the role's ("the minister" for "Transport Minister", not "the party leader"
    # for "Union leader"), with its second-rank words ("the president" is not the role of "Vice President", "the
    # deputy mayor" is)
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
    return modifiers <= set(role_words) and not (_SECOND_ROLE_WORDS & set(role_words)) - modifiers


def _said_of_the_speaker(as_token, gender: str) -> bool:
    """True when an "as" phrase is said of the speaker: the clause it hangs on has the speaker's pronoun ("he",
    "she", "I") for its subject, or the noun it hangs on is theirs ("her first trip abroad as prime minister"); not
    "as president, Mr. Trump would be firm", nor "she would start as chief executive" in a man's words."""
    head = as_token.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SPEAKER_PRONOUNS.get(gender, ()) for c in head.children):
        return True
    return any(c.dep_ == "poss" and c.lower_ in _OWN_WORDS.get(gender, ()) for c in head.children)


def _described_name(noun):
    """The capitalised name a lower-case noun describes: the one it stands before as a title ("carrier [Austral-Nordic
    Line]"), the one in apposition to it either way ("the operator, [Harmon Bulk],", "[Bramwell & Tye], the London
    broker,") or the subject it is said of ("[Austral-Nordic Line] is a carrier with 40 ships"); None when it
    describes no name."""
    doc = noun.doc
    if not noun.is_lower or noun.lower_ in _PLACE_NOUNS:
        return None  # a headline's "Board Of Elections"; "the state Senate" is the body of a place, not its name
    named = noun.head if noun.dep_ == "appos" and noun.head.i < noun.i else None
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        named = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i), None)
    if named is not None and _named_word(named):
        return _name_ending_at(doc, named)
    if noun.i and doc[noun.i - 1].lower_ in ("a", "an"):
        return None  # "a carrier Velmar chartered": no title goes with "a"
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text == ",":
        # in apposition to the noun ("the operator, Harmon Bulk, of Oslo"), not the subject of the next clause ("In a
        # filing with the regulator, Harmon Bulk, the operator of the ship, said")
        apposed = [c for c in noun.children if c.dep_ == "appos" and _named_word(c) and c.i > noun.i]
        return _name_ending_at(doc, apposed[0]) if apposed else None
    return _title_run(doc, noun.i + 1)


def _named_word(token) -> bool:
    """True for the last word of a name: a proper noun, or a capitalised noun the tagger took for a common one
    ("Leaders' College")."""
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" and _capitalised(token)


def _name_ending_at(doc, head):
    """The name whose last word is ``head`` with the words of it before: proper nouns in one entity with it or with
    none, and the "&" and hyphens between them (not "In London" or "Norway's" before "Harmon Bulk")."""
    start = head.i
    while start > head.sent.start:
        before = doc[start - 1]
        if _joins_name(doc, start - 1) and before.lower_ not in ("'s", "’s") and start - 2 >= head.sent.start:
            start -= 1
            continue
        # a capitalised word of the same entity ("Austral-Nordic", an adjective to the tagger), or of none
        if not _capitalised(before) or before.pos_ not in ("PROPN", "ADJ", "NOUN") or \
                before.ent_type_ in _NOT_NAME_LABELS or doc[start].ent_iob_ == "B" or \
                before.ent_type_ != doc[start].ent_type_:
            break  # not "But", "On Tuesday", "In London" before it
        start -= 1
    end = head.i + 1
    while end + 1 < len(doc) and doc[end].text in _NAME_JOINERS and (doc[end + 1].is_title or doc[end + 1].is_upper):
        end += 2  # "Bramwell & Tye": the parser hangs the words after "&" on the first
    return _title_run(doc, start, end)


# nouns that describe bodies: a name they describe is a body's unless it is clearly a person's ("the forecaster
# Climasul"); other nouns take one only when it is clearly a body's ("the suspect, Okonkwo Adeyemi," is a person's)
_BODY_DESCRIBING_NOUNS = COMPANY_NOUNS | ORGANIZATION_WORDS | _BODY_NOUNS | frozenset({
    "carrier", "contractor", "broker", "operator", "developer", "producer", "shipper", "miner", "utility", "exporter",
    "importer", "distributor", "publisher", "broadcaster", "charity", "consultancy", "housebuilder", "refiner",
    "chipmaker", "drugmaker", "provider", "platform", "startup", "start-up", "outlet", "trust", "fund", "college",
    "hospital"})
# a place's noun before a body of it: "the state Senate", "the city Fire Department"
_PLACE_NOUNS = frozenset({"state", "city", "county", "country", "nation", "province", "town", "village", "district",
                          "region", "borough", "parish"})
_NAME_JOINERS = ("&", "-")  # inside a body's name: "Bramwell & Tye", "Austral-Nordic Line"
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})  # "the broker Monday"


def _title_run(doc, start: int, least: int = 0):
    """The capitalised words (or capitals: "BHP") from ``start`` on, with "&" and hyphens between them, to ``least``
    at least; None when none."""
    end = start
    while end < len(doc) and (end < least or _capitalised(doc[end]) and doc[end].ent_type_ not in _NOT_NAME_LABELS or
                              end > start and _joins_name(doc, end)):
        end += 1
    while end > start and not _capitalised(doc[end - 1]):
        end -= 1
    return doc[start:end] if end > start else None


def _capitalised(token) -> bool:
    """True for a word written as a name is: "Harmon", "BHP" (not "A" or "I")."""
    return token.is_title or token.is_upper and len(token) > 1 and token.is_alpha


def _joins_name(doc, i: int) -> bool:
    """True for a token inside a body's name between its words: "&", a hyphen, an apostrophe before a capitalised
    word ("Leaders' College")."""
    return doc[i].text in _NAME_JOINERS or (doc[i].tag_ == "POS" or doc[i].text in ("'", "’")) and \
        doc[i + 1:i + 2].text.istitle()


def _apposed_proper_name(head) -> bool:
    """True when a common noun has a capitalised name of no person in apposition: "the grid
    operator, Eastline"."""
    words = _apposed_proper_words(head) if head.pos_ == "NOUN" and head.is_lower else None
    # a person's name in the NER's reading may end as a company's does ("the operator, Harmon Bulk,")
    return bool(words) and len(words) <= 4 and (
        all(t.ent_type_ != "PERSON" for t in words) or words[-1].lower_ in COMPANY_WORDS and
        not has_given_name(words))


# a company's listing after its name ("(NASDAQ: SBLW)", "(LSE: HRW)"), and the corporate suffix before it
_TICKER = re.compile(r"\s*" + LISTING)
_SUFFIX_AT_END = re.compile(r",?\s+(?:" + _SUFFIXES + r"|Co|SA|Limited|Incorporated)\.?$")


# a body's office that speaks for it: "the press service of X", "the press office of X", "the information department
# of X" (X speaks)
_SPOKES_FOR = re.compile(r"^(?:the\s+)?(?:press|media|information|public\s+relations|communications?)\s+"
                         r"(?:service|office|department|centre|center|unit|desk|secretariat)\s+of\s+(?:the\s+)?"
                         r"(?P<body>.+?)\s*$", re.IGNORECASE)


def _body_name(span) -> str:
    """The name of the body a mention denotes: a name in apposition ("The company, Skarholm
    Lines,"), a name after a company noun ("the pharmacy chain Wellspring"), the name its head
    belongs to ("the United Nations"), else the words up to its head ("the Russian government",
    not "Russian")."""
    head = head_token(span)
    spokes = _SPOKES_FOR.match(span.text)
    if spokes is not None and spokes.group("body")[:1].isupper():
        return spokes.group("body")  # "the press service of the Prosecutor General's Office": the office speaks
    ticker = _TICKER.search(span.text)
    if ticker is not None and ticker.start() > 0:
        # "Sablewick Systems, Inc. (NASDAQ: SBLW), a maker of ...": the name before its listing, not the ticker
        return _SUFFIX_AT_END.sub("", strip_determiner(span.text[:ticker.start()].rstrip(" ,")))
    spelled = _SPELLED_OUT.match(span.text)
    if spelled and _initials(spelled.group("name")) == spelled.group("short").upper():
        return spelled.group("name")  # "The Local Government Association (LGA)": the name, not its initials
    if spelled and spelled.group("short").isupper() and _ends_on_body_word(_last_body_name(spelled.group("name"))):
        # "the Disaster and Emergency Directorate (AFEM)": the name, not its initials in its own language
        return _last_body_name(spelled.group("name"))
    friends = friends_of_name(head)
    if friends is not None:
        return friends.text  # the NER's "Friends of the" and "Fjord" are one name
    words = _apposed_proper_words(head)
    if not words and head.i < span.end - 1 and span.doc[head.i + 1].text == ",":
        # a name after the comma the parser did not hang as an appositive: "The lobby group, [the Clubs and
        # Gaming Alliance],"
        named = [e for e in span.ents if e.label_ == "ORG" and e.start == head.i + 2 and e.end == span.end] \
            if head.pos_ == "NOUN" else []
        if named:
            return strip_determiner(named[0].text)
    if words:  # as written when only "&", "/", "-" join its words ("Maple & Moss"), not "Eastline (EL"
        between = [t for t in span.doc[words[0].i:words[-1].i + 1] if t not in words]
        glued = all(t.text in ("&", "/", "-", "'") for t in between)
        return span.doc[words[0].i:words[-1].i + 1].text if glued else " ".join(t.text for t in words)
    named = next((company_noun_before(t) for t in span if company_noun_before(t) is not None), None)
    if named is not None:
        return named.text  # "the New England pharmacy chain Wellspring": Wellspring
    if head.ent_type_ in BODY_LABELS:
        start, end = head.i, head.i + 1
        while start > span.start and span.doc[start].ent_iob_ == "I":
            start -= 1
        while end < span.end and span.doc[end].ent_iob_ == "I":
            end += 1
        return strip_determiner(span.doc[start:end].text)
    if head.i >= span.start and head.i < span.end:
        if head.pos_ == "PROPN" and head.is_title:  # "The far-right [Alternative for Germany] (AfD)": the name alone
            return _proper_run(span, head)
        return strip_determiner(span.doc[span.start:head.i + 1].text)
    return strip_determiner(_first_body_name(span) or span.text)


def _proper_run(span, head) -> str:
    """The name a proper noun heads, without the lower-case words that describe it and with the "of", "for", "and"
    phrases that go on with it ("The far-right [Alternative for Germany] (AfD)", "the [U.S. Chamber of Commerce]")."""
    doc = span.doc
    first = span.start
    for token in doc[span.start:head.i]:
        if token.is_lower and token.lower_ not in _NAME_GLUE and token.pos_ != "DET" and token.tag_ != "POS" or \
                token.tag_ == "HYPH" and doc[token.i - 1].is_lower:
            first = token.i + 1  # "far-right": the name starts after the words that describe it
    last = head.i
    joined = False  # "and" goes on with a name only inside an "of" phrase: "Ministry of Trade and Industry", not
    # "Harwick Robotics and Lomond Systems"
    while last + 2 < span.end and doc[last + 1].lower_ in _NAME_GLUE and doc[last + 2].is_title and \
            doc[last + 2].pos_ == "PROPN" and (doc[last + 1].lower_ != "and" or joined):
        joined = joined or doc[last + 1].lower_ in ("of", "for")
        last += 2
        while last + 1 < span.end and doc[last + 1].is_title and doc[last + 1].pos_ == "PROPN":
            last += 1
    return strip_determiner(doc[first:last + 1].text)


# a body's name spelled out, then its initials in brackets: "the Local Government Association (LGA)"
_SPELLED_OUT = re.compile(r"^(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,7})"
                          r"\s*\((?P<short>[A-Z]{2,8}|[A-Z][a-z]{2,7})\)$")  # "(Nuew)": initials as a word


# initials in brackets after a name anywhere in the text: "The National Environment Agency (NEA) will spend ..."
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,7}[A-Z]\.?")  # "C.B.P.", "U.N.", "D.A" (a headline's last point cut)
# a run of capitalised words on one line, "U.S." whole, never across a sentence's end ("Preston. Chief Adams")
_CAPITALISED_RUN = re.compile(r"\b(?:(?:[A-Z]\.){2,}|[A-Z][\w'’&-]*)(?:[ \t]+(?:(?:and|of|for|on|the|de|&)[ \t]+)*"
                              r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’&-]*))+")
_INITIALS_IN_BRACKETS = re.compile(r"(?<=[\w.])\s*\(([A-Z]{2,8})\)")
_NAME_GLUE = frozenset({"of", "for", "and", "on", "the", "de", "du", "des", "&"})


def _spelled_before(before: str, initials: str) -> str | None:
    """The name whose capitalised words give ``initials``, ending where ``before`` ends: "National
    Environment Agency" before "(NEA)"; None when the words before spell something else."""
    taken: list[str] = []
    for word in reversed(before.split()):
        spelled = " ".join(taken)
        if initials in (_initials(spelled), _initials(spelled, loose=True)) or \
                len(_initials(spelled, loose=True)) > len(initials):
            break
        if not word[:1].isupper() and (word.lower() not in _NAME_GLUE or not taken):
            return None
        taken.insert(0, word)
    name = " ".join(taken)
    return name if name[:1].isupper() and initials in (_initials(name), _initials(name, loose=True)) else None


def _spelled_before_loosely(before: str, initials: str) -> str | None:
    """The name of capitalised words right before initials in brackets that the initials abbreviate leaving one
    word out ("United Nations Refugee and Displacement Agency" before "(URDA)"), or that spell "U.N." as two
    letters ("U.N. Office for Humanitarian Coordination" before "(UNOHC)"); first and last letters must agree."""
    if len(initials) < 3:
        return None
    taken: list[str] = []
    for word in reversed(before.split()):
        if not word[:1].isupper() and (word.lower() not in _NAME_GLUE or not taken):
            break
        taken.insert(0, word)
        letters = "".join("".join(re.findall(r"[A-Z]", w)) if re.fullmatch(r"(?:[A-Z]\.)+", w) else w[0]
                          for w in taken if w[:1].isupper())
        if letters == initials or len(letters) == len(initials) + 1 and letters[0] == initials[0] and \
                letters[-1] == initials[-1] and _subsequence(initials, letters):
            return " ".join(taken)
        if len(letters) > len(initials) + 1:
            break
    return None


def _ends_on_body_word(run: str) -> bool:
    """True for a name that ends on a body's word ("Harrowdale Hospitals Trust", and "Met centre" in a headline's
    sentence case), which the NER missed."""
    words = run.split()
    if "of" in words and not any(w.lower() in BODY_NAME_ENDINGS or w.lower() in ORGANIZATION_WORDS
                                 for w in words[:words.index("of")]):
        return False  # "Mick Lynch of the RMT union": a person and the body he is of
    return len(words) >= 2 and words[-1].lower() in BODY_NAME_ENDINGS


def _speaks_for(name) -> bool:
    """True for a body's name that is the subject of a verb, or owns or employs someone who is ("The union's organiser,
    X, said", "X, organiser of the union, said")."""
    root = name.root
    if root.dep_ in ("poss", "compound"):
        holder = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in ("of", "for", "from", "at"):
        holder = root.head.head
    else:
        holder = root
    if holder.dep_ == "appos":
        holder = holder.head
    return holder.dep_ == "nsubj" and holder.head.pos_ in ("VERB", "AUX")


def _last_name_word(name) -> str:
    """The last word of a body's name, in lower case and British spelling, without a possessive ending ("union" of
    "The Road Transport Workers' Union's")."""
    return _british(strip_determiner(name.text).split()[-1].lower().removesuffix("'s").removesuffix("’s"))


def _british(word: str) -> str:
    """A word in the British spelling of "-ise" nouns ("organization" -> "organisation"), to compare spellings."""
    return word.replace("ization", "isation").replace("center", "centre")


def _subsequence(short: str, long: str) -> bool:
    """True when the letters of ``short`` appear in ``long`` in order."""
    rest = iter(long)
    return all(c in rest for c in short)


def _body_run_before(before: str) -> str | None:
    """The capitalised run of a body's name right before initials in brackets that do not spell it, as a body of
    another language is named in translation beside its own initials ("the Disaster and Emergency Directorate
    (AFEM)"): only a name that ends on a body's word."""
    runs = list(_CAPITALISED_RUN.finditer(before))
    if not runs or before[runs[-1].end():].strip():
        return None
    run = _last_body_name(runs[-1].group())
    return run if _ends_on_body_word(run) else None


def _last_body_name(run: str) -> str:
    """The last name of a capitalised run: after "the" and after "and the" ("On Monday the Interior Ministry",
    "President Ruto and the Electoral Commission"; not inside "Disaster and Emergency Management Authority"), and
    without a word of time that opens a sentence ("Yesterday Lagos State Emergency Management Agency")."""
    run = re.split(r"\s(?:(?:and|&)\s+)?(?:the|The)\s", run)[-1]
    words = run.split()
    if len(words) > 2 and words[0].lower() in _RUN_OPENERS:
        run = " ".join(words[1:])
    return run


# words that open a sentence before a body's name without being part of it
_RUN_OPENERS = frozenset({"yesterday", "today", "tonight", "earlier", "later", "meanwhile", "separately"}) | \
    _CALENDAR_WORDS


def _one_word_before(before: str, initials: str) -> str | None:
    """The one capitalised word that initials in brackets stand for, as parties and bodies named in another language
    abbreviate compounds ("the centre-left Sozialforum (SF)"): it opens on their first letter, after a word in
    lower case."""
    words = before.split()
    if len(words) < 2 or not words[-1][:1] == initials[0] or not words[-1].isalpha() or not words[-2][:1].islower():
        return None
    return words[-1] if len(words[-1]) > len(initials) else None


# the offices "the head of ..." names: of state, of government, of a region (as Russian agencies call a governor)
_HEAD_OF = {"state": frozenset({"president", "king", "queen", "emir", "monarch", "sultan", "governor-general"}),
            "government": frozenset({"prime minister", "first minister", "premier", "chancellor", "taoiseach"}),
            "the region": frozenset({"governor"}), "the republic": frozenset({"president"})}


def _plain(text: str) -> str:
    """Lower case without accents ("Kovář" -> "kovar"), as handles and addresses spell names."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _holds_office(role: str | None, offices: frozenset[str]) -> bool:
    """True when a role is one of ``offices`` ("Prime Minister of X" is "prime minister"), not a lesser or past one."""
    words = re.findall(r"[\w-]+", (role or "").lower())
    head = _role_head(role)
    return not any(w in _NOT_THE_OFFICE for w in words) and \
        (head in offices or any(f"{w} {head}" in offices for w in words))


def _without_points(initials: str) -> str:
    """Initials written with points as without ("D.A." -> "DA", "C.B.P." -> "CBP"); any other word as it is."""
    return initials.replace(".", "") if _DOTTED_INITIALS.fullmatch(initials) else initials


def _role_initials(role: str | None) -> set[str]:
    """The initials a role may be written as: of each run of two to five of its words that holds an office's
    word, with and without the small words ("Chief of Army Staff General" -> "COAS", "CAS", ...; "Prime
    Minister" -> "PM")."""
    words = [w.strip(",;:()") for w in (role or "").split() if w.strip(",;:()")]  # "Police ... Officer, SP"
    found = set()
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + 5) + 1):
            run = words[i:j]  # the office's own words: not "HP" of "Hewlett Packard chief executive"
            # and no initials of their own in the run: "US Secretary of State" is no "the US"
            if run[0][:1].isupper() and run[-1][:1].isupper() and any(w.lower() in ROLE_WORDS for w in run) and \
                    not any(w.isupper() and len(w) > 1 for w in run):
                found |= _initial_forms(run)
    return found


def _initial_forms(words: list[str]) -> set[str]:
    """The two ways an office is written by its initials: of every part of a hyphenated word ("Local Government
    Association" -> "LGA"), and of each word alone."""
    return {_initials(" ".join(words)), "".join(w[0].upper() for w in words)}


def _initials(name: str, loose: bool = False) -> str:
    """The capitals a name's words begin with, each part of a hyphenated word too ("Local Government
    Association" -> "LGA", "Inter-Services Public Relations" -> "ISPR", "Anti-Defamation League" -> "ADL");
    ``loose``: the Arabic article left out, as initials often leave it ("Ras Al Ghubba Football Association" ->
    "RGFA")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper() and
                   not (loose and w in _ARTICLE_WORDS))


_ARTICLE_WORDS = frozenset({"Al", "El"})


def _first_body_name(span) -> str | None:
    """The text of the first organization or place name inside a span, from token labels."""
    start = None
    for tok in span:
        inside = tok.ent_type_ in BODY_LABELS
        if inside and (start is None or tok.ent_iob_ == "B") and start is None:
            start = tok.i
        elif start is not None and (not inside or tok.ent_iob_ == "B"):
            return span.doc[start:tok.i].text
    return span.doc[start:span.end].text if start is not None else None


def _contains(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """True when ``words`` is the whole of ``name``, its first or its last words ("Okafor"
    of "Tom Okafor Jr." too)."""
    if len(name) > 1 and name[-1] in GENERATIONAL_SUFFIXES and words[-1:] != name[-1:]:
        name = name[:-1]
    n = len(words)
    if n == 0 or n > len(name):
        return False
    return name[-n:] == words or name[:n] == words


# a union's or an international body's leader by title: "general secretary of the union", "Secretary-General"
_GENERAL_SECRETARY = re.compile(r"(?:the\s+)?(?:general\s+secretary|secretary[\s-]general)\b")


def _role_in(role: str | None, same: frozenset[str]) -> bool:
    """True when ``role`` is headed by one of ``same``; a general secretary leads ("the union's leader")."""
    if _role_head(role) in same:
        return True
    return same is LEADER_WORDS and role is not None and _GENERAL_SECRETARY.match(role.lower()) is not None


def _same_role(word: str) -> frozenset[str]:
    """The role words that say what ``word`` says: any word for whoever leads ("chief", "head",
    "chairman") for one of them, else the word alone."""
    return LEADER_WORDS if word in LEADER_WORDS else frozenset({word})


def _role_head(role: str | None, *, abbreviated: bool = True) -> str | None:
    """The word a role is headed by: "minister" for "Defense Minister of X"; with ``abbreviated``,
    the word a title's abbreviation stands for ("senator" for "Sen.")."""
    if not role:
        return None
    before_preposition = _ROLE_TAIL.split(role.lower(), 1)[0].split()
    if not before_preposition:
        return None
    last = before_preposition[-1]
    if not abbreviated or last == "gov." and len(before_preposition) > 1 and before_preposition[-2] in _DEPUTIES:
        return last  # "Lt. Gov. Ana Lind" is no "the governor"
    return _TITLE_WORDS.get(last, last)


def _role_heads(role: str | None) -> set[str]:
    """The head words of a role and of each role joined to it: "owner" and "chairman" of "the club's chairman and
    majority owner"."""
    if not role:
        return set()
    heads = {_role_head(part) for part in re.split(r"\s+and\s+|\s*&\s*", _ROLE_TAIL.split(role, 1)[0])}
    if _PROSECUTING_OFFICE.search(role):
        heads.add("prosecutor")  # "Assistant District Attorney Renata Szabo" is the prosecutor of a headline
    return {head for head in heads if head} | {_role_head(role)} - {None}


_PROSECUTING_OFFICE = re.compile(r"\b(?:district|state'?s|prosecuting|commonwealth'?s|county|u\.?s\.?)\s+attorney\b",
                                 re.IGNORECASE)


# words for one role, each the other's: "the skipper" after "Kesarpur captain Shaurya Nandakumar"
_SAME_TITLE = {"skipper": ("skipper", "captain"), "captain": ("captain", "skipper")}


def _holds_role(person: Person, word: str, details: Iterable[str] = (), *, abbreviated: bool = True,
                other_names: bool = False) -> bool:
    """True when ``word`` heads the person's role ("minister" for "Defense Minister of X"; with
    ``abbreviated``, "senator" for "Sen.") and the role holds every word of ``details``
    ("french" of "the French president"; with ``other_names``, a party's by any of its names: "tory" of
    "Conservative leader")."""
    if _role_head(person.role, abbreviated=abbreviated) not in _SAME_TITLE.get(word, (word,)) and \
            not _office_under_titles(person.role, word) and _rank_of(person.role) != word:
        return False  # ("the colonel" of "Col. Anvar Reshetko, a spokesman for the military")
    role = person.role.lower()
    # the word itself is the office in "Deputy John Smith ... the deputy"
    if any(w in _NOT_THE_OFFICE and w != word and w not in details for w in re.findall(r"[\w-]+", role)):
        return False  # "Shadow treasurer Alana Kourakis" is not "the Treasurer"
    return all(re.search(rf"\b{re.escape(d)}", role) or d in (person.state or "").split() or
               other_names and any(re.search(rf"\b{re.escape(form)}(?:s|ic|ies)?\b", role)
                                   for form in _DETAIL_FORMS.get(d, ())) for d in details)


def _nickname_of(verb) -> list[str]:
    """The nickname "known (in the peloton) as 'il Gatto', the Cat," or "nicknamed 'the Undertaker'" gives, each way it
    is written ("il Gatto", "the Cat"): the capitalised words the "as" (or the participle) takes, with "the"; [] when
    none ("made it known as talks stalled")."""
    if verb.tag_ != "VBN":
        return []
    if verb.lower_ == "known":
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
        heads = [c for p in preps for c in p.children if c.dep_ == "pobj"]
    else:
        heads = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr") and c.i > verb.i]
    names = []
    for head in heads[:1]:
        for noun in [head] + [c for c in head.children if c.dep_ == "appos"]:
            words = [t for t in noun.doc[noun.left_edge.i:noun.i + 1] if not t.is_punct]
            if words and noun.pos_ == "PROPN" and noun.is_title and all(
                    t.is_title or t.lower_ in ("the", "il", "el", "la", "le") for t in words):
                names.append(" ".join(t.text for t in words))
    return names


def _nicknamed_one(verb):
    """Whom ``verb`` ("known", "nicknamed") gives a nickname, when it is someone named ("Garraway, 36, is known as
    ..."); None for no one named ("a striker known to fans as ...", "a group known as ...")."""
    holder = known_as_holder(verb)
    return holder if holder is not None and holder.pos_ == "PROPN" else None


def _named_as_rival(name) -> bool:
    """True when a title before a body's name makes it a rival ("rival lab Corvane", "rival chipmaker Sarnova")."""
    doc = name.doc
    for token in reversed(doc[max(name.sent.start, name.start - 3):name.start]):
        if token.lower_ in ("rival", "rivals", "competitor"):
            return True
        if not token.is_lower or token.pos_ not in ("NOUN", "ADJ"):
            return False
    return False


def _body_owner(head) -> str | None:
    """The capitalised name that owns an office ("Tessaly" of "Tessaly's chief executive", "Orrin Mobile" of "Orrin
    Mobile's chief executive"), lower-cased; None when none does."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    words = [c for c in owner.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [owner]
    return " ".join(t.lower_ for t in words)




def _of_another_body(role: str | None, owner: str | None) -> bool:
    """True when a role names the body its office is of or at and ``owner`` (the name a mention gives the office's
    body: "tessaly" of "Tessaly's chief executive") is none of its names nor their initials ("the chief executive of
    rival phone maker Orrin"; not "chief executive of the Kesteln-based company", "chief executive at the company
    since March", "ambassador to Kesteln")."""
    if not role or not owner:
        return False
    tail = re.split(r"\s(?:of|at)\s", role, maxsplit=1)
    body = _ROLE_TAIL.split(tail[1], 1)[0] if len(tail) > 1 else ""  # "the company" of "the company since March"
    names = [w for w in re.findall(r"\b[A-Z][\w-]*", body) if "-" not in w and w.lower() not in _CALENDAR_WORDS]
    names += re.findall(r"\b([A-Z][\w-]*)['’]s\b", tail[0])  # "Orrin's chief executive"
    if not names:
        return False
    owned = {n.lower() for n in names}
    initials = "".join(n[0] for n in names).lower()
    return not (set(owner.split()) & owned or owner.replace(" ", "") in initials)


# a party's other names: "the Tory leader" is the Conservative leader, "the GOP senator" the Republican one
_PARTY_NAMES = (("tory", "conservative"), ("gop", "republican"), ("lib", "liberal"), ("dem", "democrat"))
_DETAIL_FORMS = {word: names for names in _PARTY_NAMES for word in names}


# "His Highness", "Her Excellency", "His Majesty": a style of address that stands for someone named before with it
_FORM_OF_ADDRESS = re.compile(r"(?P<pronoun>His|Her|his|her)\s+(?:Royal\s+)?(?P<style>Highness|Excellency|Majesty)")
_ADDRESS_STYLES = {
    "highness": re.compile(r"\bH\.\s?H\.|\bH\.\s?R\.\s?H\.|\bHRH\b|\bHighness\b|\bSheikha?\b|\bPrince(?:ss)?\b|"
                           r"\bEmir\b|\bSultan\b|\bEmira\b"),
    "excellency": re.compile(r"\bH\.\s?E\.|\bExcellency\b"),
    "majesty": re.compile(r"\bH\.\s?M\.|\bMajesty\b|\bKing\b|\bQueen\b|\bSultan\b|\bEmperor\b"),
}

# the words that stand for a body named before with that word ("the centre" after "the National Centre for
# Meteorology"; alone, "the centre" is as often a player or a party's middle ground)
_BODY_NAME_WORDS = ORGANIZATION_WORDS | {"centre", "center", "trust", "society", "foundation"}
# the abbreviated styles written before a name and its title ("H.H. Sheikh ...", "H.E. Dr. ...")
_STYLE_BEFORE = re.compile(r"(?:\b(?:H\.\s?[HEM]\.|H\.\s?R\.\s?H\.|HRH|(?:His|Her)\s+(?:Royal\s+)?"
                           r"(?:Highness|Excellency|Majesty))\s*)?"
                           r"(?:\b(?:Sheikh|Sheikha|Prince|Princess|Emir|King|Queen|Sultan)\s+)?$")
# a ruler's title in apposition right before a name ("The Emir of Qatar, Tamim bin Hamad Al Thani,")
_STYLE_APPOSED = re.compile(r"\b(?:Crown\s+)?(?:Emir|King|Queen|Sultan|Prince|Princess|Sheikh|Sheikha)\b"
                            r"(?:\s+of\s+[A-Z][\w ]{1,30})?,\s*$")
# a ruler's title in apposition right after a name (", Crown Prince of ...", ", Emir of ...")
_STYLE_AFTER = re.compile(r",\s+(?:the\s+)?(?:Crown\s+)?(?:Prince|Princess|Emir|King|Queen|Sultan|Sheikh)\b")
# a title of rulers before a capitalised name ("Sheikh Tamim", "King Abdullah"; not "Crown Prince of ...")
_STYLED_NAME = re.compile(r"\b(?:Sheikh|Sheikha|Prince|Princess|Emir|King|Queen|Sultan)(?:\s+[A-Z][a-z]+)+")
# what makes such a name a place's or a prize's ("the Prince Philip Hospital", "Queen Street", "King George V memorial")
_PLACE_WORD = re.compile(r"\s+(?:[IVX]+\s+)?(?i:hospital|street|road|avenue|hall|memorial|park|bridge|square|centre|"
                         r"center|college|school|university|stadium|airport|trust|foundation|fund|award|prize|cup|"
                         r"building|wing|gardens|theatre|museum|market|dock|infirmary)\b")

# offices whose last word is a rank ("Attorney General" is no attorney, "Lieutenant Colonel" no lieutenant), unlike
# "Defence Minister General Christopher Musa"
_OFFICES_ENDING_IN_RANK = frozenset({"attorney", "surgeon", "solicitor", "inspector", "auditor", "director",
                                     "secretary", "postmaster", "governor", "consul", "procurator", "prosecutor",
                                     "advocate", "accountant", "registrar", "comptroller", "paymaster", "adjutant",
                                     "lieutenant", "lt.", "lt", "brigadier", "major", "vicar", "receiver"})
# the office a word names under another name ("the premier" is the prime minister)
_OFFICE_NAMES = {"premier": ("prime minister",),
                 # Britain's secretaries of state are its ministers ("Minister says ..." of the Housing Secretary)
                 "minister": tuple(f"{portfolio} secretary" for portfolio in (
                     "home", "foreign", "housing", "health", "defence", "education", "culture", "environment",
                     "transport", "justice", "business", "energy", "work and pensions", "northern ireland",
                     "scotland", "wales", "levelling up", "science", "trade"))}


def _office_under_titles(role: str | None, word: str) -> bool:
    """True when ``word`` is the office of a role whose head is a title of rank written after it ("Foreign Office
    Spokesperson Ambassador": "the spokesperson"), or the office under another name ("the premier" of "Prime
    Minister")."""
    words = _ROLE_TAIL.split((role or "").lower(), 1)[0].split()
    if word in _OFFICE_NAMES and any(name in " ".join(words) for name in _OFFICE_NAMES[word]):
        return not any(w in _NOT_THE_OFFICE for w in words)
    if word not in words[:-1]:
        return False
    after = words[len(words) - 1 - words[::-1].index(word) + 1:]
    return all(w in RANK_TITLES for w in after) and word not in _OFFICES_ENDING_IN_RANK


def _chief_officer_of(role: str | None, fields: list[str]) -> bool:
    """True for a role that opens on "Chief" and holds every word of ``fields`` ("Chief Health Officer" of
    "health")."""
    words = (role or "").lower().split()
    return len(words) > 1 and words[0] == "chief" and all(field in words for field in fields)


def _holds_office_of(role: str | None, same: frozenset[str]) -> bool:
    """True when ``role`` is headed by one of ``same``, before a title of rank too, or its rank is one ("colonel" of
    "Col. army's spokesman")."""
    return bool(_role_heads(role) & same) or _rank_of(role) in same or \
        any(_office_under_titles(role, word) for word in same)  # "Minister Professor Ruvimbo Marange"


def _rank_of(role: str | None) -> str | None:
    """The rank written before an office in a role ("colonel" of "Col. army's spokesman"), or None."""
    words = (role or "").lower().split()
    return _TITLE_WORDS.get(words[0], words[0]) if len(words) > 1 and words[0] in RANK_TITLES else None


def _rank_alone(role: str | None) -> bool:
    """True when a role is only a title of rank or address ("Col.", "Dr"), which says nothing of the office held."""
    return bool(role) and all(w in RANK_TITLES for w in role.lower().split())


def _another_office(role: str | None, words: list[str]) -> bool:
    """True when ``role`` has the head word of ``words`` and a word that makes it another office ("shadow defence
    secretary" for "defence secretary"; not for "shadow secretary", nor "assistant district attorney" for
    "prosecutor")."""
    return _role_head(role) == words[-1] and any(w in _NOT_THE_OFFICE and w not in words
                                                 for w in re.findall(r"[\w-]+", (role or "").lower()))


# words that make a role another office than its head word names: "the treasurer" is not the shadow treasurer
_NOT_THE_OFFICE = frozenset({"shadow", "deputy", "vice", "assistant", "former", "ex", "opposition", "under"})


# a party-and-state tag after a lawmaker's name: ", R-Ariz.,", " (D-N.Y.)", " (R-TX)"
_PARTY_STATE = re.compile(r"\s*[,(]\s*[RDI]-((?:[A-Z][a-z]*\.?){1,2}(?:\s?[A-Z][a-z]*\.?)?)\s*[,)]")


# an age beside a name: "Aoife Brannigan, 51, general secretary", "Tom Reyes (34)"
_STATED_AGE = re.compile(r",\s*(\d{1,3})\s*[,.;]|\s*\((\d{1,3})\)")


def _stated_age(text: str, end: int) -> int | None:
    """The age written right after a name ending at ``end``, if any."""
    m = _STATED_AGE.match(text, end)
    return int(m.group(1) or m.group(2)) if m else None


def _tagged_state(text: str, end: int) -> str | None:
    """The state named by the party-and-state tag right after a name ending at ``end``, if any."""
    m = _PARTY_STATE.match(text, end)
    return STATE_NAMES.get(m.group(1).lower()) if m else None


def _titled_justice(person: Person) -> bool:
    """True for a judge titled "Justice" ("Justice Ann Reyes", "Madam Justice Reyes")."""
    return _role_head(person.role, abbreviated=False) == "justice"


def _role_details(span, head) -> list[str]:
    """The words that narrow a role mention down: "french" and "former" in "the former French
    president"; a word of praise or time ("new", "embattled") narrows nothing."""
    return [t.lower_ for t in span if t.i != head.i and t.head.i == head.i and t.dep_ in ("amod", "compound", "nmod")
            and t.pos_ in ("ADJ", "PROPN", "NOUN") and t.lower_ not in _VAGUE_DETAILS]
