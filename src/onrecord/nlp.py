"""The spaCy pipeline: loading it by name, with the two components onrecord adds to it
and a tokenizer that splits off quotation marks glued to words; ``doc_text``, the text of
a parsed document read once for all stages; ``tokens_in``, the tokens whose word is on a
list; ``hyphen_in_word``, a hyphen that joins a word rather than setting a phrase off.

``apostrophe_norms`` runs first and gives a word written with a typographic apostrophe
("O’Donnell") the norm of its ASCII spelling, which is what the model's embeddings read.
``line_breaks`` runs before the parser and starts a sentence after every paragraph
break, so that no sentence (and so no statement) runs from a headline, a dateline or
page furniture into the body. Hard-wrapped lines inside a paragraph are left alone.
"""
from __future__ import annotations

import re
from typing import Collection, Sequence

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .errors import error

LINE_BREAKS = "onrecord_line_breaks"
APOSTROPHE_NORMS = "onrecord_apostrophe_norms"
_TEXT_KEY = "onrecord.text"
_VALUES_KEY = "onrecord.distinct_values"
_SENTENCE_END = tuple('.!?:;"”’»)')
# a line shorter than this that ends without punctuation is a line of its own
# (a headline, a dateline, "GO BACK"), not a hard-wrapped part of a paragraph
_SHORT_LINE = 60
# a line longer than this is no line of a text wrapped at a fixed width (those wrap at 60 to 80 characters)
_WRAPPED_LINE = 120


# a run of white space that holds a line break
_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")


