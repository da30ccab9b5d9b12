"""Array versions of two spaCy components: the same annotations in a fraction of the time.

The attribute ruler of the English pipelines runs a Matcher of about 180 one- and
two-token patterns over every token, and the rule lemmatizer builds a Token object and a
morphology dict for every word. On PolNeAR train they took 15.5 and 8.3 ms per article of
the 138 ms the whole pipeline takes (2-core VM, 2026-11-29). Here the ruler's patterns
become tests on columns of ``Doc.to_array``, run once over a batch of Docs (a match never
crosses from one Doc into the next), and the lemmatizer looks each (word, part of speech,
morphology) up once per process, as spaCy's own cache is keyed.

``load_nlp`` puts them in place of the stock components, under the same names, when every
pattern and attribute is of a kind compiled here and the lemmatizer is spaCy's rule
lemmatizer; otherwise the stock component stays. The setting ``array_components = false``
keeps both stock. ``tests/test_spacy_arrays.py`` checks token by token that the output is
the stock components' output.
"""
from __future__ import annotations

import logging
import re
from typing import Any, Callable

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

logger = logging.getLogger(__name__)

ARRAY_ATTRIBUTE_RULER = "onrecord_array_attribute_ruler"
ARRAY_LEMMATIZER = "onrecord_array_lemmatizer"

# columns the compiled patterns test, in this order in the array read from the Doc
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_STRING_KEYS = ("TAG", "LOWER", "DEP")
# attributes the ruler may set; the order of the array written back
_WRITTEN = (POS, TAG, MORPH, LEMMA, DEP)
# the lemma cache is cleared past this many entries, so that a long run keeps flat memory
_LEMMA_CACHE_SIZE = 500_000

TokenTest = Callable[[np.ndarray], np.ndarray]


class Unsupported(ValueError):
    """A pattern or setting the array version does not compile: keep the stock component."""


def _token_test(spec: dict, strings: Any) -> tuple[list[TokenTest], list[tuple[str, re.Pattern]]]:
    """The column tests of one token pattern, and its regular expressions (tested last).

    Each test maps the (n, 4) column array to a boolean mask. String values compare as
    spaCy's Matcher compares them: by their hash, the empty string being 0.
    """
    tests: list[TokenTest] = []
    regexes: list[tuple[str, re.Pattern]] = []
    for key, value in spec.items():
        if key not in _COLUMNS:
            raise Unsupported(f"token attribute {key}")
        column = _COLUMNS[key]
        if key == "IS_SPACE":
            if not isinstance(value, bool):
                raise Unsupported(f"IS_SPACE value {value!r}")
            tests.append(lambda table, c=column, v=int(value): table[:, c] == v)
        elif isinstance(value, str):
            tests.append(lambda table, c=column, h=strings.add(value): table[:, c] == h)
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                hashes = np.array([strings.add(a) for a in arg], dtype=np.uint64)
                invert = op == "NOT_IN"
                tests.append(lambda table, c=column, h=hashes, inv=invert:
                             np.isin(table[:, c], h, invert=inv))
            elif op == "REGEX" and isinstance(arg, str) and key in _STRING_KEYS:
                regexes.append((key, re.compile(arg)))
            else:
                raise Unsupported(f"predicate {op} on {key}")
        else:
            raise Unsupported(f"value {value!r} of {key}")
    return tests, regexes


class _Pattern:
    """One fixed-length token pattern of a rule, compiled."""

    def __init__(self, tokens: list[dict], index: int, strings: Any) -> None:
        if not tokens or any(not isinstance(t, dict) or "OP" in t for t in tokens):
            raise Unsupported("pattern with operators or no tokens")
        self.length = len(tokens)
        if not -self.length <= index < self.length:
            raise Unsupported(f"index {index} of a {self.length}-token pattern")
        self.target = index % self.length
        self.tokens = [_token_test(t, strings) for t in tokens]

    def targets(self, table: np.ndarray, strings: Any, doc_end: np.ndarray | None = None) -> np.ndarray:
        """Indices of the tokens this pattern sets, each match's token at ``index``.

        doc_end: for a table of several Docs' rows one after another, the row where each row's Doc ends; a match
            runs inside one Doc.
        """
        n = len(table) - self.length + 1
        if n <= 0:
            return np.zeros(0, dtype=np.int64)
        alive = np.ones(n, dtype=bool)
        for offset, (tests, _) in enumerate(self.tokens):
            window = table[offset:offset + n]
            for test in tests:
                alive &= test(window)
        starts = np.flatnonzero(alive)
        if doc_end is not None and self.length > 1:
            starts = starts[starts + self.length <= doc_end[starts]]
        # the few positions left: regular expressions on the strings, as the Matcher does
        for offset, (_, regexes) in enumerate(self.tokens):
            for key, regex in regexes:
                if not len(starts):
                    break
                column = _COLUMNS[key]
                keep = [bool(regex.search(strings[int(table[s + offset, column])])) for s in starts.tolist()]
                starts = starts[np.array(keep, dtype=bool)]
        return starts + self.target


