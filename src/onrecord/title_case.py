"""Lines in Title Case, parsed as the sentences they are.

Many outlets capitalise every word of a headline ("Governor Vows Veto of Tax Bill", "Trump
Says Clinton Is Unfit to Lead"). The English model reads a capitalised word as a name:
"Vows" and "Says" become proper nouns, the line a string of names, and a headline that
states something states nothing to the rules. ``title_case_lines`` parses such a line
again with its common words in lower case and puts that parse (tags, lemmas, tree,
entities) on the line's tokens. The text and the offsets stay as written: changing the
case of a letter changes no length, so every token of the second parse sits where its
token of the first does.

A word is written in lower case when the rest of the article writes it so ("veto" in "a
veto of the bill"), and otherwise when it is a function word or an inflected headline verb
("Vows", "Slammed"); a word the article capitalises and never writes in lower case
("Clinton", "Green, a Tennessee Republican") is a name and stays, as do a function word
between two names ("Coach Will Muschamp"), the first word of the line or of a clause in it,
acronyms and "I".
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from .nlp import doc_text

TITLE_CASE = "onrecord_title_case"
# words Title Case may leave in lower case ("Veto of Tax Bill", "Unfit to Lead")
_SMALL_WORDS = frozenset("""a an the and or but nor of in on at to for by with from as vs via per up into onto
off out over than so yet""".split())
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")  # "Isn’t", "Re-Election", not the closing mark of "‘Demoralizing’"
# a headline may be three words ("Critics Slam Plan"); a line of three further down is mostly a subhead of a release
# ("Conference Call Information"), which says nothing and which lower case would make a sentence
_MIN_HEADLINE_WORDS, _MIN_WORDS, _MAX_WORDS = 3, 4, 30
# a clause opens the line, or after these (a colon, a sentence's end, a quotation mark opening the line or after a
# colon): its first word stays ("Lopez: 'We Will Win'"; not a word in scare quotes, "Reveals 'Demoralizing' Past")
_CLAUSE_OPENERS = re.compile(r"(?:[:.!?—–/|]|^|(?:^|[:/|])\s*[\"“‘'«])\s*$")
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
# The verbs of headlines, lowered in their inflected forms ("Vows", "Slammed", "Seeking") and as a bare form after
# "to" or a modal ("Will Not Seek"); not as a bare capitalised word, which is as often a name ("Hope Hicks", "Grant
# Shapps"). Speech and stance first, then the acts headlines report.
HEADLINE_VERBS = frozenset("""
say tell vow warn urge slam blast back call deny admit claim accuse defend reject pledge promise demand insist praise
criticize criticise condemn question threaten announce reveal unveil confirm seek want plan hope expect fear ask argue
predict suggest blame attack lash hit rip mock dismiss refuse decline dispute doubt concede acknowledge apologize
apologise thank hail welcome endorse oppose support propose push press rule order sue caution stress tout float
weigh mull consider eye signal hint boast complain lament testify plead recall repeat reiterate respond reply counter
fire hire name appoint pick choose block pass sign win lose kill approve open close cut raise launch file drop quit
resign arrest charge jail free ban halt delay extend end begin start face get give take make postpone cancel retire
""".split())
# irregular forms of those verbs
_IRREGULAR = {"said": "say", "told": "tell", "sought": "seek", "hit": "hit", "won": "win", "lost": "lose",
              "began": "begin", "begun": "begin", "got": "get", "gave": "give", "given": "give", "took": "take",
              "taken": "take", "made": "make", "cut": "cut", "quit": "quit"}
_GIVEN_STOP_WORDS = frozenset({"will", "may"})  # function words that are given names too
# irregular forms that are given names too ("Drew", "Rose"): never lowered by their form alone
_NAME_FORMS = frozenset({"drew", "rose", "bore", "lay", "saw", "wore", "bid", "bob", "pat", "sat"})
# given names that are words too ("Mark", "Hope", "Summer"): kept before a surname the article writes as a name
_GIVEN_NAME_WORDS = frozenset({"mark", "hope", "summer", "grant", "bill", "chase", "sue", "rob", "drew", "pat",
                               "rose", "faith", "joy", "dawn", "june", "april", "wade", "bob", "don", "dean", "hunter",
                               "amber", "ruby", "holly", "grace", "pearl", "jack", "frank", "guy", "miles", "penny",
                               "gene", "pierce", "rod", "reed", "lane", "cash", "will", "may", "sky", "river"})
# roles written before a name that are no titles: lowered as a sentence-case headline writes them
_ROLE_NOUNS = frozenset({"aide", "aides", "adviser", "advisor", "advisers", "spokesman", "spokeswoman", "spokesperson",
                         "lawyer", "lawyers", "official", "officials", "analyst", "analysts", "economist",
                         "strategist", "pollster", "boss"})
_IRREGULAR_MARK = "~"  # an irregular form in the verb set, apart from the base forms
_AFTER_BASE = frozenset({"to", "will", "would", "not", "can", "could", "should", "may", "might", "must", "won't",
                         "can't", "didn't", "doesn't", "don't"})


@Language.factory(TITLE_CASE)
def make_title_case(nlp: Language, name: str) -> "TitleCaseLines":
    return TitleCaseLines(nlp, name)


class TitleCaseLines:
    """The pipeline component: runs after the others, and parses each Title Case line again with them."""

    def __init__(self, nlp: Language, name: str = TITLE_CASE) -> None:
        self.nlp = nlp
        self.name = name
        self._verbs: frozenset[str] | None = None

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        # the lines of a batch are parsed together: one pass of each component over all of them
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._fix(batch)
                batch = []
        yield from self._fix(batch)

    def _fix(self, docs: list[Doc]) -> list[Doc]:
        jobs = [(doc, start, lowered) for doc in docs for start, lowered in title_case_lines(doc_text(doc),
                                                                                           self.verbs)]
        if not jobs:
            return docs
        reparsed = [self.nlp.make_doc(lowered) for _, _, lowered in jobs]
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                continue
            reparsed = list(proc.pipe(reparsed)) if hasattr(proc, "pipe") else [proc(d) for d in reparsed]
        for (doc, start, _), line in zip(jobs, reparsed):
            _copy_parse(doc, start, line)
        return docs

    @property
    def verbs(self) -> frozenset[str]:
        """The verbs whose inflected forms are lowered: ``HEADLINE_VERBS`` and those the model's rule lemmatizer
        knows, with their irregular forms ("hid", "spoke")."""
        if self._verbs is None:
            self._verbs = HEADLINE_VERBS | _lemmatizer_verbs(self.nlp)
        return self._verbs


def _lemmatizer_verbs(nlp: Language) -> frozenset[str]:
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer = getattr(lemmatizer, "stock", lemmatizer)  # the array version keeps spaCy's own
    try:
        tables = lemmatizer.lookups
        irregular = {form for form in tables.get_table("lemma_exc")["verb"] if form not in _NAME_FORMS}
        return frozenset(tables.get_table("lemma_index")["verb"]) | frozenset(f"{_IRREGULAR_MARK}{form}"
                                                                               for form in irregular)
    except (AttributeError, KeyError):
        return frozenset()


def title_case_lines(text: str, verbs: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """The lines of ``text`` written in Title Case, each as (offset of its first character, the line with its
    common words in lower case); lines that lower-casing leaves as they are are left out."""
    lines = []
    offset = 0
    for raw in text.split("\n"):
        start, line = offset + len(raw) - len(raw.lstrip()), raw.strip()
        offset += len(raw) + 1
        words = list(_WORD.finditer(line))
        if _title_case_line(words, first=not text[:start].strip()):
            lines.append((start, line, words))
    if not lines:
        return []
    # how the article writes a word is read off the rest of it: the Title Case lines would count every word a name
    rest = text
    for start, line, _ in lines:
        rest = rest[:start] + " " * len(line) + rest[start + len(line):]
    counts = _case_counts(rest)
    found = []
    for start, line, words in lines:
        lowered = _lowered(line, words, counts, verbs)
        if lowered != line:
            found.append((start, lowered))
    return found


def _title_case_line(words: list[re.Match], first: bool) -> bool:
    least = _MIN_HEADLINE_WORDS if first else _MIN_WORDS
    return least <= len(words) <= _MAX_WORDS and _in_title_case(words)


def _in_title_case(words: list[re.Match]) -> bool:
    """Every word but the small ones opens with a capital, and the line is no run of capitals."""
    letters = [m.group() for m in words]
    if sum(w.isupper() and len(w) > 1 for w in letters) > len(letters) / 2:
        return False  # "SENATE PASSES BILL": capitals throughout, the model reads those otherwise
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in letters[1:])


def _case_counts(text: str) -> tuple[dict, dict]:
    """How often each word is written in lower case, and capitalised after a word or a comma (not opening a
    sentence), over the whole text."""
    lower: dict[str, int] = {}
    inside: dict[str, int] = {}
    for m in _WORD.finditer(text):
        word = m.group()
        if word[0].islower():
            lower[word] = lower.get(word, 0) + 1
        elif re.search(r"[\w,;]\s+$", text[max(0, m.start() - 3):m.start()]) and \
                "\n" not in text[max(0, m.start() - 3):m.start()]:
            inside[word] = inside.get(word, 0) + 1
        else:  # opening a sentence or a quote's attribution ('," Cook said'): a name only if never in lower case
            inside.setdefault(word, 0)
    return lower, inside


def _lowered(line: str, words: list[re.Match], counts: tuple[dict, dict], verbs: frozenset[str]) -> str:
    from spacy.lang.en.stop_words import STOP_WORDS

    lower, inside = counts
    decided: list[bool | None] = []  # lowered, kept, or None: a stop word its neighbours decide
    for k, m in enumerate(words):
        word = m.group()
        small = word.lower()
        if not word[0].isupper() or word.isupper() and len(word) > 1 or word == "I" or word.startswith(("I’", "I'")) \
                or _CLAUSE_OPENERS.search(line[:m.start()]) or not line[:m.start()].strip():
            decided.append(False)  # lower already, an acronym, "I", or the first word of the line or of a clause
            continue
        lower_uses, name_uses = lower.get(small, 0), inside.get(word)
        if name_uses is not None and (name_uses >= lower_uses or not lower_uses):
            decided.append(False)  # the article writes it as a name ("Green, a Tennessee Republican")
        elif small in _GIVEN_NAME_WORDS and k + 1 < len(words) and not line[m.end():words[k + 1].start()].strip() \
                and _written_as_name(words[k + 1].group(), counts):
            decided.append(False)  # a given name before a surname the article writes ("Senators Mark Warner And")
        elif small in _ROLE_NOUNS:
            decided.append(True)  # "Trump Aide Hope Hicks": the role before a name, which no title is
        elif small in _GIVEN_STOP_WORDS or small in STOP_WORDS and not lower_uses:
            decided.append(None)  # decided by its neighbours below
        elif lower_uses:
            decided.append(True)
        else:
            before = words[k - 1].group().lower() if k else ""
            # a bare form after "to", a modal or a plural ("Will Not Seek", "Critics Slam Plan"), not after a given
            # name or a title ("Hope Hicks", "Aide Grant Shapps")
            plural = before.endswith("s") and not before.endswith("ss") and before not in STOP_WORDS  # not "Also"
            # (or after a name, when no name follows: "Lee And Rashida Tlaib Slam Budget Cuts", not "Aide Grant Shapps")
            after_name = k > 0 and small in HEADLINE_VERBS and _written_as_name(words[k - 1].group(), counts) and \
                not (k + 1 < len(words) and _written_as_name(words[k + 1].group(), counts))
            bare = small in verbs and (before in _AFTER_BASE or plural) or after_name
            decided.append(_a_verb(small, verbs) or bare)
    chars = list(line)
    for k, m in enumerate(words):
        lowered = decided[k]
        if lowered is None and m.group().lower() not in _GIVEN_STOP_WORDS:
            lowered = True
        if lowered is None:  # "Will", "May" between two names are part of them ("Coach Will Muschamp"), or after a
            # name and before a verb no modal takes ("Theresa May Says")
            named_before = k > 0 and decided[k - 1] is False and words[k - 1].group()[0].isupper() and \
                not _CLAUSE_OPENERS.search(line[:words[k - 1].start()]) or k == 1
            lowered = not (named_before and (k + 1 == len(words) or decided[k + 1] is False and
                                             words[k + 1].group()[0].isupper() or
                                             _a_verb(words[k + 1].group().lower(), verbs) and
                                             words[k + 1].group().lower().endswith("s")))
        if lowered:
            small = m.group().lower()
            chars[m.start()] = small[0]
            chars[m.start() + 1:m.end()] = small[1:]
    return "".join(chars)


def _written_as_name(word: str, counts: tuple[dict, dict]) -> bool:
    """True for a word the article capitalises in mid-sentence and never writes in lower case ("Warner")."""
    lower, inside = counts
    return word[:1].isupper() and inside.get(word) is not None and not lower.get(word.lower(), 0)


def a_headline_verb(word: str) -> bool:
    """True for an inflected form of a headline verb ("Pledges", "Slammed"), whatever its case."""
    return _a_verb(word.lower(), HEADLINE_VERBS)


def _a_verb(word: str, verbs: frozenset[str]) -> bool:
    """An inflected form of a verb of ``verbs``: "vows", "slams", "denies", "backed", "seeking", "said"."""
    if _IRREGULAR.get(word) in verbs or f"{_IRREGULAR_MARK}{word}" in verbs:
        return True
    stems = []
    if (word.endswith("ies") or word.endswith("ied")) and len(word) > 5:  # "denied", not "Saied"
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        stems.append(word[:-1])
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1], word[:-3]]  # "backed", "vowed", "slammed"
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e", word[:-4]]  # "seeking", "vowing", "slamming"
    return any(stem in verbs for stem in stems)


def _copy_parse(doc: Doc, start: int, line: Doc) -> None:
    """Put ``line``'s annotations on the tokens of ``doc`` from character ``start``, when both tokenised the line
    alike (an apostrophe's case rule may split differently: then the first parse stays)."""
    first = next((t.i for t in doc if t.idx >= start), None)
    if first is None or first + len(line) > len(doc):
        return
    if any(doc[first + k].idx != start + t.idx or len(doc[first + k]) != len(t) for k, t in enumerate(line)):
        return
    table = doc.to_array(_ATTRS)
    table[first:first + len(line)] = line.to_array(_ATTRS)
    doc.from_array(_ATTRS, table)
    if doc.has_annotation("ENT_IOB") and line.has_annotation("ENT_IOB"):
        end = start + len(line.text)
        kept = [e for e in doc.ents if e.end_char <= start or e.start_char >= end]
        moved = [doc.char_span(start + e.start_char, start + e.end_char, label=e.label_) for e in line.ents]
        doc.ents = sorted(kept + [span for span in moved if span is not None], key=lambda e: e.start)


_LINES_KEY = "onrecord.title_case_lines"


def in_title_case_line(token) -> bool:
    """True when ``token`` stands in a line written in Title Case, where a capital is no sign of a name ("Governor
    Vows Veto": "Vows" is no part of the governor's name). Read off the text, so that it holds for a Doc read back
    from disk too; each line is judged once per Doc."""
    doc = token.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, token.idx) + 1
    judged = doc.user_data.setdefault(_LINES_KEY, {})
    if start not in judged:
        end = text.find("\n", start)
        words = list(_WORD.finditer(text[start:end if end >= 0 else len(text)].strip()))
        judged[start] = _title_case_line(words, first=not text[:start].strip())
    return judged[start]