def doc_text(doc: Doc) -> str:
    """The text of ``doc``, built on the first call and kept in ``doc.user_data``.

    spaCy's ``Doc.text`` joins a new Token object per token on every access; the stages
    read it several times per article, which cost a fifth of the rules' time.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def hyphen_in_word(token) -> bool:
    """True for a hyphen inside a word ("three-quarters", "its vice-chancellor"), also where the tagger took it for a
    noun of its own, as it does in "co-founder" and "vice-chancellor"."""
    if token.i > 0 and token.whitespace_ and token.doc[token.i - 1].whitespace_:
        return False  # "BERLIN (Reuters) - Rail operator ...": spaced, a dash whatever the tagger read
    return token.tag_ == "HYPH" or token.text == "-" and 0 < token.i < len(token.doc) - 1 and \
        not token.whitespace_ and not token.doc[token.i - 1].whitespace_


def tokens_in(doc: Doc | Span, words: Collection[str], attrs: Sequence[int] = (LOWER,)) -> list:
    """The tokens whose value of one of ``attrs`` (LOWER, LEMMA...), lower-cased, is in ``words``.

    Read from the document's table of distinct values (``_distinct_values``), each looked
    up once: iterating the Doc builds a Token object for every word, and most words of an
    article are on no list. ``doc`` may be a Span: its tokens only.
    RETURNS (list[Token]): in text order.
    """
    whole = doc.doc if isinstance(doc, Span) else doc
    if not len(doc):
        return []
    hits = np.zeros(len(whole), dtype=bool)
    for attr in attrs:
        inverse, values = _distinct_values(whole, attr)
        known = np.fromiter((value in words for value in values), dtype=bool, count=len(values))
        hits |= known[inverse]
    start, end = (doc.start, doc.end) if isinstance(doc, Span) else (0, len(whole))
    return [whole[i] for i in (np.nonzero(hits[start:end])[0] + start).tolist()]


def _distinct_values(doc: Doc, attr: int) -> tuple[np.ndarray, list[str]]:
    """For one attribute: each token's index into the document's distinct values, and those values in lower case;
    built on the first call and kept in ``doc.user_data``, as the stages after the parse look up word lists
    there a dozen times per article and change no token's attributes."""
    tables = doc.user_data.setdefault(_VALUES_KEY, {})
    table = tables.get(attr)
    if table is None:
        distinct, inverse = np.unique(doc.to_array(attr), return_inverse=True)
        strings = doc.vocab.strings
        table = tables[attr] = (inverse.reshape(-1), [strings[key].lower() if key else "" for key in distinct.tolist()])
    return table


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Mark a sentence start after each blank line, and after a line break that ends a line; forbid one after a
    word that nothing ends.

    Works on the text with a regular expression and finds the token by binary search
    over token offsets: a loop over every token in Python cost a tenth of the parse.
    """
    text = doc_text(doc)  # kept for the stages after the parse
    if len(doc) < 2:
        return doc
    starts = doc.to_array(IDX)
    _after_closing_abbreviations(doc, text, starts)
    if "\n" in text:
        _after_line_breaks(doc, text, starts)
    _no_start_without_a_mark(doc, text, starts)
    _no_start_after_titles(doc, text, starts)
    return doc


def _hard_wrapped(text: str) -> bool:
    """Whether the text's lines are wrapped at a fixed width, so that a line break may fall inside a sentence.

    A text wrapped at 70 or 80 characters holds most of its words in lines of up to ``_WRAPPED_LINE`` characters,
    with a long address, caption or copyright line here and there; a page saved with a paragraph per line holds most
    of them in long lines, and there a line break ends a line ("...9:12PMAnn Lind Hits Tom Reyes On Rate Rise" above
    "Ann Lind criticized ...") whatever its length and its last character.
    """
    lengths = [len(line) for line in text.split("\n")]
    longer = sum(n for n in lengths if n > _WRAPPED_LINE)
    return longer <= sum(lengths) - longer


def _ends_like_a_heading(line: str) -> bool:
    """True for a line that reads as a heading or a credit: one closed by a bracket ("... [Reuters]"), or one mostly
    of capitalised words and figures that ends on a word ("...9:12PMAnn Lind Hits Tom Reyes On Rate Rise"); not a
    sentence broken off ("..., telling", "the Chancellor,", "..., the lead prosecutor, Assistant U.S. Attorney").
    """
    if line[-1] in ")]":
        return True
    words = line.split()
    capitalised = sum(1 for word in words if word[0].isupper() or word[0].isdigit())
    return line[-1].isalnum() and capitalised * 2 > len(words)


def _after_line_breaks(doc: Doc, text: str, starts) -> None:
    """Mark a sentence start after each blank line and after a short line or one a mark ends."""
    wrapped = None
    for match in _LINE_BREAK.finditer(text):
        end = match.end()
        if end >= len(text) or match.start() == 0:
            continue
        if match.group().count("\n") < 2:
            line_start = text.rfind("\n", 0, match.start()) + 1
            line = text[line_start:match.start()].strip()
            if line and len(line) >= _SHORT_LINE and not line.endswith(_SENTENCE_END):
                if wrapped is None:
                    wrapped = _hard_wrapped(text)
                if wrapped or text[end].islower() or not _ends_like_a_heading(line):
                    continue  # a hard-wrapped line inside a paragraph (a small letter goes on with a sentence)
        i = int(np.searchsorted(starts, end, side="left"))
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
            if _opens_with_a_name(doc, i):
                doc[i + 1].is_sent_start = False  # "Lind | said ...": no one-word sentence


# what may end a sentence: its punctuation, a closing mark or bracket, a dash or a bullet, and the space of a line
_MAY_END = np.array(sorted(map(ord, '.!?;:"”’\'»«“‘„‚‹›「」『』)]…-—–•|*\n\r\t \xa0\u2028\u2029')), dtype=np.uint32)


def _no_start_without_a_mark(doc: Doc, text: str, starts) -> None:
    """Keep the parser from starting a sentence on a word after a word that no mark or line break ends.

    The parser sometimes cuts a long sentence in two at a word ("She said she felt the 13th | Amendment was worth
    ..."), and the cue loses its content to the second half. Done on arrays: one look-up per token in Python
    would cost a tenth of the parse.
    """
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    ends = starts + doc.to_array(LENGTH)
    after = codes[ends[:-1] - 1]  # the last character of each token but the last
    lines = np.concatenate(([0], np.cumsum(codes == 10)))
    gap_has_break = lines[starts[1:]] > lines[ends[:-1]]
    bare = ~np.isin(after, _MAY_END) & ~gap_has_break
    # a mark may still open one: a dateline's colon ("LAHORE | : | The court ...") stands apart
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    sent_starts = doc.to_array(SENT_START).astype(np.int64)
    blocked = np.concatenate(([False], bare)) & (sent_starts == 0) & (flags.sum(axis=1) == 0)
    if blocked.any():
        sent_starts[blocked] = -1
        doc.from_array([SENT_START], sent_starts.astype(np.uint64))


# An address or a province often ends a sentence, its period the sentence's: "... on Kingston Rd. Ana Lind
# said", "... from Regina, Sask. Police said"; kept one token (``add_abbreviations``), the parser ran them on.
_CLOSING_ABBREVIATION = re.compile(r"\b(?:Rd|Ave|Blvd|Cres|Hwy|Pkwy|Alta|Sask|Ont|Que|Nfld)\. +(?=[A-Z][a-z])")


def _after_closing_abbreviations(doc: Doc, text: str, starts) -> None:
    """Mark a sentence start at a capitalised word after a street's or a province's abbreviation."""
    for match in _CLOSING_ABBREVIATION.finditer(text):
        i = int(np.searchsorted(starts, match.end(), side="left"))
        if 0 < i < len(doc) and starts[i] == match.end():
            doc[i].is_sent_start = True


# A title before a name ends no sentence: "..., Transport Minister Hon. Nalaka Perera stated." (the parser started one
# at the name and the cue lost its content); not the abbreviations an address or a generation ends on ("Rd.", "Sr.")
_TITLE_BEFORE_NAME = re.compile(r"\b(?:Hon|Smt|Shri|Cllr|Coun|Sgt|Det|Supt|Insp|Cpl|Capt|Brig|Cmdr|Msgr|Atty|Engr|Hj)"
                                r"\. +(?=[A-Z][a-z])")


def _no_start_after_titles(doc: Doc, text: str, starts) -> None:
    """Forbid a sentence start at the capitalised word after a title's abbreviation on the same line."""
    for match in _TITLE_BEFORE_NAME.finditer(text):
        i = int(np.searchsorted(starts, match.end(), side="left"))
        if 0 < i < len(doc) and starts[i] == match.end() and not doc[i].is_sent_start:
            doc[i].is_sent_start = False


def _opens_with_a_name(doc: Doc, i: int) -> bool:
    """True when the paragraph at token ``i`` opens with a capitalised word and goes on on its line.

    After a headline line the parser often makes such a first word a sentence of its own
    ("Lind" | "said the plan would fail", "Ginette" | "Lapierre-Roy said ..."), and the
    speaker is lost. A one-letter bullet ("l The ...") may still stand alone.
    """
    if i + 1 >= len(doc):
        return False
    first, second = doc[i], doc[i + 1]
    return first.is_alpha and first.is_title and len(first) > 1 and not second.is_space and \
        not second.is_punct and "\n" not in doc_text(doc)[first.idx:second.idx]


# an apostrophe inside a word: "O’Donnell", "D’Souza", "rock’n’roll"
_TYPOGRAPHIC_APOSTROPHE = re.compile(r"(?<=\w)[’ʼ](?=\w)")


@Language.component(APOSTROPHE_NORMS)
def apostrophe_norms(doc: Doc) -> Doc:
    """Give each word with a typographic apostrophe inside it the norm of its ASCII spelling.

    The model learned from text written with ASCII apostrophes: it reads "O'Donnell" as a
    name and "O’Donnell" as an unknown common noun (tagged NOUN, its person an ORG), so a
    speaker spelled the way web pages spell him is lost. Its embeddings read the norm, so
    the norm is enough; the token's text and offsets stay as written.
    """
    text = doc_text(doc)
    if "’" not in text and "ʼ" not in text:
        return doc
    starts = doc.to_array(IDX)
    seen = -1
    for match in _TYPOGRAPHIC_APOSTROPHE.finditer(text):
        i = int(np.searchsorted(starts, match.start(), side="right")) - 1
        if i == seen or i < 0:
            continue
        seen = i
        token = doc[i]
        norm = token.norm_
        if "’" in norm or "ʼ" in norm:  # contractions ("n’t") keep the norm spaCy gives them
            token.norm_ = norm.replace("’", "'").replace("ʼ", "'")
    return doc


# A quotation mark glued to the words around it ('said,“Look', 'Lind:"We', 'paranoia,”Lind'),
# as pages copied without their spaces have it: spaCy's tokenizer keeps such a chunk as one
# token, and the cue and the quote are lost in it. Split off the mark, and the punctuation
# between a word and the mark, when a word follows.
_GLUED_QUOTES = (r"(?<=\w)[,;:.!?](?=[\"“”«»„]\w)", r"(?<=[\w,;:.!?])[\"“”«»„](?=\w)")
# a currency sign between a country's letters and the amount ("GH₵150"): one token of it all is read as
# punctuation, which breaks the parse of the clause around it
_GLUED_CURRENCY = r"(?<=[A-Z])[₵₦₹₱₲₴₸₺₼₽₾₡₭₮₩₫₪](?=\d)"


def split_glued_quotes(nlp: Language) -> None:
    """Add the infixes of ``_GLUED_QUOTES`` and ``_GLUED_CURRENCY`` to the tokenizer's own (a chunk without them
    is tokenized as before)."""
    finditer = nlp.tokenizer.infix_finditer
    own = getattr(finditer, "__self__", None)
    if not isinstance(own, re.Pattern) or _GLUED_QUOTES[1] in own.pattern:
        return  # a custom infix function, or already added
    nlp.tokenizer.infix_finditer = re.compile("|".join((own.pattern,) + _GLUED_QUOTES + (_GLUED_CURRENCY,))).finditer


# Abbreviations of Canadian and British news that spaCy's English exceptions lack, though they
# hold its US ones ("Calif.", "Gov."): provinces in datelines ("Coldwater Creek, Sask."), police
# and military ranks and "Coun." before names, street words in addresses ("Kingston Rd."). Split
# into a word and a period, each made the parser end a sentence: "Det." | "Sgt." | "Paul Reyes
# said ...", or a reported clause cut at "... at a motel on Kingston Rd." | "after a tip".
_ABBREVIATIONS = """Alta. Sask. Man. Ont. Que. Nfld. Coun. Cllr. Sgt. Det. Const. Cst. Insp.
Supt. Cpl. Lt. Capt. Col. Maj. Brig. Cmdr. Hon. Fr. Msgr. Atty. Sr. Ave. Rd. Blvd. Cres. Hwy. Pkwy.
Ste. Dept. Twp. Smt. Shri. Engr. Hj.""".split()


# Single guillemets (‹ ›), which quote in Swiss and French-style copy and inside « »: spaCy's English
# prefixes and suffixes split « and » off words, not these.
_SINGLE_GUILLEMETS = ("‹", "›")


def split_single_guillemets(nlp: Language) -> None:
    """Split ``_SINGLE_GUILLEMETS`` off the words they open or close, as « and » are."""
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    if nlp.tokenizer("‹a›")[0].text == "‹":
        return  # already split
    prefixes = list(nlp.Defaults.prefixes or []) + list(_SINGLE_GUILLEMETS)
    suffixes = list(nlp.Defaults.suffixes or []) + list(_SINGLE_GUILLEMETS)
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def split_bracket_colon(nlp: Language) -> None:
    """Split "):" into its two marks: spaCy keeps it whole as an emoticon, but in news it closes a
    bracket before a colon, as a record of debates labels its speakers ("Fiona Kerr (Argyll West) (LD):")."""
    nlp.tokenizer.add_special_case("):", [{ORTH: ")"}, {ORTH: ":"}])


# Offices with a prefix the tokenizer would split at the hyphen ("co - founder"), which the small English model then
# parses as two or three subjects ("said the company's [co] [-] [founder]"); kept one word, each parses as one noun.
_PREFIXED_ROLES = {
    "co": "founder chair chairman chairwoman chairperson host author owner director leader president sponsor pilot "
          "captain manager head editor star creator defendant organiser organizer executive worker",
    "vice": "president chair chairman chairwoman chairperson chancellor principal captain mayor premier admiral "
            "marshal consul dean provost rector minister governor speaker commander chief",
}
PREFIXED_ROLE_WORDS = frozenset(f"{prefix}-{role[:-3] + 'men' if plural and role.endswith('man') else role + plural}"
                                for prefix, roles in _PREFIXED_ROLES.items() for role in roles.split()
                                for plural in ("", "s"))  # "co-chairmen", "vice-chairwomen"


def keep_prefixed_roles(nlp: Language) -> None:
    """Keep each of ``PREFIXED_ROLE_WORDS`` one token as written in lower case ("its vice-chancellor said"). A
    capitalised one is a title before a name, which the model reads well split and not whole ("Vice-President Ana
    Varga" whole is an organization to its NER, "Co-star Jade Okafor" no entity at all)."""
    for word in PREFIXED_ROLE_WORDS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def add_abbreviations(nlp: Language) -> None:
    """Keep each of ``_ABBREVIATIONS`` one token, as the tokenizer keeps "Gov." and "Calif."."""
    for word in _ABBREVIATIONS:
        if word not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])