class ArrayAttributeRuler:
    """spaCy's AttributeRuler, its patterns compiled to column tests.

    Semantics kept: all patterns are matched on the Doc as it arrives, then the rules set
    their attributes in rule order, a later rule overriding an earlier one.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.rules: list[tuple[list[_Pattern], list[tuple[int, int]]]] = []
        self.attributes: tuple[int, ...] = ()

    def compile(self, ruler: Any) -> "ArrayAttributeRuler":
        """Compile the patterns of a loaded ``AttributeRuler``; raises Unsupported."""
        strings = ruler.vocab.strings
        rules = []
        for i, pattern in enumerate(ruler.patterns):
            attrs = ruler.attrs[i]
            if any(key not in _WRITTEN for key in attrs):
                raise Unsupported(f"rule {i} sets {sorted(attrs)}")
            compiled = [_Pattern(tokens, ruler.indices[i], strings) for tokens in pattern["patterns"]]
            rules.append((compiled, [(int(k), int(v)) for k, v in attrs.items()]))
        self.rules = rules
        self.attributes = tuple(a for a in _WRITTEN if any(a == k for _, kv in rules for k, _ in kv))
        return self

    def __call__(self, doc: Doc) -> Doc:
        return self._annotate([doc])[0]

    def pipe(self, docs, batch_size: int = 128):
        # the Docs of a batch are matched as one table: each pattern's tests then cost one numpy call per batch,
        # not per Doc, which matters for the short lines the Title Case component parses again
        for batch in minibatch(docs, batch_size):
            yield from self._annotate(list(batch))

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        live = [doc for doc in docs if len(doc)]
        if not live or not self.attributes:
            return docs
        lengths = np.array([len(doc) for doc in live], dtype=np.int64)
        ends = np.cumsum(lengths)
        doc_end = np.repeat(ends, lengths)
        table = np.concatenate([doc.to_array([TAG, LOWER, DEP, IS_SPACE]) for doc in live])
        written = np.concatenate([doc.to_array(list(self.attributes)).reshape(len(doc), -1) for doc in live])
        column_of = {attr: c for c, attr in enumerate(self.attributes)}
        strings = live[0].vocab.strings
        changed = np.zeros(len(table), dtype=bool)
        for patterns, attrs in self.rules:
            for pattern in patterns:
                targets = pattern.targets(table, strings, doc_end)
                if not len(targets):
                    continue
                changed[targets] = True
                for attr, value in attrs:
                    written[targets, column_of[attr]] = value
        for doc, end, length in zip(live, ends.tolist(), lengths.tolist()):
            if changed[end - length:end].any():
                doc.from_array(list(self.attributes), written[end - length:end])
        return docs


class ArrayLemmatizer:
    """spaCy's rule lemmatizer with one lemma per (word, POS, morphology) per process.

    spaCy keys its own cache the same way, so the lemma is a function of that key; a miss
    asks the stock lemmatizer. Lemmas already set (by the attribute ruler) are kept, as the
    stock component does when ``overwrite`` is false.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.stock: Any = None
        self.cache: dict[tuple[int, int, int], str] = {}

    def compile(self, lemmatizer: Any) -> "ArrayLemmatizer":
        if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
            raise Unsupported("only the rule lemmatizer without overwrite")
        self.stock = lemmatizer
        return self

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = np.flatnonzero(table[:, 3] == 0)
        if not len(todo):
            return doc
        if len(self.cache) > _LEMMA_CACHE_SIZE:
            self.cache.clear()
        keys, first, inverse = np.unique(table[todo, :3], axis=0, return_index=True, return_inverse=True)
        strings = doc.vocab.strings
        hashes = np.empty(len(keys), dtype=np.uint64)
        cache = self.cache
        for k, (orth, pos, morph) in enumerate(keys.tolist()):
            key = (orth, pos, morph)
            lemma = cache.get(key)
            if lemma is None:
                lemma = self.stock.lemmatize(doc[int(todo[first[k]])])[0]
                if pos:  # no part of speech: spaCy warns each time; do not hide it
                    cache[key] = lemma
            hashes[k] = strings.add(lemma)  # also inside a memory zone, where strings are transient
        lemmas = table[:, 3].copy()
        lemmas[todo] = hashes[inverse.reshape(-1)]
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory(ARRAY_ATTRIBUTE_RULER)
def make_array_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    return ArrayAttributeRuler(name)


@Language.factory(ARRAY_LEMMATIZER)
def make_array_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    return ArrayLemmatizer(name)


def use_array_components(nlp: Language) -> list[str]:
    """Put the array versions in place of ``attribute_ruler`` and ``lemmatizer``.

    Each is replaced only when it compiles; the names stay, so that code disabling a
    component by name is not affected. RETURNS (list[str]): the names replaced.
    """
    replaced = []
    for name, factory, kind in (("attribute_ruler", ARRAY_ATTRIBUTE_RULER, ArrayAttributeRuler),
                                ("lemmatizer", ARRAY_LEMMATIZER, ArrayLemmatizer)):
        if name not in nlp.component_names:
            continue
        stock = nlp.get_pipe(name)
        try:
            kind(name).compile(stock)  # before replacing: a pattern it cannot compile keeps the stock one
        except Unsupported as exc:
            logger.info("%s stays spaCy's own: %s", name, exc)
            continue
        disabled = name in nlp.disabled
        nlp.replace_pipe(name, factory)
        nlp.get_pipe(name).compile(stock)
        if disabled:
            nlp.disable_pipe(name)
        replaced.append(name)
    return replaced