# spaCy's tokenizer strips prefixes and suffixes off a chunk without white space one at a time, each
# time searching the whole rest of it: quadratic in the chunk's length when the chunk is mostly such
# marks (a line of 16,000 "!" took 20 s, a 200 KB one would take most of an hour). A long run of
# them gets cut into pieces tokenized one by one, which keeps every character where it was; a long
# URL or word, tokenized fast and better whole, is left alone.
_LONGEST_CHUNK = 256
_LONG_CHUNK = re.compile(r"\S{%d,}" % (_LONGEST_CHUNK + 1))
_MOSTLY_MARKS = 0.3  # share of characters that are no letter or digit ("'s's's": a half)


class BoundedChunkTokenizer:
    """spaCy's tokenizer, with runs of over ``_LONGEST_CHUNK`` characters without white space
    tokenized in pieces of at most that length (tokens may end at a cut; the text is unchanged).
    Everything else (special cases, infixes, serialisation) is the wrapped tokenizer's."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        runs = [m for m in _LONG_CHUNK.finditer(text) if _mostly_marks(m.group())]
        if not runs:
            return self.tokenizer(text)
        # a piece ends with the white space after its run, as a token carries its trailing space
        ends = [m.end() + (m.end() < len(text) and text[m.end()].isspace()) for m in runs]
        cuts = [start for m in runs for start in range(m.start(), m.end(), _LONGEST_CHUNK)]
        bounds = sorted({0, len(text), *cuts, *ends})
        docs = [self.tokenizer(text[a:b]) for a, b in zip(bounds, bounds[1:])]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def __getattr__(self, name: str):
        if name == "tokenizer":  # not yet set (unpickling): no lookup through itself
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def __setattr__(self, name: str, value) -> None:
        # "nlp.tokenizer.prefix_search = ..." must reach the wrapped tokenizer, as it would unwrapped
        if name == "tokenizer":
            object.__setattr__(self, name, value)
        else:
            setattr(self.tokenizer, name, value)


def _mostly_marks(run: str) -> bool:
    return sum(not ch.isalnum() for ch in run) > _MOSTLY_MARKS * len(run)


def bound_chunks(nlp: Language) -> None:
    """Wrap the tokenizer in ``BoundedChunkTokenizer`` (once)."""
    if not isinstance(nlp.tokenizer, BoundedChunkTokenizer):
        nlp.tokenizer = BoundedChunkTokenizer(nlp.tokenizer)


def load_nlp(model: str, *, array_components: bool = True, title_case: bool = True) -> Language:
    """Load the spaCy pipeline named by the ``model`` setting, with ``apostrophe_norms`` and
    ``line_breaks`` added.

    array_components (bool): run the attribute ruler and the rule lemmatizer as the array
        versions of ``spacy_arrays`` (the same annotations, about 20 ms less per article).
    title_case (bool): parse lines in Title Case again with their common words in lower case
        (``title_case``), last in the pipeline.
    RETURNS (Language): the loaded pipeline.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise error("E022", model=model, detail=str(exc).splitlines()[0]) from None
    if LINE_BREAKS not in nlp.pipe_names:
        first = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(LINE_BREAKS, before=first) if first else nlp.add_pipe(LINE_BREAKS, first=True)
    if APOSTROPHE_NORMS not in nlp.pipe_names:
        nlp.add_pipe(APOSTROPHE_NORMS, first=True)
    split_glued_quotes(nlp)
    split_single_guillemets(nlp)
    split_bracket_colon(nlp)
    add_abbreviations(nlp)
    keep_prefixed_roles(nlp)
    bound_chunks(nlp)
    if array_components:
        from .spacy_arrays import use_array_components

        use_array_components(nlp)
    if title_case:
        from .title_case import TITLE_CASE

        if TITLE_CASE not in nlp.pipe_names:
            nlp.add_pipe(TITLE_CASE, last=True)
    return nlp


def subject_lent_to_aside(verb) -> Token | None:
    """The subject the parser gave a participle set off before a verb that has none: "[Judge Kofi Amankwah],
    writing for a unanimous panel, said ..."; None otherwise."""
    doc = verb.doc
    # an aside hung on the verb, or one the parser made the verb's subject ("writing" as a gerund)
    asides = [c for c in verb.children if c.i < verb.i and doc[c.i - 1].text == "," and (
        c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") or c.dep_ == "nsubj" and c.tag_ == "VBG")]
    if not asides or any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "VBG" for c in verb.children):
        return None
    subjects = [c for c in asides[0].children if c.dep_ == "nsubj" and c.pos_ != "PRON" and
                c.right_edge.i in (asides[0].i - 2, asides[0].i - 1)]  # the name, then the comma
    return subjects[0] if subjects else None


def person_before_relative(verb) -> Token | None:
    """The person a "who" or "whose" clause set off right before a verb that has no subject describes: "[Amina
    Sadiki], 29, whose son was treated at the Mbare centre last week, said ..." (the parser took the clause's
    words for the verb's, or hung the name on a place before it); None otherwise."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    k = verb.i - 2
    start = verb.sent.start
    while k > start and doc[k].tag_ not in ("WP", "WP$") and doc[k].text not in (";", ":") and \
            "\n" not in doc[k].whitespace_:
        k -= 1
    if k <= start or doc[k].lower_ not in ("who", "whose") or doc[k - 1].text != ",":
        return None
    j = k - 2
    while j > start and (doc[j].text == "," or doc[j].like_num):
        j -= 1  # ", 29," an age between the name and its clause
    if doc[j].pos_ != "PROPN":
        return None
    # a name the NER missed ("Mere Tavake") is two proper nouns in title case, neither of them a place
    first = name_start(doc[j], start)  # ("Alasdair Penhallow-Reid": over a double surname's hyphen)
    named = doc[j].ent_type_ == "PERSON" or not doc[j].ent_type_ and first.i < j and doc[j].is_title and \
        not any(t.ent_type_ for t in doc[first.i:j] if t.text != "-")
    return doc[j] if named else None


def name_start(last: Token, floor: int = 0) -> Token:
    """The first word of the capitalised name that ends at ``last``, not before token ``floor``: "Mere" of "Mere
    Tavake", "Alasdair" of "Alasdair Penhallow-Reid" (over the hyphen of a double surname)."""
    doc, first = last.doc, last
    while first.i > floor:
        before = doc[first.i - 1]
        if before.pos_ == "PROPN" and before.is_title:
            first = before
        elif before.text == "-" and not before.whitespace_ and first.i - 2 >= floor and \
                not doc[first.i - 2].whitespace_ and doc[first.i - 2].is_title:
            first = doc[first.i - 2]
        else:
            break
    return first


_HANDLE = re.compile(r"@\w{2,}")


def handle_before(verb) -> Token | None:
    """A social-media handle right before a verb that has no subject ("On Tuesday @kellaway_lass wrote on X:"),
    which the tagger reads as punctuation; None otherwise."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    # hung on the verb as the tagger leaves punctuation, not its object ("replied to @kellaway_lass saying")
    attached = before.head.i == verb.i and before.dep_ in ("punct", "dep", "npadvmod")
    return before if attached and _HANDLE.fullmatch(before.text) else None
